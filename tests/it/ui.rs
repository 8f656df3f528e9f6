//! The app through its real UI (`egui_kittest` + `AccessKit`): start, presets,
//! click to select, hover for a tooltip, and snapshots of the default view.

use crate::common::{app_harness, click_at, code, screen_pos};
use egui::Vec2;
use egui_kittest::kittest::Queryable as _;
use heartland::state::Preset;

#[test]
fn the_app_starts_with_the_bundled_assets() {
    let harness = app_harness();
    let app = harness.state();
    assert!(
        app.session().problems().is_empty(),
        "{:?}",
        app.session().problems()
    );
    assert!(app.session().dataset().countries.contains_key(&code("KAZ")));
    harness.get_by_label("Map");
    // The presets are in the region menu, named by the region shown.
    harness.get_by_label(&format!("Region: {}", Preset::Region.label()));
    // The default view is the region, fitted on the first frame.
    assert_eq!(app.state().preset, Some(Preset::Region));
    assert!(!app.state().fit_preset_pending);
}

#[test]
fn the_opening_view_uses_the_level_built_before_the_window_opened() {
    // The preload thread guesses the opening view's level of detail from the
    // default window size; if the guess were wrong, the first frame would
    // build a second level (and pay for it at launch). The levels the window
    // builds ahead on another thread after its first frame do not count.
    let harness = app_harness();
    let built = harness.state().scene().levels_built_when_drawn();
    assert_eq!(built.len(), 1, "levels built when drawn: {built:?}");
}

#[test]
fn clicking_a_preset_changes_the_camera() {
    let mut harness = app_harness();
    let before = harness.state().state().camera;
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    let state = harness.state().state();
    assert_eq!(state.preset, Some(Preset::SouthCaucasus));
    let after = state.camera;
    assert!(
        after.zoom > before.zoom * 2.0,
        "zoomed in: {before:?} → {after:?}"
    );
    // The South Caucasus is centred near 45°E, 41.5°N.
    assert!((after.center[0] - 45.0).abs() < 3.0, "{after:?}");
    assert!((after.center[1] - 41.5).abs() < 3.0, "{after:?}");
}

#[test]
fn clicking_kazakhstan_selects_it_and_the_panel_says_so() {
    let mut harness = app_harness();
    let pos = screen_pos(&harness, 67.0, 48.0);
    click_at(&mut harness, pos);
    assert_eq!(harness.state().state().selection.country, Some(code("KAZ")));
    harness.get_by_label("Kazakhstan");
    harness.get_by_label("Capital: Astana");

    // Clicking the Caspian Sea (water) clears the selection.
    let sea = screen_pos(&harness, 51.0, 42.0);
    click_at(&mut harness, sea);
    assert_eq!(harness.state().state().selection.country, None);
}

#[test]
fn nakhchivan_belongs_to_azerbaijan() {
    let mut harness = app_harness();
    crate::common::choose_preset(&mut harness, Preset::SouthCaucasus);
    harness.run_steps(3);
    let pos = screen_pos(&harness, 45.41, 39.21);
    click_at(&mut harness, pos);
    assert_eq!(harness.state().state().selection.country, Some(code("AZE")));
}

#[test]
fn hovering_a_country_shows_a_tooltip() {
    let mut harness = app_harness();
    let pos = screen_pos(&harness, 64.0, 41.5);
    harness.hover_at(pos);
    harness.run_steps(4);
    harness.get_by_label_contains("Uzbekistan (UZB)");
}

#[test]
fn keys_zoom_the_map() {
    let mut harness = app_harness();
    let before = harness.state().state().camera.zoom;
    harness.hover_at(screen_pos(&harness, 60.0, 43.0));
    harness.key_press(egui::Key::Plus);
    harness.run_steps(2);
    let after = harness.state().state().camera.zoom;
    assert!(after > before * 1.2, "{before} → {after}");
}

