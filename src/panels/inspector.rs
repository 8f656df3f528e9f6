//! The inspector (C7): what is selected, with its facts for the year, and the
//! source of every claim shown (title, outlet, date).

use egui::{RichText, Ui};

use crate::analysis::{Metric, Metrics};
use crate::command::Command;
use crate::edit::{RelationKey, Target};
use crate::model::{
    CorridorId, CountryCode, Dataset, Dimension, Interval, OrgId, Relation, SourceId, Waypoint,
};
use crate::shown::{DerivedBasis, ShownDerived};
use crate::state::{PlotTab, Selection, State};
use crate::style::{org_color, score_text_color};

use super::edit_forms::{Form, show_form};

/// "Source: title — outlet, date", or a plain note that none is given.
pub fn source_line(dataset: &Dataset, source: Option<&SourceId>) -> String {
    let Some(id) = source else {
        return "Source: not given".to_owned();
    };
    match dataset.sources.get(id) {
        Some(s) => {
            let mut text = format!("Source: {}", s.title);
            if let Some(outlet) = &s.outlet {
                text.push_str(&format!(" — {outlet}"));
            }
            if let Some(date) = &s.date {
                text.push_str(&format!(", {date}"));
            }
            text
        }
        None => format!("Source: {id} (not in sources.json)"),
    }
}

/// "2016–2018", "since 2016".
pub fn period_text(p: &Interval) -> String {
    match &p.to {
        Some(to) => format!("{}–{}", p.from, to),
        None => format!("since {}", p.from),
    }
}

fn small_source(ui: &mut Ui, dataset: &Dataset, source: Option<&SourceId>) {
    ui.label(RichText::new(source_line(dataset, source)).small());
}

/// What the inspector shows besides the data: the network metrics of the
/// year and the derived relations switched on.
#[derive(Clone, Copy, Debug, Default)]
pub struct InspectorAnalysis<'a> {
    /// The metrics of the year on the analysis graph.
    pub metrics: Option<&'a Metrics>,
    /// The derived relations shown.
    pub derived: &'a [ShownDerived],
}

/// The inspector panel on the right.
/// `form` is the edit form open, if any (see [`super::edit_forms`]).
pub fn inspector(
    ui: &mut Ui,
    state: &State,
    dataset: &Dataset,
    form: &mut Option<Form>,
    analysis: InspectorAnalysis<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let sel = &state.selection;
                if let Some((a, b, d)) = sel.relation {
                    relation(ui, state, dataset, (a, b, d), form, &mut commands);
                } else if let Some(id) = &sel.corridor {
                    corridor(ui, state, dataset, id);
                } else if let Some(id) = &sel.organization {
                    organization(ui, state, dataset, id, &mut commands);
                } else if let Some(code) = sel.country {
                    country(ui, state, dataset, code, form, &mut commands);
                    network(ui, state, dataset, code, analysis, &mut commands);
                } else {
                    ui.heading("Inspector");
                    ui.label(
                        "Click a country, a relation arc or a corridor on the map to see \
                         its facts and their sources here.",
                    );
                    return;
                }
                ui.add_space(8.0);
                if form.is_none() && ui.button("Add a source").clicked() {
                    *form = Some(Form::NewSource {
                        id: String::new(),
                        title: String::new(),
                        outlet: String::new(),
                        date: String::new(),
                        url: String::new(),
                    });
                }
                if ui.button("Clear selection").clicked() {
                    commands.push(Command::Select(Selection::default()));
                }
            });
        });
    commands
}

