//! Geographic shapes → projected, clipped, triangulated features: what the
//! scene caches and the map paints.
//!
//! ## Steps, per polygon
//! 1. **Shift and clip** in degrees: the polygon is tried at longitude
//!    shifts of −360°, 0° and +360° and each copy is cut to the
//!    projection's lon/lat window ([`Projection::lon_range`],
//!    [`Projection::lat_range`]) with geo's boolean intersection (only
//!    when it crosses the window's edge). The world projection's window is
//!    −169°…191°, so Chukotka (east of 180°, stored as −180…−169.7) lands
//!    at 180…190.3 next to the rest of Russia, and the few shapes the cut
//!    meridian crosses (St Lawrence Island, Antarctica) are split there.
//!    Nothing smears across the map.
//! 2. **Densify** edges longer than 1° (the clip edges), so the window's
//!    parallels and meridians curve as they should.
//! 3. **Project** with [`Projection::project_unwrapped`] to plane km.
//! 4. **Clean and orient**: non-finite points and repeats dropped, rings
//!    with under three distinct points or no area dropped; exteriors
//!    counter-clockwise, holes clockwise.
//! 5. **Triangulate** with earcut. A polygon whose mesh area differs from
//!    its ring area (a self-intersecting ring from simplification) is
//!    rebuilt as valid polygons (non-zero fill) and triangulated again.

use geo::{
    BooleanOps as _, BoundingRect as _, Coord, LineString, MultiLineString, MultiPolygon, OpType,
    Orient as _, Polygon, Rect, bool_ops::FillRule, orient::Direction,
};

use super::assets::GeoAssets;
use super::coords::{WorldRect, WorldXY};
use super::mesh::{TriMesh, clean_ring, ring_area_f64, triangulate_clean};
use super::projection::Projection;

/// Longest edge, in degrees of longitude or latitude, left unsplit before
/// projecting.
const MAX_EDGE_DEG: f64 = 1.0;

/// One country, lake or disputed area, projected and triangulated.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedFeature {
    /// Index of the source shape: into [`super::GeoLevel::countries`] or
    /// [`super::GeoLevel::lakes`] of the level built, or into
    /// [`GeoAssets::disputed`].
    pub source_index: usize,
    /// The filled area as triangles, plane km.
    pub fill: TriMesh,
    /// Outline rings, plane km, open (the first point is not repeated):
    /// exteriors counter-clockwise, holes clockwise, so the sum of
    /// [`super::ring_area`] over them is the filled area and an even-odd
    /// test over all of them is the point-in-feature test.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Bounding rectangle of the rings, plane km.
    pub bbox: WorldRect,
    /// A point inside the largest polygon, plane km, for the name label.
    pub label_point: WorldXY,
}

/// All features of one level of detail in one projection.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedWorld {
    /// The projection used.
    pub projection: Projection,
    /// The level of detail built (index into [`GeoAssets::levels`]).
    pub level: usize,
    /// Countries with any area inside the projection's window.
    pub countries: Vec<ProjectedFeature>,
    /// Lakes with any area inside the window.
    pub lakes: Vec<ProjectedFeature>,
    /// Disputed areas with any area inside the window.
    pub disputed: Vec<ProjectedFeature>,
    /// International borders as polylines, plane km.
    pub borders: Vec<Vec<[f32; 2]>>,
    /// Coastlines (and the Caspian shore) as polylines, plane km.
    pub coastlines: Vec<Vec<[f32; 2]>>,
    /// Bounding rectangle of all country features (of the projected window
    /// corners if there is none).
    pub bounds: WorldRect,
}

/// Project, clip and triangulate one level of detail. A level index out of
/// range gives an empty world (no features, no lines).
pub fn build_projected(
    assets: &GeoAssets,
    projection: &Projection,
    level: usize,
) -> ProjectedWorld {
    build_projected_on(assets, projection, level, usize::MAX)
}

