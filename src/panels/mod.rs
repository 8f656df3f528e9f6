//! The panels around the map: toolbar (presets, theme, data folder), the time
//! bar, the inspector and the problems list. Each reads the state and returns
//! [`Command`]s.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{CloseAnswer, Command};
use crate::data::{DataSource, Problem};
use crate::i18n::{tr, trf, trn};
use crate::state::{Preset, State, Theme};
use keys::Action;

pub mod analysis;
pub mod animation;
pub mod banner;
pub mod compare;
pub mod edit_forms;
pub mod files;
pub mod groups;
pub mod icons;
pub mod import_report;
pub mod inspector;
pub mod keys;
pub mod layers;
pub mod matrix;
pub mod numbers;
pub mod plots;
pub mod table;
pub mod toasts;
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
    /// The bottom of the toolbar in the last frame.
    pub toolbar_bottom: f32,
    /// The top of the year bar in the last frame (notices float above it,
    /// clear of the toolbar, its menus and the bars under it that ask for
    /// a choice); 0 before the first frame.
    pub time_bar_top: f32,
    /// The typed data folder field was given the keyboard since it opened.
    pub focused_folder: bool,
    /// The "save into folder" field was given the keyboard since it opened.
    pub focused_save_as: bool,
    /// The "import files" field was given the keyboard since it opened.
    pub focused_import: bool,
    /// The members of the chosen set of organizations, as last listed.
    pub set_summary: layers::SetSummary,
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
    pub status: Option<&'a crate::i18n::Message>,
    /// Tour files opened lately (the Tours menu lists them).
    pub recent_tours: &'a [PathBuf],
    /// View files opened or saved lately (the File menu lists them).
    pub recent_views: &'a [PathBuf],
    /// A tour is playing.
    pub tour_playing: bool,
    /// The figure an export writes, for the File menu's preview (laid out
    /// only while the menu is open).
    pub export_preview: Option<&'a dyn Fn(&egui::Context) -> files::ExportPreview>,
}

/// How much larger everything is in presentation mode.
pub const PRESENTATION_ZOOM: f32 = 1.3;

/// A button drawn as an icon ([`icons::Icon`]), named for screen readers
/// and tests by `name`, explained by `hover`. Every icon button has the same
/// size: a changed icon moves nothing after it.
pub fn icon_button(
    ui: &mut Ui,
    enabled: bool,
    icon: icons::Icon,
    name: &str,
    hover: &str,
) -> egui::Response {
    let side = icons::SIZE + 2.0 * ui.spacing().button_padding.y + 4.0;
    let button = egui::Button::new("").min_size(egui::vec2(side + 6.0, side));
    let response = ui.add_enabled(enabled, button);
    let (fg, bg) = icons::colours(ui, &response);
    icons::paint(ui, response.rect, icon, fg, bg);
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name.clone()));
    response.on_hover_text(hover).on_disabled_hover_text(hover)
}

