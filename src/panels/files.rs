//! Files in and out of the window: the File menu, the keyboard shortcuts,
//! dropped files, the typed-path prompt (where no file dialog can open),
//! the notice line saying how a file action went, and the help overlay.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::command::{Command, FileCommand};
use crate::model::{CountryCode, Dataset};
use crate::state::{Camera, Preset, Selection, State};

/// The sizes a PNG can be exported at, in pixels (`None`: the map's size in
/// the window).
pub const PNG_SIZES: [(&str, Option<[u32; 2]>); 3] = [
    ("Export PNG (window size)…", None),
    ("Export PNG 1920×1080…", Some([1920, 1080])),
    ("Export PNG 3840×2160…", Some([3840, 2160])),
];

/// Ctrl+O: open a view or a tour.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+Shift+S: save the view (Ctrl+S saves data edits, elsewhere).
pub const SAVE_VIEW: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Ctrl+E: export the map as PNG at the window's size.
pub const EXPORT_PNG: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Ctrl+F: find a country.
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// What the export preview shows: the figure's display list and, when the
/// export frames the window's extent, that extent's size (points).
pub struct ExportPreview {
    /// The figure.
    pub list: crate::figure::DisplayList,
    /// The window's map, whose extent the figure's map frames whole.
    pub window_map: Option<[f32; 2]>,
    /// The map's colours.
    pub theme: crate::state::Theme,
}

/// The preview's width, points.
const PREVIEW_WIDTH: f32 = 240.0;

/// A small picture of the figure an export writes: the title, the map's
/// box with the window's view in it (what you see, whole), the legend, the
/// attribution and the citation, as they will lie; text drawn as grey
/// bars, the title written out under the picture. Found by screen readers
/// (and tests) as "Export preview".
pub fn export_preview(ui: &mut Ui, preview: &ExportPreview) {
    use crate::figure::Item;
    let list = &preview.list;
    let s = PREVIEW_WIDTH / list.size[0].max(1.0);
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(PREVIEW_WIDTH, list.size[1] * s),
        egui::Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, "Export preview")
    });
    let painter = ui.painter_at(rect);
    let palette = crate::palette::Palette::of(preview.theme);
    let to = |b: crate::figure::Bounds| {
        egui::Rect::from_min_max(
            rect.min + egui::vec2(b.min[0], b.min[1]) * s,
            rect.min + egui::vec2(b.max[0], b.max[1]) * s,
        )
    };
    let color = crate::render::figure::color32;
    painter.rect_filled(rect, 2.0, color(list.background));
    for group in &list.groups {
        for item in &group.items {
            match item {
                Item::Fill(b, c, _) => {
                    painter.rect_filled(to(*b), 1.0, color(*c));
                }
                Item::Text(run) => {
                    let r = to(run.bounds());
                    let bar = egui::Rect::from_center_size(
                        r.center(),
                        egui::vec2(r.width(), (r.height() * 0.6).max(2.0)),
                    );
                    painter.rect_filled(bar, 0.5, color(run.color).gamma_multiply(0.8));
                }
                Item::Swatch(b, _) => {
                    painter.rect_filled(to(*b), 0.5, palette.label_muted);
                }
                Item::Map(b) => {
                    let map = to(*b);
                    painter.rect_filled(map, 0.0, palette.ocean);
                    // The window's view, whole, scaled to fit.
                    let seen = preview.window_map.map_or(map, |[w, h]| {
                        let k = (map.width() / w.max(1.0)).min(map.height() / h.max(1.0));
                        egui::Rect::from_center_size(map.center(), egui::vec2(w, h) * k)
                    });
                    painter.rect_filled(seen, 0.0, palette.land_core);
                    painter.rect_stroke(
                        seen,
                        0.0,
                        egui::Stroke::new(1.0, palette.label_muted),
                        egui::StrokeKind::Inside,
                    );
                }
            }
        }
    }
    painter.rect_stroke(
        rect,
        2.0,
        egui::Stroke::new(1.0, palette.label_muted),
        egui::StrokeKind::Outside,
    );
    let title: Vec<&str> = list
        .texts()
        .filter(|(g, _)| *g == crate::figure::GroupId::Title)
        .map(|(_, run)| run.text.as_str())
        .collect();
    ui.add(egui::Label::new(RichText::new(format!("Title: {}", title.join(" "))).small()).wrap());
}

