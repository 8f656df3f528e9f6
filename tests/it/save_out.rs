//! Where Heartland writes (issue 22, points 3 and 4): `--out` and data
//! files through symbolic links to their targets, atomically; devices and
//! named pipes refused; `-` for the standard output where the format allows;
//! nothing left behind by a failed write; only changed files written into a
//! folder, and no backup of a file the folder never had.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use heartland::data::save::DataFolder;
use heartland::data::{FileKind, load_dir};

fn heartland(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the heartland binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The names in `dir`.
fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo");
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    std::fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_fifo()
}

/// Two relation rows between bundled countries, before any bundled period.
const RELATIONS: &str = "a,b,dimension,from,to,score,evidence,source\n\
    KAZ,UZB,economic,1800,1801,0.2,,kazantsev-2023\n\
    ARM,AZE,security,1800,1801,-0.5,,kazantsev-2023\n";

#[cfg(unix)]
#[test]
fn render_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let tmp = tempfile::tempdir().unwrap();
    let real = tmp.path().join("real");
    std::fs::create_dir(&real).unwrap();
    let target = real.join("map.png");
    std::fs::write(&target, b"old").unwrap();
    let link = tmp.path().join("link.png");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = heartland(&["render", "--size", "160x100", "--out", s(&link)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    let png = std::fs::read(&target).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "the target holds the PNG");
    assert_eq!(
        names(tmp.path()),
        ["link.png", "real"].map(String::from).into(),
        "no leftovers"
    );
    assert_eq!(
        names(&real),
        ["map.png"].map(String::from).into(),
        "no leftovers"
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_device_as_out_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe.png");
    mkfifo(&fifo);
    for args in [
        vec!["render", "--size", "160x100", "--out", s(&fifo)],
        vec!["export", "--format", "json", "--out", s(&fifo)],
    ] {
        let out = heartland(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("pipe.png") && stderr.contains("named pipe (FIFO), not a regular file"),
            "{args:?}: names the file and says why: {stderr}"
        );
        assert!(is_fifo(&fifo), "{args:?}: the pipe is still a pipe");
    }
    // A device node (here a symlink to one, as a user might give).
    let null = tmp.path().join("null.json");
    std::os::unix::fs::symlink("/dev/null", &null).unwrap();
    let out = heartland(&["export", "--format", "json", "--out", s(&null)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is a device"), "{stderr}");
    let dev = std::fs::metadata("/dev/null").unwrap();
    assert!(!dev.is_file(), "/dev/null is still a device");
    assert_eq!(
        names(tmp.path()),
        ["null.json", "pipe.png"].map(String::from).into(),
        "no leftovers"
    );
}

#[test]
fn dash_writes_to_the_standard_output_where_the_format_allows() {
    let png = heartland(&["render", "--size", "160x100", "--out", "-"]);
    assert!(
        png.status.success(),
        "{}",
        String::from_utf8_lossy(&png.stderr)
    );
    let image = image::load_from_memory(&png.stdout).expect("a PNG on stdout");
    assert_eq!((image.width(), image.height()), (160, 100), "its size");

    let json = heartland(&["export", "--format", "json", "--out", "-"]);
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON on stdout");
    assert!(value.get("relations").is_some(), "the export");

    let tmp = tempfile::tempdir().unwrap();
    let csv = heartland(&["export", "--format", "csv", "--out", "-"]);
    let stderr = String::from_utf8_lossy(&csv.stderr);
    assert_eq!(
        csv.status.code(),
        Some(1),
        "csv to stdout refused: {stderr}"
    );
    assert!(
        stderr.contains("--format json --out -"),
        "says what works: {stderr}"
    );
    assert!(names(tmp.path()).is_empty(), "nothing written");
    assert!(!Path::new("-").exists(), "no file called -");
}

#[test]
fn a_csv_export_that_fails_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("export");
    std::fs::create_dir(&out_dir).unwrap();
    // The last file cannot be written (a folder has its name): before, the
    // first five were written and left there.
    std::fs::create_dir(out_dir.join("stance.csv")).unwrap();
    let out = heartland(&["export", "--format", "csv", "--out", s(&out_dir)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("stance.csv") && stderr.contains("folder"),
        "{stderr}"
    );
    assert_eq!(
        names(&out_dir),
        ["stance.csv"].map(String::from).into(),
        "no file of the failed export, no temporary file"
    );
}

#[test]
fn importing_into_a_folder_with_one_file_writes_only_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("relations.json"),
        FileKind::Relations.bundled_bytes(),
    )
    .unwrap();
    let csv = tmp.path().join("r.csv");
    std::fs::write(&csv, RELATIONS).unwrap();
    let out = heartland(&["import", "--into", s(&dir), s(&csv)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("2 relation periods (0 replaced)"),
        "{stdout}"
    );
    assert_eq!(
        names(&dir),
        ["relations.json", "relations.json.bak"]
            .map(String::from)
            .into(),
        "only the file whose records changed (and its backup); the bundled files not copied"
    );
    let loaded = load_dir(&dir);
    assert!(loaded.problems.is_empty(), "loads clean");
}

#[test]
fn importing_into_a_new_folder_writes_no_backup_and_only_changed_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let csv = tmp.path().join("r.csv");
    std::fs::write(&csv, RELATIONS).unwrap();
    let out = heartland(&["import", "--into", s(&dir), s(&csv)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains("warning"),
        "no warning about the new folder: {stderr}"
    );
    assert_eq!(
        names(&dir),
        ["relations.json"].map(String::from).into(),
        "{stderr}"
    );

    // The same from the library, as the window's "save into a new folder".
    let dir2 = tmp.path().join("new2");
    let (mut folder, loaded) = DataFolder::open_new(&dir2).unwrap();
    assert!(loaded.problems.is_empty(), "no notice for a new folder");
    let mut ds = loaded.dataset;
    ds.sources.values_mut().next().unwrap().note = Some("Edited.".to_owned());
    let report = folder.save_all(&ds).unwrap();
    assert_eq!(
        report.written,
        vec![FileKind::Sources],
        "only the changed file"
    );
    assert_eq!(
        names(&dir2),
        ["sources.json"].map(String::from).into(),
        "no .bak"
    );
    assert!(load_dir(&dir2).problems.is_empty(), "loads clean");
    // A folder that already holds data is not "new".
    assert!(DataFolder::open_new(&dir2).is_err(), "refused");
}

#[test]
fn into_a_file_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("afile");
    std::fs::write(&file, "x").unwrap();
    let csv = tmp.path().join("r.csv");
    std::fs::write(&csv, RELATIONS).unwrap();
    let out = heartland(&["import", "--into", s(&file), s(&csv)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("is a file, not a folder") && !stderr.contains("File exists"),
        "in the user's words: {stderr}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"x", "the file untouched");
}

#[cfg(unix)]
#[test]
fn a_symlinked_data_file_stays_a_link_when_imported_into() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    let target = elsewhere.join("relations.json");
    std::fs::write(&target, FileKind::Relations.bundled_bytes()).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("relations.json")).unwrap();
    let csv = tmp.path().join("r.csv");
    std::fs::write(&csv, RELATIONS).unwrap();
    let out = heartland(&["import", "--into", s(&dir), s(&csv)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = dir.join("relations.json");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    let backup = std::fs::read(dir.join("relations.json.bak")).unwrap();
    assert_eq!(
        backup,
        FileKind::Relations.bundled_bytes(),
        "the backup is the old content"
    );
    let loaded = load_dir(&dir);
    assert!(loaded.problems.is_empty(), "loads clean");
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("\"from\": \"1800\""),
        "the target holds the new rows"
    );
    assert_eq!(
        names(&elsewhere),
        ["relations.json"].map(String::from).into(),
        "no leftovers"
    );
}
