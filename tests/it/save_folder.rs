//! Saving into a data folder (`data::save`): a folder started from the
//! bundled files; only changed files are written, each with a backup of its
//! previous version; a file changed on disk since it was loaded (or created,
//! or deleted) is a conflict and nothing is written; a file that had
//! problems is not overwritten unless accepted; save-as into a new folder;
//! left-over temporary files are cleaned; permissions are kept.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use heartland::data::save::{DataFolder, SaveError, copy_bundled_into, is_temporary_name};
use heartland::data::write::file_bytes;
use heartland::data::{FileKind, load_dir};
use heartland::edit::{Edit, History, RelationKey};

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap()
}

fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect()
}

/// A folder started from the bundled files, opened.
fn bundled_folder() -> (tempfile::TempDir, DataFolder, heartland::model::Dataset) {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled_into(dir.path()).unwrap();
    let (folder, loaded) = DataFolder::open(dir.path()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    (dir, folder, loaded.dataset)
}

/// The bundled data with one score changed (relations.json only).
fn edited(ds: &heartland::model::Dataset) -> (heartland::model::Dataset, History) {
    let mut shared = Arc::new(ds.clone());
    let mut history = History::new();
    let rel = ds.relations.iter().find(|r| !r.series.is_empty()).unwrap();
    let edit = Edit::SetPeriod {
        relation: RelationKey::of(rel),
        from: rel.series[0].period.from,
        score: -0.5,
        evidence: Some("a reason".to_owned()),
        source: rel.series[0].source.clone(),
    };
    assert_eq!(history.apply(&mut shared, edit), Ok(true), "edit applies");
    (Arc::unwrap_or_clone(shared), history)
}

#[test]
fn copy_bundled_into_copies_bytes_and_refuses_to_overwrite() {
    let (dir, _, ds) = bundled_folder();
    assert_eq!(
        ds,
        crate::save_common::version_a(),
        "the copy loads as the bundled data"
    );
    for kind in FileKind::ALL {
        assert_eq!(
            read(dir.path(), kind.file_name()),
            kind.bundled_bytes(),
            "{kind:?} copied byte for byte"
        );
    }
    match copy_bundled_into(dir.path()) {
        Err(SaveError::AlreadyExists { file }) => {
            assert_eq!(file, dir.path().join("sources.json"), "names the file");
        }
        other => panic!("a second copy must be refused, got {other:?}"),
    }
}

#[test]
fn only_changed_files_are_written_with_a_backup() {
    let (dir, mut folder, ds) = bundled_folder();
    let report = folder.save_all(&ds).unwrap();
    // The bundled files are hand-formatted: an unedited save of all files
    // rewrites them in the stable layout, keeping each old one as backup.
    assert_eq!(report.written.len(), 7, "all reformatted once: {report:?}");
    let again = folder.save_all(&ds).unwrap();
    assert!(again.written.is_empty(), "nothing changed: {again:?}");
    assert_eq!(again.unchanged.len(), 7, "all unchanged");

    let (dir2, mut folder2, ds2) = bundled_folder();
    let (new, history) = edited(&ds2);
    let files = history.files_to_save();
    assert_eq!(
        files,
        BTreeSet::from([FileKind::Relations]),
        "the edit touches relations.json"
    );
    let report = folder2.save(&new, &files).unwrap();
    assert_eq!(report.written, [FileKind::Relations], "only relations.json");
    for kind in FileKind::ALL {
        let bytes = read(dir2.path(), kind.file_name());
        if kind == FileKind::Relations {
            assert_eq!(bytes, file_bytes(&new, kind), "new relations.json");
            assert_eq!(
                read(dir2.path(), "relations.json.bak"),
                kind.bundled_bytes(),
                "the backup is the previous version"
            );
        } else {
            assert_eq!(bytes, kind.bundled_bytes(), "{kind:?} untouched");
        }
    }
    let names = names(dir2.path());
    assert_eq!(names.len(), 8, "seven files and one backup: {names:?}");
    let reloaded = load_dir(dir2.path());
    assert!(reloaded.problems.is_empty(), "{:?}", reloaded.problems);
    assert_eq!(reloaded.dataset, new, "reload shows the edit");
    drop(dir);
}

#[test]
fn a_file_changed_on_disk_is_a_conflict_and_nothing_is_written() {
    let (dir, mut folder, ds) = bundled_folder();
    let (new, history) = edited(&ds);
    // Someone else edits relations.json (an editor replaces the file).
    let theirs = b"{\"format\": 1, \"relations\": []}\n".to_vec();
    std::fs::write(dir.path().join("relations.json"), &theirs).unwrap();
    assert_eq!(
        folder.changed_on_disk(),
        [FileKind::Relations],
        "the change is seen"
    );
    let err = folder.save(&new, &history.files_to_save()).unwrap_err();
    match &err {
        SaveError::Conflict { files } => {
            assert_eq!(files, &[dir.path().join("relations.json")], "names it");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains("relations.json changed on disk since it was loaded")
            && message.contains("nothing was saved"),
        "plain message: {message}"
    );
    assert_eq!(
        read(dir.path(), "relations.json"),
        theirs,
        "their change is kept"
    );
    assert!(
        !dir.path().join("relations.json.bak").exists(),
        "nothing written, not even a backup"
    );
    // Saving all files is refused as a whole: the other files are not
    // written either.
    let err = folder.save_all(&new).unwrap_err();
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(
        read(dir.path(), "sources.json"),
        FileKind::Sources.bundled_bytes(),
        "other files untouched"
    );

    // Reload, and the save goes through.
    let (mut reopened, loaded) = DataFolder::open(dir.path()).unwrap();
    assert!(loaded.dataset.relations.is_empty(), "their version loads");
    assert!(reopened.changed_on_disk().is_empty(), "in step again");
    reopened
        .save(&new, &BTreeSet::from([FileKind::Relations]))
        .unwrap();
    assert_eq!(
        read(dir.path(), "relations.json.bak"),
        theirs,
        "their version is the backup"
    );
}

#[test]
fn a_file_created_or_deleted_since_loading_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    // A folder with only relations.json: the rest comes from the bundled set.
    std::fs::write(
        dir.path().join("relations.json"),
        FileKind::Relations.bundled_bytes(),
    )
    .unwrap();
    let (mut folder, loaded) = DataFolder::open(dir.path()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let mut ds = loaded.dataset;
    ds.sources.values_mut().next().unwrap().note = Some("changed".to_owned());
    std::fs::write(dir.path().join("sources.json"), b"{}").unwrap();
    let err = folder.save_all(&ds).unwrap_err();
    assert!(
        matches!(&err, SaveError::Conflict { files } if files == &[dir.path().join("sources.json")]),
        "created elsewhere: {err:?}"
    );
    std::fs::remove_file(dir.path().join("sources.json")).unwrap();
    std::fs::remove_file(dir.path().join("relations.json")).unwrap();
    let err = folder.save_all(&ds).unwrap_err();
    assert!(
        matches!(&err, SaveError::Conflict { files } if files == &[dir.path().join("relations.json")]),
        "deleted elsewhere: {err:?}"
    );
}

#[test]
fn a_file_with_problems_is_not_overwritten_unless_accepted() {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled_into(dir.path()).unwrap();
    let text = String::from_utf8(FileKind::Relations.bundled_bytes().to_vec()).unwrap();
    let broken = text.replacen("\"score\": 0.3", "\"score\": 7", 1);
    assert_ne!(broken, text, "the fixture has a score to break");
    std::fs::write(dir.path().join("relations.json"), &broken).unwrap();
    let (mut folder, loaded) = DataFolder::open(dir.path()).unwrap();
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    assert_eq!(
        folder.files_with_problems().get(&FileKind::Relations),
        Some(&1),
        "remembered"
    );
    let (new, history) = edited(&loaded.dataset);
    let err = folder.save(&new, &history.files_to_save()).unwrap_err();
    assert!(
        matches!(&err, SaveError::HadProblems { problems: 1, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("would leave out the records"),
        "says why: {err}"
    );
    assert_eq!(
        read(dir.path(), "relations.json"),
        broken.as_bytes(),
        "untouched"
    );
    folder.accept_problems(FileKind::Relations);
    folder.save(&new, &history.files_to_save()).unwrap();
    assert_eq!(
        read(dir.path(), "relations.json.bak"),
        broken.as_bytes(),
        "the file as it was is the backup"
    );
}

#[test]
fn save_as_writes_a_new_folder_and_refuses_one_with_data() {
    let ds = crate::save_common::version_b();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new-folder");
    let mut folder = DataFolder::create(&target, &ds).unwrap();
    assert_eq!(folder.dir(), target, "saves there from now on");
    let loaded = load_dir(&target);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.dataset, ds, "everything written");
    assert!(folder.save_all(&ds).unwrap().written.is_empty(), "in step");
    let err = DataFolder::create(&target, &ds).unwrap_err();
    assert!(matches!(err, SaveError::AlreadyExists { .. }), "{err:?}");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    assert!(
        matches!(DataFolder::open(&file), Err(SaveError::NotAFolder { .. })),
        "a file is not a folder"
    );
}

#[test]
fn stale_temporary_files_are_removed_and_fresh_ones_kept() {
    let (dir, mut folder, ds) = bundled_folder();
    let stale = dir.path().join(".relations.json.abc123.tmp");
    let fresh = dir.path().join(".places.json.bak.def456.tmp");
    let other = dir.path().join(".notes.txt.tmp");
    for p in [&stale, &fresh, &other] {
        std::fs::write(p, b"partial").unwrap();
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let (new, history) = edited(&ds);
    folder.save(&new, &history.files_to_save()).unwrap();
    assert!(!stale.exists(), "an old left-over is removed");
    assert!(fresh.exists(), "a recent one may belong to a running save");
    assert!(other.exists(), "not ours: left alone");
    for name in names(dir.path()) {
        assert!(
            !is_temporary_name(&name) || name.starts_with(".places"),
            "no new temporaries left: {name}"
        );
    }
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let (dir, mut folder, ds) = bundled_folder();
    let path = dir.path().join("relations.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (new, history) = edited(&ds);
    folder.save(&new, &history.files_to_save()).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode, 0o640,
        "the saved file keeps the old file's permissions"
    );
    let backup = std::fs::metadata(dir.path().join("relations.json.bak"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(backup, 0o640, "the backup too");
    let (dir, mut folder, _) = bundled_folder();
    folder.save_all(&crate::save_common::version_b()).unwrap();
    for name in names(dir.path()) {
        let mode = std::fs::metadata(dir.path().join(&name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o644, "{name}: the usual permissions, not private");
    }
}