/// The top bar, one row: the menus (File, Edit, View, Data, Tours, Help),
/// the region, icons for the frequent actions (undo, redo, save, theme,
/// presentation mode), and on the right what needs attention (problems in
/// the data, an import running). Presentation mode hides the editing
/// controls (the Edit and Data menus, undo, redo, save).
pub fn toolbar(
    ui: &mut Ui,
    state: &State,
    panel: &mut PanelState,
    info: &DataInfo<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let editing = state.show_panels;
    let shown = egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Heartland").strong());
            commands.extend(files::file_menu(ui, state, info, editing));
            if editing {
                commands.extend(edit_menu(ui, state, info));
            }
            commands.extend(view_menu(ui, state));
            if editing {
                commands.extend(data_menu(ui, state, panel, info));
            }
            commands.extend(tours::tours_menu(
                ui,
                state,
                info.recent_tours,
                info.tour_playing,
            ));
            commands.extend(help_menu(ui, state));
            ui.separator();
            commands.extend(region_menu(ui, state));
            ui.separator();
            if editing {
                commands.extend(edit_icons(ui, state, info));
                ui.separator();
            }
            let (theme_icon, theme_name, other) = match state.theme {
                Theme::Light => (icons::Icon::Moon, tr("theme-dark", "Dark theme"), Theme::Dark),
                Theme::Dark => (icons::Icon::Sun, tr("theme-light", "Light theme"), Theme::Light),
            };
            if icon_button(ui, true, theme_icon, &theme_name, &theme_name).clicked() {
                commands.push(Command::SetTheme(other));
            }
            let (icon, name, hover) = if state.show_panels {
                (
                    icons::Icon::Present,
                    tr("presentation-on", "Presentation mode"),
                    tr(
                        "presentation-on-hover",
                        "Presentation mode: for projectors, hide the panels and enlarge everything (F11)",
                    ),
                )
            } else {
                (
                    icons::Icon::Panels,
                    tr("presentation-off", "Show panels"),
                    tr(
                        "presentation-off-hover",
                        "Leave presentation mode: show the panels again (F11)",
                    ),
                )
            };
            if icon_button(ui, true, icon, &name, &hover).clicked() {
                commands.push(Command::SetPanels(!state.show_panels));
            }
            attention(ui, panel, info, &mut commands);
        });
        if panel.show_open_folder {
            open_folder_row(ui, panel, &mut commands);
        }
        typed_paths(ui, panel, &mut commands);
    });
    panel.toolbar_bottom = shown.response.rect.bottom();
    commands
}

/// On the right of the toolbar: an import running (progress, cancel), the
/// data loading, the problems found in the data.
fn attention(
    ui: &mut Ui,
    panel: &mut PanelState,
    info: &DataInfo<'_>,
    commands: &mut Vec<Command>,
) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if info.problems > 0 {
            let text = trn(
                "toolbar-problems",
                "{ $count } problem",
                "{ $count } problems",
                info.problems,
                &[],
            );
            let name = trn(
                "toolbar-problems-name",
                "{ $count } problem in the data",
                "{ $count } problems in the data",
                info.problems,
                &[],
            );
            let response = ui
                .add(egui::Button::new(text).selected(panel.show_problems))
                .on_hover_text(tr(
                    "toolbar-problems-hover",
                    "Records left out of the data, and why: show or hide the list",
                ));
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
            if response.clicked() {
                panel.show_problems = !panel.show_problems;
            }
        }
        if let Some(done) = info.importing {
            if ui
                .button(tr("toolbar-cancel-import", "Cancel import"))
                .clicked()
            {
                commands.push(Command::CancelImport);
            }
            ui.add(
                egui::ProgressBar::new(done)
                    .desired_width(100.0)
                    .show_percentage(),
            );
        }
        if info.loading {
            ui.spinner();
            ui.label(tr("toolbar-loading", "Loading…"));
        }
    });
}

/// Undo, redo and save as icons, with what they would do on hover.
fn edit_icons(ui: &mut Ui, state: &State, info: &DataInfo<'_>) -> Vec<Command> {
    let _ = state;
    let mut commands = Vec::new();
    let undo_hover = info.undo.as_ref().map_or_else(
        || tr("undo-nothing", "Nothing to undo").into_owned(),
        |e| trf("undo-what", "Undo: { $edit } (Ctrl+Z)", &[("edit", e)]),
    );
    if icon_button(
        ui,
        info.undo.is_some(),
        icons::Icon::Undo,
        &tr("action-undo", "Undo"),
        &undo_hover,
    )
    .clicked()
    {
        commands.push(Command::Undo);
    }
    let redo_hover = info.redo.as_ref().map_or_else(
        || tr("redo-nothing", "Nothing to redo").into_owned(),
        |e| {
            trf(
                "redo-what",
                "Redo: { $edit } (Ctrl+Shift+Z)",
                &[("edit", e)],
            )
        },
    );
    if icon_button(
        ui,
        info.redo.is_some(),
        icons::Icon::Redo,
        &tr("action-redo", "Redo"),
        &redo_hover,
    )
    .clicked()
    {
        commands.push(Command::Redo);
    }
    let (name, hover) = if info.unsaved {
        (
            tr("save-unsaved", "Save •"),
            tr(
                "save-hover",
                "Unsaved changes: save them into the data folder (Ctrl+S)",
            ),
        )
    } else {
        (
            tr("save-saved", "Save"),
            tr("save-nothing", "No unsaved changes"),
        )
    };
    if icon_button(
        ui,
        info.unsaved,
        icons::Icon::Save(info.unsaved),
        &name,
        &hover,
    )
    .clicked()
    {
        commands.push(Command::Save);
    }
    commands
}

