//! Figures (issue 20, points 16, 17, 13 and the figure half of 7): every
//! figure carries a title naming what and when, the legend, the
//! attribution and a citation, laid out so that none covers another nor the
//! region the view frames; the window's export frames what the window
//! shows; labels keep clear of everything drawn over the map. Checked on
//! the display list and the map's rectangles, not by reading pixels.
#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use heartland::figure::{Bounds, DisplayList, GroupId};
use heartland::geometry::{GeoAssets, LonLat, bundled_geo_or_problem};
use heartland::model::{OrgId, StanceId};
use heartland::render::{Caption, Framing, Renderer, export_scale};
use heartland::state::{Camera, Preset, State};

use crate::common::app_harness;

/// Whether two rectangles share interior area.
fn overlaps(a: &egui::Rect, b: &egui::Rect) -> bool {
    heartland::geometry::rects_overlap(
        [a.min.x, a.min.y],
        [a.max.x, a.max.y],
        [b.min.x, b.min.y],
        [b.max.x, b.max.y],
    )
}

const SIZES: [[u32; 2]; 3] = [[1280, 800], [1920, 1080], [800, 500]];

fn geo() -> Arc<GeoAssets> {
    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "bundled geometry: {problem:?}");
    geo
}

/// Lay out and paint a figure (not rasterised); its display list.
fn figure(
    renderer: &mut Renderer,
    dataset: &heartland::model::Dataset,
    state: &State,
    size: [u32; 2],
    caption: Option<&Caption>,
    framing: Framing,
) -> DisplayList {
    let (_, mut textures, list) =
        renderer.figure_frame(dataset, state, size, export_scale(size), caption, framing);
    textures.clear();
    list
}

/// Central Asia in 2024 with CSTO and EAEU and the relations.
fn central_asia() -> State {
    let mut state = State::default();
    state.set_preset(Preset::CentralAsia);
    state.year = 2024;
    state.layers.memberships = true;
    state.layers.relations = true;
    state.organizations = ["csto", "eaeu"]
        .into_iter()
        .map(|id| OrgId::try_from(id).expect("an id"))
        .collect();
    state
}

/// The ES-11/1 vote over the whole region, with the relations of 2022.
fn stance_view() -> State {
    let mut state = State::default();
    state.set_preset(Preset::Region);
    state.year = 2022;
    state.layers.stances = true;
    state.layers.relations = true;
    state.stance = Some(StanceId::try_from("unga-es-11-1").expect("an id"));
    state
}

/// Where the preset's region lies in the last frame: the box of its edges'
/// screen positions.
fn subject_box(renderer: &Renderer, preset: Preset) -> Bounds {
    let (west, south, east, north) = preset.bounds_deg();
    let mut b: Option<Bounds> = None;
    for i in 0..=24 {
        let f = f64::from(i) / 24.0;
        let lon = west + (east - west) * f;
        let lat = south + (north - south) * f;
        for p in [
            LonLat { lon, lat: south },
            LonLat { lon, lat: north },
            LonLat { lon: west, lat },
            LonLat { lon: east, lat },
        ] {
            let s = renderer.screen_pos_of(p).expect("projected");
            let one = Bounds {
                min: [s.x, s.y],
                max: [s.x, s.y],
            };
            b = Some(b.map_or(one, |b| b.union(&one)));
        }
    }
    b.expect("points")
}

