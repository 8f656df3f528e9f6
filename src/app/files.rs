//! The window's files: what each file question is for ([`Purpose`]),
//! opening views, tours and data folders by what they are, saving a view or
//! a tour, exporting the map as PNG and the data shown as CSV or JSON, files
//! dropped on the window, and the recent files.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use super::HeartlandApp;
use super::dialogs::{DialogKind, DialogRequest};
use crate::command::{FileCommand, TourSource};
use crate::data;
use crate::export::{Export, ExportFormat};
use crate::i18n::{Message, tr, trf};
use crate::panels::files::{PromptSpec, with_extension};
use crate::state::{Preset, State, View};
use crate::tour::{self, Tour};

pub use crate::panels::files::is_importable_data_file;

/// How many recent files of each kind are remembered.
const RECENT_MAX: usize = 8;

/// Files opened or saved lately, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Recent {
    /// `*.tour.json` files.
    pub tours: Vec<PathBuf>,
    /// `*.view.json` files.
    pub views: Vec<PathBuf>,
}

impl Recent {
    /// Put `path` first in `list` (once), keeping [`RECENT_MAX`].
    pub(super) fn push(list: &mut Vec<PathBuf>, path: &Path) {
        list.retain(|p| p != path);
        list.insert(0, path.to_path_buf());
        list.truncate(RECENT_MAX);
    }
}

/// What a file dialog's answer is for: the action that continues with the
/// path chosen (or typed, where no dialog can open).
#[derive(Clone, Debug)]
pub enum Purpose {
    /// Open a view or a tour (by its name).
    OpenAny,
    /// Open a view.
    OpenView,
    /// Open and play a tour.
    OpenTour,
    /// Load a data folder.
    OpenDataFolder,
    /// Save this view.
    SaveView(Box<View>),
    /// Save this tour.
    SaveTour(Tour),
    /// Export this state as PNG at this size (`None`: the map's size).
    ExportPng(Box<State>, Option<[u32; 2]>),
    /// Export the data shown as CSV into a folder.
    ExportCsv,
    /// Export the data shown as one JSON file.
    ExportJson,
    /// Write an animation of these years of this state.
    ExportAnimation(Box<super::animation::AnimationRequest>),
    /// Save the edited data into a new folder (the bundled data is never
    /// written).
    SaveInto,
    /// Import data files (CSV, GeoJSON).
    Import,
}

impl Purpose {
    /// The question put to the user.
    pub fn request(&self) -> DialogRequest {
        let view_files = tr("files-filter-view", "Heartland view");
        let tour_files = tr("files-filter-tour", "Heartland tour");
        match self {
            Self::SaveInto => DialogRequest::new(
                DialogKind::PickFolder,
                tr(
                    "files-dialog-save-into",
                    "Save the edited data into a new folder",
                ),
            ),
            Self::Import => DialogRequest::new(
                DialogKind::PickFiles,
                tr("files-dialog-import", "Import data files"),
            )
            .filter("CSV, GeoJSON", &["csv", "geojson", "json"]),
            Self::OpenAny => DialogRequest::new(
                DialogKind::PickFile,
                tr("files-dialog-open-any", "Open a view or a tour"),
            )
            .filter(
                &tr("files-filter-view-or-tour", "Heartland views and tours"),
                &["json"],
            ),
            Self::OpenView => DialogRequest::new(
                DialogKind::PickFile,
                tr("files-dialog-open-view", "Open a view"),
            )
            .filter(&view_files, &["json"]),
            Self::OpenTour => DialogRequest::new(
                DialogKind::PickFile,
                tr("files-dialog-open-tour", "Open a tour"),
            )
            .filter(&tour_files, &["json"]),
            Self::OpenDataFolder => DialogRequest::new(
                DialogKind::PickFolder,
                tr("files-dialog-open-folder", "Open a data folder"),
            ),
            Self::SaveView(view) => DialogRequest::new(
                DialogKind::SaveFile,
                tr("files-dialog-save-view", "Save the view"),
            )
            .filter(&view_files, &["json"])
            .file_name(format!(
                "{}.view.json",
                default_stem(view.preset.map(Preset::id), view.year)
            )),
            Self::SaveTour(t) => DialogRequest::new(
                DialogKind::SaveFile,
                tr("files-dialog-save-tour", "Save the tour"),
            )
            .filter(&tour_files, &["json"])
            .file_name(format!("{}.tour.json", tour::slug(&t.title))),
            // One dialog, the format chosen by the file type (issue 23).
            Self::ExportPng(state, _) => DialogRequest::new(
                DialogKind::SaveFile,
                tr(
                    "files-dialog-export-figure",
                    "Export the map as PNG, SVG or PDF",
                ),
            )
            .filter(&tr("files-filter-png", "PNG image"), &["png"])
            .filter(&tr("files-filter-svg", "SVG drawing"), &["svg"])
            .filter(&tr("files-filter-pdf", "PDF document"), &["pdf"])
            .file_name(format!(
                "heartland-{}.png",
                default_stem(state.preset.map(Preset::id), Some(state.year))
            )),
            Self::ExportCsv => DialogRequest::new(
                DialogKind::PickFolder,
                tr(
                    "files-dialog-export-csv",
                    "Export the data shown as CSV (choose a folder)",
                ),
            ),
            Self::ExportJson => DialogRequest::new(
                DialogKind::SaveFile,
                tr("files-dialog-export-json", "Export the data shown as JSON"),
            )
            .filter("JSON", &["json"])
            .file_name("heartland-export.json"),
            Self::ExportAnimation(request) => request.dialog(),
        }
    }
}

