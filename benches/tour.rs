//! Frame time of the whole window while a guided tour flies from step to
//! step (budget: every frame ≤ 16 ms, so a transition animates at 60 Hz).
//!
//! - `tour/transition_frame`: one frame, at 60 Hz simulated time, cycling
//!   through the steps of a bundled tour (a step change every 0.7 s: the
//!   0.6 s flight and a few still frames). Each step change loads the
//!   step's view, so the frames after it recompute what is shown and
//!   rebuild lines and fills.
//!
//! Before criterion runs, one pass through every step of every bundled
//! tour is timed frame by frame and the slowest frame printed.
//!
//! Measured 2026-11-30 (release, quiet 2-core machine, frames paced at
//! 60 Hz, the window's level prefetch on, two passes): criterion median
//! 0.86-0.92 ms per frame; per tour the median frame 0.9-3.1 ms, p99
//! 3.6-6.9 ms, the slowest frame 4.2-8.1 ms, but in the tour that opens
//! on the world map (islamic-solidarity) 14.1-15.6 ms: every frame within
//! 16 ms. Before the prefetch the slowest frames were 10-41 ms, each one
//! building a level of detail mid-flight (9-25 ms).

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::app::HeartlandApp;
use heartland::command::{Command, TourCommand, TourSource};
use heartland::data::{self, DataSource};
use heartland::geometry::bundled_geo_or_problem;
use heartland::state::State;
use heartland::tour;

/// The allocator of the `heartland` binary, as in `benches/frame.rs`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZE: egui::Vec2 = egui::vec2(1600.0, 1000.0);
const DT: f64 = 1.0 / 60.0;
/// Frames per step: the 0.6 s flight and a few still frames.
const FRAMES_PER_STEP: usize = 42;

/// A window playing a tour, frame by frame at 60 Hz.
struct Player {
    ctx: egui::Context,
    app: HeartlandApp,
    time: f64,
    frame: usize,
    steps: usize,
}

impl Player {
    fn new(name: &'static str) -> Self {
        let (geo, problem) = bundled_geo_or_problem();
        assert!(problem.is_none(), "bundled geometry loads");
        let mut app = HeartlandApp::with_parts(
            geo,
            data::load_bundled(),
            DataSource::Bundled,
            State::default(),
        );
        // As the window does: levels of detail built ahead, off this thread.
        app.set_prefetch_levels(true);
        let mut player = Self {
            ctx: egui::Context::default(),
            app,
            time: 0.0,
            frame: 0,
            steps: 0,
        };
        // Half a second of the window before the tour is chosen from the
        // menu (the levels of detail are built ahead meanwhile).
        for _ in 0..30 {
            let start = Instant::now();
            player.frame_once();
            std::thread::sleep(Duration::from_secs_f64(DT).saturating_sub(start.elapsed()));
        }
        let ctx = player.ctx.clone();
        player.app.apply(
            &ctx,
            Command::Tour(TourCommand::Play(TourSource::Bundled(name))),
        );
        player.steps = player
            .app
            .player()
            .expect("the tour plays")
            .tour
            .steps
            .len();
        player
    }

    /// One frame (layout, paint, tessellation); steps the tour when due.
    fn frame_once(&mut self) -> usize {
        self.frame += 1;
        if self.steps > 0 && self.frame.is_multiple_of(FRAMES_PER_STEP) {
            let at_end = self.app.player().is_some_and(|p| p.index + 1 >= self.steps);
            let command = if at_end {
                TourCommand::First
            } else {
                TourCommand::Next
            };
            let ctx = self.ctx.clone();
            self.app.apply(&ctx, Command::Tour(command));
        }
        self.time += DT;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            predicted_dt: DT as f32,
            ..Default::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        output.textures_delta.clear();
        self.ctx
            .tessellate(output.shapes, output.pixels_per_point)
            .len()
    }
}

/// Time every frame of one pass through every step of each bundled tour.
fn report_slowest() {
    for (name, _) in tour::BUNDLED {
        let mut player = Player::new(name);
        let frames = player.steps * FRAMES_PER_STEP;
        let mut times: Vec<Duration> = Vec::with_capacity(frames);
        for _ in 0..frames {
            let start = Instant::now();
            black_box(player.frame_once());
            let elapsed = start.elapsed();
            times.push(elapsed);
            // Paced as a window at 60 Hz: other threads run between frames.
            std::thread::sleep(Duration::from_secs_f64(DT).saturating_sub(elapsed));
        }
        eprintln!("tour {name}: {}", common::frame_summary(times));
    }
}

fn bench(c: &mut Criterion) {
    report_slowest();
    let mut player = Player::new("csto-moscow-astana.tour.json");
    c.bench_function("tour/transition_frame", |b| {
        b.iter(|| black_box(player.frame_once()));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
