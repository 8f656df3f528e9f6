//! The map widget: input (pan, zoom, keys), camera, the scene level for the
//! zoom, the layers' shapes in order, then hover and click. It reads the
//! state and what is shown ([`Shown`]) and returns [`Command`]s; it never
//! changes the state itself.
//!
//! The same function paints the window and the headless PNG (see
//! [`crate::render`]), so a rendered view is what the window shows.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Key, Pos2, Rect, Response, Sense, Shape, Ui, WidgetInfo};

use crate::command::Command;
use crate::geometry::{LonLat, Projection, ProjectionKind, WorldRect, WorldXY};
use crate::i18n::{Message, tr};
use crate::layers;
use crate::layers::corridors::Route;
use crate::layers::mesh::add_large_mesh;
use crate::layers::relations::{ArcCurves, RelationArc};
use crate::model::{CountryCode, Dataset};
use crate::palette::Palette;
use crate::scene::{Scene, SceneLevel};
use crate::shown::Shown;
use crate::state::{Camera, FillLayer, Preset, Selection, State};
use crate::transform::{MapTransform, TransformKey};

/// What the map paints from, for one frame.
pub struct MapArgs<'a> {
    pub state: &'a State,
    pub dataset: &'a Dataset,
    /// What the view shows (computed from `state` and `dataset`).
    pub shown: &'a Shown,
    /// Changes whenever `shown` was recomputed.
    pub shown_generation: u64,
    /// False for headless rendering: no input is read, nothing is hovered.
    pub interactive: bool,
    /// Changes whenever the dataset is replaced (caches key on it).
    pub data_generation: u64,
    /// The window behind the map was already cleared to the ocean colour
    /// (the app's window clears to it), so the map need not paint its sea:
    /// a full-size rectangle fewer per frame, which a software renderer
    /// feels. False where nothing clears (UI tests, the headless render).
    pub ocean_is_background: bool,
    /// Painted inside a figure ([`crate::figure`]), which sets the title,
    /// the legend and the attribution around the map: the map paints none
    /// of them.
    pub in_figure: bool,
}

/// What the pointer is over.
#[derive(Clone, Debug, PartialEq)]
pub enum Hovered {
    /// A country feature (index into the level's `world.countries`).
    Country {
        feature: usize,
        code: Option<CountryCode>,
        name: String,
    },
    /// A disputed area (index into the level's `world.disputed`).
    Disputed { feature: usize },
    /// A relation arc (index into [`Shown::relations`]).
    Relation { index: usize },
    /// Bundled arcs running together under the pointer (indices into
    /// [`Shown::relations`], the strongest first).
    Bundle { indices: Vec<usize> },
    /// Bundled derived lines under the pointer (indices into
    /// [`Shown::derived`], the strongest first), and the country beneath
    /// them (what a click selects, as on unbundled derived arcs).
    DerivedBundle {
        indices: Vec<usize>,
        under: Option<CountryCode>,
    },
    /// A corridor route (index into [`Shown::corridors`]).
    Corridor { index: usize },
    /// A flow between groups (index into [`Drawn::flows`]).
    Flow { index: usize },
    /// A group's disc (index into [`Drawn::nodes`]).
    Group { index: usize },
}

/// The lines of what is shown on the plane of the projection: relation arcs
/// and corridor routes. Rebuilt when what is shown or the projection
/// changes, not on pan or zoom.
#[derive(Clone, Debug, Default)]
pub struct Drawn {
    /// Relation arcs that can be drawn, in [`Shown::relations`] order.
    pub arcs: Vec<RelationArc>,
    /// Corridor routes, in [`Shown::corridors`] order.
    pub routes: Vec<Route>,
    /// Flows between groups (zoomed out with `aggregate: groups`; then
    /// `arcs` is empty).
    pub flows: Vec<layers::groups::FlowArc>,
    /// The groups' discs, with the flows.
    pub nodes: Vec<layers::groups::NodeDot>,
    /// Derived relations that can be drawn, in [`Shown::derived`] order.
    pub derived: Vec<layers::analysis::DerivedArc>,
}

/// What the drawn lines were built from.
#[derive(Clone, Copy, Debug, PartialEq)]
struct DrawnKey {
    shown: u64,
    data: u64,
    projection: ProjectionKind,
    /// Changes when bundled arcs arrive from another thread.
    bundles: u64,
}

/// Everything the map keeps between frames that is not user state: stroke
/// meshes for the current zoom, the lines of what is shown, the last
/// transform (for tests and export), what is hovered.
#[derive(Default)]
pub struct MapCache {
    strokes: layers::strokes::StrokeCache,
    fills: layers::base::FillCache,
    /// The transform of the last painted frame.
    pub last_transform: Option<MapTransform>,
    /// The projection of the last painted frame.
    pub last_projection: Option<Projection>,
    /// What the pointer was over in the last frame.
    pub hovered: Option<Hovered>,
    curves: ArcCurves,
    bundles: layers::bundles::BundleCache,
    /// The arcs are being bundled on another thread (drawn unbundled
    /// meanwhile).
    bundling: bool,
    drawn: Drawn,
    drawn_key: Option<DrawnKey>,
    /// Bumped when the arcs' look changes (not when only the year does).
    arcs_generation: u64,
    /// The runs of the arcs that show, and the arcs' generation they are
    /// of ([`layers::relations::visible_runs`]: each shared trunk once).
    arc_runs: Option<(u64, Arc<layers::relations::Runs>)>,
    /// The runs' seen pieces for the current zoom, moved while the user
    /// pans ([`layers::relations::KeptPieces`]).
    kept_pieces: layers::relations::KeptPieces,
    /// Bumped when the routes' look changes.
    routes_generation: u64,
    /// Bumped when the derived lines are rebuilt.
    derived_generation: u64,
    arc_lines: LinesCache,
    route_lines: LinesCache,
    derived_lines: LinesCache,
    badge_lines: LinesCache,
    flow_lines: LinesCache,
    not_recorded: layers::stances::HatchCache,
    /// The legend's rows in the last frame.
    pub legend: Vec<layers::legend::Row>,
    /// Where the legend was in the last frame (none: nothing to explain):
    /// the window's, with its header, or the headless render's.
    pub legend_rect: Option<Rect>,
    /// The scale bar's and the attribution's rectangles in the last frame.
    pub foot_rects: Vec<Rect>,
    /// The capital markers sized by a metric in the last frame.
    pub markers: Vec<layers::analysis::Marker>,
    /// What the map drew over itself in the last frame (legend, title,
    /// scale bar, attribution, membership badges): labels keep clear.
    pub overlays: Vec<Rect>,
    /// The capitals' and countries' names in the last frame.
    pub labels: Vec<Rect>,
    /// The names and capitals drawn in the last frame (for vector figures).
    pub placed: layers::labels::Placed,
    /// The title line at the top of the map in the last frame.
    pub title: Option<Rect>,
    /// The names and capitals, placed once per camera and content.
    label_cache: layers::labels::LabelsCache,
    /// The legend's rows and the land's fills, and what they were made from
    /// (they change only with the content, not with the camera).
    content: Option<(ContentKey, Vec<layers::legend::Row>, LandFills)>,
}

