//! Bars that ask the user something the program noticed by itself (a data
//! file changed on disk, an import's conflicting periods): they float over
//! the top of the map, below the toolbar, and take no room, so no panel and
//! no control moves when one appears or goes (#20, point 9: a click must not
//! land on a control that moved under the pointer).

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::command::Command;
use crate::i18n::tr;

/// Widest a bar is, points.
const MAX_WIDTH: f32 = 760.0;

/// A floating bar with `add` inside, its top at `top` (screen points),
/// centred. Returns the rectangle it took (the next bar goes below).
pub fn banner(ui: &Ui, id: &str, top: f32, add: impl FnOnce(&mut Ui)) -> Rect {
    let width = MAX_WIDTH
        .min(ui.ctx().content_rect().width() - 40.0)
        .max(200.0);
    egui::Area::new(egui::Id::unique(("banner", id)))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_TOP, vec2(0.0, top))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(width);
                add(ui);
            });
        })
        .response
        .rect
}

/// The bar saying the data folder changed on disk, with Reload and Save
/// as…; `show_save_as` is set when Save as… is clicked.
pub fn conflict_bar(
    ui: &Ui,
    conflict: &str,
    top: f32,
    show_save_as: &mut bool,
    commands: &mut Vec<Command>,
) -> Rect {
    banner(ui, "conflict", top, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(conflict).color(ui.visuals().error_fg_color));
            if ui
                .button(tr("conflict-reload", "Reload"))
                .on_hover_text(tr(
                    "conflict-reload-hover",
                    "Read the folder again (changes not saved are dropped)",
                ))
                .clicked()
            {
                commands.push(Command::Reload);
            }
            if ui
                .button(tr("conflict-save-as", "Save as…"))
                .on_hover_text(tr(
                    "conflict-save-as-hover",
                    "Save the data shown into another folder",
                ))
                .clicked()
            {
                *show_save_as = true;
            }
        });
    })
}
