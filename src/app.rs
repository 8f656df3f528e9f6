//! The eframe application: panels around the map, the user's state, the data
//! in use, persistence between runs.
//!
//! Each frame, the panels and the map read [`State`] and return
//! [`Command`]s; they are applied at the end of the frame. Data folders load
//! on a background thread, so the window never freezes on a big file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver};

use crate::command::{CloseAnswer, Command, FileCommand, TourCommand, TourSource};
use crate::data::import::{ImportOptions, Imported, MergeReport, import_path, merge};
use crate::data::save::{DataFolder, SaveError, copy_bundled_into};
use crate::data::{self, DataSource, FileKind, Loaded, Problem};
use crate::edit::History;
use crate::geometry::{GeoAssets, load_bundled_geo};
use crate::map::{MapArgs, MapCache, map_ui};
use crate::model::Dataset;
use crate::palette::Palette;
use crate::panels;
use crate::panels::dialogs::{DialogAnswer, DialogKind, DialogRequest, Dialogs, NoDialogs};
use crate::panels::tours::{Player, TourDraft, Transition};
use crate::scene::Scene;
use crate::shown::{Shown, ShownCache};
use crate::state::{MetricsGraph, State, View};
use crate::style::apply_style;
use crate::tour::{self, Tour};

/// Storage key of the user's [`State`].
const STATE_KEY: &str = "heartland.state";
/// Storage key of the data folder the user last opened.
const DATA_DIR_KEY: &str = "heartland.data_dir";
/// Storage key of the recently opened files ([`Recent`]).
const RECENT_KEY: &str = "heartland.recent";
/// Storage key: the first-launch card was dismissed.
const INTRO_KEY: &str = "heartland.intro_dismissed";

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
    fn push(list: &mut Vec<PathBuf>, path: &Path) {
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
    SaveView(View),
    /// Save this tour.
    SaveTour(Tour),
    /// Export this state as PNG at this size (`None`: the map's size).
    ExportPng(Box<State>, Option<[u32; 2]>),
    /// Export the data shown as CSV into a folder.
    ExportCsv,
    /// Export the data shown as one JSON file.
    ExportJson,
    /// Save the edited data into a new folder (the bundled data is never
    /// written).
    SaveInto,
    /// Import data files (CSV, GeoJSON).
    Import,
}

impl Purpose {
    /// The question put to the user.
    fn request(&self) -> DialogRequest {
        match self {
            Self::SaveInto => DialogRequest::new(
                DialogKind::PickFolder,
                "Save the edited data into a new folder",
            ),
            Self::Import => DialogRequest::new(DialogKind::PickFiles, "Import data files")
                .filter("CSV, GeoJSON", &["csv", "geojson", "json"]),
            Self::OpenAny => DialogRequest::new(DialogKind::PickFile, "Open a view or a tour")
                .filter("Heartland views and tours", &["json"]),
            Self::OpenView => DialogRequest::new(DialogKind::PickFile, "Open a view")
                .filter("Heartland view", &["json"]),
            Self::OpenTour => DialogRequest::new(DialogKind::PickFile, "Open a tour")
                .filter("Heartland tour", &["json"]),
            Self::OpenDataFolder => {
                DialogRequest::new(DialogKind::PickFolder, "Open a data folder")
            }
            Self::SaveView(_) => DialogRequest::new(DialogKind::SaveFile, "Save the view")
                .filter("Heartland view", &["json"])
                .file_name("map.view.json"),
            Self::SaveTour(t) => DialogRequest::new(DialogKind::SaveFile, "Save the tour")
                .filter("Heartland tour", &["json"])
                .file_name(format!("{}.tour.json", tour::slug(&t.title))),
            Self::ExportPng(..) => {
                DialogRequest::new(DialogKind::SaveFile, "Export the map as PNG")
                    .filter("PNG image", &["png"])
                    .file_name("heartland.png")
            }
            Self::ExportCsv => DialogRequest::new(
                DialogKind::PickFolder,
                "Export the data shown as CSV (choose a folder)",
            ),
            Self::ExportJson => {
                DialogRequest::new(DialogKind::SaveFile, "Export the data shown as JSON")
                    .filter("JSON", &["json"])
                    .file_name("heartland-export.json")
            }
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
}

/// Options from the command line.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// `--data DIR`: load this folder instead of the remembered one.
    pub data_dir: Option<PathBuf>,
    /// Ignore remembered settings (tests, screenshots). A fresh start does
    /// not offer the introductory tour either (see `intro`).
    pub fresh: bool,
    /// Offer the introductory tour even on a fresh start (tests of the
    /// first-launch card).
    pub intro: bool,
}

/// The Heartland window.
pub struct HeartlandApp {
    state: State,
    dataset: Arc<Dataset>,
    problems: Vec<Problem>,
    source: DataSource,
    scene: Scene,
    /// What the view shows, recomputed when the data or a choice changes.
    shown: ShownCache,
    map_cache: MapCache,
    ui: panels::PanelState,
    pending: Option<(DataSource, Receiver<Opened>)>,
    /// Bumped whenever the dataset is replaced.
    data_generation: u64,
    /// The years the data spans (the year slider's range), kept so a frame
    /// does not scan every record.
    year_range: (i32, i32),
    /// Launch-time measurement.
    first_frame_exit: FirstFrameExit,
    /// The window is cleared to the ocean colour before each frame is
    /// painted (eframe with OpenGL; see [`eframe::App::clear_color`]).
    window_clears_to_ocean: bool,
    /// How the app asks the user for files and folders (shared with the
    /// thread a blocking system dialog runs on).
    dialogs: Arc<std::sync::Mutex<Box<dyn Dialogs>>>,
    /// A dialog open on another thread, and what its answer is for.
    pending_dialog: Option<Receiver<(Purpose, DialogAnswer)>>,
    /// A dialog's answer taken from the thread, acted on in the frame.
    deferred_answer: Option<(Purpose, DialogAnswer)>,
    /// A PNG export under way on another thread.
    pending_export: Option<Receiver<String>>,
    /// Where no dialog could open: the path being typed.
    prompt: Option<PathPrompt>,
    /// The tour being played.
    player: Option<Player>,
    /// The tour being written.
    draft: TourDraft,
    /// Show the first-launch card.
    show_intro: bool,
    /// Files opened or saved lately.
    recent: Recent,
    /// The outcome of the last file action (or why it failed), shown under
    /// the toolbar until closed.
    notice: Option<String>,
    /// The Plots panel and its metrics cache.
    plots: panels::plots::PlotsState,
    /// The session's edits (undo, redo, unsaved changes).
    history: History,
    /// The data folder shown, as read (what saving writes into); `None`
    /// for the bundled data.
    folder: Option<DataFolder>,
    /// The last save's, edit's or import's outcome.
    status: Option<String>,
    /// Files of the folder changed on disk outside the app, or a save
    /// refused for that: the banner's message.
    conflict: Option<String>,
    /// The import running in the background.
    import: Option<ImportJob>,
    /// Watches the data folder for changes made outside the app.
    watch: Option<FolderWatch>,
    /// The "save before closing?" question is open.
    asking_close: bool,
    /// The user chose to close; do not ask again.
    closing: bool,
    /// The user chose "Save" when closing and a folder is being asked for:
    /// close once saved, stay if the question is cancelled.
    close_after_save: bool,
    /// The window title last sent.
    title: String,
    /// Turn on building levels of detail ahead after this frame (the window).
    prefetch_after_first_frame: bool,
    /// The tour caption band was under the map in the last frame (so the
    /// map's last rect is what a step's preset is fitted into).
    caption_shown: bool,
    /// The map rect a tour step's preset was last fitted into.
    tour_fit_rect: Option<egui::Rect>,
}

/// A data folder read on the loading thread.
struct Opened {
    folder: Option<DataFolder>,
    loaded: Loaded,
}

/// Read `dir` as a [`DataFolder`] (so it can be saved into); a path that is
/// not a folder is read with [`data::load_dir`], which says why.
fn open_folder(dir: &Path) -> Opened {
    match DataFolder::open(dir) {
        Ok((folder, loaded)) => Opened {
            folder: Some(folder),
            loaded,
        },
        Err(_) => Opened {
            folder: None,
            loaded: data::load_dir(dir),
        },
    }
}

/// An import running on a background thread.
struct ImportJob {
    /// Bytes read so far, of `total`.
    progress: Arc<AtomicU64>,
    total: u64,
    cancel: Arc<AtomicBool>,
    rx: Receiver<ImportDone>,
    /// The data generation the import was merged against.
    generation: u64,
}

/// What the import thread sends back: the records read, and the data shown
/// when the import started with them merged (off the UI thread: merging a
/// big file takes long enough to freeze a frame).
struct ImportDone {
    /// What was read, file by file (to merge again if the data changed
    /// meanwhile).
    imported: Vec<Imported>,
    /// The merged data and each file's report, if merged.
    merged: Option<(Dataset, Vec<MergeReport>)>,
}

/// A watch on the data folder (not its files: editors replace files).
struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    rx: Receiver<()>,
}

