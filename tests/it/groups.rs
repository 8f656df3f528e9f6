//! Flows between groups of states (#25 point 1): the bundled grouping, the
//! sums by sign, the zoom that opens the groups, the view key.

#![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]

use std::collections::BTreeMap;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use heartland::analysis::groups::{Grouping, UserGroup};
use heartland::app::HeartlandApp;
use heartland::layers::legend::Row;
use heartland::model::{CountryCode, Date, Dimension, Interval, Score};
use heartland::shown::groups::ShownFlows;
use heartland::shown::{Shown, ShownRelation};
use heartland::state::{
    Aggregate, DerivedKind, GROUPS_OPEN_AT_ZOOM, MetricsGraph, RelationFilter, Scope, State, View,
};

use crate::common::{click_at, code, relations_in};

fn relation(index: usize, a: &str, b: &str, score: f64) -> ShownRelation {
    let score = Score::new(score).expect("a score in [-1, 1]");
    ShownRelation {
        relation: index,
        period_index: 0,
        a: code(a),
        b: code(b),
        dimension: Dimension::ALL[0],
        score,
        band: score.band(),
        directed: false,
        period: Interval::new(Date::year_only(2000).expect("a year"), None).expect("an interval"),
        dimmed: false,
        parallel: 0,
    }
}

/// The group id or state code of a node of `flows`.
fn node_name(flows: &ShownFlows, i: usize) -> String {
    let n = &flows.nodes[i];
    n.group
        .as_ref()
        .map_or_else(|| n.members[0].to_string(), |g| g.id.clone())
}

/// Each flow as `(a, b) → (positive, negative, +count, −count, 0count)`.
type Sums = BTreeMap<(String, String), (f64, f64, usize, usize, usize)>;

fn sums(flows: &ShownFlows) -> Sums {
    flows
        .flows
        .iter()
        .map(|f| {
            (
                (node_name(flows, f.a), node_name(flows, f.b)),
                (
                    f.flow.positive,
                    f.flow.negative,
                    f.flow.positive_count,
                    f.flow.negative_count,
                    f.flow.neutral_count,
                ),
            )
        })
        .collect()
}

/// The same sums, computed independently: each relation added to the pair
/// of its states' groups (the state's code where it is in none, or where
/// its group is `open`).
fn expected(relations: &[ShownRelation], grouping: &Grouping, open: &[&str]) -> Sums {
    let name = |c: CountryCode| match grouping.group_of(c) {
        Some(i) if !open.contains(&grouping.groups[i].id.as_str()) => {
            (i, grouping.groups[i].id.clone())
        }
        _ => (usize::MAX, c.to_string()),
    };
    let mut out = Sums::new();
    for r in relations {
        let (x, y) = (name(r.a), name(r.b));
        if x.1 == y.1 {
            continue; // inside one group
        }
        // Groups first (in the grouping's order), then states by code.
        let key = if (x.0, &x.1) <= (y.0, &y.1) {
            (x.1, y.1)
        } else {
            (y.1, x.1)
        };
        let e = out.entry(key).or_default();
        let s = r.score.value();
        if s > 0.0 {
            e.0 += s;
            e.2 += 1;
        } else if s < 0.0 {
            e.1 += s;
            e.3 += 1;
        } else {
            e.4 += 1;
        }
    }
    out
}

fn assert_same(got: &Sums, want: &Sums) {
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "the same pairs"
    );
    for (k, g) in got {
        let w = want[k];
        assert!(
            (g.0 - w.0).abs() < 1e-9
                && (g.1 - w.1).abs() < 1e-9
                && (g.2, g.3, g.4) == (w.2, w.3, w.4),
            "{k:?}: {g:?} ≠ {w:?}"
        );
    }
}

