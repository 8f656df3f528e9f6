//! Imports at the size of the full public datasets (budgets in DESIGN.md):
//!
//! - `import/cow_full`: a synthetic Correlates of War IGO state-year file of
//!   the real shape, 530 organization columns × 200 states × 70 years
//!   (about 15 MB), read and folded into intervals (budget ≤ 3 s).
//! - `import/rollcall_1_2m`: a UN Digital Library roll-call export of
//!   1.2 million rows (6,000 resolutions × 200 members), read into stances
//!   with totals (budget ≤ 5 s).
//!
//! `cargo bench --bench import`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use heartland::data::import::{CowTable, Format, ImportOptions, import_reader};
use heartland::model::Dataset;

/// Up to 200 COW codes that the bundled table maps to one ISO code in every
/// year, each ISO code once.
fn cow_codes() -> Vec<(u32, String)> {
    let mut by_code: BTreeMap<u32, Vec<_>> = BTreeMap::new();
    for (ccode, entry) in CowTable::bundled().entries() {
        by_code.entry(ccode).or_default().push(entry);
    }
    let mut seen = BTreeSet::new();
    let mut codes: Vec<(u32, String)> = by_code
        .into_iter()
        .filter_map(|(ccode, entries)| match entries.as_slice() {
            [e] if e.first_year.is_none() && e.last_year.is_none() => Some((ccode, e.iso?)),
            _ => None,
        })
        .filter(|(_, iso)| seen.insert(*iso))
        .map(|(c, iso)| (c, iso.to_string()))
        .collect();
    codes.truncate(200);
    codes
}

fn cow_file() -> String {
    let years: Vec<i32> = (1920..1965).step_by(5).chain(1965..=2025).collect();
    let mut text = String::from("ccode,year,state");
    for o in 0..530 {
        write!(text, ",ORG{o}").expect("write to a string");
    }
    text.push('\n');
    for (s, (ccode, iso)) in cow_codes().iter().enumerate() {
        for &y in &years {
            write!(text, "{ccode},{y},{iso}").expect("write to a string");
            for o in 0..530usize {
                let joins = 1925 + ((s * 7 + o * 13) % 90) as i32;
                let v = if y < 1920 + (o % 12) as i32 * 5 {
                    -1
                } else if y >= joins {
                    1
                } else {
                    0
                };
                write!(text, ",{v}").expect("write to a string");
            }
            text.push('\n');
        }
    }
    text
}

fn rollcall_file() -> String {
    let members = cow_codes();
    let mut text = String::from("undl_id,ms_code,ms_name,ms_vote,date,resolution,title\n");
    for r in 0..6000 {
        let session = 1 + r / 100;
        for (m, (_, iso)) in members.iter().enumerate() {
            let vote = ["Y", "N", "A", "X", ""][(r + m) % 5];
            writeln!(
                text,
                "{r},{iso},{iso},{vote},{}-06-01,A/RES/{session}/{r},Resolution {r} of session {session}",
                1945 + session
            )
            .expect("write to a string");
        }
    }
    text
}

fn import(c: &mut Criterion) {
    let dataset = Dataset::default();
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let cow = cow_file();
    group.bench_function("cow_full", |b| {
        b.iter(|| {
            let imported = import_reader(
                Format::CowIgo,
                "cow.csv",
                cow.as_bytes(),
                cow.len() as u64,
                &dataset,
                &ImportOptions::default(),
            );
            assert!(imported.problems.is_empty(), "clean synthetic file");
            imported
        });
    });
    let votes = rollcall_file();
    group.bench_function("rollcall_1_2m", |b| {
        b.iter(|| {
            let imported = import_reader(
                Format::UnDigitalLibrary,
                "votes.csv",
                votes.as_bytes(),
                votes.len() as u64,
                &dataset,
                &ImportOptions::default(),
            );
            assert_eq!(imported.records.stances.len(), 6000, "every resolution");
            imported
        });
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