impl FolderWatch {
    /// Watch `dir`; `None` (no watch, nothing else changes) if the system
    /// cannot.
    fn start(dir: &Path, ctx: &egui::Context) -> Option<Self> {
        use notify::Watcher as _;
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let data_change = event.is_ok_and(|e| {
                    !matches!(e.kind, notify::EventKind::Access(_))
                        && e.paths.iter().any(|p| {
                            p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| FileKind::ALL.iter().any(|k| k.file_name() == n))
                        })
                });
                if data_change {
                    let _ = tx.send(());
                    ctx.request_repaint();
                }
            })
            .ok()?;
        watcher
            .watch(dir, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            _watcher: watcher,
            rx,
        })
    }
}

/// Load the bundled geometry; on failure (a broken build), an empty world and
/// a problem saying why, instead of a crash.
pub fn bundled_geo_or_problem() -> (Arc<GeoAssets>, Option<Problem>) {
    match load_bundled_geo() {
        Ok(geo) => (Arc::new(geo), None),
        Err(e) => (
            Arc::new(GeoAssets {
                levels: Vec::new(),
                disputed: Vec::new(),
            }),
            Some(Problem {
                file: "assets/geo".to_owned(),
                location: String::new(),
                message: format!("the map geometry could not be loaded: {e}"),
            }),
        ),
    }
}

/// The map's size in the opening window (the window's default size less the
/// panels' default sizes), points: what decides the level of detail the
/// first frame needs.
const OPENING_MAP_SIZE: egui::Vec2 = egui::vec2(810.0, 800.0);

/// Build the scene level the default view needs in the opening window (what
/// the first frame draws), as the preload thread does before the window opens.
pub fn build_opening_level(scene: &mut Scene) {
    let state = State::default();
    let projection = scene.projection(state.projection).clone();
    if let Some(preset) = state.preset
        && let Some(camera) = crate::map::fit_camera(
            &projection,
            preset,
            egui::Rect::from_min_size(egui::Pos2::ZERO, OPENING_MAP_SIZE),
        )
    {
        scene.level(state.projection, camera.km_per_point());
    }
}

/// Work started before the window exists: reading the map geometry, building
/// the scene level the opening view needs and reading the bundled data, on
/// another thread, while the window system and OpenGL start on this one.
pub struct Preload {
    handle: Option<std::thread::JoinHandle<Preloaded>>,
}

/// What [`Preload`] produces.
struct Preloaded {
    /// Geometry loaded, opening level built.
    scene: Scene,
    /// Why the geometry could not be loaded, if it could not.
    geo_problem: Option<Problem>,
    /// The bundled data (used unless a data folder is to be shown).
    bundled: Loaded,
}

impl Preload {
    /// Start the work. If no thread can be started, it is done on first use.
    pub fn start() -> Self {
        let handle = std::thread::Builder::new()
            .name("heartland-preload".to_owned())
            .spawn(|| {
                let (geo, geo_problem) = bundled_geo_or_problem();
                let mut scene = Scene::new(geo);
                build_opening_level(&mut scene);
                let preloaded = Preloaded {
                    scene,
                    geo_problem,
                    bundled: data::load_bundled(),
                };
                launch_step("preload done");
                preloaded
            })
            .ok();
        Self { handle }
    }

    /// The finished work; waits for the thread if it has not finished.
    fn finish(self) -> Preloaded {
        if let Some(done) = self.handle.and_then(|h| h.join().ok()) {
            return done;
        }
        let (geo, geo_problem) = bundled_geo_or_problem();
        Preloaded {
            scene: Scene::new(geo),
            geo_problem,
            bundled: data::load_bundled(),
        }
    }
}