/// [`build_projected`] on at most `threads` threads, and never more than
/// the cores or 4 (1: on the calling thread only, as for a level built
/// ahead in the background, which must leave the other core to the
/// window's frames).
pub fn build_projected_on(
    assets: &GeoAssets,
    projection: &Projection,
    level: usize,
    threads: usize,
) -> ProjectedWorld {
    let window = Window::of(projection);
    let mut world = ProjectedWorld {
        projection: projection.clone(),
        level,
        countries: Vec::new(),
        lakes: Vec::new(),
        disputed: Vec::new(),
        borders: Vec::new(),
        coastlines: Vec::new(),
        bounds: window.projected_bounds(projection),
    };
    let Some(geo_level) = assets.levels.get(level) else {
        return world;
    };
    let disputed = geo_level.disputed.iter().take(assets.disputed.len());
    let mut jobs: Vec<Job<'_>> = Vec::new();
    jobs.extend(geo_level.countries.iter().map(|c| Job::Shape(&c.shape)));
    jobs.extend(geo_level.lakes.iter().map(|l| Job::Shape(&l.shape)));
    jobs.extend(disputed.map(Job::Shape));
    jobs.push(Job::Lines(&geo_level.borders));
    jobs.push(Job::Lines(&geo_level.coastlines));
    let mut built = build_jobs(&jobs, projection, &window, threads).into_iter();
    let mut features = |count: usize| -> Vec<ProjectedFeature> {
        built
            .by_ref()
            .take(count)
            .enumerate()
            .filter_map(|(i, b)| match b {
                Built::Feature(f) => f.map(|f| ProjectedFeature {
                    source_index: i,
                    ..f
                }),
                Built::Lines(_) => None,
            })
            .collect()
    };
    world.countries = features(geo_level.countries.len());
    world.lakes = features(geo_level.lakes.len());
    world.disputed = features(geo_level.disputed.len().min(assets.disputed.len()));
    let mut lines = || match built.next() {
        Some(Built::Lines(lines)) => lines,
        _ => Vec::new(),
    };
    world.borders = lines();
    world.coastlines = lines();
    if let Some(bounds) = world
        .countries
        .iter()
        .map(|f| f.bbox)
        .reduce(|a, b| a.union(&b))
    {
        world.bounds = bounds;
    }
    world
}

/// One piece of a level to project: a filled shape or a set of lines.
enum Job<'a> {
    Shape(&'a MultiPolygon<f64>),
    Lines(&'a MultiLineString<f64>),
}

impl Job<'_> {
    /// Points to project: the measure of the work, to hand out the largest
    /// pieces first.
    fn points(&self) -> usize {
        match self {
            Self::Shape(shape) => shape
                .0
                .iter()
                .map(|p| {
                    p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>()
                })
                .sum(),
            Self::Lines(lines) => lines.0.iter().map(|l| l.0.len()).sum(),
        }
    }
}

/// A [`Job`] done: the feature (its `source_index` still to be set), or the
/// projected lines.
enum Built {
    Feature(Option<ProjectedFeature>),
    Lines(Vec<Vec<[f32; 2]>>),
}

/// Levels with fewer points than this are built on the calling thread.
const MIN_POINTS_FOR_THREADS: usize = 20_000;

