//! The window's chrome: the toolbar holds one row (also in the
//! pseudo-locale, which lengthens every string, and in presentation mode),
//! every shortcut is listed by F1 and found in a menu, notices float without
//! moving anything, and a typed path takes the keyboard.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};
use heartland::app::{AppOptions, HeartlandApp};
use heartland::command::{Command, FileCommand};
use heartland::i18n::{self, Locale, tr};
use heartland::panels::icons;
use heartland::panels::keys::{self, Action, Menu, SHORTCUTS};
use heartland::state::Preset;

use crate::common::{app_harness, harness_builder};

/// The real app at `width` × `height`, bundled data, fresh settings.
fn harness_at(width: f32, height: f32) -> Harness<'static, HeartlandApp> {
    crate::common::app_harness_at(Vec2::new(width, height))
}

fn rect_of(harness: &Harness<'_, HeartlandApp>, label: &str) -> Rect {
    harness.get_by_label(label).rect()
}

/// The toolbar's widgets from the first ("Heartland") to the last (the
/// presentation icon) sit on one row, inside the window.
fn assert_one_row(harness: &Harness<'_, HeartlandApp>, width: f32, last: &str, what: &str) {
    let first = rect_of(harness, "Heartland");
    let last_rect = rect_of(harness, last);
    assert!(
        (first.center().y - last_rect.center().y).abs() < 4.0,
        "{what}: the toolbar wraps: first at y {}, last at y {}",
        first.center().y,
        last_rect.center().y
    );
    assert!(
        last_rect.right() <= width,
        "{what}: the toolbar runs out of the window ({} > {width})",
        last_rect.right()
    );
    for menu in [Menu::File, Menu::View, Menu::Tours, Menu::Help] {
        let r = rect_of(harness, &menu.label());
        assert!(
            (r.center().y - first.center().y).abs() < 4.0 && r.right() <= width,
            "{what}: menu {:?} at {r:?}",
            menu
        );
    }
}

#[test]
fn the_toolbar_is_one_row_at_1024_px_in_the_pseudo_locale_and_panels_do_not_clip() {
    i18n::set_locale(Locale::Pseudo);
    let mut harness = harness_at(1024.0, 768.0);
    let presentation = tr("presentation-on", "Presentation mode");
    assert!(
        presentation.chars().count() >= "Presentation mode".len() * 14 / 10,
        "the pseudo-locale lengthens: {presentation}"
    );
    assert_one_row(&harness, 1024.0, &presentation, "pseudo, 1024 px");
    harness.snapshot("chrome_1024_pseudo");
    // The panels beside the map and the time bar keep their words inside
    // the window.
    let play = rect_of(&harness, &tr("time-play", "Play"));
    let year = harness
        .get_by_role_and_label(Role::Slider, &tr("time-year", "Year"))
        .rect();
    for r in [play, year] {
        assert!(r.left() >= 0.0 && r.right() <= 1024.0, "{r:?}");
    }
    let map = harness.state().map_rect().expect("the map is drawn");
    assert!(
        map.width() > 300.0,
        "the side panels leave the map room: {map:?}"
    );
    // A menu opened at the right edge stays inside the window.
    harness.get_by_label(&Menu::Help.label()).click();
    harness.run_steps(2);
    let help = Action::Help.menu_label();
    let item = harness.get(By::new().role(Role::Button).label_contains(&help));
    assert!(item.rect().right() <= 1024.0, "{:?}", item.rect());
    harness.key_press(Key::Escape);
    harness.run_steps(2);

    // Presentation mode: one row too, editing controls hidden.
    harness.get_by_label(&presentation).click();
    harness.run_steps(3);
    assert!(!harness.state().state().show_panels);
    let show_panels = tr("presentation-off", "Show panels");
    // Presentation mode enlarges everything: 1024 px are fewer points.
    let width = 1024.0 / harness.ctx.zoom_factor();
    assert_one_row(&harness, width, &show_panels, "pseudo, presentation");
    assert!(
        harness.query_by_label(&tr("action-undo", "Undo")).is_none(),
        "presentation mode hides undo"
    );
    assert!(
        harness.query_by_label(&Menu::Edit.label()).is_none(),
        "presentation mode hides the Edit menu"
    );
    i18n::set_locale(Locale::English);
}