#[test]
fn group_weights_are_their_members_sums_with_the_signs_apart_on_a_fixture() {
    let dataset = heartland::data::load_bundled().dataset;
    // Central Asia (KAZ, KGZ, UZB) with Russia (Eastern Europe) and the
    // South Caucasus (ARM, AZE): friendly and hostile ties between the same
    // two groups, a tie inside a group, a neutral one.
    let relations = vec![
        relation(0, "KAZ", "RUS", 0.8),
        relation(1, "KGZ", "RUS", 0.6),
        relation(2, "RUS", "UZB", -0.7),
        relation(3, "ARM", "AZE", -0.9),
        relation(4, "AZE", "KAZ", 0.5),
        relation(5, "ARM", "KGZ", 0.0),
    ];
    let filter = RelationFilter::default();
    let flows = heartland::shown::groups::compute(&dataset, &relations, &filter);
    let got = sums(&flows);
    let key = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    let ca_ee = got[&key("143", "151")];
    assert!((ca_ee.0 - 1.4).abs() < 1e-9, "0.8 + 0.6: {ca_ee:?}");
    assert!(
        (ca_ee.1 + 0.7).abs() < 1e-9,
        "the hostile tie is kept apart, not netted to 0.7: {ca_ee:?}"
    );
    assert_eq!((ca_ee.2, ca_ee.3, ca_ee.4), (2, 1, 0));
    let ca_sc = got[&key("143", "south-caucasus")];
    assert_eq!((ca_sc.2, ca_sc.3, ca_sc.4), (1, 0, 1), "{ca_sc:?}");
    assert!(!got.contains_key(&key("south-caucasus", "south-caucasus")));
    let caucasus = flows
        .nodes
        .iter()
        .find(|n| n.group.as_ref().is_some_and(|g| g.id == "south-caucasus"))
        .expect("the South Caucasus is a node");
    assert_eq!(caucasus.inside, 1, "ARM–AZE is inside it");
    assert_eq!(flows.relations, relations.len());
    assert_same(&got, &expected(&relations, Grouping::bundled(), &[]));

    // Opening Central Asia: its states are drawn as themselves.
    let mut open = filter.clone();
    open.opened_groups.insert("143".to_owned());
    let opened = heartland::shown::groups::compute(&dataset, &relations, &open);
    let got = sums(&opened);
    assert!(got.contains_key(&key("151", "KAZ")), "{got:?}");
    assert!(!got.keys().any(|(a, b)| a == "143" || b == "143"));
    assert_same(&got, &expected(&relations, Grouping::bundled(), &["143"]));
}

/// The bundled data's 2022 relations, zoomed out to the world, by groups.
fn world_2022(filter: RelationFilter) -> (heartland::model::Dataset, State, Shown) {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        year: 2022,
        relations: RelationFilter {
            aggregate: Aggregate::Groups,
            ..filter
        },
        ..State::default()
    };
    state.layers.relations = true;
    state.camera.zoom = 0.3;
    let shown = Shown::compute(&dataset, &state);
    (dataset, state, shown)
}

#[test]
fn group_weights_are_their_members_sums_on_the_bundled_data() {
    let (dataset, mut state, shown) = world_2022(RelationFilter::default());
    let flows = shown.flows.as_ref().expect("zoomed out: flows");
    assert!(flows.flows.len() >= 3, "{} flows", flows.flows.len());
    assert_same(
        &sums(flows),
        &expected(&shown.relations, Grouping::bundled(), &[]),
    );
    let counted: usize = flows.flows.iter().map(|f| f.flow.count()).sum::<usize>()
        + flows.nodes.iter().map(|n| n.inside).sum::<usize>();
    assert_eq!(counted, shown.relations.len(), "every relation in one flow");
    assert!(
        flows
            .flows
            .iter()
            .any(|f| f.flow.positive_count > 0 && f.flow.negative_count > 0),
        "2022 has a pair of groups with friendly and hostile ties"
    );
    // The export writes the flows.
    let export = heartland::export::Export::of(&dataset, &shown);
    assert_eq!(export.flows.len(), flows.flows.len());
    // Zoomed in past the threshold: every relation, no flows.
    state.camera.zoom = GROUPS_OPEN_AT_ZOOM;
    let zoomed = Shown::compute(&dataset, &state);
    assert!(zoomed.flows.is_none());
    assert_eq!(zoomed.relations, shown.relations);
    // A user's group replaces part of the bundled grouping.
    let user = vec![UserGroup {
        name: "Caspian".into(),
        members: ["AZE", "IRN", "KAZ", "RUS", "TKM"].map(code).to_vec(),
    }];
    let (_, _, custom) = world_2022(RelationFilter {
        groups: user.clone(),
        ..RelationFilter::default()
    });
    let custom_flows = custom.flows.as_ref().expect("flows");
    assert!(
        custom_flows
            .nodes
            .iter()
            .any(|n| n.group.as_ref().is_some_and(|g| g.id == "user:Caspian"))
    );
    assert_same(
        &sums(custom_flows),
        &expected(&custom.relations, &Grouping::with_user_groups(&user), &[]),
    );
}

