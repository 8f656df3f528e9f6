//! Unsaved edits kept for recovery by the window (issue 22, point 12), and
//! the window's files as other tools leave them (point 4: saving into a new
//! folder writes no backups of files it never had; point 6: a view or tour
//! that never ends is refused).
//!
//! The session writes the recovery file from its poll while there are
//! unsaved edits, and removes it when they are saved, undone or dropped; a
//! file left by an earlier session is offered, not overwritten, until the
//! user answers. A child process (this test binary, run again) makes an
//! edit in a headless window and is killed with SIGKILL; a new window on
//! the same settings offers the edit back and restores it as unsaved.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::app::{AppOptions, HeartlandApp, SaveOutcome, Session};
use heartland::command::{Command, FileCommand};
use heartland::data::recovery::Recovery;
use heartland::data::save::{BACKUP_SUFFIX, copy_bundled_into};
use heartland::data::{DataSource, FileKind, load_bundled, load_dir};
use heartland::edit::{Edit, RelationKey};
use heartland::model::Dataset;

/// One score changed (relations.json only), to `score`.
fn score_edit(ds: &Dataset, score: f64) -> Edit {
    let rel = ds.relations.iter().find(|r| !r.series.is_empty()).unwrap();
    Edit::SetPeriod {
        relation: RelationKey::of(rel),
        from: rel.series[0].period.from,
        score,
        evidence: Some("a reason".to_owned()),
        source: rel.series[0].source.clone(),
    }
}

/// The score [`score_edit`] changes, in `ds`.
fn edited_score(ds: &Dataset) -> f64 {
    ds.relations
        .iter()
        .find(|r| !r.series.is_empty())
        .unwrap()
        .series[0]
        .score
        .value()
}

/// The score [`score_edit`] changes is `expected` in `ds`.
fn assert_score(ds: &Dataset, expected: f64) {
    let score = edited_score(ds);
    assert!((score - expected).abs() < 1e-9, "{score} is not {expected}");
}

/// A session on a folder made from the bundled files, keeping unsaved
/// edits in `recovery` (written at most every `interval`).
fn session_on(dir: &Path, recovery: &Path, interval: Duration) -> Session {
    let mut session = Session::open(dir.to_path_buf(), Arc::new(|| {}));
    let found = session
        .set_recovery_file(Some(recovery.to_path_buf()), interval)
        .unwrap();
    assert!(found.is_none(), "no recovery file yet");
    session
}

#[test]
fn the_recovery_file_follows_unsaved_edits_and_goes_when_saved_undone_or_dropped() {
    let data = tempfile::tempdir().unwrap();
    copy_bundled_into(data.path()).unwrap();
    let settings = tempfile::tempdir().unwrap();
    let path = settings
        .path()
        .join("nested")
        .join("heartland-recovery.json");
    let mut session = session_on(data.path(), &path, Duration::ZERO);

    let _ = session.poll();
    assert!(!path.exists(), "nothing unsaved, nothing written");
    let edit = score_edit(session.dataset(), -0.5);
    let _ = session.apply_edits(vec![edit]);
    assert_eq!(session.recovery_due_in(), Some(Duration::ZERO));
    let _ = session.poll();
    let kept = Recovery::read(&path).unwrap().expect("written on the poll");
    assert_eq!(kept.folder.as_deref(), Some(data.path()));
    assert_eq!(
        kept.files.keys().copied().collect::<Vec<_>>(),
        vec![FileKind::Relations]
    );
    assert_score(&kept.restore().dataset, -0.5);
    assert_eq!(session.recovery_due_in(), None, "written: nothing due");

    // Saved: gone.
    assert_eq!(session.save(), SaveOutcome::Saved);
    assert!(!path.exists(), "removed on save");
    let _ = session.poll();
    assert!(!path.exists(), "nothing unsaved, nothing written");

    // Undone back to the saved data: gone.
    let edit = score_edit(session.dataset(), 0.25);
    let _ = session.apply_edits(vec![edit]);
    let _ = session.poll();
    assert!(path.exists());
    let _ = session.undo();
    let _ = session.poll();
    assert!(!path.exists(), "removed when nothing is unsaved");

    // Dropped by opening other data: gone.
    let _ = session.redo();
    let _ = session.poll();
    assert!(path.exists());
    let _ = session.use_bundled();
    assert!(!path.exists(), "removed with the edits dropped");

    // Closing without saving: gone, and not written again.
    let edit = score_edit(session.dataset(), 0.75);
    let _ = session.apply_edits(vec![edit]);
    let _ = session.poll();
    let kept = Recovery::read(&path).unwrap().expect("written");
    assert_eq!(kept.folder, None, "the bundled data");
    session.discard_recovery(true);
    assert!(!path.exists());
    let _ = session.poll();
    assert!(!path.exists(), "no longer kept");
}

