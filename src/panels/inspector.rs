//! The inspector (C7): what is selected, with its facts for the year, and the
//! source of every claim shown (title, outlet, date).

use egui::{RichText, Ui};

use crate::analysis::{Metric, Metrics};
use crate::command::Command;
use crate::edit::{RelationKey, Target};
use crate::i18n::{tr, trf, trn};
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
        return tr("inspector-source-none", "Source: not given").into_owned();
    };
    match dataset.sources.get(id) {
        Some(s) => {
            // The citation is data: title — outlet, date.
            let mut citation = s.title.clone();
            if let Some(outlet) = &s.outlet {
                citation.push_str(" — ");
                citation.push_str(outlet);
            }
            if let Some(date) = &s.date {
                citation.push_str(", ");
                citation.push_str(&date.to_string());
            }
            trf(
                "inspector-source",
                "Source: { $source }",
                &[("source", &citation)],
            )
        }
        None => trf(
            "inspector-source-unknown",
            "Source: { $id } (not in sources.json)",
            &[("id", id)],
        ),
    }
}

/// "2016–2018", "since 2016".
pub fn period_text(p: &Interval) -> String {
    match &p.to {
        Some(to) => format!("{}–{}", p.from, to),
        None => trf("inspector-since", "since { $from }", &[("from", &p.from)]),
    }
}

fn small_source(ui: &mut Ui, dataset: &Dataset, source: Option<&SourceId>) {
    ui.label(RichText::new(source_line(dataset, source)).small());
    if let Some(note) = source_language_note(dataset, source) {
        ui.label(RichText::new(note).small().weak());
    }
}

/// "Source language: English" when the source records its language and
/// the window speaks another, so a reader knows the evidence quoted from it
/// is in that language (quotes are never translated). Nothing where the
/// language is not recorded: a guess would mislead, and the citation beside
/// it names the document.
pub fn source_language_note(dataset: &Dataset, source: Option<&SourceId>) -> Option<String> {
    let tag = dataset.sources.get(source?)?.language.as_deref()?;
    let primary = tag
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let window = match crate::i18n::locale() {
        crate::i18n::Locale::Pseudo => crate::i18n::Locale::English,
        l => l,
    };
    if primary == window.code() {
        return None;
    }
    Some(trf(
        "inspector-source-language",
        "Source language: { $language }",
        &[(
            "language",
            &language_name(&primary).unwrap_or_else(|| tag.to_owned()),
        )],
    ))
}