/// Do every job, in the order given, on up to 4 threads (the largest jobs
/// are handed out first); each job is computed alone, so the result does
/// not depend on the threads.
fn build_jobs(
    jobs: &[Job<'_>],
    projection: &Projection,
    window: &Window,
    max_threads: usize,
) -> Vec<Built> {
    use std::sync::atomic::{AtomicUsize, Ordering};

    let run = |job: &Job<'_>| match job {
        Job::Shape(shape) => Built::Feature(project_feature(shape, 0, projection, window)),
        Job::Lines(lines) => Built::Lines(project_lines(lines, projection, window)),
    };
    let points: Vec<usize> = jobs.iter().map(Job::points).collect();
    let threads = if points.iter().sum::<usize>() < MIN_POINTS_FOR_THREADS {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, std::num::NonZeroUsize::get)
            .clamp(1, 4)
            .min(max_threads.max(1))
    };
    if threads == 1 {
        return jobs.iter().map(run).collect();
    }
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(points[i]));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            if let Some(job) = jobs.get(i) {
                done.push((i, run(job)));
            }
        }
        done
    };
    let mut slots: Vec<Option<Built>> = std::iter::repeat_with(|| None).take(jobs.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut done = work();
        for helper in helpers {
            // A helper that panicked leaves its jobs to be redone below.
            done.extend(helper.join().unwrap_or_default());
        }
        for (i, built) in done {
            if let Some(slot) = slots.get_mut(i) {
                *slot = Some(built);
            }
        }
    });
    slots
        .into_iter()
        .zip(jobs)
        .map(|(slot, job)| slot.unwrap_or_else(|| run(job)))
        .collect()
}

/// The projection's lon/lat window.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// Westmost and eastmost longitude (degrees).
    pub lon: (f64, f64),
    /// Southmost and northmost latitude (degrees).
    pub lat: (f64, f64),
}

impl Window {
    fn of(projection: &Projection) -> Self {
        Self {
            lon: projection.lon_range(),
            lat: projection.lat_range(),
        }
    }

    fn rect(&self) -> Rect<f64> {
        Rect::new(
            Coord {
                x: self.lon.0,
                y: self.lat.0,
            },
            Coord {
                x: self.lon.1,
                y: self.lat.1,
            },
        )
    }

    fn contains_rect(&self, r: &Rect<f64>) -> bool {
        r.min().x >= self.lon.0
            && r.max().x <= self.lon.1
            && r.min().y >= self.lat.0
            && r.max().y <= self.lat.1
    }

    fn misses_rect(&self, r: &Rect<f64>) -> bool {
        r.max().x <= self.lon.0
            || r.min().x >= self.lon.1
            || r.max().y <= self.lat.0
            || r.min().y >= self.lat.1
    }

    fn clamp(&self, c: Coord<f64>) -> Coord<f64> {
        Coord {
            x: c.x.clamp(self.lon.0, self.lon.1),
            y: c.y.clamp(self.lat.0, self.lat.1),
        }
    }

    /// The window's outline projected, as a fallback extent.
    fn projected_bounds(&self, projection: &Projection) -> WorldRect {
        let mut points = Vec::new();
        let steps = 36;
        for i in 0..=steps {
            let t = f64::from(i) / f64::from(steps);
            let lon = self.lon.0 + t * (self.lon.1 - self.lon.0);
            let lat = self.lat.0 + t * (self.lat.1 - self.lat.0);
            for (x, y) in [
                (lon, self.lat.0),
                (lon, self.lat.1),
                (self.lon.0, lat),
                (self.lon.1, lat),
            ] {
                points.extend(projection.project_unwrapped(x, y));
            }
        }
        WorldRect::bounding(points).unwrap_or(WorldRect {
            min: WorldXY::new(0.0, 0.0),
            max: WorldXY::new(0.0, 0.0),
        })
    }
}

impl Window {
    /// The multiples of 360° that bring some of `[west, east]` (unwrapped
    /// longitudes) into the window.
    fn shifts(&self, west: f64, east: f64) -> Vec<f64> {
        if !(west.is_finite() && east.is_finite()) {
            return Vec::new();
        }
        let first = ((self.lon.0 - east) / 360.0).floor() as i64;
        let last = ((self.lon.1 - west) / 360.0).ceil() as i64;
        // Bounded: unwrapped data spans a few turns at most.
        (first.max(-8)..=last.min(8))
            .map(|k| k as f64 * 360.0)
            .filter(|s| west + s < self.lon.1 && east + s > self.lon.0)
            .collect()
    }
}

