//! Guided tours in the window: the Tours menu, stepping with the keys a
//! presentation clicker sends, the caption box, Esc back to the user's own
//! view; the tour editor saving through the (scripted) file dialog; the
//! first-launch card.

use crate::common::app_harness;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::app::dialogs::{DialogAnswer, DialogKind, SharedDialogs};
use heartland::app::{AppOptions, HeartlandApp};
use heartland::state::{Preset, State, View};
use heartland::tour::{self, Tour};

/// A bundled tour, parsed.
#[allow(
    clippy::expect_used,
    reason = "a test helper: a bundled tour must parse"
)]
fn bundled(name: &str) -> Tour {
    let (_, json) = tour::BUNDLED
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a bundled tour");
    Tour::from_json(json.as_bytes(), name).expect("the bundled tour parses")
}

/// A view without its camera: what a step fixes besides where the map looks.
fn without_camera(state: &State) -> View {
    let mut view = state.to_view();
    view.camera = None;
    view
}

/// Open the Tours menu and click an entry.
fn tours_menu_click(harness: &mut Harness<'_, HeartlandApp>, entry: &str) {
    harness.get_by_label("Tours").click();
    harness.run_steps(2);
    harness.get_by_label(entry).click();
    // The camera flight (0.6 s) is over after a few steps of 0.25 s.
    harness.run_steps(6);
}

/// Tours → "Open tour file…", the (scripted) file dialog answering `path`.
#[allow(
    clippy::expect_used,
    reason = "a test helper: a poisoned lock is a failed test"
)]
fn open_tour_file(harness: &mut Harness<'_, HeartlandApp>, path: &std::path::Path) {
    let dialogs = SharedDialogs::default();
    dialogs
        .0
        .lock()
        .expect("lock")
        .push(DialogAnswer::Chosen(vec![path.to_path_buf()]));
    harness.state_mut().set_dialogs(Box::new(dialogs));
    tours_menu_click(harness, "Open tour file…");
}

/// The state step `index` of `tour` shows, as the app reaches it.
fn assert_shows_step(harness: &Harness<'_, HeartlandApp>, tour: &Tour, index: usize) {
    let app = harness.state();
    let player = app.player();
    assert_eq!(player.map(|p| p.index), Some(index), "the step shown");
    assert!(
        player.is_some_and(|p| p.transition.is_none()),
        "the flight is over"
    );
    let step = &tour.steps[index];
    let mut expected = step.state();
    expected.show_panels = app.state().show_panels;
    assert_eq!(
        without_camera(app.state()),
        without_camera(&expected),
        "the step's view"
    );
    assert!(!app.state().fit_preset_pending, "the camera is fitted");
    if let Some(camera) = step.view.camera {
        assert_eq!(app.state().camera, camera, "the step's camera");
    }
}

#[test]
fn a_bundled_tour_steps_with_the_clicker_keys_and_esc_restores_the_view() {
    let mut harness = app_harness();
    // The user's own view first: another preset and year.
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    let before = harness.state().state().clone();

    let name = "csto-moscow-astana.tour.json";
    let tour = bundled(name);
    assert!(tour.steps.len() >= 5);
    tours_menu_click(&mut harness, &tour.title);
    assert_shows_step(&harness, &tour, 0);
    harness.get_by_label(&format!("Step 1 of {}", tour.steps.len()));

    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
        harness.run_steps(6);
    }
    assert_shows_step(&harness, &tour, 3);
    harness.get_by_label(&tour.steps[3].title);
    harness.get_by_label(&tour.steps[3].caption);
    harness.get_by_label(&format!("Step 4 of {}", tour.steps.len()));

    // Back, and the other clicker keys.
    harness.key_press(Key::PageUp);
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, 2);
    harness.key_press(Key::End);
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, tour.steps.len() - 1);
    harness.key_press(Key::Home);
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, 0);
    harness.key_press(Key::Space);
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, 1);
    // The buttons do the same.
    harness.get_by_label("Next").click();
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, 2);

    harness.key_press(Key::Escape);
    harness.run_steps(3);
    let app = harness.state();
    assert!(app.player().is_none());
    assert_eq!(app.state(), &before, "Esc restores the user's view");
    assert!(harness.query_by_label(&tour.steps[2].title).is_none());
}

