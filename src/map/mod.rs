//! The map widget: camera and input (pan, zoom, keys, hover, click), then the
//! layers painted in order from the scene cache. It reads the state and returns
//! [`Command`]s; it never changes the state itself.
//!
//! The same function paints the window and the headless PNG (see
//! [`crate::render`]), so a rendered view is what the window shows.

mod palette;
mod strokes;
mod transform;

pub use palette::Palette;
pub use strokes::StrokeCache;
pub use transform::MapTransform;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Key, Pos2, Rect, Response, Sense, Shape, Ui, WidgetInfo};

use crate::command::Command;
use crate::geometry::{LonLat, Projection, ProjectionKind, WorldRect, WorldXY};
use crate::layers;
use crate::layers::corridors::Route;
use crate::layers::memberships::Memberships;
use crate::layers::relations::RelationArc;
use crate::layers::stances::Stances;
use crate::model::{CorridorId, CountryCode, Dataset, OrgId, StanceId};
use crate::scene::{Scene, SceneLevel};
use crate::state::{Camera, Layers, MembershipSet, Preset, RelationFilter, Selection, State};

/// What the map paints from, for one frame.
pub struct MapArgs<'a> {
    pub state: &'a State,
    pub dataset: &'a Dataset,
    /// False for headless rendering: no input is read, nothing is hovered.
    pub interactive: bool,
    /// Changes whenever the dataset is replaced (overlay caches key on it).
    pub data_generation: u64,
    /// The window behind the map was already cleared to the ocean colour
    /// (the app's window clears to it), so the map need not paint its sea:
    /// a full-size rectangle fewer per frame, which a software renderer
    /// feels. False where nothing clears (UI tests, the headless render).
    pub ocean_is_background: bool,
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
    /// A relation arc (index into [`Overlays::arcs`]).
    Relation { index: usize },
    /// A corridor route (index into [`Overlays::routes`]).
    Corridor { index: usize },
}

/// What the overlays show for the current view, computed when the view or
/// the data changes, not every frame. The painter reads this; tests check it.
#[derive(Clone, Debug, Default)]
pub struct Overlays {
    /// Relation arcs shown (after filters), plane geometry.
    pub arcs: Vec<RelationArc>,
    /// Corridor routes shown.
    pub routes: Vec<Route>,
    /// Membership badges and the chosen set.
    pub memberships: Memberships,
    /// Stance fills and counts.
    pub stances: Stances,
}

/// Everything the overlays depend on.
#[derive(Clone, Debug, PartialEq)]
struct OverlayKey {
    generation: u64,
    year: i32,
    projection: ProjectionKind,
    layers: Layers,
    filter: RelationFilter,
    organizations: Vec<OrgId>,
    set: MembershipSet,
    corridors: BTreeSet<CorridorId>,
    stance: Option<StanceId>,
}

/// Everything the map keeps between frames that is not user state: stroke
/// meshes for the current zoom, the last transform (for tests and export),
/// what is hovered.
#[derive(Default)]
pub struct MapCache {
    strokes: StrokeCache,
    fills: layers::base::FillCache,
    /// The transform of the last painted frame.
    pub last_transform: Option<MapTransform>,
    /// The projection of the last painted frame.
    pub last_projection: Option<Projection>,
    /// What the pointer was over in the last frame.
    pub hovered: Option<Hovered>,
    overlays: Overlays,
    overlay_key: Option<OverlayKey>,
    /// Bumped whenever the overlays are recomputed.
    overlay_generation: u64,
    lines: LinesCache,
}

/// What the corridor and relation lines of the last frame were drawn for.
#[derive(Clone, Debug, PartialEq)]
struct LinesKey {
    overlays: u64,
    rect: Rect,
    km_per_point: u64,
    center: [u64; 2],
    hovered_route: Option<usize>,
    hovered_arc: Option<usize>,
    halo: egui::Color32,
    pixels_per_point: u32,
}

/// Corridor and relation lines, tessellated once and reused while nothing
/// they depend on changes: with thousands of arcs, tessellating the paths
/// is most of a frame.
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
        tess.set_clip_rect(key.rect.expand(8.0));
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

impl MapCache {
    /// What the overlays show (as of the last frame).
    pub fn overlays(&self) -> &Overlays {
        &self.overlays
    }

