//! The examples in `docs/data-format.md` are written in the format the
//! loader reads: each JSON example parses, has only known keys and valid
//! values. (They are excerpts, so references to records shown in other
//! examples may not resolve; those problems are the only ones allowed.)

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing doc file is a failed test"
)]

use heartland::data::{FileKind, load_files};

const DOC: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/data-format.md"));

/// The JSON code blocks of the document.
fn json_blocks() -> Vec<&'static str> {
    DOC.split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("\n```").next())
        .collect()
}

#[test]
fn every_file_has_an_example_and_each_example_is_valid() {
    let blocks = json_blocks();
    let mut seen = Vec::new();
    for block in blocks {
        let first_key = FileKind::ALL
            .into_iter()
            .filter_map(|k| block.find(&format!("\"{}\": [", k.key())).map(|at| (at, k)))
            .min();
        let Some((_, kind)) = first_key else {
            panic!("example names no data file:\n{block}");
        };
        seen.push(kind);
        let loaded = load_files(&[(kind.file_name(), block.as_bytes())]);
        let unexpected: Vec<String> = loaded
            .problems
            .iter()
            .filter(|p| {
                !(p.message.contains("not among the valid records")
                    || p.message.contains("is not in countries.json"))
            })
            .map(ToString::to_string)
            .collect();
        assert!(
            unexpected.is_empty(),
            "example for {}:\n{}",
            kind.file_name(),
            unexpected.join("\n")
        );
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen, FileKind::ALL, "an example for every file");
}

#[test]
fn every_key_of_every_file_is_documented() {
    // Unknown-key messages list the accepted keys: each must appear in the doc.
    for kind in FileKind::ALL {
        let file = kind.file_name();
        let record = format!(r#"{{"format": 1, "{}": [{{"zzz": 1}}]}}"#, kind.key());
        let loaded = load_files(&[(file, record.as_bytes())]);
        let message = &loaded.problems[0].message;
        let expected = message.split("expected one of ").nth(1).unwrap();
        for key in expected.split(", ") {
            let key = key.trim_matches('"');
            assert!(
                DOC.contains(&format!("`{key}`")),
                "{file}: key {key} is documented"
            );
        }
    }
}
