//! Geometry on the bundled Natural Earth data and on edge cases: projection
//! round trips and known positions, the antimeridian, triangulation areas
//! of every country at every level, degenerate rings, picking, label
//! placement, the scale bar, curved arcs and geodesic length.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: bundled data that does not load is a failed test"
)]

use std::sync::OnceLock;

use geo::{LineString, MultiLineString, MultiPolygon, Polygon, polygon};
use heartland::geometry::{
    CountryGeom, GeoAssets, GeoLevel, LabelCandidate, LonLat, PickIndex, ProjectedWorld,
    Projection, ProjectionKind, WorldXY, build_projected, curved_arc, feature_contains,
    geodesic_length_km, graticule, load_bundled_geo, nice_scale_bar, place_labels, rects_overlap,
    ring_area, triangulate_polygon,
};

/// The bundled geometry, decoded once for all tests (also the baked
/// levels' tests).
pub(crate) fn assets() -> &'static GeoAssets {
    static ASSETS: OnceLock<GeoAssets> = OnceLock::new();
    ASSETS.get_or_init(|| load_bundled_geo().expect("bundled geometry loads"))
}

/// Every level in both projections, built once for all tests.
fn worlds() -> &'static Vec<ProjectedWorld> {
    static WORLDS: OnceLock<Vec<ProjectedWorld>> = OnceLock::new();
    WORLDS.get_or_init(|| {
        let geo = assets();
        let mut out = Vec::new();
        for projection in [Projection::regional(), Projection::world()] {
            for level in 0..geo.levels.len() {
                out.push(build_projected(geo, &projection, level));
            }
        }
        out
    })
}

fn project(projection: &Projection, lon: f64, lat: f64) -> WorldXY {
    projection
        .project(LonLat::new(lon, lat))
        .unwrap_or_else(|| panic!("({lon}, {lat}) projects"))
}

fn country_index(level: usize, code: &str) -> usize {
    assets().levels[level]
        .countries
        .iter()
        .position(|c| c.code == code)
        .unwrap_or_else(|| panic!("{code} in level {level}"))
}

// --- projections -------------------------------------------------------------

