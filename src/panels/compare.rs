//! View ▸ Compare: the menu entry, and the bar over the maps that chooses
//! side by side or the difference and the other year or stance (#23).

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::{tr, trf};
use crate::model::Dataset;
use crate::shown::compare::Moment;
use crate::state::{Compare, CompareMode, State};

/// The year a comparison starts with: ten years before the view's, within
/// `years` (the data's).
fn default_other_year(state: &State, years: (i32, i32)) -> i32 {
    let (lo, hi) = years;
    let other = (state.year - 10).clamp(lo.min(hi), hi.max(lo));
    if other == state.year {
        hi.max(lo)
    } else {
        other
    }
}

/// The View menu's entry: Compare on or off.
pub fn menu_entry(ui: &mut Ui, state: &State) -> Option<Command> {
    let mut on = state.compare.is_some();
    let clicked = ui
        .checkbox(&mut on, tr("compare-menu", "Compare two moments"))
        .on_hover_text(tr(
            "compare-menu-hint",
            "Two maps side by side with linked cameras, or one map of what changed",
        ))
        .clicked();
    if !clicked {
        return None;
    }
    ui.close();
    Some(Command::SetCompare(on.then(|| Compare {
        // The bar's slider then keeps it within the data's years.
        year: Some(default_other_year(state, (1900, state.year - 1))),
        stance: None,
        mode: CompareMode::SideBySide,
    })))
}

/// The title of one side: its year, or its stance's short name and date
/// as the window's language writes it (the same heading the exported
/// side-by-side figure gives that side).
pub fn side_title(dataset: &Dataset, moment: &Moment) -> String {
    crate::figure::text::moment_label(dataset, moment)
}

/// The bar over the maps: the mode, the other year (or stance), and
/// closing. Nothing without a comparison.
pub fn bar(ui: &mut Ui, state: &State, dataset: &Dataset, years: (i32, i32)) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(compare) = &state.compare else {
        return commands;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr("compare-title", "Compare")).strong());
        let mut mode = compare.mode;
        ui.selectable_value(
            &mut mode,
            CompareMode::SideBySide,
            tr("compare-mode-side-by-side", "Side by side"),
        );
        ui.selectable_value(
            &mut mode,
            CompareMode::Difference,
            tr("compare-mode-difference", "Difference"),
        );
        if mode != compare.mode {
            commands.push(Command::SetCompare(Some(Compare {
                mode,
                ..compare.clone()
            })));
        }
        ui.separator();
        let stance_ready = state.stance.is_some();
        let mut by_stance = compare.stance.is_some();
        if ui
            .selectable_label(!by_stance, tr("compare-by-year", "Years"))
            .clicked()
            && by_stance
        {
            by_stance = false;
            commands.push(Command::SetCompare(Some(Compare {
                year: Some(default_other_year(state, years)),
                stance: None,
                mode: compare.mode,
            })));
        }
        let stance_button = ui.add_enabled(
            stance_ready,
            egui::Button::selectable(by_stance, tr("compare-by-stance", "Stances")),
        );
        let stance_button = stance_button.on_disabled_hover_text(tr(
            "compare-by-stance-needs",
            "Choose a stance in the Stances list first",
        ));
        if stance_button.clicked() && !by_stance {
            let other = crate::shown::stances_by_date(dataset)
                .into_iter()
                .map(|(id, _)| id.clone())
                .find(|id| Some(id) != state.stance.as_ref());
            if let Some(other) = other {
                commands.push(Command::SetCompare(Some(Compare {
                    year: None,
                    stance: Some(other),
                    mode: compare.mode,
                })));
            }
        }
        ui.separator();
        if let Some(year) = compare.year {
            let words = trf(
                "compare-with-year",
                "{ $year } compared with",
                &[("year", &state.year)],
            );
            // The words, the slider and its number keep together: on the
            // next row when they do not fit this one (a longer language, a
            // narrow window), never past the map's edge.
            let (lo, hi) = (years.0.min(years.1), years.0.max(years.1));
            // The slider, the space before its number and the number (at
            // least egui's interactive width; wider for a wide year).
            let number = [lo, hi]
                .map(|y| text_width(ui, &y.to_string()) + 2.0 * ui.spacing().button_padding.x)
                .into_iter()
                .fold(ui.spacing().interact_size.x, f32::max);
            let slider = ui.spacing().slider_width + ui.spacing().item_spacing.x + number;
            next_row_unless_fits(ui, text_width(ui, &words) + slider);
            ui.label(words);
            let mut other = year;
            let slider = egui::Slider::new(&mut other, lo..=hi)
                .clamping(egui::SliderClamping::Always)
                .integer();
            let response = ui.add(slider);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Slider,
                    true,
                    tr("compare-other-year", "Year compared with"),
                )
            });
            if other != year {
                commands.push(Command::SetCompare(Some(Compare {
                    year: Some(other),
                    ..compare.clone()
                })));
            }
        }
        if let Some(stance) = &compare.stance {
            let words = tr("compare-with-stance", "Compared with");
            next_row_unless_fits(ui, text_width(ui, &words) + ui.spacing().combo_width);
            ui.label(words);
            let current = dataset
                .stances
                .get(stance)
                .map_or_else(|| stance.to_string(), crate::shown::stance_short);
            egui::ComboBox::from_id_salt("compare-stance")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (id, s) in crate::shown::stances_by_date(dataset) {
                        if Some(id) == state.stance.as_ref() {
                            continue;
                        }
                        let chosen = id == stance;
                        if ui
                            .selectable_label(chosen, crate::shown::stance_short(s))
                            .clicked()
                            && !chosen
                        {
                            commands.push(Command::SetCompare(Some(Compare {
                                stance: Some(id.clone()),
                                ..compare.clone()
                            })));
                        }
                    }
                });
        }
        ui.separator();
        let close = tr("compare-close", "Close comparison");
        next_row_unless_fits(
            ui,
            text_width(ui, &close) + 2.0 * ui.spacing().button_padding.x,
        );
        if ui.button(close).clicked() {
            commands.push(Command::SetCompare(None));
        }
    });
    commands
}