/// The fills over the land by country ([`overlay_fills`]), shared.
type LandFills = Arc<BTreeMap<CountryCode, Color32>>;

/// What the legend's rows and the land's fills depend on: the data, what is
/// shown, the layers, the analysis choices, the theme and the language.
#[derive(Clone, Debug, PartialEq)]
struct ContentKey {
    data: u64,
    shown: u64,
    layers: crate::state::Layers,
    analysis: crate::state::Analysis,
    theme: crate::state::Theme,
    locale: crate::i18n::Locale,
}

/// What a tessellated set of lines was drawn for.
#[derive(Clone, Debug, PartialEq)]
struct LinesKey {
    content: u64,
    view: TransformKey,
    hovered: Option<usize>,
    halo: Color32,
    pixels_per_point: u32,
}

impl LinesKey {
    fn new(
        content: u64,
        transform: &MapTransform,
        hovered: Option<usize>,
        halo: Color32,
        pixels_per_point: f32,
    ) -> Self {
        Self {
            content,
            view: transform.key(),
            hovered,
            halo,
            pixels_per_point: pixels_per_point.to_bits(),
        }
    }
}

/// Lines (corridors, or relations), tessellated once and reused while
/// nothing they depend on changes: with thousands of arcs, tessellating the
/// paths is most of a frame.
#[derive(Default)]
struct LinesCache {
    key: Option<LinesKey>,
    mesh: Arc<Mesh>,
    /// How many times the lines were tessellated (for tests and benches).
    rebuilds: u64,
}

impl LinesCache {
    fn mesh(
        &mut self,
        key: &LinesKey,
        shapes: impl FnOnce(&mut Vec<Shape>),
        ctx: &egui::Context,
    ) -> Arc<Mesh> {
        if self.key.as_ref() == Some(key) {
            return Arc::clone(&self.mesh);
        }
        let mut out = Vec::new();
        shapes(&mut out);
        let pixels_per_point = f32::from_bits(key.pixels_per_point);
        let options = ctx.tessellation_options(|o| *o);
        let mut tess = Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());
        tess.set_clip_rect(key.view.rect().expand(8.0));
        let mut mesh = Mesh::default();
        for shape in out {
            tess.tessellate_shape(shape, &mut mesh);
        }
        self.mesh = Arc::new(mesh);
        self.key = Some(key.clone());
        self.rebuilds += 1;
        Arc::clone(&self.mesh)
    }
}

/// The look of an arc: equal looks draw equal pixels.
fn arc_look(arc: &RelationArc) -> (usize, u64, bool, bool) {
    (
        Arc::as_ptr(&arc.points) as usize,
        arc.score.value().to_bits(),
        arc.dimmed,
        arc.directed,
    )
}

impl MapCache {
    /// The lines of what is shown, as of the last frame.
    pub fn drawn(&self) -> &Drawn {
        &self.drawn
    }

    /// Take `other`'s stroked base map (coastlines, borders, lake shores,
    /// graticule, hatching: the same for every year) where it was built
    /// for another view than this cache's: the second map of a comparison
    /// shows the first one's camera and strokes nothing again.
    pub fn share_base_from(&mut self, other: &Self) {
        self.strokes.share_from(&other.strokes);
    }

    /// How many times the stroked base map was built (tests and benches).
    pub fn stroke_rebuilds(&self) -> u64 {
        self.strokes.rebuilds
    }

    /// How many times the country fills were built and only recoloured.
    pub fn fill_updates(&self) -> (u64, u64) {
        (self.fills.rebuilds, self.fills.recolours)
    }

    /// How many times relation and corridor lines were tessellated (tests
    /// and benches check that a year change redoes only what changed).
    pub fn line_rebuilds(&self) -> (u64, u64) {
        (self.arc_lines.rebuilds, self.route_lines.rebuilds)
    }

    /// Make the legend's rows and the land's fills again if what they are
    /// made from changed (computed each frame, they cost about a tenth of a
    /// frame with every layer on).
    fn update_content(&mut self, args: &MapArgs<'_>) {
        let key = ContentKey {
            data: args.data_generation,
            shown: args.shown_generation,
            layers: args.state.layers,
            analysis: args.state.analysis.clone(),
            theme: args.state.theme,
            locale: crate::i18n::locale(),
        };
        if self.content.as_ref().is_some_and(|(k, ..)| *k == key) {
            return;
        }
        let rows = layers::legend::rows(&layers::legend::LegendInput {
            dataset: args.dataset,
            shown: args.shown,
            layers: args.state.layers,
            analysis: &args.state.analysis,
            theme: args.state.theme,
        });
        let palette = Palette::of(args.state.theme);
        let fills = Arc::new(overlay_fills(args.shown, args.dataset, &palette));
        self.content = Some((key, rows, fills));
    }