#[test]
fn projections_round_trip_across_their_domains() {
    for projection in [Projection::regional(), Projection::world()] {
        let (west, east) = projection.lon_range();
        let (south, north) = projection.lat_range();
        let mut checked = 0;
        for i in 0..=40 {
            for j in 0..=40 {
                let lon = west + (east - west) * f64::from(i) / 40.0;
                // Stay off the poles, where longitude is undefined.
                let lat = (south + (north - south) * f64::from(j) / 40.0).clamp(-89.5, 89.5);
                let xy = project(&projection, lon, lat);
                let back = projection
                    .unproject(xy)
                    .unwrap_or_else(|| panic!("{:?}: {xy:?} unprojects", projection.kind()));
                let dlon = (back.lon - lon).rem_euclid(360.0);
                let dlon = dlon.min(360.0 - dlon);
                assert!(
                    dlon < 1e-6 && (back.lat - lat).abs() < 1e-6,
                    "{:?}: ({lon}, {lat}) came back as {back:?}",
                    projection.kind()
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 41 * 41, "all grid points checked");
        // Outside the domain and bad input: no position.
        assert!(
            projection.project(LonLat::new(f64::NAN, 10.0)).is_none(),
            "NaN"
        );
        assert!(
            projection.project(LonLat::new(10.0, 91.0)).is_none(),
            "lat > 90"
        );
    }
    assert!(
        Projection::regional()
            .project(LonLat::new(-100.0, 40.0))
            .is_none(),
        "America is outside the regional window"
    );
}

#[test]
fn regional_projection_puts_places_where_they_belong() {
    let p = Projection::regional();
    assert_eq!(p.kind(), ProjectionKind::Regional, "kind");
    let baku = project(&p, 49.87, 40.41);
    let aktau = project(&p, 51.17, 43.65);
    assert!(
        baku.x < aktau.x,
        "Baku is west of Aktau: {baku:?} {aktau:?}"
    );
    let astana = project(&p, 71.43, 51.13);
    let tashkent = project(&p, 69.24, 41.30);
    assert!(
        astana.y > tashkent.y,
        "Astana is north of Tashkent: {astana:?} {tashkent:?}"
    );
    // Conformal with true scale near the standard parallels: Baku–Aktau on
    // the plane is within 2 % of the geodesic distance.
    let plane = (aktau.x - baku.x).hypot(aktau.y - baku.y);
    let ground = geodesic_length_km(&[LonLat::new(49.87, 40.41), LonLat::new(51.17, 43.65)]);
    assert!(
        (plane / ground - 1.0).abs() < 0.02,
        "plane {plane} km vs ground {ground} km"
    );
}

#[test]
fn world_projection_keeps_chukotka_next_to_russia() {
    let p = Projection::world();
    // The world view is cut along 169° W (Bering Strait): both sides of 180°
    // at 66° N land side by side on the east edge of the map.
    let west_of_180 = project(&p, 179.9, 66.0);
    let east_of_180 = project(&p, -179.9, 66.0);
    assert!(
        west_of_180.x > 0.0 && east_of_180.x > 0.0,
        "both in the east half"
    );
    assert!(east_of_180.x > west_of_180.x, "−179.9 lies east of 179.9");
    assert!(
        east_of_180.x - west_of_180.x < 20.0,
        "adjacent: {west_of_180:?} {east_of_180:?}"
    );
    // Alaska, just east of the cut, is on the west edge.
    let alaska = project(&p, -165.0, 66.0);
    assert!(alaska.x < -10_000.0, "Alaska on the west edge: {alaska:?}");

    for world in worlds()
        .iter()
        .filter(|w| w.projection.kind() == ProjectionKind::World)
    {
        let rus = country_index(world.level, "RUS");
        let f = world
            .countries
            .iter()
            .find(|f| f.source_index == rus)
            .expect("Russia is drawn");
        assert!(
            f.bbox.width() < 0.45 * world.bounds.width(),
            "level {}: Russia {:?} does not smear across the world {:?}",
            world.level,
            f.bbox,
            world.bounds
        );
        assert!(
            f.bbox.min.x > 0.0,
            "all of Russia east of 11° E: {:?}",
            f.bbox
        );
        assert!(
            f.bbox.max.x > east_of_180.x,
            "Chukotka reaches past 180°: {:?}",
            f.bbox
        );
        for line in world.borders.iter().chain(&world.coastlines) {
            for w in line.windows(2) {
                let jump = (w[1][0] - w[0][0]).abs();
                assert!(
                    jump < 2000.0,
                    "level {}: a line jumps {jump} km",
                    world.level
                );
            }
        }
    }
}

// --- building and triangulation ----------------------------------------------

#[test]
fn every_country_triangulates_to_its_outline_area() {
    let geo = assets();
    let mut worst = (0.0_f64, String::new());
    let mut worst_country = (0.0_f64, String::new());
    for world in worlds() {
        let level = &geo.levels[world.level];
        if world.projection.kind() == ProjectionKind::World {
            assert_eq!(
                world.countries.len(),
                level.countries.len(),
                "the world shows every unit"
            );
        }
        let tagged = (world.countries.iter().map(|f| ("country", f)))
            .chain(world.lakes.iter().map(|f| ("lake", f)))
            .chain(world.disputed.iter().map(|f| ("disputed", f)));
        for (what, f) in tagged {
            let outline: f64 = f.rings.iter().map(|r| ring_area(r)).sum();
            let mesh = f.fill.area();
            assert!(outline > 0.0 && mesh > 0.0, "a feature has area");
            let err = (mesh - outline).abs() / outline;
            if what == "country" && err > worst_country.0 {
                let code = &level.countries[f.source_index].code;
                worst_country = (
                    err,
                    format!("{:?} L{} {code}", world.projection.kind(), world.level),
                );
            }
            if err > worst.0 {
                let name = match what {
                    "country" => level.countries[f.source_index].code.clone(),
                    "lake" => format!("lake {:?}", level.lakes[f.source_index].name),
                    _ => geo.disputed[f.source_index].id.clone(),
                };
                worst = (
                    err,
                    format!("{:?} L{} {name}", world.projection.kind(), world.level),
                );
            }
            assert!(
                f.fill
                    .indices
                    .iter()
                    .all(|&i| (i as usize) < f.fill.vertices.len()),
                "indices"
            );
            assert!(
                f.bbox.contains(f.label_point),
                "label point inside the bbox"
            );
        }
    }
    println!(
        "worst mesh/outline area difference: {:.5} % ({}); worst country {:.5} % ({})",
        worst.0 * 100.0,
        worst.1,
        worst_country.0 * 100.0,
        worst_country.1
    );
    assert!(
        worst.0 < 0.005,
        "worst {:.4} % at {}",
        worst.0 * 100.0,
        worst.1
    );
}

#[test]
fn kazakhstan_is_drawn_in_the_region_with_label_inside() {
    for world in worlds()
        .iter()
        .filter(|w| w.projection.kind() == ProjectionKind::Regional)
    {
        let kaz = country_index(world.level, "KAZ");
        let features = &world.countries;
        let f = features
            .iter()
            .find(|f| f.source_index == kaz)
            .expect("KAZ drawn");
        let index = PickIndex::new(features);
        let picked = index
            .pick(features, f.label_point)
            .map(|i| features[i].source_index);
        assert_eq!(
            picked,
            Some(kaz),
            "level {}: the label point is inside Kazakhstan",
            world.level
        );
        // Roughly 2.7 million km² (conformal projection: a few % larger).
        let area = f.fill.area();
        assert!((2.6e6..3.0e6).contains(&area), "KAZ area {area} km²");
    }
}

#[test]
fn degenerate_rings_do_not_panic() {
    let empty = Polygon::new(LineString::<f64>(vec![]), vec![]);
    assert!(triangulate_polygon(&empty).is_empty(), "empty ring");
    let two = polygon![(x: 0., y: 0.), (x: 10., y: 5.)];
    assert!(triangulate_polygon(&two).is_empty(), "two-point ring");
    let collinear = polygon![(x: 0., y: 0.), (x: 5., y: 5.), (x: 10., y: 10.), (x: 0., y: 0.)];
    assert!(triangulate_polygon(&collinear).is_empty(), "collinear ring");
    let nan = polygon![(x: f64::NAN, y: 0.), (x: 10., y: f64::NAN), (x: 10., y: 10.)];
    assert!(triangulate_polygon(&nan).is_empty(), "NaN coordinates");
    let inf = polygon![(x: f64::INFINITY, y: 0.), (x: 10., y: 0.), (x: 10., y: 10.)];
    assert!(triangulate_polygon(&inf).is_empty(), "infinite coordinates");

    // The same shapes as countries: no panic, not drawn; a good one is.
    let good = polygon![(x: 60., y: 40.), (x: 62., y: 40.), (x: 62., y: 42.), (x: 60., y: 42.)];
    let shapes = [
        vec![empty],
        vec![two],
        vec![collinear],
        vec![nan],
        vec![good],
        vec![],
    ];
    let geo = GeoAssets {
        levels: vec![GeoLevel {
            tolerance_deg: 0.0,
            countries: shapes
                .into_iter()
                .enumerate()
                .map(|(i, polys)| CountryGeom {
                    code: format!("X{i:02}"),
                    name: String::new(),
                    shape: MultiPolygon(polys),
                })
                .collect(),
            lakes: vec![],
            disputed: vec![],
            borders: MultiLineString(vec![LineString::from(vec![(f64::NAN, 1.0), (2.0, 2.0)])]),
            coastlines: MultiLineString(vec![LineString(vec![])]),
        }],
        disputed: vec![],
    };
    for projection in [Projection::regional(), Projection::world()] {
        let world = build_projected(&geo, &projection, 0);
        let drawn: Vec<usize> = world.countries.iter().map(|f| f.source_index).collect();
        assert_eq!(drawn, vec![4], "only the good square is drawn");
        assert!(
            world.borders.is_empty() && world.coastlines.is_empty(),
            "bad lines dropped"
        );
        let missing = build_projected(&geo, &projection, 3);
        assert!(
            missing.countries.is_empty(),
            "a missing level builds an empty world"
        );
    }
}

// --- picking -------------------------------------------------------------------

#[test]
fn picking_finds_countries_and_the_caspian() {
    let geo = assets();
    for world in worlds() {
        let level = world.level;
        let p = &world.projection;
        let countries = PickIndex::new(&world.countries);
        let lakes = PickIndex::new(&world.lakes);
        let code_at = |lon: f64, lat: f64| {
            countries
                .pick(&world.countries, project(p, lon, lat))
                .map(|i| {
                    geo.levels[level].countries[world.countries[i].source_index]
                        .code
                        .clone()
                })
        };
        let kind = p.kind();
        assert_eq!(
            code_at(71.43, 51.13).as_deref(),
            Some("KAZ"),
            "{kind:?} L{level}: Astana"
        );
        assert_eq!(
            code_at(45.41, 39.21).as_deref(),
            Some("AZE"),
            "{kind:?} L{level}: Nakhchivan"
        );
        assert_eq!(
            code_at(69.24, 41.30).as_deref(),
            Some("UZB"),
            "{kind:?} L{level}: Tashkent"
        );
        assert_eq!(
            code_at(51.0, 42.0),
            None,
            "{kind:?} L{level}: no country in the Caspian"
        );
        let lake = lakes.pick(&world.lakes, project(p, 51.0, 42.0)).map(|i| {
            geo.levels[level].lakes[world.lakes[i].source_index]
                .name
                .as_str()
        });
        assert_eq!(
            lake,
            Some("Caspian Sea"),
            "{kind:?} L{level}: the Caspian lake"
        );
        assert_eq!(
            code_at(35.0, 35.0),
            None,
            "{kind:?} L{level}: Mediterranean is sea"
        );
    }
}

#[test]
fn picking_agrees_with_a_brute_force_scan() {
    for world in worlds().iter().filter(|w| w.level == 1) {
        let features = &world.countries;
        let index = PickIndex::new(features);
        let b = world.bounds;
        let mut hits = 0;
        for i in 0..60 {
            for j in 0..40 {
                let p = WorldXY::new(
                    b.min.x + b.width() * (f64::from(i) + 0.5) / 60.0,
                    b.min.y + b.height() * (f64::from(j) + 0.5) / 40.0,
                );
                let brute = features
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| feature_contains(f, p))
                    .min_by(|a, b| a.1.fill.area().total_cmp(&b.1.fill.area()))
                    .map(|(k, _)| k);
                assert_eq!(
                    index.pick(features, p),
                    brute,
                    "{:?} at {p:?}",
                    world.projection.kind()
                );
                hits += usize::from(brute.is_some());
            }
        }
        assert!(
            hits > 300,
            "{:?}: land under {hits} of 2400 points",
            world.projection.kind()
        );
    }
}

// --- labels --------------------------------------------------------------------

/// A tiny deterministic generator (Knuth's MMIX LCG).
struct Lcg(u64);

impl Lcg {
    fn next_f32(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 40) as f32 / (1_u64 << 24) as f32
    }
}

