//! The panels around the map: toolbar (presets, theme, data folder), the time
//! bar, the inspector and the problems list. Each reads the state and returns
//! [`Command`]s.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{CloseAnswer, Command};
use crate::data::{DataSource, Problem};
use crate::state::{Preset, State, Theme};

pub mod analysis;
pub mod edit_forms;
pub mod files;
pub mod inspector;
pub mod layers;
pub mod matrix;
pub mod plots;
pub mod tours;

pub use inspector::inspector;
pub use layers::layers_panel;

/// Panel state that is not part of a view (what is typed, what is open).
#[derive(Clone, Debug, Default)]
pub struct PanelState {
    /// The problems panel is open.
    pub show_problems: bool,
    /// The "open data folder" field is open.
    pub show_open_folder: bool,
    /// What the user typed as a data folder.
    pub folder_text: String,
    /// The year is playing (one step per [`PLAY_STEP_SECONDS`]).
    pub playing: bool,
    /// When the year last stepped while playing (egui time, seconds).
    pub last_step: f64,
    /// The edit form open in the inspector.
    pub form: Option<edit_forms::Form>,
    /// The "save into folder" field is open (no file dialog here).
    pub show_save_as: bool,
    /// What the user typed as the folder to save into.
    pub save_as_text: String,
    /// The "import files" field is open (no file dialog here).
    pub show_import: bool,
    /// What the user typed as files to import (separated by `;`).
    pub import_text: String,
    /// The organizations list's search text.
    pub org_search: String,
    /// The stances list's search text.
    pub stance_search: String,
    /// The keyboard shortcuts are listed (F1).
    pub show_help: bool,
    /// The "find a country" field is open, with what is typed.
    pub find: Option<String>,
}

/// Seconds per year while playing.
pub const PLAY_STEP_SECONDS: f64 = 0.8;

/// What the toolbar says about the data in use.
pub struct DataInfo<'a> {
    /// Where it came from.
    pub source: &'a DataSource,
    /// How many problems were found.
    pub problems: usize,
    /// A folder is loading.
    pub loading: bool,
    /// The data has changes not saved.
    pub unsaved: bool,
    /// What undo would undo.
    pub undo: Option<String>,
    /// What redo would redo.
    pub redo: Option<String>,
    /// An import is running: how far (0 … 1).
    pub importing: Option<f32>,
    /// The last save's, edit's or import's outcome, for the status line.
    pub status: Option<&'a str>,
    /// Files changed on disk (or a save refused for that): the message.
    pub conflict: Option<&'a str>,
    /// Tour files opened lately (the Tours menu lists them).
    pub recent_tours: &'a [PathBuf],
    /// View files opened or saved lately (the File menu lists them).
    pub recent_views: &'a [PathBuf],
    /// A tour is playing.
    pub tour_playing: bool,
}

