//! The one table of keyboard shortcuts ([`SHORTCUTS`]). The key handling
//! ([`handle`]), the help overlay (F1) and the menus all read it, so a
//! shortcut cannot be handled without being listed, or listed under other
//! keys than the ones that work, or missing from its menu (a test walks the
//! table through F1 and the menus).

use std::borrow::Cow;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::command::{Command, FileCommand, TourCommand};
use crate::i18n::tr;
use crate::state::{Camera, Preset, State};

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a view or a tour.
    Open,
    /// Save the view.
    SaveView,
    /// Save the data's changes.
    SaveData,
    /// Export the map as a figure (PNG, SVG or PDF) at the window's size.
    ExportPng,
    /// Close the window (asking first about unsaved changes).
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Find a country.
    Find,
    /// Clear the selection (the map's halo and the inspector).
    ClearSelection,
    /// Jump to a region preset.
    Preset(Preset),
    /// Play or pause the years.
    PlayYears,
    /// Presentation mode on or off.
    Presentation,
    /// Zoom the map in.
    ZoomIn,
    /// Zoom the map out.
    ZoomOut,
    /// Everything larger (text, panels).
    Larger,
    /// Everything smaller.
    Smaller,
    /// Everything at its normal size.
    NormalSize,
    /// List the shortcuts.
    Help,
    /// Tour: next step.
    TourNext,
    /// Tour: previous step.
    TourPrevious,
    /// Tour: first step.
    TourFirst,
    /// Tour: last step.
    TourLast,
    /// Tour: leave, back to the view the user had.
    TourLeave,
}

/// The menu of the toolbar an action is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Tours.
    Tours,
    /// Help.
    Help,
}

impl Menu {
    /// The menu's name in the toolbar.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::File => tr("menu-file", "File"),
            Self::Edit => tr("menu-edit", "Edit"),
            Self::View => tr("menu-view", "View"),
            Self::Tours => tr("menu-tours", "Tours"),
            Self::Help => tr("menu-help", "Help"),
        }
    }
}

/// When a shortcut's keys act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Always, even while a text field has the keyboard (its modifiers
    /// keep it from being typing).
    Always,
    /// When no text field has the keyboard (typing is never a shortcut).
    NotTyping,
    /// When no text field has the keyboard and no tour plays.
    NoTour,
    /// While a tour plays (before any widget, so the keys do not also
    /// move a slider).
    TourPlaying,
}

/// One shortcut: its keys (the first is the one menus show), what it does,
/// when it acts.
#[derive(Clone, Copy, Debug)]
pub struct Shortcut {
    /// The keys; any of them does it.
    pub keys: &'static [KeyboardShortcut],
    /// What it does.
    pub action: Action,
    /// When the keys act.
    pub when: When,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn shortcut(keys: &'static [KeyboardShortcut], action: Action, when: When) -> Shortcut {
    Shortcut { keys, action, when }
}

/// Every keyboard shortcut of the window.
pub const SHORTCUTS: [Shortcut; 27] = [
    shortcut(&[key(CTRL, Key::O)], Action::Open, When::NotTyping),
    shortcut(&[key(CTRL_SHIFT, Key::S)], Action::SaveView, When::Always),
    shortcut(&[key(CTRL, Key::S)], Action::SaveData, When::Always),
    shortcut(&[key(CTRL, Key::E)], Action::ExportPng, When::NotTyping),
    shortcut(&[key(CTRL, Key::Q)], Action::Quit, When::Always),
    shortcut(&[key(CTRL, Key::Z)], Action::Undo, When::NotTyping),
    shortcut(
        &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)],
        Action::Redo,
        When::NotTyping,
    ),
    shortcut(&[key(CTRL, Key::F)], Action::Find, When::NotTyping),
    shortcut(
        &[key(NONE, Key::Num1)],
        Action::Preset(Preset::ALL[0]),
        When::NotTyping,
    ),
    shortcut(
        &[key(NONE, Key::Num2)],
        Action::Preset(Preset::ALL[1]),
        When::NotTyping,
    ),
    shortcut(
        &[key(NONE, Key::Num3)],
        Action::Preset(Preset::ALL[2]),
        When::NotTyping,
    ),
    shortcut(
        &[key(NONE, Key::Num4)],
        Action::Preset(Preset::ALL[3]),
        When::NotTyping,
    ),
    shortcut(
        &[key(NONE, Key::Num5)],
        Action::Preset(Preset::ALL[4]),
        When::NotTyping,
    ),
    shortcut(&[key(NONE, Key::Space)], Action::PlayYears, When::NoTour),
    shortcut(
        &[key(NONE, Key::Escape)],
        Action::ClearSelection,
        When::NoTour,
    ),
    shortcut(&[key(NONE, Key::F11)], Action::Presentation, When::Always),
    shortcut(
        &[key(NONE, Key::Plus), key(NONE, Key::Equals)],
        Action::ZoomIn,
        When::NotTyping,
    ),
    shortcut(&[key(NONE, Key::Minus)], Action::ZoomOut, When::NotTyping),
    shortcut(
        &[key(CTRL, Key::Plus), key(CTRL, Key::Equals)],
        Action::Larger,
        When::Always,
    ),
    shortcut(&[key(CTRL, Key::Minus)], Action::Smaller, When::Always),
    shortcut(&[key(CTRL, Key::Num0)], Action::NormalSize, When::Always),
    shortcut(&[key(NONE, Key::F1)], Action::Help, When::Always),
    shortcut(
        &[
            key(NONE, Key::ArrowRight),
            key(NONE, Key::PageDown),
            key(NONE, Key::Space),
        ],
        Action::TourNext,
        When::TourPlaying,
    ),
    shortcut(
        &[key(NONE, Key::ArrowLeft), key(NONE, Key::PageUp)],
        Action::TourPrevious,
        When::TourPlaying,
    ),
    shortcut(
        &[key(NONE, Key::Home)],
        Action::TourFirst,
        When::TourPlaying,
    ),
    shortcut(&[key(NONE, Key::End)], Action::TourLast, When::TourPlaying),
    shortcut(
        &[key(NONE, Key::Escape)],
        Action::TourLeave,
        When::TourPlaying,
    ),
];

