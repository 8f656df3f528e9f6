//! The layers panel: every layer, organization and corridor switchable on
//! its own, with colour chips, "all / none" per group, the relation filters,
//! the membership set and the stance chooser.

use std::collections::BTreeSet;

use egui::{Color32, RichText, Ui};

use crate::analysis::sets::membership_set;
use crate::command::Command;
use crate::i18n::{tr, trf};
use crate::model::{CorridorId, Dataset, Dimension, OrgId};
use crate::shown::set_op;
use crate::state::{Counted, FillLayer, Layers, MembershipSet, State};
use crate::style::{mode_color, org_color};

/// A small colour square before a label.
fn chip(ui: &mut Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 3.0, color);
}

/// The layers panel on the left.
pub fn layers_panel(
    ui: &mut Ui,
    state: &State,
    (dataset, generation): (&Dataset, u64),
    panel: &mut super::PanelState,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::left("layers")
        .resizable(true)
        .default_size(270.0)
        .max_size(360.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(tr("layers-heading", "Layers"));
                layer_switches(ui, state, &mut commands);
                fill_choice(ui, state, &mut commands);
                ui.separator();
                organizations(ui, state, (dataset, generation), panel, &mut commands);
                ui.separator();
                relations(ui, state, dataset, &mut commands);
                ui.separator();
                corridors(ui, state, dataset, &mut commands);
                ui.separator();
                stances(ui, state, dataset, &mut panel.stance_search, &mut commands);
                ui.separator();
                super::analysis::analysis_section(ui, state, &mut commands);
            });
        });
    commands
}

fn layer_switches(ui: &mut Ui, state: &State, commands: &mut Vec<Command>) {
    let mut layers: Layers = state.layers;
    let mut changed = false;
    for (value, label) in [
        (&mut layers.countries, tr("layers-countries", "Countries")),
        (&mut layers.labels, tr("layers-labels", "Labels")),
        (&mut layers.relations, tr("layers-relations", "Relations")),
        (
            &mut layers.memberships,
            tr("layers-memberships", "Memberships"),
        ),
        (&mut layers.corridors, tr("layers-corridors", "Corridors")),
        (&mut layers.stances, tr("layers-stances", "Stances")),
    ] {
        changed |= ui.checkbox(value, label).changed();
    }
    if changed {
        commands.push(Command::SetLayers(layers));
    }
}

/// Which layer fills the countries (one at a time).
fn fill_choice(ui: &mut Ui, state: &State, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label(tr("layers-fill-by", "Fill countries by"));
        egui::ComboBox::from_id_salt("fill_layer")
            .selected_text(state.fill.label())
            .show_ui(ui, |ui| {
                for fill in FillLayer::ALL {
                    if ui
                        .selectable_label(state.fill == fill, fill.label())
                        .clicked()
                        && fill != state.fill
                    {
                        commands.push(Command::SetFill(fill));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr(
                "layers-fill-by-hint",
                "One layer fills the countries at a time; the others show as badges and \
                 outlines, or the legend says they are hidden",
            ));
    });
}

/// Which statuses count as in an organization: the one rule of the set,
/// the shading, the counts and the exports.
fn statuses_choice(ui: &mut Ui, state: &State, commands: &mut Vec<Command>) {
    let mut counted: Counted = state.statuses;
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("layers-count-as-in", "Count as in:"));
        changed |= ui
            .checkbox(
                &mut counted.observers,
                tr("layers-count-observers", "observers and partners"),
            )
            .on_hover_text(tr(
                "layers-count-observers-hint",
                "Also count observers, partners and associate members",
            ))
            .changed();
        changed |= ui
            .checkbox(
                &mut counted.suspended,
                tr("layers-count-suspended", "suspended members"),
            )
            .on_hover_text(tr(
                "layers-count-suspended-hint",
                "Also count members whose membership is suspended",
            ))
            .changed();
    });
    ui.label(
        RichText::new(trf(
            "layers-counted",
            "Counted: { $statuses }",
            &[("statuses", &state.statuses.label())],
        ))
        .small(),
    );
    if changed {
        commands.push(Command::SetStatuses(counted));
    }
}

