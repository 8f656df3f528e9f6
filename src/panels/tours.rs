//! Guided tours in the window: the player (a caption band under the map,
//! the step's view reached by a short camera flight), the Tours menu, the
//! tour editor and the first-launch card offering the introduction.
//!
//! The player's state ([`Player`]) and the editor's draft ([`TourDraft`])
//! are owned by the app; these functions read them and return
//! [`Command`]s, except for what is typed into the editor, which is panel
//! state like any text field.

use std::path::PathBuf;

use egui::{Align2, RichText, Ui};

use super::keys::{self, Action, Menu};
use crate::command::Command;
pub use crate::command::{TourCommand, TourSource};
use crate::i18n::{tr, trf};
use crate::model::Dataset;
use crate::render::{Caption, caption_band};
use crate::state::{State, Theme};
use crate::tour::{self, Player, Step, Tour};

/// The caption band under the map while a tour plays
/// ([`crate::render::caption_band`], the band of the exported slides too:
/// "Step 3 of 7", the step's title, caption and cited sources, in the
/// theme's colours), with the controls. A panel at the bottom of the space
/// the map would take, not a window over it: the map, its preset fit,
/// legend, scale bar and attribution stay in the part above it, so nothing
/// a step shows is hidden under its caption.
pub fn caption_box(ui: &mut Ui, player: &Player, dataset: &Dataset) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(caption) = Caption::of_step(&player.tour, player.index, dataset) else {
        return commands;
    };
    // The theme the window is drawn in (`style::apply_style` sets it).
    let theme = match ui.ctx().theme() {
        egui::Theme::Dark => Theme::Dark,
        egui::Theme::Light => Theme::Light,
    };
    let n = player.tour.steps.len();
    caption_band(ui, "tour_caption", &caption, theme, |ui| {
        ui.add_space(2.0);
        ui.horizontal(|ui| {
            let size = CONTROL_SIZE;
            let mut button = |ui: &mut Ui, enabled: bool, label: &str, hint: &str, command| {
                let button = egui::Button::new(RichText::new(label).size(size));
                if ui
                    .add_enabled(enabled, button)
                    .on_hover_text(hint)
                    .clicked()
                {
                    commands.push(Command::Tour(command));
                }
            };
            let (first, last) = (player.index == 0, player.index + 1 >= n);
            button(
                ui,
                !first,
                &tr("tour-previous", "Previous"),
                &tr(
                    "tour-previous-hint",
                    "Previous step (Left arrow or Page Up)",
                ),
                TourCommand::Previous,
            );
            button(
                ui,
                !last,
                &tr("tour-next", "Next"),
                &tr(
                    "tour-next-hint",
                    "Next step (Right arrow, Page Down or Space)",
                ),
                TourCommand::Next,
            );
            button(
                ui,
                true,
                &tr("tour-first", "First"),
                &tr("tour-first-hint", "First step (Home)"),
                TourCommand::First,
            );
            button(
                ui,
                true,
                &tr("tour-last", "Last"),
                &tr("tour-last-hint", "Last step (End)"),
                TourCommand::Last,
            );
            button(
                ui,
                true,
                &tr("tour-leave", "Leave tour"),
                &tr("tour-leave-hint", "Back to your own view (Esc)"),
                TourCommand::Leave,
            );
        });
    });
    commands
}

/// Text size of the caption band's buttons, points.
const CONTROL_SIZE: f32 = 16.0;

/// The title of a bundled tour as its menu entry shows it (the file name if
/// the tour cannot be read: a broken build, reported when played).
pub fn bundled_title(name: &str, json: &str) -> String {
    Tour::from_json(json.as_bytes(), name)
        .map_or_else(|_| name.to_owned(), |t| crate::figure::title_marked(&t))
}

/// The Tours menu's entries: bundled tours, recently opened files, "Open
/// tour file…" and the editor.
pub fn tours_menu(ui: &mut Ui, state: &State, recent: &[PathBuf], playing: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.menu_button(Menu::Tours.label(), |ui| {
        if playing {
            for action in [
                Action::TourNext,
                Action::TourPrevious,
                Action::TourFirst,
                Action::TourLast,
                Action::TourLeave,
            ] {
                commands.extend(keys::menu_item(ui, state, action, true));
            }
            ui.separator();
        }
        ui.label(RichText::new(tr("tours-bundled", "Bundled tours")).weak());
        for (name, json) in tour::BUNDLED {
            if ui.button(bundled_title(name, json)).clicked() {
                commands.push(Command::Tour(TourCommand::Play(TourSource::Bundled(name))));
                ui.close();
            }
        }
        if let Some(path) =
            super::files::recent_files(ui, &tr("tours-recent", "Recent tour files"), recent)
        {
            commands.push(Command::Tour(TourCommand::Play(TourSource::File(path))));
        }
        ui.separator();
        if ui.button(tr("tours-open", "Open tour file…")).clicked() {
            commands.push(Command::Tour(TourCommand::OpenFile));
            ui.close();
        }
        if ui.button(tr("tours-editor", "Tour editor")).clicked() {
            commands.push(Command::Tour(TourCommand::ToggleEditor));
            ui.close();
        }
    });
    commands
}

/// The tour being written in the editor.
#[derive(Clone, Debug, Default)]
pub struct TourDraft {
    /// The editor window is open.
    pub open: bool,
    /// The tour's title.
    pub title: String,
    /// The author line.
    pub author: String,
    /// The steps so far.
    pub steps: Vec<Step>,
    /// The outcome of the last save (or why it failed).
    pub message: Option<String>,
}

