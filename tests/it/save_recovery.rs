//! The recovery file of unsaved edits (issue 22, point 12, the part without
//! the window): written atomically, read back, the edits restored through
//! the loader, what would come back listed, removed on save or discard.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::collections::BTreeSet;

use heartland::data::recovery::{FileChanges, Recovery};
use heartland::data::save::copy_bundled_into;
use heartland::data::{FileKind, load_dir};

#[test]
fn unsaved_edits_come_back_from_the_recovery_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_bundled_into(&dir).unwrap();
    let on_disk = load_dir(&dir).dataset;
    // Unsaved edits: a note on a country, a relation period's evidence.
    let mut edited = on_disk.clone();
    edited.countries.values_mut().next().unwrap().note = Some("Unsaved note.".to_owned());
    edited.relations[0].series[0].evidence = Some("Unsaved evidence.".to_owned());
    let kinds: BTreeSet<FileKind> = [FileKind::Countries, FileKind::Relations].into();

    let path = tmp.path().join("settings").join("heartland-recovery.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    assert_eq!(Recovery::read(&path), Ok(None), "none before any edit");
    let recovery = Recovery::of(Some(&dir), &edited, &kinds);
    recovery.write(&path).unwrap();
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["heartland-recovery.json"], "no temporary file left");

    // The next start: read it, show what would come back, restore.
    let read = Recovery::read(&path).unwrap().expect("the recovery file");
    assert_eq!(read, recovery, "read back as written");
    assert_eq!(read.folder.as_deref(), Some(dir.as_path()), "its folder");
    let summary = read.summary(&on_disk);
    assert_eq!(
        summary,
        vec![
            FileChanges {
                kind: FileKind::Countries,
                added: 0,
                changed: 1,
                removed: 0
            },
            FileChanges {
                kind: FileKind::Relations,
                added: 0,
                changed: 1,
                removed: 0
            },
        ],
        "what would come back"
    );
    assert_eq!(
        summary[0].to_string(),
        "countries.json: 0 added, 1 changed, 0 removed",
        "shown"
    );
    let restored = read.restore();
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
    assert!(
        restored.dataset == edited,
        "the edits are back, nothing else changed"
    );

    // Saved or discarded: the file goes.
    Recovery::remove(&path).unwrap();
    assert_eq!(Recovery::read(&path), Ok(None), "removed");
    Recovery::remove(&path).unwrap();
}

#[test]
fn a_damaged_or_newer_recovery_file_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("heartland-recovery.json");
    std::fs::write(&path, b"{\"format\": 1, \"files\": ").unwrap();
    let err = Recovery::read(&path).unwrap_err();
    assert!(err.contains("not readable JSON"), "{err}");
    std::fs::write(&path, b"{\"format\": 9, \"files\": {}}").unwrap();
    let err = Recovery::read(&path).unwrap_err();
    assert!(
        err.contains("newer Heartland (format 9; this version reads up to 1)"),
        "{err}"
    );
}

#[test]
fn edits_of_the_bundled_data_restore_over_the_bundled_files() {
    let bundled = heartland::data::load_bundled().dataset;
    let mut edited = bundled.clone();
    edited.sources.values_mut().next().unwrap().note = Some("Unsaved.".to_owned());
    let recovery = Recovery::of(None, &edited, &[FileKind::Sources].into());
    let back = Recovery::from_bytes(&recovery.to_bytes()).unwrap();
    assert_eq!(back.folder, None, "the bundled data");
    let restored = back.restore();
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
    assert!(restored.dataset == edited, "restored");
}
