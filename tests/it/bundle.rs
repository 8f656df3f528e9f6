//! Edge bundling (#25 point 2): the kernel density algorithm on plane
//! lines (endpoints kept, deterministic, empty and single graphs as they
//! were, lines actually pulled together), the `relations.bundle` view key,
//! the map's bundled arcs (computed off the UI thread, "Bundling…"
//! meanwhile, still picked by hover and click) and the headless render;
//! the derived relations bundled the same way, each kind apart (window,
//! PNG, SVG, legend, hover).

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

/// Two parallel fans between two clusters: six states in the west, six in
/// the east, each western state related to every eastern one, twice (a
/// second cluster pair just north): lines that run together, which
/// weave around each other unless a bundle shares its trunk.
fn two_parallel_fans() -> Vec<Vec<WorldXY>> {
    let mut lines = Vec::new();
    for (dy, east) in [(0.0, 3_000.0), (1_400.0, 3_200.0)] {
        for i in 0..6 {
            for j in 0..6 {
                let a = (0.0, dy + f64::from(i) * 90.0);
                let b = (east, dy + 150.0 + f64::from(j) * 80.0);
                lines.push(line(a, b, 12));
            }
        }
    }
    lines
}

#[test]
fn bundling_crosses_lines_no_more_than_unbundled() {
    use heartland::geometry::bundle::crossings;
    let as_xy = |ls: &[Vec<WorldXY>]| -> Vec<Vec<[f64; 2]>> {
        ls.iter()
            .map(|l| l.iter().map(|p| [p.x, p.y]).collect())
            .collect()
    };
    for (name, lines) in [
        ("two parallel fans", two_parallel_fans()),
        ("two clusters and a crossing line", two_clusters()),
    ] {
        let bundled = bundle(&lines, &BundleOptions::default());
        let (before, after) = (crossings(&as_xy(&lines)), crossings(&as_xy(&bundled)));
        assert!(before > 0, "{name}: the fixture has crossings");
        assert!(
            after <= before,
            "{name}: {before} crossings unbundled, {after} bundled"
        );
        for (b, l) in bundled.iter().zip(&lines) {
            assert_eq!((b.first(), b.last()), (l.first(), l.last()), "{name}: ends");
        }
    }
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
fn the_legend_says_the_relations_are_bundled_in_the_window_and_in_figures() {
    use heartland::layers::legend::Row;
    use heartland::render::{Framing, Renderer, export_scale};
    let says = |rows: &[Row]| {
        rows.iter()
            .any(|r| matches!(r, Row::Text(t) if t.contains("Bundled") && t.contains("KDEEB")))
    };
    let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let size = [1200, 800];
    for bundled in [false, true] {
        let (dataset, state) = relations_2022(bundled);
        let shown = heartland::shown::Shown::compute(&dataset, &state);
        assert_eq!(shown.bundled, bundled);
        let legend = crate::common::legend_of_shown(&dataset, &shown, &state);
        assert_eq!(says(&legend), bundled, "the map's legend ({bundled})");
        // The PNG's display list and the vector figure (SVG, PDF).
        let mut renderer = Renderer::new(std::sync::Arc::clone(&geo));
        let (_, list) = renderer
            .render_figure(
                &dataset,
                &state,
                size,
                export_scale(size),
                None,
                Framing::View,
            )
            .expect("a PNG");
        let png: Vec<String> = list.texts().map(|(_, run)| run.text.clone()).collect();
        let png = png.join(" ");
        assert_eq!(png.contains("KDEEB"), bundled, "the PNG's legend: {png}");
        let figure = renderer
            .vector_figure(
                &dataset,
                &state,
                (size, export_scale(size)),
                None,
                Framing::View,
            )
            .expect("a vector figure");
        let svg = heartland::render::svg::to_svg(&figure, size);
        assert_eq!(svg.contains("KDEEB"), bundled, "the SVG's legend");
    }
    // Zoomed out into group flows, nothing is bundled: the legend does
    // not say it is.
    let (dataset, mut state) = relations_2022(true);
    state.relations.aggregate = heartland::state::Aggregate::Groups;
    state.camera.zoom = 0.3;
    let shown = heartland::shown::Shown::compute(&dataset, &state);
    assert!(shown.flows.is_some() && !shown.bundled);
}

/// The picture of `shapes` on a `size` canvas (white), and how many
/// vertices it took.
fn picture(shapes: Vec<egui::Shape>, size: [u32; 2]) -> (image::RgbaImage, usize) {
    let ctx = egui::Context::default();
    let rect =
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size[0] as f32, size[1] as f32));
    let mut output = ctx.run_ui(
        egui::RawInput {
            screen_rect: Some(rect),
            ..Default::default()
        },
        |_| {},
    );
    let mut raster = heartland::render::raster::Rasterizer::new();
    raster.apply_textures(&output.textures_delta);
    output.textures_delta.clear();
    let clipped = shapes
        .into_iter()
        .map(|shape| egui::epaint::ClippedShape {
            clip_rect: rect,
            shape,
            transform_after_tessellation: egui::emath::TSTransform::IDENTITY,
        })
        .collect();
    let primitives = ctx.tessellate(clipped, 1.0);
    let vertices = primitives
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum();
    let image = raster.render(&primitives, 1.0, size, egui::Color32::WHITE);
    (image, vertices)
}