/// "All …" and "No …" buttons, labelled `all` and `none`.
fn all_none(ui: &mut Ui, all: &str, none: &str) -> (bool, bool) {
    let mut out = (false, false);
    ui.horizontal(|ui| {
        out.0 = ui.small_button(all).clicked();
        out.1 = ui.small_button(none).clicked();
    });
    out
}

/// Lists longer than this get a search box and a scrolled, virtualised list
/// (only the rows in view are laid out); shorter ones are shown whole.
pub const LONG_LIST: usize = 20;

/// Rows in view in a long list.
const LONG_LIST_ROWS: f32 = 12.0;

/// True if `text` contains `needle` (already lower case), ignoring case.
fn matches(text: &str, needle: &str) -> bool {
    needle.is_empty() || text.to_lowercase().contains(needle)
}

/// A search box over a list named `what`; returns the needle in lower case.
fn search_box(ui: &mut Ui, what: &str, text: &mut String) -> String {
    ui.horizontal(|ui| {
        let label = ui.label(tr("layers-search", "Search"));
        ui.add(
            egui::TextEdit::singleline(text)
                .hint_text(format!("{what}…"))
                .desired_width(160.0)
                .id_salt(("search", what)),
        )
        .labelled_by(label.id);
        if !text.is_empty()
            && ui
                .small_button(tr("layers-search-clear", "Clear"))
                .on_hover_text(tr("layers-search-clear-hint", "Clear the search"))
                .clicked()
        {
            text.clear();
        }
    });
    text.trim().to_lowercase()
}

/// Show `n` rows with `row`: whole when short, else in a scroll area that
/// lays out only the rows in view.
fn rows(ui: &mut Ui, id: &str, n: usize, mut row: impl FnMut(&mut Ui, usize)) {
    if n <= LONG_LIST {
        for i in 0..n {
            row(ui, i);
        }
        return;
    }
    let height = ui.spacing().interact_size.y.max(18.0);
    egui::ScrollArea::vertical()
        .id_salt(("rows", id))
        .max_height(height * LONG_LIST_ROWS)
        .auto_shrink([false, true])
        .show_rows(ui, height, n, |ui, range| {
            for i in range {
                row(ui, i);
            }
        });
}