#[test]
fn aggregate_and_groups_are_kept_in_views_as_format_2_and_version_1_views_mean_states() {
    let mut state = State::default();
    state.relations.aggregate = Aggregate::Groups;
    state.relations.groups = vec![UserGroup {
        name: "Caspian".into(),
        members: vec![code("AZE"), code("KAZ")],
    }];
    let (loaded, old) = crate::common::format_2_round_trip(&state, "\"aggregate\": \"groups\"");
    assert_eq!(loaded.relations.aggregate, Aggregate::Groups);
    assert_eq!(loaded.relations.groups, state.relations.groups);
    assert_eq!(old.relations.aggregate, Aggregate::States);
    assert_eq!(State::default().to_view().format, Some(1));

    let bad = br#"{ "format": 2, "relations": { "aggregate": "regions" } }"#;
    let err = View::from_json(bad, "b.view.json").expect_err("unknown value");
    assert!(err.to_string().contains("relations.aggregate"), "{err}");
    let twice = br#"{ "format": 2, "relations": { "aggregate": "groups",
        "groups": [ { "name": "A", "members": ["KAZ"] }, { "name": "B", "members": ["UZB", "KAZ"] } ] } }"#;
    let err = View::from_json(twice, "t.view.json").expect_err("KAZ twice");
    let text = err.to_string();
    assert!(
        text.contains("t.view.json")
            && text.contains("relations.groups[1].members[1]")
            && text.contains("KAZ is already in group relations.groups[0]"),
        "{text}"
    );
}

/// Press − (or +) on the map until the zoom is below (above) `zoom`.
fn zoom_past(harness: &mut Harness<'_, HeartlandApp>, zoom: f64, out: bool) {
    let centre = crate::common::screen_pos(harness, 60.0, 43.0);
    harness.hover_at(centre);
    for _ in 0..20 {
        let now = harness.state().state().camera.zoom;
        if (out && now < zoom) || (!out && now >= zoom) {
            break;
        }
        harness.key_press(if out {
            egui::Key::Minus
        } else {
            egui::Key::Plus
        });
        harness.run_steps(2);
    }
    harness.run_steps(2);
}

fn legend_has(harness: &Harness<'_, HeartlandApp>, title: &str) -> bool {
    harness
        .state()
        .map_cache()
        .legend
        .iter()
        .any(|r| matches!(r, Row::Title(t) if t == title))
}

#[test]
fn zooming_in_opens_the_groups_into_their_states_and_clicking_opens_one() {
    let mut harness = relations_in(2022);
    crate::common::click_widget(&mut harness, Role::ComboBox, "Zoomed out");
    harness.get_by_label("flows between groups").click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().state().relations.aggregate,
        Aggregate::Groups
    );
    let flows_title = "Flows between groups (width = summed strength)";

    zoom_past(&mut harness, GROUPS_OPEN_AT_ZOOM, true);
    let drawn = harness.state().map_cache().drawn().clone();
    assert!(!drawn.flows.is_empty(), "zoomed out: flows between groups");
    assert!(drawn.arcs.is_empty(), "and no relation arcs");
    assert!(legend_has(&harness, flows_title), "the legend says so");

    // Clicking Central Asia's disc opens it into its states.
    let flows = harness.state().shown().flows.clone().expect("flows");
    let dot = drawn
        .nodes
        .iter()
        .find(|d| {
            flows.nodes[d.node]
                .group
                .as_ref()
                .is_some_and(|g| g.id == "143")
        })
        .expect("a disc for Central Asia");
    let at = harness
        .state()
        .map_cache()
        .last_transform
        .expect("painted")
        .screen_from_world(dot.at);
    click_at(&mut harness, at);
    assert!(
        harness
            .state()
            .state()
            .relations
            .opened_groups
            .contains("143"),
        "Central Asia opened"
    );
    let opened = harness.state().shown().flows.clone().expect("still flows");
    assert!(
        opened
            .nodes
            .iter()
            .any(|n| n.group.is_none() && n.members == [code("KAZ")]),
        "Kazakhstan is drawn as itself"
    );
    assert!(
        !opened
            .nodes
            .iter()
            .any(|n| n.group.as_ref().is_some_and(|g| g.id == "143")),
        "Central Asia is no longer a node"
    );

    // Zooming in past the threshold: every relation between its states.
    zoom_past(&mut harness, GROUPS_OPEN_AT_ZOOM, false);
    let drawn = harness.state().map_cache().drawn().clone();
    assert!(drawn.flows.is_empty() && drawn.nodes.is_empty());
    assert_eq!(drawn.arcs.len(), harness.state().shown().relations.len());
    assert!(!legend_has(&harness, flows_title));
}

