//! The launch: what the first frame does and does not do (the launch time
//! itself is measured by `scripts/launch_time.sh`, not by a test).

use heartland::app::{AppOptions, HeartlandApp};

#[test]
fn levels_are_built_ahead_only_once_the_first_frame_is_presented() {
    // A thread building levels ahead during the first frame would take a
    // core from the software rasteriser drawing it. (The harness has run
    // frames of its own before a test sees it: frames are run here by hand.)
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = HeartlandApp::new(
        &cc,
        AppOptions {
            fresh: true,
            ..AppOptions::default()
        },
    );
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    let mut frame = eframe::Frame::_new_kittest();
    let mut run = |app: &mut HeartlandApp| {
        // Nothing is painted here: the textures are not uploaded.
        ctx.run_ui(input(), |ui| eframe::App::ui(app, ui, &mut frame))
            .textures_delta
            .clear();
    };
    run(&mut app);
    let scene = app.scene();
    assert!(
        scene.prefetches.is_empty() && scene.levels.len() == 1,
        "no level is built ahead while the first frame is drawn: {} threads, {} levels",
        scene.prefetches.len(),
        scene.levels.len(),
    );
    assert!(
        ctx.has_requested_repaint(),
        "the first frame asks for a second, which starts building ahead"
    );
    run(&mut app);
    let scene = app.scene();
    assert!(
        !scene.prefetches.is_empty() || scene.levels.len() > 1,
        "the second frame starts building the other levels ahead"
    );
}

#[test]
fn the_fallback_fonts_are_installed_once_after_eguis_own_in_order() {
    let harness = crate::common::app_harness();
    let families = harness.ctx.fonts(|f| f.definitions().families.clone());
    let bundled: Vec<&str> = heartland::fonts::FALLBACKS.iter().map(|f| f.0).collect();
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let names = families.get(&family).cloned().unwrap_or_default();
        let fallbacks: Vec<&str> = names
            .iter()
            .map(String::as_str)
            .filter(|n| bundled.contains(n))
            .collect();
        assert_eq!(
            fallbacks, bundled,
            "{family:?}: each once, in order: {names:?}"
        );
        assert_eq!(
            names[names.len() - bundled.len()..],
            bundled,
            "{family:?}: the fallbacks come after egui's own fonts"
        );
    }
}

#[test]
fn the_window_shows_heartlands_own_icon() {
    // Title bars, task bars and window switchers that take the window's
    // icon (X11, Windows) show Heartland's, as the installed desktop entry
    // does, not egui's.
    let icon = heartland::app::window_icon();
    assert!(icon.is_some(), "the bundled icon decodes");
    let Some(icon) = icon else { return };
    assert_eq!((icon.width, icon.height), (128, 128), "the 128-pixel icon");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/icons/128/org.heartland.Heartland.png");
    let installed = image::open(&path).map(|i| i.to_rgba8().into_raw());
    assert!(
        installed.as_ref().is_ok_and(|pixels| *pixels == icon.rgba),
        "the pixels of {}",
        path.display()
    );
}