/// The region presets as one menu, named by the region shown.
fn region_menu(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    let current = state
        .preset
        .map_or_else(|| tr("region-none", "Region"), keys::preset_label);
    // As wide as the widest name: picking a region moves nothing.
    let names = Preset::ALL
        .map(keys::preset_label)
        .into_iter()
        .chain([tr("region-none", "Region")]);
    let widest = names.map(|n| text_width(ui, &n)).fold(0.0, f32::max);
    let button = egui::Button::new(current.clone()).min_size(egui::vec2(
        widest + 2.0 * ui.spacing().button_padding.x,
        0.0,
    ));
    let (response, _) = egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
        for preset in Preset::ALL {
            commands.extend(keys::menu_item(ui, state, Action::Preset(preset), true));
        }
    });
    let name = trf(
        "region-name",
        "Region: { $region }",
        &[("region", &current)],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
    response.on_hover_text(tr("region-hover", "Show a region (keys 1–5)"));
    commands
}

/// The width of `text` in the button font.
fn text_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    ui.ctx().fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    })
}

/// The Edit menu: undo and redo, saying what.
fn edit_menu(ui: &mut Ui, state: &State, info: &DataInfo<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.menu_button(keys::Menu::Edit.label(), |ui| {
        // Undo and Redo name the edit they would undo or redo.
        let undo = info.undo.as_ref().map_or_else(
            || Action::Undo.menu_label().to_string(),
            |e| trf("editlabel-undo-menu", "Undo: { $edit }", &[("edit", e)]),
        );
        commands.extend(keys::menu_item_named(
            ui,
            state,
            Action::Undo,
            info.undo.is_some(),
            undo,
        ));
        let redo = info.redo.as_ref().map_or_else(
            || Action::Redo.menu_label().to_string(),
            |e| trf("editlabel-redo-menu", "Redo: { $edit }", &[("edit", e)]),
        );
        commands.extend(keys::menu_item_named(
            ui,
            state,
            Action::Redo,
            info.redo.is_some(),
            redo,
        ));
    });
    commands
}

/// The View menu: regions, the map's zoom, find, theme, presentation mode,
/// the size of everything, the years, the language.
fn view_menu(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.menu_button(keys::Menu::View.label(), |ui| {
        ui.label(RichText::new(tr("view-regions", "Regions")).weak());
        for preset in Preset::ALL {
            commands.extend(keys::menu_item(ui, state, Action::Preset(preset), true));
        }
        ui.separator();
        for action in [Action::ZoomIn, Action::ZoomOut, Action::Find] {
            commands.extend(keys::menu_item(ui, state, action, true));
        }
        commands.extend(keys::menu_item(
            ui,
            state,
            Action::ClearSelection,
            !state.selection.is_empty(),
        ));
        ui.separator();
        let (label, other) = match state.theme {
            Theme::Light => (tr("theme-dark", "Dark theme"), Theme::Dark),
            Theme::Dark => (tr("theme-light", "Light theme"), Theme::Light),
        };
        if ui.button(label).clicked() {
            commands.push(Command::SetTheme(other));
            ui.close();
        }
        commands.extend(compare::menu_entry(ui, state));
        for action in [
            Action::Presentation,
            Action::Larger,
            Action::Smaller,
            Action::NormalSize,
            Action::PlayYears,
        ] {
            commands.extend(keys::menu_item(ui, state, action, true));
        }
        ui.separator();
        ui.menu_button(tr("view-language", "Language"), |ui| {
            let now = crate::i18n::locale();
            for (locale, name) in crate::i18n::LANGUAGES {
                if ui.selectable_label(now == locale, name).clicked() {
                    commands.push(Command::SetLanguage(locale));
                    ui.close();
                }
            }
        });
    });
    commands
}

