//! Files in and out of the window: the File menu, dropped files, the
//! typed-path prompt (where no file dialog can open), finding a country,
//! the offer to restore unsaved edits. The shortcuts are in [`super::keys`].

use std::borrow::Cow;
use std::path::PathBuf;

use egui::{Key, RichText, Ui};

use super::DataInfo;
use super::keys::{self, Action, Menu};
use crate::command::{Command, FileCommand};
use crate::i18n::{tr, trf};
use crate::model::{CountryCode, Dataset};
use crate::state::{Camera, Selection, State};

/// The sizes a PNG can be exported at, in pixels, beyond the window's size
/// (Ctrl+E, [`Action::ExportPng`]).
pub const PNG_SIZES: [[u32; 2]; 2] = [[1920, 1080], [3840, 2160]];

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
    // The space a menu gives is as wide as its widest entry; the preview
    // (and what it says it is) is exactly the figure's shape within it.
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(PREVIEW_WIDTH, list.size[1] * s),
        egui::Sense::hover(),
    );
    let response = ui.interact(
        rect,
        ui.scope_id().with("export-preview"),
        egui::Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Image,
            true,
            tr("file-export-preview", "Export preview"),
        )
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
    let title = trf(
        "file-preview-title",
        "Title: { $title }",
        &[("title", &title.join(" "))],
    );
    ui.add(egui::Label::new(RichText::new(title).small()).wrap());
}

/// The File menu: open, save, import, export, recent views, quit. Saving
/// the data and importing are editing: not in presentation mode.
pub fn file_menu(ui: &mut Ui, state: &State, info: &DataInfo<'_>, editing: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut item_commands = Vec::new();
    ui.menu_button(Menu::File.label(), |ui| {
        let mut item = |ui: &mut Ui, label: Cow<'_, str>, c| {
            if ui.button(label).clicked() {
                commands.push(Command::File(c));
                ui.close();
            }
        };
        item_commands.extend(keys::menu_item(ui, state, Action::Open, true));
        item(
            ui,
            tr("file-open-view", "Open view…"),
            FileCommand::OpenView,
        );
        item(
            ui,
            tr("file-open-data-folder", "Open data folder…"),
            FileCommand::OpenDataFolder,
        );
        ui.separator();
        item_commands.extend(keys::menu_item(ui, state, Action::SaveView, true));
        if editing {
            item_commands.extend(keys::menu_item(ui, state, Action::SaveData, info.unsaved));
            if ui
                .button(tr("file-import", "Import…"))
                .on_hover_text(tr(
                    "file-import-hover",
                    "Add records from CSV (relations, memberships, COW, UN votes) or GeoJSON files",
                ))
                .clicked()
            {
                item_commands.push(Command::AskImport);
                ui.close();
            }
        }
        ui.separator();
        item_commands.extend(keys::menu_item(ui, state, Action::ExportPng, true));
        for [w, h] in PNG_SIZES {
            item(
                ui,
                Cow::Owned(trf(
                    "file-export-figure-size",
                    "Export figure { $width }×{ $height }…",
                    &[("width", &w), ("height", &h)],
                )),
                FileCommand::ExportPng(Some([w, h])),
            );
        }
        if let Some(preview) = info.export_preview {
            export_preview(ui, &preview(ui.ctx()));
        }
        item(
            ui,
            tr("file-export-csv", "Export data shown as CSV…"),
            FileCommand::ExportCsv,
        );
        item(
            ui,
            tr("file-export-json", "Export data shown as JSON…"),
            FileCommand::ExportJson,
        );
        item(
            ui,
            tr("anim-menu", "Export animation…"),
            FileCommand::ExportAnimation,
        );
        if let Some(path) = recent_files(
            ui,
            &tr("file-recent-views", "Recent views"),
            info.recent_views,
        ) {
            item_commands.push(Command::File(FileCommand::OpenPath(path)));
        }
        ui.separator();
        item_commands.extend(keys::menu_item(ui, state, Action::Quit, true));
    });
    commands.extend(item_commands);
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

/// What a typed path is asked for: the question, the kind of file (the
/// placeholder names it), the extension added when the name has none, the
/// name proposed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromptSpec {
    /// The question ("Export the map as PNG").
    pub title: String,
    /// What kind of file or folder ("PNG image", "data folder").
    pub kind: String,
    /// Added to a name that does not end with it (`.png`, `.view.json`);
    /// `None` for folders and files that exist.
    pub extension: Option<&'static str>,
    /// The name proposed, selected so typing replaces it.
    pub proposed: String,
}