    /// The legend's rows for what `args` shows.
    fn legend_rows(&mut self, args: &MapArgs<'_>) -> Vec<layers::legend::Row> {
        self.update_content(args);
        self.content
            .as_ref()
            .map(|(_, rows, _)| rows.clone())
            .unwrap_or_default()
    }

    /// The land's fills for what `args` shows ([`overlay_fills`]).
    fn overlay_fills(&mut self, args: &MapArgs<'_>) -> LandFills {
        self.update_content(args);
        self.content
            .as_ref()
            .map(|(_, _, fills)| Arc::clone(fills))
            .unwrap_or_default()
    }

    /// How many times the names were placed (they are painted again,
    /// not placed again, while the camera and the content stay).
    pub fn label_placements(&self) -> u64 {
        self.label_cache.placements()
    }

    /// Whether the arcs are being bundled on another thread (the map says
    /// "Bundling…" and draws them unbundled meanwhile).
    pub fn is_bundling(&self) -> bool {
        self.bundling
    }

    /// The bundled arcs kept and computed ([`layers::bundles`]).
    pub fn bundles(&self) -> &layers::bundles::BundleCache {
        &self.bundles
    }

    /// Rebuild the plane lines if what is shown or the projection changed.
    /// The look generations move only when the look did, so a year that
    /// changes nothing visible reuses the tessellated lines.
    fn update_drawn(&mut self, args: &MapArgs<'_>, projection: &Projection) {
        self.bundles.take_arrivals();
        let key = DrawnKey {
            shown: args.shown_generation,
            data: args.data_generation,
            projection: projection.kind(),
            bundles: self.bundles.arrived(),
        };
        if self.drawn_key == Some(key) {
            return;
        }
        let (mut arcs, (flows, nodes)) = match &args.shown.flows {
            Some(f) => (Vec::new(), layers::groups::drawn(f, projection)),
            None => (
                self.curves.arcs(
                    args.dataset,
                    args.data_generation,
                    &args.shown.relations,
                    projection,
                ),
                (Vec::new(), Vec::new()),
            ),
        };
        let relations = &args.state.relations;
        self.bundling = args.state.layers.relations
            && relations.bundle
            && args.shown.flows.is_none()
            && self.bundles.apply(
                &mut arcs,
                &args.shown.relations,
                (args.data_generation, projection.kind()),
                args.interactive,
            ) == layers::bundles::BundleStatus::Pending;
        let mut derived =
            layers::analysis::derived_arcs(args.dataset, projection, &args.shown.derived);
        if relations.bundle
            && self.bundles.apply_derived(
                &mut derived,
                &args.shown.derived,
                (args.data_generation, projection.kind()),
                args.interactive,
            ) == layers::bundles::BundleStatus::Pending
        {
            self.bundling = true;
        }
        self.derived_generation += 1;
        let routes = layers::corridors::routes(&args.shown.corridors, projection);
        let same_arcs = arcs.len() == self.drawn.arcs.len()
            && arcs
                .iter()
                .zip(&self.drawn.arcs)
                .all(|(a, b)| arc_look(a) == arc_look(b));
        if !same_arcs {
            self.arcs_generation += 1;
        }
        let same_routes = routes.len() == self.drawn.routes.len()
            && routes
                .iter()
                .zip(&self.drawn.routes)
                .all(|(a, b)| a.status == b.status && a.segments == b.segments);
        if !same_routes {
            self.routes_generation += 1;
        }
        self.drawn = Drawn {
            arcs,
            routes,
            flows,
            nodes,
            derived,
        };
        self.drawn_key = Some(key);
    }

    /// Screen position of a geographic point in the last painted frame.
    pub fn screen_pos_of(&self, p: LonLat) -> Option<Pos2> {
        let t = self.last_transform?;
        let w = self.last_projection.as_ref()?.project(p)?;
        Some(t.screen_from_world(w))
    }
}

/// The `k` of the relation and corridor lines (after the base map's).
const LINES_MESH: usize = 7;

/// Show the map in all the space `ui` has left. Returns what the user asked for.
pub fn map_ui(
    ui: &mut Ui,
    args: &MapArgs<'_>,
    scene: &mut Scene,
    cache: &mut MapCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let (rect, response) = allocate(ui, args.interactive);
    let projection = scene.projection(args.state.projection).clone();
    let legend_rows = cache.legend_rows(args);
    // The window's legend: the preset fit keeps the region out of it.
    let palette = Palette::of(args.state.theme);
    // Nearly opaque in the window, so arcs and labels under it do not show
    // through the text; the headless render keeps the lighter veil.
    let legend_colors = if args.interactive {
        let [r, g, b, _] = palette.halo.to_srgba_unmultiplied();
        (
            palette.label,
            Color32::from_rgba_unmultiplied(r, g, b, 0xf2),
        )
    } else {
        (palette.label, palette.halo.gamma_multiply(0.9))
    };
    let legend_avoid = (args.interactive && !legend_rows.is_empty()).then(|| {
        let laid = layers::legend::lay_out(
            ui.painter(),
            &legend_rows,
            legend_colors.0,
            layers::legend::max_width(rect),
        );
        layers::legend::window_rect(rect, &laid, args.state.legend)
    });
    let camera = camera_step(
        ui,
        args,
        &response,
        &projection,
        (rect, legend_avoid),
        &mut commands,
    );
    let transform = transform_of(&projection, camera, rect);
    let pixels_per_point = ui.ctx().pixels_per_point();
    let km_per_pixel = transform.km_per_point / f64::from(pixels_per_point);
    let level = scene.level(args.state.projection, km_per_pixel);
    let index = scene.level_index_for(km_per_pixel);
    scene.prefetch(args.state.projection, index);
    cache.update_drawn(args, &projection);
    let hovered = if args.interactive {
        response.hover_pos().and_then(|p| {
            let drawn = (&cache.drawn, args.shown.derived.as_slice());
            hover_step(drawn, &level, scene, &transform, p)
        })
    } else {
        None
    };
    let frame = PaintFrame {
        ui,
        args,
        level: &level,
        projection: &projection,
        transform: &transform,
        hovered: hovered.as_ref(),
        legend: (&legend_rows, legend_avoid),
    };
    paint_step(frame, scene, cache);
    // A figure's map (and the second map of a comparison) leaves the
    // legend to what frames it.
    if args.interactive && !args.in_figure {
        let (legend_rect, moved) =
            layers::legend::window_legend(ui, rect, &legend_rows, args.state.legend, legend_colors);
        cache.legend_rect = legend_rect;
        commands.extend(moved.map(Command::SetLegend));
    }
    cache.legend = legend_rows;
    // The hints under the title line.
    let mut hints_rect = rect;
    if let Some(title) = cache.title {
        hints_rect.min.y = title.max.y;
    }
    let mut hints: Vec<String> = args.shown.hints.iter().map(Message::shown).collect();
    if cache.bundling {
        hints.push(tr("bundle-computing", "Bundling…").into_owned());
        layers::overlay::hints_ui(ui, hints_rect, &hints, &palette);
        // Look again soon: the bundles arrive from another thread.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(50));
    } else {
        layers::overlay::hints_ui(ui, hints_rect, &hints, &palette);
    }
    if args.interactive {
        commands.extend(interaction_step(
            &response,
            args,
            &level,
            scene,
            hovered.as_ref(),
            &cache.drawn,
        ));
    }
    cache.last_transform = Some(transform);
    cache.last_projection = Some(projection);
    cache.hovered = hovered;
    commands
}