#[test]
fn dragging_pans_the_map() {
    let mut harness = app_harness();
    let before = harness.state().state().camera.center;
    let start = screen_pos(&harness, 60.0, 43.0);
    harness.drag_at(start);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(start + Vec2::new(40.0 * i as f32, 0.0));
        harness.step();
    }
    harness.drop_at(start + Vec2::new(200.0, 0.0));
    harness.run_steps(2);
    let after = harness.state().state().camera.center;
    assert!(
        after[0] < before[0] - 1.0,
        "dragging right moves the view west: {before:?} → {after:?}"
    );
}

#[test]
fn default_view_snapshot() {
    let mut harness = app_harness();
    harness.snapshot("default_view");
}

#[test]
fn dark_caspian_snapshot() {
    let mut harness = app_harness();
    crate::common::choose_preset(&mut harness, Preset::Caspian);
    harness.run_steps(2);
    harness.get_by_label("Dark theme").click();
    harness.run_steps(3);
    harness.snapshot("caspian_dark");
}

#[test]
fn presentation_mode_hides_the_side_panels_keeps_the_year_and_enlarges() {
    let mut harness = app_harness();
    let zoom = harness.ctx.zoom_factor();
    harness.get_by_label("Presentation mode").click();
    harness.run_steps(3);
    assert!(!harness.state().state().show_panels);
    assert!(
        harness.query_by_label("Layers").is_none(),
        "layers panel hidden"
    );
    assert!(
        harness.query_by_label("Inspector").is_none(),
        "inspector hidden"
    );
    harness.get_by_role_and_label(egui::accesskit::Role::Slider, "Year");
    let enlarged = harness.ctx.zoom_factor();
    assert!(
        (enlarged - zoom * heartland::app::PRESENTATION_ZOOM).abs() < 1e-4,
        "{zoom} -> {enlarged}"
    );
    harness.get_by_label("Show panels").click();
    harness.run_steps(3);
    assert!(harness.state().state().show_panels);
    harness.get_by_label("Layers");
    assert!((harness.ctx.zoom_factor() - zoom).abs() < 1e-4);
}

#[test]
fn the_window_clears_to_the_ocean_so_the_map_does_not_paint_it_twice() {
    use eframe::App as _;
    use heartland::app::HeartlandApp;
    use heartland::data::DataSource;
    use heartland::geometry::bundled_geo_or_problem;
    use heartland::map::{MapArgs, MapCache, map_ui};
    use heartland::palette::Palette;
    use heartland::scene::Scene;
    use heartland::shown::Shown;
    use heartland::state::{State, Theme};

    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none());
    let loaded = heartland::data::load_bundled();
    // The window's clear colour is the ocean of the theme in use.
    for theme in [Theme::Light, Theme::Dark] {
        let state = State {
            theme,
            ..State::default()
        };
        let app = HeartlandApp::with_parts(
            std::sync::Arc::clone(&geo),
            heartland::data::load_bundled(),
            DataSource::Bundled,
            state,
        );
        let clear = app.clear_color(&egui::Visuals::default());
        let ocean = Palette::of(theme).ocean.to_normalized_gamma_f32();
        assert!(
            clear.iter().zip(ocean).all(|(a, b)| (a - b).abs() < 1e-6),
            "{clear:?} vs {ocean:?}"
        );
    }
    // The map paints its sea only where nothing cleared to it.
    let ocean = Palette::of(Theme::Light).ocean;
    let state = State::default();
    let shown = Shown::compute(&loaded.dataset, &state);
    let sea_rects = |ocean_is_background: bool| {
        let ctx = egui::Context::default();
        let mut scene = Scene::new(std::sync::Arc::clone(&geo));
        let mut cache = MapCache::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                crate::common::SIZE,
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            let args = MapArgs {
                state: &state,
                dataset: &loaded.dataset,
                shown: &shown,
                shown_generation: 1,
                interactive: false,
                data_generation: 0,
                ocean_is_background,
                in_figure: false,
            };
            drop(map_ui(ui, &args, &mut scene, &mut cache));
        });
        // No GPU here: the font atlas is not uploaded anywhere.
        output.textures_delta.clear();
        output
            .shapes
            .iter()
            .filter(|s| matches!(&s.shape, egui::Shape::Rect(r) if r.fill == ocean))
            .count()
    };
    assert_eq!(sea_rects(false), 1);
    assert_eq!(sea_rects(true), 0);
}