/// A file name without extension for what a view shows: the region's and
/// the year's ("central-asia-2022"), or "map".
fn default_stem(region: Option<&str>, year: Option<i32>) -> String {
    let region = region.map_or_else(|| "map".to_owned(), tour::slug);
    match year {
        Some(year) => format!("{region}-{year}"),
        None => region,
    }
}

impl Purpose {
    /// The typed-path question, where no dialog can open: the kind of file
    /// (named in the placeholder), the extension added to a bare name, the
    /// name proposed.
    pub fn prompt_spec(&self) -> PromptSpec {
        let request = self.request();
        let (kind, extension) = match self {
            Self::SaveInto => (tr("kind-new-folder", "new data folder"), None),
            Self::Import => (tr("kind-import", "data.csv; other.geojson"), None),
            Self::OpenAny => (
                tr("kind-view-or-tour", "lesson.view.json or .tour.json"),
                None,
            ),
            Self::OpenView => (tr("kind-view", "lesson.view.json"), None),
            Self::OpenTour => (tr("kind-tour", "lesson.tour.json"), None),
            Self::OpenDataFolder => (tr("kind-data-folder", "data folder"), None),
            Self::SaveView(_) => (tr("kind-view", "lesson.view.json"), Some(".view.json")),
            Self::SaveTour(_) => (tr("kind-tour", "lesson.tour.json"), Some(".tour.json")),
            Self::ExportPng(..) => (tr("kind-png", "image.png"), Some(".png .svg .pdf")),
            Self::ExportCsv => (tr("kind-csv-folder", "folder for the CSV files"), None),
            Self::ExportJson => (tr("kind-json", "export.json"), Some(".json")),
            Self::ExportAnimation(_) => (tr("anim-kind", "animation.gif or .mp4"), Some(".gif")),
        };
        PromptSpec {
            title: request.title,
            kind: kind.into_owned(),
            extension,
            proposed: request.file_name.unwrap_or_default(),
        }
    }
}

/// A question to which the answer is a typed path (no dialog could open).
#[derive(Clone, Debug)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// What is typed so far.
    pub text: String,
    /// The field was given the keyboard (it takes it when it opens).
    pub focused: bool,
}

impl PathPrompt {
    /// The path the prompt would answer now (the extension added), if a
    /// path is typed.
    pub fn path(&self) -> Option<PathBuf> {
        (!self.text.trim().is_empty())
            .then(|| with_extension(&self.text, self.purpose.prompt_spec().extension))
    }
}

