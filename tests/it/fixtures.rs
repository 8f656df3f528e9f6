//! Fixtures shared by several test families: the files of
//! `tests/fixtures/import/`, the small dataset of its `context/` folder
//! that imports are merged into, and the `heartland` binary run as a
//! command.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    dead_code,
    reason = "test helpers: a missing fixture is a failed test; not every test file uses every helper"
)]

use std::process::{Command, Output};

use heartland::data::{FileKind, load_files};
use heartland::model::Dataset;

/// The folder of the import fixtures.
pub const IMPORT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

/// The bytes of `tests/fixtures/import/<name>`.
pub fn import_file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{IMPORT}/{name}")).unwrap()
}

/// The small dataset to import into (`tests/fixtures/import/context/`, every
/// data file), which must load without a problem.
pub fn context() -> Dataset {
    let files: Vec<(&str, Vec<u8>)> = FileKind::ALL
        .iter()
        .map(|kind| {
            let name = kind.file_name();
            (name, import_file(&format!("context/{name}")))
        })
        .collect();
    let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let loaded = load_files(&borrowed);
    assert!(
        loaded.problems.is_empty(),
        "context loads: {:?}",
        loaded.problems
    );
    loaded.dataset
}

/// The `heartland` binary run with `args`, with no display (as in CI).
pub fn heartland(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the heartland binary runs")
}