/// Every part present, inside the figure, apart from every other part and
/// from the subject; the title names the year.
fn check_layout(list: &DisplayList, what: &str, year: &str, subject: Option<Bounds>) {
    let page = Bounds {
        min: [0.0, 0.0],
        max: list.size,
    };
    let mut parts = vec![
        GroupId::Title,
        GroupId::Map,
        GroupId::Legend,
        GroupId::Attribution,
        GroupId::Citation,
    ];
    if list.group(GroupId::Caption).is_some() {
        parts.push(GroupId::Caption);
    }
    for id in &parts {
        let g = list.group(*id);
        assert!(g.is_some(), "{what}: no {} group", id.as_str());
        let g = g.expect("checked");
        assert!(
            g.bounds.width() > 0.0 && g.bounds.height() > 0.0,
            "{what}: the {} is empty: {:?}",
            id.as_str(),
            g.bounds
        );
        assert!(
            page.contains(&g.bounds),
            "{what}: the {} leaves the figure: {:?}",
            id.as_str(),
            g.bounds
        );
    }
    for (i, a) in parts.iter().enumerate() {
        for b in &parts[i + 1..] {
            let (ga, gb) = (list.group(*a).expect("a"), list.group(*b).expect("b"));
            assert!(
                !ga.bounds.overlaps(&gb.bounds),
                "{what}: the {} {:?} overlaps the {} {:?}",
                a.as_str(),
                ga.bounds,
                b.as_str(),
                gb.bounds
            );
        }
    }
    let title: String = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Title)
        .map(|(_, run)| run.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        title.contains(year),
        "{what}: the title {title:?} names {year}"
    );
    let citation: String = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Citation)
        .map(|(_, run)| run.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        citation.starts_with("Heartland ")
            && citation.contains("data as of")
            && citation.contains("sources:"),
        "{what}: the citation {citation:?}"
    );
    assert!(
        list.texts().filter(|(g, _)| *g == GroupId::Legend).count() >= 3,
        "{what}: the legend lists the layers"
    );
    if let Some(subject) = subject {
        let map = list.map_bounds().expect("a map");
        let inside = Bounds {
            min: [map.min[0] - 1.0, map.min[1] - 1.0],
            max: [map.max[0] + 1.0, map.max[1] + 1.0],
        };
        assert!(
            inside.contains(&subject),
            "{what}: the framed region {subject:?} lies in the map {map:?}"
        );
        for id in parts.iter().filter(|id| **id != GroupId::Map) {
            let g = list.group(*id).expect("a group");
            assert!(
                !g.bounds.overlaps(&subject),
                "{what}: the {} {:?} covers the framed region {subject:?}",
                id.as_str(),
                g.bounds
            );
        }
    }
}

#[test]
fn figures_carry_title_legend_attribution_and_citation_apart_from_the_subject() {
    let dataset = heartland::data::load_bundled().dataset;
    let mut renderer = Renderer::new(geo());
    for size in SIZES {
        for (name, state, year) in [
            ("Central Asia", central_asia(), "2024"),
            ("ES-11/1", stance_view(), "2022"),
        ] {
            let list = figure(&mut renderer, &dataset, &state, size, None, Framing::View);
            let what = format!("{name} at {size:?}");
            let subject = subject_box(&renderer, state.preset.expect("a preset"));
            check_layout(&list, &what, year, Some(subject));
        }
    }
    // The stance's title names the vote, its date and the year shown.
    let list = figure(
        &mut renderer,
        &dataset,
        &stance_view(),
        [1920, 1080],
        None,
        Framing::View,
    );
    let title: String = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Title)
        .map(|(_, run)| run.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(title.contains("ES-11/1"), "{title}");
    assert!(title.contains("2 March 2022"), "{title}");
    assert!(title.contains("relations, 2022"), "{title}");
}

#[test]
fn tour_slides_are_figures_with_their_caption_band() {
    let dataset = heartland::data::load_bundled().dataset;
    let (name, json) = heartland::tour::BUNDLED
        .into_iter()
        .find(|(name, _)| name.starts_with("csto"))
        .expect("the CSTO tour");
    let tour = &heartland::tour::Tour::load(json.as_bytes(), name, &dataset).expect("a tour");
    let mut renderer = Renderer::new(geo());
    for size in SIZES {
        for i in [0, 1] {
            let step = &tour.steps[i];
            let state = step.state();
            let caption = Caption::of_step(tour, i, &dataset).expect("a caption");
            let list = figure(
                &mut renderer,
                &dataset,
                &state,
                size,
                Some(&caption),
                Framing::View,
            );
            let what = format!("{} step {} at {size:?}", tour.title, i + 1);
            assert!(
                list.group(GroupId::Caption).is_some(),
                "{what}: a caption band"
            );
            let subject = state
                .preset
                .filter(|_| state.fit_preset_pending)
                .map(|p| subject_box(&renderer, p));
            check_layout(&list, &what, &state.year.to_string(), subject);
            let band: Vec<&str> = list
                .texts()
                .filter(|(g, _)| *g == GroupId::Caption)
                .map(|(_, run)| run.text.as_str())
                .collect();
            assert!(
                band.iter().any(
                    |line| caption.title.starts_with(*line) || line.starts_with(&caption.title)
                ),
                "{what}: the band shows the step's title: {band:?}"
            );
        }
    }
}

