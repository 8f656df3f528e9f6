//! Frame time of the whole window, headless: egui layout, painting of every
//! panel and the map, and tessellation; no GPU upload.
//!
//! `frame/default`: the default view at 1600×1000 (budget ≤ 1 ms median).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::app::{DataSource, HeartlandApp, bundled_geo_or_problem};
use heartland::data;
use heartland::state::State;

/// One frame of `app` at `size` points, tessellated.
fn frame(ctx: &egui::Context, app: &mut HeartlandApp, size: egui::Vec2) -> usize {
    let raw_input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut output = ctx.run_ui(raw_input, |ui| app.show(ui));
    // No GPU here: the font atlas upload is not part of a frame's cost.
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn bench_frame(c: &mut Criterion) {
    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "bundled geometry must load");
    let mut group = c.benchmark_group("frame");

    let ctx = egui::Context::default();
    let mut app = HeartlandApp::with_parts(
        geo,
        data::load_bundled(),
        DataSource::Bundled,
        State::default(),
    );
    let size = egui::vec2(1600.0, 1000.0);
    // Warm up: fonts, the fitted preset, the scene level, stroke meshes.
    for _ in 0..3 {
        frame(&ctx, &mut app, size);
    }
    group.bench_function("default", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app, size)));
    });
    group.finish();
}

criterion_group!(benches, bench_frame);
criterion_main!(benches);
