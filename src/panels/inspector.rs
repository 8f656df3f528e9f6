//! The inspector (C7): what is selected, with its facts for the year, and the
//! source of every claim shown (title, outlet, date).

use egui::{RichText, Ui};
use egui_plot::{Line, Plot, PlotPoints, VLine};

use crate::command::Command;
use crate::edit::{RelationKey, Target};
use crate::layers::memberships::color_of;
use crate::model::{
    CorridorId, CountryCode, Dataset, Dimension, Interval, OrgId, Relation, SourceId, Waypoint,
};
use crate::state::{Selection, State};
use crate::style::score_color;

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

/// The inspector panel on the right.
/// `form` is the edit form open, if any (see [`super::edit_forms`]).
pub fn inspector(
    ui: &mut Ui,
    state: &State,
    dataset: &Dataset,
    form: &mut Option<Form>,
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
    ui.heading(&c.name);
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
        let now_text = now.map_or("not a member".to_owned(), |s| s.label().to_lowercase());
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color_of(ds, id));
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
                    m.status.label(),
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
        .color(score_color(score));
        if ui.link(text).clicked() {
            commands.push(Command::Select(Selection {
                relation: Some((r.a, r.b, r.dimension)),
                ..Selection::default()
            }));
        }
    }

    let stances: Vec<_> = ds
        .stances
        .values()
        .filter_map(|s| s.positions.get(&code).map(|p| (s, p)))
        .collect();
    if !stances.is_empty() {
        ui.separator();
        ui.label(RichText::new("Stances").strong());
        for (s, p) in stances {
            ui.label(format!("{} ({}): {}", s.title, s.date, p.label()))
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
                    .color(score_color(s.value()))
                    .strong(),
            );
        }
        None => {
            ui.label(format!("{year}: no score in the data"));
        }
    }
    // Score history as a step line: one flat piece per period.
    let score_now = r.score_at(year).map_or(0.0, crate::model::Score::value);
    let (lo, hi) = ds.year_range().unwrap_or((1991, 2026));
    let mut points = Vec::new();
    for p in &r.series {
        let from = f64::from(p.period.from.year());
        let to = p
            .period
            .to
            .as_ref()
            .map_or(f64::from(hi) + 1.0, |t| f64::from(t.year()));
        points.push([from, p.score.value()]);
        points.push([to, p.score.value()]);
    }
    Plot::new(("relation-history", a.as_str(), b.as_str(), d.as_str()))
        .height(120.0)
        .include_y(-1.0)
        .include_y(1.0)
        .include_x(f64::from(lo))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show(ui, |plot| {
            // A step line: egui_plot's band drawing (for dense series)
            // would turn its vertical steps into wedges.
            plot.line(
                Line::new("score", PlotPoints::from(points))
                    .allow_band(false)
                    .color(score_color(score_now))
                    .width(2.0),
            );
            plot.vline(VLine::new("year", f64::from(year)));
        });
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
                .color(score_color(p.score.value())),
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
        c.status_at(state.year)
            .map_or("not yet proposed", |s| s.label()),
        state.year
    ));
    let countries: Vec<String> = c.countries.iter().map(|x| ds.country_name(*x)).collect();
    ui.label(format!("Countries: {}", countries.join(", ")));
    let length = crate::shown::route_length_km(ds, c);
    ui.label(format!("Length along its waypoints: {length:.0} km"));
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
    ui.label(
        RichText::new(format!(
            "In {}: {} members and others",
            state.year,
            members.len()
        ))
        .strong(),
    );
    for (code, status) in members {
        if ui
            .link(format!(
                "{} ({})",
                ds.country_name(code),
                status.label().to_lowercase()
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
