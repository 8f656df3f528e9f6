//! `heartland export`, run as an analyst would: the real binary over the
//! small fixture dataset in `tests/fixtures/shown/`, with a view file. The
//! expected rows are written out by hand from the fixture files (not rebuilt
//! with the code under test); the CSV is parsed back with the `csv` crate.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::Path;
use std::process::Output;

use crate::fixtures::heartland;

const DATA: &str = "tests/fixtures/shown";

/// Relations (political and energy), CSTO ∩ EAEU, the southern corridor and
/// the UN vote, in 2016.
const VIEW: &str = r#"{ "format": 1, "year": 2016,
  "layers": { "relations": true, "memberships": true, "corridors": true, "stances": true },
  "organizations": ["csto", "eaeu"], "membership_set": "intersection",
  "relations": { "dimensions": ["political", "energy"] },
  "corridors": ["south"],
  "stance": "vote-1" }"#;

fn export(dir: &Path, format: &str, out: &Path, view: &str) -> Output {
    let view_path = dir.join("v.view.json");
    std::fs::write(&view_path, view).unwrap();
    heartland(&[
        "export",
        "--data",
        DATA,
        "--view",
        view_path.to_str().unwrap(),
        "--format",
        format,
        "--out",
        out.to_str().unwrap(),
    ])
}

/// The records of a CSV file: the header first. Checks the byte-order mark.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{} starts with a byte-order mark",
        path.display()
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