/// Natural Earth (as quantized by world-atlas) has rings that cross the
/// antimeridian, jumping from 179.9° to −180°. Make longitudes continuous
/// (adding ±360° after each jump of more than 180°), unless the ring goes
/// round a pole (Antarctica): then the jumps are its closing edge and the
/// ring is left as it is.
pub fn unwrap_ring(ring: &[Coord<f64>]) -> Option<Vec<Coord<f64>>> {
    let mut offset = 0.0;
    let mut out = Vec::with_capacity(ring.len());
    let mut prev: Option<f64> = None;
    for c in ring {
        if let Some(p) = prev {
            let d = c.x - p;
            if d > 180.0 {
                offset -= 360.0;
            } else if d < -180.0 {
                offset += 360.0;
            }
        }
        prev = Some(c.x);
        out.push(Coord {
            x: c.x + offset,
            y: c.y,
        });
    }
    // A closed ring that went round the globe ends a turn from its start.
    let closes = match (out.first(), out.last()) {
        (Some(a), Some(b)) => (a.x - b.x).abs() < 180.0,
        _ => true,
    };
    closes.then_some(out)
}

fn unwrap_polygon(polygon: &Polygon<f64>) -> Polygon<f64> {
    let unwrap = |r: &LineString<f64>| LineString(unwrap_ring(&r.0).unwrap_or_else(|| r.0.clone()));
    let exterior = unwrap(polygon.exterior());
    let centre = |r: &LineString<f64>| {
        r.bounding_rect()
            .map_or(0.0, |b| (b.min().x + b.max().x) / 2.0)
    };
    let ext_centre = centre(&exterior);
    let holes = polygon
        .interiors()
        .iter()
        .map(|h| {
            let h = unwrap(h);
            // Keep each hole on the same turn as its exterior.
            let turns = ((ext_centre - centre(&h)) / 360.0).round();
            if turns == 0.0 || !turns.is_finite() {
                h
            } else {
                LineString(
                    h.0.iter()
                        .map(|c| Coord {
                            x: c.x + turns * 360.0,
                            y: c.y,
                        })
                        .collect(),
                )
            }
        })
        .collect();
    Polygon::new(exterior, holes)
}

/// Whether every coordinate of a polygon is finite (boolean operations and
/// bounding boxes need that).
fn polygon_is_finite(p: &Polygon<f64>) -> bool {
    std::iter::once(p.exterior())
        .chain(p.interiors())
        .all(|r| r.0.iter().all(|c| c.x.is_finite() && c.y.is_finite()))
}

/// The parts of a geographic polygon inside the window, in unwrapped
/// longitudes, over all shifts.
fn clip_to_window(polygon: &Polygon<f64>, window: &Window) -> Vec<Polygon<f64>> {
    let mut out = Vec::new();
    if !polygon_is_finite(polygon) {
        // Drop the bad points; the cleaner rejects what is left if needed.
        let keep = |r: &LineString<f64>| {
            LineString(
                r.0.iter()
                    .copied()
                    .filter(|c| c.x.is_finite() && c.y.is_finite())
                    .collect(),
            )
        };
        let fixed = Polygon::new(
            keep(polygon.exterior()),
            polygon.interiors().iter().map(keep).collect(),
        );
        if fixed.exterior().0.len() < 4 {
            return out;
        }
        return clip_to_window(&fixed, window);
    }
    let polygon = unwrap_polygon(polygon);
    let Some(bbox) = polygon.bounding_rect() else {
        return out;
    };
    for shift in window.shifts(bbox.min().x, bbox.max().x) {
        let shifted_bbox = Rect::new(
            Coord {
                x: bbox.min().x + shift,
                y: bbox.min().y,
            },
            Coord {
                x: bbox.max().x + shift,
                y: bbox.max().y,
            },
        );
        if window.misses_rect(&shifted_bbox) {
            continue;
        }
        let shifted = shift_polygon(&polygon, shift);
        if window.contains_rect(&shifted_bbox) {
            out.push(shifted);
        } else {
            let clip = window.rect().to_polygon();
            out.extend(shifted.intersection(&clip).0);
        }
    }
    out
}

