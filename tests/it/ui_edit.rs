//! Editing, saving and importing through the real UI (`egui_kittest`): a
//! relation's score changed in the inspector changes the arc, Ctrl+Z puts it
//! back, Save writes the folder and the folder loads back with the edit; the
//! bundled data asks for a new folder; a dropped CSV is imported.

#![allow(
    clippy::expect_used,
    reason = "UI tests and their helpers: a failed expectation is a failed test"
)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::common::{Dropped, SIZE};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use heartland::app::dialogs::{
    DialogAnswer, DialogKind, DialogRequest, Dialogs, ScriptedDialogs, SharedDialogs,
};
use heartland::app::{AppOptions, HeartlandApp};
use heartland::command::Command;
use heartland::data::save::copy_bundled_into;
use heartland::model::{CountryCode, Dimension};
use heartland::panels::inspector::period_text;
use heartland::state::Selection;

/// The app on a data folder (or the bundled data), fresh settings.
fn harness_on(dir: Option<&Path>) -> Harness<'static, HeartlandApp> {
    let data_dir = dir.map(Path::to_path_buf);
    let mut harness = Harness::builder().with_size(SIZE).build_eframe(move |cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                data_dir,
                fresh: true,
                intro: false,
                open: None,
                lang: None,
            },
        )
    });
    harness.run_steps(3);
    let layers = heartland::state::Layers {
        relations: true,
        ..harness.state().state().layers
    };
    apply(&mut harness, Command::SetLayers(layers));
    harness
}

/// A temporary folder holding a copy of the bundled data.
fn copied_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    copy_bundled_into(dir.path()).expect("the bundled files copied");
    dir
}

fn apply(harness: &mut Harness<'_, HeartlandApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run_steps(2);
}

/// The first relation shown this year: (a, b, dimension, score).
fn first_shown(harness: &Harness<'_, HeartlandApp>) -> (CountryCode, CountryCode, Dimension, f64) {
    let r = harness
        .state()
        .shown()
        .relations
        .first()
        .expect("relations are shown by default")
        .clone();
    (r.a, r.b, r.dimension, r.score.value())
}

/// The score shown this year for the relation `a`–`b` in `d`.
fn shown_score(
    harness: &Harness<'_, HeartlandApp>,
    a: CountryCode,
    b: CountryCode,
    d: Dimension,
) -> f64 {
    harness
        .state()
        .shown()
        .relations
        .iter()
        .find(|r| r.a == a && r.b == b && r.dimension == d)
        .expect("the relation is shown")
        .score
        .value()
}

/// Select the relation and open the form of the period in effect this year.
fn open_period_form(
    harness: &mut Harness<'_, HeartlandApp>,
    a: CountryCode,
    b: CountryCode,
    d: Dimension,
) {
    apply(
        harness,
        Command::Select(Selection {
            relation: Some((a, b, d)),
            ..Selection::default()
        }),
    );
    let app = harness.state();
    let shown = app
        .shown()
        .relations
        .iter()
        .find(|r| r.a == a && r.b == b && r.dimension == d)
        .expect("shown");
    let label = format!("Edit {}", period_text(&shown.period));
    harness.get_by_label(&label).scroll_to_me();
    harness.run();
    harness.get_by_label(&label).click();
    harness.run_steps(2);
}

/// Replace the text of the field labelled `label` with `text`.
fn retype(harness: &mut Harness<'_, HeartlandApp>, label: &str, text: &str) {
    let role = if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run_steps(2);
}

/// Something different from `score`, inside −1 … 1.
fn other_score(score: f64) -> f64 {
    if score > 0.0 { -0.55 } else { 0.55 }
}