#[test]
fn the_camera_flies_between_steps() {
    let mut harness = app_harness();
    let tour = bundled("caspian-routes.tour.json");
    tours_menu_click(&mut harness, &tour.title);
    let start = harness.state().state().camera;
    harness.key_press(Key::ArrowRight);
    harness.step();
    harness.step();
    let app = harness.state();
    let flight = app
        .player()
        .and_then(|p| p.transition)
        .filter(|t| t.from != t.to);
    if let Some(flight) = flight {
        let now = app.state().camera;
        assert_ne!(now, flight.to, "mid-flight, not at the end yet");
        assert_eq!(flight.from, start);
    }
    harness.run_steps(6);
    assert_shows_step(&harness, &tour, 1);
}

#[test]
fn a_broken_tour_file_is_refused_with_its_place_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("broken.tour.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "title": "T", "author": "A", "steps": [
            {"title": "S", "caption": "C", "view": {"organizations": ["NOPE"]}}]}"#,
    )
    .expect("written");
    let mut harness = app_harness();
    let before = harness.state().state().clone();
    open_tour_file(&mut harness, &path);
    let app = harness.state();
    assert!(app.player().is_none());
    assert_eq!(app.state(), &before);
    let notice = app.notice().expect("a notice says why");
    assert!(notice.contains("broken.tour.json"), "{notice}");
    assert!(
        notice.contains("steps[0].view.organizations[0]"),
        "{notice}"
    );
    assert!(notice.contains("NOPE"), "{notice}");
}

#[test]
fn the_editor_adds_the_view_as_steps_and_saves_a_tour_that_loads_back_equal() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("lesson.tour.json");
    let mut harness = app_harness();
    let dialogs = SharedDialogs::default();
    dialogs
        .0
        .lock()
        .expect("lock")
        .push(DialogAnswer::Chosen(vec![out.clone()]));
    harness.state_mut().set_dialogs(Box::new(dialogs.clone()));

    tours_menu_click(&mut harness, "Tour editor");
    harness.get_by_label("Add this view as a step").click();
    harness.run_steps(2);
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    harness.get_by_label("Add this view as a step").click();
    harness.run_steps(2);
    crate::common::choose_preset(&mut harness, Preset::CentralAsia);
    harness.run_steps(3);
    harness.get_by_label("Add this view as a step").click();
    harness.run_steps(2);
    // Reorder: the third step up to second.
    let ups: Vec<_> = harness.get_all_by_label("Up").collect();
    assert_eq!(ups.len(), 3);
    ups[2].click();
    harness.run_steps(2);
    // Retitle the first step by typing.
    harness.get_by_label("Title of step 1").focus();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Title of step 1")
        .type_text("The whole region");
    harness.run_steps(2);
    // Without an author line the tour is not saved, and the editor says why.
    harness
        .get_by_role_and_label(Role::Button, "Save tour…")
        .click();
    harness.run_steps(2);
    let message = harness.state().draft().message.clone().unwrap_or_default();
    assert!(message.contains("author"), "{message}");
    assert!(!out.exists());
    harness.get_by_label("Author").focus();
    harness.run_steps(1);
    harness.get_by_label("Author").type_text("A. Teacher");
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::Button, "Save tour…")
        .click();
    harness.run_steps(2);

    let asked = dialogs.0.lock().expect("lock").asked.clone();
    assert_eq!(asked.len(), 1, "{:?}", harness.state().draft());
    assert_eq!(asked[0].kind, DialogKind::SaveFile);
    let bytes = std::fs::read(&out).expect("the tour was written");
    let app = harness.state();
    let loaded = Tour::load(&bytes, "lesson.tour.json", app.session().dataset())
        .expect("the saved tour loads");
    let draft = app.draft().to_tour().expect("the draft is a valid tour");
    assert_eq!(loaded, draft, "loads back equal");
    assert_eq!(loaded.steps.len(), 3);
    assert_eq!(loaded.steps[0].title, "The whole region");
    assert_eq!(loaded.author, "A. Teacher");
    assert_eq!(loaded.steps[1].view.preset, Some(Preset::CentralAsia));
    assert_eq!(loaded.steps[2].view.preset, Some(Preset::SouthCaucasus));
    assert_eq!(app.recent().tours.first(), Some(&out));
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn without_a_dialog_the_path_is_typed() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("typed.tour.json");
    // The default dialogs answer "unavailable".
    let mut harness = app_harness();
    tours_menu_click(&mut harness, "Tour editor");
    harness.get_by_label("Add this view as a step").click();
    harness.run_steps(2);
    harness.get_by_label("Author").focus();
    harness.run_steps(1);
    harness.get_by_label("Author").type_text("A. Teacher");
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::Button, "Save tour…")
        .click();
    harness.run_steps(4);
    assert!(harness.state().prompt().is_some(), "a path is asked for");
    harness.get_by_label("Path:").focus();
    harness.run_steps(1);
    harness
        .get_by_label("Path:")
        .type_text(&out.display().to_string());
    harness.run_steps(1);
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run_steps(2);
    let bytes = std::fs::read(&out).expect("the tour was written");
    let loaded = Tour::load(&bytes, "typed", harness.state().session().dataset()).expect("loads");
    assert_eq!(loaded.steps.len(), 1);
}