/// The top bar: region presets, theme, presentation mode, data folder.
pub fn toolbar(
    ui: &mut Ui,
    state: &State,
    panel: &mut PanelState,
    info: &DataInfo<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Heartland").strong());
            commands.extend(files::file_menu(ui, info.recent_views));
            commands.extend(tours::tours_menu(ui, info.recent_tours, info.tour_playing));
            ui.separator();
            for preset in Preset::ALL {
                let selected = state.preset == Some(preset);
                if ui
                    .selectable_label(selected, preset.label())
                    .on_hover_text(format!("Show {}", preset.label()))
                    .clicked()
                {
                    commands.push(Command::SetPreset(preset));
                }
            }
            ui.separator();
            let (theme_label, other) = match state.theme {
                Theme::Light => ("Dark theme", Theme::Dark),
                Theme::Dark => ("Light theme", Theme::Light),
            };
            if ui.button(theme_label).clicked() {
                commands.push(Command::SetTheme(other));
            }
            let panels_label = if state.show_panels {
                "Presentation mode"
            } else {
                "Show panels"
            };
            if ui
                .button(panels_label)
                .on_hover_text("For projectors: hide the side panels and enlarge everything (F11)")
                .clicked()
            {
                commands.push(Command::SetPanels(!state.show_panels));
            }
            ui.separator();
            let data_label = if info.loading {
                "Loading…".to_owned()
            } else {
                format!("Data: {}", info.source.describe())
            };
            if ui
                .button(data_label)
                .on_hover_text("Open a data folder in the format of docs/data-format.md")
                .clicked()
            {
                panel.show_open_folder = !panel.show_open_folder;
            }
            if ui
                .button("Import…")
                .on_hover_text(
                    "Add records from CSV (relations, memberships, COW, UN votes) or GeoJSON files",
                )
                .clicked()
            {
                commands.push(Command::AskImport);
            }
            ui.separator();
            let undo_hover = info
                .undo
                .as_ref()
                .map_or("Nothing to undo".to_owned(), |e| {
                    format!("Undo: {e} (Ctrl+Z)")
                });
            if ui
                .add_enabled(info.undo.is_some(), egui::Button::new("Undo"))
                .on_hover_text(undo_hover)
                .on_disabled_hover_text("Nothing to undo")
                .clicked()
            {
                commands.push(Command::Undo);
            }
            let redo_hover = info
                .redo
                .as_ref()
                .map_or("Nothing to redo".to_owned(), |e| {
                    format!("Redo: {e} (Ctrl+Shift+Z)")
                });
            if ui
                .add_enabled(info.redo.is_some(), egui::Button::new("Redo"))
                .on_hover_text(redo_hover)
                .on_disabled_hover_text("Nothing to redo")
                .clicked()
            {
                commands.push(Command::Redo);
            }
            let save_label = if info.unsaved { "Save •" } else { "Save" };
            if ui
                .add_enabled(info.unsaved, egui::Button::new(save_label))
                .on_hover_text("Save the changes into the data folder (Ctrl+S)")
                .on_disabled_hover_text("No unsaved changes")
                .clicked()
            {
                commands.push(Command::Save);
            }
            if info.unsaved {
                ui.label(RichText::new("unsaved changes").italics());
            }
            if let Some(done) = info.importing {
                ui.add(
                    egui::ProgressBar::new(done)
                        .desired_width(120.0)
                        .show_percentage(),
                );
                if ui.button("Cancel import").clicked() {
                    commands.push(Command::CancelImport);
                }
            }
            if info.problems > 0 {
                let text = format!(
                    "{} problem{} in the data",
                    info.problems,
                    if info.problems == 1 { "" } else { "s" }
                );
                if ui.button(text).clicked() {
                    panel.show_problems = !panel.show_problems;
                }
            }
        });
        if panel.show_open_folder {
            ui.horizontal(|ui| {
                ui.label("Data folder:");
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut panel.folder_text)
                        .hint_text("/path/to/folder")
                        .desired_width(360.0),
                );
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Open").clicked() || enter) && !panel.folder_text.trim().is_empty() {
                    commands.push(Command::OpenDataFolder(PathBuf::from(
                        panel.folder_text.trim(),
                    )));
                    panel.show_open_folder = false;
                }
                if ui.button("Use bundled data").clicked() {
                    commands.push(Command::UseBundledData);
                    panel.show_open_folder = false;
                }
            });
        }
        typed_paths(ui, panel, &mut commands);
        if let Some(status) = info.status {
            ui.label(RichText::new(status).small());
        }
        if let Some(conflict) = info.conflict {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(conflict).color(egui::Color32::from_rgb(0xd0, 0x2a, 0x2a)));
                if ui
                    .button("Reload")
                    .on_hover_text("Read the folder again (changes not saved are dropped)")
                    .clicked()
                {
                    commands.push(Command::Reload);
                }
                if ui
                    .button("Save as…")
                    .on_hover_text("Save the data shown into another folder")
                    .clicked()
                {
                    panel.show_save_as = true;
                }
            });
        }
    });
    shortcuts(ui, info, &mut commands);
    if ui.input(|i| i.key_pressed(egui::Key::F11)) {
        commands.push(Command::SetPanels(!state.show_panels));
    }
    commands
}

