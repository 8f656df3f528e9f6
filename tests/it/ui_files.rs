//! Files in and out of the window, through the File menu, the shortcuts and
//! dropped files, with scripted file dialogs: save a view and render it with
//! `heartland render` (the picture equals the window's PNG export); export
//! the data shown as CSV and read it back; open views (and refuse a broken
//! one, changing nothing).

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use crate::common::{Dropped, app_harness, differing_share};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};
use heartland::app::HeartlandApp;
use heartland::app::dialogs::{DialogAnswer, SharedDialogs};
use heartland::state::{Preset, View};

/// Script the next dialog answers and give the dialogs to the app.
#[allow(clippy::expect_used, reason = "a test helper")]
fn script(harness: &mut Harness<'_, HeartlandApp>, answers: &[&Path]) -> SharedDialogs {
    let dialogs = SharedDialogs::default();
    for path in answers {
        dialogs
            .0
            .lock()
            .expect("lock")
            .push(DialogAnswer::Chosen(vec![path.to_path_buf()]));
    }
    harness.state_mut().set_dialogs(Box::new(dialogs.clone()));
    dialogs
}

/// Open the File menu and click an entry.
fn file_menu_click(harness: &mut Harness<'_, HeartlandApp>, entry: &str) {
    harness.get_by_label("File").click();
    harness.run_steps(2);
    // An entry with a shortcut has it in its label ("Save view… Ctrl+Shift+S").
    harness
        .get(By::new().role(Role::Button).label_contains(entry))
        .click();
    harness.run_steps(3);
}

/// Step until a background export has finished (at most about a minute).
fn wait_for_export(harness: &mut Harness<'_, HeartlandApp>) {
    for _ in 0..600 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    harness.step();
}

#[test]
fn the_png_export_equals_what_heartland_render_draws_for_the_saved_view() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let view_path = dir.path().join("lesson.view.json");
    let png_path = dir.path().join("window.png");
    let cli_path = dir.path().join("cli.png");

    let mut harness = app_harness();
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    for label in ["Memberships", "Corridors"] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run_steps(1);
    }
    script(&mut harness, &[&view_path, &png_path]);
    file_menu_click(&mut harness, "Save view…");
    assert!(view_path.exists(), "{:?}", harness.state().notice());
    assert_eq!(harness.state().recent().views.first(), Some(&view_path));
    file_menu_click(&mut harness, "Export figure 1920×1080…");
    wait_for_export(&mut harness);
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("1920×1080"), "{notice}");

    // The saved view reads back as the state shown.
    let bytes = std::fs::read(&view_path).expect("the view was written");
    let view = View::from_json(&bytes, "lesson.view.json").expect("the view loads");
    let mut expected = harness.state().state().to_view();
    // serde_json reads a float back within one unit in the last place
    // (without its `float_roundtrip` feature): the camera is compared
    // within 1e-9.
    let (saved_camera, window_camera) = (view.camera, expected.camera);
    let mut saved = view.clone();
    saved.camera = None;
    expected.camera = None;
    assert_eq!(saved, expected, "the saved view is the window's");
    let (a, b) = (
        saved_camera.expect("a camera"),
        window_camera.expect("a camera"),
    );
    assert!(
        (a.center[0] - b.center[0]).abs() < 1e-9
            && (a.center[1] - b.center[1]).abs() < 1e-9
            && (a.zoom / b.zoom - 1.0).abs() < 1e-9,
        "{a:?} {b:?}"
    );

    let status = Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(["render", "--view"])
        .arg(&view_path)
        .arg("--out")
        .arg(&cli_path)
        .args(["--size", "1920x1080"])
        .status()
        .expect("heartland runs");
    assert!(status.success(), "heartland render succeeds");
    let window = image::open(&png_path)
        .expect("the export is a PNG")
        .to_rgba8();
    let cli = image::open(&cli_path)
        .expect("the CLI wrote a PNG")
        .to_rgba8();
    assert_eq!(window.dimensions(), (1920, 1080), "the size asked for");
    // The window exports what it shows: the figure `heartland render`
    // draws, its map framing the window's map extent whole.
    let map = harness.state().map_rect().expect("a map");
    let state = harness.state().state().clone();
    let (geo, _) = heartland::geometry::bundled_geo_or_problem();
    let (framed, _) = heartland::render::Renderer::new(geo)
        .render_figure(
            harness.state().session().dataset(),
            &state,
            [1920, 1080],
            heartland::render::export_scale([1920, 1080]),
            None,
            heartland::render::Framing::Window {
                map_size: [map.width(), map.height()],
            },
        )
        .expect("renders");
    if std::env::var_os("PARITY_SAVE").is_some() {
        let _ = window.save(std::env::temp_dir().join("window_export.png"));
    }
    let share = differing_share(&window, &framed, 48);
    assert!(share < 0.02, "{:.3} % of the pixels differ", share * 100.0);
    // The saved view renders as the same figure around its map: the same
    // title, legend and foot (the map keeps the view's camera).
    let top = |img: &image::RgbaImage| image::imageops::crop_imm(img, 0, 0, 1920, 40).to_image();
    let share = differing_share(&top(&window), &top(&cli), 48);
    assert!(
        share < 0.02,
        "the titles differ in {:.3} % of the pixels",
        share * 100.0
    );
}