#[test]
fn editing_a_score_changes_the_arc_undo_restores_it_and_save_writes_the_folder() {
    let dir = copied_folder();
    let mut harness = harness_on(Some(dir.path()));
    assert!(
        harness.state().session().problems().is_empty(),
        "{:?}",
        harness.state().session().problems()
    );
    let (a, b, d, before) = first_shown(&harness);
    let new = other_score(before);
    open_period_form(&mut harness, a, b, d);

    // A score out of range is refused inline, and Apply stays disabled.
    retype(&mut harness, "Score", "1.7");
    harness.get_by_label_contains("score 1.7 is outside the range -1 to 1");
    assert!(harness.get_by_label("Apply").accesskit_node().is_disabled());

    retype(&mut harness, "Score", &format!("{new}"));
    retype(&mut harness, "Evidence", "Changed for the test: a reason.");
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let after = shown_score(&harness, a, b, d);
    assert!(
        (after - new).abs() < 1e-9,
        "the arc shows the new score: {after}"
    );
    assert!(harness.state().session().is_dirty());
    // The save icon says so ("Save •", with a dot).
    harness.get_by_label("Save •");

    // Ctrl+Z restores the score; Ctrl+Shift+Z redoes it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert!((shown_score(&harness, a, b, d) - before).abs() < 1e-9);
    assert!(
        !harness.state().session().is_dirty(),
        "undone back to what was opened"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_steps(2);
    assert!((shown_score(&harness, a, b, d) - new).abs() < 1e-9);

    // Ctrl+S saves the relations file only.
    let sources_before = std::fs::read(dir.path().join("sources.json")).expect("sources");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(2);
    assert!(
        !harness.state().session().is_dirty(),
        "{:?}",
        harness.state().session().status()
    );
    assert!(
        dir.path().join("relations.json.bak").exists(),
        "the backup is kept"
    );
    assert_eq!(
        std::fs::read(dir.path().join("sources.json")).expect("sources"),
        sources_before,
        "unchanged files are not written"
    );
    // The app's own save does not raise the "changed on disk" banner.
    std::thread::sleep(std::time::Duration::from_millis(300));
    harness.run_steps(3);
    assert_eq!(harness.state().session().conflict(), None);

    // The folder loads back with the edit.
    let reloaded = harness_on(Some(dir.path()));
    assert!(
        reloaded.state().session().problems().is_empty(),
        "{:?}",
        reloaded.state().session().problems()
    );
    assert!((shown_score(&reloaded, a, b, d) - new).abs() < 1e-9);
}

#[test]
fn saving_edits_of_the_bundled_data_asks_for_a_new_folder_and_shows_it() {
    let parent = tempfile::tempdir().expect("a temp dir");
    let target: PathBuf = parent.path().join("my-data");
    let dialogs = SharedDialogs(Arc::new(Mutex::new(ScriptedDialogs::new([
        DialogAnswer::Chosen(vec![target.clone()]),
    ]))));
    let mut harness = harness_on(None);
    harness.state_mut().set_dialogs(Box::new(dialogs.clone()));
    let (a, b, d, before) = first_shown(&harness);
    let new = other_score(before);
    open_period_form(&mut harness, a, b, d);
    retype(&mut harness, "Score", &format!("{new}"));
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    harness.get_by_label("Save •").click();
    harness.run_steps(2);

    let asked = dialogs.0.lock().expect("dialogs").asked.clone();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(asked[0].kind, DialogKind::PickFolder);
    let app = harness.state();
    assert!(!app.session().is_dirty(), "{:?}", app.session().status());
    assert_eq!(
        app.session().source(),
        &heartland::data::DataSource::Folder(target.clone())
    );
    // Only the file whose records changed is written (issue 22, point 4);
    // the others load as the bundled ones, and no backup of a file the
    // folder never had is made.
    let mut names: Vec<String> = std::fs::read_dir(&target)
        .expect("the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| heartland::data::FileKind::from_file_name(n).is_some() || n.contains(".bak"))
        .collect();
    names.sort();
    assert_eq!(names, vec!["relations.json".to_owned()]);
    let reloaded = harness_on(Some(&target));
    assert!((shown_score(&reloaded, a, b, d) - new).abs() < 1e-9);
}

#[test]
fn without_dialogs_saving_the_bundled_data_asks_for_a_typed_folder() {
    let parent = tempfile::tempdir().expect("a temp dir");
    let target = parent.path().join("typed");
    let mut harness = harness_on(None);
    let (a, b, d, before) = first_shown(&harness);
    open_period_form(&mut harness, a, b, d);
    retype(&mut harness, "Score", &format!("{}", other_score(before)));
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    harness.get_by_label("Save •").click();
    harness.run_steps(2);
    assert!(harness.state().session().is_dirty(), "nothing saved yet");
    retype(
        &mut harness,
        "Save into a new folder:",
        &target.display().to_string(),
    );
    harness.get_by_label("Save here").click();
    harness.run_steps(2);
    assert!(
        !harness.state().session().is_dirty(),
        "{:?}",
        harness.state().session().status()
    );
    assert!(target.join("relations.json").exists());
}

#[test]
fn a_file_changed_on_disk_shows_the_banner_and_save_refuses_to_overwrite_it() {
    let dir = copied_folder();
    let mut harness = harness_on(Some(dir.path()));
    let (a, b, d, before) = first_shown(&harness);
    open_period_form(&mut harness, a, b, d);
    retype(&mut harness, "Score", &format!("{}", other_score(before)));
    harness.get_by_label("Apply").click();
    harness.run_steps(2);

    // Where the panels' controls are before the banner.
    let control = |harness: &Harness<'_, HeartlandApp>| {
        harness
            .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Countries")
            .rect()
    };
    let before_banner = control(&harness);

    // Someone else changes relations.json (an editor replaces the file).
    let path = dir.path().join("relations.json");
    let mut text = std::fs::read_to_string(&path).expect("relations");
    text.push('\n');
    std::fs::write(dir.path().join("relations.tmp"), &text).expect("write");
    std::fs::rename(dir.path().join("relations.tmp"), &path).expect("rename");
    let mut seen = false;
    for _ in 0..40 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.run_steps(1);
        if harness.state().session().conflict().is_some() {
            seen = true;
            break;
        }
    }
    assert!(seen, "the watch saw the change");
    harness.run_steps(2);
    harness.get_by_label("Reload");
    harness.get_by_label("Save as…");
    assert_eq!(
        control(&harness),
        before_banner,
        "the banner floats: the panels' controls stay where they were"
    );

    // Save refuses; the other change is still on disk.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(2);
    assert!(harness.state().session().is_dirty());
    assert_eq!(std::fs::read_to_string(&path).expect("relations"), text);
    assert!(
        harness
            .state()
            .session()
            .conflict()
            .is_some_and(|c| c.contains("relations.json")),
        "{:?}",
        harness.state().session().conflict()
    );

    // Reload shows what is on disk, without the edit.
    harness.get_by_label("Reload").click();
    for _ in 0..100 {
        harness.run_steps(1);
        if !harness.state().session().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.run_steps(2);
    assert!(!harness.state().session().is_dirty());
    assert_eq!(harness.state().session().conflict(), None);
    assert!((shown_score(&harness, a, b, d) - before).abs() < 1e-9);
}

#[test]
fn a_dropped_csv_is_imported_its_bad_row_listed_and_the_data_marked_unsaved() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let csv = dir.path().join("mine.csv");
    std::fs::write(
        &csv,
        "a,b,dimension,from,to,score,evidence,source\r\n\
         KAZ,AZE,economic,1993,1994,0.4,\"Trade, small\",\r\n\
         KAZ,AZE,economic,1995,1996,7,bad score,\r\n",
    )
    .expect("write");
    // A view file dropped with it is left to the views' own handler.
    std::fs::write(dir.path().join("class.view.json"), "{}").expect("write");
    let mut harness = harness_on(None);
    let before = harness.state().session().dataset().relations.len();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(csv.clone())));
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(dir.path().join("class.view.json"))));
    harness.run_steps(1);
    for _ in 0..200 {
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
    }
    harness.run_steps(2);
    let app = harness.state();
    assert!(app.session().is_dirty(), "{:?}", app.session().status());
    let found = app.session().dataset().relations.iter().any(|r| {
        r.dimension == Dimension::Economic
            && [r.a.as_str(), r.b.as_str()].contains(&"KAZ")
            && [r.a.as_str(), r.b.as_str()].contains(&"AZE")
            && r.series.iter().any(|p| p.period.from.year() == 1993)
    });
    assert!(
        found,
        "the valid row was merged ({before} relations before)"
    );
    let problem = app
        .session()
        .problems()
        .iter()
        .find(|p| p.file.ends_with("mine.csv"))
        .expect("the bad row is listed");
    assert!(problem.to_string().contains("line 3"), "{problem}");
    assert!(
        app.session()
            .problems()
            .iter()
            .all(|p| !p.file.ends_with(".view.json")),
        "views are not imported"
    );
    let imported = app.session().dataset().clone();
    // The import is one undo step: Undo takes it back, Redo brings it again.
    harness.get_by_label("Undo").click();
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(
        app.session().dataset().relations.len(),
        before,
        "{:?}",
        app.session().status()
    );
    assert_eq!(
        app.session().status().as_deref(),
        Some("Undone: import of mine.csv.")
    );
    assert!(!app.session().is_dirty(), "back to the data as opened");
    harness.get_by_label("Redo").click();
    harness.run_steps(2);
    assert_eq!(*harness.state().session().dataset(), imported, "redone");
    assert!(harness.state().session().is_dirty());
}