#[test]
fn the_window_export_frames_the_window_extent_whole() {
    // A window map of 1000×700 points looking at the Caspian; the figure's
    // map at 1920×1080 (and at 800×500) holds all of it, touching on one
    // side (scaled to fit), with margin on the other (never cropped).
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        preset: None,
        fit_preset_pending: false,
        camera: Camera {
            center: [51.0, 41.0],
            zoom: 2.0,
        },
        ..State::default()
    };
    state.layers.relations = true;
    let window = [1000.0_f32, 700.0];
    let projection = heartland::geometry::Projection::new(state.projection);
    let center = projection
        .project(LonLat {
            lon: 51.0,
            lat: 41.0,
        })
        .expect("projected");
    let kpp = state.camera.km_per_point();
    let mut renderer = Renderer::new(geo());
    for size in [[1920, 1080], [800, 500], [1080, 1350]] {
        let list = figure(
            &mut renderer,
            &dataset,
            &state,
            size,
            None,
            Framing::Window { map_size: window },
        );
        let map = list.map_bounds().expect("a map");
        let t = renderer.map_cache().last_transform.expect("painted");
        let corner = |sx: f64, sy: f64| {
            t.screen_from_world(heartland::geometry::WorldXY {
                x: center.x + sx * f64::from(window[0]) / 2.0 * kpp,
                y: center.y + sy * f64::from(window[1]) / 2.0 * kpp,
            })
        };
        let (a, b) = (corner(-1.0, -1.0), corner(1.0, 1.0));
        let extent = Bounds {
            min: [a.x.min(b.x), a.y.min(b.y)],
            max: [a.x.max(b.x), a.y.max(b.y)],
        };
        let slack = Bounds {
            min: [map.min[0] - 0.5, map.min[1] - 0.5],
            max: [map.max[0] + 0.5, map.max[1] + 0.5],
        };
        assert!(
            slack.contains(&extent),
            "{size:?}: the window's extent {extent:?} lies whole in the map {map:?}"
        );
        let fill_w = extent.width() / map.width();
        let fill_h = extent.height() / map.height();
        assert!(
            (fill_w.max(fill_h) - 1.0).abs() < 0.01,
            "{size:?}: scaled to fit one side ({fill_w:.3} × {fill_h:.3})"
        );
    }
}

#[test]
fn labels_in_the_window_keep_clear_of_legend_badges_scale_bar_and_title() {
    let mut harness = app_harness();
    for org in ["CSTO", "EAEU", "SCO"] {
        harness.get_by_role_and_label(Role::CheckBox, org).click();
        harness.run_steps(2);
    }
    harness
        .get_by_role_and_label(Role::CheckBox, "Relations")
        .click();
    harness.run_steps(3);
    let cache = harness.state().map_cache();
    assert!(cache.title.is_some(), "the window shows the map's title");
    assert!(
        cache.overlays.len() >= 5,
        "legend, title, scale bar, attribution and badges: {:?}",
        cache.overlays
    );
    assert!(!cache.labels.is_empty(), "names are shown");
    for label in &cache.labels {
        for overlay in &cache.overlays {
            assert!(
                !overlaps(label, overlay),
                "the label {label:?} lies on an overlay {overlay:?}"
            );
        }
    }
}

#[test]
fn labels_in_a_figure_keep_clear_of_the_scale_bar_and_badges() {
    let dataset = heartland::data::load_bundled().dataset;
    let mut renderer = Renderer::new(geo());
    for size in SIZES {
        let _ = figure(
            &mut renderer,
            &dataset,
            &central_asia(),
            size,
            None,
            Framing::View,
        );
        let cache = renderer.map_cache();
        assert!(cache.title.is_none(), "a figure's title is above the map");
        assert!(!cache.overlays.is_empty(), "scale bar and badges");
        for label in &cache.labels {
            for overlay in &cache.overlays {
                assert!(
                    !overlaps(label, overlay),
                    "{size:?}: the label {label:?} lies on an overlay {overlay:?}"
                );
            }
        }
    }
}

#[test]
fn the_file_menu_previews_the_exported_figure() {
    let mut harness = app_harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "CSTO")
        .click();
    harness.run_steps(2);
    harness.get_by_label("File").click();
    harness.run_steps(2);
    let rect = harness.get_by_label("Export preview").rect();
    let ratio = rect.height() / rect.width();
    assert!(
        (ratio - 1080.0 / 1920.0).abs() < 0.01,
        "the preview has the figure's shape: {rect:?}"
    );
    let year = harness.state().state().year;
    harness.get_by_label_contains(&format!("Title: CSTO members, {year}"));
    harness.snapshot("export_preview");
}
