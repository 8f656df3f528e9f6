//! Loading, before the first frame can be drawn:
//!
//! - `load/bundled`: load and validate the bundled dataset (budget ≤ 50 ms
//!   median).
//! - `load/geometry`: decode the bundled map geometry, all three levels of
//!   detail (budget ≤ 50 ms median).
//! - `load/opening_level`: project, clip and triangulate the level of detail
//!   the opening view draws, and index it for picking (done on the preload
//!   thread while the window opens).
//! - `load/first_text` and `load/first_text_bundled_font`: a fresh egui
//!   context's first pass laying out a line with names in the six
//!   languages, tessellated, without and with the bundled fallback font
//!   (`heartland::fonts::install`): what the bundled font adds to the first
//!   frame (its parsing and the first glyphs rasterised from it).
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
    for (name, bundled_font) in [("first_text", false), ("first_text_bundled_font", true)] {
        group.bench_function(name, |b| {
            b.iter(|| std::hint::black_box(first_text_pass(bundled_font)));
        });
    }
    group.finish();
}

/// A fresh context's first pass: one line naming states in the six
/// languages (ə and ʻ and the Kazakh letters come from the bundled font when
/// it is installed, else they are missing glyphs), tessellated. Returns the
/// number of primitives.
fn first_text_pass(bundled_font: bool) -> usize {
    let ctx = egui::Context::default();
    if bundled_font {
        heartland::fonts::install(&ctx);
    }
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| {
        ui.label("Қазақстан · Azərbaycan · Oʻzbekiston · Türkiye · Россия · Kazakhstan");
        ui.heading("Ұжымдық қауіпсіздік · Kollektiv təhlükəsizlik");
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

criterion_group!(benches, load);
criterion_main!(benches);
