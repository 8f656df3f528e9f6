//! `heartland import`, run as an analyst would: a spreadsheet's CSV of
//! relations imported into a new data folder (made from the bundled data),
//! the bad row reported with its line, the valid row saved, and the folder
//! loading back clean with the new relation in it.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::process::Command;

use heartland::data::load_dir;
use heartland::model::{CountryCode, Dimension};

#[test]
fn a_csv_of_relations_imports_into_a_new_folder_and_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("my relations.csv");
    // CRLF, a byte-order mark, a quoted comma; line 3 names no real country.
    std::fs::write(
        &csv,
        "\u{feff}a,b,dimension,from,to,score,evidence,source\r\n\
         MNG,Turkmenistan,transport,2019,,0.3,\"transit talks, 2019\",mamishova-2017\r\n\
         MNG,Narnia,transport,2019,,0.3,,mamishova-2017\r\n",
    )
    .unwrap();
    let into = dir.path().join("data");
    let out = Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(["import", "--into"])
        .arg(&into)
        .arg(&csv)
        .env_remove("DISPLAY")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a refused row: exit 1 ({stderr})"
    );
    assert!(
        stderr.contains("my relations.csv")
            && stderr.contains("line 3")
            && stderr.contains("Narnia"),
        "the bad row is named by file, line and value: {stderr}"
    );
    let loaded = load_dir(&into);
    assert!(
        loaded.problems.is_empty(),
        "the saved folder loads clean: {:?}",
        loaded.problems
    );
    let mng = CountryCode::try_from("MNG").unwrap();
    let tkm = CountryCode::try_from("TKM").unwrap();
    let relation = loaded
        .dataset
        .relations
        .iter()
        .find(|r| [r.a, r.b] == [mng, tkm] && r.dimension == Dimension::Transport)
        .expect("the valid row was imported and saved");
    let period = &relation.series[0];
    assert!((period.score.value() - 0.3).abs() < 1e-12, "score");
    assert_eq!(
        period.evidence.as_deref(),
        Some("transit talks, 2019"),
        "evidence"
    );
    // The bundled data was the starting point and is all still there.
    assert!(
        loaded.dataset.relations.len() > 50,
        "the bundled relations were copied too"
    );
}