/// Input: the map takes all the space left, and clicks and drags when it is
/// interactive.
fn allocate(ui: &mut Ui, interactive: bool) -> (Rect, Response) {
    let sense = if interactive {
        Sense::click_and_drag()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), sense);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, tr("map-label", "Map")));
    (rect, response)
}

/// Camera: fitted to a pending preset, then moved by the user's input; each
/// change becomes a command.
fn camera_step(
    ui: &Ui,
    args: &MapArgs<'_>,
    response: &Response,
    projection: &Projection,
    (rect, legend): (Rect, Option<Rect>),
    commands: &mut Vec<Command>,
) -> Camera {
    let state = args.state;
    let mut camera = state.camera;
    if state.fit_preset_pending
        && let Some(preset) = state.preset
        && let Some(fitted) = fit_camera_clear_of(projection, preset, rect, legend)
    {
        camera = fitted;
        commands.push(Command::PresetFitted(fitted));
    }
    if args.interactive
        && let Some(moved) = camera_input(ui, response, projection, camera, rect)
    {
        camera = moved;
        commands.push(Command::SetCamera(moved));
    }
    camera
}

/// The frame's screen ↔ plane transform for `camera` in `rect`.
fn transform_of(projection: &Projection, camera: Camera, rect: Rect) -> MapTransform {
    let center_world = projection
        .project(camera.center_lon_lat())
        .unwrap_or(WorldXY { x: 0.0, y: 0.0 });
    MapTransform {
        center_world,
        km_per_point: camera.km_per_point(),
        rect,
    }
}

/// Hover: relation arcs first, then corridors, then disputed areas and
/// countries.
fn hover_step(
    (drawn, shown_derived): (&Drawn, &[crate::shown::ShownDerived]),
    level: &SceneLevel,
    scene: &Scene,
    transform: &MapTransform,
    pointer: Pos2,
) -> Option<Hovered> {
    if let Some(index) = layers::groups::hit_node(&drawn.nodes, transform, pointer) {
        return Some(Hovered::Group { index });
    }
    if let Some(index) = layers::groups::hit_flow(&drawn.flows, transform, pointer) {
        return Some(Hovered::Flow { index });
    }
    if let Some(i) = layers::relations::hit_test(&drawn.arcs, transform, pointer) {
        if drawn.arcs.get(i).is_some_and(|a| a.bundled) {
            let all = layers::relations::hit_all(&drawn.arcs, transform, pointer);
            if all.len() > 1 {
                let indices = all
                    .iter()
                    .filter_map(|j| drawn.arcs.get(*j))
                    .map(|a| a.shown);
                return Some(Hovered::Bundle {
                    indices: indices.collect(),
                });
            }
        }
        return drawn
            .arcs
            .get(i)
            .map(|a| Hovered::Relation { index: a.shown });
    }
    let derived = layers::analysis::hit_bundled(&drawn.derived, shown_derived, transform, pointer);
    if !derived.is_empty() {
        let under = match hit_test(level, scene, transform.world_from_screen(pointer)) {
            Some(Hovered::Country { code, .. }) => code,
            _ => None,
        };
        return Some(Hovered::DerivedBundle {
            indices: derived,
            under,
        });
    }
    if let Some(i) = layers::corridors::hit_test(&drawn.routes, transform, pointer) {
        return drawn
            .routes
            .get(i)
            .map(|r| Hovered::Corridor { index: r.shown });
    }
    hit_test(level, scene, transform.world_from_screen(pointer))
}

/// What one frame paints the map from: read only, shared by
/// [`paint_step`] and [`paint_layers`].
#[derive(Clone, Copy)]
struct PaintFrame<'a> {
    ui: &'a Ui,
    args: &'a MapArgs<'a>,
    level: &'a SceneLevel,
    projection: &'a Projection,
    transform: &'a MapTransform,
    hovered: Option<&'a Hovered>,
    /// The legend's rows, and where it stands (for the labels to avoid).
    legend: (&'a [layers::legend::Row], Option<Rect>),
}