fn country(
    ui: &mut Ui,
    state: &State,
    ds: &Dataset,
    code: CountryCode,
    form: &mut Option<Form>,
    commands: &mut Vec<Command>,
) {
    let year = state.year;
    let Some(c) = ds.countries.get(&code) else {
        ui.heading(code.to_string());
        ui.label("This country is not in the data.");
        return;
    };
    ui.heading(c.display_name().as_ref());
    ui.label(format!("{} · {}", code, c.group));
    let capital = ds
        .capital_of(code)
        .map_or_else(|| "not in the data".to_owned(), |p| p.name.clone());
    ui.label(format!("Capital: {capital}"));
    show_form(ui, ds, form, commands);
    if form.is_none() {
        ui.horizontal(|ui| {
            if ui.button("Add a membership").clicked() {
                *form = Some(Form::NewMembership {
                    country: code,
                    org: String::new(),
                    status: crate::model::MembershipStatus::Member,
                    from: year.to_string(),
                    to: String::new(),
                    source: String::new(),
                    evidence: String::new(),
                });
            }
            if ui.button("Note").clicked() {
                *form = Some(Form::Note {
                    target: Target::Country(code),
                    text: c.note.clone().unwrap_or_default(),
                });
            }
        });
    }

    ui.separator();
    ui.label(RichText::new(format!("Memberships (as of {year})")).strong());
    let mut any = false;
    for (id, org) in &ds.organizations {
        let periods: Vec<_> = org
            .memberships
            .iter()
            .filter(|m| m.country == code)
            .collect();
        if periods.is_empty() {
            continue;
        }
        any = true;
        let now = org.members_in(year).get(&code).copied();
        // The organization's own word for the status, and whether it counts
        // as in the organization under the view's rule (sets, shading,
        // counts and exports follow the same rule).
        let now_text = now.map_or("not a member".to_owned(), |s| {
            let word = crate::shown::status_word(ds, org, s);
            if state.statuses.counts(s) {
                word
            } else {
                format!("{word} (not counted: {})", state.statuses.label())
            }
        });
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, org_color(ds, id));
            if ui
                .link(format!("{}: {now_text}", org.acronym))
                .on_hover_text(&org.name)
                .clicked()
            {
                commands.push(Command::Select(Selection {
                    organization: Some(id.clone()),
                    ..Selection::default()
                }));
            }
        });
        for m in periods {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "    {} {}",
                    capitalised(&crate::shown::status_word(ds, org, m.status)),
                    period_text(&m.period)
                ))
                .on_hover_text(source_line(ds, m.source.as_ref().or(org.source.as_ref())));
                if form.is_none()
                    && ui
                        .small_button("Edit")
                        .on_hover_text("Change or end this membership")
                        .clicked()
                {
                    *form = Some(Form::Membership {
                        org: id.clone(),
                        country: code,
                        from: m.period.from,
                        status: m.status,
                        to: m
                            .period
                            .to
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default(),
                        source: m
                            .source
                            .as_ref()
                            .map(|s| s.as_str().to_owned())
                            .unwrap_or_default(),
                        evidence: m.evidence.clone().unwrap_or_default(),
                    });
                }
            });
        }
    }
    if !any {
        ui.label("None in the data.");
    }

    ui.separator();
    ui.label(RichText::new(format!("Relations in {year}")).strong());
    let mut rels: Vec<(&Relation, f64)> = ds
        .relations
        .iter()
        .filter(|r| r.a == code || r.b == code)
        .filter_map(|r| r.score_at(year).map(|s| (r, s.value())))
        .collect();
    rels.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.b.cmp(&y.0.b)));
    if rels.is_empty() {
        ui.label("None in the data for this year.");
    }
    for (r, score) in rels {
        let other = if r.a == code { r.b } else { r.a };
        let text = RichText::new(format!(
            "{} · {} · {:+.2}",
            ds.country_name(other),
            r.dimension.label(),
            score
        ))
        .color(score_text_color(score, state.theme));
        if ui.link(text).clicked() {
            commands.push(Command::Select(Selection {
                relation: Some((r.a, r.b, r.dimension)),
                ..Selection::default()
            }));
        }
    }

    let stances: Vec<_> = crate::shown::stances_by_date(ds)
        .into_iter()
        .filter_map(|(_, s)| s.positions.get(&code).map(|p| (s, p)))
        .collect();
    if !stances.is_empty() {
        ui.separator();
        ui.label(RichText::new("Stances").strong());
        for (s, p) in stances {
            ui.label(format!("{}: {}", crate::shown::stance_title(s), p.label()))
                .on_hover_text(source_line(ds, s.source.as_ref()));
        }
    }
    if let Some(note) = &c.note {
        ui.separator();
        ui.label(note);
    }
}