/// The File menu, with a preview of the exported figure under the PNG
/// exports when `preview` is given.
pub fn file_menu(
    ui: &mut Ui,
    recent_views: &[PathBuf],
    preview: Option<&dyn Fn(&egui::Context) -> ExportPreview>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let ctx = ui.ctx().clone();
    ui.menu_button("File", |ui| {
        let mut item = |ui: &mut Ui, label: &str, shortcut: Option<&KeyboardShortcut>, c| {
            let mut button = egui::Button::new(label);
            if let Some(s) = shortcut {
                button = button.shortcut_text(ctx.format_shortcut(s));
            }
            if ui.add(button).clicked() {
                commands.push(Command::File(c));
                ui.close();
            }
        };
        item(ui, "Open…", Some(&OPEN), FileCommand::Open);
        item(ui, "Open view…", None, FileCommand::OpenView);
        item(ui, "Open data folder…", None, FileCommand::OpenDataFolder);
        item(ui, "Save view…", Some(&SAVE_VIEW), FileCommand::SaveView);
        ui.separator();
        for (i, (label, size)) in PNG_SIZES.into_iter().enumerate() {
            let shortcut = (i == 0).then_some(&EXPORT_PNG);
            item(ui, label, shortcut, FileCommand::ExportPng(size));
        }
        if let Some(preview) = preview {
            export_preview(ui, &preview(ui.ctx()));
        }
        item(
            ui,
            "Export data shown as CSV…",
            None,
            FileCommand::ExportCsv,
        );
        item(
            ui,
            "Export data shown as JSON…",
            None,
            FileCommand::ExportJson,
        );
        if let Some(path) = recent_files(ui, "Recent views", recent_views) {
            commands.push(Command::File(FileCommand::OpenPath(path)));
        }
    });
    commands
}

/// The recent files of a menu (views in the File menu, tours in the Tours
/// menu), after a separator and under a heading: each by its file name,
/// with the whole path on hover. Nothing when there are none. The file
/// clicked, if any (the menu is then closed).
pub fn recent_files(ui: &mut Ui, heading: &str, recent: &[PathBuf]) -> Option<PathBuf> {
    if recent.is_empty() {
        return None;
    }
    ui.separator();
    ui.label(RichText::new(heading).weak());
    let mut clicked = None;
    for path in recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        if ui
            .button(name)
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            clicked = Some(path.clone());
            ui.close();
        }
    }
    clicked
}

/// Files dropped on the window: each opened by what it is (see
/// [`FileCommand::OpenPath`]).
///
/// Data files to import (CSV, GeoJSON, a `.json` that is not a view or a
/// tour: [`is_importable_data_file`]) are left to the importer.
pub fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| p.is_dir() || !is_importable_data_file(p))
            .map(|p| Command::File(FileCommand::OpenPath(p)))
            .collect()
    })
}

/// True for a dropped file the importers read: `.csv`, `.geojson`, or a
/// `.json` that is not a saved view (`*.view.json`) or tour (`*.tour.json`).
pub fn is_importable_data_file(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_lowercase();
    if name.ends_with(".view.json") || name.ends_with(".tour.json") {
        return false;
    }
    name.ends_with(".csv") || name.ends_with(".geojson") || name.ends_with(".json")
}

/// The keyboard shortcuts of the File menu, the presets and the year's
/// play/pause. None fires while a text field has focus. Space plays the
/// years only when no tour plays (a tour takes Space to step).
pub fn shortcuts(ctx: &egui::Context, tour_playing: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    if ctx.egui_wants_keyboard_input() {
        return commands;
    }
    ctx.input_mut(|i| {
        // The most modifiers first: Ctrl+Shift+S is not also Ctrl+S.
        if i.consume_shortcut(&SAVE_VIEW) {
            commands.push(Command::File(FileCommand::SaveView));
        }
        if i.consume_shortcut(&OPEN) {
            commands.push(Command::File(FileCommand::Open));
        }
        if i.consume_shortcut(&EXPORT_PNG) {
            commands.push(Command::File(FileCommand::ExportPng(None)));
        }
        if i.consume_shortcut(&FIND) {
            commands.push(Command::File(FileCommand::Find));
        }
        if i.consume_key(Modifiers::NONE, Key::F1) {
            commands.push(Command::File(FileCommand::Help));
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        for (key, preset) in keys.into_iter().zip(Preset::ALL) {
            if i.consume_key(Modifiers::NONE, key) {
                commands.push(Command::SetPreset(preset));
            }
        }
        if !tour_playing && i.consume_key(Modifiers::NONE, Key::Space) {
            commands.push(Command::TogglePlay);
        }
    });
    commands
}

/// What the typed-path prompt gave this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptOutcome {
    /// Still typing.
    Typing,
    /// Closed without a path.
    Cancel,
    /// This path was entered.
    Path(PathBuf),
}

/// Where no file dialog can open (no desktop portal, no zenity): a small
/// window asking for the path to be typed.
pub fn path_prompt(ctx: &egui::Context, title: &str, text: &mut String) -> PromptOutcome {
    let mut outcome = PromptOutcome::Typing;
    egui::Window::new("Type a path")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.label(format!(
                "{title}: no file dialog can open here; type the path."
            ));
            ui.horizontal(|ui| {
                let label = ui.label("Path:");
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .hint_text("/path/to/file")
                            .desired_width(360.0),
                    )
                    .labelled_by(label.id);
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                if (ui.button("OK").clicked() || enter) && !text.trim().is_empty() {
                    outcome = PromptOutcome::Path(PathBuf::from(text.trim()));
                }
                if ui.button("Cancel").clicked() {
                    outcome = PromptOutcome::Cancel;
                }
            });
        });
    outcome
}