/// The Data menu: the data in use, folders, reloading, problems.
fn data_menu(
    ui: &mut Ui,
    state: &State,
    panel: &mut PanelState,
    info: &DataInfo<'_>,
) -> Vec<Command> {
    let _ = state;
    let mut commands = Vec::new();
    ui.menu_button(tr("menu-data", "Data"), |ui| {
        ui.label(
            RichText::new(trf(
                "data-in-use",
                "In use: { $source }",
                &[("source", &info.source.describe())],
            ))
            .weak(),
        );
        ui.separator();
        if ui
            .button(tr("data-open-folder", "Open data folder…"))
            .clicked()
        {
            commands.push(Command::File(crate::command::FileCommand::OpenDataFolder));
            ui.close();
        }
        if ui
            .button(tr("data-type-folder", "Type a data folder path…"))
            .clicked()
        {
            panel.show_open_folder = true;
            ui.close();
        }
        if ui
            .add_enabled(
                !matches!(info.source, DataSource::Bundled),
                egui::Button::new(tr("data-use-bundled", "Use bundled data")),
            )
            .clicked()
        {
            commands.push(Command::UseBundledData);
            ui.close();
        }
        if ui
            .add_enabled(
                !matches!(info.source, DataSource::Bundled),
                egui::Button::new(tr("data-reload", "Reload from disk")),
            )
            .on_hover_text(tr(
                "conflict-reload-hover",
                "Read the folder again (changes not saved are dropped)",
            ))
            .clicked()
        {
            commands.push(Command::Reload);
            ui.close();
        }
        if ui
            .button(tr("data-save-into", "Save into a new folder…"))
            .clicked()
        {
            panel.show_save_as = true;
            ui.close();
        }
        ui.separator();
        let problems = trn(
            "data-problems",
            "Problems in the data ({ $count })",
            "Problems in the data ({ $count })",
            info.problems,
            &[],
        );
        if ui
            .add_enabled(info.problems > 0, egui::Button::new(problems))
            .clicked()
        {
            panel.show_problems = !panel.show_problems;
            ui.close();
        }
    });
    commands
}

/// The Help menu: the shortcuts.
fn help_menu(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.menu_button(keys::Menu::Help.label(), |ui| {
        commands.extend(keys::menu_item(ui, state, Action::Help, true));
    });
    commands
}

/// The typed data folder (Data ▸ Type a data folder path…).
fn open_folder_row(ui: &mut Ui, panel: &mut PanelState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let name = ui.label(tr("folder-label", "Data folder:"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut panel.folder_text)
                    .hint_text(tr("folder-hint", "/path/to/data folder"))
                    .desired_width(360.0),
            )
            .labelled_by(name.id);
        focus_once(&edit, &mut panel.focused_folder);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(tr("folder-open", "Open")).clicked() || enter)
            && !panel.folder_text.trim().is_empty()
        {
            commands.push(Command::OpenDataFolder(PathBuf::from(
                panel.folder_text.trim(),
            )));
            panel.show_open_folder = false;
        }
        if ui.button(tr("cancel", "Cancel")).clicked() {
            panel.show_open_folder = false;
        }
    });
}

/// Give a typed-path field the keyboard the first frame it shows.
fn focus_once(edit: &egui::Response, focused: &mut bool) {
    if !*focused {
        edit.request_focus();
        *focused = true;
    }
}