fn shift_polygon(polygon: &Polygon<f64>, shift: f64) -> Polygon<f64> {
    let shift_ring = |r: &LineString<f64>| {
        LineString(
            r.0.iter()
                .map(|c| Coord {
                    x: c.x + shift,
                    y: c.y,
                })
                .collect(),
        )
    };
    Polygon::new(
        shift_ring(polygon.exterior()),
        polygon.interiors().iter().map(shift_ring).collect(),
    )
}

/// Insert points so no edge spans more than [`MAX_EDGE_DEG`].
fn densify(points: &[Coord<f64>], out: &mut Vec<Coord<f64>>) {
    out.clear();
    out.reserve(points.len());
    for (i, &p) in points.iter().enumerate() {
        if let Some(&prev) = i.checked_sub(1).and_then(|j| points.get(j)) {
            let span = (p.x - prev.x).abs().max((p.y - prev.y).abs());
            if span > MAX_EDGE_DEG && span.is_finite() {
                // Bounded: spans are at most a few hundred degrees.
                let n = (span / MAX_EDGE_DEG).ceil().min(1000.0) as u32;
                for k in 1..n {
                    let t = f64::from(k) / f64::from(n);
                    out.push(Coord {
                        x: prev.x + t * (p.x - prev.x),
                        y: prev.y + t * (p.y - prev.y),
                    });
                }
            }
        }
        out.push(p);
    }
}

/// Densify and project a ring of unwrapped lon/lat inside the window.
fn project_ring(
    ring: &[Coord<f64>],
    projection: &Projection,
    window: &Window,
    scratch: &mut Vec<Coord<f64>>,
) -> Vec<Coord<f64>> {
    densify(ring, scratch);
    scratch
        .iter()
        .filter_map(|&c| {
            let c = window.clamp(c);
            projection
                .project_unwrapped(c.x, c.y)
                .map(|p| Coord { x: p.x, y: p.y })
        })
        .collect()
}

fn project_feature(
    shape: &MultiPolygon<f64>,
    source_index: usize,
    projection: &Projection,
    window: &Window,
) -> Option<ProjectedFeature> {
    let mut scratch = Vec::new();
    let mut fill = TriMesh::default();
    let mut rings: Vec<Vec<[f32; 2]>> = Vec::new();
    let mut largest: Option<(f64, Polygon<f64>)> = None;
    for polygon in &shape.0 {
        for part in clip_to_window(polygon, window) {
            let Some(exterior) = clean_ring(&project_ring(
                &part.exterior().0,
                projection,
                window,
                &mut scratch,
            )) else {
                continue;
            };
            let holes: Vec<LineString<f64>> = part
                .interiors()
                .iter()
                .filter_map(|r| clean_ring(&project_ring(&r.0, projection, window, &mut scratch)))
                .collect();
            for (projected, mesh) in triangulate_valid(&Polygon::new(exterior, holes)) {
                fill.append(&mesh);
                for ring in std::iter::once(projected.exterior()).chain(projected.interiors()) {
                    let mut points: Vec<[f32; 2]> =
                        ring.0.iter().map(|c| [c.x as f32, c.y as f32]).collect();
                    points.pop(); // the closing point
                    rings.push(points);
                }
                let area = ring_area_f64(&projected.exterior().0).abs();
                if largest.as_ref().is_none_or(|(a, _)| area > *a) {
                    largest = Some((area, projected));
                }
            }
        }
    }
    let (_, biggest) = largest?;
    let bbox = WorldRect::bounding(
        rings
            .iter()
            .flatten()
            .map(|p| WorldXY::new(f64::from(p[0]), f64::from(p[1]))),
    )?;
    let label_point = scanline_interior_point(&biggest).unwrap_or_else(|| bbox.center());
    Some(ProjectedFeature {
        source_index,
        fill,
        rings,
        bbox,
        label_point,
    })
}

