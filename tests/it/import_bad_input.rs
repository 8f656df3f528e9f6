//! Bad input for every importer: empty files, text that is not UTF-8,
//! UTF-16 files, files over the limit (refused before reading), a 200 MB
//! roll-call stream (read without keeping it), cancelling; property tests:
//! arbitrary bytes and mutated valid files never panic, and merging what
//! they give leaves a dataset whose periods do not overlap. Also checks the
//! examples of `docs/import.md` import without problems.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use std::io::Read;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use heartland::data::import::{
    Format, ImportOptions, import_bytes, import_path, import_reader, merge,
};
use heartland::data::load_bundled;
use heartland::model::Dataset;
use proptest::prelude::*;

use crate::fixtures::import_file;

fn bundled() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| load_bundled().dataset)
}

fn read(format: Format, bytes: &[u8]) -> heartland::data::import::Imported {
    import_reader(
        format,
        "f",
        bytes,
        bytes.len() as u64,
        bundled(),
        &ImportOptions::default(),
    )
}

#[test]
fn empty_files_are_one_problem() {
    for format in Format::ALL {
        for bytes in [&b""[..], b"  \r\n", b"\xEF\xBB\xBF"] {
            let imported = read(format, bytes);
            assert_eq!(
                imported.problems.len(),
                1,
                "{format}: {:?}",
                imported.problems
            );
            assert!(
                imported.problems[0].message.contains("empty"),
                "{format}: {:?}",
                imported.problems
            );
            assert!(imported.records.is_empty(), "{format}: nothing imported");
        }
    }
    let imported = import_bytes("e.csv", b"", bundled(), &ImportOptions::default());
    assert!(
        imported.problems[0].message.contains("empty"),
        "{:?}",
        imported.problems
    );
}

#[test]
fn header_only_is_reported() {
    let imported = read(
        Format::Relations,
        b"a,b,dimension,from,to,score,evidence,source\r\n",
    );
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert!(
        imported.problems[0].message.contains("no rows"),
        "{:?}",
        imported.problems
    );
}

#[test]
fn text_that_is_not_utf8_is_reported_at_its_cell() {
    let latin1 = b"a,b,dimension,from,to,score,evidence,source\nKAZ,KGZ,economic,2019,,0.4,caf\xe9,\nKAZ,TJK,economic,2019,,0.4,ok,\n";
    let imported = read(Format::Relations, latin1);
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert_eq!(imported.problems[0].location, "line 2, column 7", "cell");
    assert!(
        imported.problems[0].message.contains("UTF-8"),
        "{:?}",
        imported.problems
    );
    assert_eq!(imported.records.periods.len(), 1, "the other row imports");

    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "a,b,dimension,from,to,score,evidence,source\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    for format in [Format::Relations, Format::Voeten] {
        let imported = read(format, &utf16);
        assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
        assert!(
            imported.problems[0].message.contains("UTF-16"),
            "{:?}",
            imported.problems
        );
    }
    let imported = import_bytes("u.csv", &utf16, bundled(), &ImportOptions::default());
    assert!(
        imported.problems[0].message.contains("UTF-16"),
        "detected too: {:?}",
        imported.problems
    );

    let imported = read(Format::GeoJson, b"{\"type\": \"Feature\xff\"}");
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert!(
        imported.problems[0].location.starts_with("line 1, column"),
        "{:?}",
        imported.problems
    );
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    for (name, head) in [
        (
            "big.csv",
            &b"a,b,dimension,from,to,score,evidence,source\n"[..],
        ),
        (
            "big.geojson",
            b"{\"type\":\"FeatureCollection\",\"features\":[",
        ),
    ] {
        let path = dir.path().join(name);
        let mut file = std::fs::File::create(&path).unwrap();
        std::io::Write::write_all(&mut file, head).unwrap();
        // Real text where the format is told (the first 64 KiB), then a
        // sparse hole up to 200 MB that uses no disk.
        for _ in 0..3000 {
            std::io::Write::write_all(&mut file, b"KAZ,KGZ,economic,2019,,0.4,,\n").unwrap();
        }
        file.set_len(200 * 1024 * 1024).unwrap();
        let imported = import_path(&path, bundled(), &ImportOptions::default());
        assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
        let message = &imported.problems[0].message;
        assert!(
            message.contains("200 MB") && message.contains("at most 64 MB"),
            "size and limit named: {message}"
        );
    }
    let imported = import_reader(
        Format::Voeten,
        "huge.csv",
        &b""[..],
        3 * 1024 * 1024 * 1024,
        bundled(),
        &ImportOptions::default(),
    );
    assert!(
        imported.problems[0].message.contains("at most 2048 MB"),
        "{:?}",
        imported.problems
    );
}