/// The bundled arcs of the 2022 relations as a `size` render draws them,
/// and the map's transform there.
fn bundled_arcs_2022(
    size: [u32; 2],
) -> (
    Vec<heartland::layers::relations::RelationArc>,
    heartland::transform::MapTransform,
) {
    let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let (dataset, state) = relations_2022(true);
    let mut renderer = heartland::render::Renderer::new(geo);
    renderer.render(&dataset, &state, size).expect("renders");
    let arcs = renderer.map_cache().drawn().arcs.clone();
    let transform = renderer.map_cache().last_transform.expect("drawn");
    (arcs, transform)
}

#[test]
fn shared_trunks_are_drawn_once_and_the_picture_stays() {
    use heartland::layers::relations::{shapes, shapes_of_runs, visible_runs};
    let size = [1200, 800];
    let (arcs, transform) = bundled_arcs_2022(size);
    assert!(arcs.iter().all(|a| a.bundled), "bundled");
    let runs = visible_runs(&arcs);
    // Each arc's runs are its own points, in order, without overlap.
    for (arc, runs) in arcs.iter().zip(&runs) {
        assert!(
            runs.iter()
                .all(|r| r.len() >= 2 && r.end <= arc.points.len())
        );
        assert!(runs.windows(2).all(|w| w[0].end <= w[1].start));
    }
    let segments: usize = arcs.iter().map(|a| a.points.len() - 1).sum();
    let drawn: usize = runs.iter().flatten().map(|r| r.len() - 1).sum();
    assert!(
        drawn * 10 < segments * 9,
        "shared trunk segments drawn once: {drawn} of {segments}"
    );
    // Every segment of every arc is still drawn by some arc.
    let key = |a: heartland::geometry::WorldXY, b: heartland::geometry::WorldXY| {
        let (p, q) = (
            (a.x.to_bits(), a.y.to_bits()),
            (b.x.to_bits(), b.y.to_bits()),
        );
        if p <= q { (p, q) } else { (q, p) }
    };
    let mut covered = std::collections::BTreeSet::new();
    for (arc, runs) in arcs.iter().zip(&runs) {
        for r in runs {
            for w in arc.points[r.clone()].windows(2) {
                covered.insert(key(w[0], w[1]));
            }
        }
    }
    for arc in &arcs {
        for w in arc.points.windows(2) {
            assert!(covered.contains(&key(w[0], w[1])), "a segment left out");
        }
    }
    let rect = transform.rect;
    let mut every = Vec::new();
    shapes(&mut every, rect, &arcs, &transform, None);
    let mut once = Vec::new();
    shapes_of_runs(&mut once, rect, (&arcs, Some(&runs)), &transform, None);
    let (before, before_vertices) = picture(every, size);
    let (after, after_vertices) = picture(once, size);
    assert!(
        after_vertices * 10 < before_vertices * 9,
        "fewer vertices: {after_vertices} against {before_vertices}"
    );
    // The same picture to the eye: few pixels differ visibly (joins and
    // anti-aliased edges where a line now ends under another).
    let whole = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(before.width() as f32, before.height() as f32),
    );
    let (inked, differ) = differing(&before, &after, whole);
    eprintln!(
        "trunks once: {after_vertices} vertices against {before_vertices}; \
         {differ} of {inked} inked pixels differ by more than 32 of 255"
    );
    assert!(inked > 10_000, "the arcs are drawn: {inked} pixels");
    assert!(differ * 50 < inked, "{differ} of {inked} pixels differ");
}

