//! The base map: sea, graticule, land fills, lakes, coastlines, borders and
//! disputed areas, plus the hover and selection outlines.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::epaint::{Mesh, PathShape, PathStroke};
use egui::{Color32, Painter, Stroke, pos2};

use crate::geometry::{DisputedGeom, ProjectedFeature, WorldRect};
use crate::i18n::trf;
use crate::palette::Palette;
use crate::transform::{MapTransform, TransformKey};

use super::mesh::{MeshPlace, add_large_mesh, append_triangles_touching, reserve_large_mesh};
use super::strokes::StrokeCache;
use crate::model::{CountryCode, Dataset};
use crate::scene::SceneLevel;
use crate::state::State;

/// Groups drawn as "the region" (warmer land colour).
const CORE_GROUPS: [&str; 2] = ["Central Asia", "South Caucasus"];

/// Where [`paint`] takes the stroke meshes (graticule, lake shores,
/// coastlines, borders, hatching) from.
pub enum Strokes<'a> {
    /// The cache: built (if need be) and added now.
    Cache(&'a mut StrokeCache),
    /// Being built elsewhere ([`crate::layers::strokes::Key::build`] on
    /// another thread): their places in the paint list are kept here, in
    /// the order of the meshes, to be filled once they are built
    /// ([`fill_stroke_places`]); everything painted meanwhile stays above
    /// them as it would be.
    Later(&'a mut Vec<MeshPlace>),
}

/// Fill the places [`Strokes::Later`] kept with the stroke meshes, in order
/// (graticule first); the paint list is then the one [`Strokes::Cache`]
/// gives.
pub fn fill_stroke_places(places: Vec<MeshPlace>, meshes: Vec<Arc<Mesh>>) {
    for (place, mesh) in places.into_iter().zip(meshes) {
        place.fill(mesh);
    }
}

/// Paint the base map into `painter`'s clip rect.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; a struct would only rename them"
)]
pub fn paint(
    painter: &Painter,
    paint_ocean: bool,
    transform: &MapTransform,
    level: &SceneLevel,
    graticule: &[Vec<[f32; 2]>],
    dataset: &Dataset,
    state: &State,
    palette: &Palette,
    hovered_feature: Option<usize>,
    caches: (Strokes<'_>, &mut FillCache, u64),
    pixels_per_point: f32,
    fill_overrides: &BTreeMap<CountryCode, Color32>,
) {
    let (strokes, fill_cache, data_generation) = caches;
    if paint_ocean {
        painter.rect_filled(transform.rect, 0.0, palette.ocean);
    }
    // The strokes now, or their places (the graticule's first; the others'
    // after the fills).
    let (mut stroke_meshes, mut places) = match strokes {
        Strokes::Cache(cache) => (
            cache
                .meshes_for(transform, level, graticule, palette, pixels_per_point)
                .into_iter(),
            None,
        ),
        Strokes::Later(places) => (Vec::new().into_iter(), Some(places)),
    };
    if let Some(places) = places.as_deref_mut() {
        places.push(reserve_large_mesh(painter, 0));
    }
    if let Some(graticule) = stroke_meshes.next() {
        add_large_mesh(painter, graticule, 0);
    }

    let visible = transform.visible_world();
    let world = &level.world;
    if state.layers.countries {
        let key = FillKey {
            level: (
                std::ptr::from_ref(level) as usize,
                level.world.level,
                level.world.projection.kind(),
            ),
            view: transform.key(),
            hovered: hovered_feature,
            selected: state.selection.country,
            palette: *palette,
            overrides: fill_overrides.clone(),
            data_generation,
        };
        let colors = FillColors {
            dataset,
            palette,
            hovered_feature,
            overrides: fill_overrides,
        };
        let fills = match fill_cache.last.take() {
            Some((k, mesh)) if k == key => {
                fill_cache.last = Some((k, Arc::clone(&mesh)));
                mesh
            }
            Some((k, mut mesh)) if k.same_shapes(&key) => {
                // Only colours changed: rewrite the vertices of the
                // countries whose colour did. The previous frame's shapes
                // are gone, so the mesh is not shared and is not copied.
                let vertices = &mut Arc::make_mut(&mut mesh).vertices;
                for (i, range, old) in &mut fill_cache.ranges {
                    let code = level.codes.get(*i).copied().flatten();
                    let color = colors.of(*i, code);
                    if color != *old {
                        if let Some(vs) = vertices.get_mut(range.clone()) {
                            for v in vs {
                                v.color = color;
                            }
                        }
                        *old = color;
                    }
                }
                fill_cache.recolours += 1;
                fill_cache.last = Some((key, Arc::clone(&mesh)));
                mesh
            }
            _ => {
                let km_per_pixel = transform.km_per_point / f64::from(pixels_per_point);
                let step_key = CoarseFills::of_key(level, km_per_pixel);
                if fill_cache.coarse.as_ref().is_none_or(|c| c.key != step_key) {
                    fill_cache.coarse = Some(CoarseFills::of(level, km_per_pixel));
                    fill_cache.simplified += 1;
                }
                let coarse = fill_cache.coarse.as_ref().map(|c| c.fills.as_slice());
                let mesh = Arc::new(country_fills(
                    level,
                    transform,
                    &colors,
                    (&mut fill_cache.ranges, coarse.unwrap_or_default()),
                ));
                fill_cache.last = Some((key, Arc::clone(&mesh)));
                fill_cache.rebuilds += 1;
                mesh
            }
        };
        add_large_mesh(painter, fills, 1);
    }
    if let Some(places) = places {
        places.extend((0..super::strokes::LAYERS - 1).map(|k| reserve_large_mesh(painter, k + 2)));
    }
    for (k, mesh) in stroke_meshes.enumerate() {
        add_large_mesh(painter, mesh, k + 2);
    }

    // Outlines on top: the hovered country thin; the selected one a halo in
    // the selection colour under a dark line, its fill (the data) kept.
    if let Some(i) = hovered_feature
        && let Some(feature) = world.countries.get(i)
    {
        outline(
            painter,
            feature,
            transform,
            Stroke::new(1.8, palette.label_muted),
        );
    }
    if let Some(selected) = state.selection.country {
        for (i, feature) in world.countries.iter().enumerate() {
            if level.codes.get(i).copied().flatten() == Some(selected) {
                outline(
                    painter,
                    feature,
                    transform,
                    Stroke::new(SELECTION_HALO_WIDTH, palette.selected),
                );
                outline(
                    painter,
                    feature,
                    transform,
                    Stroke::new(SELECTION_LINE_WIDTH, palette.label),
                );
            }
        }
    }
    for feature in &world.disputed {
        if feature.bbox.intersects(&visible) {
            outline(
                painter,
                feature,
                transform,
                Stroke::new(1.2, palette.disputed),
            );
        }
    }
}

/// Width of the selection's halo (in the palette's `selected` colour), points.
pub const SELECTION_HALO_WIDTH: f32 = 5.0;
/// Width of the dark line on the selection's halo, points.
pub const SELECTION_LINE_WIDTH: f32 = 1.8;

/// What the country fills of the last frame were built for.
#[derive(Clone, Debug, PartialEq)]
struct FillKey {
    /// The scene level (its address while the scene holds it), index, projection.
    level: (usize, usize, crate::geometry::ProjectionKind),
    /// Where the map is on the screen.
    view: TransformKey,
    hovered: Option<usize>,
    selected: Option<CountryCode>,
    palette: Palette,
    overrides: BTreeMap<CountryCode, Color32>,
    data_generation: u64,
}

/// The country fills of the last frame, reused while nothing they depend on
/// changes (an idle repaint, a hover over the panels).
#[derive(Default)]
pub struct FillCache {
    last: Option<(FillKey, Arc<Mesh>)>,
    /// Each country drawn: its feature, its vertices in the mesh and their
    /// colour, so a change of colours only (a year with other members, a
    /// hover, a selection) recolours those vertices instead of rebuilding.
    ranges: Vec<FillRange>,
    /// How many times the fills were rebuilt (for tests and benches).
    pub rebuilds: u64,
    /// How many times only their colours were changed.
    pub recolours: u64,
    /// The countries' fills simplified for the zoom step shown, if the
    /// level is finer than the screen ([`CoarseFills`]).
    coarse: Option<CoarseFills>,
    /// How many times the fills were simplified for a zoom step.
    pub simplified: u64,
}

/// The countries' fills of a level simplified to half a pixel at one zoom
/// step (km per pixel between 2^step and 2^(step+1)), for levels whose
/// outlines are finer than the screen shows: by country feature, the
/// simplified triangles (none: the level's own, already coarse enough).
struct CoarseFills {
    key: (usize, usize, crate::geometry::ProjectionKind, i32),
    fills: Vec<Option<crate::geometry::TriMesh>>,
}

impl CoarseFills {
    /// The fills of `level` for `km_per_pixel`: simplified when its
    /// outlines run, on average, in steps shorter than half a pixel (a
    /// level denser than the screen; the bundled levels never are at the
    /// zooms they are drawn at), else none.
    fn of_key(
        level: &SceneLevel,
        km_per_pixel: f64,
    ) -> (usize, usize, crate::geometry::ProjectionKind, i32) {
        (
            std::ptr::from_ref(level) as usize,
            level.world.level,
            level.world.projection.kind(),
            km_per_pixel.max(1e-9).log2().floor() as i32,
        )
    }

    fn of(level: &SceneLevel, km_per_pixel: f64) -> Self {
        let key = Self::of_key(level, km_per_pixel);
        let step = key.3;
        // Half a pixel at the finest zoom of the step.
        let tolerance = 0.5 * 2f64.powi(step);
        let countries = &level.world.countries;
        let (length, segments) = countries
            .iter()
            .flat_map(|f| &f.rings)
            .fold((0.0_f64, 0usize), |(l, n), ring| {
                (l + ring_length(ring), n + ring.len())
            });
        let dense = segments > 0 && length / (segments as f64) < tolerance;
        let fills = if dense {
            countries
                .iter()
                .map(|f| simplified_fill(&f.rings, tolerance))
                .collect()
        } else {
            Vec::new()
        };
        Self { key, fills }
    }
}

/// Length of a closed ring, plane km.
fn ring_length(ring: &[[f32; 2]]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            f64::from(b[0] - a[0]).hypot(f64::from(b[1] - a[1]))
        })
        .sum()
}

