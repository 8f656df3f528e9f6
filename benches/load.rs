//! Load + validate the bundled dataset (budget: ≤ 50 ms median).
//!
//! `cargo bench --bench load`; the benchmark id is `load/bundled`.

use criterion::{Criterion, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("bundled", |b| {
        b.iter(|| std::hint::black_box(heartland::data::load_bundled()));
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