/// Paint the map's layers ([`paint_layers`]). Headless (a figure, an
/// export), a stroke rebuild runs on another thread while the rest of the
/// map is painted, and its meshes are put in the places kept for them: the
/// same shapes in the same order as built here. The window does so only
/// for the first strokes a map builds (its first frame: the launch waits
/// for it, and the other core is idle then), not when it rebuilds them at
/// every zoom (a thread each time cost it memory).
fn paint_step(frame: PaintFrame<'_>, scene: &mut Scene, cache: &mut MapCache) {
    let PaintFrame {
        ui,
        args,
        level,
        transform,
        ..
    } = frame;
    let pixels_per_point = ui.ctx().pixels_per_point();
    let palette = Palette::of(args.state.theme);
    cache
        .strokes
        .use_ridge(Some(layers::strokes::ridge_texture(ui.ctx())));
    let stale = if args.interactive && cache.strokes.key.is_some() {
        None
    } else {
        cache
            .strokes
            .stale(transform, level, &palette, pixels_per_point)
    };
    let Some(key) = stale else {
        paint_layers(frame, scene, cache, None);
        return;
    };
    let graticule = scene.graticule(args.state.projection);
    std::thread::scope(|scope| {
        let graticule = &graticule;
        let building = std::thread::Builder::new()
            .name("map strokes".to_owned())
            .spawn_scoped(scope, move || key.build(level, graticule));
        let mut places = Vec::new();
        paint_layers(frame, scene, cache, Some(&mut places));
        // A thread that could not start or failed: built here.
        let built = building
            .ok()
            .and_then(|handle| handle.join().ok())
            .unwrap_or_else(|| key.build(level, graticule));
        cache.strokes.install(key, built);
        layers::base::fill_stroke_places(places, cache.strokes.cut(transform));
    });
}

/// Shapes: the base map with the overlay fills, the corridor and relation
/// lines, membership badges, labels, the legend, the scale bar and hints;
/// the stroke meshes added now, or their places kept in `stroke_places`.
fn paint_layers(
    frame: PaintFrame<'_>,
    scene: &mut Scene,
    cache: &mut MapCache,
    stroke_places: Option<&mut Vec<layers::mesh::MeshPlace>>,
) {
    let PaintFrame {
        ui,
        args,
        level,
        projection,
        transform,
        hovered,
        legend: (legend_rows, legend_at),
    } = frame;
    let state = args.state;
    let rect = transform.rect;
    let pixels_per_point = ui.ctx().pixels_per_point();
    let palette = Palette::of(state.theme);
    let painter = ui.painter_at(rect);
    let graticule = scene.graticule(state.projection);
    let fills = cache.overlay_fills(args);
    let hovered_feature = match hovered {
        Some(Hovered::Country { feature, .. }) => Some(*feature),
        _ => None,
    };
    layers::base::paint(
        &painter,
        !args.ocean_is_background,
        transform,
        level,
        &graticule,
        args.dataset,
        state,
        &palette,
        hovered_feature,
        (
            match stroke_places {
                Some(places) => layers::base::Strokes::Later(places),
                None => layers::base::Strokes::Cache(&mut cache.strokes),
            },
            &mut cache.fills,
            args.data_generation,
        ),
        pixels_per_point,
        &fills,
    );
    if let Some(stance) = &args.shown.stance {
        let countries = layers::stances::not_recorded(stance);
        if !countries.is_empty() {
            let mesh = cache.not_recorded.mesh(
                countries,
                level,
                transform,
                crate::style::NOT_RECORDED_HATCH,
                pixels_per_point,
            );
            painter.add(Shape::Mesh(mesh));
        }
    }
    let hovered_route = match hovered {
        Some(Hovered::Corridor { index }) => {
            cache.drawn.routes.iter().position(|r| r.shown == *index)
        }
        _ => None,
    };
    let hovered_arc = match hovered {
        Some(Hovered::Relation { index }) => {
            cache.drawn.arcs.iter().position(|a| a.shown == *index)
        }
        Some(Hovered::Bundle { indices }) => indices
            .first()
            .and_then(|index| cache.drawn.arcs.iter().position(|a| a.shown == *index)),
        _ => None,
    };
    let runs = match &cache.arc_runs {
        Some((generation, runs)) if *generation == cache.arcs_generation => Arc::clone(runs),
        _ => {
            let runs = Arc::new(layers::relations::visible_runs(&cache.drawn.arcs));
            cache.arc_runs = Some((cache.arcs_generation, Arc::clone(&runs)));
            runs
        }
    };
    let drawn = &cache.drawn;
    let (kept_pieces, arcs_generation) = (&mut cache.kept_pieces, cache.arcs_generation);
    let routes_mesh = cache.route_lines.mesh(
        &LinesKey::new(
            cache.routes_generation,
            transform,
            hovered_route,
            palette.halo,
            pixels_per_point,
        ),
        |out| {
            layers::corridors::shapes(
                out,
                &drawn.routes,
                transform,
                hovered_route,
                palette.halo,
                state.theme,
            );
        },
        ui.ctx(),
    );
    let arcs_mesh = cache.arc_lines.mesh(
        &LinesKey::new(
            cache.arcs_generation,
            transform,
            hovered_arc,
            palette.halo,
            pixels_per_point,
        ),
        |out| {
            if layers::compare::on_map(args.shown).is_some() {
                layers::compare::arcs_or_plain_runs(
                    out,
                    rect,
                    (&drawn.arcs, Some(&runs)),
                    args.shown,
                    transform,
                    hovered_arc,
                );
            } else {
                // The seen pieces kept while the user pans.
                kept_pieces.shapes(
                    out,
                    rect,
                    (&drawn.arcs, &runs, arcs_generation),
                    transform,
                    hovered_arc,
                );
            }
        },
        ui.ctx(),
    );
    add_large_mesh(&painter, routes_mesh, LINES_MESH);
    add_large_mesh(&painter, arcs_mesh, LINES_MESH + 1);
    let mut group_names = Vec::new();
    if let Some(flows) = &args.shown.flows {
        let hovered_flow = match hovered {
            Some(Hovered::Flow { index }) => Some(*index),
            _ => None,
        };
        let flows_mesh = cache.flow_lines.mesh(
            &LinesKey::new(
                args.shown_generation,
                transform,
                hovered_flow,
                palette.halo,
                pixels_per_point,
            ),
            |out| layers::groups::shapes(out, &drawn.flows, transform, hovered_flow),
            ui.ctx(),
        );
        add_large_mesh(&painter, flows_mesh, LINES_MESH + 4);
        group_names = layers::groups::paint_nodes(
            &painter,
            &drawn.nodes,
            flows,
            args.dataset,
            transform,
            (palette.label, palette.halo),
        );
    }
    if !args.shown.derived.is_empty() {
        let derived_mesh = cache.derived_lines.mesh(
            &LinesKey::new(
                cache.derived_generation,
                transform,
                None,
                palette.halo,
                pixels_per_point,
            ),
            |out| {
                layers::analysis::derived_shapes(
                    out,
                    transform,
                    &drawn.derived,
                    &args.shown.derived,
                );
            },
            ui.ctx(),
        );
        add_large_mesh(&painter, derived_mesh, LINES_MESH + 2);
    }
    cache.markers = match (
        args.shown.metrics.as_deref(),
        state.analysis.size_by.metric(),
    ) {
        (Some(metrics), Some(metric)) => layers::analysis::paint_markers(
            &painter,
            transform,
            projection,
            args.dataset,
            metrics,
            metric,
            (palette.label.gamma_multiply(0.45), palette.halo),
        ),
        _ => Vec::new(),
    };
    let mut occupied = paint_badges(
        &painter,
        args,
        level,
        transform,
        &palette,
        (&mut cache.badge_lines, pixels_per_point),
    );
    cache.title = None;
    if args.in_figure {
        cache.legend_rect = None;
    } else {
        // The window's legend is drawn after the map (a widget that folds
        // and moves) where `legend_at` says; the headless render paints it
        // here.
        let legend = if args.interactive {
            legend_at
        } else {
            layers::legend::paint(
                &painter,
                rect,
                legend_rows,
                palette.label,
                palette.halo.gamma_multiply(0.9),
            )
        };
        cache.legend_rect = legend;
        // The title line stops short of a legend in the top-left band.
        let right = legend
            .filter(|l| l.top() < rect.top() + 40.0 && l.center().x > rect.left() + 60.0)
            .map_or(rect.right(), |l| l.left());
        let title = crate::figure::title(args.dataset, state, args.shown);
        cache.title = layers::overlay::paint_title(&painter, rect, right, &title, &palette);
        occupied.extend(legend);
        occupied.extend(cache.title);
    }
    let foot = layers::overlay::paint_scale_bar(
        &painter,
        transform,
        &palette,
        (!args.in_figure).then_some(args.dataset.as_of),
    );
    occupied.extend(foot.iter().copied());
    occupied.extend(group_names);
    cache.foot_rects = foot;
    // Labels last, clear of everything drawn over the map.
    cache.placed = if state.layers.labels {
        cache.label_cache.paint(
            &painter,
            (transform, projection, level),
            (args.dataset, args.data_generation),
            &palette,
            (&occupied, &cache.markers),
        )
    } else {
        layers::labels::Placed::default()
    };
    cache.labels.clone_from(&cache.placed.rects);
    cache.overlays = occupied;
}