/// The typed-path fields used when no file dialog can be shown: the folder
/// to save into, the files to import.
fn typed_paths(ui: &mut Ui, panel: &mut PanelState, commands: &mut Vec<Command>) {
    if panel.show_save_as {
        ui.horizontal(|ui| {
            let name = ui.label("Save into a new folder:");
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut panel.save_as_text)
                        .hint_text("/path/to/new/folder")
                        .desired_width(360.0),
                )
                .labelled_by(name.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Save here").clicked() || enter) && !panel.save_as_text.trim().is_empty()
            {
                commands.push(Command::SaveInto(PathBuf::from(panel.save_as_text.trim())));
                panel.show_save_as = false;
            }
            if ui.button("Cancel").clicked() {
                panel.show_save_as = false;
            }
        });
    }
    if panel.show_import {
        ui.horizontal(|ui| {
            let name = ui.label("Import files:");
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut panel.import_text)
                        .hint_text("/path/a.csv; /path/b.geojson")
                        .desired_width(360.0),
                )
                .labelled_by(name.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Import").clicked() || enter) && !panel.import_text.trim().is_empty() {
                let files = panel
                    .import_text
                    .split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(PathBuf::from)
                    .collect();
                commands.push(Command::Import(files));
                panel.show_import = false;
            }
            if ui.button("Cancel").clicked() {
                panel.show_import = false;
            }
        });
    }
}

/// Ctrl+S saves; Ctrl+Z, Ctrl+Shift+Z (or Ctrl+Y) undo and redo edits,
/// unless a text field has the keyboard (it undoes its own typing then).
fn shortcuts(ui: &Ui, info: &DataInfo<'_>, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    if ui.input_mut(|i| i.consume_shortcut(&save)) && info.unsaved {
        commands.push(Command::Save);
    }
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    ui.input_mut(|i| {
        if i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y) {
            commands.push(Command::Redo);
        } else if i.consume_shortcut(&undo) {
            commands.push(Command::Undo);
        }
    });
}

/// "Save the changes before closing?": Save, Discard or Cancel.
pub fn close_question(ui: &Ui) -> Option<Command> {
    let mut answer = None;
    egui::Window::new("Unsaved changes")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label("The data has changes that are not saved. Save them before closing?");
            ui.horizontal(|ui| {
                for (label, choice) in [
                    ("Save", CloseAnswer::Save),
                    ("Discard", CloseAnswer::Discard),
                    ("Cancel", CloseAnswer::Cancel),
                ] {
                    if ui.button(label).clicked() {
                        answer = Some(Command::CloseAnswer(choice));
                    }
                }
            });
        });
    answer
}

/// The year slider, the one clock every layer follows, with play/pause.
/// ←/→ step one year when the slider has focus (egui sliders do that).
pub fn time_bar(
    ui: &mut Ui,
    state: &State,
    (lo, hi): (i32, i32),
    panel: &mut PanelState,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::bottom("time").show(ui, |ui| {
        ui.horizontal(|ui| {
            let play_label = if panel.playing { "Pause" } else { "Play" };
            if ui.button(play_label).clicked() {
                panel.playing = !panel.playing;
                panel.last_step = ui.input(|i| i.time);
                if panel.playing && state.year >= hi {
                    commands.push(Command::SetYear(lo));
                }
            }
            let mut year = state.year;
            ui.spacing_mut().slider_width = (ui.available_width() - 120.0).max(120.0);
            let response = ui.add(
                egui::Slider::new(&mut year, lo..=hi)
                    .text("Year")
                    .step_by(1.0),
            );
            if response.changed() && year != state.year {
                commands.push(Command::SetYear(year));
            }
        });
    });
    if panel.playing {
        let now = ui.input(|i| i.time);
        if now - panel.last_step >= PLAY_STEP_SECONDS {
            panel.last_step = now;
            if state.year >= hi {
                panel.playing = false;
            } else {
                commands.push(Command::SetYear(state.year + 1));
            }
        }
        if panel.playing {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP_SECONDS / 4.0));
        }
    }
    commands
}

/// The list of problems found in the data, one per line.
pub fn problems(ui: &mut Ui, problems: &[Problem], panel: &mut PanelState) {
    egui::Panel::bottom("problems")
        .resizable(true)
        .default_size(160.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(format!("Problems in the data ({})", problems.len()));
                if ui.button("Close").clicked() {
                    panel.show_problems = false;
                }
            });
            ui.label(
                "Records with problems were left out; everything else is shown. \
                 Fix the files and open the folder again.",
            );
            egui::ScrollArea::vertical().show(ui, |ui| {
                for p in problems {
                    ui.label(RichText::new(p.to_string()).monospace());
                }
            });
        });
}
