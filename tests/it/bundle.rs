//! Edge bundling (#25 point 2): the kernel density algorithm on plane
//! lines (endpoints kept, deterministic, empty and single graphs as they
//! were, lines actually pulled together), the `relations.bundle` view key,
//! the map's bundled arcs (computed off the UI thread, "Bundling…"
//! meanwhile, still picked by hover and click) and the headless render.

#![allow(
    clippy::expect_used,
    reason = "tests: a failed expectation is a failed test"
)]

use heartland::geometry::{BundleOptions, WorldXY, bundle};

/// A straight line from `a` to `b` in `n` segments.
fn line(a: (f64, f64), b: (f64, f64), n: usize) -> Vec<WorldXY> {
    (0..=n)
        .map(|i| {
            let t = i as f64 / n as f64;
            WorldXY::new(a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
        })
        .collect()
}

/// A fan of lines between two clusters of states (west and east), plus a
/// few crossing lines: the shape where bundling helps.
fn two_clusters() -> Vec<Vec<WorldXY>> {
    let mut lines = Vec::new();
    for i in 0..6 {
        for j in 0..6 {
            let a = (0.0, f64::from(i) * 120.0);
            let b = (3_000.0, 200.0 + f64::from(j) * 110.0);
            lines.push(line(a, b, 8));
        }
    }
    lines.push(line((1_500.0, -900.0), (1_400.0, 1_600.0), 8));
    lines
}

/// Mean distance between two polylines of the same length, point by point
/// after resampling both to 101 points.
fn mean_gap(a: &[WorldXY], b: &[WorldXY]) -> f64 {
    let at = |l: &[WorldXY], t: f64| {
        let lengths: Vec<f64> = l
            .windows(2)
            .map(|w| (w[1].x - w[0].x).hypot(w[1].y - w[0].y))
            .collect();
        let total: f64 = lengths.iter().sum();
        let mut target = total * t;
        for (w, len) in l.windows(2).zip(&lengths) {
            if target <= *len || *len == 0.0 {
                let f = if *len > 0.0 { target / len } else { 0.0 };
                return WorldXY::new(
                    w[0].x + (w[1].x - w[0].x) * f,
                    w[0].y + (w[1].y - w[0].y) * f,
                );
            }
            target -= len;
        }
        *l.last().expect("a point")
    };
    (0..=100)
        .map(|k| {
            let t = f64::from(k) / 100.0;
            let (p, q) = (at(a, t), at(b, t));
            (p.x - q.x).hypot(p.y - q.y)
        })
        .sum::<f64>()
        / 101.0
}

#[test]
fn bundling_keeps_every_lines_endpoints() {
    let lines = two_clusters();
    let bundled = bundle(&lines, &BundleOptions::default());
    assert_eq!(bundled.len(), lines.len(), "one bundled line per line");
    for (i, (b, l)) in bundled.iter().zip(&lines).enumerate() {
        assert_eq!(b.first(), l.first(), "line {i} starts at its state");
        assert_eq!(b.last(), l.last(), "line {i} ends at its state");
        assert!(b.len() >= 2, "line {i}: {b:?}");
        assert!(
            b.iter().all(|p| p.x.is_finite() && p.y.is_finite()),
            "line {i} is finite"
        );
    }
    assert_ne!(bundled, lines, "the lines moved");
}

#[test]
fn bundling_is_deterministic() {
    let lines = two_clusters();
    let options = BundleOptions::default();
    let first = bundle(&lines, &options);
    for _ in 0..3 {
        assert_eq!(bundle(&lines, &options), first, "same lines, same bundles");
    }
    // No state survives between calls: another input in between changes
    // nothing.
    let _ = bundle(&lines[..10], &options);
    assert_eq!(
        bundle(&lines, &options),
        first,
        "no state kept between calls"
    );
}

#[test]
fn an_empty_or_single_line_graph_is_unchanged() {
    let options = BundleOptions::default();
    assert!(bundle(&[], &options).is_empty(), "empty stays empty");
    let one = vec![line((0.0, 0.0), (1_000.0, 300.0), 24)];
    assert_eq!(
        bundle(&one, &options),
        one,
        "a single line is drawn as it was"
    );
    // Lines that cannot move (a point, empty) stay as they are and do not
    // count as a second line.
    let with_degenerate = vec![
        one[0].clone(),
        vec![WorldXY::new(5.0, 5.0)],
        Vec::new(),
        vec![WorldXY::new(1.0, 1.0), WorldXY::new(1.0, 1.0)],
    ];
    assert_eq!(bundle(&with_degenerate, &options), with_degenerate);
}

#[test]
fn near_parallel_lines_are_pulled_together() {
    // Two long near-parallel lines 150 km apart, in a graph of a few more.
    let a = line((0.0, 0.0), (4_000.0, 0.0), 10);
    let b = line((0.0, 150.0), (4_000.0, 150.0), 10);
    let before = mean_gap(&a, &b);
    let lines = vec![
        a,
        b,
        line((0.0, 2_500.0), (4_000.0, 2_600.0), 10),
        line((2_000.0, -1_500.0), (2_100.0, -2_500.0), 10),
    ];
    let bundled = bundle(&lines, &BundleOptions::default());
    let after = mean_gap(&bundled[0], &bundled[1]);
    assert!(
        after < before * 0.6,
        "mean distance {before:.0} km before, {after:.0} km after"
    );
    // The far line is not dragged into them.
    let far_before = mean_gap(&lines[0], &lines[2]);
    let far_after = mean_gap(&bundled[0], &bundled[2]);
    assert!(
        far_after > far_before * 0.7,
        "far line: {far_before:.0} → {far_after:.0} km"
    );
}

#[test]
fn a_dense_fan_is_drawn_closer_together() {
    // The 36 lines between two clusters run closer to each other bundled:
    // the mean distance of every line to every other drops.
    let lines = two_clusters();
    let bundled = bundle(&lines, &BundleOptions::default());
    let spread = |ls: &[Vec<WorldXY>]| {
        let fan = &ls[..36];
        let mut sum = 0.0;
        for (i, a) in fan.iter().enumerate() {
            for b in &fan[i + 1..] {
                sum += mean_gap(a, b);
            }
        }
        sum / (36.0 * 35.0 / 2.0)
    };
    let (before, after) = (spread(&lines), spread(&bundled));
    assert!(
        after < before * 0.8,
        "mean gap {before:.0} km → {after:.0} km"
    );
}

// ---- The view key ----

#[test]
fn bundle_is_kept_in_views_as_format_2_and_absent_means_unbundled() {
    use heartland::state::{State, View};
    let mut state = State::default();
    assert_eq!(state.to_view().format, Some(1), "nothing new: format 1");
    state.relations.bundle = true;
    let view = state.to_view();
    assert_eq!(view.format, Some(2), "bundle makes a view format 2");
    let json = view.to_json_pretty();
    assert!(json.contains("\"bundle\": true"), "{json}");
    let back = View::from_json(json.as_bytes(), "b.view.json").expect("reads back");
    let mut loaded = State::default();
    loaded.apply_view(&back);
    assert!(loaded.relations.bundle, "bundling comes back");

    let v1 = br#"{ "format": 1, "relations": { "min_strength": 0.2 } }"#;
    let v1 = View::from_json(v1, "old.view.json").expect("a version-1 view loads");
    let mut old = State::default();
    old.relations.bundle = true;
    old.apply_view(&v1);
    assert!(!old.relations.bundle, "absent: not bundled, as before");
    assert!(
        !State::default()
            .to_view()
            .to_json_pretty()
            .contains("bundle"),
        "an unbundled view does not write the key"
    );

    let bad = br#"{ "format": 2, "relations": { "bundle": "yes" } }"#;
    let err = View::from_json(bad, "bad.view.json").expect_err("not a boolean");
    let text = err.to_string();
    assert!(
        text.contains("bad.view.json") && text.contains("relations.bundle"),
        "{text}"
    );
}

// ---- The headless render ----

/// The bundled data's relations of 2022 on the whole region, bundled or
/// not.
fn relations_2022(bundled: bool) -> (heartland::model::Dataset, heartland::state::State) {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = heartland::state::State {
        year: 2022,
        ..heartland::state::State::default()
    };
    state.layers.relations = true;
    state.relations.bundle = bundled;
    (dataset, state)
}

#[test]
fn the_headless_render_draws_bundled_arcs_at_once_and_the_same_each_time() {
    use heartland::render::Renderer;
    let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let size = [900, 600];
    let (dataset, plain_state) = relations_2022(false);
    let (_, bundled_state) = relations_2022(true);
    let mut plain = Renderer::new(std::sync::Arc::clone(&geo));
    let plain_image = plain.render(&dataset, &plain_state, size).expect("renders");
    let mut bundled = Renderer::new(std::sync::Arc::clone(&geo));
    let bundled_image = bundled
        .render(&dataset, &bundled_state, size)
        .expect("renders");
    let arcs = &bundled.map_cache().drawn().arcs;
    assert!(arcs.len() > 10, "2022 has many arcs: {}", arcs.len());
    assert!(
        arcs.iter().all(|a| a.bundled),
        "every arc drawn bundled in the first frame (no waiting in a render)"
    );
    assert!(!bundled.map_cache().is_bundling());
    let plain_arcs = &plain.map_cache().drawn().arcs;
    for (p, b) in plain_arcs.iter().zip(arcs) {
        assert_eq!(p.shown, b.shown, "the same relations");
        assert_eq!(p.points.first(), b.points.first(), "starts at its state");
        assert_eq!(p.points.last(), b.points.last(), "ends at its state");
    }
    let share = crate::common::differing_share(&plain_image, &bundled_image, 24);
    assert!(share > 0.002, "the bundled arcs are drawn: {share}");
    // Rendered again, by a fresh renderer: the same pixels.
    let again = Renderer::new(std::sync::Arc::clone(&geo))
        .render(&dataset, &bundled_state, size)
        .expect("renders");
    assert_eq!(again, bundled_image, "deterministic");
    // The vector figure draws the same bundled lines.
    let svg = |state: &heartland::state::State| {
        let figure = Renderer::new(std::sync::Arc::clone(&geo))
            .vector_figure(
                &dataset,
                state,
                (size, 1.0),
                None,
                heartland::render::Framing::View,
            )
            .expect("a vector figure");
        heartland::render::svg::to_svg(&figure, size)
    };
    assert_ne!(
        svg(&plain_state),
        svg(&bundled_state),
        "the SVG's arcs are bundled"
    );
}

// ---- The window ----

mod window {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    use heartland::geometry::WorldXY;

    use crate::common::{click_at, relations_in};

    /// Distance from `p` to the polyline `line` on screen.
    fn distance(line: &[egui::Pos2], p: egui::Pos2) -> f32 {
        line.windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let ab = b - a;
                let t = if ab.length_sq() > 0.0 {
                    ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                (a + ab * t).distance(p)
            })
            .fold(f32::INFINITY, f32::min)
    }

    #[test]
    fn ticking_bundle_relations_bundles_off_the_ui_thread_and_a_click_still_selects() {
        let mut harness = relations_in(2022);
        let before: Vec<_> = harness.state().map_cache().drawn().arcs.clone();
        assert!(before.len() > 10, "{} arcs", before.len());
        harness
            .get_by_role_and_label(Role::CheckBox, "Bundle relations")
            .scroll_to_me();
        harness.run();
        harness
            .get_by_role_and_label(Role::CheckBox, "Bundle relations")
            .click();
        // Wait for the job, looking at each frame: the map says so while
        // the arcs are being bundled.
        let mut said = false;
        let mut done = false;
        for _ in 0..400 {
            harness.step();
            let cache = harness.state().map_cache();
            if cache.is_bundling() {
                said |= harness.query_by_label("Bundling…").is_some();
            }
            if cache.bundles().started() > 0 && !cache.is_bundling() {
                done = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(harness.state().state().relations.bundle, "the choice is on");
        assert!(done, "the bundles arrived");
        assert!(said, "the map said 'Bundling…' while it worked");
        assert_eq!(
            harness.state().map_cache().bundles().started(),
            1,
            "bundled once, on another thread"
        );
        harness.run_steps(2);
        assert!(harness.query_by_label("Bundling…").is_none(), "done");
        let after: Vec<_> = harness.state().map_cache().drawn().arcs.clone();
        assert_eq!(after.len(), before.len(), "the same arcs");
        let mut moved = 0;
        for (b, a) in before.iter().zip(&after) {
            assert_eq!(a.shown, b.shown);
            assert!(a.bundled, "drawn bundled");
            assert_eq!(a.points.first(), b.points.first(), "ends kept");
            assert_eq!(a.points.last(), b.points.last(), "ends kept");
            moved += usize::from(a.points != b.points);
        }
        assert!(moved * 2 > after.len(), "{moved} of {} moved", after.len());

        // A pan does not bundle again.
        let center = harness
            .state()
            .map_cache()
            .last_transform
            .expect("drawn")
            .rect
            .center();
        harness.drag_at(center);
        harness.run_steps(1);
        harness.hover_at(center + egui::vec2(40.0, 10.0));
        harness.run_steps(1);
        harness.drop_at(center + egui::vec2(40.0, 10.0));
        harness.run_steps(3);
        assert_eq!(
            harness.state().map_cache().bundles().started(),
            1,
            "pan: no bundling"
        );

        // A point on one bundled arc that is clear of every other arc and
        // of where the arc ran unbundled: a click there selects it.
        let transform = harness.state().map_cache().last_transform.expect("drawn");
        let screen = |l: &[WorldXY]| -> Vec<egui::Pos2> {
            l.iter().map(|p| transform.screen_from_world(*p)).collect()
        };
        let lines: Vec<Vec<egui::Pos2>> = after.iter().map(|a| screen(&a.points)).collect();
        let inside = transform.rect.shrink(60.0);
        let legend = harness
            .state()
            .map_cache()
            .legend_rect
            .map(|r| r.expand(10.0));
        let clear_of_legend = |p: egui::Pos2| legend.is_none_or(|r| !r.contains(p));
        let mut target = None;
        'search: for (i, arc) in after.iter().enumerate() {
            if arc.dimmed {
                continue;
            }
            let old = screen(&before[i].points);
            let n = lines[i].len();
            for p in &lines[i][n / 4..n * 3 / 4] {
                let clear = lines
                    .iter()
                    .enumerate()
                    .all(|(j, l)| j == i || distance(l, *p) > 12.0);
                if clear && inside.contains(*p) && clear_of_legend(*p) && distance(&old, *p) > 12.0
                {
                    target = Some((i, *p));
                    break 'search;
                }
            }
        }
        let (i, pos) = target.expect("a bundled arc with a point clear of the others");
        click_at(&mut harness, pos);
        let shown = &harness.state().shown().relations[after[i].shown];
        let want = (shown.a, shown.b, shown.dimension);
        assert_eq!(
            harness.state().state().selection.relation,
            Some(want),
            "the click on the bundled line selected its relation"
        );
        // The inspector lists it, with its source.
        let ds = harness.state().dataset();
        let title = shown
            .source(ds)
            .map(|s| ds.sources[s].title.clone())
            .expect("a source");
        harness.get_by_label_contains(&format!("Source: {title}"));
    }
}
