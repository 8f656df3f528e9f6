//! A legible window (#20, points 7, 12 and 14): the legend folds, moves to
//! any corner, scrolls within a maximum height, keeps clear of the scale
//! bar and the attribution, and the preset fit keeps the region out of it;
//! every text colour reads at WCAG AA in both themes, and community
//! colours stand apart from the sea; the plots have a year axis, start
//! where the state's record does, lay their labels out without overlap,
//! follow the map's "Size states by" and give tied states one rank.

use egui::accesskit::Role;
use egui::{Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::analysis::Metric;
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::geometry::LonLat;
use heartland::model::OrgId;
use heartland::state::{Analysis, Corner, Layers, LegendPlace, PlotTab, Preset, SizeBy, Theme};

use crate::common::code;

/// The real app at `size`, bundled data, fresh settings.
fn app_at(size: Vec2) -> Harness<'static, HeartlandApp> {
    crate::common::app_harness_at(size)
}

fn apply(harness: &mut Harness<'_, HeartlandApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run_steps(3);
}

/// Every layer on, five organizations, corridors, capitals sized by
/// betweenness, communities and both derived relations: a long legend.
fn many_layers(harness: &mut Harness<'_, HeartlandApp>) {
    apply(
        harness,
        Command::SetLayers(Layers {
            countries: true,
            labels: true,
            relations: true,
            memberships: true,
            corridors: true,
            stances: false,
        }),
    );
    let orgs: Vec<OrgId> = ["csto", "eaeu", "sco", "cis", "guam"]
        .into_iter()
        .filter_map(|o| OrgId::try_from(o).ok())
        .filter(|o| {
            harness
                .state()
                .session()
                .dataset()
                .organizations
                .contains_key(o)
        })
        .collect();
    assert!(orgs.len() >= 4, "the bundled organizations: {orgs:?}");
    apply(harness, Command::SetOrganizations(orgs));
    apply(
        harness,
        Command::SetAnalysis(Analysis {
            size_by: SizeBy::Betweenness,
            communities: true,
            derived: heartland::state::DerivedKind::ALL.into_iter().collect(),
            ..Analysis::default()
        }),
    );
}

#[allow(clippy::expect_used, reason = "a test helper")]
fn legend_rect(harness: &Harness<'_, HeartlandApp>) -> Rect {
    harness
        .state()
        .map_cache()
        .legend_rect
        .expect("the window shows a legend")
}

#[allow(clippy::expect_used, reason = "a test helper")]
fn map_rect(harness: &Harness<'_, HeartlandApp>) -> Rect {
    harness.state().map_rect().expect("the map was drawn")
}

#[test]
fn a_long_legend_stays_within_its_height_and_clear_of_the_foot() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    many_layers(&mut harness);
    let rows = harness.state().map_cache().legend.len();
    assert!(rows >= 25, "a long legend: {rows} rows");
    let map = map_rect(&harness);
    let feet = harness.state().map_cache().foot_rects.clone();
    assert_eq!(feet.len(), 2, "scale bar and attribution: {feet:?}");
    for corner in Corner::ALL {
        apply(
            &mut harness,
            Command::SetLegend(LegendPlace {
                corner,
                collapsed: false,
            }),
        );
        let legend = legend_rect(&harness);
        assert!(
            legend.height() <= map.height() * 0.45 + 0.5,
            "{corner:?}: the legend is {:.0} of the map's {:.0} points high",
            legend.height(),
            map.height()
        );
        assert!(map.contains_rect(legend), "{corner:?}: inside the map");
        for foot in &feet {
            assert!(
                !legend.intersects(*foot),
                "{corner:?}: the legend {legend:?} runs into {foot:?}"
            );
        }
        let (left, top) = (corner.is_left(), corner.is_top());
        assert_eq!(
            legend.center().x < map.center().x,
            left,
            "{corner:?}: on its side"
        );
        assert_eq!(legend.center().y < map.center().y, top, "{corner:?}");
    }
    // The rows that do not fit scroll: the last row is reachable.
    harness.snapshot("legend_long_bottom_right_1280");
}