#[test]
fn placed_labels_never_overlap() {
    let mut rng = Lcg(42);
    let (bmin, bmax) = ([0.0, 0.0], [800.0, 600.0]);
    let radius = 3.0;
    let mut total_placed = 0;
    for round in 0..60 {
        let n = 5 + (round % 12) * 8;
        let candidates: Vec<LabelCandidate> = (0..n)
            .map(|id| LabelCandidate {
                id,
                anchor: [rng.next_f32() * 800.0, rng.next_f32() * 600.0],
                size: [20.0 + rng.next_f32() * 80.0, 10.0 + rng.next_f32() * 6.0],
                priority: (rng.next_f32() * 4.0) as i32,
                radius: 0.0,
            })
            .collect();
        let placed = place_labels(&candidates, radius, bmin, bmax);
        assert_eq!(
            placed,
            place_labels(&candidates, radius, bmin, bmax),
            "deterministic"
        );
        total_placed += placed.len();
        for (i, a) in placed.iter().enumerate() {
            assert!(
                a.min[0] >= bmin[0]
                    && a.min[1] >= bmin[1]
                    && a.max[0] <= bmax[0]
                    && a.max[1] <= bmax[1],
                "inside the bounds: {a:?}"
            );
            let c = &candidates[a.id];
            assert!(
                (a.max[0] - a.min[0] - c.size[0]).abs() < 1e-3
                    && (a.max[1] - a.min[1] - c.size[1]).abs() < 1e-3,
                "label keeps its size"
            );
            for b in &placed[i + 1..] {
                assert_ne!(a.id, b.id, "each label placed once");
                assert!(
                    !rects_overlap(a.min, a.max, b.min, b.max),
                    "round {round}: {a:?} overlaps {b:?}"
                );
            }
            for m in &candidates {
                let nx = m.anchor[0].clamp(a.min[0], a.max[0]);
                let ny = m.anchor[1].clamp(a.min[1], a.max[1]);
                let d2 = (m.anchor[0] - nx).powi(2) + (m.anchor[1] - ny).powi(2);
                assert!(
                    d2 >= radius * radius - 1e-3,
                    "round {round}: {a:?} covers marker {}",
                    m.id
                );
            }
            // A label sits next to its own marker.
            let (cx, cy) = (c.anchor[0], c.anchor[1]);
            let dx = (a.min[0] - cx).max(cx - a.max[0]).max(0.0);
            let dy = (a.min[1] - cy).max(cy - a.max[1]).max(0.0);
            assert!(
                dx.hypot(dy) <= radius + 3.0,
                "label {a:?} near its marker {:?}",
                c.anchor
            );
        }
    }
    assert!(
        total_placed > 300,
        "most labels find a place: {total_placed}"
    );
}