impl HeartlandApp {
    /// The app as eframe creates it: remembered state, then `--data`.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        Self::with_preload(cc, options, Preload::start())
    }

    /// [`Self::new`], with the geometry and the bundled data from work
    /// started earlier.
    pub fn with_preload(
        cc: &eframe::CreationContext<'_>,
        options: AppOptions,
        preload: Preload,
    ) -> Self {
        let mut state = State::default();
        let mut data_dir = None;
        let mut recent = Recent::default();
        let mut show_intro = options.intro;
        if !options.fresh {
            show_intro = true;
            if let Some(storage) = cc.storage {
                if let Some(saved) = eframe::get_value::<State>(storage, STATE_KEY) {
                    state = saved;
                    // Something remembered: not a first launch.
                    show_intro = false;
                }
                if eframe::get_value::<bool>(storage, INTRO_KEY).unwrap_or(false) {
                    show_intro = false;
                }
                data_dir = eframe::get_value::<Option<PathBuf>>(storage, DATA_DIR_KEY).flatten();
                recent = eframe::get_value::<Recent>(storage, RECENT_KEY).unwrap_or_default();
            }
        }
        if options.data_dir.is_some() {
            data_dir = options.data_dir;
        }
        launch_step("window and OpenGL ready");
        let Preloaded {
            scene,
            geo_problem,
            bundled,
        } = preload.finish();
        let mut folder = None;
        let (source, loaded) = match data_dir {
            Some(dir) if dir.is_dir() || options.fresh => {
                let opened = open_folder(&dir);
                folder = opened.folder;
                (DataSource::Folder(dir), opened.loaded)
            }
            Some(dir) => {
                let mut loaded = bundled;
                loaded.problems.push(Problem {
                    file: dir.display().to_string(),
                    location: String::new(),
                    message: "this data folder no longer exists; showing the bundled data"
                        .to_owned(),
                });
                (DataSource::Bundled, loaded)
            }
            None => (DataSource::Bundled, bundled),
        };
        let mut app = Self::with_parts(Arc::clone(scene.geo_arc()), loaded, source, state);
        if let Some(folder) = folder {
            app.watch = FolderWatch::start(folder.dir(), &cc.egui_ctx);
            app.folder = Some(folder);
        }
        app.scene = scene;
        // The window builds levels of detail ahead, off the UI thread, once
        // its first frame is drawn (not to slow the launch).
        app.prefetch_after_first_frame = true;
        app.first_frame_exit = FirstFrameExit::from_env();
        app.problems.extend(geo_problem);
        app.show_intro = show_intro;
        app.recent = recent;
        apply_style(&cc.egui_ctx, app.state.theme);
        app
    }

    /// The app from already loaded parts (tests, benches).
    pub fn with_parts(
        geo: Arc<GeoAssets>,
        loaded: Loaded,
        source: DataSource,
        mut state: State,
    ) -> Self {
        let Loaded { dataset, problems } = loaded;
        let year_range = years_of(&dataset);
        state.year = state.year.clamp(year_range.0, year_range.1);
        let show_problems = !problems.is_empty();
        Self {
            state,
            dataset: Arc::new(dataset),
            problems,
            source,
            scene: Scene::new(geo),
            shown: ShownCache::default(),
            map_cache: MapCache::default(),
            ui: panels::PanelState {
                show_problems,
                ..Default::default()
            },
            pending: None,
            data_generation: 0,
            year_range,
            first_frame_exit: FirstFrameExit::default(),
            window_clears_to_ocean: false,
            dialogs: Arc::new(std::sync::Mutex::new(Box::new(NoDialogs))),
            pending_dialog: None,
            deferred_answer: None,
            pending_export: None,
            prompt: None,
            player: None,
            draft: TourDraft::default(),
            show_intro: false,
            recent: Recent::default(),
            notice: None,
            plots: panels::plots::PlotsState::default(),
            history: History::new(),
            folder: None,
            status: None,
            conflict: None,
            import: None,
            watch: None,
            asking_close: false,
            closing: false,
            close_after_save: false,
            title: String::new(),
            prefetch_after_first_frame: false,
            caption_shown: false,
            tour_fit_rect: None,
        }
    }

    /// Where the map was drawn in the last frame, if it was.
    pub fn map_rect(&self) -> Option<egui::Rect> {
        self.map_cache.last_transform.map(|t| t.rect)
    }

    /// Build the map's levels of detail ahead on another thread, as the
    /// window does (off in tests by default: they build what they draw).
    pub fn set_prefetch_levels(&mut self, enabled: bool) {
        self.scene.set_prefetch(enabled);
        if let Some(transform) = self.map_cache.last_transform {
            let near = self.scene.level_index_for(transform.km_per_point);
            self.scene.prefetch(self.state.projection, near);
        }
    }

    /// Use these dialogs to ask for files and folders (UI tests script
    /// them; the window uses the system's).
    pub fn set_dialogs(&mut self, dialogs: Box<dyn Dialogs>) {
        self.dialogs = Arc::new(std::sync::Mutex::new(dialogs));
    }

    /// The tour being played, if any.
    pub fn player(&self) -> Option<&Player> {
        self.player.as_ref()
    }

    /// The tour being written in the editor.
    pub fn draft(&self) -> &TourDraft {
        &self.draft
    }

    /// The first-launch card is shown.
    pub fn shows_intro(&self) -> bool {
        self.show_intro
    }

    /// The outcome of the last file action, as shown under the toolbar.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The typed-path prompt shown where no file dialog can open.
    pub fn prompt(&self) -> Option<&PathPrompt> {
        self.prompt.as_ref()
    }

    /// Files opened or saved lately.
    pub fn recent(&self) -> &Recent {
        &self.recent
    }

    /// What the user has chosen.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The data shown.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Problems found in the data shown.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Where the data shown came from.
    pub fn source(&self) -> &DataSource {
        &self.source
    }

    /// Whether a data folder is loading in the background.
    pub fn is_loading(&self) -> bool {
        self.pending.is_some()
    }

    /// The scene cache (which levels are built).
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// What the view showed in the last frame.
    pub fn shown(&self) -> &Shown {
        self.shown.last()
    }

    /// The Plots panel (what it drew in the last frame).
    pub fn plots(&self) -> &panels::plots::PlotsState {
        &self.plots
    }

    /// The map's per-frame cache (last transform, hovered feature).
    pub fn map_cache(&self) -> &MapCache {
        &self.map_cache
    }

    /// Start loading a data folder on a background thread.
    pub fn open_data_folder(&mut self, dir: PathBuf, ctx: &egui::Context) {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let thread_dir = dir.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-load".to_owned())
            .spawn(move || {
                let opened = open_folder(&thread_dir);
                // The receiver may be gone if another folder was chosen.
                let _ = tx.send(opened);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.pending = Some((DataSource::Folder(dir), rx)),
            Err(e) => self.problems.push(Problem {
                file: dir.display().to_string(),
                location: String::new(),
                message: format!("could not start loading: {e}"),
            }),
        }
    }

    /// Take a finished background load, if any.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some((source, rx)) = &self.pending else {
            return;
        };
        match rx.try_recv() {
            Ok(Opened { folder, loaded }) => {
                let source = source.clone();
                self.pending = None;
                self.replace_data(source, loaded);
                self.set_folder(folder, ctx);
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                let file = source.describe();
                self.pending = None;
                self.problems.push(Problem {
                    file,
                    location: String::new(),
                    message: "loading stopped unexpectedly; the data shown is unchanged".to_owned(),
                });
            }
        }
    }

    /// Show newly loaded data; selections that no longer exist are cleared.
    fn replace_data(&mut self, source: DataSource, loaded: Loaded) {
        let Loaded { dataset, problems } = loaded;
        if let Some(code) = self.state.selection.country
            && !dataset.countries.contains_key(&code)
        {
            self.state.selection = Default::default();
        }
        self.state
            .organizations
            .retain(|o| dataset.organizations.contains_key(o));
        self.year_range = years_of(&dataset);
        self.state.year = self.state.year.clamp(self.year_range.0, self.year_range.1);
        self.ui.show_problems = !problems.is_empty();
        self.problems = problems;
        self.dataset = Arc::new(dataset);
        self.source = source;
        self.data_generation += 1;
        self.history = History::new();
        self.conflict = None;
        self.folder = None;
        self.watch = None;
        self.ui.form = None;
    }

    /// Save into (and watch) `folder` from now on.
    fn set_folder(&mut self, folder: Option<DataFolder>, ctx: &egui::Context) {
        self.watch = folder
            .as_ref()
            .and_then(|f| FolderWatch::start(f.dir(), ctx));
        self.folder = folder;
    }

    /// True if the data shown has changes not saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The session's edits.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The last save's, edit's or import's outcome, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The banner about files changed on disk, if shown.
    pub fn conflict(&self) -> Option<&str> {
        self.conflict.as_deref()
    }

    /// Whether an import is running.
    pub fn is_importing(&self) -> bool {
        self.import.is_some()
    }

    /// Whether the "save before closing?" question is open.
    pub fn is_asking_to_close(&self) -> bool {
        self.asking_close
    }

    /// The data changed: the map, the year range and what is shown follow.
    fn data_changed(&mut self) {
        self.data_generation += 1;
        self.year_range = years_of(&self.dataset);
        self.state.year = self.state.year.clamp(self.year_range.0, self.year_range.1);
    }

    /// Apply edits in order (each one undo step); stop at the first refused.
    fn apply_edits(&mut self, edits: Vec<crate::edit::Edit>) {
        let mut changed = false;
        for edit in edits {
            let label = edit.label();
            match self.history.apply(&mut self.dataset, edit) {
                Ok(c) => {
                    changed |= c;
                    self.status = Some(format!("Done: {label}."));
                }
                Err(e) => {
                    self.status = Some(format!("Not done: {label}: {e}"));
                    break;
                }
            }
        }
        if changed {
            self.data_changed();
        }
    }

    fn undo(&mut self) {
        if let Some(label) = self.history.undo(&mut self.dataset) {
            self.status = Some(format!("Undone: {label}."));
            self.data_changed();
        }
    }

    fn redo(&mut self) {
        if let Some(label) = self.history.redo(&mut self.dataset) {
            self.status = Some(format!("Redone: {label}."));
            self.data_changed();
        }
    }

    /// The files a save must look at.
    fn files_to_save(&self) -> BTreeSet<FileKind> {
        self.history.files_to_save()
    }

    fn mark_saved(&mut self) {
        self.history.mark_saved();
    }

    /// Save the changes into the data folder; the bundled data asks for a
    /// new folder first. Returns true if everything is saved.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        let kinds = self.files_to_save();
        let Some(folder) = self.folder.as_mut() else {
            // Saved when the folder is chosen (see `answered`).
            self.ask(ctx, Purpose::SaveInto);
            return false;
        };
        match folder.save(&self.dataset, &kinds) {
            Ok(report) => {
                let names: Vec<&str> = report.written.iter().map(|k| k.file_name()).collect();
                self.status = Some(if names.is_empty() {
                    "Saved (no file needed writing).".to_owned()
                } else {
                    format!("Saved {}.", names.join(", "))
                });
                self.mark_saved();
                self.conflict = None;
                true
            }
            Err(e @ (SaveError::Conflict { .. } | SaveError::HadProblems { .. })) => {
                // Offer Reload or Save as… (into another folder).
                self.conflict = Some(e.to_string());
                false
            }
            Err(e) => {
                self.status = Some(format!("Not saved: {e}"));
                false
            }
        }
    }

    /// Save the data shown into `dir`, a new folder, and show that folder
    /// from then on. From the bundled data: the bundled files are copied
    /// there and the changed ones saved over them; from a folder ("save
    /// as"): every file is written.
    fn save_into(&mut self, dir: PathBuf, ctx: &egui::Context) -> bool {
        let result = if self.folder.is_none() {
            let kinds = self.files_to_save();
            copy_bundled_into(&dir)
                .and_then(|()| DataFolder::open(&dir))
                .and_then(|(mut folder, _)| folder.save(&self.dataset, &kinds).map(|_| folder))
        } else {
            DataFolder::create(&dir, &self.dataset)
        };
        match result {
            Ok(folder) => {
                self.status = Some(format!("Saved into {}.", dir.display()));
                self.source = DataSource::Folder(dir);
                self.set_folder(Some(folder), ctx);
                self.mark_saved();
                self.conflict = None;
                true
            }
            Err(e) => {
                self.status = Some(format!("Not saved: {e}"));
                false
            }
        }
    }

    /// Read the data folder again (changes not saved are dropped).
    fn reload(&mut self, ctx: &egui::Context) {
        match self.source.clone() {
            DataSource::Folder(dir) => self.open_data_folder(dir, ctx),
            DataSource::Bundled => self.replace_data(DataSource::Bundled, data::load_bundled()),
        }
        self.conflict = None;
    }

    /// Files of the folder changed on disk outside the app: say so (the
    /// app's own saves leave the fingerprints matching and say nothing).
    fn poll_watch(&mut self) {
        let Some(watch) = &self.watch else {
            return;
        };
        let mut any = false;
        while watch.rx.try_recv().is_ok() {
            any = true;
        }
        if !any {
            return;
        }
        if let Some(folder) = &self.folder {
            let changed = folder.changed_on_disk();
            if !changed.is_empty() {
                let names: Vec<&str> = changed.iter().map(|k| k.file_name()).collect();
                self.conflict = Some(format!(
                    "{} changed on disk outside Heartland. Reload the folder, or save the data shown into another folder.",
                    names.join(", ")
                ));
            }
        }
    }

    /// Ask for files to import: the dialog, or the typed-path field.
    fn ask_import(&mut self, ctx: &egui::Context) {
        self.ask(ctx, Purpose::Import);
    }

    /// Import `paths` on a background thread (one at a time).
    pub fn start_import(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        if paths.is_empty() {
            return;
        }
        if self.import.is_some() {
            self.status = Some("An import is running; wait for it or cancel it.".to_owned());
            return;
        }
        let total = paths
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let progress = Arc::new(AtomicU64::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let context = Arc::clone(&self.dataset);
        let (thread_progress, thread_cancel) = (Arc::clone(&progress), Arc::clone(&cancel));
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-import".to_owned())
            .spawn(move || {
                let mut results = Vec::new();
                for path in paths {
                    let options = ImportOptions {
                        source: None,
                        // Bytes read, added up over the files.
                        progress: Some(&thread_progress),
                        cancel: Some(&thread_cancel),
                    };
                    results.push(import_path(&path, &context, &options));
                    repaint.request_repaint();
                    if thread_cancel.load(Ordering::Relaxed) {
                        break;
                    }
                }
                let merged = (!thread_cancel.load(Ordering::Relaxed)).then(|| {
                    let mut data = (*context).clone();
                    let reports = results
                        .iter()
                        .map(|imported| merge(&mut data, imported.clone()))
                        .collect();
                    (data, reports)
                });
                let _ = tx.send(ImportDone {
                    imported: results,
                    merged,
                });
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.import = Some(ImportJob {
                    progress,
                    total,
                    cancel,
                    rx,
                    generation: self.data_generation,
                });
                self.status = Some("Importing…".to_owned());
            }
            Err(e) => self.status = Some(format!("Could not start the import: {e}")),
        }
    }

    /// Take a finished import: merge what was valid, list what was not.
    fn poll_import(&mut self) {
        let Some(job) = &self.import else {
            return;
        };
        let done = match job.rx.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => {
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => ImportDone {
                imported: Vec::new(),
                merged: None,
            },
        };
        let cancelled = job.cancel.load(Ordering::Relaxed);
        let unchanged = job.generation == self.data_generation;
        self.import = None;
        let mut added = 0;
        let mut problems = Vec::new();
        if cancelled {
            self.status = Some("Import cancelled; nothing was added.".to_owned());
            return;
        }
        let files: Vec<String> = done.imported.iter().map(|i| i.file.clone()).collect();
        let (merged, reports) = match done.merged {
            // The data shown is still what was merged into: take the result.
            Some((data, reports)) if unchanged => (data, reports),
            // Edited (or replaced) meanwhile: merge into the data shown now.
            _ => {
                let mut data = (*self.dataset).clone();
                let reports = done
                    .imported
                    .into_iter()
                    .map(|imported| merge(&mut data, imported))
                    .collect();
                (data, reports)
            }
        };
        for report in reports {
            let a = report.added;
            let n = a.countries
                + a.organizations
                + a.memberships
                + a.periods
                + a.places
                + a.corridors
                + a.stances
                + report.replaced;
            added += n;
            problems.extend(report.problems);
        }
        if added > 0 {
            // One undo step: undone, the data is as before the import (the
            // edits made before it stay undoable, in order).
            let names: Vec<String> = files
                .iter()
                .map(|f| {
                    Path::new(f)
                        .file_name()
                        .map_or_else(|| f.clone(), |n| n.to_string_lossy().into_owned())
                })
                .collect();
            let label = format!("import of {}", names.join(", "));
            self.history
                .apply_whole(&mut self.dataset, Arc::new(merged), label);
            self.data_changed();
        }
        let n_problems = problems.len();
        if n_problems > 0 {
            self.problems.extend(problems);
            self.ui.show_problems = true;
        }
        self.status = Some(format!(
            "Imported {}: {added} record{} added, {n_problems} problem{} listed.",
            files.join(", "),
            if added == 1 { "" } else { "s" },
            if n_problems == 1 { "" } else { "s" },
        ));
    }

    /// Files dropped on the window that are data to import (`.csv`,
    /// `.geojson`, `.json` other than saved views `*.view.json` and tours
    /// `*.tour.json`): imported. Views, tours and folders are left to their
    /// own handler.
    pub fn import_dropped_data_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        let files: Vec<PathBuf> = dropped
            .into_iter()
            .filter(|p| is_importable_data_file(p))
            .collect();
        if !files.is_empty() {
            self.start_import(files, ctx);
        }
    }

    /// Closing with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_dirty() && !self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.asking_close = true;
        }
    }

    fn answer_close(&mut self, answer: CloseAnswer, ctx: &egui::Context) {
        self.asking_close = false;
        let close = match answer {
            CloseAnswer::Save => {
                let asks_folder = self.folder.is_none();
                let saved = self.save(ctx) || !self.is_dirty();
                // The bundled data asks for a folder first (a system dialog
                // answers later): close when saved.
                self.close_after_save = !saved && asks_folder;
                saved
            }
            CloseAnswer::Discard => true,
            CloseAnswer::Cancel => false,
        };
        if close {
            self.close_window(ctx);
        }
    }

    fn close_window(&mut self, ctx: &egui::Context) {
        self.closing = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// After "Save" when closing the bundled data: close once the new
    /// folder is saved; stay (everything kept) if the folder question was
    /// cancelled or the save failed.
    fn close_if_saved(&mut self, ctx: &egui::Context) {
        if !self.close_after_save {
            return;
        }
        if !self.is_dirty() {
            self.close_after_save = false;
            self.close_window(ctx);
        } else if self.pending_dialog.is_none()
            && self.deferred_answer.is_none()
            && self.prompt.is_none()
            && !self.ui.show_save_as
        {
            self.close_after_save = false;
        }
    }

    /// Whether the window has been told to close (the user chose to).
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// The window title: the data shown and "•" when unsaved.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = format!(
            "{}Heartland — {}",
            if self.is_dirty() { "• " } else { "" },
            self.source.describe()
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// One frame of the whole window; used by eframe and by UI tests.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_loading(&ctx);
        self.poll_dialog();
        self.poll_export();
        self.poll_import();
        self.poll_watch();
        self.import_dropped_data_files(&ctx);
        self.handle_close_request(&ctx);
        self.update_title(&ctx);
        if let Some((purpose, answer)) = self.deferred_answer.take() {
            self.answered(&ctx, purpose, answer);
        }
        apply_style(&ctx, self.state.theme);
        let mut commands = Vec::new();
        if self.player.is_some() {
            // Before any widget, so the keys that step the tour do not also
            // move a slider.
            commands.extend(panels::tours::tour_keys(&ctx));
        }
        commands.extend(panels::files::dropped_files(&ctx));
        commands.extend(panels::files::shortcuts(&ctx, self.player.is_some()));
        self.advance_transition(&ctx);

        if self.import.is_some() {
            // The progress bar moves while the import thread reads.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let importing = self.import.as_ref().map(|job| {
            if job.total == 0 {
                0.0
            } else {
                (job.progress.load(Ordering::Relaxed) as f64 / job.total as f64) as f32
            }
        });
        let unsaved = self.is_dirty();
        commands.extend(panels::toolbar(
            ui,
            &self.state,
            &mut self.ui,
            &panels::DataInfo {
                source: &self.source,
                problems: self.problems.len(),
                loading: self.pending.is_some(),
                unsaved,
                undo: self.history.next_undo(),
                redo: self.history.next_redo(),
                importing,
                status: self.status.as_deref(),
                conflict: self.conflict.as_deref(),
                recent_tours: &self.recent.tours,
                recent_views: &self.recent.views,
                tour_playing: self.player.is_some(),
            },
        ));
        if self.asking_close {
            commands.extend(panels::close_question(ui));
        }
        if let Some(notice) = &self.notice
            && panels::files::notice_bar(ui, notice)
        {
            self.notice = None;
        }
        // The year stays in presentation mode: it is what a class is shown.
        commands.extend(panels::time_bar(
            ui,
            &self.state,
            self.year_range,
            &mut self.ui,
        ));
        self.shown
            .get_in_background(&self.dataset, self.data_generation, &self.state);
        if self.shown.is_computing() {
            // Results from other threads are picked up on the next frame.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        if self.state.show_panels {
            if self.ui.show_problems && !self.problems.is_empty() {
                panels::problems(ui, &self.problems, &mut self.ui);
            }
            let votes = if self.state.analysis.graph == MetricsGraph::UnVoteAgreement {
                self.shown.vote_index(&self.dataset, self.data_generation)
            } else {
                Arc::default()
            };
            let input = panels::plots::PlotsInput {
                dataset: &self.dataset,
                data_generation: self.data_generation,
                state: &self.state,
                shown: self.shown.last(),
                years: self.year_range,
                votes,
            };
            commands.extend(panels::plots::plots_panel(ui, &mut self.plots, &input));
            commands.extend(panels::layers_panel(
                ui,
                &self.state,
                &self.dataset,
                &mut self.ui,
            ));
            // The map's metrics when it has them (same graph and year),
            // else the plots' cache.
            let metrics = self.state.selection.country.map(|_| {
                input
                    .shown
                    .metrics
                    .clone()
                    .unwrap_or_else(|| self.plots.metrics_now(&input))
            });
            commands.extend(panels::inspector(
                ui,
                &self.state,
                &self.dataset,
                &mut self.ui.form,
                panels::inspector::InspectorAnalysis {
                    metrics: metrics.as_deref(),
                    derived: &self.shown.last().derived,
                },
            ));
        }
        // Under the map, in the map's column: the map keeps the space above.
        if let Some(player) = &self.player {
            commands.extend(panels::tours::caption_box(ui, player, &self.dataset));
        }
        self.caption_shown = self.player.is_some();
        self.keep_tour_step_fitted(&ctx);
        let shown = self.shown.last();
        let shown_generation = self.shown.generation();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let args = MapArgs {
                    state: &self.state,
                    dataset: &self.dataset,
                    shown,
                    shown_generation,
                    interactive: true,
                    data_generation: self.data_generation,
                    ocean_is_background: self.window_clears_to_ocean,
                };
                commands.extend(map_ui(ui, &args, &mut self.scene, &mut self.map_cache));
            });
        if self.draft.open {
            commands.extend(panels::tours::editor(&ctx, &mut self.draft, &self.state));
        }
        if let Some(text) = &mut self.ui.find {
            let (found, keep) = panels::files::find_country(&ctx, text, &self.dataset, &self.state);
            commands.extend(found);
            if !keep {
                self.ui.find = None;
            }
        }
        if self.ui.show_help {
            panels::files::help(&ctx, &mut self.ui.show_help);
        }
        if self.show_intro && self.player.is_none() {
            commands.extend(panels::tours::intro_card(&ctx));
        }
        if let Some(prompt) = &mut self.prompt {
            let title = prompt.purpose.request().title;
            match panels::files::path_prompt(&ctx, &title, &mut prompt.text) {
                panels::files::PromptOutcome::Typing => {}
                panels::files::PromptOutcome::Cancel => self.prompt = None,
                panels::files::PromptOutcome::Path(path) => {
                    if let Some(prompt) = self.prompt.take() {
                        self.answered(&ctx, prompt.purpose, DialogAnswer::Chosen(vec![path]));
                    }
                }
            }
        }

        for command in commands {
            self.apply(&ctx, command);
        }
        self.close_if_saved(&ctx);
        if std::mem::take(&mut self.prefetch_after_first_frame) {
            self.set_prefetch_levels(true);
        }
    }

    /// Carry out what the user asked for, as the panels and the map do at
    /// the end of a frame (also used by benchmarks and, later, tours).
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let theme_before = self.state.theme;
        let panels_before = self.state.show_panels;
        let selection_before = self.state.selection.clone();
        if let Some(app_command) = command.apply(&mut self.state) {
            match app_command {
                Command::OpenDataFolder(dir) => self.open_data_folder(dir, ctx),
                Command::OpenPlots(tab) => {
                    self.plots.open = true;
                    self.plots.tab = tab;
                }
                Command::UseBundledData => {
                    self.pending = None;
                    self.replace_data(DataSource::Bundled, data::load_bundled());
                }
                Command::Edit(edits) => self.apply_edits(edits),
                Command::Undo => self.undo(),
                Command::Redo => self.redo(),
                Command::Save => {
                    self.save(ctx);
                }
                Command::SaveInto(dir) => {
                    self.save_into(dir, ctx);
                }
                Command::Reload => self.reload(ctx),
                Command::AskImport => self.ask_import(ctx),
                Command::Import(paths) => self.start_import(paths, ctx),
                Command::CancelImport => {
                    if let Some(job) = &self.import {
                        job.cancel.store(true, Ordering::Relaxed);
                    }
                }
                Command::CloseAnswer(answer) => self.answer_close(answer, ctx),
                Command::TogglePlay => {
                    self.ui.playing = !self.ui.playing;
                    self.ui.last_step = ctx.input(|i| i.time);
                    if self.ui.playing && self.state.year >= self.year_range.1 {
                        self.state.year = self.year_range.0;
                    }
                    ctx.request_repaint();
                }
                Command::Tour(tour_command) => self.tour_command(ctx, tour_command),
                Command::File(file_command) => self.file_command(ctx, file_command),
                _ => {}
            }
        }
        if self.state.selection != selection_before {
            // An edit form belongs to what was selected.
            self.ui.form = None;
        }
        if self.state.theme != theme_before {
            apply_style(ctx, self.state.theme);
        }
        if self.state.show_panels != panels_before {
            // Presentation mode: everything larger for the back of the room,
            // on top of whatever zoom the user chose (Ctrl +/−).
            let zoom = ctx.zoom_factor();
            ctx.set_zoom_factor(if self.state.show_panels {
                zoom / PRESENTATION_ZOOM
            } else {
                zoom * PRESENTATION_ZOOM
            });
        }
    }
}

