//! Text as it may be and as it is shown (issue 22, points 9 and 10): the
//! loader and the importers refuse control characters and bidirectional
//! controls with file, place and reason (the joiners Persian needs are
//! kept); values quoted in messages are escaped; evidence that a
//! spreadsheet would run as a formula is escaped in CSV exports.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::Path;
use std::process::{Command, Output};

use heartland::data::import::{ImportOptions, import_bytes};
use heartland::data::save::DataFolder;
use heartland::data::{FileKind, load_bundled, load_files};

fn heartland(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the heartland binary runs")
}

/// The bundled countries.json with the first country's name replaced.
fn countries_with_first_name(name_json: &str) -> Vec<u8> {
    let text = std::str::from_utf8(FileKind::Countries.bundled_bytes()).unwrap();
    let start = text.find("\"name\": \"").unwrap() + "\"name\": \"".len();
    let end = start + text[start..].find('"').unwrap();
    format!("{}{name_json}{}", &text[..start], &text[end..]).into_bytes()
}

#[test]
fn the_loader_refuses_control_characters_with_file_place_and_reason() {
    for (json, reason) in [
        ("Kazakh\\u0000stan", "U+0000 (NUL)"),
        ("Kazakh\\u001b[2Jstan", "U+001B (escape)"),
        ("Kazakh\\u007fstan", "U+007F (DEL)"),
        ("Kazakh\\u0085stan", "U+0085"),
        (
            "Kazakh\\u202estan",
            "bidirectional control character U+202E",
        ),
        ("Kazakh\\u2066stan", "U+2066"),
        ("Kazakh\\tstan", "U+0009 (tab)"),
    ] {
        let countries = countries_with_first_name(json);
        let loaded = load_files(&[("countries.json", &countries)]);
        let problem = loaded
            .problems
            .iter()
            .find(|p| p.location == "countries[0].name")
            .unwrap_or_else(|| {
                panic!(
                    "{json}: refused at countries[0].name: {:?}",
                    loaded.problems
                )
            });
        assert_eq!(problem.file, "countries.json", "{json}");
        assert!(
            problem.message.contains(reason),
            "{json}: {}",
            problem.message
        );
        assert!(
            !problem.to_string().chars().any(char::is_control),
            "{json}: the message holds no control character: {problem}"
        );
    }
    // The zero-width non-joiner and joiner are part of Persian spelling.
    let countries = countries_with_first_name("می\u{200C}خواهم\u{200D}");
    let loaded = load_files(&[("countries.json", &countries)]);
    assert!(
        !loaded
            .problems
            .iter()
            .any(|p| p.location == "countries[0].name"),
        "joiners kept: {:?}",
        loaded.problems
    );
}

#[test]
fn validate_fails_on_a_nul_in_a_name() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("countries.json"),
        countries_with_first_name("Kazakh\\u0000stan"),
    )
    .unwrap();
    let out = heartland(&["validate", tmp.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "countries.json:countries[0].name: contains the control character U+0000 (NUL)"
        ),
        "{stdout}"
    );
}

#[test]
fn evidence_may_hold_line_breaks_and_tabs_but_not_bidi_overrides() {
    let ds = load_bundled().dataset;
    let csv = "a,b,dimension,from,to,score,evidence,source\n\
        KAZ,UZB,economic,1800,1801,0.2,\"line one\n\tline two\",kazantsev-2023\n\
        ARM,AZE,security,1800,1801,0.2,\"abc\u{202E}fed\",kazantsev-2023\n";
    let imported = import_bytes("r.csv", csv.as_bytes(), &ds, &ImportOptions::default());
    assert_eq!(
        imported.records.periods.len(),
        1,
        "the first row: {:?}",
        imported.problems
    );
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let p = &imported.problems[0];
    assert_eq!(p.location, "line 4, column 7", "file, place: {p}");
    assert!(p.message.contains("U+202E"), "reason: {p}");
}

#[test]
fn importer_messages_show_hidden_characters_escaped() {
    let ds = load_bundled().dataset;
    let csv = "a,b,dimension,from,to,score,evidence,source\n\
        \u{200B}KAZ,UZB,economic,1800,1801,0.2,,kazantsev-2023\n\
        \u{1b}[2JKAZ,UZB,security,1800,1801,0.2,,kazantsev-2023\n";
    let imported = import_bytes("r.csv", csv.as_bytes(), &ds, &ImportOptions::default());
    let shown: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(
        shown[0].contains("\"\\u{200B}KAZ\""),
        "zero-width space shown: {}",
        shown[0]
    );
    assert!(
        shown[1].contains("\"\\u{001B}[2JKAZ\""),
        "escape shown: {}",
        shown[1]
    );
    assert!(
        shown
            .iter()
            .all(|s| !s.contains('\u{1b}') && !s.contains('\u{200B}')),
        "no raw hidden character"
    );

    // The same through the command line, on its standard error.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("r.csv");
    std::fs::write(&path, csv).unwrap();
    let out = heartland(&["import", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "problems");
    assert!(
        !out.stderr.contains(&0x1b),
        "no escape sequence reaches the terminal"
    );
}

/// Every relation period's evidence made a formula; export as CSV.
fn export_with_formulas(dir: &Path) -> (String, serde_json::Value) {
    let mut ds = load_bundled().dataset;
    let formulas = [
        "=HYPERLINK(\"http://x\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
    ];
    for (i, period) in ds
        .relations
        .iter_mut()
        .flat_map(|r| r.series.iter_mut())
        .enumerate()
    {
        period.evidence = Some(formulas[i % formulas.len()].to_owned());
    }
    let data = dir.join("data");
    DataFolder::create(&data, &ds).unwrap();
    let out_dir = dir.join("csv");
    let view = dir.join("relations.view.json");
    std::fs::write(
        &view,
        r#"{ "format": 1, "year": 2016, "layers": { "relations": true } }"#,
    )
    .unwrap();
    let view = view.to_str().unwrap();
    let out = heartland(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--view",
        view,
        "--format",
        "csv",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(out_dir.join("relations.csv")).unwrap();
    let json = heartland(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--view",
        view,
        "--format",
        "json",
        "--out",
        "-",
    ]);
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    (csv, serde_json::from_slice(&json.stdout).unwrap())
}

#[test]
fn formulas_in_evidence_are_escaped_in_csv_exports_only() {
    let tmp = tempfile::tempdir().unwrap();
    let (csv, json) = export_with_formulas(tmp.path());
    let mut reader =
        csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let evidence = header.iter().position(|h| h == "evidence").unwrap();
    let score = header.iter().position(|h| h == "score").unwrap();
    let mut rows = 0;
    let mut negative = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let cell = &record[evidence];
        assert!(cell.starts_with('\''), "escaped: {cell}");
        assert!(
            ["=", "+", "-", "@"]
                .iter()
                .any(|c| cell[1..].starts_with(c)),
            "the formula follows the quote: {cell}"
        );
        let s = &record[score];
        assert!(s.parse::<f64>().is_ok(), "a score stays a number: {s}");
        negative += usize::from(s.starts_with('-'));
        rows += 1;
    }
    assert!(rows > 0, "some relations shown");
    assert!(
        negative > 0,
        "negative scores are written as numbers, unescaped"
    );
    let first = json["relations"][0]["evidence"].as_str().unwrap();
    assert!(!first.starts_with('\''), "JSON keeps the text: {first}");
}
