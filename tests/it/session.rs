//! The data in use apart from the window (`app::Session`), without the UI
//! harness: saving into a folder, the bundled data asking for a new folder
//! (`SaveOutcome::NeedsFolder`), edits with undo and redo, a file changed
//! on disk (a conflict, nothing written), reading the folder again, an
//! import merged as one undo step, and the year kept to the data's years.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use heartland::app::{Changed, HeartlandApp, SaveOutcome, Session};
use heartland::data::save::{DataFolder, copy_bundled_into};
use heartland::data::{DataSource, Loaded, load_bundled, load_dir};
use heartland::edit::{Edit, RelationKey, Target};
use heartland::geometry::bundled_geo_or_problem;
use heartland::model::Dataset;
use heartland::state::State;

/// A session on the bundled data.
fn bundled() -> Session {
    Session::new(load_bundled(), DataSource::Bundled)
}

/// A session on a folder started from the bundled files, and the folder.
fn on_folder() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled_into(dir.path()).unwrap();
    let session = Session::open(dir.path().to_path_buf(), Arc::new(|| {}));
    assert!(session.problems().is_empty(), "{:?}", session.problems());
    assert!(session.folder().is_some(), "the folder is saved into");
    (dir, session)
}

/// One score changed (relations.json only).
fn score_edit(ds: &Dataset) -> Edit {
    let rel = ds.relations.iter().find(|r| !r.series.is_empty()).unwrap();
    Edit::SetPeriod {
        relation: RelationKey::of(rel),
        from: rel.series[0].period.from,
        score: -0.5,
        evidence: Some("a reason".to_owned()),
        source: rel.series[0].source.clone(),
    }
}

/// Poll until `done` holds (background work), adding up what changed.
fn poll_until(session: &mut Session, done: impl Fn(&Session) -> bool) -> Changed {
    let start = Instant::now();
    let mut changed = Changed::default();
    while !done(session) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "background work did not finish"
        );
        std::thread::sleep(Duration::from_millis(5));
        changed = changed.and(session.poll());
    }
    changed
}

#[test]
fn edits_undo_and_redo_change_the_data_and_say_so() {
    let mut session = bundled();
    let before = session.dataset().clone();
    let generation = session.generation();
    let changed = session.apply_edits(vec![score_edit(&before)]);
    assert!(changed.data && !changed.replaced, "{changed:?}");
    assert!(session.generation() > generation, "views recompute");
    assert!(session.is_dirty(), "an edit is unsaved");
    assert_ne!(*session.dataset(), before, "edited");
    let edited = session.dataset().clone();
    assert!(
        session.status().unwrap().starts_with("Done: "),
        "{:?}",
        session.status()
    );

    assert!(session.undo().data, "undone");
    assert_eq!(*session.dataset(), before, "back as it was");
    assert!(!session.is_dirty(), "back to the data as opened");
    assert!(session.status().unwrap().starts_with("Undone: "));
    assert!(session.redo().data, "redone");
    assert_eq!(*session.dataset(), edited, "edited again");
    assert!(session.status().unwrap().starts_with("Redone: "));
    assert!(session.redo() == Changed::default(), "nothing more to redo");

    // A refused edit changes nothing and says why.
    let Edit::SetPeriod {
        relation,
        from,
        evidence,
        source,
        ..
    } = score_edit(&edited)
    else {
        unreachable!("a score edit")
    };
    let refused = session.apply_edits(vec![Edit::SetPeriod {
        relation,
        from,
        score: 7.0,
        evidence,
        source,
    }]);
    assert_eq!(refused, Changed::default(), "nothing changed");
    assert_eq!(*session.dataset(), edited, "the data is as before");
    assert!(
        session.status().unwrap().starts_with("Not done: "),
        "{:?}",
        session.status()
    );
}

#[test]
fn the_bundled_data_needs_a_folder_and_is_saved_into_a_new_one() {
    let mut session = bundled();
    let edit = score_edit(session.dataset());
    let _ = session.apply_edits(vec![edit]);
    assert_eq!(
        session.save(),
        SaveOutcome::NeedsFolder,
        "asks for a folder"
    );
    assert!(session.is_dirty(), "nothing saved, nothing lost");
    assert_eq!(session.source(), &DataSource::Bundled);

    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("mine");
    assert_eq!(session.save_into(new.clone()), SaveOutcome::Saved);
    assert!(!session.is_dirty(), "saved");
    assert_eq!(session.source(), &DataSource::Folder(new.clone()));
    assert_eq!(session.folder().map(DataFolder::dir), Some(new.as_path()));
    assert_eq!(
        session.status().as_deref(),
        Some(format!("Saved into {}.", new.display()).as_str())
    );
    let reread = load_dir(&new);
    assert!(reread.problems.is_empty(), "{:?}", reread.problems);
    assert_eq!(
        reread.dataset,
        *session.dataset(),
        "the folder has the edit"
    );

    // From now on a save writes into that folder, only the file changed.
    let edit = Edit::SetNote {
        target: Target::Relation(RelationKey::of(&session.dataset().relations[0])),
        note: Some("a second edit".to_owned()),
    };
    let _ = session.apply_edits(vec![edit]);
    assert_eq!(session.save(), SaveOutcome::Saved);
    assert_eq!(session.status().as_deref(), Some("Saved relations.json."));
    assert_eq!(load_dir(&new).dataset, *session.dataset());

    // A folder that already holds data is not saved over.
    assert_eq!(session.save_into(new.clone()), SaveOutcome::Failed);
    assert!(
        session.status().unwrap().starts_with("Not saved: "),
        "{:?}",
        session.status()
    );
}