/// A roll-call file of `total` bytes made on the fly: one vote, then rows of
/// states that were not members (Voeten 9), each with a long description.
struct Generated {
    total: usize,
    made: usize,
    pending: Vec<u8>,
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            if self.made >= self.total {
                return Ok(0);
            }
            self.pending = if self.made == 0 {
                b"rcid,ccode,vote,date,unres,descr\n1,705,1,2000-01-01,R/55/1,first\n".to_vec()
            } else {
                format!("1,2,9,2000-01-01,R/55/1,{}\n", "x".repeat(100)).into_bytes()
            };
            self.made += self.pending.len();
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

#[test]
fn a_200_mb_roll_call_stream_is_read_without_keeping_it() {
    let progress = AtomicU64::new(0);
    let options = ImportOptions {
        progress: Some(&progress),
        ..ImportOptions::default()
    };
    let total = 200 * 1024 * 1024;
    let reader = Generated {
        total,
        made: 0,
        pending: Vec::new(),
    };
    let imported = import_reader(Format::Voeten, "stream.csv", reader, 0, bundled(), &options);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    assert_eq!(imported.records.stances.len(), 1, "one resolution");
    assert_eq!(
        imported.records.stances[0].record.totals.yes, 1,
        "one vote counted"
    );
    assert!(
        progress.load(Ordering::Relaxed) >= total as u64,
        "progress reported"
    );
}

#[test]
fn a_cancelled_import_imports_nothing() {
    let cancel = AtomicBool::new(true);
    let options = ImportOptions {
        cancel: Some(&cancel),
        ..ImportOptions::default()
    };
    let bytes = import_file("relations_good.csv");
    let imported = import_bytes("r.csv", &bytes, bundled(), &options);
    assert!(imported.records.is_empty(), "nothing");
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert!(
        imported.problems[0].message.contains("cancelled"),
        "{:?}",
        imported.problems
    );
}

#[test]
fn problems_are_capped() {
    let mut text = String::from("a,b,dimension,from,to,score,evidence,source\n");
    for _ in 0..3000 {
        text.push_str("KAZ,KGZ,bad,2019,,0.1,,\n");
    }
    let imported = read(Format::Relations, text.as_bytes());
    assert_eq!(imported.problems.len(), 1001, "1000 listed and one count");
    assert!(
        imported.problems[1000]
            .message
            .starts_with("2000 more problems"),
        "{}",
        imported.problems[1000]
    );
}

/// The code blocks of docs/import.md import without problems.
#[test]
fn documented_examples_import_cleanly() {
    let doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/import.md"));
    let mut count = 0;
    for fence in ["```csv\n", "```json\n"] {
        for block in doc
            .split(fence)
            .skip(1)
            .filter_map(|rest| rest.split("\n```").next())
        {
            let imported = import_bytes(
                "example",
                block.as_bytes(),
                bundled(),
                &ImportOptions::default(),
            );
            assert!(
                imported.problems.is_empty(),
                "{block}\n{:#?}",
                imported.problems
            );
            assert!(!imported.records.is_empty(), "{block}: imports something");
            count += 1;
        }
    }
    assert_eq!(
        count, 6,
        "relations, memberships, COW, two roll-calls, GeoJSON"
    );
}

/// Every period of one relation, and of one country in one organization,
/// is disjoint from the others.
fn assert_no_overlaps(ds: &Dataset) {
    for r in &ds.relations {
        for (i, p) in r.series.iter().enumerate() {
            for q in r.series.iter().skip(i + 1) {
                assert!(
                    !p.period.overlaps(&q.period),
                    "{:?} {:?}",
                    p.period,
                    q.period
                );
            }
        }
    }
    for org in ds.organizations.values() {
        for (i, m) in org.memberships.iter().enumerate() {
            for n in org.memberships.iter().skip(i + 1) {
                assert!(
                    m.country != n.country || !m.period.overlaps(&n.period),
                    "{} {:?} {:?}",
                    org.id,
                    m.period,
                    n.period
                );
            }
        }
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    [
        "relations_good.csv",
        "relations_bad.csv",
        "memberships_good.csv",
        "cow_small.csv",
        "unvotes_dl.csv",
        "unvotes_voeten.tab",
        "geo_good.geojson",
        "geo_bad.geojson",
    ]
    .into_iter()
    .map(import_file)
    .collect()
}

/// Apply `edits` (position, kind, byte) to `bytes`.
fn mutate(mut bytes: Vec<u8>, edits: &[(usize, u8, u8)]) -> Vec<u8> {
    const SPICE: &[u8] = b",;\t\"\n\r\0\xff\xe9-9{}[]: 0123x";
    for (at, kind, pick) in edits {
        if bytes.is_empty() {
            break;
        }
        let at = at % bytes.len();
        let byte = SPICE[*pick as usize % SPICE.len()];
        match kind % 3 {
            0 => bytes[at] = byte,
            1 => bytes.insert(at, byte),
            _ => {
                let end = (at + 1 + *pick as usize % 8).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), f in 0..6usize) {
        let imported = import_bytes("x", &bytes, bundled(), &ImportOptions::default());
        let mut ds = bundled().clone();
        let _report = merge(&mut ds, imported);
        let forced = read(Format::ALL[f], &bytes);
        let mut ds = bundled().clone();
        let _report = merge(&mut ds, forced);
        assert_no_overlaps(&ds);
    }

    #[test]
    fn mutated_valid_files_never_panic(
        which in 0..8usize,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8),
    ) {
        let bytes = mutate(fixtures()[which].clone(), &edits);
        let imported = import_bytes("m", &bytes, bundled(), &ImportOptions::default());
        for p in &imported.problems {
            prop_assert!(!p.to_string().is_empty(), "a message");
        }
        let mut ds = bundled().clone();
        let _report = merge(&mut ds, imported);
        assert_no_overlaps(&ds);
    }
}
