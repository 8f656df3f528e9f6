//! The bundled dataset and the `validate` command: the bundled data loads
//! with no problems and every record's source exists; `validate` reports
//! OK on it and lists problems, one per line, on a broken copy.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::path::Path;

use heartland::data::{FileKind, load_bundled, validate};

#[test]
fn bundled_data_has_no_problems() {
    let l = load_bundled();
    let shown: Vec<String> = l.problems.iter().map(ToString::to_string).collect();
    assert!(
        shown.is_empty(),
        "bundled data must be clean:\n{}",
        shown.join("\n")
    );
}

#[test]
fn bundled_data_covers_the_core_region_with_capitals() {
    let ds = load_bundled().dataset;
    for c in ["KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO"] {
        let code = heartland::model::CountryCode::try_from(c).unwrap();
        assert!(ds.countries.contains_key(&code), "{c} is in countries.json");
        assert!(ds.capital_of(code).is_some(), "{c} has a capital");
    }
}

#[test]
fn validate_reports_ok_on_the_bundled_data() {
    let mut out = Vec::new();
    let code = validate::run(None, &mut out);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "clean data exits 0:\n{text}");
    assert!(
        text.starts_with("assets/data (bundled): OK — "),
        "summary: {text}"
    );
    assert_eq!(text.lines().count(), 1, "only the summary");
}

#[test]
fn validate_lists_problems_of_a_broken_copy() {
    let dir = tempfile::tempdir().unwrap();
    for kind in FileKind::ALL {
        std::fs::write(dir.path().join(kind.file_name()), kind.bundled_bytes()).unwrap();
    }
    std::fs::write(
        dir.path().join("stances.json"),
        r#"{ "format": 1, "stances": [ { "id": "Bad Id", "title": "x", "date": "2008", "kind": "un-vote" } ] }"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("relations.json"),
        "{ \"format\": 1, \"relations\": [",
    )
    .unwrap();
    let mut out = Vec::new();
    let code = validate::run(Some(dir.path()), &mut out);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(code, 1, "problems exit 1:\n{text}");
    assert_eq!(lines.len(), 3, "two problems and a summary:\n{text}");
    let shown = |p: &Path| p.display().to_string();
    assert!(
        lines[0].starts_with(&format!(
            "{}:line 1, column ",
            shown(&dir.path().join("relations.json"))
        )),
        "relations first (file order): {}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(&format!(
            "{}:stances[0].id: \"Bad Id\" is not a valid stance id",
            shown(&dir.path().join("stances.json"))
        )),
        "then stances: {}",
        lines[1]
    );
    assert!(
        lines[2].starts_with(&format!("2 problems in {}", shown(dir.path()))),
        "summary: {}",
        lines[2]
    );
}

#[test]
fn bundled_files_say_the_lowest_format_that_holds_them() {
    // Format 2 where a file uses a format-2 value or key (a corridor's
    // length_km, the position accepts-without-recognising, a source's
    // language), format 1
    // elsewhere; the writer picks the same version, and what it writes
    // loads back to the same data.
    let ds = load_bundled().dataset;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/data");
    for kind in FileKind::ALL {
        let text = std::fs::read_to_string(dir.join(kind.file_name())).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let on_disk = value["format"].as_u64().unwrap();
        let needed = heartland::data::write::format_needed(&ds, kind);
        assert_eq!(on_disk, needed, "{kind:?}: the file says {on_disk}");
        let expected = u64::from(matches!(
            kind,
            FileKind::Corridors | FileKind::Stances | FileKind::Sources
        )) + 1;
        assert_eq!(needed, expected, "{kind:?}");
    }
    assert!(
        ds.corridors.values().any(|c| c.length_km.is_some()),
        "some corridor has its length from a source"
    );
    let written = heartland::data::write::all_files(&ds);
    let list: Vec<(&str, &[u8])> = written
        .iter()
        .map(|(k, b)| (k.file_name(), b.as_slice()))
        .collect();
    let again = heartland::data::load_files(&list);
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.dataset, ds, "lengths and positions survive writing");
}