#[test]
fn csv_export_writes_the_rows_the_view_shows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let result = export(dir.path(), "csv", &out, VIEW);
    assert!(
        result.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(
        read_csv(&out.join("about.csv")),
        vec![
            row(&["key", "value"]),
            row(&["format", "2"]),
            row(&["year", "2016"]),
            row(&["as_of", ""]),
            row(&["statuses_counted", "members only"]),
        ],
        "about.csv: the fixture gives no as-of date"
    );
    let title_b = "Türkiye and Қазақстан: a test title";
    assert_eq!(
        read_csv(&out.join("relations.csv")),
        vec![
            row(&[
                "year",
                "a",
                "a_name",
                "b",
                "b_name",
                "dimension",
                "directed",
                "score",
                "band",
                "period_from",
                "period_to",
                "dimmed",
                "evidence",
                "source",
                "source_title",
            ]),
            row(&[
                "2016",
                "KAZ",
                "Kazakhstan",
                "RUS",
                "Russia",
                "political",
                "false",
                "0.5",
                "close",
                "2014",
                "2022",
                "false",
                "cooler after Crimea",
                "doc-b",
                title_b,
            ]),
            row(&[
                "2016",
                "KGZ",
                "Kyrgyzstan",
                "UZB",
                "Uzbekistan",
                "political",
                "false",
                "-0.4",
                "tense",
                "2010",
                "2017",
                "false",
                "border disputes",
                "doc-a",
                "Document A",
            ]),
            row(&[
                "2016",
                "RUS",
                "Russia",
                "KAZ",
                "Kazakhstan",
                "energy",
                "true",
                "0.6",
                "allied",
                "2005",
                "",
                "false",
                "oil transit through Russia",
                "doc-b",
                title_b,
            ]),
        ],
        "relations.csv"
    );
    // The graph of the view: KAZ–RUS political 0.5 and RUS→KAZ energy 0.6
    // combine into one pair of weight 0.55; KGZ–UZB is −0.4.
    let metrics = read_csv(&out.join("metrics.csv"));
    assert_eq!(
        metrics[0][..7],
        row(&[
            "year",
            "state",
            "state_name",
            "strength_pos",
            "strength_neg",
            "strength_net",
            "ties"
        ])[..],
        "metrics header"
    );
    let states: Vec<&str> = metrics[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        states,
        vec!["KAZ", "KGZ", "RUS", "UZB"],
        "every state of the graph"
    );
    let value = |state: &str, column: &str| -> f64 {
        let col = metrics[0].iter().position(|c| c == column).unwrap();
        let r = metrics.iter().find(|r| r[1] == state).unwrap();
        r[col].parse().unwrap()
    };
    assert!(
        (value("KAZ", "strength_pos") - 0.55).abs() < 1e-9,
        "mean of the pair's dimensions"
    );
    assert!(
        (value("KGZ", "strength_neg") - 0.4).abs() < 1e-9,
        "negative strength"
    );
    assert!(
        (value("KGZ", "strength_net") + 0.4).abs() < 1e-9,
        "net strength"
    );
    assert!(
        (value("KAZ", "eigenvector") - 1.0).abs() < 1e-6,
        "both ends of the only positive tie"
    );
    assert!(value("UZB", "eigenvector").abs() < 1e-9, "no positive tie");
    // Wasserman–Faust: one reachable state at distance 1/0.55, of n − 1 = 3.
    assert!(
        (value("KAZ", "closeness") - 0.55 / 3.0).abs() < 1e-6,
        "closeness"
    );
    assert!(value("KAZ", "betweenness").abs() < 1e-9, "no one between");
    assert!(
        (value("KAZ", "community") - value("RUS", "community")).abs() < 0.5,
        "one bloc"
    );
    assert!(
        (value("KAZ", "community") - value("KGZ", "community")).abs() > 0.5,
        "apart"
    );
    let member = |org: &str, acronym: &str, code: &str, name: &str, since: &str| {
        row(&[
            "2016",
            org,
            acronym,
            code,
            name,
            "member",
            "true",
            since,
            "true",
            "",
            "doc-a",
            "Document A",
        ])
    };
    assert_eq!(
        read_csv(&out.join("memberships.csv")),
        vec![
            row(&[
                "year",
                "organization",
                "acronym",
                "country",
                "country_name",
                "status",
                "counted",
                "since",
                "in_set",
                "evidence",
                "source",
                "source_title",
            ]),
            member("csto", "CSTO", "KAZ", "Kazakhstan", "1992-05-15"),
            member("csto", "CSTO", "KGZ", "Kyrgyzstan", "1992-05-15"),
            member("csto", "CSTO", "RUS", "Russia", "1992-05-15"),
            member("eaeu", "EAEU", "KAZ", "Kazakhstan", "2015"),
            member("eaeu", "EAEU", "KGZ", "Kyrgyzstan", "2015-08"),
            member("eaeu", "EAEU", "RUS", "Russia", "2015"),
        ],
        "memberships.csv"
    );
    let corridors = read_csv(&out.join("corridors.csv"));
    assert_eq!(corridors.len(), 2, "a header and the ticked corridor");
    let south = &corridors[1];
    assert_eq!(
        [&south[0], &south[1], &south[2], &south[3], &south[4]],
        ["2016", "south", "Southern route", "multimodal", "proposed"],
        "corridor row"
    );
    assert_eq!(
        [&south[5], &south[6]],
        ["", ""],
        "no recorded length in the fixture"
    );
    assert_eq!(
        [&south[8], &south[9], &south[11], &south[12]],
        ["UZB KAZ TUR", "rail sea", "doc-a", "Document A"],
        "countries, modes, source"
    );
    // Tashkent–Aktau and Aktau–Baku, great circles (haversine, mean radius).
    let expected =
        haversine_km((69.24, 41.30), (51.17, 43.65)) + haversine_km((51.17, 43.65), (49.87, 40.41));
    let km: f64 = south[7].parse().unwrap();
    assert!(
        (km - expected).abs() / expected < 0.01,
        "{km} km vs {expected:.1} km"
    );
    let vote = |code: &str, name: &str, position: &str| {
        row(&[
            "vote-1",
            "A UN vote",
            "2014-03-27",
            "un-vote",
            code,
            name,
            position,
            "",
            "doc-a",
            "Document A",
        ])
    };
    assert_eq!(
        read_csv(&out.join("stance.csv")),
        vec![
            row(&[
                "stance",
                "title",
                "date",
                "kind",
                "country",
                "country_name",
                "position",
                "evidence",
                "source",
                "source_title",
            ]),
            vote("KAZ", "Kazakhstan", "abstain"),
            vote("KGZ", "Kyrgyzstan", "not-recorded"),
            vote("RUS", "Russia", "no"),
            vote("TUR", "Türkiye", "yes"),
            vote("UZB", "Uzbekistan", "not-recorded"),
            vote("XKX", "Kosovo", "not-un-member"),
        ],
        "stance.csv"
    );
}

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lon1, lat1) = (a.0.to_radians(), a.1.to_radians());
    let (lon2, lat2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[test]
fn json_export_has_the_same_rows_and_the_stance_counts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    let result = export(dir.path(), "json", &out, VIEW);
    assert!(
        result.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(doc["format"], 2, "format");
    assert_eq!(doc["year"], 2016, "year");
    assert!(doc["as_of"].is_null(), "the fixture gives no as-of date");
    let relations = doc["relations"].as_array().unwrap();
    assert_eq!(relations.len(), 3, "three relations");
    assert_eq!(relations[2]["a"], "RUS", "direction kept");
    assert_eq!(relations[2]["directed"], true, "directed");
    assert_eq!(relations[1]["score"], -0.4, "a number");
    let counts: Vec<(String, u64)> = doc["stance_counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["position"].as_str().unwrap().to_owned(),
                c["count"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(String, u64)> = [
        ("yes", 1),
        ("no", 1),
        ("abstain", 1),
        ("absent", 0),
        ("not-recorded", 2),
        ("not-un-member", 1),
    ]
    .iter()
    .map(|(p, n)| ((*p).to_owned(), *n))
    .collect();
    assert_eq!(counts, expected, "counts per position");
    assert_eq!(
        doc["memberships"].as_array().unwrap().len(),
        6,
        "memberships"
    );
}

#[test]
fn a_view_with_a_bad_key_exits_non_zero_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let result = export(dir.path(), "csv", &out, r#"{ "year": 2016, "layerz": {} }"#);
    assert!(!result.status.success(), "a bad view fails");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("v.view.json") && stderr.contains("layerz"),
        "names the file and the key: {stderr}"
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn the_same_view_exports_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    assert!(
        export(dir.path(), "json", &a, VIEW).status.success(),
        "first run"
    );
    assert!(
        export(dir.path(), "json", &b, VIEW).status.success(),
        "second run"
    );
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "identical files"
    );
}

#[test]
fn metrics_follow_the_views_analysis_graph() {
    // Shared memberships in 2016 (worked out by hand from the fixture's
    // organizations.json): CSTO, EAEU and the UN have full members, so each
    // shared organization is worth 1/3. KAZ, KGZ and RUS share all three
    // (1); every pair with TUR or UZB shares only the UN (1/3). Five states,
    // every pair tied: 4 ties each, 6 triangles each, all positive.
    // Closeness with distance 1/w: KAZ reaches KGZ and RUS at 1, TUR and UZB
    // at 3 (no shorter path): 4/8 = 0.5; TUR reaches all four at 3: 4/12.
    // No shortest path runs through a third state: betweenness 0.
    let view = r#"{ "format": 1, "year": 2016,
      "analysis": { "graph": "shared-memberships" } }"#;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    let result = export(dir.path(), "csv", &out, view);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let rows = read_csv(&out.join("metrics.csv"));
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let got: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|r| {
            [
                "state",
                "strength_pos",
                "ties",
                "betweenness",
                "closeness",
                "triangles",
                "balanced_triangles",
            ]
            .iter()
            .map(|c| r[col(c)].clone())
            .collect()
        })
        .collect();
    let two_thirds = "2.666666667";
    let third = "0.333333333";
    let four_thirds = "1.333333333";
    assert_eq!(
        got,
        vec![
            row(&["KAZ", two_thirds, "4", "0.0", "0.5", "6", "6"]),
            row(&["KGZ", two_thirds, "4", "0.0", "0.5", "6", "6"]),
            row(&["RUS", two_thirds, "4", "0.0", "0.5", "6", "6"]),
            row(&["TUR", four_thirds, "4", "0.0", third, "6", "6"]),
            row(&["UZB", four_thirds, "4", "0.0", third, "6", "6"]),
        ]
    );
}