/// Read a view or tour file the user chose: at most
/// [`data::MAX_FILE_BYTES`], errors naming the file.
fn read_user_file(path: &Path) -> Result<Vec<u8>, String> {
    let file = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("{file}: cannot read: {e}"))?;
    if meta.len() > data::MAX_FILE_BYTES {
        return Err(format!(
            "{file}: the file has {} bytes; at most {} are read",
            meta.len(),
            data::MAX_FILE_BYTES
        ));
    }
    std::fs::read(path).map_err(|e| format!("{file}: cannot read: {e}"))
}

/// The state a view file shows: the view on the default state, as
/// `heartland render --view` draws it.
pub fn state_of_view(view: &View) -> State {
    let mut state = State::default();
    state.apply_view(view);
    state
}

impl HeartlandApp {
    /// Move the camera along the tour's flight, if one is under way.
    fn advance_transition(&mut self, ctx: &egui::Context) {
        let Some(transition) = self.player.as_mut().and_then(|p| p.transition.as_mut()) else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let (camera, done) = transition.at(now);
        self.state.camera = camera;
        if done {
            if let Some(player) = &mut self.player {
                player.transition = None;
            }
        } else {
            ctx.request_repaint();
        }
    }

    /// While a tour step framed by a preset is shown (no flight under way),
    /// keep the preset fitted to the map as its space settles: the caption
    /// band takes its height over the first frames it is shown, and a
    /// window may be resized during a lesson.
    fn keep_tour_step_fitted(&mut self, ctx: &egui::Context) {
        let Some(player) = &self.player else {
            self.tour_fit_rect = None;
            return;
        };
        let Some(step) = player.tour.steps.get(player.index) else {
            return;
        };
        if player.transition.is_some()
            || self.state.fit_preset_pending
            || step.view.camera.is_some()
        {
            return;
        }
        let (Some(preset), Some(rect)) = (step.view.preset, self.map_rect()) else {
            return;
        };
        if self.tour_fit_rect == Some(rect) || self.state.preset != Some(preset) {
            return;
        }
        self.tour_fit_rect = Some(rect);
        if let Some(fitted) =
            crate::map::fit_camera(self.scene.projection(self.state.projection), preset, rect)
            && fitted != self.state.camera
        {
            self.state.camera = fitted;
            ctx.request_repaint();
        }
    }