#[test]
fn the_toolbar_is_one_row_at_1024_and_1280_px() {
    for width in [1024.0, 1280.0] {
        let harness = harness_at(width, 800.0);
        assert_one_row(&harness, width, "Presentation mode", "English");
        // The frequent actions are icons named for screen readers.
        for name in ["Undo", "Redo", "Save", "Dark theme"] {
            harness.get_by_label(name);
        }
    }
}

#[test]
fn the_symbols_beside_the_icons_are_in_the_default_font() {
    let harness = app_harness();
    let font = egui::FontId::proportional(14.0);
    for c in icons::TEXT_SYMBOLS {
        assert!(
            harness.ctx.fonts_mut(|f| f.has_glyph(&font, c)),
            "the default font has no glyph for {c:?}"
        );
    }
}

/// Open `menu` in the toolbar.
fn open_menu(harness: &mut Harness<'_, HeartlandApp>, menu: Menu) {
    harness.get_by_label(&menu.label()).click();
    harness.run_steps(2);
}

#[test]
fn every_shortcut_is_listed_by_f1_and_found_in_its_menu_with_its_keys() {
    let mut harness = app_harness();
    let ctx = harness.ctx.clone();
    // F1 lists them all.
    harness.key_press(Key::F1);
    harness.run_steps(2);
    harness.get_by_label("Keyboard shortcuts");
    for s in &SHORTCUTS {
        let keys = s.keys_text(&ctx);
        assert!(
            harness.query_all_by_label(&keys).next().is_some(),
            "F1 lists {keys}"
        );
        assert!(
            harness
                .query_all_by_label(&s.action.help_text())
                .next()
                .is_some(),
            "F1 says what {keys} does"
        );
    }
    for must in ["Ctrl+Z", "Ctrl+Shift+Z, Ctrl+Y", "Ctrl+S", "Ctrl+Q"] {
        harness.get_by_label(must);
    }
    harness.key_press(Key::F1);
    harness.run_steps(2);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());

    // Every shortcut is in its menu with its keys beside it; the tour's
    // while a tour plays.
    for tour in [false, true] {
        if tour {
            harness.state_mut().apply(
                &ctx,
                Command::Tour(heartland::command::TourCommand::Play(
                    heartland::command::TourSource::Bundled(heartland::tour::BUNDLED[0].0),
                )),
            );
            harness.run_steps(3);
            assert!(harness.state().player().is_some(), "a tour plays");
        }
        for s in SHORTCUTS
            .iter()
            .filter(|s| (s.action.menu() == Menu::Tours) == tour)
        {
            open_menu(&mut harness, s.action.menu());
            let first = s.keys.first().expect("a shortcut has keys");
            let label = format!("{} {}", s.action.menu_label(), ctx.format_shortcut(first));
            assert!(
                harness
                    .query_all(By::new().role(Role::Button).label(&label))
                    .next()
                    .is_some(),
                "the {:?} menu has \"{label}\"",
                s.action.menu()
            );
            harness.get_by_label(&s.action.menu().label()).click();
            harness.run_steps(1);
        }
    }
}