    /// Recompute the overlays if anything they depend on changed.
    fn update_overlays(&mut self, args: &MapArgs<'_>, projection: &Projection) {
        let state = args.state;
        let key = OverlayKey {
            generation: args.data_generation,
            year: state.year,
            projection: state.projection,
            layers: state.layers,
            filter: state.relations.clone(),
            organizations: state.organizations.clone(),
            set: state.membership_set,
            corridors: state.corridors.clone(),
            stance: state.stance.clone(),
        };
        if self.overlay_key.as_ref() == Some(&key) {
            return;
        }
        let ds = args.dataset;
        self.overlays = Overlays {
            arcs: if state.layers.relations {
                layers::relations::arcs(ds, state.year, &state.relations, projection)
            } else {
                Vec::new()
            },
            routes: if state.layers.corridors {
                layers::corridors::routes(ds, &state.corridors, state.year, projection)
            } else {
                Vec::new()
            },
            memberships: if state.layers.memberships {
                layers::memberships::compute(
                    ds,
                    &state.organizations,
                    state.year,
                    state.membership_set,
                )
            } else {
                Memberships::default()
            },
            stances: if state.layers.stances {
                layers::stances::compute(ds, state.stance.as_ref(), state.year)
            } else {
                Stances::default()
            },
        };
        self.overlay_key = Some(key);
        self.overlay_generation += 1;
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

/// Add a large cached mesh (country fills, coastlines, borders, relation
/// lines) so that it becomes a draw call of its own.
///
/// egui merges consecutive shapes with the same clip rectangle into one mesh,
/// growing it as it goes, so a large mesh appended after others is copied
/// again at every growth: with a million vertices that was a quarter of a
/// frame. A clip rectangle that differs by a thousandth of a point (nothing
/// visible: the GPU clips to whole pixels) starts a new mesh, filled in one
/// copy. Consecutive large meshes alternate between two such rectangles
/// (`k` even or odd).
pub fn add_large_mesh(painter: &egui::Painter, mesh: Arc<Mesh>, k: usize) {
    if mesh.is_empty() {
        return;
    }
    let inset = if k.is_multiple_of(2) { 0.001 } else { 0.002 };
    painter
        .with_clip_rect(painter.clip_rect().shrink(inset))
        .add(Shape::Mesh(mesh));
}

/// Append to `out` the triangles of a mesh (`indices` into `count`
/// vertices, which `vertex` gives on the screen) whose bounding box touches
/// `rect`, each vertex used sent once. A software renderer pays for every
/// triangle it is sent, seen or not, so the map leaves out those wholly off
/// it. `placed` is scratch space (kept by the caller to reuse its memory).
/// Bad indices are skipped; if `out` would outgrow u32 indices, nothing is
/// added.
pub(crate) fn append_triangles_touching(
    out: &mut Mesh,
    indices: &[u32],
    count: usize,
    rect: Rect,
    vertex: impl Fn(usize) -> Option<egui::epaint::Vertex>,
    placed: &mut Vec<u32>,
) {
    if u32::try_from(out.vertices.len() + count).is_err() {
        return;
    }
    placed.clear();
    placed.resize(count, u32::MAX);
    for tri in indices.chunks_exact(3) {
        let corner = |k: usize| {
            let i = *tri.get(k)? as usize;
            vertex(i).map(|v| (i, v))
        };
        let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) else {
            continue;
        };
        let in_mesh = a.0 < count && b.0 < count && c.0 < count;
        if !in_mesh || !Rect::from_points(&[a.1.pos, b.1.pos, c.1.pos]).intersects(rect) {
            continue;
        }
        for (i, v) in [a, b, c] {
            let Some(slot) = placed.get_mut(i) else {
                continue;
            };
            if *slot == u32::MAX {
                // Fits: `out` plus every vertex of this mesh fits in u32.
                *slot = u32::try_from(out.vertices.len()).unwrap_or(u32::MAX);
                out.vertices.push(v);
            }
            out.indices.push(*slot);
        }
    }
}

/// Show the map in all the space `ui` has left. Returns what the user asked for.
pub fn map_ui(
    ui: &mut Ui,
    args: &MapArgs<'_>,
    scene: &mut Scene,
    cache: &mut MapCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let state = args.state;
    let size = ui.available_size();
    let sense = if args.interactive {
        Sense::click_and_drag()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, "Map"));
    let projection = scene.projection(state.projection).clone();