/// The inked pixels of `a` inside `rect` and how many pixels there `b`
/// draws visibly otherwise (by more than 32 of 255 in a channel).
fn differing(a: &image::RgbaImage, b: &image::RgbaImage, rect: egui::Rect) -> (usize, usize) {
    let (mut inked, mut differ) = (0usize, 0usize);
    let inside = |(x, y, _): &(u32, u32, _)| rect.contains(egui::pos2(*x as f32, *y as f32));
    for ((_, _, a), (_, _, b)) in a
        .enumerate_pixels()
        .filter(inside)
        .zip(b.enumerate_pixels().filter(inside))
    {
        let gap =
            a.0.iter()
                .zip(b.0)
                .map(|(x, y)| x.abs_diff(y))
                .max()
                .unwrap_or(0);
        inked += usize::from(a.0 != [255, 255, 255, 255]);
        differ += usize::from(gap > 32);
    }
    (inked, differ)
}

#[test]
fn a_pan_moves_the_kept_pieces_and_the_picture_stays() {
    use heartland::layers::relations::{KeptPieces, shapes_of_runs, visible_runs};
    let size = [1200, 800];
    let (arcs, transform) = bundled_arcs_2022(size);
    let runs = visible_runs(&arcs);
    // Drawn into the middle of the map only, so that a pan leaves the
    // area the kept pieces cover (the view and a view size around it).
    let rect = egui::Rect::from_center_size(transform.rect.center(), egui::vec2(400.0, 300.0));
    let panned = |dx: f64, dy: f64| {
        let mut t = transform;
        t.center_world.x += dx * t.km_per_point;
        t.center_world.y += dy * t.km_per_point;
        t
    };
    let mut kept = KeptPieces::default();
    // A new scale: the runs uncovered; the same scale again: the coverage
    // test over the view and a view size around it; then pans: inside that
    // area, out of it (computed again), inside the new one; a hover there
    // (the hovered line drawn whole, the pieces kept).
    let strongest = heartland::layers::relations::drawing_order(&arcs)
        .last()
        .copied();
    for (step, (t, hovered)) in [
        (transform, None),
        (transform, None),
        (panned(200.5, -150.25), None),
        (panned(-520.0, 60.0), None),
        (panned(-300.0, -40.5), None),
        (panned(-300.0, -40.5), strongest),
    ]
    .iter()
    .enumerate()
    {
        let mut fresh = Vec::new();
        shapes_of_runs(&mut fresh, rect, (&arcs, Some(&runs)), t, *hovered);
        let mut moved = Vec::new();
        kept.shapes(&mut moved, rect, (&arcs, &runs, 1), t, *hovered);
        let (fresh, _) = picture(fresh, size);
        let (moved, _) = picture(moved, size);
        // Only the view counts: the map clips what reaches past it.
        let (inked, differ) = differing(&fresh, &moved, rect);
        eprintln!("step {step}: {differ} of {inked} inked pixels differ");
        assert!(
            inked > 1_000,
            "step {step}: the arcs are drawn: {inked} pixels"
        );
        assert!(
            differ * 50 <= inked,
            "step {step}: {differ} of {inked} pixels differ"
        );
    }
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

// ---- Derived relations, bundled ----

/// UN vote agreement in 2022 among every state of the data (scope "all"),
/// with the judged relations off, bundled or not.
fn agreement_2022(bundled: bool) -> (heartland::model::Dataset, heartland::state::State) {
    use heartland::state::{DerivedKind, Scope};
    let (dataset, mut state) = relations_2022(bundled);
    state.layers.relations = false;
    state.analysis.derived.insert(DerivedKind::UnVoteAgreement);
    state.analysis.scope = Scope::All;
    (dataset, state)
}

/// How many points of `lines` lie on two lines or more (shared trunks).
fn shared_points(lines: &[&[WorldXY]]) -> usize {
    let mut seen: std::collections::BTreeMap<(u64, u64), std::collections::BTreeSet<usize>> =
        std::collections::BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let n = line.len();
        for p in line.iter().take(n.saturating_sub(1)).skip(1) {
            seen.entry((p.x.to_bits(), p.y.to_bits()))
                .or_default()
                .insert(i);
        }
    }
    seen.values().filter(|s| s.len() > 1).count()
}