fn relation(
    ui: &mut Ui,
    state: &State,
    ds: &Dataset,
    (a, b, d): (CountryCode, CountryCode, Dimension),
    form: &mut Option<Form>,
    commands: &mut Vec<Command>,
) {
    let year = state.year;
    let Some(r) = ds
        .relations
        .iter()
        .find(|r| r.a == a && r.b == b && r.dimension == d)
    else {
        ui.heading("Relation");
        ui.label("This relation is not in the data.");
        return;
    };
    let arrow = if r.directed { "->" } else { "–" };
    ui.heading(format!(
        "{} {arrow} {}",
        ds.country_name(a),
        ds.country_name(b)
    ));
    ui.label(format!("{} relation", d.label()));
    match r.score_at(year) {
        Some(s) => {
            ui.label(
                RichText::new(format!("{year}: {} ({:+.2})", s.band().label(), s.value()))
                    .color(score_text_color(s.value(), state.theme))
                    .strong(),
            );
        }
        None => {
            ui.label(format!("{year}: no score in the data"));
        }
    }
    super::plots::relation_history(ui, ds, &[r], year, 120.0);
    if ui
        .small_button("Plot every dimension of this pair")
        .clicked()
    {
        commands.push(Command::OpenPlots(PlotTab::Relation));
    }
    show_form(ui, ds, form, commands);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Evidence").strong());
        if form.is_none() {
            if ui.small_button("Add a period").clicked() {
                *form = Some(Form::new_period(r, year));
            }
            if ui.small_button("Note").clicked() {
                *form = Some(Form::Note {
                    target: Target::Relation(RelationKey::of(r)),
                    text: r.note.clone().unwrap_or_default(),
                });
            }
        }
    });
    for p in &r.series {
        ui.group(|ui| {
            if form.is_none()
                && ui
                    .small_button(format!("Edit {}", period_text(&p.period)))
                    .on_hover_text("Change the score, evidence, source or end of this period")
                    .clicked()
            {
                *form = Form::period(r, p.period.from);
            }
            ui.label(
                RichText::new(format!(
                    "{}: {:+.2} ({})",
                    period_text(&p.period),
                    p.score.value(),
                    p.score.band().label()
                ))
                .color(score_text_color(p.score.value(), state.theme)),
            );
            if let Some(e) = &p.evidence {
                ui.label(e);
            }
            if let Some(n) = &p.note {
                ui.label(RichText::new(n).italics());
            }
            small_source(ui, ds, p.source.as_ref().or(r.source.as_ref()));
        });
    }
    if let Some(e) = &r.evidence {
        ui.label(e);
        small_source(ui, ds, r.source.as_ref());
    }
    ui.horizontal(|ui| {
        for c in [a, b] {
            if ui.link(ds.country_name(c)).clicked() {
                commands.push(Command::Select(Selection::country(c)));
            }
        }
    });
}

fn corridor(ui: &mut Ui, state: &State, ds: &Dataset, id: &CorridorId) {
    let Some(c) = ds.corridors.get(id) else {
        ui.heading("Corridor");
        ui.label("This corridor is not in the data.");
        return;
    };
    ui.heading(&c.name);
    ui.label(format!(
        "{} · {} in {}",
        c.kind.label(),
        match c.shown_status_at(state.year) {
            None => "not yet proposed".to_owned(),
            Some((s, false)) => s.label().to_owned(),
            Some((s, true)) => format!("{} (date not recorded)", s.label()),
        },
        state.year
    ));
    let countries: Vec<String> = c.countries.iter().map(|x| ds.country_name(*x)).collect();
    ui.label(format!("Countries: {}", countries.join(", ")));
    let drawn = crate::shown::route_length_km(ds, c);
    let source = c.length_source.as_ref().or(c.source.as_ref());
    ui.label(crate::shown::length_text(
        c.length_km.map(|km| (km, source)),
        drawn,
    ))
    .on_hover_text(
        "The recorded length is the one its source gives; the drawn route runs \
             through a few waypoints and is shorter than the real line",
    );
    ui.separator();
    ui.label(RichText::new("Route").strong());
    for s in &c.segments {
        let names: Vec<String> = s
            .via
            .iter()
            .map(|w| match w {
                Waypoint::Place(p) => ds
                    .places
                    .get(p)
                    .map_or_else(|| p.to_string(), |p| p.name.clone()),
                Waypoint::LonLat { lon, lat } => format!("{lat:.2}°N {lon:.2}°E"),
            })
            .collect();
        ui.label(format!("{}: {}", s.mode.label(), names.join(" -> ")));
    }
    ui.separator();
    ui.label(RichText::new("Status").strong());
    for s in &c.status {
        ui.label(format!("{}: {}", period_text(&s.period), s.status.label()));
        if let Some(e) = &s.evidence {
            ui.label(RichText::new(e).italics());
        }
        if s.source.is_some() {
            small_source(ui, ds, s.source.as_ref());
        }
    }
    if let Some(u) = &c.undated_status {
        ui.label(format!("Date not recorded: {}", u.status.label()));
        if let Some(e) = &u.evidence {
            ui.label(RichText::new(e).italics());
        }
        if u.source.is_some() {
            small_source(ui, ds, u.source.as_ref());
        }
    }
    if !c.facts.is_empty() {
        ui.separator();
        ui.label(RichText::new("Facts").strong());
        for (k, v) in &c.facts {
            ui.label(format!("{k}: {v}"));
        }
    }
    if let Some(e) = &c.evidence {
        ui.label(e);
    }
    if let Some(n) = &c.note {
        ui.label(RichText::new(n).italics());
    }
    small_source(ui, ds, c.source.as_ref());
}