#[test]
fn the_import_button_asks_for_files_and_a_geojson_pipeline_is_added() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("pipeline.geojson");
    std::fs::write(
        &file,
        r#"{ "type": "FeatureCollection", "features": [
  { "type": "Feature",
    "geometry": { "type": "LineString", "coordinates": [[51.17, 43.65], [49.87, 40.41]] },
    "properties": { "name": "Test ferry line", "mode": "sea", "status": "proposed", "from": "2024" } },
  { "type": "Feature",
    "geometry": { "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    "properties": { "name": "Not a line", "mode": "rail", "status": "proposed", "from": "2024" } } ] }"#,
    )
    .expect("write");
    let dialogs = SharedDialogs(Arc::new(Mutex::new(ScriptedDialogs::new([
        DialogAnswer::Chosen(vec![file.clone()]),
    ]))));
    let mut harness = harness_on(None);
    harness.state_mut().set_dialogs(Box::new(dialogs.clone()));
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Import…").click();
    harness.run_steps(1);
    for _ in 0..200 {
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
    }
    harness.run_steps(2);
    let asked = dialogs.0.lock().expect("dialogs").asked.clone();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].kind, DialogKind::PickFiles);
    let app = harness.state();
    assert!(
        app.session()
            .dataset()
            .corridors
            .values()
            .any(|c| c.name == "Test ferry line"),
        "{:?}",
        app.session().status()
    );
    assert!(
        app.session()
            .problems()
            .iter()
            .any(|p| p.file.ends_with("pipeline.geojson") && p.location.contains("features[1]")),
        "{:?}",
        app.session().problems()
    );
    assert!(app.session().is_dirty(), "an import counts as unsaved");
    harness.get_by_label("Save •");
}