/// The typed-path fields used when no file dialog can be shown: the folder
/// to save into, the files to import. Each takes the keyboard when it opens.
fn typed_paths(ui: &mut Ui, panel: &mut PanelState, commands: &mut Vec<Command>) {
    if panel.show_save_as {
        ui.horizontal(|ui| {
            let name = ui.label(tr("save-into-label", "Save into a new folder:"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut panel.save_as_text)
                        .hint_text(tr("save-into-hint", "/path/to/new data folder"))
                        .desired_width(360.0),
                )
                .labelled_by(name.id);
            focus_once(&edit, &mut panel.focused_save_as);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(tr("save-here", "Save here")).clicked() || enter)
                && !panel.save_as_text.trim().is_empty()
            {
                commands.push(Command::SaveInto(PathBuf::from(panel.save_as_text.trim())));
                panel.show_save_as = false;
            }
            if ui.button(tr("cancel", "Cancel")).clicked() {
                panel.show_save_as = false;
            }
        });
    } else {
        panel.focused_save_as = false;
    }
    if panel.show_import {
        ui.horizontal(|ui| {
            let name = ui.label(tr("import-label", "Import files:"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut panel.import_text)
                        .hint_text(tr(
                            "import-hint",
                            "/path/a.csv; /path/b.geojson (CSV or GeoJSON files, separated by ;)",
                        ))
                        .desired_width(360.0),
                )
                .labelled_by(name.id);
            focus_once(&edit, &mut panel.focused_import);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(tr("import-button", "Import")).clicked() || enter)
                && !panel.import_text.trim().is_empty()
            {
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
            if ui.button(tr("cancel", "Cancel")).clicked() {
                panel.show_import = false;
            }
        });
    } else {
        panel.focused_import = false;
    }
    if !panel.show_open_folder {
        panel.focused_folder = false;
    }
}

/// "Save the changes before closing?": Save, Discard or Cancel.
pub fn close_question(ui: &Ui) -> Option<Command> {
    let mut answer = None;
    egui::Window::new(tr("close-title", "Unsaved changes"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            ui.label(tr(
                "close-question",
                "The data has changes that are not saved. Save them before closing?",
            ));
            ui.horizontal(|ui| {
                for (label, choice) in [
                    (tr("close-save", "Save"), CloseAnswer::Save),
                    (tr("close-discard", "Discard"), CloseAnswer::Discard),
                    (tr("cancel", "Cancel"), CloseAnswer::Cancel),
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
    let shown = egui::Panel::bottom("time").show(ui, |ui| {
        ui.horizontal(|ui| {
            let play_label = if panel.playing {
                tr("time-pause", "Pause")
            } else {
                tr("time-play", "Play")
            };
            // As wide as the wider word: the slider does not move.
            let width = [tr("time-pause", "Pause"), tr("time-play", "Play")]
                .iter()
                .map(|w| text_width(ui, w))
                .fold(0.0, f32::max)
                + 2.0 * ui.spacing().button_padding.x;
            if ui
                .add(egui::Button::new(play_label).min_size(egui::vec2(width, 0.0)))
                .on_hover_text(tr("time-play-hover", "Play / pause the years (Space)"))
                .clicked()
            {
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
                    .text(tr("time-year", "Year"))
                    .step_by(1.0),
            );
            if response.changed() && year != state.year {
                commands.push(Command::SetYear(year));
            }
        });
    });
    panel.time_bar_top = shown.response.rect.top();
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
                ui.heading(trf(
                    "problems-heading",
                    "Problems in the data ({ $count })",
                    &[("count", &problems.len())],
                ));
                if ui.button(tr("problems-close", "Close")).clicked() {
                    panel.show_problems = false;
                }
            });
            ui.label(tr(
                "problems-explain",
                "Records with problems were left out; everything else is shown. \
                 Fix the files and open the folder again.",
            ));
            egui::ScrollArea::vertical().show(ui, |ui| {
                for p in problems {
                    ui.label(RichText::new(p.shown()).monospace());
                }
            });
        });
}