#[test]
fn the_recovery_file_is_written_at_most_every_interval() {
    let data = tempfile::tempdir().unwrap();
    copy_bundled_into(data.path()).unwrap();
    let settings = tempfile::tempdir().unwrap();
    let path = settings.path().join("heartland-recovery.json");
    let mut session = session_on(data.path(), &path, Duration::from_secs(3600));
    let edit = score_edit(session.dataset(), -0.5);
    let _ = session.apply_edits(vec![edit]);
    let _ = session.poll();
    let first = std::fs::read(&path).unwrap();
    let edit = score_edit(session.dataset(), 0.5);
    let _ = session.apply_edits(vec![edit]);
    let due = session.recovery_due_in().expect("a write is due later");
    assert!(due > Duration::from_secs(3000), "{due:?}");
    let _ = session.poll();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        first,
        "not before the interval"
    );
}

#[test]
fn a_recovery_file_found_at_the_start_waits_for_the_answer_then_restores_as_unsaved() {
    let data = tempfile::tempdir().unwrap();
    copy_bundled_into(data.path()).unwrap();
    let settings = tempfile::tempdir().unwrap();
    let path = settings.path().join("heartland-recovery.json");
    {
        let mut crashed = session_on(data.path(), &path, Duration::ZERO);
        let edit = score_edit(crashed.dataset(), -0.5);
        let _ = crashed.apply_edits(vec![edit]);
        let _ = crashed.poll();
        // Dropped without saving or discarding: as after a crash.
        drop(crashed);
    }
    let bytes = std::fs::read(&path).unwrap();

    // The next start is on the bundled data; the file is found and kept.
    let mut session = Session::new(load_bundled(), DataSource::Bundled);
    let found = session
        .set_recovery_file(Some(path.clone()), Duration::ZERO)
        .unwrap()
        .expect("found");
    let summary = session.recovery_summary(&found);
    assert_eq!(summary.len(), 1);
    assert_eq!(
        summary[0].to_string(),
        "relations.json: 0 added, 1 changed, 0 removed"
    );
    let _ = session.poll();
    let edit = score_edit(session.dataset(), 0.9);
    let _ = session.apply_edits(vec![edit]);
    let _ = session.poll();
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "not written over");

    let changed = session.restore_recovery(&found);
    assert!(changed.replaced && changed.data, "{changed:?}");
    assert_eq!(
        session.source(),
        &DataSource::Folder(data.path().to_path_buf())
    );
    assert!(session.is_dirty(), "restored as unsaved");
    assert_score(session.dataset(), -0.5);
    assert_eq!(session.save(), SaveOutcome::Saved);
    assert!(!path.exists(), "removed once saved");
    assert_score(&load_dir(data.path()).dataset, -0.5);
}

#[test]
fn discarding_the_offer_removes_the_file() {
    let settings = tempfile::tempdir().unwrap();
    let path = settings.path().join("heartland-recovery.json");
    let mut crashed = Session::new(load_bundled(), DataSource::Bundled);
    let _ = crashed
        .set_recovery_file(Some(path.clone()), Duration::ZERO)
        .unwrap();
    let edit = score_edit(crashed.dataset(), -0.5);
    let _ = crashed.apply_edits(vec![edit]);
    let _ = crashed.poll();
    drop(crashed);

    let mut session = Session::new(load_bundled(), DataSource::Bundled);
    assert!(
        session
            .set_recovery_file(Some(path.clone()), Duration::ZERO)
            .unwrap()
            .is_some()
    );
    session.discard_recovery(false);
    assert!(!path.exists());
    assert!(!session.is_dirty());
}

