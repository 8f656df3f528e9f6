//! Frame time of the whole window, headless: egui layout, painting of every
//! panel and the map, and tessellation; no GPU upload.
//!
//! - `frame/default`: the default view at 1600×1000 (budget ≤ 1 ms median).
//! - `frame/all_layers`: the default view with every layer, organization and
//!   corridor on and a stance shown (budget ≤ 1 ms median).
//! - `frame/pan`: the default view while the user drags the map (the
//!   camera moves every frame).
//! - `frame/stress`: the whole world at 1:10m vertex counts (1:50m
//!   subdivided), 10,000 relations and 200 corridors, every layer on
//!   (budget ≤ 8 ms median).
//! - `frame/stress_year`: the same while the year changes every frame, as
//!   when the user drags the year slider.
//! - `frame/stress_bundled`: `stress` with the relations bundled
//!   ("Bundle relations"; the bundles computed before timing), budget ≤ 8 ms
//!   median.
//! - `frame/stress_bundled_pan`: the same while the user drags the map by
//!   three points a frame (the camera changes every frame).
//! - `frame/analysis`: `all_layers` with capitals sized by betweenness and
//!   community colours instead of the stance (whose fills would hide the
//!   communities): the budget of `all_layers`, ≤ 1 ms median.
//! - `frame/analysis_derived`: the same with both derived relations drawn.
//! - `frame/compare_default`, `frame/compare_all_layers`: View ▸ Compare,
//!   two maps side by side (2014 and 2024) of the default and the
//!   all-layers views (budget ≤ 2 ms median); `frame/compare_difference`:
//!   the difference map of the all-layers view.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use geo::{CoordsIter as _, Densify as _, Euclidean};
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::data::DataSource;
use heartland::data::{self, Loaded};
use heartland::geometry::GeoAssets;
use heartland::geometry::bundled_geo_or_problem;
use heartland::model::{CorridorId, Dataset, Dimension, Score, Waypoint};
use heartland::state::{Analysis, Compare, CompareMode, DerivedKind, SizeBy, State};

/// The allocator of the `heartland` binary (src/main.rs), so the bench
/// measures what the app does. Frames allocate and free
/// meshes of a few megabytes; glibc's malloc hands such blocks back to the
/// kernel and takes them again each frame (page faults: a 5× slower frame
/// with every layer on), mimalloc keeps them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZE: egui::Vec2 = egui::vec2(1600.0, 1000.0);

fn input(events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        events,
        ..Default::default()
    }
}