/// The name of a language, by its code, in the window's language: the
/// interface's languages and those of the region's sources; `None` for
/// another (shown by its code).
fn language_name(code: &str) -> Option<String> {
    let name = match code {
        "en" => tr("inspector-language-en", "English"),
        "ru" => tr("inspector-language-ru", "Russian"),
        "kk" => tr("inspector-language-kk", "Kazakh"),
        "uz" => tr("inspector-language-uz", "Uzbek"),
        "az" => tr("inspector-language-az", "Azerbaijani"),
        "tr" => tr("inspector-language-tr", "Turkish"),
        "ky" => tr("inspector-language-ky", "Kyrgyz"),
        "tg" => tr("inspector-language-tg", "Tajik"),
        "tk" => tr("inspector-language-tk", "Turkmen"),
        "ka" => tr("inspector-language-ka", "Georgian"),
        "hy" => tr("inspector-language-hy", "Armenian"),
        "fa" => tr("inspector-language-fa", "Persian"),
        "zh" => tr("inspector-language-zh", "Chinese"),
        "ar" => tr("inspector-language-ar", "Arabic"),
        "fr" => tr("inspector-language-fr", "French"),
        "de" => tr("inspector-language-de", "German"),
        _ => return None,
    };
    Some(name.into_owned())
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
                let listed = derived_bundle_list(ui, dataset, analysis.derived, sel);
                if let Some((a, b, d)) = sel.relation {
                    relation(ui, state, dataset, (a, b, d), form, &mut commands);
                    bundle_list(ui, state, dataset, &mut commands);
                } else if let Some(id) = &sel.corridor {
                    corridor(ui, state, dataset, id);
                } else if let Some(id) = &sel.organization {
                    organization(ui, state, dataset, id, &mut commands);
                } else if let Some(code) = sel.country {
                    country(ui, state, dataset, code, form, &mut commands);
                    super::compare::inspector_changes(ui, state, dataset);
                    network(ui, state, dataset, code, analysis, &mut commands);
                } else if !listed {
                    ui.heading(tr("inspector-heading", "Inspector"));
                    ui.label(tr(
                        "inspector-intro",
                        "Click a country, a relation arc or a corridor on the map to see \
                         its facts and their sources here.",
                    ));
                    return;
                }
                ui.add_space(8.0);
                if form.is_none()
                    && ui
                        .button(tr("inspector-add-source", "Add a source"))
                        .clicked()
                {
                    *form = Some(Form::NewSource {
                        id: String::new(),
                        title: String::new(),
                        outlet: String::new(),
                        date: String::new(),
                        url: String::new(),
                    });
                }
                if ui
                    .button(tr("inspector-clear-selection", "Clear selection"))
                    .clicked()
                {
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
        ui.label(tr(
            "inspector-country-missing",
            "This country is not in the data.",
        ));
        return;
    };
    ui.heading(c.display_name().as_ref());
    ui.label(format!("{} · {}", code, c.group));
    ui.label(match ds.capital_of(code) {
        Some(p) => trf(
            "inspector-capital",
            "Capital: { $capital }",
            &[("capital", &p.display_name())],
        ),
        None => tr("inspector-capital-missing", "Capital: not in the data").into_owned(),
    });
    show_form(ui, ds, form, commands);
    if form.is_none() {
        ui.horizontal(|ui| {
            if ui
                .button(tr("inspector-add-membership", "Add a membership"))
                .clicked()
            {
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
            if ui.button(tr("inspector-note", "Note")).clicked() {
                *form = Some(Form::Note {
                    target: Target::Country(code),
                    text: c.note.clone().unwrap_or_default(),
                });
            }
        });
    }

    ui.separator();
    ui.label(
        RichText::new(trf(
            "inspector-memberships",
            "Memberships (as of { $year })",
            &[("year", &year)],
        ))
        .strong(),
    );
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
        let now_text = now.map_or_else(
            || tr("inspector-not-a-member", "not a member").into_owned(),
            |s| {
                let word = crate::shown::status_word(ds, org, s);
                if state.statuses.counts(s) {
                    word
                } else {
                    trf(
                        "inspector-status-not-counted",
                        "{ $status } (not counted: { $counted })",
                        &[("status", &word), ("counted", &state.statuses.label())],
                    )
                }
            },
        );
        // Wrapped: a longer language's status ("partner (not counted: …)")
        // takes a second line rather than widening the inspector.
        ui.horizontal_wrapped(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, org_color(ds, id));
            if ui
                .link(format!("{}: {now_text}", org.display_acronym()))
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
                        .small_button(tr("inspector-edit", "Edit"))
                        .on_hover_text(tr(
                            "inspector-edit-membership-hover",
                            "Change or end this membership",
                        ))
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
        ui.label(tr("inspector-none", "None in the data."));
    }

    ui.separator();
    ui.label(
        RichText::new(trf(
            "inspector-relations-in",
            "Relations in { $year }",
            &[("year", &year)],
        ))
        .strong(),
    );
    let mut rels: Vec<(&Relation, f64)> = ds
        .relations
        .iter()
        .filter(|r| r.a == code || r.b == code)
        .filter_map(|r| r.score_at(year).map(|s| (r, s.value())))
        .collect();
    rels.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.b.cmp(&y.0.b)));
    if rels.is_empty() {
        ui.label(tr(
            "inspector-none-this-year",
            "None in the data for this year.",
        ));
    }
    for (r, score) in rels {
        let other = if r.a == code { r.b } else { r.a };
        let text = RichText::new(format!(
            "{} · {} · {}",
            ds.country_name(other),
            r.dimension.label(),
            crate::i18n::signed(score, 2)
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
        ui.label(RichText::new(tr("inspector-stances", "Stances")).strong());
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

/// The relations of the bundle clicked on the map, strongest first, each
/// a link that selects it (the list stays); the one shown is not a link.
fn bundle_list(ui: &mut Ui, state: &State, ds: &Dataset, commands: &mut Vec<Command>) {
    let sel = &state.selection;
    if sel.bundle.len() < 2 {
        return;
    }
    ui.separator();
    ui.strong(crate::i18n::trn(
        "bundle-inspector-heading",
        "{ $count } relation in this bundle",
        "{ $count } relations in this bundle",
        sel.bundle.len(),
        &[],
    ));
    for &(a, b, d) in &sel.bundle {
        let score = ds
            .relations
            .iter()
            .find(|r| r.a == a && r.b == b && r.dimension == d)
            .and_then(|r| r.score_at(state.year))
            .map(crate::model::Score::value);
        let mut text = format!(
            "{} – {} · {}",
            ds.country_name(a),
            ds.country_name(b),
            d.label()
        );
        if let Some(v) = score {
            text.push_str(&format!(" · {}", crate::i18n::signed(v, 2)));
        }
        let mut rich = RichText::new(text);
        if let Some(v) = score {
            rich = rich.color(score_text_color(v, state.theme));
        }
        if sel.relation == Some((a, b, d)) {
            ui.label(rich.strong());
        } else if ui.link(rich).clicked() {
            commands.push(Command::Select(Selection {
                relation: Some((a, b, d)),
                bundle: sel.bundle.clone(),
                ..Selection::default()
            }));
        }
    }
}

/// The derived relations of the bundle clicked on the map (strongest
/// first, with their values in the year shown), above what else is
/// selected (the country under the click). True if listed.
fn derived_bundle_list(
    ui: &mut Ui,
    ds: &Dataset,
    derived: &[ShownDerived],
    sel: &Selection,
) -> bool {
    if sel.derived_bundle.len() < 2 {
        return false;
    }
    let count = sel.derived_bundle.len();
    ui.strong(crate::i18n::trn(
        "bundle-hover-derived-count",
        "{ $count } derived relation in this bundle",
        "{ $count } derived relations in this bundle",
        count,
        &[],
    ));
    for &(a, b, kind) in &sel.derived_bundle {
        let (name_a, name_b) = (ds.country_name(a), ds.country_name(b));
        let pair = format!("{name_a} – {name_b} · {}", kind.label());
        let value = derived
            .iter()
            .find(|d| d.a == a && d.b == b && d.kind == kind)
            .map(|d| crate::i18n::number(d.value, 2));
        ui.label(value.map_or_else(|| pair.clone(), |v| format!("{pair} · {v}")));
    }
    ui.separator();
    true
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
        ui.heading(tr("inspector-relation", "Relation"));
        ui.label(tr(
            "inspector-relation-missing",
            "This relation is not in the data.",
        ));
        return;
    };
    let arrow = if r.directed { "->" } else { "–" };
    ui.heading(format!(
        "{} {arrow} {}",
        ds.country_name(a),
        ds.country_name(b)
    ));
    ui.label(trf(
        "inspector-relation-dimension",
        "{ $dimension } relation",
        &[("dimension", &d.label())],
    ));
    match r.score_at(year) {
        Some(s) => {
            ui.label(
                RichText::new(format!(
                    "{year}: {} ({})",
                    s.band().label(),
                    crate::i18n::signed(s.value(), 2)
                ))
                .color(score_text_color(s.value(), state.theme))
                .strong(),
            );
        }
        None => {
            ui.label(trf(
                "inspector-no-score",
                "{ $year }: no score in the data",
                &[("year", &year)],
            ));
        }
    }
    super::plots::relation_history(ui, ds, &[r], year, 120.0);
    if ui
        .small_button(tr(
            "inspector-plot-pair",
            "Plot every dimension of this pair",
        ))
        .clicked()
    {
        commands.push(Command::OpenPlots(PlotTab::Relation));
    }
    show_form(ui, ds, form, commands);
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr("inspector-evidence", "Evidence")).strong());
        if form.is_none() {
            if ui
                .small_button(tr("inspector-add-period", "Add a period"))
                .clicked()
            {
                *form = Some(Form::new_period(r, year));
            }
            if ui.small_button(tr("inspector-note", "Note")).clicked() {
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
                    .small_button(trf(
                        "inspector-edit-period",
                        "Edit { $period }",
                        &[("period", &period_text(&p.period))],
                    ))
                    .on_hover_text(tr(
                        "inspector-edit-period-hover",
                        "Change the score, evidence, source or end of this period",
                    ))
                    .clicked()
            {
                *form = Form::period(r, p.period.from);
            }
            ui.label(
                RichText::new(format!(
                    "{}: {} ({})",
                    period_text(&p.period),
                    crate::i18n::signed(p.score.value(), 2),
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
        ui.heading(tr("inspector-corridor", "Corridor"));
        ui.label(tr(
            "inspector-corridor-missing",
            "This corridor is not in the data.",
        ));
        return;
    };
    ui.heading(&c.name);
    let status = match c.shown_status_at(state.year) {
        None => tr("inspector-not-yet-proposed", "not yet proposed").into_owned(),
        Some((s, false)) => s.label().to_string(),
        Some((s, true)) => trf(
            "inspector-status-undated",
            "{ $status } (date not recorded)",
            &[("status", &s.label())],
        ),
    };
    ui.label(trf(
        "inspector-corridor-kind-status",
        "{ $kind } · { $status } in { $year }",
        &[
            ("kind", &c.kind.label()),
            ("status", &status),
            ("year", &state.year),
        ],
    ));
    let countries: Vec<String> = c.countries.iter().map(|x| ds.country_name(*x)).collect();
    ui.label(trf(
        "inspector-countries",
        "Countries: { $countries }",
        &[("countries", &countries.join(", "))],
    ));
    let drawn = crate::shown::route_length_km(ds, c);
    let source = c.length_source.as_ref().or(c.source.as_ref());
    ui.label(crate::shown::length_text(
        c.length_km.map(|km| (km, source)),
        drawn,
    ))
    .on_hover_text(tr(
        "inspector-length-hover",
        "The recorded length is the one its source gives; the drawn route runs \
         through a few waypoints and is shorter than the real line",
    ));
    ui.separator();
    ui.label(RichText::new(tr("inspector-route", "Route")).strong());
    for s in &c.segments {
        let names: Vec<String> = s
            .via
            .iter()
            .map(|w| match w {
                Waypoint::Place(p) => ds
                    .places
                    .get(p)
                    .map_or_else(|| p.to_string(), |p| p.display_name().into_owned()),
                Waypoint::LonLat { lon, lat } => trf(
                    "inspector-lat-lon",
                    "{ $lat }°N { $lon }°E",
                    &[
                        ("lat", &crate::i18n::number(*lat, 2)),
                        ("lon", &crate::i18n::number(*lon, 2)),
                    ],
                ),
            })
            .collect();
        ui.label(format!("{}: {}", s.mode.label(), names.join(" -> ")));
    }
    ui.separator();
    ui.label(RichText::new(tr("inspector-status", "Status")).strong());
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
        ui.label(trf(
            "inspector-date-not-recorded",
            "Date not recorded: { $status }",
            &[("status", &u.status.label())],
        ));
        if let Some(e) = &u.evidence {
            ui.label(RichText::new(e).italics());
        }
        if u.source.is_some() {
            small_source(ui, ds, u.source.as_ref());
        }
    }
    if !c.facts.is_empty() {
        ui.separator();
        ui.label(RichText::new(tr("inspector-facts", "Facts")).strong());
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
        ui.heading(tr("inspector-organization", "Organization"));
        ui.label(tr(
            "inspector-organization-missing",
            "This organization is not in the data.",
        ));
        return;
    };
    ui.heading(format!("{} — {}", o.display_acronym(), o.display_name()));
    ui.label(match &o.founded {
        Some(d) => trf(
            "inspector-kind-founded",
            "{ $kind }, founded { $date }",
            &[("kind", &o.kind.label()), ("date", d)],
        ),
        None => o.kind.label().to_string(),
    });
    let members = o.members_in(state.year);
    let counted = members
        .values()
        .filter(|s| state.statuses.counts(**s))
        .count();
    ui.label(
        RichText::new(trn(
            "inspector-members-counted",
            "In { $year }: { $count } counted ({ $rule }), { $listed } listed",
            "In { $year }: { $count } counted ({ $rule }), { $listed } listed",
            counted,
            &[
                ("year", &state.year),
                ("rule", &state.statuses.label()),
                ("listed", &members.len()),
            ],
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
        RichText::new(trf(
            "inspector-network",
            "Network in { $year } (on { $graph })",
            &[
                ("year", &state.year),
                ("graph", &state.analysis.graph.label().to_lowercase()),
            ],
        ))
        .strong(),
    );
    let metrics = analysis.metrics;
    match metrics.and_then(|m| m.state(code).map(|s| (m, s))) {
        Some((m, s)) => {
            for metric in INSPECTOR_METRICS {
                let text = match (s.value(metric), s.rank(metric)) {
                    (Some(v), Some(rank)) => trf(
                        "inspector-metric-rank",
                        "{ $metric }: { $value } (rank { $rank } of { $of })",
                        &[
                            ("metric", &metric.label()),
                            ("value", &crate::i18n::number(v, 3)),
                            ("rank", &rank),
                            ("of", &m.ranked(metric)),
                        ],
                    ),
                    _ => trf(
                        "inspector-metric-no-triangle",
                        "{ $metric }: no triangle",
                        &[("metric", &metric.label())],
                    ),
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
                    trf(
                        "inspector-community",
                        "Community { $number }: with { $others }",
                        &[
                            ("number", &(s.community + 1)),
                            ("others", &others.join(", ")),
                        ],
                    )
                }
                _ => tr("inspector-community-none", "Community: in no bloc").into_owned(),
            };
            ui.label(text);
        }
        None => {
            ui.label(tr("inspector-no-tie", "No tie in this graph and year."));
        }
    }
    if ui
        .small_button(tr("inspector-plot-over-time", "Plot over time"))
        .clicked()
    {
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
    ui.label(
        RichText::new(trf(
            "inspector-derived",
            "Derived relations in { $year }",
            &[("year", &state.year)],
        ))
        .strong(),
    );
    for d in derived {
        let other = if d.a == code { d.b } else { d.a };
        let how = match &d.basis {
            DerivedBasis::Organizations { shared, of } => {
                let names: Vec<String> = shared
                    .iter()
                    .map(|o| {
                        ds.organizations
                            .get(o)
                            .map_or_else(|| o.to_string(), |o| o.display_acronym().into_owned())
                    })
                    .collect();
                trn(
                    "inspector-derived-organizations",
                    "full members together of { $shared } of the { $count } organization with members that year: { $names }",
                    "full members together of { $shared } of the { $count } organizations with members that year: { $names }",
                    *of,
                    &[("shared", &shared.len()), ("names", &names.join(", "))],
                )
            }
            DerivedBasis::Votes { compared, agreed } => trn(
                "inspector-derived-votes",
                "voted alike on { $agreed } of the { $count } recorded UN vote both cast up to { $year }",
                "voted alike on { $agreed } of the { $count } recorded UN votes both cast up to { $year }",
                *compared,
                &[("agreed", agreed), ("year", &state.year)],
            ),
        };
        ui.label(trf(
            "inspector-derived-with",
            "{ $kind } with { $state }: { $value }",
            &[
                ("kind", &d.kind.label()),
                ("state", &ds.country_name(other)),
                ("value", &crate::i18n::number(d.value, 2)),
            ],
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
