//! Helpers shared by the UI tests: a harness over the real app with the
//! bundled data and fresh settings, and pointer actions at map positions.

#![allow(
    clippy::expect_used,
    dead_code,
    reason = "test helpers may panic (a failed test); not every test file uses every helper"
)]

use egui::{Event, PointerButton, Pos2, Vec2};
use egui_kittest::{Harness, TestRenderer};
use heartland::app::{AppOptions, HeartlandApp};
use heartland::geometry::LonLat;
use heartland::model::CountryCode;
use heartland::render::raster::Rasterizer;

/// The window size of the UI tests.
pub const SIZE: Vec2 = Vec2::new(1400.0, 900.0);

/// Image snapshots drawn by the project's own CPU rasteriser, the renderer of
/// `heartland render` and of the window's PNG export: no GPU stack in the
/// tests, and a snapshot has the pixels a user's exported PNG would have.
#[derive(Default)]
pub struct RasterRenderer {
    raster: Rasterizer,
}

impl TestRenderer for RasterRenderer {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        self.raster.apply_textures(delta);
        // Applied: epaint checks (with debug assertions) that a delta is
        // not dropped unhandled.
        delta.clear();
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        let pixels_per_point = ctx.pixels_per_point();
        let size = ctx.content_rect().size() * pixels_per_point;
        let size_px = [size.x.round() as u32, size.y.round() as u32];
        let primitives = ctx.tessellate(output.shapes.clone(), pixels_per_point);
        Ok(self.raster.render(
            &primitives,
            pixels_per_point,
            size_px,
            egui::Color32::TRANSPARENT,
        ))
    }
}

/// A harness builder of the UI tests' size whose snapshots the project's
/// own rasteriser draws.
pub fn harness_builder<State>() -> egui_kittest::HarnessBuilder<State> {
    Harness::<State>::builder()
        .with_size(SIZE)
        .renderer(RasterRenderer::default())
}

/// The real app, bundled data, default settings, after its first frames.
pub fn app_harness() -> Harness<'static, HeartlandApp> {
    app_harness_with(harness_builder())
}

/// [`app_harness`] in a window of `size` points.
pub fn app_harness_at(size: egui::Vec2) -> Harness<'static, HeartlandApp> {
    app_harness_with(harness_builder().with_size(size))
}

/// The real app built by `builder`, bundled data, fresh settings, after its
/// first frames.
fn app_harness_with(
    builder: egui_kittest::HarnessBuilder<HeartlandApp>,
) -> Harness<'static, HeartlandApp> {
    let mut harness = builder.build_eframe(|cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                data_dir: None,
                fresh: true,
                intro: false,
                open: None,
                lang: None,
            },
        )
    });
    harness.run_steps(3);
    harness
}

/// A country code that must be valid.
pub fn code(s: &str) -> CountryCode {
    CountryCode::try_from(s).expect("a valid code")
}

/// Where a geographic point is on screen in the last frame.
pub fn screen_pos(harness: &Harness<'_, HeartlandApp>, lon: f64, lat: f64) -> Pos2 {
    harness
        .state()
        .map_cache()
        .screen_pos_of(LonLat { lon, lat })
        .expect("the map was painted")
}

/// Move the pointer to `pos` and click there.
pub fn click_at(harness: &mut Harness<'_, HeartlandApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.step();
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        });
        harness.step();
    }
    harness.run_steps(2);
}

/// Share of pixels whose colour differs by more than `tolerance` in any
/// channel.
pub fn differing_share(a: &image::RgbaImage, b: &image::RgbaImage, tolerance: u8) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions(), "same size");
    let differing = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| {
            p.0.iter()
                .zip(q.0.iter())
                .take(3)
                .any(|(x, y)| x.abs_diff(*y) > tolerance)
        })
        .count();
    differing as f64 / f64::from(a.width() * a.height())
}

/// A file dropped on the window, as eframe hands it over.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Pick a region preset from the toolbar's region menu (named "Region:
/// …" for screen readers, showing the region's name).
pub fn choose_preset(harness: &mut Harness<'_, HeartlandApp>, preset: heartland::state::Preset) {
    use egui_kittest::kittest::{By, Queryable as _};
    harness
        .get(
            By::new()
                .role(egui::accesskit::Role::Button)
                .label_contains("Region: "),
        )
        .click();
    harness.run_steps(2);
    let action = heartland::panels::keys::Action::Preset(preset);
    let key = action
        .shortcut()
        .and_then(|s| s.keys.first())
        .expect("a preset has a key");
    let label = format!(
        "{} {}",
        action.menu_label(),
        harness.ctx.format_shortcut(key)
    );
    harness
        .get(By::new().role(egui::accesskit::Role::Button).label(&label))
        .click();
    harness.run_steps(1);
}

/// The app with the Relations layer switched on and the year moved to
/// `year`, as a user does it (the checkbox, the year slider).
pub fn relations_in(year: i32) -> Harness<'static, HeartlandApp> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app_harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Relations")
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Slider, "Year")
        .set_value_accesskit(f64::from(year));
    harness.run_steps(2);
    harness
}

