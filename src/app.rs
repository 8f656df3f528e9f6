//! The eframe application: panels around the map, the user's state, the data
//! in use, persistence between runs.
//!
//! Each frame, the panels and the map read [`State`] and return
//! [`Command`]s; they are applied at the end of the frame. Data folders load
//! on a background thread, so the window never freezes on a big file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::command::Command;
use crate::data::{self, DataSource, Loaded, Problem};
use crate::geometry::{GeoAssets, load_bundled_geo};
use crate::map::{MapArgs, MapCache, map_ui};
use crate::model::Dataset;
use crate::palette::Palette;
use crate::panels;
use crate::panels::dialogs::{Dialogs, NoDialogs};
use crate::scene::Scene;
use crate::shown::{Shown, ShownCache};
use crate::state::{MetricsGraph, State};
use crate::style::apply_style;

/// Storage key of the user's [`State`].
const STATE_KEY: &str = "heartland.state";
/// Storage key of the data folder the user last opened.
const DATA_DIR_KEY: &str = "heartland.data_dir";

/// Options from the command line.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// `--data DIR`: load this folder instead of the remembered one.
    pub data_dir: Option<PathBuf>,
    /// Ignore remembered settings (tests, screenshots).
    pub fresh: bool,
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
    pending: Option<(DataSource, Receiver<Loaded>)>,
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
    /// How the app asks the user for files and folders.
    dialogs: Box<dyn Dialogs>,
    /// The Plots panel and its metrics cache.
    plots: panels::plots::PlotsState,
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
        if !options.fresh
            && let Some(storage) = cc.storage
        {
            if let Some(saved) = eframe::get_value::<State>(storage, STATE_KEY) {
                state = saved;
            }
            data_dir = eframe::get_value::<Option<PathBuf>>(storage, DATA_DIR_KEY).flatten();
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
        let (source, loaded) = match data_dir {
            Some(dir) if dir.is_dir() || options.fresh => {
                let loaded = data::load_dir(&dir);
                (DataSource::Folder(dir), loaded)
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
        app.scene = scene;
        app.first_frame_exit = FirstFrameExit::from_env();
        app.problems.extend(geo_problem);
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
            dialogs: Box::new(NoDialogs),
            plots: panels::plots::PlotsState::default(),
        }
    }

    /// Use these dialogs to ask for files and folders (UI tests script
    /// them; the window uses the system's).
    pub fn set_dialogs(&mut self, dialogs: Box<dyn Dialogs>) {
        self.dialogs = dialogs;
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
                let loaded = data::load_dir(&thread_dir);
                // The receiver may be gone if another folder was chosen.
                let _ = tx.send(loaded);
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
    fn poll_loading(&mut self) {
        let Some((source, rx)) = &self.pending else {
            return;
        };
        match rx.try_recv() {
            Ok(loaded) => {
                let source = source.clone();
                self.pending = None;
                self.replace_data(source, loaded);
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
    }

    /// One frame of the whole window; used by eframe and by UI tests.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.poll_loading();
        let ctx = ui.ctx().clone();
        apply_style(&ctx, self.state.theme);
        let mut commands = Vec::new();

        commands.extend(panels::toolbar(
            ui,
            &self.state,
            &mut self.ui,
            &panels::DataInfo {
                source: &self.source,
                problems: self.problems.len(),
                loading: self.pending.is_some(),
            },
        ));
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
            commands.extend(panels::layers_panel(ui, &self.state, &self.dataset));
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
                panels::inspector::InspectorAnalysis {
                    metrics: metrics.as_deref(),
                    derived: &self.shown.last().derived,
                },
            ));
        }
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

        for command in commands {
            self.apply(&ctx, command);
        }
    }

    /// Carry out what the user asked for, as the panels and the map do at
    /// the end of a frame (also used by benchmarks and, later, tours).
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let theme_before = self.state.theme;
        let panels_before = self.state.show_panels;
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
                _ => {}
            }
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
        Box::new(move |cc| Ok(Box::new(HeartlandApp::with_preload(cc, options, preload)))),
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