    /// Show step `index` of the tour being played: its view, reached by a
    /// camera flight from where the map looks now.
    fn go_to_step(&mut self, ctx: &egui::Context, index: usize) {
        let Some(player) = &mut self.player else {
            return;
        };
        let Some(step) = player.tour.steps.get(index) else {
            return;
        };
        let mut target = step.state();
        target.show_panels = self.state.show_panels;
        // A preset is fitted here, for the flight, when the map's last rect
        // had the caption band under it; else (the tour's first step) the
        // map fits it next frame, in the space the band leaves.
        if target.fit_preset_pending
            && self.caption_shown
            && let Some(preset) = target.preset
            && let Some(rect) = self.map_cache.last_transform.map(|t| t.rect)
            && let Some(fitted) =
                crate::map::fit_camera(self.scene.projection(target.projection), preset, rect)
        {
            target.camera = fitted;
            target.fit_preset_pending = false;
        }
        let from = self.state.camera;
        player.index = index;
        player.transition = None;
        if !target.fit_preset_pending && from != target.camera {
            player.transition = Some(Transition {
                from,
                to: target.camera,
                start: None,
            });
            target.camera = from;
        }
        self.ui.playing = false;
        self.set_state(ctx, target);
        ctx.request_repaint();
    }

    /// Replace the state, keeping the window's look in step (theme; the
    /// presentation zoom is kept, as `show_panels` is).
    fn set_state(&mut self, ctx: &egui::Context, mut state: State) {
        state.show_panels = self.state.show_panels;
        state.year = state.year.clamp(self.year_range.0, self.year_range.1);
        let theme_changed = state.theme != self.state.theme;
        self.state = state;
        if theme_changed {
            apply_style(ctx, self.state.theme);
        }
    }

