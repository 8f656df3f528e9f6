//! A view saved from the window renders headless as the window shows it:
//! same geometry, overlays and legend, through the view file format.

use crate::common::{app_harness, differing_share};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use heartland::geometry::bundled_geo_or_problem;
use heartland::render::Renderer;
use heartland::state::{State, View};

#[test]
fn a_saved_view_renders_headless_as_the_window_shows_it() {
    let mut harness = app_harness();
    for label in ["Memberships", "Relations", "Corridors"] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run_steps(1);
    }
    for org in ["CSTO", "EAEU"] {
        harness.get_by_role_and_label(Role::CheckBox, org).click();
        harness.run_steps(1);
    }
    harness.get_by_label("All corridors").scroll_to_me();
    harness.run();
    // The organization list grew with the data; if the request to scroll
    // did not bring the button into the window, scroll the side panel with
    // the wheel.
    harness.event(egui::Event::PointerMoved(egui::pos2(120.0, 500.0)));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -400.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_steps(10);
    harness.get_by_label("All corridors").click();
    harness.run_steps(1);
    // Take the pointer off the map so nothing is hovered.
    harness.event(egui::Event::PointerGone);
    harness.run_steps(3);

    let app = harness.state();
    let rect = app
        .map_cache()
        .last_transform
        .expect("the map was painted")
        .rect;
    // Through the file format, as `heartland render --view` reads it.
    let json = app.state().to_view().to_json_pretty();
    let view = View::from_json(json.as_bytes(), "saved.view.json").expect("a saved view loads");
    let mut state = State::default();
    state.apply_view(&view);
    assert_eq!(
        state.to_view(),
        app.state().to_view(),
        "the view round-trips"
    );
    let dataset = app.session().dataset().clone();
    let shown = app.shown().clone();
    let window_legend = app
        .map_cache()
        .legend_rect
        .expect("a legend in the window")
        .translate(-rect.min.to_vec2());

    let window = harness.render().expect("the window renders");
    let (x, y) = (rect.min.x.round() as u32, rect.min.y.round() as u32);
    let (w, h) = (rect.width().round() as u32, rect.height().round() as u32);
    let window_map = image::imageops::crop_imm(&window, x, y, w, h).to_image();

    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "bundled geometry loads");
    let mut renderer = Renderer::new(geo);
    let headless = renderer
        .render(&dataset, &state, [w, h])
        .expect("headless render");

    // The window and the headless render show the same content.
    assert_eq!(renderer.shown(), &shown, "the same content is shown");
    assert!(!shown.corridors.is_empty(), "corridors are shown");
    assert!(!shown.relations.is_empty(), "relations are shown");

    // The legends differ on purpose (the window's folds, moves and
    // scrolls; a figure's is laid out for print): compare the map around
    // them.
    let headless_legend = renderer
        .map_cache()
        .legend_rect
        .expect("a legend in the render");
    let mut masked = (window_map.clone(), headless.clone());
    for (x, y, pixel) in masked.0.enumerate_pixels_mut() {
        let p = egui::pos2(x as f32 + 0.5, y as f32 + 0.5);
        if window_legend.contains(p) || headless_legend.contains(p) {
            *pixel = image::Rgba([0, 0, 0, 255]);
            masked.1.put_pixel(x, y, image::Rgba([0, 0, 0, 255]));
        }
    }
    // GPU and CPU rasterisers differ only in anti-aliased edges.
    let share = differing_share(&masked.0, &masked.1, 48);
    eprintln!("{:.3} % of the pixels differ", share * 100.0);
    if share >= 0.02 || std::env::var_os("PARITY_SAVE").is_some() {
        let dir = std::env::temp_dir();
        let _ = window_map.save(dir.join("parity_window.png"));
        let _ = headless.save(dir.join("parity_headless.png"));
    }
    assert!(
        share < 0.02,
        "{:.2} % of the pixels differ (images in {})",
        share * 100.0,
        std::env::temp_dir().display()
    );
}

#[test]
fn recoloured_fills_equal_fills_built_afresh() {
    // Moving the year with organizations on changes only the fills'
    // colours: the map recolours the countries whose colour changed instead
    // of rebuilding the mesh. The picture must equal one built from scratch.
    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "{problem:?}");
    let loaded = heartland::data::load_bundled();
    let mut state = State::default();
    state.layers.memberships = true;
    state.organizations = ["csto", "eaeu", "guam"]
        .iter()
        .map(|id| heartland::model::OrgId::try_from(*id).expect("an id"))
        .collect();
    let size = [800, 500];
    let mut moving = Renderer::new(std::sync::Arc::clone(&geo));
    let mut last = None;
    for year in [1995, 2005, 2015, 2024] {
        state.year = year;
        last = Some(
            moving
                .render(&loaded.dataset, &state, size)
                .expect("renders"),
        );
    }
    let (rebuilds, recolours) = moving.map_cache().fill_updates();
    assert!(
        recolours >= 3 && rebuilds <= 2,
        "the later years recoloured the fills: {rebuilds} rebuilds, {recolours} recolours"
    );
    let fresh = Renderer::new(std::sync::Arc::clone(&geo))
        .render(&loaded.dataset, &state, size)
        .expect("renders");
    let moved = last.expect("rendered");
    assert!(
        moved.as_raw() == fresh.as_raw(),
        "recolouring leaves the same picture as a rebuild ({} of the pixels differ)",
        differing_share(&moved, &fresh, 0)
    );
    state.year = 1995;
    let early = Renderer::new(geo)
        .render(&loaded.dataset, &state, size)
        .expect("renders");
    assert!(
        differing_share(&early, &fresh, 8) > 0.001,
        "the years differ on the map (Uzbekistan, the EAEU), so the test can fail"
    );
}
