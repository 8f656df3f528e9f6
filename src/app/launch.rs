//! Opening the window: the work started before it exists (geometry, the
//! opening level of detail, the bundled data), what was remembered from the
//! last run, the launch timeline and the first-frame exit that
//! `scripts/launch_time.sh` times, and [`run`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::HeartlandApp;
use super::dialogs::{NoDialogs, RfdDialogs};
use super::files::Recent;
use super::session::{Session, Wake};
use crate::data::{self, DataSource, Loaded, Problem};
use crate::geometry::{GeoAssets, GeoError, bundled_geo_or_problem};
use crate::map::MapCache;
use crate::palette::Palette;
use crate::panels;
use crate::panels::tours::TourDraft;
use crate::scene::Scene;
use crate::shown::ShownCache;
use crate::state::State;
use crate::style::apply_style;

/// Storage key of the user's [`State`].
const STATE_KEY: &str = "heartland.state";
/// Storage key of the data folder the user last opened.
const DATA_DIR_KEY: &str = "heartland.data_dir";
/// Storage key of the recently opened files ([`Recent`]).
const RECENT_KEY: &str = "heartland.recent";
/// Storage key: the first-launch card was dismissed.
const INTRO_KEY: &str = "heartland.intro_dismissed";
/// Storage key: the language chosen in View ▸ Language (its code).
const LANGUAGE_KEY: &str = "heartland.language";

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
    /// A view, a tour or a data folder to open once the window is up
    /// (`heartland FILE`, a double-click on a `*.view.json`).
    pub open: Option<PathBuf>,
    /// `--lang CODE`: the window's language for this run, over the one
    /// remembered, the system's and `HEARTLAND_LOCALE` (not remembered).
    pub lang: Option<crate::i18n::Locale>,
}

