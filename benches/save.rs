//! Saving and loading back:
//!
//! - `save/bundled_all_files`: save the bundled-size folder with every one
//!   of its seven files changed (the worst case: seven backups, seven new
//!   files, each written, flushed and renamed, the folder flushed); the two
//!   versions alternate. Budget ≤ 50 ms median.
//! - `save/bundled_one_file`: the usual case, one edited file
//!   (`relations.json`) and its backup.
//! - `save/load_full_size`: load a folder saved with the full-size data
//!   (6,200 roll-call votes × 193 states, 530 organizations). Budget ≤ 2 s.
//!
//! `cargo bench --bench save`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

#[path = "../tests/it/save_common.rs"]
mod save_common;

use std::collections::BTreeSet;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::data::FileKind;
use heartland::data::save::DataFolder;

fn save(c: &mut Criterion) {
    let a = save_common::version_a();
    let b = save_common::version_b();
    let mut group = c.benchmark_group("save");

    let dir = tempfile::tempdir().unwrap();
    let mut folder = DataFolder::create(dir.path(), &a).unwrap();
    let mut flip = false;
    group.bench_function("bundled_all_files", |bench| {
        bench.iter(|| {
            flip = !flip;
            let report = folder.save_all(if flip { &b } else { &a }).unwrap();
            assert_eq!(report.written.len(), 7, "every file changed");
        });
    });

    let mut relations_b = a.clone();
    relations_b.relations.clone_from(&b.relations);
    let only = BTreeSet::from([FileKind::Relations]);
    group.bench_function("bundled_one_file", |bench| {
        bench.iter(|| {
            flip = !flip;
            let report = folder
                .save(if flip { &relations_b } else { &a }, &only)
                .unwrap();
            assert_eq!(report.written, [FileKind::Relations], "one file");
        });
    });

    let full = save_common::full_size(6_200, 530);
    let full_dir = tempfile::tempdir().unwrap();
    DataFolder::create(full_dir.path(), &full).unwrap();
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("load_full_size", |bench| {
        bench.iter(|| {
            let loaded = heartland::data::load_dir(full_dir.path());
            assert!(loaded.problems.is_empty(), "loads cleanly");
            loaded
        });
    });
    group.finish();
}

criterion_group!(benches, save);
criterion_main!(benches);
