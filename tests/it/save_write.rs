//! The writer (`data::write`): the bundled data written and loaded back is
//! the same dataset; writing is byte-stable; the layout gives one block per
//! record and one-line diffs for one-value changes; a dataset of the full
//! size of the UN roll-call and COW IGO data is written under the loader's
//! size limit and loads back; a file over the limit gets a clear message.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step is a failed test"
)]

use heartland::data::write::{all_files, file_bytes};
use heartland::data::{FileKind, MAX_FILE_BYTES, load_dir, load_files};
use heartland::model::{Dataset, Score};

/// Load written files (all seven) back.
fn load_written(files: &[(FileKind, Vec<u8>)]) -> heartland::data::Loaded {
    let named: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(k, b)| (k.file_name(), b.as_slice()))
        .collect();
    load_files(&named)
}

fn problems(loaded: &heartland::data::Loaded) -> String {
    let lines: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

#[test]
fn bundled_data_round_trips() {
    let original = crate::save_common::version_a();
    let files = all_files(&original);
    let loaded = load_written(&files);
    assert!(
        loaded.problems.is_empty(),
        "written files load cleanly:\n{}",
        problems(&loaded)
    );
    assert_eq!(loaded.dataset, original, "same dataset back");
    let again = all_files(&loaded.dataset);
    assert_eq!(again, files, "writing the loaded data gives the same bytes");
}

#[test]
fn edited_data_round_trips() {
    let b = crate::save_common::version_b();
    let loaded = load_written(&all_files(&b));
    assert!(loaded.problems.is_empty(), "{}", problems(&loaded));
    assert_eq!(loaded.dataset, b, "notes survive the round trip");
    assert_ne!(
        b,
        crate::save_common::version_a(),
        "version B differs from version A"
    );
}

#[test]
fn every_record_is_a_block_of_its_own() {
    let ds = crate::save_common::version_a();
    for kind in FileKind::ALL {
        let text = String::from_utf8(file_bytes(&ds, kind)).unwrap();
        // `sources.json` may carry the data's `as_of` date before its list.
        let header = text.replacen("  \"as_of\": \"2026-11-30\",\n", "", 1);
        assert!(
            header.starts_with(&format!(
                "{{\n  \"format\": {},\n  \"{}\": [\n",
                heartland::data::write::format_needed(&ds, kind),
                kind.key()
            )),
            "{kind:?} header: {}",
            &text[..60.min(text.len())]
        );
        assert!(text.ends_with("\n  ]\n}\n"), "{kind:?} ends with a newline");
        let opening = text.lines().filter(|l| *l == "    {").count();
        let closing = text
            .lines()
            .filter(|l| *l == "    }" || *l == "    },")
            .count();
        let records = match kind {
            FileKind::Sources => ds.sources.len(),
            FileKind::Countries => ds.countries.len(),
            FileKind::Places => ds.places.len(),
            FileKind::Organizations => ds.organizations.len(),
            FileKind::Relations => ds.relations.len(),
            FileKind::Corridors => ds.corridors.len(),
            FileKind::Stances => ds.stances.len(),
        };
        assert_eq!(opening, records, "{kind:?}: one block opens per record");
        assert_eq!(closing, records, "{kind:?}: one block closes per record");
        // Lines are at most 100 columns, except a key with one long text.
        for line in text.lines() {
            let long = line.chars().count() > 100;
            let one_text = line.trim_start().starts_with('"') && line.matches("\": ").count() == 1;
            assert!(!long || one_text, "{kind:?}: line too long: {line}");
        }
    }
}

#[test]
fn one_changed_score_changes_one_line() {
    let ds = crate::save_common::version_a();
    let before = String::from_utf8(file_bytes(&ds, FileKind::Relations)).unwrap();
    let mut edited: Dataset = ds.clone();
    let period = &mut edited.relations[3].series[0];
    let new = if period.score.value() > 0.0 {
        -0.25
    } else {
        0.25
    };
    period.score = Score::new(new).unwrap();
    let after = String::from_utf8(file_bytes(&edited, FileKind::Relations)).unwrap();
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(a.len(), b.len(), "same number of lines");
    let changed: Vec<(&&str, &&str)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    assert_eq!(changed.len(), 1, "one line differs: {changed:?}");
    assert!(
        changed[0].1.contains("\"score\": 0.25") || changed[0].1.contains("\"score\": -0.25"),
        "the score's line: {}",
        changed[0].1
    );
}

#[test]
fn positions_are_packed() {
    let ds = crate::save_common::full_size(1, 0);
    let stance = ds
        .stances
        .values()
        .find(|s| s.id.as_str() == "synthetic-vote-0")
        .unwrap();
    assert_eq!(stance.positions.len(), 193, "193 positions");
    let text = String::from_utf8(file_bytes(&ds, FileKind::Stances)).unwrap();
    let start = text.find("\"id\": \"synthetic-vote-0\"").unwrap();
    let block = &text[start..];
    let block = &block[..block.find("\n    }").unwrap()];
    let lines = block.lines().count();
    assert!(
        lines < 50,
        "193 positions take a few packed lines, not 193: {lines}"
    );
}

#[test]
fn full_size_data_is_written_under_the_limit_and_loads_back() {
    // 6,200 roll-call votes × 193 states (the UN General Assembly's history)
    // and 530 organizations (the COW IGO data).
    let ds = crate::save_common::full_size(6_200, 530);
    let dir = tempfile::tempdir().unwrap();
    heartland::data::save::DataFolder::create(dir.path(), &ds).unwrap();
    let stances = std::fs::metadata(dir.path().join("stances.json"))
        .unwrap()
        .len();
    assert!(
        stances > 20 * 1024 * 1024,
        "the old 20 MB limit would refuse it ({stances} bytes)"
    );
    assert!(
        stances < MAX_FILE_BYTES / 2,
        "well under the limit ({stances} bytes)"
    );
    let loaded = load_dir(dir.path());
    assert!(loaded.problems.is_empty(), "{}", problems(&loaded));
    assert_eq!(
        loaded.dataset.stances.len(),
        ds.stances.len(),
        "all stances"
    );
    assert!(loaded.dataset == ds, "nothing lost");
}

#[test]
fn a_file_of_200_mb_or_more_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    heartland::data::save::copy_bundled_into(dir.path()).unwrap();
    let big = dir.path().join("stances.json");
    // Sparse: the size is checked before anything is read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(250 * 1024 * 1024)
        .unwrap();
    let loaded = load_dir(dir.path());
    assert_eq!(loaded.problems.len(), 1, "{}", problems(&loaded));
    let p = &loaded.problems[0];
    assert_eq!(p.file, big.display().to_string(), "names the file");
    assert_eq!(
        p.message, "file is 250.0 MB; the limit is 64 MB",
        "says why"
    );
    assert!(loaded.dataset.stances.is_empty(), "nothing read from it");
    assert!(!loaded.dataset.relations.is_empty(), "the rest loads");
}