/// The problem shown when the bundled geometry cannot be loaded (a broken
/// build).
pub fn geo_problem(error: &GeoError) -> Problem {
    Problem {
        file: "assets/geo".to_owned(),
        location: String::new(),
        message: crate::i18n::Message::trf(
            "problem-geometry",
            "the map geometry could not be loaded: { $error }",
            &[("error", error)],
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
                let (geo, geo_error) = bundled_geo_or_problem();
                let mut scene = Scene::new(geo);
                build_opening_level(&mut scene);
                let preloaded = Preloaded {
                    scene,
                    geo_problem: geo_error.as_ref().map(geo_problem),
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
        let (geo, geo_error) = bundled_geo_or_problem();
        Preloaded {
            scene: Scene::new(geo),
            geo_problem: geo_error.as_ref().map(geo_problem),
            bundled: data::load_bundled(),
        }
    }
}

/// What the last run left: the view, the data folder, recent files, whether
/// to offer the introduction.
struct Remembered {
    state: State,
    data_dir: Option<PathBuf>,
    recent: Recent,
    show_intro: bool,
    language: Option<crate::i18n::Locale>,
}

impl Remembered {
    /// Read from eframe's storage (nothing with `--fresh`), then `--data`.
    fn read(storage: Option<&dyn eframe::Storage>, options: AppOptions) -> Self {
        let mut remembered = Self {
            state: State::default(),
            data_dir: None,
            recent: Recent::default(),
            show_intro: options.intro,
            language: None,
        };
        if !options.fresh {
            remembered.show_intro = true;
            if let Some(storage) = storage {
                if let Some(saved) = eframe::get_value::<State>(storage, STATE_KEY) {
                    remembered.state = saved;
                    // Something remembered: not a first launch.
                    remembered.show_intro = false;
                }
                if eframe::get_value::<bool>(storage, INTRO_KEY).unwrap_or(false) {
                    remembered.show_intro = false;
                }
                remembered.data_dir =
                    eframe::get_value::<Option<PathBuf>>(storage, DATA_DIR_KEY).flatten();
                remembered.recent =
                    eframe::get_value::<Recent>(storage, RECENT_KEY).unwrap_or_default();
                remembered.language = eframe::get_value::<String>(storage, LANGUAGE_KEY)
                    .and_then(|code| crate::i18n::Locale::from_code(&code));
            }
        }
        if options.data_dir.is_some() {
            remembered.data_dir = options.data_dir;
        }
        remembered
    }
}

impl HeartlandApp {
    /// The app from already loaded parts (tests, benches).
    pub fn with_parts(
        geo: Arc<GeoAssets>,
        loaded: Loaded,
        source: DataSource,
        state: State,
    ) -> Self {
        Self::with_session(Scene::new(geo), Session::new(loaded, source), state)
    }

    /// The app on `session`, drawing with `scene`.
    fn with_session(scene: Scene, session: Session, mut state: State) -> Self {
        state.year = session.clamp_year(state.year);
        let show_problems = !session.problems().is_empty();
        let shown = ShownCache::default();
        // The plots read the metrics the map's shown cache computes.
        let plots = panels::plots::PlotsState::sharing(shown.metrics_cache());
        Self {
            state,
            session,
            scene,
            shown,
            map_cache: MapCache::default(),
            compare: Default::default(),
            ui: panels::PanelState {
                show_problems,
                ..Default::default()
            },
            first_frame_exit: FirstFrameExit::default(),
            window_clears_to_ocean: false,
            dialogs: Arc::new(Mutex::new(Box::new(NoDialogs))),
            pending_dialog: None,
            deferred_answer: None,
            pending_export: None,
            animation: Default::default(),
            prompt: None,
            player: None,
            draft: TourDraft::default(),
            show_intro: false,
            recent: Recent::default(),
            language: None,
            notice: None,
            toasts: Default::default(),
            last_status: None,
            plots,
            asking_close: false,
            closing: false,
            close_after_save: false,
            title: String::new(),
            prefetch_after_first_frame: false,
            caption_shown: false,
            tour_fit_rect: None,
            recovery_offer: None,
        }
    }

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
        let fresh = options.fresh;
        let lang = options.lang;
        let remembered = Remembered::read(cc.storage, options);
        // The language: `--lang`, else HEARTLAND_LOCALE (a testing aid:
        // `pseudo` lengthens every string), else the one chosen in an
        // earlier run, else the system's on a first start. A fresh start
        // (tests, screenshots) keeps the thread's, English unless a test
        // chose another.
        if let Some(locale) = lang.or_else(crate::i18n::locale_from_env) {
            crate::i18n::set_locale(locale);
        } else if !fresh {
            crate::i18n::set_locale(
                remembered
                    .language
                    .unwrap_or_else(crate::i18n::system_locale),
            );
        }
        launch_step("window and OpenGL ready");
        let Preloaded {
            scene,
            geo_problem,
            bundled,
        } = preload.finish();
        let ctx = cc.egui_ctx.clone();
        let wake: Wake = Arc::new(move || ctx.request_repaint());
        let session = match remembered.data_dir {
            Some(dir) if dir.is_dir() || fresh => Session::open(dir, wake),
            Some(dir) => {
                let mut loaded = bundled;
                loaded.problems.push(Problem {
                    file: dir.display().to_string(),
                    location: String::new(),
                    message: crate::i18n::Message::tr(
                        "launch-folder-gone",
                        "this data folder no longer exists; showing the bundled data",
                    ),
                });
                let mut session = Session::new(loaded, DataSource::Bundled);
                session.set_wake(wake);
                session
            }
            None => {
                let mut session = Session::new(bundled, DataSource::Bundled);
                session.set_wake(wake);
                session
            }
        };
        let mut app = Self::with_session(scene, session, remembered.state);
        if let Some(problem) = geo_problem {
            // Listed, the panel left as the data's problems have it.
            app.session.push_problem(problem);
        }
        // The window builds levels of detail ahead, off the UI thread, once
        // its first frame is on the screen (not to slow the launch).
        app.prefetch_after_first_frame = true;
        app.first_frame_exit = FirstFrameExit::from_env();
        app.show_intro = remembered.show_intro;
        app.recent = remembered.recent;
        app.language = remembered.language;
        // Unsaved edits are kept beside the user's settings; a fresh start
        // (tests, screenshots) keeps none and finds none.
        app.set_recovery_file(
            (!fresh)
                .then(|| eframe::storage_dir("Heartland"))
                .flatten()
                .map(|d| d.join(crate::data::recovery::RECOVERY_FILE_NAME)),
        );
        crate::fonts::install(&cc.egui_ctx);
        apply_style(&cc.egui_ctx, app.state.theme);
        if launch_counts_wanted() {
            cc.egui_ctx.add_plugin(FirstFrameCounts::default());
        }
        app
    }

    /// Start building the other levels of detail on another thread once the
    /// first frame has been presented. Started earlier, that thread takes a
    /// core from the software rasteriser while it draws the first frame
    /// (two cores: a quarter of all the work up to the first frame was that
    /// thread's).
    pub(super) fn prefetch_once_presented(&mut self, ctx: &egui::Context) {
        if !self.prefetch_after_first_frame {
            return;
        }
        if ctx.cumulative_frame_nr() == 0 {
            // The next frame starts once this one is on the screen.
            ctx.request_repaint();
            return;
        }
        self.prefetch_after_first_frame = false;
        self.set_prefetch_levels(true);
    }
}

/// Whether `HEARTLAND_TRACE_LAUNCH=counts`: the timeline, and what the first
/// frame sends to the GPU ([`FirstFrameCounts`]).
fn launch_counts_wanted() -> bool {
    std::env::var_os("HEARTLAND_TRACE_LAUNCH").is_some_and(|v| v == "counts")
}

/// With `HEARTLAND_TRACE_LAUNCH=counts`, prints (as a `launch:` line) what the
/// first frame sends to the GPU: its clipped meshes, vertices, triangles, the
/// area they cover (overdraw included) and the texture bytes uploaded (the
/// font atlas, images). It tessellates the frame a second time to count, so
/// it is not on when launches are timed.
#[derive(Default)]
struct FirstFrameCounts {
    done: bool,
}

impl egui::Plugin for FirstFrameCounts {
    fn debug_name(&self) -> &'static str {
        "heartland first-frame counts"
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        if std::mem::replace(&mut self.done, true) {
            return;
        }
        let ppp = output.pixels_per_point;
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        let (mut meshes, mut vertices, mut indices, mut area) = (0, 0, 0, 0.0_f64);
        let mut each = Vec::new();
        for primitive in &primitives {
            if let egui::epaint::Primitive::Mesh(mesh) = &primitive.primitive {
                meshes += 1;
                vertices += mesh.vertices.len();
                indices += mesh.indices.len();
                let covered = covered_area(mesh);
                area += covered;
                each.push(format!(
                    "{}:{:.0}",
                    mesh.indices.len() / 3,
                    covered * f64::from(ppp * ppp) / 1e3
                ));
            }
        }
        let textures: Vec<String> = output
            .textures_delta
            .set
            .iter()
            .flat_map(|(id, deltas)| deltas.iter().map(move |d| (id, d)))
            .map(|(id, delta)| {
                let [w, h] = delta.image.size();
                format!("{id:?} {w}×{h}")
            })
            .collect();
        let texture_bytes: usize = output
            .textures_delta
            .set
            .values()
            .flatten()
            .map(|d| d.image.size()[0] * d.image.size()[1] * d.image.bytes_per_pixel())
            .sum();
        let screen = f64::from(ctx.viewport_rect().area());
        launch_step(&format!(
            "frame 1 sends {} shapes as {meshes} meshes, {vertices} vertices, {} triangles \
             covering {:.2} Mpx ({:.1}× the window), {} kB of textures ({})",
            output.shapes.len(),
            indices / 3,
            area * f64::from(ppp * ppp) / 1e6,
            if screen > 0.0 { area / screen } else { 0.0 },
            texture_bytes / 1024,
            textures.join(", ")
        ));
        launch_step(&format!(
            "frame 1 meshes (triangles:thousand pixels covered) {}",
            each.join(" ")
        ));
        // The fonts, set up again from nothing: egui's own, then with the
        // bundled fallback, laying out text in the region's scripts.
        let (options, definitions) = ctx.fonts(|f| (*f.options(), f.definitions().clone()));
        let sample = "Heartland 2026 Azərbaycan Oʻzbekiston Қазақстан Հայաստան საქართველო";
        let [own, with_fallback] = crate::fonts::loading_times(options, &definitions, ppp, sample);
        launch_step(&format!(
            "fonts: set up and one line laid out in 2 families: {own:.1} ms with egui's fonts, \
             {with_fallback:.1} ms with {} as well",
            crate::fonts::FALLBACK_NAME
        ));
    }
}