    /// Load a tour and play it from its first step; a tour that cannot be
    /// played leaves everything as it was and says why.
    fn play_tour(&mut self, ctx: &egui::Context, source: TourSource) {
        let loaded = match &source {
            TourSource::Bundled(name) => match tour::BUNDLED.iter().find(|(n, _)| n == name) {
                Some((_, json)) => Tour::load(json.as_bytes(), name, &self.dataset)
                    .map_err(|errors| join_errors(&errors)),
                None => Err(format!("{name}: no bundled tour has this name")),
            },
            TourSource::File(path) => read_user_file(path).and_then(|bytes| {
                Tour::load(&bytes, &path.display().to_string(), &self.dataset)
                    .map_err(|errors| join_errors(&errors))
            }),
        };
        let tour = match loaded {
            Ok(tour) => tour,
            Err(message) => {
                self.notice = Some(format!("The tour cannot be played: {message}"));
                return;
            }
        };
        if let TourSource::File(path) = &source {
            Recent::push(&mut self.recent.tours, path);
        }
        let before = match self.player.take() {
            Some(player) => player.before,
            None => self.state.clone(),
        };
        // The levels of detail of the steps' projections, built ahead (in the
        // window) so that no flight waits for one.
        let mut kinds = BTreeSet::new();
        for step in &tour.steps {
            let state = step.state();
            if kinds.insert(state.projection) {
                let near = self.scene.level_index_for(state.camera.km_per_point());
                self.scene.prefetch(state.projection, near);
            }
        }
        self.player = Some(Player {
            tour,
            source,
            index: 0,
            before,
            transition: None,
        });
        self.go_to_step(ctx, 0);
    }