#[test]
fn derived_arcs_are_bundled_at_their_capitals_and_the_same_each_time() {
    use heartland::render::Renderer;
    let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let size = [900, 600];
    let (dataset, plain_state) = agreement_2022(false);
    let (_, bundled_state) = agreement_2022(true);
    let mut plain = Renderer::new(std::sync::Arc::clone(&geo));
    let plain_image = plain.render(&dataset, &plain_state, size).expect("renders");
    let mut bundled = Renderer::new(std::sync::Arc::clone(&geo));
    let bundled_image = bundled
        .render(&dataset, &bundled_state, size)
        .expect("renders");
    let shown = heartland::shown::Shown::compute(&dataset, &bundled_state);
    let plain_lines = &plain.map_cache().drawn().derived;
    let lines = &bundled.map_cache().drawn().derived;
    assert!(lines.len() > 50, "many agreement pairs: {}", lines.len());
    assert!(plain.map_cache().drawn().arcs.is_empty(), "no judged arc");
    assert!(plain_lines.iter().all(|l| !l.bundled), "plain when off");
    assert!(
        lines.iter().all(|l| l.bundled),
        "every derived line bundled in the first frame of a render"
    );
    assert!(!bundled.map_cache().is_bundling());
    // Endpoints exactly at the capitals.
    let projection = bundled.map_cache().last_projection.clone().expect("drawn");
    let capital = |c| {
        let p = dataset.capital_of(c).expect("a capital");
        projection
            .project(heartland::geometry::LonLat {
                lon: p.lon,
                lat: p.lat,
            })
            .expect("on the projection")
    };
    assert_eq!(plain_lines.len(), lines.len());
    for (p, b) in plain_lines.iter().zip(lines) {
        assert_eq!(p.shown, b.shown, "the same pairs");
        let d = &shown.derived[b.shown];
        assert_eq!(b.points.first(), Some(&capital(d.a)), "starts at {}", d.a);
        assert_eq!(b.points.last(), Some(&capital(d.b)), "ends at {}", d.b);
    }
    // Bundled: longer lines than the plain arcs, running on shared trunks.
    let longer = lines
        .iter()
        .zip(plain_lines)
        .filter(|(b, p)| b.points.len() > p.points.len())
        .count();
    assert!(longer * 2 > lines.len(), "{longer} of {}", lines.len());
    let bundled_points: Vec<&[WorldXY]> = lines.iter().map(|l| l.points.as_slice()).collect();
    let plain_points: Vec<&[WorldXY]> = plain_lines.iter().map(|l| l.points.as_slice()).collect();
    let shared = shared_points(&bundled_points);
    assert!(shared > 20, "shared trunk points: {shared}");
    assert_eq!(shared_points(&plain_points), 0, "plain arcs share none");
    let share = crate::common::differing_share(&plain_image, &bundled_image, 24);
    assert!(share > 0.002, "the bundled lines are drawn: {share}");
    // Again, by a fresh renderer: the same lines and pixels.
    let mut again = Renderer::new(std::sync::Arc::clone(&geo));
    let again_image = again
        .render(&dataset, &bundled_state, size)
        .expect("renders");
    assert_eq!(&again.map_cache().drawn().derived, lines, "deterministic");
    assert_eq!(again_image, bundled_image, "deterministic pixels");
}