// ---- Derived relations at scale (#25 point 4) ----

#[test]
fn scope_all_derives_the_pairs_of_states_outside_the_atlas_and_is_kept_in_views() {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.analysis.derived = [DerivedKind::SharedMemberships].into_iter().collect();
    let focus = Shown::compute(&dataset, &state);
    let atlas = heartland::shown::analysis::atlas_states(&dataset);
    assert!(!focus.derived.is_empty());
    assert!(
        focus
            .derived
            .iter()
            .all(|d| atlas.contains(&d.a) && atlas.contains(&d.b)),
        "focus: the atlas's states only"
    );
    state.analysis.scope = Scope::All;
    let all = Shown::compute(&dataset, &state);
    assert!(
        all.derived
            .iter()
            .any(|d| !atlas.contains(&d.a) && !atlas.contains(&d.b)),
        "all: pairs of states outside the atlas too"
    );
    for d in &focus.derived {
        assert!(all.derived.contains(d), "{d:?} is still there");
    }
    assert!(all.derived.len() > focus.derived.len());

    let view = state.to_view();
    assert_eq!(view.format, Some(2));
    let json = view.to_json_pretty();
    assert!(json.contains("\"scope\": \"all\""), "{json}");
    let back = View::from_json(json.as_bytes(), "s.view.json").expect("reads back");
    let mut loaded = State::default();
    loaded.apply_view(&back);
    assert_eq!(loaded.analysis.scope, Scope::All);
    let v1 = br#"{ "format": 1, "analysis": { "communities": true } }"#;
    let v1 = View::from_json(v1, "old.view.json").expect("a version-1 view loads");
    let mut old = State::default();
    old.apply_view(&v1);
    assert_eq!(old.analysis.scope, Scope::Focus);
    let bad = br#"{ "format": 2, "analysis": { "scope": "world" } }"#;
    let err = View::from_json(bad, "b.view.json").expect_err("unknown value");
    assert!(err.to_string().contains("analysis.scope"), "{err}");
}

#[test]
fn derived_between_every_state_and_the_next_years_metrics_are_computed_on_other_threads() {
    let dataset = std::sync::Arc::new(heartland::data::load_bundled().dataset);
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.analysis.derived = [DerivedKind::SharedMemberships].into_iter().collect();
    state.analysis.scope = Scope::All;
    state.analysis.graph = MetricsGraph::SharedMemberships;
    let mut cache = heartland::shown::ShownCache::default();
    // As with a large dataset: everything on other threads.
    cache.set_background_limits(0, 0);
    let first = cache.get_in_background(&dataset, 1, &state).clone();
    assert!(
        first
            .hints
            .iter()
            .any(|h| h == "Computing derived relations…"),
        "{:?}",
        first.hints
    );
    assert!(first.derived.is_empty(), "not computed on this thread");
    for _ in 0..3000 {
        if !cache.is_computing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        cache.get_in_background(&dataset, 1, &state);
    }
    assert!(!cache.is_computing(), "the threads finished");
    let done = cache.get_in_background(&dataset, 1, &state).clone();
    assert_eq!(done.derived, Shown::compute(&dataset, &state).derived);
    assert!(!done.hints.iter().any(|h| h.starts_with("Computing")));
    let key = heartland::shown::analysis::MetricsKey::of(&state);
    for year in [2021, 2023] {
        assert!(
            cache.metrics_cache().get(1, year, &key).is_some(),
            "the metrics of {year} were prefetched"
        );
    }
}

