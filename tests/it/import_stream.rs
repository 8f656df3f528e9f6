//! Inputs read once, as streams, and never without bound (issue 22, points
//! 5, 6 and the byte-order-mark rule of 10): a named pipe, a process
//! substitution and `-` (standard input) import like a file; a view or tour
//! that never ends (`/dev/zero`) is refused at its limit at once; a file
//! that starts with two byte-order marks reads the same as with one, for
//! every kind of file.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers may panic: that is a failed test"
)]

use std::io::Write as _;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use heartland::data::import::{ImportOptions, import_bytes};
use heartland::data::{load_bundled, load_files};

const RELATIONS: &str = "a,b,dimension,from,to,score,evidence,source\n\
    KAZ,UZB,economic,1800,1801,0.2,,kazantsev-2023\n\
    ARM,AZE,security,1800,1801,-0.5,,kazantsev-2023\n";

fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_heartland"));
    c.args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Wait for `child` at most `limit`; a child still running then is killed
/// and the test fails (it hung, or grew without bound).
fn finish_within(mut child: Child, limit: Duration, what: &str) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            child.kill().unwrap();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?} (hangs or reads without end)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn a_named_pipe_imports_like_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("rows.csv");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success(), "mkfifo");
    let child = command(&["import", fifo.to_str().unwrap()])
        .spawn()
        .unwrap();
    // The writer blocks until the importer opens the pipe, writes, closes.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut f = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            f.write_all(RELATIONS.as_bytes()).unwrap();
        })
    };
    let out = finish_within(child, Duration::from_secs(20), "import of a named pipe");
    writer.join().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("2 relation periods (0 replaced)") && stdout.contains("; 0 problems"),
        "both rows read: {stdout}"
    );
}

#[test]
fn dash_imports_the_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let into = tmp.path().join("data");
    let mut child = command(&["import", "--into", into.to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Written in small pieces, as a pipe delivers them.
    for chunk in RELATIONS.as_bytes().chunks(7) {
        stdin.write_all(chunk).unwrap();
        stdin.flush().unwrap();
    }
    drop(stdin);
    let out = finish_within(child, Duration::from_secs(20), "import -");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("<standard input>: added") && stdout.contains("2 relation periods"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("saved {}", into.display())),
        "{stdout}"
    );
}

#[cfg(unix)]
#[test]
fn an_endless_view_or_tour_is_refused_at_its_limit() {
    let zero = "/dev/zero";
    for args in [
        vec![
            "render",
            "--size",
            "160x100",
            "--out",
            "never.png",
            "--view",
            zero,
        ],
        vec![
            "render", "--size", "160x100", "--out", "never", "--tour", zero,
        ],
        vec![
            "export",
            "--format",
            "json",
            "--out",
            "never.json",
            "--view",
            zero,
        ],
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let child = command(&args).current_dir(tmp.path()).spawn().unwrap();
        let out = finish_within(child, Duration::from_secs(15), &format!("{args:?}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("/dev/zero") && stderr.contains("larger than 4 MB"),
            "{args:?}: names the file and the limit: {stderr}"
        );
        assert!(
            std::fs::read_dir(tmp.path()).unwrap().next().is_none(),
            "{args:?}: nothing written"
        );
    }
}

#[test]
fn two_byte_order_marks_read_as_one_in_every_kind_of_file() {
    let bom2 = "\u{feff}\u{feff}";
    let ds = load_bundled().dataset;
    let options = ImportOptions::default();
    // CSV.
    let csv = format!("{bom2}{RELATIONS}");
    let imported = import_bytes("r.csv", csv.as_bytes(), &ds, &options);
    assert!(imported.problems.is_empty(), "CSV: {:?}", imported.problems);
    assert_eq!(imported.records.periods.len(), 2, "CSV rows");
    // GeoJSON (was taken for a CSV header).
    let geojson = format!(
        "{bom2}{{\"type\": \"FeatureCollection\", \"features\": [{{\"type\": \"Feature\", \
         \"geometry\": {{\"type\": \"Point\", \"coordinates\": [51.17, 43.65]}}, \
         \"properties\": {{\"id\": \"bom-port\", \"name\": \"Port\", \"country\": \"KAZ\", \"kind\": \"port\"}}}}]}}"
    );
    let imported = import_bytes("p.geojson", geojson.as_bytes(), &ds, &options);
    assert!(
        imported.problems.is_empty(),
        "GeoJSON: {:?}",
        imported.problems
    );
    assert_eq!(imported.records.places.len(), 1, "GeoJSON feature");
    // A data file.
    let mut sources = bom2.as_bytes().to_vec();
    sources.extend_from_slice(heartland::data::FileKind::Sources.bundled_bytes());
    let loaded = load_files(&[("sources.json", &sources)]);
    assert!(
        loaded.problems.is_empty(),
        "data file: {:?}",
        loaded.problems
    );
    assert!(!loaded.dataset.sources.is_empty(), "sources read");
    // A view (was "expected value").
    let tmp = tempfile::tempdir().unwrap();
    let view = tmp.path().join("v.view.json");
    std::fs::write(&view, format!("{bom2}{{\"format\": 1, \"year\": 2010}}")).unwrap();
    let out = command(&[
        "export",
        "--format",
        "json",
        "--out",
        "-",
        "--view",
        view.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "view: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["year"], 2010, "the view's year applies");
}

#[test]
fn a_folder_given_to_import_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let out = command(&["import", tmp.path().to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is a folder; give the files in it"),
        "{stderr}"
    );
}