    let mut camera = state.camera;
    if state.fit_preset_pending
        && let Some(preset) = state.preset
        && let Some(fitted) = fit_camera(&projection, preset, rect)
    {
        camera = fitted;
        commands.push(Command::PresetFitted(fitted));
    }
    if args.interactive
        && let Some(moved) = camera_input(ui, &response, &projection, camera, rect)
    {
        camera = moved;
        commands.push(Command::SetCamera(moved));
    }

    let center_world = projection
        .project(camera.center_lon_lat())
        .unwrap_or(WorldXY { x: 0.0, y: 0.0 });
    let transform = MapTransform {
        center_world,
        km_per_point: camera.km_per_point(),
        rect,
    };
    let pixels_per_point = ui.ctx().pixels_per_point();
    let level = scene.level(
        state.projection,
        transform.km_per_point / f64::from(pixels_per_point),
    );

    cache.update_overlays(args, &projection);
    let overlays = &cache.overlays;

    let hovered = if args.interactive {
        response.hover_pos().and_then(|p| {
            if let Some(index) = layers::relations::hit_test(&overlays.arcs, &transform, p) {
                return Some(Hovered::Relation { index });
            }
            if let Some(index) = layers::corridors::hit_test(&overlays.routes, &transform, p) {
                return Some(Hovered::Corridor { index });
            }
            hit_test(&level, scene, transform.world_from_screen(p))
        })
    } else {
        None
    };

    let palette = Palette::of(state.theme);
    let painter = ui.painter_at(rect);
    let graticule = scene.graticule(state.projection);
    let fills = overlay_fills(overlays, args.dataset, &palette);
    layers::base::paint(
        &painter,
        !args.ocean_is_background,
        &transform,
        &level,
        &graticule,
        args.dataset,
        state,
        &palette,
        hovered.as_ref(),
        (&mut cache.strokes, &mut cache.fills, args.data_generation),
        pixels_per_point,
        &fills,
    );
    let hovered_route = match hovered {
        Some(Hovered::Corridor { index }) => Some(index),
        _ => None,
    };
    let hovered_arc = match hovered {
        Some(Hovered::Relation { index }) => Some(index),
        _ => None,
    };
    add_large_mesh(
        &painter,
        cache.lines.mesh(
            &LinesKey {
                overlays: cache.overlay_generation,
                rect,
                km_per_point: transform.km_per_point.to_bits(),
                center: [
                    transform.center_world.x.to_bits(),
                    transform.center_world.y.to_bits(),
                ],
                hovered_route,
                hovered_arc,
                halo: palette.halo,
                pixels_per_point: pixels_per_point.to_bits(),
            },
            |out| {
                layers::corridors::shapes(
                    out,
                    &overlays.routes,
                    &transform,
                    hovered_route,
                    palette.halo,
                    state.theme,
                );
                layers::relations::shapes(out, rect, &overlays.arcs, &transform, hovered_arc);
            },
            ui.ctx(),
        ),
        LINES_MESH,
    );
    if !overlays.memberships.badges.is_empty() {
        let mut placed: BTreeSet<CountryCode> = BTreeSet::new();
        for (i, feature) in level.world.countries.iter().enumerate() {
            let Some(code) = level.codes.get(i).copied().flatten() else {
                continue;
            };
            let Some(badges) = overlays.memberships.badges.get(&code) else {
                continue;
            };
            if !placed.insert(code) {
                continue;
            }
            let center = transform.screen_from_world(feature.label_point) + egui::vec2(0.0, 14.0);
            if rect.contains(center) {
                layers::memberships::paint_badges(&painter, center, badges, palette.halo);
            }
        }
    }
    if state.layers.labels {
        layers::labels::paint(
            &painter,
            &transform,
            &projection,
            &level,
            args.dataset,
            &palette,
        );
    }
    let legend_rows = layers::legend::rows(&layers::legend::LegendInput {
        dataset: args.dataset,
        relations: state.layers.relations,
        memberships: state.layers.memberships.then_some((
            &overlays.memberships,
            state.organizations.as_slice(),
            state.membership_set,
        )),
        corridors: (state.layers.corridors && !overlays.routes.is_empty()).then(|| {
            let mut modes: Vec<_> = overlays
                .routes
                .iter()
                .flat_map(|r| r.segments.iter().map(|(m, _)| *m))
                .collect();
            modes.sort_unstable();
            modes.dedup();
            let mut statuses: Vec<_> = overlays.routes.iter().map(|r| r.status).collect();
            statuses.sort_unstable();
            statuses.dedup();
            (modes, statuses)
        }),
        stances: (state.layers.stances && overlays.stances.id.is_some())
            .then_some(&overlays.stances),
        theme: state.theme,
    });
    layers::legend::paint(
        &painter,
        rect,
        &legend_rows,
        palette.label,
        palette.halo.gamma_multiply(0.9),
    );
    layers::overlay::paint_scale_bar(&painter, &transform, &palette);