#[test]
fn the_legend_folds_to_its_header_and_moves_by_its_menu() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    many_layers(&mut harness);
    let open = legend_rect(&harness);
    harness.get_by_label("Legend").click();
    harness.run_steps(3);
    assert!(harness.state().state().legend.collapsed, "folded");
    let folded = legend_rect(&harness);
    assert!(
        folded.height() <= heartland::layers::legend::HEADER + 0.5,
        "only the header is left: {folded:?} (was {open:?})"
    );
    assert!(folded.height() < open.height() / 3.0);
    harness.get_by_label("Legend").click();
    harness.run_steps(3);
    assert!(!harness.state().state().legend.collapsed, "open again");
    // Move it with the header's menu.
    harness.get_by_label("Move").click();
    harness.run_steps(2);
    harness.get_by_label("Bottom left").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().state().legend.corner,
        Corner::BottomLeft,
        "moved"
    );
    let moved = legend_rect(&harness);
    let map = map_rect(&harness);
    assert!(moved.center().x < map.center().x && moved.center().y > map.center().y);
    // Opening a view keeps the user's placement (a setting, not a view key).
    let view = harness.state().state().to_view();
    let json = serde_json::to_string(&view).expect("a view");
    assert!(!json.contains("legend"), "not written to views: {json}");
}

/// Capitals of the Central Asia preset's five states.
const CENTRAL_ASIAN_CAPITALS: [(&str, f64, f64); 5] = [
    ("Astana", 71.43, 51.13),
    ("Tashkent", 69.24, 41.30),
    ("Bishkek", 74.59, 42.87),
    ("Dushanbe", 68.79, 38.56),
    ("Ashgabat", 58.38, 37.95),
];

#[test]
fn fitting_central_asia_keeps_its_capitals_and_box_out_of_the_legend() {
    for size in [Vec2::new(1280.0, 800.0), Vec2::new(1920.0, 1080.0)] {
        for corner in Corner::ALL {
            let mut harness = app_at(size);
            many_layers(&mut harness);
            apply(
                &mut harness,
                Command::SetLegend(LegendPlace {
                    corner,
                    collapsed: false,
                }),
            );
            apply(&mut harness, Command::SetPreset(Preset::CentralAsia));
            let legend = legend_rect(&harness);
            let cache = harness.state().map_cache();
            for (name, lon, lat) in CENTRAL_ASIAN_CAPITALS {
                let p = cache
                    .screen_pos_of(LonLat { lon, lat })
                    .expect("on the map");
                assert!(
                    !legend.expand(4.0).contains(p),
                    "{size:?} {corner:?}: {name} at {p:?} is under the legend {legend:?}"
                );
                assert!(map_rect(&harness).contains(p), "{name} on the map");
            }
            // The preset's whole box is clear of it, not only the capitals.
            let (west, south, east, north) = Preset::CentralAsia.bounds_deg();
            for i in 0..=10 {
                let f = f64::from(i) / 10.0;
                for (lon, lat) in [
                    (west + (east - west) * f, south),
                    (west + (east - west) * f, north),
                    (west, south + (north - south) * f),
                    (east, south + (north - south) * f),
                ] {
                    let p = cache.screen_pos_of(LonLat { lon, lat }).expect("on map");
                    assert!(
                        !legend.contains(p),
                        "{size:?} {corner:?}: ({lon:.1}, {lat:.1}) under the legend"
                    );
                }
            }
        }
    }
}

#[test]
fn without_a_legend_the_fit_uses_the_whole_map() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    apply(&mut harness, Command::SetPreset(Preset::CentralAsia));
    assert!(harness.state().map_cache().legend.is_empty());
    let map = map_rect(&harness);
    let projection = heartland::geometry::Projection::new(Preset::CentralAsia.projection());
    let plain = heartland::map::fit_camera(&projection, Preset::CentralAsia, map).expect("fit");
    assert_eq!(harness.state().state().camera, plain);
}

// --- Point 12: contrast and colours ------------------------------------