/// Where a row of `count` badges centred on `center` lies.
fn badges_rect(center: Pos2, count: usize) -> Rect {
    let r = layers::memberships::BADGE_RADIUS;
    let width = (r * 2.0 + 3.0) * count as f32 - 3.0;
    Rect::from_center_size(center, egui::vec2(width + 2.0, r * 2.0 + 2.0))
}

/// Membership badges under each member's label point (once per country),
/// tessellated once per content and camera. Returns the rows' rectangles.
fn paint_badges(
    painter: &egui::Painter,
    args: &MapArgs<'_>,
    level: &SceneLevel,
    transform: &MapTransform,
    palette: &Palette,
    (lines, pixels_per_point): (&mut LinesCache, f32),
) -> Vec<Rect> {
    let by_country = &args.shown.memberships.by_country;
    if by_country.is_empty() {
        return Vec::new();
    }
    let mut rects = Vec::new();
    let mut seen: BTreeSet<CountryCode> = BTreeSet::new();
    for (i, feature) in level.world.countries.iter().enumerate() {
        let Some(code) = level.codes.get(i).copied().flatten() else {
            continue;
        };
        let Some(memberships) = by_country.get(&code) else {
            continue;
        };
        if !seen.insert(code) {
            continue;
        }
        let center = transform.screen_from_world(feature.label_point) + egui::vec2(0.0, 14.0);
        if transform.rect.contains(center) {
            rects.push(badges_rect(center, memberships.len()));
        }
    }
    let key = LinesKey::new(
        args.shown_generation,
        transform,
        None,
        palette.halo,
        pixels_per_point,
    );
    let mesh = lines.mesh(
        &key,
        |out| {
            let mut placed: BTreeSet<CountryCode> = BTreeSet::new();
            for (i, feature) in level.world.countries.iter().enumerate() {
                let Some(code) = level.codes.get(i).copied().flatten() else {
                    continue;
                };
                let Some(memberships) = by_country.get(&code) else {
                    continue;
                };
                if !placed.insert(code) {
                    continue;
                }
                let center =
                    transform.screen_from_world(feature.label_point) + egui::vec2(0.0, 14.0);
                if transform.rect.contains(center) {
                    let badges = layers::memberships::badges_of(args.dataset, memberships);
                    layers::memberships::badges_shapes(out, center, &badges, palette.halo);
                }
            }
        },
        painter.ctx(),
    );
    add_large_mesh(painter, mesh, LINES_MESH + 3);
    rects
}