    /// Carry out a tour command.
    fn tour_command(&mut self, ctx: &egui::Context, command: TourCommand) {
        match command {
            TourCommand::Play(source) => self.play_tour(ctx, source),
            TourCommand::OpenFile => self.ask(ctx, Purpose::OpenTour),
            TourCommand::Next | TourCommand::Previous | TourCommand::First | TourCommand::Last => {
                if let Some(player) = &self.player {
                    let index = player.target(&command);
                    if index != player.index || player.transition.is_some() {
                        self.go_to_step(ctx, index);
                    }
                }
            }
            TourCommand::Leave => {
                if let Some(player) = self.player.take() {
                    self.set_state(ctx, player.before);
                }
            }
            TourCommand::ToggleEditor => {
                self.draft.open = !self.draft.open;
                if self.draft.open && self.draft.title.is_empty() {
                    "My tour".clone_into(&mut self.draft.title);
                }
            }
            TourCommand::SaveDraft => match self.draft.to_tour() {
                Ok(tour) => self.ask(ctx, Purpose::SaveTour(tour)),
                Err(e) => self.draft.message = Some(format!("Not saved: {e}")),
            },
            TourCommand::DismissIntro => self.show_intro = false,
        }
    }

    /// Carry out a File menu command.
    fn file_command(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::Open => self.ask(ctx, Purpose::OpenAny),
            FileCommand::OpenView => self.ask(ctx, Purpose::OpenView),
            FileCommand::OpenPath(path) => self.open_path(ctx, &path),
            FileCommand::OpenDataFolder => self.ask(ctx, Purpose::OpenDataFolder),
            FileCommand::SaveView => self.ask(ctx, Purpose::SaveView(self.state.to_view())),
            FileCommand::ExportPng(size) => {
                let mut state = self.state.clone();
                state.fit_preset_pending = false;
                self.ask(ctx, Purpose::ExportPng(Box::new(state), size));
            }
            FileCommand::ExportCsv => self.ask(ctx, Purpose::ExportCsv),
            FileCommand::ExportJson => self.ask(ctx, Purpose::ExportJson),
            FileCommand::Find => {
                if self.ui.find.is_none() {
                    self.ui.find = Some(String::new());
                }
            }
            FileCommand::Help => self.ui.show_help = !self.ui.show_help,
        }
    }

    /// Ask the user for a path for `purpose`: scripted dialogs answer at
    /// once; a system dialog runs on another thread and is polled.
    fn ask(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.pending_dialog.is_some() {
            self.notice = Some("A file dialog is already open.".to_owned());
            return;
        }
        let request = purpose.request();
        let waits = self.dialogs.lock().is_ok_and(|d| d.waits_for_user());
        if !waits {
            let answer = match self.dialogs.lock() {
                Ok(mut dialogs) => dialogs.ask(&request),
                Err(_) => DialogAnswer::Unavailable,
            };
            self.answered(ctx, purpose, answer);
            return;
        }
        let (tx, rx) = mpsc::channel();
        let dialogs = Arc::clone(&self.dialogs);
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-dialog".to_owned())
            .spawn(move || {
                let answer = match dialogs.lock() {
                    Ok(mut dialogs) => dialogs.ask(&request),
                    Err(_) => DialogAnswer::Unavailable,
                };
                let _ = tx.send((purpose, answer));
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => self.pending_dialog = Some(rx),
            Err(e) => self.notice = Some(format!("Cannot open a file dialog: {e}")),
        }
    }

    /// Take the answer of a dialog open on another thread, if it came.
    fn poll_dialog(&mut self) {
        let Some(rx) = &self.pending_dialog else {
            return;
        };
        match rx.try_recv() {
            Ok((purpose, answer)) => {
                self.pending_dialog = None;
                self.deferred_answer = Some((purpose, answer));
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => self.pending_dialog = None,
        }
    }

    /// Continue `purpose` with the user's answer.
    fn answered(&mut self, ctx: &egui::Context, purpose: Purpose, answer: DialogAnswer) {
        // The data's own questions use their own typed-path fields.
        match (&purpose, &answer) {
            (Purpose::Import, DialogAnswer::Chosen(paths)) => {
                self.start_import(paths.clone(), ctx);
                return;
            }
            (Purpose::Import, DialogAnswer::Unavailable) => {
                self.ui.show_import = true;
                return;
            }
            (Purpose::SaveInto, DialogAnswer::Unavailable) => {
                self.ui.show_save_as = true;
                self.status = Some(
                    "The bundled data is never written: type a new folder to save into.".to_owned(),
                );
                return;
            }
            _ => {}
        }
        let path = match answer {
            DialogAnswer::Chosen(paths) => match paths.into_iter().next() {
                Some(path) => path,
                None => return,
            },
            DialogAnswer::Cancelled => return,
            DialogAnswer::Unavailable => {
                self.prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                });
                return;
            }
        };
        match purpose {
            Purpose::SaveInto => {
                self.save_into(path, ctx);
            }
            Purpose::Import => self.start_import(vec![path], ctx),
            Purpose::OpenAny => self.open_path(ctx, &path),
            Purpose::OpenView => self.open_view(ctx, &path),
            Purpose::OpenTour => self.play_tour(ctx, TourSource::File(path)),
            Purpose::OpenDataFolder => self.open_data_folder(path, ctx),
            Purpose::SaveView(view) => {
                match data::save::write_file_atomic(&path, view.to_json_pretty().as_bytes()) {
                    Ok(()) => {
                        Recent::push(&mut self.recent.views, &path);
                        self.notice = Some(format!("View saved to {}", path.display()));
                    }
                    Err(e) => self.notice = Some(format!("The view was not saved: {e}")),
                }
            }
            Purpose::SaveTour(tour) => {
                match data::save::write_file_atomic(&path, tour.to_json_pretty().as_bytes()) {
                    Ok(()) => {
                        Recent::push(&mut self.recent.tours, &path);
                        self.draft.message = Some(format!("Saved to {}", path.display()));
                    }
                    Err(e) => self.draft.message = Some(format!("Not saved: {e}")),
                }
            }
            Purpose::ExportPng(state, size) => self.export_png(ctx, &state, size, path),
            Purpose::ExportCsv | Purpose::ExportJson => {
                let format = if matches!(purpose, Purpose::ExportCsv) {
                    crate::export::ExportFormat::Csv
                } else {
                    crate::export::ExportFormat::Json
                };
                let export = crate::export::Export::of(&self.dataset, self.shown.last());
                self.notice = Some(match export.write(format, &path) {
                    Ok(files) => format!(
                        "Exported {} file{} to {}",
                        files.len(),
                        if files.len() == 1 { "" } else { "s" },
                        path.display()
                    ),
                    Err(e) => format!("The export failed: {e}"),
                });
            }
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

    /// Files that are neither views, tours nor folders (a CSV or GeoJSON
    /// to import belongs here, once importing from the window exists).
    fn open_other(&mut self, path: &Path) {
        self.notice = Some(format!(
            "{}: Heartland opens views (*.view.json), tours (*.tour.json) and data folders here",
            path.display()
        ));
    }

    /// Show a view file; a bad file changes nothing and says why.
    fn open_view(&mut self, ctx: &egui::Context, path: &Path) {
        let file = path.display().to_string();
        let view = read_user_file(path)
            .and_then(|bytes| View::from_json(&bytes, &file).map_err(|e| e.to_string()));
        let view = match view {
            Ok(view) => view,
            Err(message) => {
                self.notice = Some(format!("The view cannot be opened: {message}"));
                return;
            }
        };
        let check = Tour {
            format: tour::TOUR_FORMAT,
            title: String::new(),
            author: String::new(),
            steps: vec![tour::Step {
                title: String::new(),
                caption: String::new(),
                sources: Vec::new(),
                view: view.clone(),
            }],
        };
        let errors: Vec<String> = check
            .check_references(&self.dataset, &file)
            .into_iter()
            .map(|mut e| {
                e.location = e.location.trim_start_matches("steps[0].view.").to_owned();
                e.to_string()
            })
            .collect();
        if !errors.is_empty() {
            self.notice = Some(format!(
                "The view cannot be opened on this data: {}",
                errors.join("; ")
            ));
            return;
        }
        self.player = None;
        self.set_state(ctx, state_of_view(&view));
        Recent::push(&mut self.recent.views, path);
    }

    /// Render `state` with the headless renderer of `heartland render`
    /// (same size rule, same text scale) on another thread, and write it.
    fn export_png(
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
            [
                ((rect.width() * ppp).round() as u32).max(16),
                ((rect.height() * ppp).round() as u32).max(16),
            ]
        });
        let geo = Arc::clone(self.scene.geo_arc());
        let dataset = Arc::clone(&self.dataset);
        let state = state.clone();
        let (tx, rx) = mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-export".to_owned())
            .spawn(move || {
                let scale = crate::render::export_scale(size);
                let result =
                    crate::render::render_to_file(geo, &dataset, &state, size, scale, &path);
                let message = match result {
                    Ok(()) => format!(
                        "Exported a {}×{} PNG to {}",
                        size[0],
                        size[1],
                        path.display()
                    ),
                    Err(e) => format!("The PNG was not exported: {e}"),
                };
                let _ = tx.send(message);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.notice = Some("Exporting the PNG…".to_owned());
                self.pending_export = Some(rx);
            }
            Err(e) => self.notice = Some(format!("Cannot start the export: {e}")),
        }
    }

    /// Take the outcome of a PNG export, if it finished.
    fn poll_export(&mut self) {
        let Some(rx) = &self.pending_export else {
            return;
        };
        match rx.try_recv() {
            Ok(message) => {
                self.pending_export = None;
                self.notice = Some(message);
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending_export = None;
                self.notice = Some("The PNG export stopped unexpectedly".to_owned());
            }
        }
    }

    /// An export under way on another thread.
    pub fn is_exporting(&self) -> bool {
        self.pending_export.is_some()
    }
}