#[test]
fn the_first_launch_card_offers_the_introduction_and_is_dismissed() {
    let mut harness = Harness::builder()
        .with_size(crate::common::SIZE)
        .build_eframe(|cc| {
            HeartlandApp::new(
                cc,
                AppOptions {
                    data_dir: None,
                    fresh: true,
                    intro: true,
                    open: None,
                    lang: None,
                },
            )
        });
    harness.run_steps(3);
    assert!(harness.state().shows_intro());
    // Not blocking: the map still takes clicks on presets.
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    assert_eq!(harness.state().state().preset, Some(Preset::SouthCaucasus));
    harness.get_by_label("Take the introductory tour").click();
    harness.run_steps(6);
    let app = harness.state();
    assert!(!app.shows_intro());
    let player = app.player().expect("the introduction plays");
    assert_eq!(player.tour, bundled(tour::INTRODUCTION));
    assert!(
        harness
            .query_by_label("Take the introductory tour")
            .is_none()
    );

    // A fresh start (tests, screenshots) has no card.
    let harness = app_harness();
    assert!(!harness.state().shows_intro());
    assert!(
        harness
            .query_by_label("Take the introductory tour")
            .is_none()
    );
}

#[test]
fn in_presentation_mode_the_panels_stay_hidden_through_a_tour() {
    let mut harness = app_harness();
    harness.get_by_label("Inspector");
    harness.key_press(Key::F11);
    harness.run_steps(3);
    assert!(!harness.state().state().show_panels);
    let tour = bundled("turkic-states.tour.json");
    tours_menu_click(&mut harness, &tour.title);
    for index in 0..tour.steps.len() {
        if index > 0 {
            harness.key_press(Key::PageDown);
            harness.run_steps(6);
        }
        assert_shows_step(&harness, &tour, index);
        assert!(!harness.state().state().show_panels, "step {index}");
        assert!(harness.query_by_label("Inspector").is_none());
        // The caption sits under the map, never over what the step shows;
        // a step's preset is fitted into the space above it, clear of the
        // legend (issue 20, point 7).
        if let Some(preset) = tour.steps[index].view.preset {
            let rect = harness.state().map_rect().expect("the map is drawn");
            let legend = harness
                .state()
                .map_cache()
                .legend_rect
                .filter(|l| l.intersects(rect));
            let fitted = heartland::map::fit_camera_clear_of(
                &heartland::geometry::Projection::new(preset.projection()),
                preset,
                rect,
                legend,
            );
            assert_eq!(Some(harness.state().state().camera), fitted, "step {index}");
        }
        let map = harness.get_by_label("Map").rect();
        let caption = harness.get_by_label(&tour.steps[index].caption).rect();
        assert!(
            map.bottom() <= caption.top() && map.width() > 0.9 * caption.width(),
            "step {index}: map {map:?}, caption {caption:?}"
        );
    }
    harness.key_press(Key::Escape);
    harness.run_steps(3);
    assert!(!harness.state().state().show_panels, "still presenting");
}

#[test]
fn the_caption_band_has_the_colours_of_the_theme_as_on_a_slide() {
    use heartland::render::band_colors;
    use heartland::state::Theme;
    for (theme, name) in [(Theme::Light, "light"), (Theme::Dark, "dark")] {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("band.tour.json");
        std::fs::write(
            &path,
            format!(
                r#"{{"format": 1, "title": "T", "author": "A", "steps": [
                {{"title": "A title", "caption": "A caption.", "view": {{"theme": "{name}"}}}}]}}"#
            ),
        )
        .expect("written");
        let mut harness = app_harness();
        open_tour_file(&mut harness, &path);
        let caption = harness.get_by_label("A caption.").rect();
        let image = harness.render().expect("rendered");
        // In the band's margin, left of its text.
        let (x, y) = (caption.left() - 10.0, caption.center().y);
        let pixel = image.get_pixel(x as u32, y as u32).0;
        let (fill, _, _) = band_colors(theme);
        assert_eq!(
            pixel,
            fill.to_array(),
            "{name}: the band is filled with the theme's band colour, as a slide's is"
        );
    }
}