/// Tooltip and click: what is hovered is described, a click selects it.
fn interaction_step(
    response: &Response,
    args: &MapArgs<'_>,
    level: &SceneLevel,
    scene: &Scene,
    hovered: Option<&Hovered>,
    drawn: &Drawn,
) -> Option<Command> {
    if let Some(h) = hovered {
        let text = hover_text(h, (level, scene), args.dataset, args.shown, drawn);
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(text);
        });
    }
    // (Esc clears the selection: a shortcut of the table in
    // `panels::keys`, so F1 and the View menu list it.)
    if !response.clicked() {
        return None;
    }
    let shown = args.shown;
    if let (Some(Hovered::Group { index }), Some(flows)) = (hovered, &shown.flows) {
        let node = drawn
            .nodes
            .get(*index)
            .and_then(|d| flows.nodes.get(d.node));
        if let Some(node) = node {
            return Some(match &node.group {
                Some(group) => {
                    let mut filter = args.state.relations.clone();
                    filter.opened_groups.insert(group.id.clone());
                    Command::SetRelationFilter(filter)
                }
                None => Command::Select(
                    node.members
                        .first()
                        .map_or_else(Selection::default, |c| Selection::country(*c)),
                ),
            });
        }
    }
    let selection = match hovered {
        Some(Hovered::Country {
            code: Some(code), ..
        }) => Selection::country(*code),
        Some(Hovered::Relation { index }) => shown
            .relations
            .get(*index)
            .map(|r| Selection {
                relation: Some((r.a, r.b, r.dimension)),
                ..Selection::default()
            })
            .unwrap_or_default(),
        Some(Hovered::Bundle { indices }) => {
            let bundle: Vec<_> = indices
                .iter()
                .filter_map(|i| shown.relations.get(*i))
                .map(|r| (r.a, r.b, r.dimension))
                .collect();
            Selection {
                relation: bundle.first().copied(),
                bundle,
                ..Selection::default()
            }
        }
        Some(Hovered::DerivedBundle { indices, under }) => Selection {
            country: *under,
            derived_bundle: indices
                .iter()
                .filter_map(|i| shown.derived.get(*i))
                .map(|d| (d.a, d.b, d.kind))
                .collect(),
            ..Selection::default()
        },
        Some(Hovered::Corridor { index }) => shown
            .corridors
            .get(*index)
            .map(|c| Selection {
                corridor: Some(c.id.clone()),
                ..Selection::default()
            })
            .unwrap_or_default(),
        _ => Selection::default(),
    };
    Some(Command::Select(selection))
}

/// The camera that shows a preset's box in `rect`, with a small margin.
pub fn fit_camera(projection: &Projection, preset: Preset, rect: Rect) -> Option<Camera> {
    fit_camera_clear_of(projection, preset, rect, None)
}

/// The part of `rect` beside or below/above `legend` (in a corner of it)
/// in which `width_km` × `height_km` fits largest.
fn clear_of(rect: Rect, legend: Rect, width_km: f64, height_km: f64) -> Rect {
    const GAP: f32 = 6.0;
    let beside = if legend.center().x < rect.center().x {
        Rect::from_min_max(egui::pos2(legend.right() + GAP, rect.top()), rect.max)
    } else {
        Rect::from_min_max(rect.min, egui::pos2(legend.left() - GAP, rect.bottom()))
    };
    let above_below = if legend.center().y < rect.center().y {
        Rect::from_min_max(egui::pos2(rect.left(), legend.bottom() + GAP), rect.max)
    } else {
        Rect::from_min_max(rect.min, egui::pos2(rect.right(), legend.top() - GAP))
    };
    let scale = |r: Rect| {
        if r.width() > 1.0 && r.height() > 1.0 {
            (width_km / f64::from(r.width())).max(height_km / f64::from(r.height()))
        } else {
            f64::INFINITY
        }
    };
    if scale(beside) <= scale(above_below) {
        beside
    } else {
        above_below
    }
}

/// [`fit_camera`], keeping the preset's box out of `legend` (the window
/// legend's rectangle): the box is fitted into the larger part of the map
/// beside or above/below the legend.
pub fn fit_camera_clear_of(
    projection: &Projection,
    preset: Preset,
    rect: Rect,
    legend: Option<Rect>,
) -> Option<Camera> {
    let (west, south, east, north) = preset.bounds_deg();
    let mut bounds: Option<WorldRect> = None;
    const STEPS: usize = 24;
    for i in 0..=STEPS {
        let f = i as f64 / STEPS as f64;
        let lon = west + (east - west) * f;
        let lat = south + (north - south) * f;
        for p in [
            LonLat { lon, lat: south },
            LonLat { lon, lat: north },
            LonLat { lon: west, lat },
            LonLat { lon: east, lat },
        ] {
            if let Some(w) = projection.project(p) {
                let r = WorldRect { min: w, max: w };
                bounds = Some(bounds.map_or(r, |b| b.union(&r)));
            }
        }
    }
    let bounds = bounds?;
    let width_km = bounds.max.x - bounds.min.x;
    let height_km = bounds.max.y - bounds.min.y;
    if !(width_km > 0.0 && height_km > 0.0 && rect.width() > 1.0 && rect.height() > 1.0) {
        return None;
    }
    // A map too small to leave room beside the legend is fitted whole.
    let frame = legend
        .filter(|l| l.intersects(rect))
        .map(|l| clear_of(rect, l, width_km, height_km))
        .filter(|f| f.width() > 40.0 && f.height() > 40.0)
        .unwrap_or(rect);
    let km_per_point =
        (width_km / f64::from(frame.width())).max(height_km / f64::from(frame.height())) * 1.04;
    let zoom = Camera::clamp_zoom(Camera::KM_PER_POINT_AT_ZOOM_1 / km_per_point);
    let km_per_point = Camera::KM_PER_POINT_AT_ZOOM_1 / zoom;
    // The box's middle goes to the middle of the frame (screen y runs down).
    let offset = frame.center() - rect.center();
    let center = projection.unproject(WorldXY {
        x: (bounds.min.x + bounds.max.x) / 2.0 - f64::from(offset.x) * km_per_point,
        y: (bounds.min.y + bounds.max.y) / 2.0 + f64::from(offset.y) * km_per_point,
    })?;
    Some(Camera {
        center: [center.lon, center.lat],
        zoom,
    })
}