#[test]
fn without_dialogs_import_asks_for_typed_paths() {
    let mut harness = harness_on(None);
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Import…").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::TextInput, "Import files:");
}

/// The window's close button, as the system sends it.
fn request_close(harness: &mut Harness<'_, HeartlandApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_steps(2);
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut harness = harness_on(None);
    let (a, b, d, before) = first_shown(&harness);
    open_period_form(&mut harness, a, b, d);
    retype(&mut harness, "Score", &format!("{}", other_score(before)));
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    request_close(&mut harness);
    assert!(harness.state().is_asking_to_close());
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(!harness.state().is_asking_to_close());
    assert!(harness.state().session().is_dirty(), "nothing lost");

    request_close(&mut harness);
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert!(!harness.state().is_asking_to_close());
    // Closing again is not stopped: the user chose to discard.
    request_close(&mut harness);
    assert!(!harness.state().is_asking_to_close());
}

#[test]
fn a_country_gets_a_membership_and_a_note_from_the_inspector_and_undo_removes_them() {
    let mut harness = harness_on(None);
    let kaz = crate::common::code("KAZ");
    apply(&mut harness, Command::Select(Selection::country(kaz)));
    let members_before = |h: &Harness<'_, HeartlandApp>| {
        h.state()
            .session()
            .dataset()
            .organizations
            .values()
            .map(|o| o.memberships.iter().filter(|m| m.country == kaz).count())
            .sum::<usize>()
    };
    let before = members_before(&harness);

    harness.get_by_label("Note").click();
    harness.run_steps(2);
    retype(&mut harness, "Note", "A note typed in the app.");
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    let note = harness.state().session().dataset().countries[&kaz]
        .note
        .clone();
    assert_eq!(note.as_deref(), Some("A note typed in the app."));

    // A membership that overlaps one Kazakhstan already has is refused
    // inline; one in a free period is added.
    harness.get_by_label("Add a membership").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::ComboBox, "Organization")
        .click();
    harness.run_steps(2);
    let org = harness
        .state()
        .session()
        .dataset()
        .organizations
        .iter()
        .find(|(_, o)| {
            o.memberships
                .iter()
                .any(|m| m.country == kaz && m.period.to.is_none())
        })
        .map(|(_, o)| o.acronym.clone())
        .expect("an organization Kazakhstan is in");
    // The popup's item (drawn last; the layers panel has one too).
    harness
        .get_all_by_label(&org)
        .last()
        .expect("the organization in the popup")
        .click();
    harness.run_steps(2);
    retype(&mut harness, "From", "2020");
    harness.get_by_label_contains("overlaps");
    retype(&mut harness, "From", "1900");
    retype(&mut harness, "To", "1901");
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    assert_eq!(
        members_before(&harness),
        before + 1,
        "{:?}",
        harness.state().session().status()
    );

    harness.get_by_label("Undo").click();
    harness.run_steps(2);
    assert_eq!(members_before(&harness), before);
    harness.get_by_label("Undo").click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().session().dataset().countries[&kaz].note,
        None
    );
    assert!(!harness.state().session().is_dirty());
}