/// `typed` as a path, with `extension` added unless the name ends with it
/// or with its last part (`lesson.json` is kept for `.view.json`; the case
/// of the letters does not matter). `extension` may list alternatives
/// separated by spaces (`.png .svg .pdf`): a name ending with any of them
/// is kept, the first is added to one ending with none.
pub fn with_extension(typed: &str, extension: Option<&str>) -> PathBuf {
    let typed = typed.trim();
    let Some(ext) = extension else {
        return PathBuf::from(typed);
    };
    let mut alternatives = ext.split_whitespace();
    let ext = alternatives.next().unwrap_or(ext);
    let lower = typed.to_lowercase();
    if alternatives.any(|alt| lower.ends_with(&alt.to_lowercase())) {
        return PathBuf::from(typed);
    }
    let last = ext.rfind('.').map_or(ext, |i| &ext[i..]);
    if lower.ends_with(&ext.to_lowercase()) || lower.ends_with(&last.to_lowercase()) {
        PathBuf::from(typed)
    } else {
        PathBuf::from(format!("{typed}{ext}"))
    }
}

/// Where no file dialog can open (no desktop portal, no zenity): a small
/// window asking for the path to be typed. The field takes the keyboard
/// when it opens (typing never reaches the map's shortcuts), holds the
/// proposed name selected, names the kind of file in its placeholder, and
/// the extension is added to a name without it. `focused`: the field was
/// given the keyboard already.
pub fn path_prompt(
    ctx: &egui::Context,
    spec: &PromptSpec,
    text: &mut String,
    focused: &mut bool,
) -> PromptOutcome {
    let mut outcome = PromptOutcome::Typing;
    if !*focused && text.is_empty() {
        text.clone_from(&spec.proposed);
    }
    egui::Window::new(tr("prompt-title", "Type a path"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.label(trf(
                "prompt-question",
                "{ $title }: no file dialog can open here; type the path.",
                &[("title", &spec.title)],
            ));
            ui.horizontal(|ui| {
                let label = ui.label(tr("prompt-path", "Path:"));
                let hint = trf("prompt-hint", "/path/to/{ $kind }", &[("kind", &spec.kind)]);
                let output = egui::TextEdit::singleline(text)
                    .hint_text(hint)
                    .desired_width(360.0)
                    .show(ui);
                let edit = output.response.response.labelled_by(label.id);
                if !*focused {
                    edit.request_focus();
                    // The proposed name selected: typing replaces it.
                    let mut state = output.state;
                    let all = egui::text::CCursorRange::two(
                        egui::text::CCursor::new(0),
                        egui::text::CCursor::new(text.chars().count()),
                    );
                    state.cursor.set_char_range(Some(all));
                    state.store(ctx, edit.id);
                    *focused = true;
                }
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                if (ui.button(tr("prompt-ok", "OK")).clicked() || enter) && !text.trim().is_empty()
                {
                    outcome = PromptOutcome::Path(with_extension(text, spec.extension));
                }
                if ui.button(tr("cancel", "Cancel")).clicked()
                    || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    outcome = PromptOutcome::Cancel;
                }
            });
            if !text.trim().is_empty() {
                let path = with_extension(text, spec.extension);
                let shown = if path.is_relative() {
                    std::env::current_dir().map_or_else(|_| path.clone(), |dir| dir.join(&path))
                } else {
                    path
                };
                ui.label(
                    RichText::new(trf(
                        "prompt-will-be",
                        "Will be written as { $path }",
                        &[("path", &shown.display())],
                    ))
                    .small()
                    .weak(),
                );
            }
        });
    outcome
}

/// The countries whose name (as shown, or as the data writes it) or code
/// contains `text` (case-insensitive), by name as shown, at most `max`.
pub fn matching_countries(dataset: &Dataset, text: &str, max: usize) -> Vec<CountryCode> {
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(String, CountryCode)> = dataset
        .countries
        .values()
        .filter(|c| {
            c.display_name().to_lowercase().contains(&needle)
                || c.name.to_lowercase().contains(&needle)
                || c.code.as_str().eq_ignore_ascii_case(&needle)
        })
        .map(|c| (c.display_name().into_owned(), c.code))
        .collect();
    // Names that start with the text first, then by name.
    found.sort_by_cached_key(|(name, _)| (!name.to_lowercase().starts_with(&needle), name.clone()));
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
    egui::Window::new(tr("find-title", "Find a country"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
        .show(ctx, |ui| {
            let label = ui.label(tr("find-label", "Country name:"));
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
                    .map_or_else(|| code.to_string(), |c| c.display_name().into_owned());
                if ui.button(name).clicked() {
                    chosen = Some(*code);
                }
            }
            if !text.trim().is_empty() && found.is_empty() {
                ui.label(tr("find-none", "No country has this name in the data."));
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
    egui::Window::new(tr("recovery-title", "Restore unsaved edits?"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(trf(
                "recovery-explain",
                "The last session ended with edits to { $data } that were not saved. Restoring brings back:",
                &[("data", &data)],
            ));
            for line in lines {
                ui.label(format!("• {line}"));
            }
            ui.label(tr(
                "recovery-unsaved",
                "Restored edits are unsaved until you save them.",
            ));
            ui.horizontal(|ui| {
                if ui.button(tr("recovery-restore", "Restore")).clicked() {
                    answer = Some(RecoveryAnswer::Restore);
                }
                if ui.button(tr("recovery-discard", "Discard")).clicked() {
                    answer = Some(RecoveryAnswer::Discard);
                }
            });
        });
    answer
}