// --- small measures --------------------------------------------------------------

#[test]
fn scale_bar_is_the_longest_nice_length() {
    let cases = [
        (1.0, 180.0, 100.0),
        (2.0, 180.0, 200.0),
        (3.0, 180.0, 500.0),
        (10.0, 180.0, 1000.0),
        (12.0, 180.0, 2000.0),
        (0.05, 180.0, 5.0),
        (0.001, 180.0, 0.1),
    ];
    for (km_per_px, max_px, want) in cases {
        let (km, px) = nice_scale_bar(km_per_px, max_px);
        assert!(
            (km / want - 1.0).abs() < 1e-9,
            "{km_per_px} km/px: {km} km, want {want}"
        );
        assert!(
            px <= max_px && (f64::from(px) - km / km_per_px).abs() < 1e-3,
            "{px} px"
        );
        assert!(
            f64::from(px) * 2.5 > f64::from(max_px),
            "the next nice length would not fit"
        );
    }
    assert_eq!(nice_scale_bar(-1.0, 180.0), (0.0, 0.0), "negative scale");
    assert_eq!(
        nice_scale_bar(f64::INFINITY, 180.0),
        (0.0, 0.0),
        "infinite scale"
    );
    assert_eq!(nice_scale_bar(1.0, 0.0), (0.0, 0.0), "no room");
}