#[test]
fn the_data_shown_exports_as_csv_that_parses_back() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("shown");
    let mut harness = app_harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Memberships")
        .click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::CheckBox, "CSTO")
        .click();
    harness.run_steps(2);
    script(&mut harness, &[&out]);
    file_menu_click(&mut harness, "Export data shown as CSV…");
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.starts_with("Exported"), "{notice}");
    let memberships = out.join("memberships.csv");
    let mut reader = csv::Reader::from_path(&memberships).expect("memberships.csv");
    let headers = reader.headers().expect("a header").clone();
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every row parses");
    let org = headers
        .iter()
        .position(|h| h == "acronym")
        .expect("an acronym column");
    assert!(
        rows.iter().any(|r| r.get(org) == Some("CSTO")),
        "CSTO members are listed: {headers:?}"
    );
}

#[test]
fn a_view_opens_from_the_menu_and_a_broken_one_changes_nothing() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let good = dir.path().join("good.view.json");
    std::fs::write(
        &good,
        r#"{"format": 1, "preset": "south-caucasus", "year": 2008, "layers": {"countries": true, "labels": true, "relations": false, "memberships": true, "corridors": false, "stances": false}}"#,
    )
    .expect("written");
    let bad = dir.path().join("bad.view.json");
    std::fs::write(&bad, r#"{"format": 1, "yaer": 2008}"#).expect("written");

    let mut harness = app_harness();
    script(&mut harness, &[&bad, &good]);
    let before = harness.state().state().clone();
    file_menu_click(&mut harness, "Open view…");
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("bad.view.json"), "{notice}");
    assert!(notice.contains("yaer"), "{notice}");
    assert_eq!(harness.state().state(), &before, "nothing changed");

    file_menu_click(&mut harness, "Open view…");
    let state = harness.state().state();
    assert_eq!(state.preset, Some(Preset::SouthCaucasus));
    assert_eq!(state.year, 2008);
    assert!(state.layers.memberships);
    assert_eq!(harness.state().recent().views.first(), Some(&good));
}