/// Pan by dragging, zoom by scrolling or pinching (about the pointer) and by
/// the +/− keys (about the centre).
fn camera_input(
    ui: &Ui,
    response: &Response,
    projection: &Projection,
    camera: Camera,
    rect: Rect,
) -> Option<Camera> {
    let center_world = projection.project(camera.center_lon_lat())?;
    let t = MapTransform {
        center_world,
        km_per_point: camera.km_per_point(),
        rect,
    };
    let mut new_center = center_world;
    let mut zoom = camera.zoom;
    let mut changed = false;

    if response.dragged() {
        let d = response.drag_delta();
        if d != egui::Vec2::ZERO {
            new_center.x -= f64::from(d.x) * t.km_per_point;
            new_center.y += f64::from(d.y) * t.km_per_point;
            changed = true;
        }
    }

    let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
    if response.hovered() && (scroll.abs() > f32::EPSILON || (pinch - 1.0).abs() > f32::EPSILON) {
        let factor = f64::from(pinch) * (f64::from(scroll) / 300.0).exp();
        let new_zoom = Camera::clamp_zoom(zoom * factor);
        if let Some(pointer) = response.hover_pos() {
            let anchor = t.world_from_screen(pointer);
            let ratio = zoom / new_zoom;
            new_center.x = anchor.x + (new_center.x - anchor.x) * ratio;
            new_center.y = anchor.y + (new_center.y - anchor.y) * ratio;
        }
        zoom = new_zoom;
        changed = true;
    }

    let no_text_focus = ui.ctx().memory(|m| m.focused().is_none());
    if no_text_focus {
        let (zoom_in, zoom_out) = ui.input(|i| {
            (
                i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals),
                i.key_pressed(Key::Minus),
            )
        });
        if zoom_in {
            zoom = Camera::clamp_zoom(zoom * 1.25);
            changed = true;
        }
        if zoom_out {
            zoom = Camera::clamp_zoom(zoom / 1.25);
            changed = true;
        }
    }

    if !changed {
        return None;
    }
    let center = projection.unproject(new_center)?;
    if !(center.lon.is_finite() && center.lat.is_finite()) {
        return None;
    }
    Some(Camera {
        center: [center.lon, center.lat.clamp(-85.0, 85.0)],
        zoom,
    })
}

/// What is under a plane point: disputed areas first (they sit on top).
fn hit_test(level: &SceneLevel, scene: &Scene, p: WorldXY) -> Option<Hovered> {
    if let Some(feature) = level.pick_disputed(p) {
        return Some(Hovered::Disputed { feature });
    }
    let feature = level.pick_country(p)?;
    let source = level.world.countries.get(feature)?.source_index;
    let geom = scene
        .geo()
        .levels
        .get(level.world.level)?
        .countries
        .get(source)?;
    Some(Hovered::Country {
        feature,
        code: CountryCode::try_from(geom.code.as_str()).ok(),
        name: geom.name.clone(),
    })
}

/// The fills over the land, from the one layer that fills the countries
/// ([`Shown::fill`]): a stance's positions, the community colours or the
/// shading of the countries in the membership set; none for
/// [`FillLayer::None`].
pub(crate) fn overlay_fills(
    shown: &Shown,
    dataset: &Dataset,
    palette: &Palette,
) -> BTreeMap<CountryCode, Color32> {
    if let Some(diff) = layers::compare::on_map(shown) {
        return layers::compare::fills(diff, dataset, palette);
    }
    match shown.fill {
        FillLayer::None => BTreeMap::new(),
        FillLayer::Stance => shown
            .stance
            .as_ref()
            .map(layers::stances::fills)
            .unwrap_or_default(),
        FillLayer::Communities => shown
            .metrics
            .as_deref()
            .map(|metrics| {
                layers::analysis::community_fills(metrics)
                    .into_iter()
                    .filter_map(|(code, index)| {
                        let base = layers::base::land_color(Some(code), dataset, palette);
                        Some((code, crate::style::community_fill(index, base)?))
                    })
                    .collect()
            })
            .unwrap_or_default(),
        FillLayer::Memberships => {
            let m = &shown.memberships;
            let mut fills = BTreeMap::new();
            for code in &m.set {
                let base = layers::base::land_color(Some(*code), dataset, palette);
                let tint = layers::memberships::set_tint(dataset, m.counted_in(*code));
                fills.insert(
                    *code,
                    layers::memberships::mix(base, tint, layers::memberships::TINT_SHARE),
                );
            }
            fills
        }
    }
}

/// The tooltip for what is hovered.
fn hover_text(
    h: &Hovered,
    (level, scene): (&SceneLevel, &Scene),
    dataset: &Dataset,
    shown: &Shown,
    drawn: &Drawn,
) -> String {
    match h {
        Hovered::Relation { index } => shown.relations.get(*index).map_or_else(String::new, |r| {
            layers::relations::hover_text(r, dataset, shown.year)
        }),
        Hovered::Bundle { indices } => {
            let relations: Vec<_> = indices
                .iter()
                .filter_map(|i| shown.relations.get(*i))
                .collect();
            layers::relations::bundle_hover_text(&relations, dataset)
        }
        Hovered::DerivedBundle { indices, .. } => {
            let derived: Vec<_> = indices
                .iter()
                .filter_map(|i| shown.derived.get(*i))
                .collect();
            layers::analysis::bundle_hover_text(&derived, dataset)
        }
        Hovered::Corridor { index } => shown.corridors.get(*index).map_or_else(String::new, |c| {
            layers::corridors::hover_text(c, dataset, shown.year)
        }),
        Hovered::Flow { index } => match (&shown.flows, drawn.flows.get(*index)) {
            (Some(flows), Some(arc)) => layers::groups::flow_text(flows, arc, dataset),
            _ => String::new(),
        },
        Hovered::Group { index } => match (&shown.flows, drawn.nodes.get(*index)) {
            (Some(flows), Some(dot)) => layers::groups::node_text(flows, dot.node, dataset),
            _ => String::new(),
        },
        Hovered::Country { code, name, .. } => match code {
            Some(code) => {
                let name = dataset.countries.get(code).map_or_else(
                    || crate::i18n::state_name(code.as_str(), name),
                    |c| c.display_name(),
                );
                format!("{name} ({code})")
            }
            None => name.clone(),
        },
        Hovered::Disputed { feature } => level
            .world
            .disputed
            .get(*feature)
            .and_then(|f| scene.geo().disputed.get(f.source_index))
            .map_or_else(String::new, |d| layers::base::disputed_text(d, dataset)),
    }
}