/// How much one press of + or − zooms the map.
pub const ZOOM_STEP: f64 = 1.25;

impl Action {
    /// The shortcut of this action, if it has one.
    pub fn shortcut(self) -> Option<&'static Shortcut> {
        SHORTCUTS.iter().find(|s| s.action == self)
    }

    /// The menu the action is in.
    pub fn menu(self) -> Menu {
        match self {
            Self::Open | Self::SaveView | Self::SaveData | Self::ExportPng | Self::Quit => {
                Menu::File
            }
            Self::Undo | Self::Redo => Menu::Edit,
            Self::Find
            | Self::ClearSelection
            | Self::Preset(_)
            | Self::PlayYears
            | Self::Presentation
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::Larger
            | Self::Smaller
            | Self::NormalSize => Menu::View,
            Self::Help => Menu::Help,
            Self::TourNext
            | Self::TourPrevious
            | Self::TourFirst
            | Self::TourLast
            | Self::TourLeave => Menu::Tours,
        }
    }

    /// The action's entry in its menu.
    pub fn menu_label(self) -> Cow<'static, str> {
        match self {
            Self::Open => tr("action-open", "Open view or tour…"),
            Self::SaveView => tr("action-save-view", "Save view…"),
            Self::SaveData => tr("action-save-data", "Save changes to the data"),
            Self::ExportPng => tr("action-export-figure", "Export figure (window size)…"),
            Self::Quit => tr("action-quit", "Quit"),
            Self::Undo => tr("action-undo", "Undo"),
            Self::Redo => tr("action-redo", "Redo"),
            Self::Find => tr("action-find", "Find a country…"),
            Self::ClearSelection => tr("action-clear-selection", "Clear the selection"),
            Self::Preset(preset) => preset_label(preset),
            Self::PlayYears => tr("action-play-years", "Play / pause the years"),
            Self::Presentation => tr("action-presentation", "Presentation mode"),
            Self::ZoomIn => tr("action-zoom-in", "Zoom the map in"),
            Self::ZoomOut => tr("action-zoom-out", "Zoom the map out"),
            Self::Larger => tr("action-larger", "Everything larger"),
            Self::Smaller => tr("action-smaller", "Everything smaller"),
            Self::NormalSize => tr("action-normal-size", "Everything at normal size"),
            Self::Help => tr("action-help", "Keyboard shortcuts"),
            Self::TourNext => tr("action-tour-next", "Next step"),
            Self::TourPrevious => tr("action-tour-previous", "Previous step"),
            Self::TourFirst => tr("action-tour-first", "First step"),
            Self::TourLast => tr("action-tour-last", "Last step"),
            Self::TourLeave => tr("action-tour-leave", "Leave the tour"),
        }
    }

    /// What the help overlay (F1) says the shortcut does.
    pub fn help_text(self) -> Cow<'static, str> {
        match self {
            Self::Open => tr("help-open", "Open a view or a tour"),
            Self::SaveView => tr("help-save-view", "Save the view"),
            Self::SaveData => tr(
                "help-save-data",
                "Save the changes to the data (a new folder for the bundled data)",
            ),
            Self::ExportPng => tr(
                "help-export-figure",
                "Export the map as a figure: PNG, SVG or PDF (window size)",
            ),
            Self::Quit => tr("help-quit", "Quit (asks first when changes are not saved)"),
            Self::Undo => tr("help-undo", "Undo the last edit"),
            Self::Redo => tr("help-redo", "Redo the edit undone"),
            Self::Find => tr("help-find", "Find a country"),
            Self::ClearSelection => tr(
                "help-clear-selection",
                "Clear the selection (the halo on the map, the inspector)",
            ),
            Self::Preset(preset) => preset_label(preset),
            Self::PlayYears => tr("help-play-years", "Play / pause the years"),
            Self::Presentation => tr(
                "help-presentation",
                "Presentation mode: hide the panels, enlarge everything",
            ),
            Self::ZoomIn => tr("help-zoom-in", "Zoom the map in"),
            Self::ZoomOut => tr("help-zoom-out", "Zoom the map out"),
            Self::Larger => tr("help-larger", "Make everything larger"),
            Self::Smaller => tr("help-smaller", "Make everything smaller"),
            Self::NormalSize => tr("help-normal-size", "Everything at its normal size"),
            Self::Help => tr("help-help", "This list of shortcuts"),
            Self::TourNext => tr("help-tour-next", "Tour: next step"),
            Self::TourPrevious => tr("help-tour-previous", "Tour: previous step"),
            Self::TourFirst => tr("help-tour-first", "Tour: first step"),
            Self::TourLast => tr("help-tour-last", "Tour: last step"),
            Self::TourLeave => tr("help-tour-leave", "Tour: leave, back to your view"),
        }
    }

    /// The commands the action gives (some act on the window directly:
    /// the size of everything is egui's zoom, not part of the state).
    pub fn commands(self, ctx: &egui::Context, state: &State) -> Vec<Command> {
        let zoom_map = |factor: f64| {
            vec![Command::SetCamera(Camera {
                center: state.camera.center,
                zoom: Camera::clamp_zoom(state.camera.zoom * factor),
            })]
        };
        match self {
            Self::Open => vec![Command::File(FileCommand::Open)],
            Self::SaveView => vec![Command::File(FileCommand::SaveView)],
            Self::SaveData => vec![Command::Save],
            Self::ExportPng => vec![Command::File(FileCommand::ExportPng(None))],
            Self::Quit => vec![Command::Quit],
            Self::Undo => vec![Command::Undo],
            Self::Redo => vec![Command::Redo],
            Self::Find => vec![Command::File(FileCommand::Find)],
            Self::ClearSelection => vec![Command::Select(crate::state::Selection::default())],
            Self::Preset(preset) => vec![Command::SetPreset(preset)],
            Self::PlayYears => vec![Command::TogglePlay],
            Self::Presentation => vec![Command::SetPanels(!state.show_panels)],
            Self::ZoomIn => zoom_map(ZOOM_STEP),
            Self::ZoomOut => zoom_map(1.0 / ZOOM_STEP),
            Self::Larger => {
                egui::gui_zoom::zoom_in(ctx);
                Vec::new()
            }
            Self::Smaller => {
                egui::gui_zoom::zoom_out(ctx);
                Vec::new()
            }
            Self::NormalSize => {
                // Normal for the mode: presentation mode stays enlarged.
                let normal = if state.show_panels {
                    1.0
                } else {
                    super::PRESENTATION_ZOOM
                };
                ctx.set_zoom_factor(normal);
                Vec::new()
            }
            Self::Help => vec![Command::File(FileCommand::Help)],
            Self::TourNext => vec![Command::Tour(TourCommand::Next)],
            Self::TourPrevious => vec![Command::Tour(TourCommand::Previous)],
            Self::TourFirst => vec![Command::Tour(TourCommand::First)],
            Self::TourLast => vec![Command::Tour(TourCommand::Last)],
            Self::TourLeave => vec![Command::Tour(TourCommand::Leave)],
        }
    }
}