#[test]
fn every_text_colour_reads_at_wcag_aa_in_both_themes() {
    use heartland::style::{MIN_TEXT_CONTRAST, contrast_ratio, text_colors};
    for theme in [Theme::Light, Theme::Dark] {
        let pairs = text_colors(theme);
        assert!(pairs.len() > 60, "{theme:?}: {} pairs", pairs.len());
        let weak: Vec<String> = pairs
            .iter()
            .filter_map(|p| {
                let ratio = contrast_ratio(p.text, p.background);
                (ratio < MIN_TEXT_CONTRAST).then(|| {
                    format!(
                        "{}: {:?} on {:?} is {ratio:.2}:1",
                        p.what, p.text, p.background
                    )
                })
            })
            .collect();
        assert!(
            weak.is_empty(),
            "{theme:?}: text below {MIN_TEXT_CONTRAST}:1\n{}",
            weak.join("\n")
        );
    }
}

#[test]
fn wcag_contrast_matches_published_values() {
    use egui::Color32;
    use heartland::style::contrast_ratio;
    // Black on white is 21:1; #777 on white 4.48:1 (fails AA), #767676
    // 4.54:1 (the lightest grey that passes).
    let white = Color32::WHITE;
    assert!((contrast_ratio(Color32::BLACK, white) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio(Color32::from_gray(0x77), white) - 4.48).abs() < 0.01);
    assert!((contrast_ratio(Color32::from_gray(0x76), white) - 4.54).abs() < 0.01);
    assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
}

#[test]
fn the_inspectors_weak_relation_text_is_legible() {
    use heartland::style::{
        MIN_TEXT_CONTRAST, contrast_ratio, panel_visuals, score_color, score_text_color,
    };
    let panel = panel_visuals(Theme::Light).panel_fill;
    // The map's own "friendly" cyan and neutral grey are too pale as text …
    assert!(contrast_ratio(score_color(0.3), panel) < MIN_TEXT_CONTRAST);
    assert!(contrast_ratio(score_color(0.0), panel) < MIN_TEXT_CONTRAST);
    // … the text colour keeps the hue and reads.
    let text = score_text_color(0.3, Theme::Light);
    assert!(contrast_ratio(text, panel) >= MIN_TEXT_CONTRAST);
    assert!(text.b() > text.r(), "still blue: {text:?}");
    let hostile = score_text_color(-0.8, Theme::Light);
    assert!(hostile.r() > hostile.b(), "still red: {hostile:?}");
}

// --- Point 14: plots -----------------------------------------------------

fn open_plots(harness: &mut Harness<'_, HeartlandApp>, tab: PlotTab) {
    apply(harness, Command::OpenPlots(tab));
}

#[test]
fn the_ranking_follows_the_maps_size_and_ties_share_a_rank() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::SetLayers(Layers {
            relations: true,
            ..Layers::default()
        }),
    );
    apply(&mut harness, Command::SetYear(2022));
    apply(
        &mut harness,
        Command::SetAnalysis(Analysis {
            size_by: SizeBy::Betweenness,
            ..Analysis::default()
        }),
    );
    open_plots(&mut harness, PlotTab::Ranking);
    let drawn = harness.state().plots().drawn.clone();
    assert_eq!(
        drawn.ranking_metric,
        Some(Metric::Betweenness),
        "the map sizes by betweenness"
    );
    // Ties: equal values, equal ranks; a rank is 1 + the states above.
    for metric in [Metric::Betweenness, Metric::Degree] {
        if harness.state().plots().metric != metric {
            harness
                .get_by_role_and_label(Role::ComboBox, "Metric")
                .click();
            harness.run_steps(2);
            harness
                .get_by_role_and_label(Role::Button, &metric.label())
                .click();
            harness.run_steps(3);
        }
        let drawn = harness.state().plots().drawn.clone();
        assert_eq!(drawn.ranks.len(), drawn.bars.len());
        for (i, ((_, value, _), rank)) in drawn.bars.iter().zip(&drawn.ranks).enumerate() {
            let above = drawn.bars[..i].iter().filter(|(_, v, _)| v > value).count();
            assert_eq!(*rank, above + 1, "{metric:?}: bar {i} ({value})");
        }
        if metric == Metric::Degree {
            assert!(
                drawn.ranks.windows(2).any(|w| w[0] == w[1]),
                "degrees tie in 2022: {:?}",
                drawn.ranks
            );
        }
    }
}