fn organizations(
    ui: &mut Ui,
    state: &State,
    (dataset, generation): (&Dataset, u64),
    panel: &mut super::PanelState,
    commands: &mut Vec<Command>,
) {
    let search = &mut panel.org_search;
    ui.label(RichText::new(tr("layers-organizations", "Organizations")).strong());
    let (all, none) = all_none(
        ui,
        &tr("layers-all-organizations", "All organizations"),
        &tr("layers-no-organizations", "No organizations"),
    );
    if all {
        let orgs: Vec<OrgId> = dataset.organizations.keys().cloned().collect();
        commands.push(Command::SetOrganizations(orgs));
        commands.push(Command::SetLayers(Layers {
            memberships: true,
            ..state.layers
        }));
    }
    if none {
        commands.push(Command::SetOrganizations(Vec::new()));
    }
    let long = dataset.organizations.len() > LONG_LIST;
    let needle = if long {
        search_box(
            ui,
            &tr("layers-search-organizations", "organizations"),
            search,
        )
    } else {
        String::new()
    };
    let found: Vec<_> = dataset
        .organizations
        .iter()
        .filter(|(_, o)| {
            matches(&o.acronym, &needle)
                || matches(&o.name, &needle)
                || matches(&o.display_acronym(), &needle)
                || matches(&o.display_name(), &needle)
        })
        .collect();
    if long {
        ui.label(
            RichText::new(trf(
                "layers-found-of",
                "{ $found } of { $all }",
                &[
                    ("found", &found.len()),
                    ("all", &dataset.organizations.len()),
                ],
            ))
            .small(),
        );
    }
    rows(ui, "organizations", found.len(), |ui, i| {
        let Some((id, org)) = found.get(i).copied() else {
            return;
        };
        ui.horizontal(|ui| {
            chip(ui, org_color(dataset, id));
            let mut on = state.organizations.contains(id);
            let response = ui
                .checkbox(&mut on, org.display_acronym().as_ref())
                .on_hover_text(org.display_name().as_ref());
            if response.changed() {
                commands.push(Command::ToggleOrganization(id.clone()));
                if on && !state.layers.memberships {
                    commands.push(Command::SetLayers(Layers {
                        memberships: true,
                        ..state.layers
                    }));
                }
            }
        });
    });
    if !state.organizations.is_empty() {
        statuses_choice(ui, state, commands);
    }
    if state.organizations.len() > 1 {
        ui.horizontal(|ui| {
            for (set, label) in [
                (MembershipSet::Union, tr("layers-set-union", "Union")),
                (
                    MembershipSet::Intersection,
                    tr("layers-set-intersection", "Intersection"),
                ),
                (
                    MembershipSet::Difference,
                    tr("layers-set-difference", "Difference"),
                ),
            ] {
                if ui
                    .selectable_label(state.membership_set == set, label)
                    .clicked()
                {
                    commands.push(Command::SetMembershipSet(set));
                }
            }
        });
        let known: Vec<OrgId> = state
            .organizations
            .iter()
            .filter(|o| dataset.organizations.contains_key(*o))
            .cloned()
            .collect();
        if !known.is_empty() {
            let (count, names) = panel.set_summary.get(dataset, generation, &known, state);
            let acronyms: Vec<String> = known
                .iter()
                .filter_map(|o| {
                    dataset
                        .organizations
                        .get(o)
                        .map(|o| o.display_acronym().into_owned())
                })
                .collect();
            let or = format!(" {} ", tr("layers-or", "or"));
            let and = format!(" {} ", tr("layers-and", "and"));
            let year = state.year;
            let title = match state.membership_set {
                MembershipSet::Union => trf(
                    "layers-in-any",
                    "In { $orgs } ({ $year }): { $count }",
                    &[
                        ("orgs", &acronyms.join(&or)),
                        ("year", &year),
                        ("count", &count),
                    ],
                ),
                MembershipSet::Intersection => trf(
                    "layers-in-all",
                    "In { $orgs } ({ $year }): { $count }",
                    &[
                        ("orgs", &acronyms.join(&and)),
                        ("year", &year),
                        ("count", &count),
                    ],
                ),
                MembershipSet::Difference => {
                    let (first, rest) = acronyms
                        .split_first()
                        .map_or(("", &[][..]), |(f, r)| (f.as_str(), r));
                    trf(
                        "layers-in-first-not-rest",
                        "In { $first }, not in { $rest } ({ $year }): { $count }",
                        &[
                            ("first", &first),
                            ("rest", &rest.join(&or)),
                            ("year", &year),
                            ("count", &count),
                        ],
                    )
                }
            };
            ui.label(RichText::new(title).italics());
            ui.label(names);
        }
    }
}

fn relations(ui: &mut Ui, state: &State, dataset: &Dataset, commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr("layers-relations", "Relations")).strong());
    let mut filter = state.relations.clone();
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for d in Dimension::ALL {
            let mut on = filter.dimensions.contains(&d);
            if ui.checkbox(&mut on, d.label()).changed() {
                if on {
                    filter.dimensions.insert(d);
                } else {
                    filter.dimensions.remove(&d);
                }
                changed = true;
            }
        }
    });
    changed |= ui
        .add(
            egui::Slider::new(&mut filter.min_strength, 0.0..=1.0)
                .custom_formatter(super::numbers::format)
                .custom_parser(super::numbers::parse)
                .text(tr("layers-min-score", "min |score|")),
        )
        .changed();
    ui.horizontal(|ui| {
        let mut limited = filter.top_k.is_some();
        if ui
            .checkbox(
                &mut limited,
                tr("layers-top-k", "Only the strongest per state"),
            )
            .changed()
        {
            filter.top_k = limited.then_some(3);
            changed = true;
        }
        if let Some(k) = filter.top_k.as_mut() {
            changed |= ui
                .add(
                    egui::DragValue::new(k)
                        .range(1..=50)
                        .prefix(format!("{} ", tr("layers-top-k-prefix", "top"))),
                )
                .changed();
        }
    });
    changed |= ui
        .checkbox(&mut filter.bundle, tr("bundle-relations", "Bundle relations"))
        .on_hover_text(tr(
            "bundle-relations-tip",
            "Draw arcs that run the same way together, as bundles (kernel density). Colour and width still show each relation's sign and strength; hover or click a line for its relation.",
        ))
        .changed();
    changed |= crate::panels::groups::aggregate_ui(ui, &mut filter, state);
    let focus_label = filter.focus.map_or_else(
        || tr("layers-all-countries", "all countries").into_owned(),
        |c| dataset.country_name(c),
    );
    egui::ComboBox::from_label(tr("layers-focus", "Focus"))
        .selected_text(focus_label)
        .show_ui(ui, |ui| {
            changed |= ui
                .selectable_value(
                    &mut filter.focus,
                    None,
                    tr("layers-all-countries", "all countries"),
                )
                .changed();
            let mut involved: BTreeSet<_> = BTreeSet::new();
            for r in &dataset.relations {
                involved.insert(r.a);
                involved.insert(r.b);
            }
            for code in involved {
                changed |= ui
                    .selectable_value(&mut filter.focus, Some(code), dataset.country_name(code))
                    .changed();
            }
        });
    if changed {
        commands.push(Command::SetRelationFilter(filter));
        if !state.layers.relations {
            commands.push(Command::SetLayers(Layers {
                relations: true,
                ..state.layers
            }));
        }
    }
}

