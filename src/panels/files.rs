//! Files in and out of the window: the File menu, the keyboard shortcuts,
//! dropped files, the typed-path prompt (where no file dialog can open),
//! the notice line saying how a file action went, and the help overlay.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::command::{Command, FileCommand};
use crate::state::Preset;

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

/// The File menu.
pub fn file_menu(ui: &mut Ui, recent_views: &[PathBuf]) -> Vec<Command> {
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
        if !recent_views.is_empty() {
            ui.separator();
            ui.label(RichText::new("Recent views").weak());
            for path in recent_views {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                if ui
                    .button(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    commands.push(Command::File(FileCommand::OpenPath(path.clone())));
                    ui.close();
                }
            }
        }
    });
    commands
}

/// Files dropped on the window: each opened by what it is (see
/// [`FileCommand::OpenPath`]).
pub fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| Command::File(FileCommand::OpenPath(f.path().to_path_buf())))
            .collect()
    })
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