#[test]
fn the_file_menu_has_import_and_quit_and_ctrl_q_asks_about_unsaved_changes() {
    let mut harness = app_harness();
    open_menu(&mut harness, Menu::File);
    harness.get_by_label("Import…");
    harness.get_by_label("Quit Ctrl+Q");
    harness.get_by_label("File").click();
    harness.run_steps(1);
    // With unsaved edits, Ctrl+Q asks first (the window stays).
    let ctx = harness.ctx.clone();
    let ds = harness.state().session().dataset();
    let rel = ds
        .relations
        .iter()
        .find(|r| !r.series.is_empty())
        .expect("a relation with a period");
    let edit = heartland::edit::Edit::SetPeriod {
        relation: heartland::edit::RelationKey::of(rel),
        from: rel.series[0].period.from,
        score: 0.5,
        evidence: Some("a reason".to_owned()),
        source: rel.series[0].source.clone(),
    };
    harness.state_mut().apply(&ctx, Command::Edit(vec![edit]));
    harness.run_steps(2);
    assert!(harness.state().session().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run_steps(2);
    harness.get_by_label("Unsaved changes");
}

/// Every map and toolbar place a click could land on: the map, a layers
/// checkbox, the inspector heading, a toolbar menu, the year slider.
#[allow(clippy::expect_used, reason = "a test helper")]
fn places(harness: &Harness<'_, HeartlandApp>) -> Vec<(String, Rect)> {
    let mut out = vec![(
        "map".to_owned(),
        harness.state().map_rect().expect("the map is drawn"),
    )];
    for label in ["Memberships", "Layers", "File", "Play"] {
        out.push((label.to_owned(), rect_of(harness, label)));
    }
    out.push((
        "slider".to_owned(),
        harness.get_by_role_and_label(Role::Slider, "Year").rect(),
    ));
    out
}

#[test]
fn a_notice_floats_over_the_window_and_moves_no_control() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let other = dir.path().join("notes.txt");
    std::fs::write(&other, "not a view").expect("written");
    let mut harness = app_harness();
    let before = places(&harness);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::File(FileCommand::OpenPath(other.clone())));
    harness.run_steps(3);
    let notice = harness.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("notes.txt"), "{notice}");
    // Shown, over the window.
    harness.get_by_label(&notice);
    assert_eq!(places(&harness), before, "nothing moved");
    // A refusal stays until closed; closed, it is gone (and still nothing
    // moves).
    harness.run_steps(40);
    harness.get_by_label(&notice);
    harness.get_by_label("Close notice").click();
    harness.run_steps(2);
    assert!(harness.query_by_label(&notice).is_none(), "closed");
    assert_eq!(places(&harness), before, "nothing moved");
}

#[test]
fn a_notice_of_success_fades_by_itself() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("lesson.view.json");
    let mut harness = app_harness();
    let dialogs = heartland::app::dialogs::SharedDialogs::default();
    dialogs
        .0
        .lock()
        .expect("lock")
        .push(heartland::app::dialogs::DialogAnswer::Chosen(vec![
            path.clone(),
        ]));
    harness.state_mut().set_dialogs(Box::new(dialogs));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(3);
    assert!(path.exists(), "saved");
    let notice = harness.state().notice().expect("a notice").to_owned();
    harness.get_by_label(&notice);
    // A harness step is a quarter of a second: 15 s is more than any
    // notice stays.
    harness.run_steps(60);
    assert!(harness.query_by_label(&notice).is_none(), "faded");
}

/// Type `text` as a keyboard would: a key press (for the keys that are
/// shortcuts elsewhere) and the text.
fn type_keys(harness: &mut Harness<'_, HeartlandApp>, text: &str) {
    for c in text.chars() {
        if let Some(key) = Key::from_name(&c.to_string()) {
            harness.key_press(key);
        }
        harness.event(Event::Text(c.to_string()));
        harness.run_steps(1);
    }
}

#[test]
fn a_typed_export_path_takes_the_keyboard_and_gets_its_extension() {
    let mut harness = app_harness();
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness
        .get(
            By::new()
                .role(Role::Button)
                .label_contains("Export figure (window size)…"),
        )
        .click();
    harness.run_steps(3);
    let prompt = harness
        .state()
        .prompt()
        .expect("no dialog: a path is asked for");
    // A name is proposed, with the kind's extension.
    let proposed = prompt.text.clone();
    assert!(
        proposed.starts_with("heartland-") && proposed.ends_with(".png"),
        "{proposed}"
    );
    let before = harness.state().state().clone();
    let playing = harness.state().panels().playing;
    // Digits pick presets, + and − zoom, Space plays: not while typing.
    type_keys(&mut harness, "lesson 1-2+");
    let after = harness.state().state();
    assert_eq!(after.preset, before.preset, "typing did not switch presets");
    assert_eq!(after.camera, before.camera, "typing did not zoom the map");
    assert_eq!(
        harness.state().panels().playing,
        playing,
        "nor play the years"
    );
    let prompt = harness.state().prompt().expect("still asking");
    assert_eq!(
        prompt.text, "lesson 1-2+",
        "typing replaced the proposed name"
    );
    let path = prompt.path().expect("a path");
    assert_eq!(path, std::path::PathBuf::from("lesson 1-2+.png"));

    // A folder and a name: the PNG is written there, with its extension.
    let dir = tempfile::tempdir().expect("a temp dir");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_keys(
        &mut harness,
        &dir.path().join("lesson").display().to_string(),
    );
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    for _ in 0..600 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    harness.step();
    assert!(
        dir.path().join("lesson.png").exists(),
        "{:?}",
        harness.state().notice()
    );
}