/// The line under the toolbar saying how the last file action went.
/// Returns true when it is closed.
pub fn notice_bar(ui: &mut Ui, notice: &str) -> bool {
    let mut close = false;
    egui::Panel::top("notice").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(notice);
            if ui.small_button("Close").clicked() {
                close = true;
            }
        });
    });
    close
}

/// Every shortcut, as the help overlay (F1) lists them.
pub const SHORTCUTS: [(&str, &str); 16] = [
    ("Ctrl+O", "Open a view or a tour"),
    ("Ctrl+Shift+S", "Save the view"),
    ("Ctrl+E", "Export the map as PNG (window size)"),
    ("Ctrl+F", "Find a country"),
    ("1 – 5", "Region presets"),
    (
        "Space",
        "Play / pause the years (steps a tour while one plays)",
    ),
    (
        "Left / Right arrow",
        "Step the year when the slider has focus",
    ),
    ("+ / −", "Zoom the map"),
    ("F11", "Presentation mode"),
    ("F1", "This help"),
    ("Right arrow, Page Down, Space", "Tour: next step"),
    ("Left arrow, Page Up", "Tour: previous step"),
    ("Home / End", "Tour: first / last step"),
    ("Esc", "Tour: leave, back to your view"),
    ("Drop a file", "Open a view, a tour or a data folder"),
    ("Ctrl + / Ctrl −", "Make everything larger / smaller"),
];

/// The help overlay (F1): every shortcut and what it does.
pub fn help(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
            ui.label("Every shortcut is also in a menu or a button.");
        });
}

/// The countries whose name or code contains `text` (case-insensitive),
/// by name, at most `max`.
pub fn matching_countries(dataset: &Dataset, text: &str, max: usize) -> Vec<CountryCode> {
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(&str, CountryCode)> = dataset
        .countries
        .values()
        .filter(|c| {
            c.name.to_lowercase().contains(&needle) || c.code.as_str().eq_ignore_ascii_case(&needle)
        })
        .map(|c| (c.name.as_str(), c.code))
        .collect();
    // Names that start with the text first, then by name.
    found.sort_by_key(|(name, _)| (!name.to_lowercase().starts_with(&needle), *name));
    found.into_iter().take(max).map(|(_, code)| code).collect()
}

/// The commands that find a country: select it and centre the map on its
/// capital (where the data has one), keeping the zoom.
pub fn find_commands(dataset: &Dataset, state: &State, code: CountryCode) -> Vec<Command> {
    let mut commands = vec![Command::Select(Selection::country(code))];
    let capital = dataset
        .countries
        .get(&code)
        .and_then(|c| c.capital.as_ref())
        .and_then(|id| dataset.places.get(id));
    if let Some(place) = capital {
        commands.push(Command::SetCamera(Camera {
            center: [place.lon, place.lat],
            zoom: state.camera.zoom,
        }));
    }
    commands
}

/// The "find a country" field (Ctrl+F): type a name, Enter or a click
/// picks a country. Returns the commands and whether the field stays open.
pub fn find_country(
    ctx: &egui::Context,
    text: &mut String,
    dataset: &Dataset,
    state: &State,
) -> (Vec<Command>, bool) {
    let mut commands = Vec::new();
    let mut open = true;
    let mut keep = true;
    egui::Window::new("Find a country")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
        .show(ctx, |ui| {
            let label = ui.label("Country name:");
            let edit = ui
                .add(egui::TextEdit::singleline(text).desired_width(260.0))
                .labelled_by(label.id);
            if !edit.has_focus() && !edit.lost_focus() && text.is_empty() {
                edit.request_focus();
            }
            let found = matching_countries(dataset, text, 8);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let mut chosen = if enter { found.first().copied() } else { None };
            for code in &found {
                let name = dataset
                    .countries
                    .get(code)
                    .map_or_else(|| code.to_string(), |c| c.name.clone());
                if ui.button(name).clicked() {
                    chosen = Some(*code);
                }
            }
            if !text.trim().is_empty() && found.is_empty() {
                ui.label("No country has this name in the data.");
            }
            if let Some(code) = chosen {
                commands.extend(find_commands(dataset, state, code));
                keep = false;
            }
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                keep = false;
            }
        });
    (commands, keep && open)
}

/// The answer to the offer to restore unsaved edits from a crashed session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Bring the edits back, as unsaved edits.
    Restore,
    /// Drop them (the recovery file is removed).
    Discard,
}

/// The offer shown at the start when the last session ended with unsaved
/// edits (a crash, a kill, a power cut): what would come back, file by
/// file (`lines`), for `data` (the folder or the bundled data).
pub fn recovery_offer(ctx: &egui::Context, data: &str, lines: &[String]) -> Option<RecoveryAnswer> {
    let mut answer = None;
    egui::Window::new("Restore unsaved edits?")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(format!(
                "The last session ended with edits to {data} that were not saved. Restoring brings back:"
            ));
            for line in lines {
                ui.label(format!("• {line}"));
            }
            ui.label("Restored edits are unsaved until you save them.");
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    answer = Some(RecoveryAnswer::Restore);
                }
                if ui.button("Discard").clicked() {
                    answer = Some(RecoveryAnswer::Discard);
                }
            });
        });
    answer
}