/// [`relations_in`] 2022 with the plots opened by their button and the
/// plots' tab `tab` clicked.
pub fn relations_2022_with_plots(tab: heartland::state::PlotTab) -> Harness<'static, HeartlandApp> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let mut harness = relations_in(2022);
    harness
        .get_by_role_and_label(Role::Button, "Open plots")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Open plots")
        .click();
    harness.run_steps(2);
    harness.get_by_label(&tab.label()).click();
    harness.run_steps(3);
    harness
}

/// Run `f` with this thread's window in `locale`, then back in English.
pub fn in_locale<T>(locale: heartland::i18n::Locale, f: impl FnOnce() -> T) -> T {
    heartland::i18n::set_locale(locale);
    let out = f();
    heartland::i18n::set_locale(heartland::i18n::Locale::English);
    out
}

/// Scroll to the widget of `role` labelled `label` and click it (a
/// checkbox ticked, a combo box opened), then let the app answer.
pub fn click_widget(
    harness: &mut Harness<'static, HeartlandApp>,
    role: egui::accesskit::Role,
    label: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run_steps(2);
}

/// Frames until the bundles started on another thread have arrived (at
/// most about four seconds). Returns whether the map said "Bundling…" in
/// every frame that found the job still running. In the release build the
/// job can end before the first frame looked at here (it started in the
/// click's frames), so no such frame is needed; in the dev profile there
/// are several.
pub fn wait_for_bundles(harness: &mut Harness<'static, HeartlandApp>) -> bool {
    use egui_kittest::kittest::Queryable as _;
    let mut said_every_time = true;
    for _ in 0..400 {
        harness.step();
        let cache = harness.state().map_cache();
        if cache.is_bundling() {
            said_every_time &= harness.query_by_label("Bundling…").is_some();
        }
        if cache.bundles().started() > 0 && !cache.is_bundling() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    said_every_time
}

/// The legend's rows for what is `shown` of `dataset` under `state` (the
/// legend of the window and of figures).
pub fn legend_of_shown(
    dataset: &heartland::model::Dataset,
    shown: &heartland::shown::Shown,
    state: &heartland::state::State,
) -> Vec<heartland::layers::legend::Row> {
    heartland::layers::legend::rows(&heartland::layers::legend::LegendInput {
        dataset,
        shown,
        layers: state.layers,
        theme: state.theme,
        analysis: &state.analysis,
    })
}

/// A view of `state` written out and read back: it says `"format": 2`,
/// its JSON holds `written` (the new key and value), and the state read
/// back is returned. Also checks that a version-1 view with a minimum
/// strength still loads, and returns the state it gives.
pub fn format_2_round_trip(
    state: &heartland::state::State,
    written: &str,
) -> (heartland::state::State, heartland::state::State) {
    use heartland::state::{State, View};
    let view = state.to_view();
    assert_eq!(view.format, Some(2), "a new key makes the view format 2");
    let json = view.to_json_pretty();
    assert!(json.contains(written), "{written} in {json}");
    let back = View::from_json(json.as_bytes(), "t.view.json").expect("reads back");
    let mut loaded = State::default();
    loaded.apply_view(&back);
    let v1 = br#"{ "format": 1, "relations": { "min_strength": 0.2 } }"#;
    let v1 = View::from_json(v1, "old.view.json").expect("a version-1 view loads");
    let mut old = State::default();
    old.apply_view(&v1);
    (loaded, old)
}

/// The columns and JSON keys of an export that name something: states'
/// names and organizations' acronyms follow the language; nothing else in
/// an export does (docs/export.md).
pub const EXPORT_NAME_KEYS: [&str; 5] =
    ["a_name", "b_name", "state_name", "country_name", "acronym"];

/// Every value of an export's `json` at a key in [`EXPORT_NAME_KEYS`]
/// replaced by `"·"`, and the replaced values pushed onto `names` in
/// document order.
pub fn export_names_blanked(json: &mut serde_json::Value, names: &mut Vec<String>) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if EXPORT_NAME_KEYS.contains(&key.as_str()) {
                    names.push(value.as_str().unwrap_or_default().to_owned());
                    *value = serde_json::Value::from("·");
                } else {
                    export_names_blanked(value, names);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                export_names_blanked(item, names);
            }
        }
        _ => {}
    }
}

/// The records of an export's CSV `bytes` with the cells of the columns in
/// [`EXPORT_NAME_KEYS`] replaced by `"·"`, and the replaced cells pushed
/// onto `names` in order.
pub fn export_csv_names_blanked(bytes: &[u8], names: &mut Vec<String>) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut named = Vec::new();
    for record in reader.records() {
        let record = record.expect("the export's CSV parses");
        let mut row: Vec<String> = record.iter().map(str::to_owned).collect();
        if rows.is_empty() {
            named = row
                .iter()
                .map(|column| EXPORT_NAME_KEYS.contains(&column.as_str()))
                .collect();
        } else {
            for (cell, is_name) in row.iter_mut().zip(&named) {
                if *is_name {
                    names.push(std::mem::replace(cell, "·".to_owned()));
                }
            }
        }
        rows.push(row);
    }
    rows
}