#[test]
fn an_unreadable_recovery_file_is_said_and_not_offered() {
    let settings = tempfile::tempdir().unwrap();
    let path = settings.path().join("heartland-recovery.json");
    std::fs::write(&path, b"{\"format\": 99, \"files\": {}}").unwrap();
    let mut session = Session::new(load_bundled(), DataSource::Bundled);
    let err = session
        .set_recovery_file(Some(path.clone()), Duration::ZERO)
        .unwrap_err();
    assert!(err.contains("newer Heartland"), "{err}");
}

// ---- the window, killed and started again ----

/// Set in the child: the folder of the user's settings.
const CHILD_SETTINGS: &str = "HEARTLAND_RECOVERY_KILL_SETTINGS";
/// Set in the child: the data folder.
const CHILD_DATA: &str = "HEARTLAND_RECOVERY_KILL_DATA";
const EDITED_SCORE: f64 = -0.625;

/// A headless window on `data` keeping unsaved edits in `settings`.
fn window(data: &Path, settings: &Path) -> Harness<'static, HeartlandApp> {
    let data = data.to_path_buf();
    let mut harness = crate::common::harness_builder().build_eframe(move |cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                data_dir: Some(data),
                fresh: true,
                intro: false,
                open: None,
                lang: None,
            },
        )
    });
    harness
        .state_mut()
        .set_recovery_file(Some(settings.join("heartland-recovery.json")));
    harness.run_steps(2);
    harness
}

/// The child: edit in the window, let the recovery file be written, say so
/// and wait to be killed.
fn edit_and_wait(data: &Path, settings: &Path) {
    let mut harness = window(data, settings);
    let edit = score_edit(harness.state().session().dataset(), EDITED_SCORE);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Edit(vec![edit]));
    harness.run_steps(2);
    assert!(harness.state().session().is_dirty(), "the edit is unsaved");
    assert!(
        settings.join("heartland-recovery.json").exists(),
        "the recovery file is written"
    );
    println!("@edited");
    loop {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn a_window_killed_with_unsaved_edits_offers_them_back_and_restores_them() {
    use std::io::BufRead as _;
    if let (Some(settings), Some(data)) = (
        std::env::var_os(CHILD_SETTINGS),
        std::env::var_os(CHILD_DATA),
    ) {
        edit_and_wait(Path::new(&data), Path::new(&settings));
        return;
    }
    let data = tempfile::tempdir().unwrap();
    copy_bundled_into(data.path()).unwrap();
    let settings = tempfile::tempdir().unwrap();
    let before = std::fs::read(data.path().join("relations.json")).unwrap();

    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "recovery_window::a_window_killed_with_unsaved_edits_offers_them_back_and_restores_them",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_SETTINGS, settings.path())
        .env(CHILD_DATA, data.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in stdout.lines() {
            let Ok(line) = line else { break };
            if line.trim_end().ends_with("@edited") {
                let _ = tx.send(());
            }
        }
    });
    let edited = rx.recv_timeout(Duration::from_secs(120));
    // SIGKILL: no destructor, no save, no goodbye.
    child.kill().unwrap();
    let _ = child.wait();
    edited.expect("the child made its edit");
    assert_eq!(
        std::fs::read(data.path().join("relations.json")).unwrap(),
        before,
        "nothing was saved"
    );

    let mut harness = window(data.path(), settings.path());
    let offer = harness
        .state()
        .recovery_offer()
        .expect("the edits are offered");
    assert_eq!(
        offer.lines(),
        ["relations.json: 0 added, 1 changed, 0 removed".to_owned()]
    );
    harness.get_by_label("Restore unsaved edits?");
    harness.get_by_label("• relations.json: 0 added, 1 changed, 0 removed");
    harness.get_by_label("Restore").click();
    harness.run_steps(2);
    let app = harness.state();
    assert!(app.recovery_offer().is_none());
    assert!(app.session().is_dirty(), "restored as unsaved edits");
    assert_score(app.session().dataset(), EDITED_SCORE);
    assert_eq!(
        app.session().source(),
        &DataSource::Folder(data.path().to_path_buf())
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Save);
    harness.run_steps(1);
    assert!(
        !harness.state().session().is_dirty(),
        "{:?}",
        harness.state().session().status()
    );
    assert_score(&load_dir(data.path()).dataset, EDITED_SCORE);
    assert!(!settings.path().join("heartland-recovery.json").exists());
}