/// A point inside a polygon, for its label: the middle of the widest
/// stretch of the polygon along the horizontal line through the middle of
/// its bounding box. This is the point geo's `InteriorPoint` gives for a
/// valid polygon, found directly from the edge crossings (even-odd) instead
/// of through a general sweep and relate, which made it half the cost of
/// building a level. `None` for a polygon with no area on that line.
#[expect(
    clippy::float_cmp,
    reason = "a vertex exactly on the scan line is what must be avoided"
)]
pub fn scanline_interior_point(polygon: &Polygon<f64>) -> Option<WorldXY> {
    let bounds = polygon.bounding_rect()?;
    let rings = || std::iter::once(polygon.exterior()).chain(polygon.interiors());
    let coords = || rings().flat_map(|r| r.0.iter());
    // The scan line must not pass through a vertex: if the middle does,
    // move halfway to the nearest other vertex height (as geo does).
    let mut y = f64::midpoint(bounds.min().y, bounds.max().y);
    if coords().any(|c| c.y == y) {
        let nearest = coords()
            .filter(|c| c.y != y)
            .min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs()));
        if let Some(c) = nearest {
            y = f64::midpoint(y, c.y);
        }
    }
    let mut crossings: Vec<f64> = rings()
        .flat_map(LineString::lines)
        .filter(|l| (l.start.y > y) != (l.end.y > y))
        .map(|l| l.start.x + (y - l.start.y) * (l.end.x - l.start.x) / (l.end.y - l.start.y))
        .collect();
    crossings.sort_by(f64::total_cmp);
    crossings
        .chunks_exact(2)
        .map(|pair| (pair[0], pair[1]))
        .filter(|(a, b)| b > a)
        .max_by(|p, q| (p.1 - p.0).total_cmp(&(q.1 - q.0)))
        .map(|(a, b)| WorldXY::new(f64::midpoint(a, b), y))
}

/// Relative difference between mesh area and ring area above which a
/// polygon is taken to be self-intersecting.
const AREA_MISMATCH: f64 = 1e-4;

/// Orient and triangulate a projected polygon with clean rings. Simplified
/// levels have a few self-intersecting rings (Douglas-Peucker works arc by
/// arc), which earcut fills differently from the outline; those (found by
/// the mesh area differing from the ring area) are rebuilt as valid
/// polygons with a non-zero fill union first. Returns the polygons actually
/// triangulated, each with its mesh; degenerate results are left out.
fn triangulate_valid(polygon: &Polygon<f64>) -> Vec<(Polygon<f64>, TriMesh)> {
    let polygon = polygon.orient(Direction::Default);
    let mesh = triangulate_clean(&polygon);
    let ring_area: f64 = std::iter::once(polygon.exterior())
        .chain(polygon.interiors())
        .map(|r| ring_area_f64(&r.0))
        .sum();
    let mesh_area = mesh.area();
    if (mesh_area - ring_area).abs() <= AREA_MISMATCH * mesh_area.max(ring_area.abs()) {
        return if mesh.is_empty() {
            Vec::new()
        } else {
            vec![(polygon, mesh)]
        };
    }
    let repaired = polygon.boolean_op_with_fill_rule(
        &MultiPolygon::<f64>::new(Vec::new()),
        OpType::Union,
        FillRule::NonZero,
    );
    let mut out = Vec::new();
    for part in repaired.0 {
        let Some(exterior) = clean_ring(&part.exterior().0) else {
            continue;
        };
        let holes = part
            .interiors()
            .iter()
            .filter_map(|r| clean_ring(&r.0))
            .collect();
        let part = Polygon::new(exterior, holes).orient(Direction::Default);
        let mesh = triangulate_clean(&part);
        if !mesh.is_empty() {
            out.push((part, mesh));
        }
    }
    out
}

