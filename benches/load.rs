//! Loading, before the first frame can be drawn:
//!
//! - `load/bundled`: load and validate the bundled dataset (budget ≤ 50 ms
//!   median).
//! - `load/geometry`: decode the bundled map geometry, all three levels of
//!   detail (budget ≤ 50 ms median).
//! - `load/opening_level`: project, clip and triangulate the level of detail
//!   the opening view draws, and index it for picking (done on the preload
//!   thread while the window opens).
//!
//! `cargo bench --bench load`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::app::build_opening_level;
use heartland::scene::Scene;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("bundled", |b| {
        b.iter(|| std::hint::black_box(heartland::data::load_bundled()));
    });
    group.bench_function("geometry", |b| {
        b.iter(|| std::hint::black_box(heartland::geometry::load_bundled_geo()));
    });
    let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("bundled geometry loads"));
    group.bench_function("opening_level", |b| {
        b.iter(|| {
            let mut scene = Scene::new(Arc::clone(&geo));
            build_opening_level(&mut scene);
            assert_eq!(scene.built_levels().len(), 1, "one level built");
            scene
        });
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