fn corridors(ui: &mut Ui, state: &State, dataset: &Dataset, commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr("layers-corridors", "Corridors")).strong());
    let (all, none) = all_none(
        ui,
        &tr("layers-all-corridors", "All corridors"),
        &tr("layers-no-corridors", "No corridors"),
    );
    if all {
        commands.push(Command::SetCorridors(Some(
            dataset.corridors.keys().cloned().collect(),
        )));
        commands.push(Command::SetLayers(Layers {
            corridors: true,
            ..state.layers
        }));
    }
    if none {
        commands.push(Command::SetCorridors(Some(BTreeSet::new())));
    }
    if state.layers.corridors && state.ticked_corridors.is_none() {
        ui.label(
            RichText::new(tr(
                "layers-no-corridor-ticked",
                "None ticked: every corridor is drawn.",
            ))
            .small(),
        );
    }
    for (id, corridor) in &dataset.corridors {
        ui.horizontal(|ui| {
            let color = corridor
                .segments
                .first()
                .map_or(Color32::GRAY, |s| mode_color(s.mode, state.theme));
            chip(ui, color);
            let mut on = state
                .ticked_corridors
                .as_ref()
                .is_some_and(|t| t.contains(id));
            let checkbox = ui.add(egui::Checkbox::without_text(&mut on));
            // The name is in the label beside it; screen readers and UI
            // tests find the box by it too.
            checkbox.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, &corridor.name)
            });
            let toggled = checkbox.on_hover_text(&corridor.name).changed();
            let label_clicked = ui
                .add(
                    egui::Label::new(&corridor.name)
                        .truncate()
                        .sense(egui::Sense::click()),
                )
                .on_hover_text(format!("{} ({})", corridor.name, corridor.kind.label()))
                .clicked();
            if label_clicked {
                on = !on;
            }
            if toggled || label_clicked {
                let mut set: BTreeSet<CorridorId> =
                    state.ticked_corridors.clone().unwrap_or_default();
                if on {
                    set.insert(id.clone());
                } else {
                    set.remove(id);
                }
                commands.push(Command::SetCorridors(Some(set)));
                if on && !state.layers.corridors {
                    commands.push(Command::SetLayers(Layers {
                        corridors: true,
                        ..state.layers
                    }));
                }
            }
        });
    }
}

