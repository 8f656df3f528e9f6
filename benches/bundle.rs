//! Edge bundling (#25 point 2), on the UN vote agreement graph of every UN
//! member in 2022, computed from the bundled data (`stances.json` records
//! the positions of all 193 members on the UN votes it holds: 62/243,
//! 66/225, 68/262, ES-11/1 and ES-11/4; agreement as
//! `analysis::VoteIndex::agreement`). A state is drawn at its capital where
//! `countries.json` has one, else at the interior point of its Natural
//! Earth outline (1:110m), on the world projection; each pair is one arc as
//! the map curves it.
//!
//! - `bundle/relations_10000`: bundling 10,000 of the pairs (a fixed,
//!   scattered choice). Budget ≤ 1 s on 2 cores.
//! - `bundle/pairs_18528`: bundling every pair. Budget ≤ 2 s.
//!
//! Before timing, the bench prints the legibility gain on every pair: the
//! share of the map's pixels covered by arcs (1 px lines on a 1600 × 1000
//! map fitted to the states), and the number of crossings (proper
//! intersections of segments of two different arcs; shared endpoints and
//! collinear overlaps excluded), unbundled and bundled. Budget: −40 %
//! pixels, −50 % crossings.
//!
//! `cargo bench --bench bundle -- --warm-up-time 1 --measurement-time 10`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use geo::InteriorPoint as _;
use heartland::analysis::VoteIndex;
use heartland::geometry::bundle::crossings;
use heartland::geometry::{
    BundleOptions, LonLat, Projection, WorldRect, WorldXY, bundle, curved_arc,
};

/// The arcs of the UN agreement graph of 2022, one per pair, in pair
/// order.
fn agreement_arcs() -> Vec<Vec<WorldXY>> {
    let dataset = heartland::data::load_bundled().dataset;
    let geo = heartland::geometry::load_bundled_geo().expect("bundled geometry");
    let coarse = geo.levels.last().expect("a level");
    let projection = Projection::world();
    let position = |code: heartland::model::CountryCode| -> Option<WorldXY> {
        let lon_lat = match dataset.capital_of(code) {
            Some(place) => LonLat::new(place.lon, place.lat),
            None => {
                let c = coarse.countries.iter().find(|c| c.code == code.as_str())?;
                let p = c.shape.interior_point()?;
                LonLat::new(p.x(), p.y())
            }
        };
        projection.project(lon_lat)
    };
    let agreements = VoteIndex::new(&dataset).agreement(2022);
    let mut arcs = Vec::new();
    let mut missing = std::collections::BTreeSet::new();
    for pair in &agreements.pairs {
        match (position(pair.a), position(pair.b)) {
            (Some(a), Some(b)) => arcs.push(curved_arc(a, b, 0.10, 24)),
            (pa, pb) => {
                if pa.is_none() {
                    missing.insert(pair.a);
                }
                if pb.is_none() {
                    missing.insert(pair.b);
                }
            }
        }
    }
    eprintln!(
        "UN agreement 2022: {} pairs, {} drawn; states without a position: {missing:?}",
        agreements.pairs.len(),
        arcs.len()
    );
    arcs
}

/// The arcs on a `size` map fitted to them (pixels, y down).
fn on_screen(lines: &[Vec<WorldXY>], size: [usize; 2]) -> Vec<Vec<[f64; 2]>> {
    let rect = WorldRect::bounding(lines.iter().flatten().copied()).expect("points");
    let scale = ((size[0] - 20) as f64 / (rect.max.x - rect.min.x))
        .min((size[1] - 20) as f64 / (rect.max.y - rect.min.y));
    lines
        .iter()
        .map(|l| {
            l.iter()
                .map(|p| {
                    [
                        10.0 + (p.x - rect.min.x) * scale,
                        10.0 + (rect.max.y - p.y) * scale,
                    ]
                })
                .collect()
        })
        .collect()
}

/// Share of the map's pixels that a 1 px line through the polylines
/// covers (each segment walked in steps of a quarter pixel).
fn covered_share(lines: &[Vec<[f64; 2]>], size: [usize; 2]) -> f64 {
    let mut covered = vec![false; size[0] * size[1]];
    for line in lines {
        for w in line.windows(2) {
            let (a, b) = (w[0], w[1]);
            let length = (b[0] - a[0]).hypot(b[1] - a[1]);
            let steps = (length * 4.0).ceil().max(1.0) as usize;
            for k in 0..=steps {
                let t = k as f64 / steps as f64;
                let x = (a[0] + (b[0] - a[0]) * t).floor();
                let y = (a[1] + (b[1] - a[1]) * t).floor();
                if x >= 0.0 && y >= 0.0 && (x as usize) < size[0] && (y as usize) < size[1] {
                    covered[y as usize * size[0] + x as usize] = true;
                }
            }
        }
    }
    covered.iter().filter(|c| **c).count() as f64 / covered.len() as f64
}

/// A fixed, scattered choice of `n` of the lines.
fn scattered(lines: &[Vec<WorldXY>], n: usize) -> Vec<Vec<WorldXY>> {
    let mut keyed: Vec<(u64, &Vec<WorldXY>)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                (i as u64)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    .rotate_left(17),
                l,
            )
        })
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().take(n).map(|(_, l)| l.clone()).collect()
}

fn bench_bundle(c: &mut Criterion) {
    let arcs = agreement_arcs();
    let options = BundleOptions::default();

    let started = Instant::now();
    let bundled = bundle(&arcs, &options);
    let took = started.elapsed();
    let size = [1600, 1000];
    let (plain_px, bundled_px) = (on_screen(&arcs, size), on_screen(&bundled, size));
    let (cover_before, cover_after) = (
        covered_share(&plain_px, size),
        covered_share(&bundled_px, size),
    );
    let (cross_before, cross_after) = (crossings(&plain_px), crossings(&bundled_px));
    let change = |before: f64, after: f64| 100.0 * (after - before) / before;
    let points =
        |ls: &[Vec<WorldXY>]| ls.iter().map(Vec::len).sum::<usize>() as f64 / ls.len() as f64;
    eprintln!(
        "points per line: {:.1} unbundled, {:.1} bundled",
        points(&arcs),
        points(&bundled)
    );
    eprintln!(
        "legibility, {} arcs (bundled once in {took:.2?}):\n  pixels covered {:.1} % -> {:.1} % ({:+.1} %; budget -40 %)\n  crossings {cross_before} -> {cross_after} ({:+.1} %; budget -50 %)",
        arcs.len(),
        100.0 * cover_before,
        100.0 * cover_after,
        change(cover_before, cover_after),
        change(cross_before as f64, cross_after as f64),
    );

    let mut group = c.benchmark_group("bundle");
    group.sample_size(10);
    let ten_thousand = scattered(&arcs, 10_000);
    group.bench_function("relations_10000", |b| {
        b.iter(|| black_box(bundle(&ten_thousand, &options)));
    });
    group.bench_function(format!("pairs_{}", arcs.len()), |b| {
        b.iter(|| black_box(bundle(&arcs, &options)));
    });
    group.finish();
}

criterion_group!(benches, bench_bundle);
criterion_main!(benches);