/// A feature's fill from its `rings` (exteriors counter-clockwise, holes
/// clockwise) simplified to `tolerance` km (Douglas–Peucker), each hole
/// in the exterior around it; none if that saves little (fewer than a
/// third of the points), so a coarse feature keeps its own triangles.
fn simplified_fill(rings: &[Vec<[f32; 2]>], tolerance: f64) -> Option<crate::geometry::TriMesh> {
    use geo::{Contains as _, Coord, LineString, Polygon, Simplify as _};
    let before: usize = rings.iter().map(Vec::len).sum();
    let mut after = 0;
    let mut exteriors: Vec<(LineString<f64>, Vec<LineString<f64>>)> = Vec::new();
    let mut holes: Vec<LineString<f64>> = Vec::new();
    for ring in rings {
        let mut line: LineString<f64> = ring
            .iter()
            .map(|p| Coord {
                x: f64::from(p[0]),
                y: f64::from(p[1]),
            })
            .collect();
        line.close();
        let simple = line.simplify(tolerance);
        if simple.0.len() < 4 {
            // Smaller than the tolerance: nothing to see at this zoom.
            continue;
        }
        after += simple.0.len();
        if crate::geometry::ring_area(ring) >= 0.0 {
            exteriors.push((simple, Vec::new()));
        } else {
            holes.push(simple);
        }
    }
    if after * 3 > before * 2 {
        return None;
    }
    for hole in holes {
        let Some(first) = hole.0.first().copied() else {
            continue;
        };
        let around = exteriors
            .iter_mut()
            .find(|(e, _)| Polygon::new(e.clone(), Vec::new()).contains(&first));
        if let Some((_, inside)) = around {
            inside.push(hole);
        }
    }
    let mut mesh = crate::geometry::TriMesh::default();
    for (exterior, inside) in exteriors {
        mesh.append(&crate::geometry::triangulate_polygon(&Polygon::new(
            exterior, inside,
        )));
    }
    Some(mesh)
}