#[test]
fn zoomed_out_by_groups_the_vector_figures_draw_the_groups_discs_and_names() {
    use heartland::figure::GroupId;
    use heartland::render::vector::VItem;
    use heartland::render::{Framing, Renderer, export_scale};
    let (dataset, state, shown) = world_2022(RelationFilter::default());
    let flows = shown.flows.as_ref().expect("zoomed out: flows");
    let size = [1200, 800];
    let (geo, problem) = heartland::geometry::bundled_geo_or_problem();
    assert!(problem.is_none(), "{problem:?}");
    let mut renderer = Renderer::new(geo);
    let figure = renderer
        .vector_figure(
            &dataset,
            &state,
            (size, export_scale(size)),
            None,
            Framing::View,
        )
        .expect("a vector figure");
    let nodes = &renderer.map_cache().drawn().nodes;
    assert!(nodes.len() >= 3, "{} groups drawn", nodes.len());
    let group = figure.group(GroupId::Groups).expect("a `groups` layer");
    let discs = group
        .items
        .iter()
        .filter(|i| matches!(i, VItem::Circle { .. }))
        .count();
    let names: Vec<&str> = group.texts().iter().map(|t| t.text.as_str()).collect();
    assert!(discs >= 3, "{discs} discs");
    assert_eq!(names.len(), discs, "a name under each disc: {names:?}");
    for name in &names {
        assert!(
            flows.nodes.iter().any(|n| n.name(&dataset) == *name),
            "{name} is a group's name"
        );
    }
    // The SVG has the layer, with its id, and the names as text.
    let svg = heartland::render::svg::to_svg(&figure, size);
    assert!(svg.contains("id=\"groups\""), "the layer's id");
    for name in &names {
        let escaped = name.replace('&', "&amp;");
        assert!(
            svg.contains(&format!(">{escaped}</text>")),
            "{name} as text"
        );
    }
    // The PDF is written from the same figure.
    let pdf = heartland::render::pdf::to_pdf(&[figure], "groups").expect("a PDF");
    assert!(pdf.starts_with(b"%PDF"));
    // Zoomed in: no groups layer.
    let zoomed = State {
        camera: heartland::state::Camera {
            zoom: GROUPS_OPEN_AT_ZOOM * 1.5,
            ..state.camera
        },
        ..state.clone()
    };
    let figure = Renderer::new(heartland::geometry::bundled_geo_or_problem().0)
        .vector_figure(
            &dataset,
            &zoomed,
            (size, export_scale(size)),
            None,
            Framing::View,
        )
        .expect("a vector figure");
    assert!(figure.group(GroupId::Groups).is_none(), "states: no groups");
}

/// The bundled geometry with every line of every level cut into pieces
/// `factor` times shorter (at least): land far denser than the screen, as
/// the frame bench's stress geometry.
fn densified(factor: f64) -> heartland::geometry::GeoAssets {
    use geo::{Densify as _, Euclidean, Length as _};
    let geo = heartland::geometry::load_bundled_geo().expect("geometry");
    let mut out = geo.clone();
    for level in &mut out.levels {
        let (mut length, mut segments) = (0.0, 0usize);
        for c in &level.countries {
            for poly in &c.shape.0 {
                for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                    length += Euclidean.length(ring);
                    segments += ring.0.len().saturating_sub(1);
                }
            }
        }
        let max_len = length / segments.max(1) as f64 / factor;
        for c in &mut level.countries {
            c.shape = Euclidean.densify(&c.shape, max_len);
        }
    }
    out
}

#[test]
fn the_world_view_of_land_denser_than_the_screen_sends_about_what_real_land_does() {
    use heartland::render::Renderer;
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State::default();
    state.layers.relations = true;
    state.relations.aggregate = Aggregate::Groups;
    state.camera = heartland::state::Camera {
        center: [60.0, 40.0],
        zoom: 0.2,
    };
    state.fit_preset_pending = false;
    let size = [1200, 800];
    let vertices = |primitives: &[egui::ClippedPrimitive]| -> usize {
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    };
    let mut real = Renderer::new(std::sync::Arc::new(
        heartland::geometry::load_bundled_geo().expect("geometry"),
    ));
    let (frame, mut textures) = real.frame(&dataset, &state, size);
    textures.clear();
    let real_vertices = vertices(&frame);
    let real_image = real.render(&dataset, &state, size).expect("renders");
    let mut dense = Renderer::new(std::sync::Arc::new(densified(8.0)));
    let (frame, mut textures) = dense.frame(&dataset, &state, size);
    textures.clear();
    let dense_vertices = vertices(&frame);
    // Without simplifying for the screen, the eightfold land alone would be
    // four times the whole real frame.
    assert!(
        dense_vertices < real_vertices * 5 / 2,
        "{dense_vertices} vertices for dense land against {real_vertices}"
    );
    // The same map to the eye.
    let dense_image = dense.render(&dataset, &state, size).expect("renders");
    let differ = real_image
        .pixels()
        .zip(dense_image.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 48))
        .count();
    let all = (size[0] * size[1]) as usize;
    eprintln!(
        "dense land: {dense_vertices} vertices against {real_vertices}; {differ} of {all} pixels differ"
    );
    assert!(differ * 100 < all, "{differ} of {all} pixels differ");
}