/// One frame of `app`, tessellated. Returns the number of primitives.
fn frame(ctx: &egui::Context, app: &mut HeartlandApp, events: Vec<egui::Event>) -> usize {
    let mut output = ctx.run_ui(input(events), |ui| app.show(ui));
    // No GPU here: the font atlas upload is not part of a frame's cost.
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// Time frames of `app` while the user drags the map: press in the middle,
/// move far enough to start a drag (checked: the camera moves), then move
/// between the two offsets, one a frame.
fn bench_pan(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    (ctx, app): (&egui::Context, &mut HeartlandApp),
    (dx0, dx1): (f32, f32),
) {
    let start = egui::pos2(800.0, 500.0);
    frame(
        ctx,
        app,
        vec![
            egui::Event::PointerMoved(start),
            egui::Event::PointerButton {
                pos: start,
                button: egui::PointerButton::Primary,
                pressed: true,
                modifiers: egui::Modifiers::NONE,
            },
        ],
    );
    frame(
        ctx,
        app,
        vec![egui::Event::PointerMoved(start + egui::vec2(dx0, 0.0))],
    );
    let camera = app.state().camera;
    frame(
        ctx,
        app,
        vec![egui::Event::PointerMoved(start + egui::vec2(dx1, 0.0))],
    );
    assert!(
        app.state().camera != camera,
        "{name}: the drag moves the camera before timing"
    );
    let mut step = 0u32;
    group.bench_function(name, |b| {
        b.iter(|| {
            step += 1;
            let dx = if step.is_multiple_of(2) { dx0 } else { dx1 };
            let pos = start + egui::vec2(dx, 0.0);
            black_box(frame(ctx, app, vec![egui::Event::PointerMoved(pos)]))
        });
    });
}

/// Print how much a frame hands to the GPU (context for the timings).
fn report_size(name: &str, ctx: &egui::Context, app: &mut HeartlandApp) {
    let mut output = ctx.run_ui(input(Vec::new()), |ui| app.show(ui));
    output.textures_delta.clear();
    let shapes = output.shapes.len();
    let mut largest: Vec<usize> = output
        .shapes
        .iter()
        .filter_map(|s| match &s.shape {
            egui::Shape::Mesh(m) => Some(m.vertices.len()),
            _ => None,
        })
        .collect();
    largest.sort_unstable_by(|a, b| b.cmp(a));
    largest.truncate(6);
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    let (mut vertices, mut indices) = (0, 0);
    for p in &primitives {
        if let egui::epaint::Primitive::Mesh(m) = &p.primitive {
            vertices += m.vertices.len();
            indices += m.indices.len();
        }
    }
    eprintln!(
        "{name}: {shapes} shapes -> {} primitives, {vertices} vertices, {} triangles; \
         largest meshes (vertices): {largest:?}",
        primitives.len(),
        indices / 3
    );
}

fn app_with(geo: Arc<GeoAssets>, loaded: Loaded, state: State) -> (egui::Context, HeartlandApp) {
    let ctx = egui::Context::default();
    let mut app = HeartlandApp::with_parts(geo, loaded, DataSource::Bundled, state);
    // Warm up: fonts, the fitted preset, the scene level, stroke meshes.
    for _ in 0..3 {
        frame(&ctx, &mut app, Vec::new());
    }
    (ctx, app)
}

/// Every layer, organization and corridor on, and a stance shown.
fn everything_on(dataset: &Dataset) -> State {
    let mut state = State::default();
    state.layers.relations = true;
    state.layers.memberships = true;
    state.layers.corridors = true;
    state.layers.stances = true;
    state.organizations = dataset.organizations.keys().cloned().collect();
    state.ticked_corridors = Some(dataset.corridors.keys().cloned().collect());
    state.stance = dataset.stances.keys().next().cloned();
    state
}

/// Bundled geometry with every line subdivided so that the finest level has
/// about as many vertices as Natural Earth's 1:10m countries (~550,000);
/// coarser levels are subdivided alike, which is harsher than real data.
fn stress_geo(geo: &GeoAssets) -> GeoAssets {
    const TARGET: usize = 550_000;
    let count = |level: &heartland::geometry::GeoLevel| -> usize {
        level.countries.iter().map(|c| c.shape.coords_count()).sum()
    };
    let fine = count(&geo.levels[0]).max(1);
    // Mean segment length of the finest level, in degrees, and the length
    // that multiplies the vertex count to the target.
    let mut length = 0.0;
    let mut segments = 0usize;
    for c in &geo.levels[0].countries {
        for poly in &c.shape.0 {
            for line in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                for l in line.lines() {
                    length += (l.dx().powi(2) + l.dy().powi(2)).sqrt();
                    segments += 1;
                }
            }
        }
    }
    let factor = TARGET as f64 / fine as f64;
    let max_len = length / segments.max(1) as f64 / factor;
    let mut out = geo.clone();
    for level in &mut out.levels {
        for c in &mut level.countries {
            c.shape = Euclidean.densify(&c.shape, max_len);
        }
        level.borders = Euclidean.densify(&level.borders, max_len);
        level.coastlines = Euclidean.densify(&level.coastlines, max_len);
    }
    eprintln!(
        "stress geometry: finest level {fine} -> {} country vertices",
        count(&out.levels[0])
    );
    out
}

/// The bundled data with 10,000 relations (every pair of states with a
/// capital, every dimension, scores varying over time) and 200 corridors
/// (the bundled ones, repeated with shifted waypoints).
fn stress_data(base: &Loaded) -> Loaded {
    let mut loaded = base.clone();
    let ds = &mut loaded.dataset;
    let template = ds
        .relations
        .iter()
        .max_by_key(|r| r.series.len())
        .cloned()
        .expect("the bundled data has relations");
    let codes: Vec<_> = ds
        .countries
        .values()
        .filter(|c| c.capital.is_some())
        .map(|c| c.code)
        .collect();
    let mut relations = Vec::new();
    'pairs: for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            for dimension in Dimension::ALL {
                if relations.len() == 10_000 {
                    break 'pairs;
                }
                let k = relations.len();
                let mut r = template.clone();
                r.a = *a;
                r.b = *b;
                r.dimension = dimension;
                r.directed = k % 7 == 0;
                for (j, p) in r.series.iter_mut().enumerate() {
                    let v = (((k * 31 + j * 17) % 201) as f64 - 100.0) / 100.0;
                    p.score = Score::new(v).expect("in range");
                }
                relations.push(r);
            }
        }
    }
    assert_eq!(relations.len(), 10_000, "enough pairs for 10,000 relations");
    ds.relations = relations;

    let originals: Vec<_> = ds.corridors.values().cloned().collect();
    let places = ds.places.clone();
    let mut n = 0;
    'copies: for copy in 0.. {
        for original in &originals {
            if ds.corridors.len() == 200 {
                break 'copies;
            }
            let mut c = original.clone();
            let id = format!("{}-copy-{copy}", original.id.as_str());
            c.id = CorridorId::try_from(id.as_str()).expect("a valid id");
            let shift = f64::from(copy + 1) * 0.35;
            for segment in &mut c.segments {
                for w in &mut segment.via {
                    let (lon, lat) = match w {
                        Waypoint::Place(p) => (places[p].lon, places[p].lat),
                        Waypoint::LonLat { lon, lat } => (*lon, *lat),
                    };
                    *w = Waypoint::LonLat {
                        lon: lon + shift,
                        lat: (lat + shift * 0.5).min(85.0),
                    };
                }
            }
            ds.corridors.insert(c.id.clone(), c);
            n += 1;
        }
    }
    assert_eq!(ds.corridors.len(), 200, "{n} copies added");
    loaded
}