impl FillKey {
    /// Whether `self` and `other` differ only in colours (the same
    /// triangles on the same screen).
    fn same_shapes(&self, other: &Self) -> bool {
        self.level == other.level
            && self.view == other.view
            && self.palette == other.palette
            && self.data_generation == other.data_generation
    }
}

/// What the colour of a country's fill depends on.
struct FillColors<'a> {
    dataset: &'a Dataset,
    palette: &'a Palette,
    hovered_feature: Option<usize>,
    overrides: &'a BTreeMap<CountryCode, Color32>,
}

impl FillColors<'_> {
    /// The fill colour of country feature `i` (code `code`).
    /// The selected country keeps its fill (the data): the selection is
    /// an outline. A hovered country with a data fill keeps its hue.
    fn of(&self, i: usize, code: Option<CountryCode>) -> Color32 {
        let data = code.and_then(|c| self.overrides.get(&c).copied());
        if self.hovered_feature == Some(i) {
            return data.map_or(self.palette.hover, |c| {
                super::memberships::mix(c, self.palette.hover, 0.25)
            });
        }
        data.unwrap_or_else(|| land_color(code, self.dataset, self.palette))
    }
}

/// A country drawn: its feature, its vertices in the mesh, their colour.
type FillRange = (usize, std::ops::Range<usize>, Color32);