/// The area of a mesh's triangles, points² (overlaps counted each time).
fn covered_area(mesh: &egui::Mesh) -> f64 {
    mesh.indices
        .chunks_exact(3)
        .filter_map(|t| {
            let [a, b, c] =
                [t[0], t[1], t[2]].map(|i| mesh.vertices.get(i as usize).map(|v| v.pos));
            let (a, b, c) = (a?, b?, c?);
            Some(f64::from(
                ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0,
            ))
        })
        .sum()
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

/// The window's icon: Heartland's own, the 128-pixel one the packages
/// install (`packaging/icons/`), for title bars, task bars and window
/// switchers that take the window's icon rather than the desktop entry's
/// (X11 window managers, Windows). Without it eframe shows egui's icon,
/// which it decodes from a 512-pixel PNG at every launch. `None` (egui's
/// icon) if it cannot be decoded, which a test rules out.
pub fn window_icon() -> Option<Arc<egui::IconData>> {
    eframe::icon_data::from_png_bytes(include_bytes!(
        "../../packaging/icons/128/org.heartland.Heartland.png"
    ))
    .ok()
    .map(Arc::new)
}

/// Run the app in a window.
pub fn run(options: AppOptions) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Heartland")
        .with_app_id(crate::APP_ID)
        .with_inner_size([1400.0, 900.0])
        .with_min_inner_size([640.0, 400.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
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
            let open = options.open.clone();
            let mut app = HeartlandApp::with_preload(cc, options, preload);
            app.set_dialogs(Box::new(RfdDialogs::default()));
            if let Some(path) = &open {
                app.open_path(&cc.egui_ctx, path);
            }
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

impl HeartlandApp {
    /// Keep for the next run what [`Remembered::read`] reads: the view, the
    /// data folder, the recent files, the introduction dismissed.
    pub(super) fn remember(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STATE_KEY, &self.state);
        let dir = match self.session.source() {
            DataSource::Folder(dir) => Some(dir.clone()),
            DataSource::Bundled => None,
        };
        eframe::set_value(storage, DATA_DIR_KEY, &dir);
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        if let Some(locale) = self.language {
            eframe::set_value(storage, LANGUAGE_KEY, &locale.code());
        }
        if !self.show_intro {
            eframe::set_value(storage, INTRO_KEY, &true);
        }
    }
}

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
        self.remember(storage);
    }
}