#[test]
fn figures_draw_the_derived_lines_bundled_and_the_legend_says_so() {
    use heartland::layers::legend::Row;
    use heartland::render::{Framing, Renderer, export_scale};
    let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let size = [1200, 800];
    let mut svgs = Vec::new();
    for bundled in [false, true] {
        let (dataset, state) = agreement_2022(bundled);
        let shown = heartland::shown::Shown::compute(&dataset, &state);
        assert!(!shown.bundled, "no judged arcs to bundle");
        let legend = crate::common::legend_of_shown(&dataset, &shown, &state);
        let says = legend
            .iter()
            .any(|r| matches!(r, Row::Text(t) if t.contains("Derived arcs bundled")));
        assert_eq!(says, bundled, "the legend ({bundled}): {legend:?}");
        let mut renderer = Renderer::new(std::sync::Arc::clone(&geo));
        let (_, list) = renderer
            .render_figure(
                &dataset,
                &state,
                size,
                export_scale(size),
                None,
                Framing::View,
            )
            .expect("a PNG");
        let png: Vec<String> = list.texts().map(|(_, run)| run.text.clone()).collect();
        assert_eq!(
            png.join(" ").contains("Derived arcs bundled"),
            bundled,
            "the PNG's legend"
        );
        let drawn = &renderer.map_cache().drawn().derived;
        assert!(!drawn.is_empty() && drawn.iter().all(|l| l.bundled == bundled));
        let figure = renderer
            .vector_figure(
                &dataset,
                &state,
                (size, export_scale(size)),
                None,
                Framing::View,
            )
            .expect("a vector figure");
        let svg = heartland::render::svg::to_svg(&figure, size);
        assert_eq!(svg.contains("Derived arcs bundled"), bundled, "SVG legend");
        svgs.push(svg);
    }
    // The SVG's analysis layer draws other (bundled) lines.
    let analysis = |svg: &str| {
        let start = svg.find("id=\"analysis\"").expect("the analysis layer");
        let rest = &svg[start..];
        rest[..rest.find("</g>").unwrap_or(rest.len())].to_owned()
    };
    assert_ne!(analysis(&svgs[0]), analysis(&svgs[1]), "bundled in the SVG");
    // One pair only: nothing to bundle, the legend does not say it is.
    let (dataset, mut state) = agreement_2022(true);
    state.analysis.scope = heartland::state::Scope::Focus;
    let mut shown = heartland::shown::Shown::compute(&dataset, &state);
    shown.derived.truncate(1);
    let legend = crate::common::legend_of_shown(&dataset, &shown, &state);
    assert!(
        !legend
            .iter()
            .any(|r| matches!(r, Row::Text(t) if t.contains("Derived arcs bundled"))),
        "{legend:?}"
    );
}

// ---- The window ----

mod window {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    use heartland::geometry::WorldXY;

    use crate::common::{click_at, click_widget, relations_in, wait_for_bundles};

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

    /// Where on the map a test may point: inside it by 60 points, and the
    /// legend's rectangle (grown by 10) to keep clear of.
    fn map_inside(
        harness: &egui_kittest::Harness<'static, heartland::app::HeartlandApp>,
    ) -> (egui::Rect, Option<egui::Rect>) {
        let cache = harness.state().map_cache();
        let transform = cache.last_transform.expect("drawn");
        let legend = cache.legend_rect.map(|r| r.expand(10.0));
        (transform.rect.shrink(60.0), legend)
    }

    /// The point inside the map, clear of the legend, in the middle of a
    /// line, where the most lines (`lines`: plane points, dimmed) that are
    /// not dimmed run within a point of it; and how many run there.
    fn busiest_point(
        harness: &egui_kittest::Harness<'static, heartland::app::HeartlandApp>,
        lines: &[(&[WorldXY], bool)],
    ) -> (usize, egui::Pos2) {
        let transform = harness.state().map_cache().last_transform.expect("drawn");
        let screen: Vec<Vec<egui::Pos2>> = lines
            .iter()
            .map(|(l, _)| l.iter().map(|p| transform.screen_from_world(*p)).collect())
            .collect();
        let (inside, legend) = map_inside(harness);
        let mut best: Option<(usize, egui::Pos2)> = None;
        for (line, (_, dimmed)) in screen.iter().zip(lines) {
            if *dimmed {
                continue;
            }
            let n = line.len();
            for p in &line[n / 4..n * 3 / 4] {
                if !inside.contains(*p) || legend.is_some_and(|r| r.contains(*p)) {
                    continue;
                }
                let under = screen
                    .iter()
                    .zip(lines)
                    .filter(|(l, (_, dimmed))| !dimmed && distance(l, *p) < 1.0)
                    .count();
                if best.is_none_or(|(b, _)| under > b) {
                    best = Some((under, *p));
                }
            }
        }
        best.expect("a point on the lines")
    }

    #[test]
    fn ticking_bundle_relations_bundles_off_the_ui_thread_and_a_click_still_selects() {
        let mut harness = relations_in(2022);
        let before: Vec<_> = harness.state().map_cache().drawn().arcs.clone();
        assert!(before.len() > 10, "{} arcs", before.len());
        click_widget(&mut harness, Role::CheckBox, "Bundle relations");
        // Wait for the job, looking at each frame: the map says so while
        // the arcs are being bundled.
        let said = wait_for_bundles(&mut harness);
        assert!(harness.state().state().relations.bundle, "the choice is on");
        assert!(
            !harness.state().map_cache().is_bundling(),
            "the bundles arrived"
        );
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
        let (inside, legend) = map_inside(&harness);
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
        let ds = harness.state().session().dataset();
        let title = shown
            .source(ds)
            .map(|s| ds.sources[s].title.clone())
            .expect("a source");
        harness.get_by_label_contains(&format!("Source: {title}"));
    }