/// Countries, disputed areas and lakes, filled, on the screen.
fn country_fills(
    level: &SceneLevel,
    transform: &MapTransform,
    colors: &FillColors<'_>,
    (ranges, coarse): (&mut Vec<FillRange>, &[Option<crate::geometry::TriMesh>]),
) -> Mesh {
    let palette = colors.palette;
    let visible = transform.visible_world();
    let world = &level.world;
    let mut fills = Mesh::default();
    ranges.clear();
    for (i, feature) in world.countries.iter().enumerate() {
        if !feature.bbox.intersects(&visible) {
            continue;
        }
        let code = level.codes.get(i).copied().flatten();
        let color = colors.of(i, code);
        let start = fills.vertices.len();
        let fill = coarse.get(i).and_then(Option::as_ref);
        let fill = fill.unwrap_or(&feature.fill);
        append_mesh(
            &mut fills,
            (fill, &feature.bbox),
            transform,
            &visible,
            color,
        );
        ranges.push((i, start..fills.vertices.len(), color));
    }
    for feature in &world.disputed {
        if feature.bbox.intersects(&visible) {
            append_fill(
                &mut fills,
                feature,
                transform,
                &visible,
                palette.land_neighbour,
            );
        }
    }
    for feature in &world.lakes {
        if feature.bbox.intersects(&visible) {
            append_fill(&mut fills, feature, transform, &visible, palette.lake);
        }
    }
    fills
}

/// The land colour of a country: the region warm, its neighbours neutral,
/// the rest of the world pale.
pub fn land_color(code: Option<CountryCode>, dataset: &Dataset, palette: &Palette) -> Color32 {
    let Some(country) = code.and_then(|c| dataset.countries.get(&c)) else {
        return palette.land_other;
    };
    if CORE_GROUPS.contains(&country.group.as_str()) {
        palette.land_core
    } else {
        palette.land_neighbour
    }
}