#[test]
fn dropped_views_and_tours_open() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let view = dir.path().join("dropped.view.json");
    std::fs::write(&view, r#"{"preset": "caspian", "year": 2015}"#).expect("written");
    let tour = dir.path().join("dropped.tour.json");
    std::fs::write(&tour, heartland::tour::BUNDLED[1].1).expect("written");

    let mut harness = app_harness();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(view.clone())));
    harness.run_steps(3);
    assert_eq!(harness.state().state().preset, Some(Preset::Caspian));
    assert_eq!(harness.state().state().year, 2015);

    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(tour.clone())));
    harness.run_steps(6);
    let player = harness.state().player().expect("the dropped tour plays");
    assert_eq!(player.index, 0);
    assert_eq!(harness.state().recent().tours.first(), Some(&tour));

    // A data file is not opened as a view: it goes to the importer, which
    // names the file and why it cannot read it (no known header).
    let csv = dir.path().join("numbers.csv");
    std::fs::write(&csv, "a,b\n1,2\n").expect("written");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    let before = harness.state().state().clone();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(csv)));
    harness.run_steps(2);
    let start = std::time::Instant::now();
    while harness.state().session().is_importing() {
        assert!(start.elapsed().as_secs() < 30, "the import ends");
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
    }
    harness.run_steps(2);
    assert_eq!(harness.state().state(), &before, "the view is unchanged");
    assert!(
        harness
            .state()
            .session()
            .problems()
            .iter()
            .any(|p| p.to_string().contains("numbers.csv")),
        "{:?}",
        harness.state().session().problems()
    );
}

#[test]
fn keyboard_find_presets_help_and_play() {
    let mut harness = app_harness();
    // 1–5: the presets, in the toolbar's order.
    for (i, preset) in Preset::ALL.into_iter().enumerate() {
        let key = [
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
        ][i];
        harness.key_press(key);
        harness.run_steps(3);
        assert_eq!(harness.state().state().preset, Some(preset));
    }
    // Ctrl+F: type a name, Enter: selected and centred on its capital.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run_steps(3);
    harness.get_by_label("Country name:").type_text("kazakh");
    harness.run_steps(2);
    // While the field has focus, digits are text, not presets.
    harness.get_by_label("Country name:").type_text("1");
    harness.run_steps(2);
    assert_eq!(harness.state().state().preset, Some(Preset::World));
    harness.key_press(egui::Key::Backspace);
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    let state = harness.state().state();
    assert_eq!(state.selection.country, Some(crate::common::code("KAZ")));
    assert!((state.camera.center[0] - 71.4).abs() < 1.0, "{state:?}");
    assert!((state.camera.center[1] - 51.2).abs() < 1.0, "{state:?}");
    assert_eq!(state.preset, None, "the camera moved off the preset");
    assert!(harness.query_by_label("Country name:").is_none(), "closed");

    // F1: the help overlay lists the shortcuts.
    harness.key_press(egui::Key::F1);
    harness.run_steps(3);
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Ctrl+Shift+S");
    harness.key_press(egui::Key::F1);
    harness.run_steps(3);
    assert!(harness.query_by_label("Ctrl+Shift+S").is_none());

    // Space plays the years when no tour plays.
    let year = harness.state().state().year;
    harness.key_press(egui::Key::Space);
    harness.run_steps(8);
    assert_ne!(harness.state().state().year, year, "the years play");
}

/// A named pipe given to the window (a dialog, a drop, the command line's
/// file argument) is refused at once with a message that says what it is:
/// reading it would hold the window until someone wrote to it.
#[test]
fn a_named_pipe_is_refused_at_once_not_waited_on() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let fifo = dir.path().join("lesson.view.json");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo made the pipe");
    // A writer that comes late: a window that waited on the pipe would get
    // a good view after 3 s (and this test would see the wait).
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_secs(3));
            // Opening for writing without a reader would block: open
            // read-write, which never blocks on a FIFO.
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&fifo);
            if let Ok(mut f) = file {
                use std::io::Write as _;
                let _ = f.write_all(br#"{"format": 1, "year": 2008}"#);
            }
        })
    };
    let mut harness = app_harness();
    let before = harness.state().state().clone();
    let ctx = harness.ctx.clone();
    let started = std::time::Instant::now();
    harness.state_mut().open_path(&ctx, &fifo);
    let waited = started.elapsed();
    harness.run_steps(2);
    assert!(
        waited < std::time::Duration::from_secs(2),
        "refused at once, not after the writer came: {waited:?}"
    );
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("named pipe"), "{notice}");
    assert!(notice.contains("lesson.view.json"), "{notice}");
    assert_eq!(harness.state().state(), &before, "nothing changed");
    writer.join().expect("the writer ends");
}
