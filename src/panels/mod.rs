//! The panels around the map: toolbar (presets, theme, data folder), the time
//! bar, the inspector and the problems list. Each reads the state and returns
//! [`Command`]s.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::Command;
use crate::data::{DataSource, Problem};
use crate::state::{Preset, State, Theme};

pub mod dialogs;
pub mod files;
pub mod inspector;
pub mod layers;
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
    });
    if ui.input(|i| i.key_pressed(egui::Key::F11)) {
        commands.push(Command::SetPanels(!state.show_panels));
    }
    commands
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