/// The tooltip text of a disputed area: who controls it and who claims it,
/// in the app's own neutral words.
pub fn disputed_text(d: &DisputedGeom, dataset: &Dataset) -> String {
    let name_of = |code: &str| {
        CountryCode::try_from(code)
            .ok()
            .and_then(|c| dataset.countries.get(&c))
            .map_or_else(|| code.to_owned(), |c| c.display_name().into_owned())
    };
    let mut text = trf(
        "map-disputed",
        "{ $name } — disputed territory",
        &[("name", &d.name)],
    );
    for control in &d.controlled_by {
        let who = match &control.authority {
            Some(authority) => authority.clone(),
            None => name_of(&control.by),
        };
        let line = match (control.from, control.to) {
            (Some(from), Some(to)) => trf(
                "map-disputed-controlled-from-to",
                "Controlled by: { $who } ({ $from }–{ $to })",
                &[("who", &who), ("from", &from), ("to", &to)],
            ),
            (Some(from), None) => trf(
                "map-disputed-controlled-since",
                "Controlled by: { $who } (since { $from })",
                &[("who", &who), ("from", &from)],
            ),
            (None, Some(to)) => trf(
                "map-disputed-controlled-until",
                "Controlled by: { $who } (until { $to })",
                &[("who", &who), ("to", &to)],
            ),
            (None, None) => trf(
                "map-disputed-controlled",
                "Controlled by: { $who }",
                &[("who", &who)],
            ),
        };
        text.push('\n');
        text.push_str(&line);
    }
    if !d.claimed_by.is_empty() {
        let claimants: Vec<String> = d.claimed_by.iter().map(|c| name_of(c)).collect();
        text.push('\n');
        text.push_str(&trf(
            "map-disputed-claimed",
            "Claimed by: { $claimants }",
            &[("claimants", &claimants.join(", "))],
        ));
    }
    if !d.note.is_empty() {
        text.push('\n');
        text.push_str(&d.note);
    }
    text
}

/// Append a feature's cached triangles that touch the map's rect, moved to
/// the screen, in one colour. Triangles wholly off the map are left out:
/// a country reaching far past the view (Russia, China) would otherwise
/// send thousands of triangles a frame for the rasteriser to discard.
pub fn append_fill(
    out: &mut Mesh,
    feature: &ProjectedFeature,
    transform: &MapTransform,
    visible: &WorldRect,
    color: Color32,
) {
    append_mesh(
        out,
        (&feature.fill, &feature.bbox),
        transform,
        visible,
        color,
    );
}

/// [`append_fill`] for a feature's triangles `fill` (its own, or
/// simplified for the zoom) within its bounding rectangle `bbox`.
fn append_mesh(
    out: &mut Mesh,
    (fill, bbox): (&crate::geometry::TriMesh, &WorldRect),
    transform: &MapTransform,
    visible: &WorldRect,
    color: Color32,
) {
    let (scale, offset) = transform.scale_offset();
    let to_screen = |p: &[f32; 2]| pos2(p[0] * scale + offset.x, -p[1] * scale + offset.y);
    let rect = transform.rect;
    let (Ok(base), Ok(count)) = (
        u32::try_from(out.vertices.len()),
        u32::try_from(fill.vertices.len()),
    ) else {
        return;
    };
    if visible.contains_rect(bbox) && base.checked_add(count).is_some() {
        // Wholly in view (most features): every triangle, as stored.
        out.vertices.reserve(fill.vertices.len());
        for p in &fill.vertices {
            out.colored_vertex(to_screen(p), color);
        }
        out.indices.extend(fill.indices.iter().map(|i| base + i));
        return;
    }
    let vertex = |i: usize| {
        fill.vertices.get(i).map(|p| egui::epaint::Vertex {
            pos: to_screen(p),
            uv: egui::epaint::WHITE_UV,
            color,
        })
    };
    append_triangles_touching(
        out,
        &fill.indices,
        fill.vertices.len(),
        rect,
        vertex,
        &mut Vec::new(),
    );
}

fn outline(
    painter: &Painter,
    feature: &ProjectedFeature,
    transform: &MapTransform,
    stroke: Stroke,
) {
    for ring in &feature.rings {
        if ring.len() < 3 {
            continue;
        }
        let points = ring
            .iter()
            .map(|p| transform.screen_from_world_f32(*p))
            .collect();
        painter.add(PathShape {
            points,
            closed: true,
            fill: Color32::TRANSPARENT,
            stroke: PathStroke::new(stroke.width, stroke.color),
        });
    }
}
