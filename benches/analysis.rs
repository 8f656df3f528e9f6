//! Graph analysis:
//!
//! - `analysis/bundled`: every metric of one year (2022) of the bundled
//!   data, all relations and dimensions, from the inputs (graph built
//!   included). Budget ≤ 2 ms median.
//! - `analysis/stress`: 200 states and 10,000 relations (random pairs and
//!   dimensions, scores in [−1, 1], one in seven directed). Budget ≤ 50 ms.
//! - `analysis/votes_index` and `analysis/votes_agreement`: UN vote
//!   agreement on a synthetic set of 5,000 votes by 193 states (indexing
//!   once per dataset, then every pair for one year).
//! - `analysis/shared_memberships`: shared memberships of one year of the
//!   bundled data.
//!
//! `cargo bench --bench analysis -- --warm-up-time 1 --measurement-time 3`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::collections::BTreeMap;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::analysis::{
    EdgeInput, KindWeights, Metrics, MetricsOptions, SignedGraph, VoteIndex, shared_memberships,
};
use heartland::model::{
    CountryCode, Dataset, Date, Dimension, Position, Stance, StanceId, StanceKind,
};

/// The first `n` assigned country codes, in order.
fn codes(n: usize) -> Vec<CountryCode> {
    let letters = b'A'..=b'Z';
    let mut out = Vec::new();
    for a in letters.clone() {
        for b in letters.clone() {
            for c in letters.clone() {
                let s = String::from_utf8(vec![a, b, c]).expect("ascii");
                if let Ok(code) = CountryCode::try_from(s.as_str()) {
                    out.push(code);
                }
            }
        }
    }
    assert!(out.len() >= n, "enough codes");
    out.truncate(n);
    out
}

/// A tiny deterministic generator for the synthetic data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn bundled_inputs(ds: &Dataset, year: i32) -> Vec<EdgeInput> {
    ds.relations
        .iter()
        .filter_map(|r| {
            let s = r.score_at(year)?;
            Some(EdgeInput::judged(
                r.a,
                r.b,
                r.dimension,
                s.value(),
                r.directed,
            ))
        })
        .collect()
}

fn stress_inputs() -> Vec<EdgeInput> {
    let states = codes(200);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..10_000)
        .map(|k| {
            let a = rng.below(200);
            let mut b = rng.below(199);
            if b >= a {
                b += 1;
            }
            let score = (rng.below(201) as f64 - 100.0) / 100.0;
            EdgeInput::judged(
                states[a],
                states[b],
                Dimension::ALL[rng.below(Dimension::ALL.len())],
                score,
                k % 7 == 0,
            )
        })
        .collect()
}

fn votes_dataset() -> Dataset {
    let states = codes(193);
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut ds = Dataset::default();
    for i in 0..5_000 {
        let year = 1995 + i / 170;
        let mut positions = BTreeMap::new();
        for c in &states {
            let p = match rng.below(10) {
                0..=5 => Position::Yes,
                6 => Position::No,
                7 | 8 => Position::Abstain,
                _ => Position::Absent,
            };
            positions.insert(*c, p);
        }
        let id = StanceId::try_from(format!("vote-{i:05}").as_str()).expect("valid id");
        ds.stances.insert(
            id.clone(),
            Stance {
                id,
                title: String::new(),
                date: Date::year_only(year).expect("valid year"),
                kind: StanceKind::UnVote,
                positions,
                totals: None,
                source: None,
                evidence: None,
                note: None,
            },
        );
    }
    ds
}

fn analysis(c: &mut Criterion) {
    let bundled = heartland::data::load_bundled();
    let inputs = bundled_inputs(&bundled.dataset, 2022);
    let stress = stress_inputs();
    let g = SignedGraph::build(&stress);
    eprintln!(
        "bundled 2022: {} inputs, {} states, {} edges; stress: {} inputs, {} states, {} combined edges",
        inputs.len(),
        SignedGraph::build(&inputs).nodes().len(),
        SignedGraph::build(&inputs).edges().len(),
        stress.len(),
        g.nodes().len(),
        g.edges().len()
    );
    let votes = votes_dataset();

    let mut group = c.benchmark_group("analysis");
    group.bench_function("bundled", |b| {
        b.iter(|| Metrics::from_inputs(std::hint::black_box(&inputs)));
    });
    group.bench_function("stress", |b| {
        b.iter(|| {
            Metrics::compute(
                &SignedGraph::build(std::hint::black_box(&stress)),
                MetricsOptions::default(),
            )
        });
    });
    group.bench_function("votes_index", |b| {
        b.iter(|| VoteIndex::new(std::hint::black_box(&votes)));
    });
    let index = VoteIndex::new(&votes);
    group.bench_function("votes_agreement", |b| {
        b.iter(|| index.agreement(std::hint::black_box(2030)));
    });
    group.bench_function("shared_memberships", |b| {
        b.iter(|| {
            shared_memberships(
                std::hint::black_box(&bundled.dataset),
                2022,
                &KindWeights::default(),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