impl TourDraft {
    /// The draft as a tour, checked as a saved file would be (so what is
    /// saved always loads back).
    ///
    /// # Errors
    /// The first problem, with the place (`steps[1].caption`) and reason.
    pub fn to_tour(&self) -> Result<Tour, tour::TourError> {
        let tour = Tour {
            format: tour::TOUR_FORMAT,
            title: self.title.clone(),
            author: self.author.clone(),
            translations: std::collections::BTreeMap::new(),
            steps: self.steps.clone(),
            understated_format: None,
        };
        Tour::from_json(
            tour.to_json_pretty().as_bytes(),
            &tr("tour-editor-being-edited", "the tour being edited"),
        )
    }

    /// A new step showing `state`, titled and captioned from what it shows
    /// (the user edits both).
    pub fn add_step(&mut self, state: &State) {
        let n = self.steps.len() + 1;
        let place = state.preset.map_or_else(
            || tr("tour-editor-the-map", "The map").into_owned(),
            |p| p.label().to_string(),
        );
        self.steps.push(Step {
            title: trf("tour-editor-step", "Step { $n }", &[("n", &n)]),
            caption: trf(
                "tour-editor-new-caption",
                "{ $place } in { $year }.",
                &[("place", &place), ("year", &state.year)],
            ),
            translations: std::collections::BTreeMap::new(),
            sources: Vec::new(),
            view: state.to_view(),
        });
    }
}

/// The tour editor window: title, author, the steps (title, caption, up,
/// down, delete), "Add this view as a step" and "Save tour…".
pub fn editor(ctx: &egui::Context, draft: &mut TourDraft, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut open = draft.open;
    egui::Window::new(tr("tours-editor", "Tour editor"))
        // One window whatever the language of its title.
        .id(egui::Id::unique("tour_editor"))
        .open(&mut open)
        .default_width(420.0)
        .default_pos(egui::pos2(320.0, 120.0))
        .show(ctx, |ui| {
            egui::Grid::new("tour_editor_head")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(tr("tour-editor-title", "Tour title"));
                    ui.text_edit_singleline(&mut draft.title)
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label(tr("tour-editor-author", "Author"));
                    ui.text_edit_singleline(&mut draft.author)
                        .labelled_by(label.id);
                    ui.end_row();
                });
            ui.separator();
            if ui
                .button(tr("tour-editor-add-step", "Add this view as a step"))
                .on_hover_text(tr(
                    "tour-editor-add-step-hint",
                    "The map as it is now, with the year, layers and selection",
                ))
                .clicked()
            {
                draft.add_step(state);
            }
            let mut swap = None;
            let mut delete = None;
            let n = draft.steps.len();
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for (i, step) in draft.steps.iter_mut().enumerate() {
                        ui.push_id(i, |ui| {
                            ui.horizontal(|ui| {
                                ui.strong(trf(
                                    "tour-editor-step",
                                    "Step { $n }",
                                    &[("n", &(i + 1))],
                                ));
                                if ui
                                    .add_enabled(
                                        i > 0,
                                        egui::Button::new(tr("tour-editor-up", "Up")),
                                    )
                                    .clicked()
                                {
                                    swap = Some(i - 1);
                                }
                                if ui
                                    .add_enabled(
                                        i + 1 < n,
                                        egui::Button::new(tr("tour-editor-down", "Down")),
                                    )
                                    .clicked()
                                {
                                    swap = Some(i);
                                }
                                if ui.button(tr("tour-editor-delete", "Delete")).clicked() {
                                    delete = Some(i);
                                }
                            });
                            let label = ui.label(trf(
                                "tour-editor-step-title",
                                "Title of step { $n }",
                                &[("n", &(i + 1))],
                            ));
                            ui.text_edit_singleline(&mut step.title)
                                .labelled_by(label.id);
                            let label = ui.label(trf(
                                "tour-editor-step-caption",
                                "Caption of step { $n }",
                                &[("n", &(i + 1))],
                            ));
                            ui.add(
                                egui::TextEdit::multiline(&mut step.caption)
                                    .desired_rows(3)
                                    .desired_width(f32::INFINITY),
                            )
                            .labelled_by(label.id);
                            ui.separator();
                        });
                    }
                });
            if let Some(i) = swap {
                draft.steps.swap(i, i + 1);
            }
            if let Some(i) = delete {
                draft.steps.remove(i);
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        !draft.steps.is_empty(),
                        egui::Button::new(tr("tour-editor-save", "Save tour…")),
                    )
                    .clicked()
                {
                    commands.push(Command::Tour(TourCommand::SaveDraft));
                }
            });
            if let Some(message) = &draft.message {
                ui.label(message);
            }
        });
    draft.open = open;
    commands
}

/// The first-launch card: offers the introductory tour; not blocking (the
/// map works around it), dismissed for good by either button.
pub fn intro_card(ctx: &egui::Context) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Area::new(egui::Id::unique("intro_card"))
        .order(egui::Order::Foreground)
        .anchor(Align2::RIGHT_TOP, egui::vec2(-320.0, 64.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(320.0);
                ui.heading(tr("intro-heading", "New to Heartland?"));
                ui.label(tr(
                    "intro-text",
                    "A short guided tour shows what the map can tell: alliances, \
                     votes, routes and how they change over the years.",
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button(tr("intro-take-tour", "Take the introductory tour"))
                        .clicked()
                    {
                        commands.push(Command::Tour(TourCommand::Play(TourSource::Bundled(
                            tour::INTRODUCTION,
                        ))));
                        commands.push(Command::Tour(TourCommand::DismissIntro));
                    }
                    if ui.button(tr("intro-no-thanks", "No thanks")).clicked() {
                        commands.push(Command::Tour(TourCommand::DismissIntro));
                    }
                });
            });
        });
    commands
}