/// Tour errors, one after the other.
fn join_errors(errors: &[crate::tour::TourError]) -> String {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    lines.join("; ")
}

/// How much larger everything is in presentation mode.
pub const PRESENTATION_ZOOM: f32 = 1.3;

impl eframe::App for HeartlandApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        launch_frame_step(ui.ctx(), "starts");
        self.first_frame_exit.on_frame(ui.ctx());
        // eframe's OpenGL painter clears the window to `clear_color` below
        // before painting; other hosts (UI tests) do not.
        self.window_clears_to_ocean = frame.gl().is_some();
        self.show(ui);
        launch_frame_step(ui.ctx(), "UI done");
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        Palette::of(self.state.theme)
            .ocean
            .to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STATE_KEY, &self.state);
        let dir = match &self.source {
            DataSource::Folder(dir) => Some(dir.clone()),
            DataSource::Bundled => None,
        };
        eframe::set_value(storage, DATA_DIR_KEY, &dir);
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        if !self.show_intro {
            eframe::set_value(storage, INTRO_KEY, &true);
        }
    }
}

/// Launch-time measurement: with `HEARTLAND_EXIT_AFTER_FIRST_FRAME` set, the
/// process ends as soon as its first frame has been painted and presented
/// (`scripts/launch_time.sh` times Heartland and an empty window this way).
#[derive(Debug, Default)]
pub struct FirstFrameExit {
    enabled: bool,
    frames: u32,
}

impl FirstFrameExit {
    /// On when `HEARTLAND_EXIT_AFTER_FIRST_FRAME` is set.
    pub fn from_env() -> Self {
        Self {
            enabled: std::env::var_os("HEARTLAND_EXIT_AFTER_FIRST_FRAME").is_some(),
            frames: 0,
        }
    }

    /// Call at the start of every frame. The first frame asks for a second;
    /// eframe starts the second only after presenting the first, and the
    /// process ends there, so window teardown is not part of what is timed.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        if !self.enabled {
            return;
        }
        if self.frames > 0 {
            std::process::exit(0);
        }
        self.frames += 1;
        ctx.request_repaint();
    }
}

/// Launch timeline, to see where the time to the first frame goes: with
/// `HEARTLAND_TRACE_LAUNCH` set, each step prints on standard error the
/// milliseconds since the first step (the start of `main`). Does nothing
/// when it is not set.
pub fn launch_step(step: &str) {
    static START: std::sync::OnceLock<Option<std::time::Instant>> = std::sync::OnceLock::new();
    let start = START.get_or_init(|| {
        std::env::var_os("HEARTLAND_TRACE_LAUNCH").map(|_| std::time::Instant::now())
    });
    if let Some(start) = start {
        eprintln!(
            "launch: {:8.2} ms  {step}",
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
}

/// A [`launch_step`] in the first two frames (the start of the second is
/// when the first has been presented).
pub fn launch_frame_step(ctx: &egui::Context, what: &str) {
    let pass = ctx.cumulative_pass_nr();
    if pass < 2 {
        launch_step(&format!("frame {}: {what}", pass + 1));
    }
}

pub use crate::panels::files::is_importable_data_file;

/// The years the year slider spans: those of the data, or 1991–2026 for data
/// without dates.
fn years_of(dataset: &Dataset) -> (i32, i32) {
    let (lo, hi) = dataset.year_range().unwrap_or((1991, 2026));
    (lo, hi.max(lo))
}

/// Run the app in a window.
pub fn run(options: AppOptions) -> eframe::Result {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Heartland")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0]),
        persistence_path: persistence_path(options.fresh),
        // OpenGL through glow: on machines without a GPU (software
        // rendering, as in a VM or a classroom PC without drivers) it starts
        // and draws several times faster than wgpu on a software Vulkan
        // driver, and on a GPU both are far inside the frame budget.
        renderer: eframe::Renderer::Glow,
        // Dithering hides banding in gradients; the map and panels are flat
        // colours, lines and text, and without it each pixel costs less on
        // a software renderer (about 5 ms less to the first frame here).
        dithering: false,
        ..Default::default()
    };
    let preload = Preload::start();
    eframe::run_native(
        "Heartland",
        native,
        Box::new(move |cc| {
            let mut app = HeartlandApp::with_preload(cc, options, preload);
            app.set_dialogs(Box::new(crate::panels::dialogs::RfdDialogs::default()));
            Ok(Box::new(app))
        }),
    )
}

/// Where settings are kept: eframe's default place, unless `fresh`, which
/// keeps nothing (a screenshot or a test must not depend on, or change, the
/// user's settings).
fn persistence_path(fresh: bool) -> Option<PathBuf> {
    if fresh {
        Some(std::env::temp_dir().join(format!("heartland-fresh-{}", std::process::id())))
            .filter(|p| !Path::new(p).exists())
    } else {
        None
    }
}