#[test]
fn discard_in_the_window_drops_the_offer_and_the_file() {
    let data = tempfile::tempdir().unwrap();
    copy_bundled_into(data.path()).unwrap();
    let settings = tempfile::tempdir().unwrap();
    let path = settings.path().join("heartland-recovery.json");
    let mut session = session_on(data.path(), &path, Duration::ZERO);
    let edit = score_edit(session.dataset(), -0.5);
    let _ = session.apply_edits(vec![edit]);
    let _ = session.poll();
    drop(session);

    let mut harness = window(data.path(), settings.path());
    assert!(harness.state().recovery_offer().is_some());
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert!(harness.state().recovery_offer().is_none());
    assert!(!harness.state().session().is_dirty());
    assert!(!path.exists());
}

// ---- point 4: saving into a new folder ----

#[test]
fn saving_the_bundled_data_into_a_new_folder_writes_only_the_changed_files_and_no_backups() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("new");
    let mut session = Session::new(load_bundled(), DataSource::Bundled);
    let edit = score_edit(session.dataset(), -0.5);
    let _ = session.apply_edits(vec![edit]);
    assert_eq!(session.save_into(dir.clone()), SaveOutcome::Saved);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") || n.ends_with(".csv") || n.contains(BACKUP_SUFFIX))
        .collect();
    names.sort();
    assert_eq!(names, vec!["relations.json".to_owned()]);
    let loaded = load_dir(&dir);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_score(&loaded.dataset, -0.5);
    assert!(!session.is_dirty());

    // A folder that already holds data is not a new folder: refused, as it was.
    let taken = parent.path().join("taken");
    copy_bundled_into(&taken).unwrap();
    let countries = std::fs::read(taken.join("countries.json")).unwrap();
    let mut other = Session::new(load_bundled(), DataSource::Bundled);
    let edit = score_edit(other.dataset(), 0.5);
    let _ = other.apply_edits(vec![edit]);
    assert_eq!(other.save_into(taken.clone()), SaveOutcome::Failed);
    assert!(other.is_dirty(), "nothing lost");
    assert_eq!(
        std::fs::read(taken.join("countries.json")).unwrap(),
        countries
    );
}

// ---- point 6 and 10: views and tours read as the command line reads them ----

/// A window on the bundled data, with `path` dropped on it.
fn drop_on_window(path: &Path) -> Harness<'static, HeartlandApp> {
    let mut harness = crate::common::app_harness();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::File(FileCommand::OpenPath(PathBuf::from(path))),
    );
    harness.run_steps(2);
    harness
}

/// An endless device given as a view or tour (here through a link) is
/// refused at once, before any of it is read, saying what it is.
#[cfg(unix)]
#[test]
fn an_endless_view_or_tour_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["zero.view.json", "zero.tour.json"] {
        let link = dir.path().join(name);
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let harness = drop_on_window(&link);
        let notice = harness.state().notice().unwrap_or_default().to_owned();
        assert!(notice.contains(name), "{notice}");
        assert!(notice.contains("is a device"), "{notice}");
        assert!(harness.state().player().is_none());
    }
}

#[test]
fn a_view_with_two_byte_order_marks_opens() {
    let dir = tempfile::tempdir().unwrap();
    let view = dir.path().join("boms.view.json");
    let mut bytes = b"\xEF\xBB\xBF\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(br#"{"format": 1, "preset": "caspian", "year": 2015}"#);
    std::fs::write(&view, bytes).unwrap();
    let harness = drop_on_window(&view);
    assert_eq!(harness.state().notice(), None);
    assert_eq!(harness.state().state().year, 2015);
}