#[test]
fn a_long_import_shows_its_progress_and_cancel_adds_nothing() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let csv = dir.path().join("big.csv");
    let mut text = String::from("a,b,dimension,from,to,score,evidence,source\n");
    for i in 0..200_000 {
        let year = 1000 + i % 900;
        text.push_str(&format!(
            "KAZ,AZE,economic,{year},{},0.1,row {i} with some evidence text,\n",
            year + 1
        ));
    }
    std::fs::write(&csv, text).expect("write");
    let mut harness = harness_on(None);
    let before = harness.state().session().dataset().clone();
    apply(&mut harness, Command::Import(vec![csv]));
    assert!(
        harness.state().session().is_importing() || harness.state().session().status().is_some()
    );
    if harness.state().session().is_importing() {
        harness.get_by_role(Role::ProgressIndicator);
        harness.get_by_label("Cancel import").click();
        harness.run_steps(1);
    }
    for _ in 0..500 {
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
    }
    let app = harness.state();
    assert_eq!(
        app.session().status().as_deref(),
        Some("Import cancelled; nothing was added.")
    );
    assert_eq!(app.session().dataset(), &before, "nothing was added");
    assert!(!app.session().is_dirty());
}

#[test]
fn an_edit_made_while_importing_is_kept_and_the_import_merged_too() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let csv = dir.path().join("rows.csv");
    let mut text = String::from("a,b,dimension,from,to,score,evidence,source\n");
    for year in 1000..1900 {
        text.push_str(&format!("KAZ,AZE,energy,{year},{},0.2,row,\n", year + 1));
    }
    std::fs::write(&csv, text).expect("write");
    let mut harness = harness_on(None);
    let (a, b, d, before) = first_shown(&harness);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Import(vec![csv]));
    // Edit before the import's result is taken (same frame).
    let relation = harness
        .state()
        .session()
        .dataset()
        .relations
        .iter()
        .find(|r| r.a == a && r.b == b && r.dimension == d)
        .expect("the relation")
        .clone();
    let period = harness
        .state()
        .shown()
        .relations
        .iter()
        .find(|r| r.a == a && r.b == b && r.dimension == d)
        .expect("shown")
        .period;
    let edit = heartland::edit::Edit::SetPeriod {
        relation: heartland::edit::RelationKey::of(&relation),
        from: period.from,
        score: other_score(before),
        evidence: None,
        source: None,
    };
    harness.state_mut().apply(&ctx, Command::Edit(vec![edit]));
    for _ in 0..500 {
        harness.run_steps(1);
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(2);
    assert!(
        (shown_score(&harness, a, b, d) - other_score(before)).abs() < 1e-9,
        "the edit is kept"
    );
    let imported = harness
        .state()
        .session()
        .dataset()
        .relations
        .iter()
        .any(|r| {
            r.dimension == Dimension::Energy
                && r.series.iter().any(|p| p.period.from.year() == 1899)
        });
    assert!(imported, "{:?}", harness.state().session().status());
    assert!(harness.state().session().is_dirty());
}