fn bench_frame(c: &mut Criterion) {
    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "bundled geometry must load");
    let bundled = data::load_bundled();
    let mut group = c.benchmark_group("frame");

    let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), State::default());
    report_size("default", &ctx, &mut app);
    group.bench_function("default", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    let state = everything_on(&bundled.dataset);
    let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), state);
    report_size("all_layers", &ctx, &mut app);
    group.bench_function("all_layers", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    let mut state = everything_on(&bundled.dataset);
    state.stance = None;
    state.analysis = Analysis {
        size_by: SizeBy::Betweenness,
        communities: true,
        ..Analysis::default()
    };
    let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), state.clone());
    report_size("analysis", &ctx, &mut app);
    group.bench_function("analysis", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });
    state.analysis.derived = DerivedKind::ALL.into_iter().collect();
    let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), state);
    report_size("analysis_derived", &ctx, &mut app);
    group.bench_function("analysis_derived", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    // Drag the map: press in the middle, move far enough to start a drag,
    // then move back and forth by two points a frame.
    let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), State::default());
    bench_pan(&mut group, "pan", (&ctx, &mut app), (18.0, 22.0));

    let compare = |mut state: State, mode| {
        state.compare = Some(Compare {
            year: Some(2014),
            stance: None,
            mode,
        });
        state
    };
    for (name, state) in [
        (
            "compare_default",
            compare(State::default(), CompareMode::SideBySide),
        ),
        (
            "compare_all_layers",
            compare(everything_on(&bundled.dataset), CompareMode::SideBySide),
        ),
        (
            "compare_difference",
            compare(everything_on(&bundled.dataset), CompareMode::Difference),
        ),
    ] {
        let (ctx, mut app) = app_with(Arc::clone(&geo), bundled.clone(), state);
        report_size(name, &ctx, &mut app);
        group.bench_function(name, |b| {
            b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
        });
    }

    let stress_geo = Arc::new(stress_geo(&geo));
    let stress = stress_data(&bundled);
    let state = everything_on(&stress.dataset);
    let (ctx, mut app) = app_with(Arc::clone(&stress_geo), stress.clone(), state.clone());
    report_size("stress", &ctx, &mut app);
    group.bench_function("stress", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    let mut bundled = state.clone();
    bundled.relations.bundle = true;
    let (ctx, mut app) = app_with(Arc::clone(&stress_geo), stress.clone(), bundled);
    // The window bundles on another thread: wait for it.
    for _ in 0..2_000 {
        if !app.map_cache().is_bundling() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        frame(&ctx, &mut app, Vec::new());
    }
    frame(&ctx, &mut app, Vec::new());
    assert!(
        app.map_cache().drawn().arcs.iter().all(|a| a.bundled),
        "the arcs are bundled before timing"
    );
    report_size("stress_bundled", &ctx, &mut app);
    group.bench_function("stress_bundled", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    // The same app while the user drags the map, back and forth by three
    // points a frame (the camera changes every frame).
    bench_pan(
        &mut group,
        "stress_bundled_pan",
        (&ctx, &mut app),
        (20.0, 23.0),
    );

    // Flows between groups at the world view (#25): the stress data's
    // relations summed by group, the other layers at their defaults.
    let mut groups = State::default();
    groups.layers.relations = true;
    groups.relations.aggregate = heartland::state::Aggregate::Groups;
    groups.camera = heartland::state::Camera {
        center: [60.0, 40.0],
        zoom: 0.2,
    };
    groups.fit_preset_pending = false;
    let (ctx, mut app) = app_with(Arc::clone(&stress_geo), stress.clone(), groups);
    assert!(
        app.shown().flows.is_some(),
        "zoomed out: flows between groups"
    );
    report_size("stress_groups_world", &ctx, &mut app);
    group.bench_function("stress_groups_world", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, Vec::new())));
    });

    let (ctx, mut app) = app_with(stress_geo, stress, state);
    let (lo, hi) = app.session().dataset().year_range().unwrap_or((1991, 2026));
    let mut year = lo;
    group.bench_function("stress_year", |b| {
        b.iter(|| {
            year = if year >= hi { lo } else { year + 1 };
            app.apply(&ctx, Command::SetYear(year));
            black_box(frame(&ctx, &mut app, Vec::new()))
        });
    });
    group.finish();
}

criterion_group!(benches, bench_frame);
criterion_main!(benches);