    if args.interactive {
        if let Some(h) = &hovered {
            let response = response.clone();
            let text = hover_text(h, &level, scene, args.dataset, overlays, state.year);
            response.on_hover_ui_at_pointer(|ui| {
                ui.label(text);
            });
        }
        if response.clicked() {
            let selection = match &hovered {
                Some(Hovered::Country {
                    code: Some(code), ..
                }) => Selection::country(*code),
                Some(Hovered::Relation { index }) => overlays
                    .arcs
                    .get(*index)
                    .map(|a| Selection {
                        relation: Some((a.a, a.b, a.dimension)),
                        ..Selection::default()
                    })
                    .unwrap_or_default(),
                Some(Hovered::Corridor { index }) => overlays
                    .routes
                    .get(*index)
                    .map(|r| Selection {
                        corridor: Some(r.id.clone()),
                        ..Selection::default()
                    })
                    .unwrap_or_default(),
                _ => Selection::default(),
            };
            commands.push(Command::Select(selection));
        }
    }

    cache.last_transform = Some(transform);
    cache.last_projection = Some(projection);
    cache.hovered = hovered;
    commands
}

/// The camera that shows a preset's box in `rect`, with a small margin.
pub fn fit_camera(projection: &Projection, preset: Preset, rect: Rect) -> Option<Camera> {
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
    let km_per_point =
        (width_km / f64::from(rect.width())).max(height_km / f64::from(rect.height())) * 1.04;
    let center = projection.unproject(WorldXY {
        x: (bounds.min.x + bounds.max.x) / 2.0,
        y: (bounds.min.y + bounds.max.y) / 2.0,
    })?;
    Some(Camera {
        center: [center.lon, center.lat],
        zoom: Camera::clamp_zoom(Camera::KM_PER_POINT_AT_ZOOM_1 / km_per_point),
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

/// Fill colours the overlays ask for: stance positions, else a tint for the
/// countries in the membership set.
fn overlay_fills(
    overlays: &Overlays,
    dataset: &Dataset,
    palette: &Palette,
) -> BTreeMap<CountryCode, Color32> {
    if !overlays.stances.fills.is_empty() {
        return overlays.stances.fills.clone();
    }
    let m = &overlays.memberships;
    let mut fills = BTreeMap::new();
    for code in &m.set {
        let base = layers::base::land_color(Some(*code), dataset, palette);
        let tint = match m.badges.get(code).map(Vec::as_slice) {
            Some([(_, _, color)]) => *color,
            _ => Color32::from_rgb(0xf2, 0xb7, 0x05),
        };
        fills.insert(*code, mix(base, tint, 0.45));
    }
    fills
}

/// `a` moved a fraction `t` towards `b` (opaque result).
fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let f = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(f(a.r(), b.r()), f(a.g(), b.g()), f(a.b(), b.b()))
}

/// The tooltip for what is hovered.
fn hover_text(
    h: &Hovered,
    level: &SceneLevel,
    scene: &Scene,
    dataset: &Dataset,
    overlays: &Overlays,
    year: i32,
) -> String {
    match h {
        Hovered::Relation { index } => overlays.arcs.get(*index).map_or_else(String::new, |a| {
            layers::relations::hover_text(a, dataset, year)
        }),
        Hovered::Corridor { index } => overlays.routes.get(*index).map_or_else(String::new, |r| {
            layers::corridors::hover_text(r, dataset, year)
        }),
        Hovered::Country { code, name, .. } => match code {
            Some(code) => {
                let name = dataset
                    .countries
                    .get(code)
                    .map_or(name.as_str(), |c| c.name.as_str());
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