#[test]
fn the_extension_is_added_only_to_a_bare_name() {
    use heartland::panels::files::with_extension;
    use std::path::PathBuf;
    assert_eq!(
        with_extension("lesson", Some(".png")),
        PathBuf::from("lesson.png")
    );
    assert_eq!(
        with_extension("a/b.PNG", Some(".png")),
        PathBuf::from("a/b.PNG")
    );
    assert_eq!(
        with_extension("lesson", Some(".view.json")),
        PathBuf::from("lesson.view.json")
    );
    assert_eq!(
        with_extension("lesson.json", Some(".view.json")),
        PathBuf::from("lesson.json")
    );
    assert_eq!(
        with_extension(" /tmp/out ", Some(".tour.json")),
        PathBuf::from("/tmp/out.tour.json")
    );
    assert_eq!(with_extension("folder", None), PathBuf::from("folder"));
}

#[test]
fn the_region_menu_and_the_number_keys_pick_presets() {
    let mut harness = app_harness();
    harness.key_press(Key::Num2);
    harness.run_steps(2);
    assert_eq!(harness.state().state().preset, Some(Preset::ALL[1]));
    crate::common::choose_preset(&mut harness, Preset::Caspian);
    harness.run_steps(3);
    assert_eq!(harness.state().state().preset, Some(Preset::Caspian));
    assert!(!harness.state().state().fit_preset_pending);
    // The map's + and − keys zoom, through the same table.
    let zoom = harness.state().state().camera.zoom;
    harness.key_press(Key::Plus);
    harness.run_steps(2);
    let zoomed = harness.state().state().camera.zoom;
    assert!(
        (zoomed / zoom - keys::ZOOM_STEP).abs() < 1e-6,
        "{zoom} → {zoomed}"
    );
}

#[test]
fn closing_the_problems_panel_does_not_move_the_plots() {
    // The bundled data with one bad score: one problem, the panel opens.
    let dir = tempfile::tempdir().expect("a temp dir");
    heartland::data::save::copy_bundled_into(dir.path()).expect("copied");
    let relations = dir.path().join("relations.json");
    let text = std::fs::read_to_string(&relations).expect("read");
    let text = text.replacen("\"score\": 0.3", "\"score\": 7.0", 1);
    std::fs::write(&relations, text).expect("written");
    let data_dir = dir.path().to_path_buf();
    let mut harness = harness_builder().build_eframe(move |cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                data_dir: Some(data_dir),
                fresh: true,
                intro: false,
                open: None,
                lang: None,
            },
        )
    });
    for _ in 0..100 {
        harness.step();
        if !harness.state().session().problems().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.run_steps(3);
    assert!(
        !harness.state().session().problems().is_empty(),
        "a problem is found"
    );
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::OpenPlots(heartland::state::PlotTab::Ranking));
    harness.run_steps(3);
    assert!(
        harness.state().panels().show_problems,
        "the problems are shown"
    );
    let plots = |h: &Harness<'_, HeartlandApp>| h.get_by_label("Close plots").rect();
    let before = plots(&harness);
    harness.get_by_label("Close").click();
    harness.run_steps(3);
    assert!(!harness.state().panels().show_problems, "closed");
    assert_eq!(plots(&harness), before, "the plots stayed where they were");
}