/// Scripted answers that behave as a system dialog: asked on another
/// thread, the answer polled in a later frame.
struct Waiting(SharedDialogs);

impl Dialogs for Waiting {
    fn ask(&mut self, request: &DialogRequest) -> DialogAnswer {
        self.0.ask(request)
    }

    fn waits_for_user(&self) -> bool {
        true
    }
}

#[test]
fn closing_the_bundled_data_with_save_asks_for_a_folder_saves_and_closes() {
    closing_with_save(false);
}

#[test]
fn closing_with_save_waits_for_a_system_dialog_then_closes() {
    closing_with_save(true);
}

fn closing_with_save(system_dialog: bool) {
    let parent = tempfile::tempdir().expect("a temp dir");
    let target: PathBuf = parent.path().join("class-data");
    let dialogs = SharedDialogs(Arc::new(Mutex::new(ScriptedDialogs::new([
        DialogAnswer::Cancelled,
        DialogAnswer::Chosen(vec![target.clone()]),
    ]))));
    let mut harness = harness_on(None);
    if system_dialog {
        harness
            .state_mut()
            .set_dialogs(Box::new(Waiting(dialogs.clone())));
    } else {
        harness.state_mut().set_dialogs(Box::new(dialogs.clone()));
    }
    // Frames until the dialog thread's answer is taken.
    let settle = |harness: &mut Harness<'_, HeartlandApp>| {
        for _ in 0..100 {
            harness.run_steps(1);
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        harness.run_steps(2);
    };
    let (a, b, d, before) = first_shown(&harness);
    open_period_form(&mut harness, a, b, d);
    retype(&mut harness, "Score", &format!("{}", other_score(before)));
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    // Save, then cancel the folder question: the window stays, unsaved.
    request_close(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    assert!(!harness.state().is_closing(), "cancelled: the window stays");
    assert!(harness.state().session().is_dirty(), "nothing lost");
    // Save again, choose a folder: saved there, then the window closes.
    request_close(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    let app = harness.state();
    assert!(!app.session().is_dirty(), "{:?}", app.session().status());
    assert!(
        target.join("relations.json").exists(),
        "saved into the folder"
    );
    assert!(app.is_closing(), "closed once saved");
}