#[test]
fn a_file_changed_on_disk_is_a_conflict_until_the_folder_is_read_again() {
    let (dir, mut session) = on_folder();
    let edit = score_edit(session.dataset());
    let _ = session.apply_edits(vec![edit]);
    // Someone else edits relations.json (an editor replaces the file).
    let theirs = b"{\"format\": 1, \"relations\": []}\n".to_vec();
    std::fs::write(dir.path().join("relations.json"), &theirs).unwrap();
    assert!(session.check_disk(), "the change is seen");
    let banner = session.conflict().unwrap().to_owned();
    assert!(
        banner.contains("relations.json changed on disk outside Heartland"),
        "{banner}"
    );

    assert_eq!(session.save(), SaveOutcome::Conflict, "refused");
    assert!(
        session.conflict().unwrap().contains("relations.json"),
        "{:?}",
        session.conflict()
    );
    assert_eq!(
        std::fs::read(dir.path().join("relations.json")).unwrap(),
        theirs,
        "their change is kept"
    );
    assert!(session.is_dirty(), "the edit is kept too");

    // Read again: their version, no edits, no banner.
    let changed = session.reload();
    assert!(session.conflict().is_none(), "the banner goes");
    assert!(session.is_loading(), "the folder is read in the background");
    let changed = changed.and(poll_until(&mut session, |s| !s.is_loading()));
    assert!(changed.replaced && changed.data, "{changed:?}");
    assert!(session.dataset().relations.is_empty(), "their version");
    assert!(!session.is_dirty(), "edits dropped with the data");
    assert_eq!(session.save(), SaveOutcome::Saved, "in step again");
}

#[test]
fn an_import_is_merged_as_one_undo_step_and_its_bad_rows_listed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("mine.csv");
    std::fs::write(
        &csv,
        "a,b,dimension,from,to,score,evidence,source\r\n\
         KAZ,AZE,economic,1993,1994,0.4,\"Trade, small\",\r\n\
         KAZ,AZE,economic,1995,1996,7,bad score,\r\n",
    )
    .unwrap();
    let mut session = bundled();
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    session.set_wake(Arc::new(move || {
        counter.fetch_add(1, Ordering::Relaxed);
    }));
    let before = session.dataset().clone();
    session.start_import(vec![csv.clone()]);
    assert!(session.is_importing(), "runs in the background");
    assert_eq!(session.status().as_deref(), Some("Importing…"));
    session.start_import(vec![csv]);
    assert_eq!(
        session.status().as_deref(),
        Some("An import is running; wait for it or cancel it."),
        "one at a time"
    );
    let changed = poll_until(&mut session, |s| !s.is_importing());
    assert!(wakes.load(Ordering::Relaxed) > 0, "the window is woken");
    assert!(
        changed.data && changed.problems && !changed.replaced,
        "{changed:?}"
    );
    let status = session.status().unwrap();
    assert!(
        status.contains("mine.csv: 1 record added, 1 problem listed."),
        "{status}"
    );
    assert!(session.is_dirty(), "an import counts as unsaved");
    let problem = session
        .problems()
        .iter()
        .find(|p| p.file.ends_with("mine.csv"))
        .expect("the bad row is listed");
    assert!(problem.to_string().contains("line 3"), "{problem}");
    assert_eq!(
        session.dataset().relations.len(),
        before.relations.len() + 1,
        "the valid row is merged"
    );

    assert!(session.undo().data);
    assert_eq!(*session.dataset(), before, "one undo step takes it back");
    assert_eq!(
        session.status().as_deref(),
        Some("Undone: import of mine.csv.")
    );
}

#[test]
fn the_year_is_kept_to_the_years_of_the_data() {
    let empty = Session::new(
        Loaded {
            dataset: Dataset::default(),
            problems: Vec::new(),
        },
        DataSource::Bundled,
    );
    assert_eq!(empty.year_range(), (1991, 2026), "data without dates");
    assert_eq!(empty.clamp_year(1900), 1991);
    assert_eq!(empty.clamp_year(2100), 2026);
    assert_eq!(empty.clamp_year(2000), 2000);

    let mut session = empty;
    let changed = session.replace(DataSource::Bundled, load_bundled());
    assert!(changed.replaced && changed.data, "{changed:?}");
    let (first, last) = session.dataset().year_range().unwrap();
    assert_eq!(session.year_range(), (first, last), "the data's years");
    assert_eq!(session.clamp_year(first - 50), first);
    assert_eq!(session.clamp_year(last + 50), last);

    // The window takes the session's clamp: a remembered year out of the
    // data's range opens at its end.
    let (geo, _) = bundled_geo_or_problem();
    let state = State {
        year: last + 50,
        ..State::default()
    };
    let app = HeartlandApp::with_parts(geo, load_bundled(), DataSource::Bundled, state);
    assert_eq!(app.state().year, last);
    assert_eq!(app.session().year_range(), (first, last));
}

#[test]
fn a_folder_that_cannot_be_read_is_a_problem_and_is_not_saved_into() {
    let mut session = bundled();
    let missing = Path::new("/nonexistent/heartland-data");
    session.open_folder(missing.to_path_buf());
    let changed = poll_until(&mut session, |s| !s.is_loading());
    // The folder is named in the problems, the bundled data is shown, and
    // nothing is saved into a folder that is not there.
    assert!(changed.replaced, "{changed:?}");
    assert!(
        session
            .problems()
            .iter()
            .any(|p| p.to_string().contains("heartland-data")),
        "{:?}",
        session.problems()
    );
    assert!(session.folder().is_none(), "no folder to save into");
    assert_eq!(session.save(), SaveOutcome::NeedsFolder);
}