/// Read a view or tour file the user chose, as the command line does
/// ([`data::read_user_file`]): at most [`data::MAX_VIEW_BYTES`], read once
/// (a named pipe, a device or a folder is refused at once, so the window
/// never waits on one), byte-order marks skipped
/// ([`data::text::strip_boms`]); errors name the file.
pub(super) fn read_user_file(path: &Path) -> Result<Vec<u8>, String> {
    // `-` is standard input on the command line; in the window it can only
    // be a file of that name (reading the terminal would freeze it).
    let path = if path.as_os_str() == "-" {
        Path::new("./-")
    } else {
        path
    };
    // A named pipe or a device would hold the window (the command line
    // reads them: `heartland render --view PIPE`).
    if let Some(kind) = data::irregular_file_kind(path) {
        // The data layer's English words for the kind of file, in the
        // window's language.
        let kind = match kind {
            "a named pipe (FIFO)" => tr("files-kind-pipe", "a named pipe (FIFO)"),
            "a device" => tr("files-kind-device", "a device"),
            "a socket" => tr("files-kind-socket", "a socket"),
            "a folder" => tr("files-kind-folder", "a folder"),
            other => other.into(),
        };
        return Err(trf(
            "files-not-regular",
            "{ $file }: is { $kind }, not a regular file; the window opens view and tour files (a pipe can be read with `heartland render --view`)",
            &[("file", &path.display()), ("kind", &kind)],
        ));
    }
    let mut bytes = data::read_user_file(path, data::MAX_VIEW_BYTES)?;
    let boms = bytes.len() - data::text::strip_boms(&bytes).len();
    bytes.drain(..boms);
    Ok(bytes)
}

/// The state a view file shows: the view on the default state, as
/// `heartland render --view` draws it.
pub fn state_of_view(view: &View) -> State {
    let mut state = State::default();
    state.apply_view(view);
    state
}