fn organization(ui: &mut Ui, state: &State, ds: &Dataset, id: &OrgId, commands: &mut Vec<Command>) {
    let Some(o) = ds.organizations.get(id) else {
        ui.heading("Organization");
        ui.label("This organization is not in the data.");
        return;
    };
    ui.heading(format!("{} — {}", o.acronym, o.name));
    let founded = o
        .founded
        .as_ref()
        .map_or(String::new(), |d| format!(", founded {d}"));
    ui.label(format!("{}{founded}", o.kind.label()));
    let members = o.members_in(state.year);
    let counted = members
        .values()
        .filter(|s| state.statuses.counts(**s))
        .count();
    ui.label(
        RichText::new(format!(
            "In {}: {counted} counted ({}), {} listed",
            state.year,
            state.statuses.label(),
            members.len()
        ))
        .strong(),
    );
    for (code, status) in members {
        if ui
            .link(format!(
                "{} ({})",
                ds.country_name(code),
                crate::shown::status_word(ds, o, status)
            ))
            .clicked()
        {
            commands.push(Command::Select(Selection::country(code)));
        }
    }
    if let Some(n) = &o.note {
        ui.label(RichText::new(n).italics());
    }
    small_source(ui, ds, o.source.as_ref());
}

/// The metrics shown for a state, with their ranks.
const INSPECTOR_METRICS: [Metric; 6] = [
    Metric::PositiveStrength,
    Metric::NegativeStrength,
    Metric::Eigenvector,
    Metric::Betweenness,
    Metric::Closeness,
    Metric::Balance,
];

/// A state's place in the network of the year, and its derived relations.
fn network(
    ui: &mut Ui,
    state: &State,
    ds: &Dataset,
    code: CountryCode,
    analysis: InspectorAnalysis<'_>,
    commands: &mut Vec<Command>,
) {
    ui.separator();
    ui.label(
        RichText::new(format!(
            "Network in {} (on {})",
            state.year,
            state.analysis.graph.label().to_lowercase()
        ))
        .strong(),
    );
    let metrics = analysis.metrics;
    match metrics.and_then(|m| m.state(code).map(|s| (m, s))) {
        Some((m, s)) => {
            for metric in INSPECTOR_METRICS {
                let text = match (s.value(metric), s.rank(metric)) {
                    (Some(v), Some(rank)) => format!(
                        "{}: {v:.3} (rank {rank} of {})",
                        metric.label(),
                        m.ranked(metric)
                    ),
                    _ => format!("{}: no triangle", metric.label()),
                };
                ui.label(text);
            }
            let bloc = m.communities.get(s.community);
            let text = match bloc {
                Some(members) if members.len() > 1 => {
                    let others: Vec<String> = members
                        .iter()
                        .filter(|c| **c != code)
                        .map(|c| ds.country_name(*c))
                        .collect();
                    format!("Community {}: with {}", s.community + 1, others.join(", "))
                }
                _ => "Community: in no bloc".to_owned(),
            };
            ui.label(text);
        }
        None => {
            ui.label("No tie in this graph and year.");
        }
    }
    if ui.small_button("Plot over time").clicked() {
        commands.push(Command::OpenPlots(PlotTab::OverTime));
    }
    let mut derived: Vec<&ShownDerived> = analysis
        .derived
        .iter()
        .filter(|d| d.a == code || d.b == code)
        .collect();
    if derived.is_empty() {
        return;
    }
    derived.sort_by(|x, y| x.kind.cmp(&y.kind).then(y.value.total_cmp(&x.value)));
    ui.separator();
    ui.label(RichText::new(format!("Derived relations in {}", state.year)).strong());
    for d in derived {
        let other = if d.a == code { d.b } else { d.a };
        let how = match &d.basis {
            DerivedBasis::Organizations { shared, of } => {
                let names: Vec<String> = shared
                    .iter()
                    .map(|o| {
                        ds.organizations
                            .get(o)
                            .map_or_else(|| o.to_string(), |o| o.acronym.clone())
                    })
                    .collect();
                format!(
                    "full members together of {} of the {of} organizations with members that year: {}",
                    shared.len(),
                    names.join(", ")
                )
            }
            DerivedBasis::Votes { compared, agreed } => format!(
                "voted alike on {agreed} of the {compared} recorded UN votes both cast up to {}",
                state.year
            ),
        };
        ui.label(format!(
            "{} with {}: {:.2}",
            d.kind.label(),
            ds.country_name(other),
            d.value
        ))
        .on_hover_text(how.clone());
        ui.label(RichText::new(how).small());
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