#[test]
fn curved_arc_starts_and_ends_exactly() {
    let a = WorldXY::new(-1234.5, 678.9);
    let b = WorldXY::new(2345.25, -55.5);
    for bend in [-0.3, 0.0, 0.25] {
        let arc = curved_arc(a, b, bend, 24);
        assert_eq!(arc.len(), 25, "segments + 1 points");
        assert_eq!(arc.first(), Some(&a), "starts at a");
        assert_eq!(arc.last(), Some(&b), "ends at b");
        // The middle point is off the chord on the side the bend says.
        let mid = arc[12];
        let side = (b.x - a.x) * (mid.y - a.y) - (b.y - a.y) * (mid.x - a.x);
        assert!(
            side * bend >= 0.0 && (bend == 0.0) == (side.abs() < 1e-6),
            "bend {bend}: side {side}"
        );
    }
    assert_eq!(curved_arc(a, a, 0.3, 8), vec![a], "a == b");
}

#[test]
fn geodesic_length_baku_to_aktau() {
    let km = geodesic_length_km(&[LonLat::new(49.87, 40.41), LonLat::new(51.17, 43.65)]);
    assert!((km / 375.0 - 1.0).abs() < 0.05, "Baku–Aktau {km} km");
    let there_and_back = geodesic_length_km(&[
        LonLat::new(49.87, 40.41),
        LonLat::new(51.17, 43.65),
        LonLat::new(49.87, 40.41),
    ]);
    assert!(
        (there_and_back - 2.0 * km).abs() < 1e-6,
        "sums consecutive legs"
    );
}

#[test]
fn graticule_covers_the_domain() {
    for projection in [Projection::regional(), Projection::world()] {
        let lines = graticule(&projection, 15.0);
        assert!(
            lines.len() >= 15,
            "{:?}: {} lines",
            projection.kind(),
            lines.len()
        );
        for line in &lines {
            assert!(line.len() >= 2, "a line has points");
            for w in line.windows(2) {
                let a = projection.unproject(w[0]).expect("on the map");
                let b = projection.unproject(w[1]).expect("on the map");
                if a.lat.abs().max(b.lat.abs()) > 89.99 {
                    continue; // longitude is arbitrary at a pole
                }
                let dlon = (a.lon - b.lon).rem_euclid(360.0);
                let step = dlon.min(360.0 - dlon).max((a.lat - b.lat).abs());
                assert!(step <= 1.0 + 1e-6, "densified to 1°: {a:?} → {b:?}");
            }
        }
        // Parallels are horizontal in Equal Earth and arcs in the conic;
        // either way the 45° N one runs through (60° E, 45° N).
        let target = project(&projection, 60.0, 45.0);
        let hit = lines
            .iter()
            .flatten()
            .any(|q| (q.x - target.x).hypot(q.y - target.y) < 1e-6);
        assert!(hit, "{:?}: 45° N parallel meets 60° E", projection.kind());
    }
}