/// Clip polylines to the window (over all shifts), densify and project.
fn project_lines(
    lines: &MultiLineString<f64>,
    projection: &Projection,
    window: &Window,
) -> Vec<Vec<[f32; 2]>> {
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    for line in &lines.0 {
        let unwrapped = unwrap_ring(&line.0).unwrap_or_else(|| line.0.clone());
        for part in split_at_seams(&unwrapped) {
            let west = part.iter().map(|c| c.x).fold(f64::INFINITY, f64::min);
            let east = part.iter().map(|c| c.x).fold(f64::NEG_INFINITY, f64::max);
            for shift in window.shifts(west, east) {
                for piece in clip_line(part, shift, window) {
                    let projected = project_ring(&piece, projection, window, &mut scratch);
                    if projected.len() >= 2 {
                        out.push(projected.iter().map(|c| [c.x as f32, c.y as f32]).collect());
                    }
                }
            }
        }
    }
    out
}

/// Whether a segment is not a real line on the ground: it runs along the
/// antimeridian (where Natural Earth splits shapes at ±180°, here in
/// unwrapped longitudes) or along the south pole line (Antarctica's
/// closing edge), or it still jumps more than 180° of longitude.
fn is_seam(a: Coord<f64>, b: Coord<f64>) -> bool {
    const EPS: f64 = 1e-6;
    let on_antimeridian = |c: Coord<f64>| {
        ((c.x - 180.0).rem_euclid(360.0)).min((180.0 - c.x).rem_euclid(360.0)) < EPS
    };
    (on_antimeridian(a) && on_antimeridian(b) && (a.x - b.x).abs() < EPS)
        || (a.y < -90.0 + EPS && b.y < -90.0 + EPS)
        || (a.x - b.x).abs() > 180.0
}

/// A polyline split where it runs along a seam (see [`is_seam`]).
fn split_at_seams(points: &[Coord<f64>]) -> Vec<&[Coord<f64>]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..points.len() {
        if is_seam(points[i - 1], points[i]) {
            if i - start >= 2 {
                parts.push(&points[start..i]);
            }
            start = i;
        }
    }
    if points.len().saturating_sub(start) >= 2 {
        parts.push(&points[start..]);
    }
    parts
}

/// The pieces of a polyline (shifted by `shift` degrees of longitude)
/// inside the window: Liang-Barsky per segment, joined where consecutive.
pub fn clip_line(points: &[Coord<f64>], shift: f64, window: &Window) -> Vec<Vec<Coord<f64>>> {
    let mut pieces: Vec<Vec<Coord<f64>>> = Vec::new();
    let mut current: Vec<Coord<f64>> = Vec::new();
    for pair in points.windows(2) {
        let a = Coord {
            x: pair[0].x + shift,
            y: pair[0].y,
        };
        let b = Coord {
            x: pair[1].x + shift,
            y: pair[1].y,
        };
        match clip_segment(a, b, window) {
            Some((p, q)) => {
                if current.last().is_none_or(|&last| last != p) {
                    if current.len() >= 2 {
                        pieces.push(std::mem::take(&mut current));
                    }
                    current.clear();
                    current.push(p);
                }
                current.push(q);
            }
            None => {
                if current.len() >= 2 {
                    pieces.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}

/// Liang-Barsky: the part of segment a→b inside the window, if any (and of
/// positive length).
pub fn clip_segment(
    a: Coord<f64>,
    b: Coord<f64>,
    window: &Window,
) -> Option<(Coord<f64>, Coord<f64>)> {
    if !(a.x.is_finite() && a.y.is_finite() && b.x.is_finite() && b.y.is_finite()) {
        return None;
    }
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.x - window.lon.0),
        (dx, window.lon.1 - a.x),
        (-dy, a.y - window.lat.0),
        (dy, window.lat.1 - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 >= t1 {
        return None;
    }
    let at = |t: f64| {
        if t <= 0.0 {
            a
        } else if t >= 1.0 {
            b
        } else {
            Coord {
                x: a.x + t * dx,
                y: a.y + t * dy,
            }
        }
    };
    Some((at(t0), at(t1)))
}