    #[test]
    fn hovering_a_bundle_lists_its_relations_and_a_click_lists_them_in_the_inspector() {
        use egui_kittest::kittest::NodeT as _;
        let mut harness = relations_in(2022);
        click_widget(&mut harness, Role::CheckBox, "Bundle relations");
        wait_for_bundles(&mut harness);
        harness.run_steps(2);
        let arcs: Vec<_> = harness.state().map_cache().drawn().arcs.clone();
        assert!(arcs.iter().all(|a| a.bundled), "bundled");
        let lines: Vec<(&[WorldXY], bool)> = arcs
            .iter()
            .map(|a| (a.points.as_slice(), a.dimmed))
            .collect();
        let (under, pos) = busiest_point(&harness, &lines);
        assert!(under >= 2, "lines run together in a bundle: {under}");
        harness.hover_at(pos);
        harness.run_steps(5);
        let hovered = harness.state().map_cache().hovered.clone();
        assert!(
            matches!(hovered, Some(heartland::map::Hovered::Bundle { .. })),
            "a bundle under the pointer at {pos:?}: {hovered:?}"
        );
        let node = harness
            .get_by_label_contains("relations in this bundle")
            .accesskit_node();
        let tooltip = node.label().or(node.value()).unwrap_or_default();
        let first = tooltip.lines().next().unwrap_or_default().to_owned();
        let count: usize = first
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("the tooltip counts the relations");
        assert!(count >= under, "{tooltip}");
        let listed = tooltip.lines().count() - 1;
        assert_eq!(
            listed,
            count.min(heartland::layers::relations::BUNDLE_LISTED)
                + usize::from(count > heartland::layers::relations::BUNDLE_LISTED),
            "each relation listed, or the strongest and 'and N more': {tooltip}"
        );

        click_at(&mut harness, pos);
        let selection = harness.state().state().selection.clone();
        assert_eq!(selection.bundle.len(), count, "the click keeps the bundle");
        assert_eq!(selection.relation, selection.bundle.first().copied());
        // The strongest first.
        let ds = harness.state().session().dataset();
        let strength = |(a, b, d): (heartland::model::CountryCode, _, _)| {
            ds.relations
                .iter()
                .find(|r| r.a == a && r.b == b && r.dimension == d)
                .and_then(|r| r.score_at(2022))
                .map_or(0.0, |s| s.value().abs())
        };
        let strengths: Vec<f64> = selection.bundle.iter().map(|r| strength(*r)).collect();
        assert!(
            strengths.windows(2).all(|w| w[0] >= w[1]),
            "strongest first: {strengths:?}"
        );
        harness.get_by_label(&format!("{count} relations in this bundle"));
        // The second is a link: clicking it selects it, the list stays.
        let (a, b, d) = selection.bundle[1];
        let name = format!(
            "{} – {} · {}",
            ds.country_name(a),
            ds.country_name(b),
            d.label()
        );
        // Away from the map (the tooltip goes), the link scrolled into view.
        harness.hover_at(egui::pos2(1.0, 1.0));
        harness.run_steps(2);
        let is_link = |n: &egui_kittest::Node<'_>| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(&name))
        };
        harness
            .query_all_by_role(Role::Link)
            .find(is_link)
            .expect("the inspector's link")
            .scroll_to_me();
        harness.run_steps(2);
        harness
            .query_all_by_role(Role::Link)
            .find(is_link)
            .expect("the inspector's link")
            .click_accesskit();
        harness.run_steps(2);
        let after = &harness.state().state().selection;
        let rect = harness
            .query_all_by_role(Role::Link)
            .find(is_link)
            .map(|n| n.rect());
        assert_eq!(
            after.relation,
            Some((a, b, d)),
            "the link at {rect:?} selected it"
        );
        assert_eq!(after.bundle, selection.bundle, "the list stays");
    }

    #[test]
    fn hovering_a_bundle_of_derived_lines_lists_the_pairs_and_a_click_lists_them_in_the_inspector()
    {
        use egui_kittest::kittest::NodeT as _;
        let mut harness = relations_in(2022);
        for label in ["Bundle relations", "Relations", "UN vote agreement"] {
            click_widget(&mut harness, Role::CheckBox, label);
        }
        assert!(!harness.state().state().layers.relations, "judged arcs off");
        let said = wait_for_bundles(&mut harness);
        harness.run_steps(2);
        assert!(said, "the map said 'Bundling…' while it worked");
        // A pan does not bundle again.
        let started = harness.state().map_cache().bundles().started();
        assert!(started >= 1, "bundled on another thread");
        let center = harness
            .state()
            .map_cache()
            .last_transform
            .expect("drawn")
            .rect
            .center();
        harness.drag_at(center);
        harness.run_steps(1);
        harness.hover_at(center + egui::vec2(30.0, 10.0));
        harness.run_steps(1);
        harness.drop_at(center + egui::vec2(30.0, 10.0));
        harness.run_steps(3);
        assert_eq!(
            harness.state().map_cache().bundles().started(),
            started,
            "pan: no bundling"
        );
        assert!(!harness.state().map_cache().is_bundling());
        let lines: Vec<_> = harness.state().map_cache().drawn().derived.clone();
        assert!(lines.len() > 10, "{} derived lines", lines.len());
        assert!(lines.iter().all(|l| l.bundled), "bundled in the window");
        let legend = &harness.state().map_cache().legend;
        assert!(
            legend.iter().any(|r| matches!(
                r,
                heartland::layers::legend::Row::Text(t) if t.contains("Derived arcs bundled")
            )),
            "the legend says so: {legend:?}"
        );
        let derived = harness.state().shown().derived.clone();
        let drawn: Vec<(&[WorldXY], bool)> = lines
            .iter()
            .map(|l| (l.points.as_slice(), derived[l.shown].dimmed))
            .collect();
        let (running, pos) = busiest_point(&harness, &drawn);
        assert!(running >= 3, "derived lines run together: {running}");
        harness.hover_at(pos);
        harness.run_steps(5);
        let hovered = harness.state().map_cache().hovered.clone();
        let Some(heartland::map::Hovered::DerivedBundle { indices, under }) = hovered else {
            panic!("a derived bundle under the pointer at {pos:?}: {hovered:?}");
        };
        assert!(indices.len() >= running, "{indices:?}");
        let values: Vec<f64> = indices.iter().map(|i| derived[*i].value).collect();
        assert!(
            values.windows(2).all(|w| w[0] >= w[1]),
            "strongest first: {values:?}"
        );
        let node = harness
            .get_by_label_contains("derived relations in this bundle")
            .accesskit_node();
        let tooltip = node.label().or(node.value()).unwrap_or_default();
        let count: usize = tooltip
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("the tooltip counts the pairs");
        assert_eq!(count, indices.len(), "{tooltip}");
        let listed = heartland::layers::relations::BUNDLE_LISTED;
        assert_eq!(
            tooltip.lines().count() - 1,
            count.min(listed) + usize::from(count > listed),
            "each pair listed, or the strongest and 'and N more': {tooltip}"
        );
        let ds = harness.state().session().dataset();
        let first = &derived[indices[0]];
        let second_line = tooltip.lines().nth(1).unwrap_or_default();
        assert!(
            second_line.contains(&ds.country_name(first.a))
                && second_line.contains(&ds.country_name(first.b)),
            "the strongest pair first: {tooltip}"
        );
        if count > listed {
            assert!(tooltip.contains(&format!("and {} more", count - listed)));
        }
        let strongest = heartland::layers::analysis::derived_line(first, ds);
        // A click selects the country under it (as a click on a derived
        // arc does) and lists the bundle's derived relations, strongest
        // first, in the inspector.
        click_at(&mut harness, pos);
        let selection = harness.state().state().selection.clone();
        assert_eq!(selection.country, under, "{selection:?}");
        assert!(selection.relation.is_none() && selection.bundle.is_empty());
        let listed: Vec<_> = indices
            .iter()
            .map(|i| (derived[*i].a, derived[*i].b, derived[*i].kind))
            .collect();
        assert_eq!(
            selection.derived_bundle, listed,
            "the click keeps the bundle"
        );
        // Away from the map (the tooltip goes): the inspector lists them.
        harness.hover_at(egui::pos2(1.0, 1.0));
        harness.run_steps(2);
        harness.get_by_label(&format!("{count} derived relations in this bundle"));
        harness.get_by_label(&strongest);
    }
}