/// A preset's name, as the View menu and F1 list it.
pub fn preset_label(preset: Preset) -> Cow<'static, str> {
    match preset {
        Preset::CentralAsia => tr("preset-central-asia", "Central Asia"),
        Preset::SouthCaucasus => tr("preset-south-caucasus", "South Caucasus"),
        Preset::Caspian => tr("preset-caspian", "Caspian basin"),
        Preset::Region => tr("preset-region", "Whole region"),
        Preset::World => tr("preset-world", "World"),
    }
}

impl Shortcut {
    /// The keys as text, as the platform writes them ("Ctrl+Shift+S"),
    /// the alternatives joined by ", ".
    pub fn keys_text(&self, ctx: &egui::Context) -> String {
        self.keys
            .iter()
            .map(|k| ctx.format_shortcut(k))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The shortcuts' commands this frame: each shortcut whose keys were
/// pressed, when its [`When`] holds. The keys with the most modifiers are
/// taken first (Ctrl+Shift+S is not also Ctrl+S). `tour_playing` selects
/// the tour's keys instead of the map's and the years'.
pub fn handle(ctx: &egui::Context, state: &State, tour_playing: bool) -> Vec<Command> {
    let typing = ctx.egui_wants_keyboard_input();
    let mut order: Vec<(&Shortcut, &KeyboardShortcut)> = SHORTCUTS
        .iter()
        .filter(|s| match s.when {
            When::Always => true,
            When::NotTyping => !typing,
            When::NoTour => !typing && !tour_playing,
            When::TourPlaying => !typing && tour_playing,
        })
        .flat_map(|s| s.keys.iter().map(move |k| (s, k)))
        .collect();
    order.sort_by_key(|(_, k)| std::cmp::Reverse(modifier_count(k.modifiers)));
    let mut actions = Vec::new();
    ctx.input_mut(|i| {
        for (s, k) in order {
            while i.consume_shortcut(k) {
                actions.push(s.action);
            }
        }
    });
    actions
        .into_iter()
        .flat_map(|a| a.commands(ctx, state))
        .collect()
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.command || m.ctrl) + u8::from(m.shift) + u8::from(m.alt)
}

/// A menu entry for `action`, with its shortcut's keys beside it; the
/// commands when clicked (the menu closes then).
pub fn menu_item(ui: &mut egui::Ui, state: &State, action: Action, enabled: bool) -> Vec<Command> {
    menu_item_named(ui, state, action, enabled, action.menu_label().into_owned())
}

/// [`menu_item`] with its own label (Undo naming what it undoes).
pub fn menu_item_named(
    ui: &mut egui::Ui,
    state: &State,
    action: Action,
    enabled: bool,
    label: String,
) -> Vec<Command> {
    let mut button = egui::Button::new(label);
    if let Some(s) = action.shortcut()
        && let Some(first) = s.keys.first()
    {
        button = button.shortcut_text(ui.ctx().format_shortcut(first));
    }
    if ui.add_enabled(enabled, button).clicked() {
        ui.close();
        return action.commands(ui.ctx(), state);
    }
    Vec::new()
}

/// The help overlay (F1): every shortcut of [`SHORTCUTS`] and what it
/// does, and the keys of widgets.
pub fn help(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr("help-title", "Keyboard shortcuts"))
        .open(open)
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.7)
                .show(ui, |ui| {
                    egui::Grid::new("shortcuts")
                        .num_columns(2)
                        .striped(true)
                        .show(ui, |ui| {
                            for s in &SHORTCUTS {
                                ui.strong(s.keys_text(ctx));
                                ui.label(s.action.help_text());
                                ui.end_row();
                            }
                            for (keys, what) in [
                                (
                                    tr("help-keys-slider", "Left / Right arrow"),
                                    tr("help-slider", "Step the year when the slider has focus"),
                                ),
                                (
                                    tr("help-keys-drop", "Drop a file"),
                                    tr("help-drop", "Open a view, a tour or a data folder"),
                                ),
                            ] {
                                ui.strong(keys);
                                ui.label(what);
                                ui.end_row();
                            }
                        });
                });
            ui.label(tr(
                "help-menus",
                "Every shortcut is also in a menu, with its keys beside it.",
            ));
        });
}