fn stances(
    ui: &mut Ui,
    state: &State,
    dataset: &Dataset,
    search: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr("layers-stances", "Stances")).strong());
    if let Some(note) = &state.year_note
        && state.stance.as_ref() == Some(&note.stance)
        && state.year == note.to
    {
        let what = dataset
            .stances
            .get(&note.stance)
            .map_or_else(|| note.stance.to_string(), stance_number);
        ui.horizontal_wrapped(|ui| {
            ui.label(trf(
                "layers-year-moved",
                "Year moved to { $year } for { $what } —",
                &[("year", &note.to), ("what", &what)],
            ));
            if ui
                .small_button(trf(
                    "layers-year-back",
                    "Back to { $year }",
                    &[("year", &note.from)],
                ))
                .on_hover_text(tr(
                    "layers-year-back-hint",
                    "Show the year you had before choosing the stance",
                ))
                .clicked()
            {
                commands.push(Command::SetYear(note.from));
            }
        });
    }
    let long = dataset.stances.len() > LONG_LIST;
    let needle = if long {
        search_box(ui, &tr("layers-search-stances", "stances"), search)
    } else {
        String::new()
    };
    // By date, so a list of votes reads as a history.
    let found: Vec<_> = crate::shown::stances_by_date(dataset)
        .into_iter()
        .filter(|(id, s)| matches(&s.title, &needle) || matches(id.as_str(), &needle))
        .collect();
    if long {
        ui.label(
            RichText::new(trf(
                "layers-found-of",
                "{ $found } of { $all }",
                &[("found", &found.len()), ("all", &dataset.stances.len())],
            ))
            .small(),
        );
    }
    let mut chosen = state.stance.clone();
    let mut changed = ui
        .radio_value(&mut chosen, None, tr("layers-stance-none", "None"))
        .changed();
    rows(ui, "stances", found.len(), |ui, i| {
        let Some((id, stance)) = found.get(i).copied() else {
            return;
        };
        changed |= ui
            .radio_value(
                &mut chosen,
                Some(id.clone()),
                crate::shown::stance_short(stance),
            )
            .on_hover_text(&stance.title)
            .changed();
    });
    if changed {
        let on = chosen.is_some();
        // A stance is shown in its own year: the year moves to it, with a
        // note to go back.
        let year = chosen
            .as_ref()
            .and_then(|id| dataset.stances.get(id))
            .map(|s| s.date.year());
        commands.push(Command::SetStance(chosen));
        if on != state.layers.stances {
            commands.push(Command::SetLayers(Layers {
                stances: on,
                ..state.layers
            }));
        }
        if let Some(year) = year {
            commands.push(Command::MoveYearForStance(year));
        }
    }
}

/// A stance named briefly for a note: its resolution number when it has
/// one ("62/243"), else its short title.
fn stance_number(stance: &crate::model::Stance) -> String {
    let short = stance.title.split(':').next().unwrap_or(&stance.title);
    short
        .rsplit(' ')
        .next()
        .filter(|last| last.contains('/'))
        .map_or_else(|| short.trim().to_owned(), ToOwned::to_owned)
}

/// The members of the chosen set of organizations as the layers panel
/// lists them (how many, and their names in the window's language), kept
/// while what they are computed from stays the same: with every
/// organization on, combining their members and naming them each frame took
/// about a twentieth of the frame.
#[derive(Clone, Debug, Default)]
pub struct SetSummary {
    /// What the summary was computed from.
    key: Option<SetSummaryKey>,
    /// How many states are in the set.
    count: usize,
    /// Their names, joined by commas.
    names: String,
}

/// What a [`SetSummary`] depends on.
#[derive(Clone, Debug, PartialEq)]
struct SetSummaryKey {
    generation: u64,
    organizations: Vec<OrgId>,
    year: i32,
    set: MembershipSet,
    counted: Counted,
    locale: crate::i18n::Locale,
}

impl SetSummary {
    /// How many states are in the set of `organizations` (known to the
    /// data) that `state` chooses, and their names; computed again only
    /// when the data (`generation`), the organizations, the year, the set
    /// operation, the statuses counted or the language changed.
    fn get(
        &mut self,
        dataset: &Dataset,
        generation: u64,
        organizations: &[OrgId],
        state: &State,
    ) -> (usize, String) {
        let key = SetSummaryKey {
            generation,
            organizations: organizations.to_vec(),
            year: state.year,
            set: state.membership_set,
            counted: state.statuses,
            locale: crate::i18n::locale(),
        };
        if self.key.as_ref() != Some(&key) {
            let members = membership_set(
                dataset,
                organizations,
                state.year,
                set_op(state.membership_set),
                state.statuses,
            );
            self.count = members.len();
            self.names = members
                .iter()
                .map(|c| dataset.country_name(*c))
                .collect::<Vec<_>>()
                .join(", ");
            self.key = Some(key);
        }
        (self.count, self.names.clone())
    }
}