/// The width of `text` as a button or label of `ui` writes it.
fn text_width(ui: &Ui, text: &str) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x
}

/// In a wrapping row, go to the next row unless `width` (and the spacing
/// before it) fits in what is left of this one.
fn next_row_unless_fits(ui: &mut Ui, width: f32) {
    let needed = width + 2.0 * ui.spacing().item_spacing.x;
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// The inspector's section for the selected state: its changes from A to
/// B, each with both values.
pub fn inspector_changes(ui: &mut Ui, state: &State, dataset: &Dataset) {
    let (Some(code), Some(_)) = (state.selection.country, &state.compare) else {
        return;
    };
    let diff = crate::shown::compare::difference(dataset, state);
    let Some((a, b)) = &diff.moments else {
        return;
    };
    ui.separator();
    ui.label(
        RichText::new(trf(
            "compare-inspector-title",
            "Changes, { $from } → { $to }",
            &[
                ("from", &side_title(dataset, a)),
                ("to", &side_title(dataset, b)),
            ],
        ))
        .strong(),
    );
    let rows: Vec<_> = diff.of_country(code).collect();
    if rows.is_empty() {
        ui.label(tr("compare-inspector-none", "No change in what is shown"));
        return;
    }
    let value = |v: Option<crate::shown::compare::ChangeValue>| {
        v.map_or_else(
            || tr("compare-value-none", "none").into_owned(),
            crate::shown::compare::ChangeValue::shown,
        )
    };
    for row in rows {
        let subject = match (row.b, row.dimension, &row.organization) {
            (Some(b), Some(d), _) => {
                let other = if row.a == code { b } else { row.a };
                format!("{} · {}", dataset.country_name(other), d.label())
            }
            (_, _, Some(org)) => dataset
                .organizations
                .get(org)
                .map_or_else(|| org.to_string(), |o| o.acronym.clone()),
            _ => tr("compare-inspector-position", "Position").into_owned(),
        };
        let mut line = trf(
            "compare-inspector-row",
            "{ $kind }: { $subject }, { $before } → { $after }",
            &[
                ("kind", &row.kind.label()),
                ("subject", &subject),
                ("before", &value(row.before)),
                ("after", &value(row.after)),
            ],
        );
        if let Some(change) = row.strength_change() {
            line.push_str(&format!(" ({change:+.2})"));
        }
        ui.label(line);
    }
}