#[test]
fn ranking_labels_do_not_overlap_at_1280() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::SetLayers(Layers {
            relations: true,
            ..Layers::default()
        }),
    );
    apply(&mut harness, Command::SetYear(2022));
    open_plots(&mut harness, PlotTab::Ranking);
    let drawn = harness.state().plots().drawn.clone();
    let frame = drawn.ranking_frame.expect("a ranking");
    assert!(drawn.bar_labels.len() >= 10, "{:?}", drawn.bar_labels);
    for (i, a) in drawn.bar_labels.iter().enumerate() {
        assert!(
            frame.contains_rect(*a),
            "label {i} {a:?} runs out of the plot {frame:?}"
        );
        for (j, b) in drawn.bar_labels.iter().enumerate().skip(i + 1) {
            assert!(!a.intersects(*b), "labels {i} and {j} overlap: {a:?} {b:?}");
        }
        let (_, _, bar) = drawn.bars[i];
        assert!(a.left() >= bar.right(), "label {i} beside its bar");
    }
    harness.snapshot("plots_ranking_1280");
}

#[test]
fn kazakhstan_over_time_starts_with_its_record() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::SetLayers(Layers {
            relations: true,
            ..Layers::default()
        }),
    );
    apply(
        &mut harness,
        Command::Select(heartland::state::Selection::country(code("KAZ"))),
    );
    open_plots(&mut harness, PlotTab::OverTime);
    let drawn = harness.state().plots().drawn.clone();
    let first = drawn
        .series
        .iter()
        .find(|(_, v)| v.is_some())
        .map(|(y, _)| *y)
        .expect("Kazakhstan has a record");
    let (from, to) = drawn.series_range.expect("a plot");
    let data_from = harness
        .state()
        .session()
        .dataset()
        .year_range()
        .expect("years")
        .0;
    assert!(
        data_from < first,
        "the data starts before Kazakhstan's record"
    );
    assert!(
        from >= f64::from(first) - 2.0 && from <= f64::from(first),
        "the axis starts at {from}, Kazakhstan's record at {first}"
    );
    assert!(to >= f64::from(drawn.series.last().expect("years").0));
}

#[test]
fn the_membership_timeline_has_a_year_axis_in_view() {
    let mut harness = app_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::Select(heartland::state::Selection::country(code("KAZ"))),
    );
    open_plots(&mut harness, PlotTab::Memberships);
    let drawn = harness.state().plots().drawn.clone();
    assert!(!drawn.timeline.is_empty());
    let years = &drawn.timeline_years;
    assert!(
        years.len() >= 3 && years.iter().all(|y| (1900..=2100).contains(y)),
        "years labelled: {years:?}"
    );
    let frame = drawn.timeline_frame.expect("a timeline");
    let first_row = drawn.timeline_rects[0];
    // The top axis: above the first row, inside the window.
    assert!(frame.top() >= 20.0 && frame.top() <= first_row.top());
    assert!(frame.top() < 800.0 - 20.0, "the axis is in view: {frame:?}");
    harness.snapshot("plots_timeline_kaz_1280");
}

/// The window with many layers after the Central Asia preset.
fn window_snapshot(size: Vec2, theme: Theme, name: &str) {
    let mut harness = app_at(size);
    many_layers(&mut harness);
    apply(&mut harness, Command::SetTheme(theme));
    apply(&mut harness, Command::SetPreset(Preset::CentralAsia));
    harness.snapshot(name);
}

#[test]
fn the_window_at_1280_light() {
    window_snapshot(Vec2::new(1280.0, 800.0), Theme::Light, "window_1280_light");
}

#[test]
fn the_window_at_1920_dark() {
    window_snapshot(Vec2::new(1920.0, 1080.0), Theme::Dark, "window_1920_dark");
}