impl HeartlandApp {
    /// Carry out a File menu command.
    pub(super) fn file_command(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::Open => self.ask(ctx, Purpose::OpenAny),
            FileCommand::OpenView => self.ask(ctx, Purpose::OpenView),
            FileCommand::OpenPath(path) => self.open_path(ctx, &path),
            FileCommand::OpenDataFolder => self.ask(ctx, Purpose::OpenDataFolder),
            FileCommand::SaveView => {
                self.ask(ctx, Purpose::SaveView(Box::new(self.state.to_view())));
            }
            FileCommand::ExportPng(size) => {
                let mut state = self.state.clone();
                state.fit_preset_pending = false;
                self.ask(ctx, Purpose::ExportPng(Box::new(state), size));
            }
            FileCommand::ExportCsv => self.ask(ctx, Purpose::ExportCsv),
            FileCommand::ExportJson => self.ask(ctx, Purpose::ExportJson),
            FileCommand::ExportAnimation => self.open_animation_window(),
            FileCommand::Find => {
                if self.ui.find.is_none() {
                    self.ui.find = Some(String::new());
                }
            }
            FileCommand::Help => self.ui.show_help = !self.ui.show_help,
        }
    }

    /// Open a file or folder by what it is: a view, a tour, a data folder.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if path.is_dir() {
            self.open_data_folder(path.to_path_buf(), ctx);
        } else if name.ends_with(".tour.json") {
            self.play_tour(ctx, TourSource::File(path.to_path_buf()));
        } else if name.ends_with(".json") {
            self.open_view(ctx, path);
        } else {
            self.open_other(path);
        }
    }

    /// Files that are neither views, tours nor folders (data files to
    /// import are dropped or imported, not opened).
    fn open_other(&mut self, path: &Path) {
        self.notify_error(Message::trf(
            "notice-open-other",
            "{ $file }: Heartland opens views (*.view.json), tours (*.tour.json) and data folders here",
            &[("file", &path.display())],
        ));
    }

    /// Show a view file; a bad file changes nothing and says why.
    pub(super) fn open_view(&mut self, ctx: &egui::Context, path: &Path) {
        let file = path.display().to_string();
        let view = read_user_file(path)
            .and_then(|bytes| View::from_json(&bytes, &file).map_err(|e| e.shown()));
        let view = match view {
            Ok(view) => view,
            Err(message) => {
                self.notify_error(Message::trf(
                    "notice-view-not-opened",
                    "The view cannot be opened: { $reason }",
                    &[("reason", &message)],
                ));
                return;
            }
        };
        let check = Tour {
            format: tour::TOUR_FORMAT,
            title: String::new(),
            author: String::new(),
            translations: std::collections::BTreeMap::new(),
            understated_format: None,
            steps: vec![tour::Step {
                title: String::new(),
                caption: String::new(),
                translations: std::collections::BTreeMap::new(),
                sources: Vec::new(),
                view: view.clone(),
            }],
        };
        let errors: Vec<String> = check
            .check_references(self.session.dataset(), &file)
            .into_iter()
            .map(|mut e| {
                e.location = e.location.trim_start_matches("steps[0].view.").to_owned();
                e.shown()
            })
            .collect();
        if !errors.is_empty() {
            self.notify_error(Message::trf(
                "notice-view-not-on-data",
                "The view cannot be opened on this data: { $reasons }",
                &[("reasons", &errors.join("; "))],
            ));
            return;
        }
        self.player = None;
        self.set_state(ctx, state_of_view(&view));
        Recent::push(&mut self.recent.views, path);
    }

    /// Write `view` to `path`; the notice says where, or why not.
    pub(super) fn save_view(&mut self, view: &View, path: &Path) {
        match data::save::write_file_atomic(path, view.to_json_pretty().as_bytes()) {
            Ok(()) => {
                Recent::push(&mut self.recent.views, path);
                self.notify(Message::trf(
                    "notice-view-saved",
                    "View saved to { $file }",
                    &[("file", &path.display())],
                ));
            }
            Err(e) => self.notify_error(Message::trf(
                "notice-view-not-saved",
                "The view was not saved: { $reason }",
                &[("reason", &e)],
            )),
        }
    }

    /// Write the editor's `tour` to `path`; the editor says where, or why
    /// not.
    pub(super) fn save_tour(&mut self, tour: &Tour, path: &Path) {
        match data::save::write_file_atomic(path, tour.to_json_pretty().as_bytes()) {
            Ok(()) => {
                Recent::push(&mut self.recent.tours, path);
                self.draft.message = Some(trf(
                    "files-tour-saved",
                    "Saved to { $file }",
                    &[("file", &path.display())],
                ));
            }
            Err(e) => {
                self.draft.message = Some(trf(
                    "files-tour-not-saved",
                    "Not saved: { $reason }",
                    &[("reason", &e)],
                ));
            }
        }
    }

    /// Write what the view shows as CSV files into the folder `path`, or as
    /// one JSON file `path`.
    pub(super) fn export_data(&mut self, format: ExportFormat, path: &Path) {
        let export = Export::of(self.session.dataset(), self.shown.last());
        match export.write(format, path) {
            Ok(files) => self.notify(Message::trn(
                "notice-exported-files",
                "Exported { $count } file to { $place }",
                "Exported { $count } files to { $place }",
                files.len(),
                &[("place", &path.display())],
            )),
            Err(e) => self.notify_error(Message::trf(
                "notice-export-failed",
                "The export failed: { $reason }",
                &[("reason", &e)],
            )),
        }
    }

    /// Render `state` with the headless renderer of `heartland render`
    /// (same size rule, same text scale) on another thread, and write it.
    pub(super) fn export_png(
        &mut self,
        ctx: &egui::Context,
        state: &State,
        size: Option<[u32; 2]>,
        path: PathBuf,
    ) {
        let size = size.unwrap_or_else(|| {
            let rect = self
                .map_cache
                .last_transform
                .map_or_else(|| ctx.content_rect(), |t| t.rect);
            let ppp = ctx.pixels_per_point();
            // Side by side, the window shows two maps of this size.
            let maps = if crate::render::panels::Panels::side_by_side(self.session.dataset(), state)
                .is_some()
            {
                2.0
            } else {
                1.0
            };
            [
                ((maps * rect.width() * ppp).round() as u32).max(16),
                ((rect.height() * ppp).round() as u32).max(16),
            ]
        });
        // Export what the window shows: its map's extent, whole.
        let framing = self
            .map_cache
            .last_transform
            .filter(|_| !state.fit_preset_pending)
            .map_or(crate::render::Framing::View, |t| {
                crate::render::Framing::Window {
                    map_size: [t.rect.width(), t.rect.height()],
                }
            });
        let geo = Arc::clone(self.scene.geo_arc());
        let dataset = Arc::clone(self.session.dataset_arc());
        let state = state.clone();
        let (tx, rx) = mpsc::channel();
        let repaint = ctx.clone();
        // The figure's words and names, and the message, in the window's
        // language (the locale is per thread).
        let locale = crate::i18n::locale();
        let spawned = std::thread::Builder::new()
            .name("heartland-export".to_owned())
            .spawn(move || {
                crate::i18n::set_locale(locale);
                let scale = crate::render::export_scale(size);
                // The format by the file's extension (PNG for another).
                let format =
                    crate::render::Format::of_path(&path).unwrap_or(crate::render::Format::Png);
                // Two moments side by side are exported as the window shows
                // them: two panels, one legend (as `heartland render` does).
                let panels = crate::render::panels::Panels::side_by_side(&dataset, &state);
                let result = match (format, panels) {
                    (_, Some(panels)) => crate::render::render_panels_to_file(
                        geo,
                        &dataset,
                        (&state, &panels),
                        (size, scale),
                        format,
                        &path,
                    ),
                    (crate::render::Format::Png, None) => crate::render::render_to_file(
                        geo,
                        &dataset,
                        &state,
                        (size, scale),
                        framing,
                        &path,
                    ),
                    (crate::render::Format::Svg | crate::render::Format::Pdf, None) => {
                        crate::render::render_vector_to_file(
                            geo,
                            &dataset,
                            &state,
                            (size, scale),
                            framing,
                            format,
                            &path,
                        )
                    }
                };
                let message = match result {
                    Ok(()) => Ok(Message::trf(
                        "files-figure-exported",
                        "Exported a { $width }×{ $height } { $format } to { $file }",
                        &[
                            ("width", &size[0]),
                            ("height", &size[1]),
                            ("format", &format.name()),
                            ("file", &path.display()),
                        ],
                    )),
                    Err(e) => Err(Message::trf(
                        "files-figure-not-exported",
                        "The { $format } was not exported: { $reason }",
                        &[("format", &format.name()), ("reason", &e)],
                    )),
                };
                let _ = tx.send(message);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.notify(Message::tr("notice-exporting", "Exporting the PNG…"));
                self.pending_export = Some(rx);
            }
            Err(e) => self.notify_error(Message::trf(
                "notice-export-not-started",
                "Cannot start the export: { $reason }",
                &[("reason", &e)],
            )),
        }
    }

    /// Take the outcome of a PNG export, if it finished.
    pub(super) fn poll_export(&mut self) {
        let Some(rx) = &self.pending_export else {
            return;
        };
        match rx.try_recv() {
            Ok(Ok(message)) => {
                self.pending_export = None;
                self.notify(message);
            }
            Ok(Err(message)) => {
                self.pending_export = None;
                self.notify_error(message);
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending_export = None;
                self.notify_error(Message::tr(
                    "notice-export-stopped",
                    "The PNG export stopped unexpectedly",
                ));
            }
        }
    }

    /// An export under way on another thread.
    pub fn is_exporting(&self) -> bool {
        self.pending_export.is_some()
    }

    /// Files dropped on the window that are data to import (`.csv`,
    /// `.geojson`, `.json` other than saved views `*.view.json` and tours
    /// `*.tour.json`): imported. Views, tours and folders are left to their
    /// own handler.
    pub fn import_dropped_data_files(&mut self, ctx: &egui::Context) {
        let files: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| is_importable_data_file(p))
                .collect()
        });
        if !files.is_empty() {
            self.start_import(files, ctx);
        }
    }
}

impl HeartlandApp {
    /// The window title: the data shown and "•" when unsaved.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let data = match self.session.source() {
            crate::data::DataSource::Bundled => {
                tr("files-title-bundled", "bundled data").into_owned()
            }
            crate::data::DataSource::Folder(dir) => dir.display().to_string(),
        };
        let title = format!(
            "{}Heartland — {data}",
            if self.session.is_dirty() { "• " } else { "" },
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
