//! Compare (#23 point 4): two moments of a view side by side, and the
//! difference from the earlier to the later one.

#![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]

use heartland::model::{Dataset, Dimension, MembershipStatus, OrgId, Position, StanceId};
use heartland::shown::StanceCell;
use heartland::shown::compare::{ChangeKind, ChangeRow, ChangeValue, Moment, difference};
use heartland::state::{Compare, CompareMode, Layers, State, View};

use crate::common::code;

fn bundled() -> Dataset {
    heartland::data::load_bundled().dataset
}

fn org(id: &str) -> OrgId {
    OrgId::try_from(id).expect("an organization id")
}

fn stance(id: &str) -> StanceId {
    StanceId::try_from(id).expect("a stance id")
}

/// The stance map of resolution ES-11/1 compared with 68/262.
fn es_11_1_vs_68_262(mode: CompareMode) -> State {
    State {
        stance: Some(stance("unga-es-11-1")),
        layers: Layers {
            stances: true,
            ..Layers::default()
        },
        compare: Some(Compare {
            year: None,
            stance: Some(stance("unga-68-262")),
            mode,
        }),
        ..State::default()
    }
}

/// The view of 2022 with relations and four organizations on, compared
/// with 2014.
fn relations_and_members_2022_vs_2014(mode: CompareMode) -> State {
    State {
        year: 2022,
        layers: Layers {
            relations: true,
            memberships: true,
            ..Layers::default()
        },
        organizations: ["csto", "eaeu", "sco", "ots"].map(org).to_vec(),
        compare: Some(Compare {
            year: Some(2014),
            stance: None,
            mode,
        }),
        ..State::default()
    }
}

fn score(row: &ChangeRow) -> (Option<f64>, Option<f64>) {
    let v = |x: Option<ChangeValue>| match x {
        Some(ChangeValue::Score(s)) => Some(s.value()),
        _ => None,
    };
    (v(row.before), v(row.after))
}

fn relation_row<'a>(
    rows: &'a [ChangeRow],
    a: &str,
    b: &str,
    dimension: Dimension,
) -> &'a ChangeRow {
    rows.iter()
        .find(|r| r.a == code(a) && r.b == Some(code(b)) && r.dimension == Some(dimension))
        .expect("a row for the pair and dimension")
}

fn source(row: &ChangeRow) -> (Option<&str>, Option<&str>) {
    (
        row.source_before
            .as_ref()
            .map(heartland::model::SourceId::as_str),
        row.source_after
            .as_ref()
            .map(heartland::model::SourceId::as_str),
    )
}

/// Hand-checked against assets/data/relations.json and organizations.json:
/// the periods in effect in 2014 and in 2022 (the later-starting one where
/// two touch the year).
#[test]
fn the_difference_from_2014_to_2022_lists_the_relations_and_memberships_that_changed() {
    let ds = bundled();
    let state = relations_and_members_2022_vs_2014(CompareMode::Difference);
    let diff = difference(&ds, &state);
    assert_eq!(
        diff.moments,
        Some((Moment::Year(2014), Moment::Year(2022))),
        "A is the earlier year whichever side names it"
    );
    let rows = &diff.rows;

    // New: Kazakhstan–China political partnership from kazantsev-2023.
    let r = relation_row(rows, "CHN", "KAZ", Dimension::Political);
    assert_eq!(r.kind, ChangeKind::RelationNew);
    assert_eq!(score(r), (None, Some(0.6)));
    assert_eq!(source(r), (None, Some("kazantsev-2023")));
    let r = relation_row(rows, "AZE", "IRN", Dimension::Transport);
    assert_eq!(r.kind, ChangeKind::RelationNew);
    assert_eq!(source(r), (None, Some("instc-astara-2018")));

    // Stronger: Azerbaijan–Georgia transport 0.6 (TRACECA) → 0.7 (BTK).
    let r = relation_row(rows, "AZE", "GEO", Dimension::Transport);
    assert_eq!(r.kind, ChangeKind::RelationStronger);
    assert_eq!(score(r), (Some(0.6), Some(0.7)));
    assert_eq!(source(r), (Some("traceca-record"), Some("btk-record")));
    let r = relation_row(rows, "RUS", "UKR", Dimension::Security);
    assert_eq!(r.kind, ChangeKind::RelationStronger);
    assert_eq!(score(r), (Some(-0.8), Some(-1.0)));
    let change = r.strength_change().expect("both scores");
    assert!((change - 0.2).abs() < 1e-9, "{change}");

    // Weaker: Kazakhstan–Russia security 0.8 → 0.5, both kazantsev-2023.
    let r = relation_row(rows, "KAZ", "RUS", Dimension::Security);
    assert_eq!(r.kind, ChangeKind::RelationWeaker);
    assert_eq!(score(r), (Some(0.8), Some(0.5)));
    assert_eq!(source(r), (Some("kazantsev-2023"), Some("kazantsev-2023")));
    let r = relation_row(rows, "ARM", "KAZ", Dimension::Political);
    assert_eq!(r.kind, ChangeKind::RelationWeaker);
    assert_eq!(score(r), (Some(0.3), Some(0.0)));
    assert_eq!(source(r), (Some("cst-1992"), Some("ramani-2017")));

    // Unchanged scores are not rows (Azerbaijan–Georgia political 2014 = 2022
    // would be listed otherwise; check one pair known to keep its score).
    assert!(
        !rows
            .iter()
            .any(|r| r.kind.is_relation() && score(r).0 == score(r).1),
        "no row without a change"
    );

    assert_eq!(diff.count(ChangeKind::RelationNew), 12);
    assert_eq!(diff.count(ChangeKind::RelationEnded), 0);
    assert_eq!(diff.count(ChangeKind::RelationStronger), 18);
    assert_eq!(diff.count(ChangeKind::RelationWeaker), 8);

    // Memberships: the EAEU (founded 2015) and the SCO's 2017 enlargement,
    // Uzbekistan in the OTS (2019); no one left.
    let joined: Vec<(String, String)> = rows
        .iter()
        .filter(|r| r.kind == ChangeKind::MembershipJoined)
        .map(|r| {
            (
                r.organization
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                r.a.to_string(),
            )
        })
        .collect();
    let mut expected: Vec<(String, String)> = [
        ("eaeu", "ARM"),
        ("eaeu", "BLR"),
        ("eaeu", "KAZ"),
        ("eaeu", "KGZ"),
        ("eaeu", "RUS"),
        ("sco", "IND"),
        ("sco", "PAK"),
        ("ots", "UZB"),
    ]
    .map(|(o, c)| (o.to_owned(), c.to_owned()))
    .to_vec();
    expected.sort_by(|x, y| (&x.1, &x.0).cmp(&(&y.1, &y.0)));
    assert_eq!(joined, expected, "by state, then organization");
    assert_eq!(diff.count(ChangeKind::MembershipLeft), 0);
    let india = rows
        .iter()
        .find(|r| r.a == code("IND") && r.organization == Some(org("sco")))
        .expect("India in the SCO");
    assert_eq!(
        india.before,
        Some(ChangeValue::Status(MembershipStatus::Observer))
    );
    assert_eq!(
        india.after,
        Some(ChangeValue::Status(MembershipStatus::Member))
    );
    assert_eq!(source(india), (Some("sco-record"), Some("sco-record")));

    // With observers counted, India was already in the SCO in 2014.
    let mut observers = state.clone();
    observers.statuses.observers = true;
    let diff = difference(&ds, &observers);
    assert!(
        !diff
            .rows
            .iter()
            .any(|r| r.a == code("IND") && r.organization == Some(org("sco"))),
        "the one rule of what counts"
    );

    // The rows are in a deterministic order: by kind, then state.
    let again = difference(&ds, &state);
    assert_eq!(again.rows, difference(&ds, &state).rows);
    let kinds: Vec<ChangeKind> = again.rows.iter().map(|r| r.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
}

#[test]
fn the_years_can_be_named_either_way_round_and_layers_off_add_no_rows() {
    let ds = bundled();
    let mut state = relations_and_members_2022_vs_2014(CompareMode::Difference);
    state.year = 2014;
    state.compare = Some(Compare {
        year: Some(2022),
        stance: None,
        mode: CompareMode::Difference,
    });
    let swapped = difference(&ds, &state);
    let plain = difference(
        &ds,
        &relations_and_members_2022_vs_2014(CompareMode::Difference),
    );
    assert_eq!(swapped, plain);
    state.layers.relations = false;
    let members_only = difference(&ds, &state);
    assert!(members_only.rows.iter().all(|r| !r.kind.is_relation()));
    assert_eq!(members_only.count(ChangeKind::MembershipJoined), 8);
    state.compare = None;
    assert!(
        difference(&ds, &state).rows.is_empty(),
        "no comparison, no rows"
    );
}

/// Hand-checked against assets/data/stances.json: resolution 68/262 (27
/// March 2014) and ES-11/1 (2 March 2022).
#[test]
fn the_difference_of_two_stances_lists_the_positions_that_changed() {
    let ds = bundled();
    let state = es_11_1_vs_68_262(CompareMode::Difference);
    let diff = difference(&ds, &state);
    assert_eq!(
        diff.moments,
        Some((
            Moment::Stance(stance("unga-68-262")),
            Moment::Stance(stance("unga-es-11-1"))
        ))
    );
    let cell = |p| Some(ChangeValue::Cell(StanceCell::Recorded(p)));
    let row = |c: &str| {
        diff.rows
            .iter()
            .find(|r| r.a == code(c))
            .expect("a row for the state")
    };
    for (c, before, after) in [
        ("ARM", Position::No, Position::Abstain),
        ("AZE", Position::Yes, Position::Absent),
        ("KGZ", Position::Absent, Position::Abstain),
        ("TJK", Position::Absent, Position::Abstain),
        ("UZB", Position::Abstain, Position::Absent),
        ("ERI", Position::Abstain, Position::No),
        ("AFG", Position::Abstain, Position::Yes),
    ] {
        let r = row(c);
        assert_eq!(r.kind, ChangeKind::StanceChanged);
        assert_eq!((r.before, r.after), (cell(before), cell(after)), "{c}");
        assert_eq!(source(r), (Some("un-ga-11493"), Some("un-ga-12407")));
    }
    for same in ["RUS", "BLR", "KAZ", "UKR", "GEO", "TKM"] {
        assert!(
            diff.rows.iter().all(|r| r.a != code(same)),
            "{same} kept its position"
        );
    }
    assert!(
        diff.rows
            .iter()
            .all(|r| r.kind == ChangeKind::StanceChanged)
    );
}

#[test]
fn compare_is_kept_in_views_as_format_2_and_bad_values_name_file_key_and_reason() {
    let mut state = State::default();
    assert_eq!(state.to_view().format, Some(1));
    state.compare = Some(Compare {
        year: Some(2014),
        stance: None,
        mode: CompareMode::Difference,
    });
    let view = state.to_view();
    assert_eq!(view.format, Some(2), "a key format 1 does not know");
    let json = view.to_json_pretty();
    assert!(json.contains("\"mode\": \"difference\""), "{json}");
    let back = View::from_json(json.as_bytes(), "c.view.json").expect("reads back");
    let mut loaded = State::default();
    loaded.apply_view(&back);
    assert_eq!(loaded.compare, state.compare);

    let stance_view = br#"{ "format": 2, "stance": "unga-es-11-1",
        "compare": { "stance": "unga-68-262", "mode": "side-by-side" } }"#;
    let v = View::from_json(stance_view, "s.view.json").expect("a stance comparison");
    assert_eq!(
        v.compare.and_then(|c| c.stance),
        Some(stance("unga-68-262"))
    );
    let no_mode = View::from_json(br#"{ "compare": { "year": 2000 } }"#, "m.view.json")
        .expect("mode defaults to side by side");
    assert_eq!(
        no_mode.compare.map(|c| c.mode),
        Some(CompareMode::SideBySide)
    );

    let refused = crate::view_tour_bad_input::assert_view_refused;
    refused(
        br#"{ "compare": { "year": 2014, "mode": "swipe" } }"#,
        "compare.mode",
        "unknown value",
    );
    refused(
        br#"{ "compare": { "year": 2014, "colour": "red" } }"#,
        "compare",
        "unknown key",
    );
    refused(
        br#"{ "compare": { "year": 2014, "stance": "unga-68-262" } }"#,
        "compare",
        "both a year and a stance",
    );
    refused(
        br#"{ "compare": { "mode": "difference" } }"#,
        "compare",
        "\"year\" or \"stance\"",
    );
    refused(
        br#"{ "compare": { "year": 1066 } }"#,
        "compare.year",
        "out of range",
    );
    refused(
        br#"{ "compare": { "year": "2014" } }"#,
        "compare.year",
        "whole number",
    );
}

fn geo() -> std::sync::Arc<heartland::geometry::GeoAssets> {
    std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"))
}

#[test]
fn side_by_side_renders_two_titled_maps_with_one_legend() {
    use heartland::figure::GroupId;
    let ds = bundled();
    let state = relations_and_members_2022_vs_2014(CompareMode::SideBySide);
    let (image, list) =
        heartland::render::motion::render_side_by_side(geo(), &ds, &state, ([1000, 500], 1.0))
            .expect("a side-by-side view")
            .expect("drawn");
    assert_eq!(image.dimensions(), (1000, 500));
    let boxes = list.map_boxes();
    assert_eq!(boxes.len(), 2, "two maps");
    assert!(
        (boxes[0].min[1] - boxes[1].min[1]).abs() < 0.01,
        "side by side"
    );
    assert!(!boxes[0].overlaps(&boxes[1]));
    let panel_titles: Vec<&str> = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Map)
        .map(|(_, run)| run.text.as_str())
        .collect();
    assert_eq!(panel_titles, ["2014", "2022"], "earlier on the left");
    let count = |id: GroupId| list.groups.iter().filter(|g| g.id == id).count();
    assert_eq!(count(GroupId::Legend), 1, "one legend for both");
    let mut difference = state.clone();
    difference.compare = Some(Compare {
        mode: CompareMode::Difference,
        ..state.compare.clone().expect("compare")
    });
    assert!(
        heartland::render::motion::render_side_by_side(geo(), &ds, &difference, ([400, 300], 1.0))
            .is_none(),
        "the difference is one map"
    );
}

#[test]
fn the_difference_map_has_a_legend_with_counts_per_kind_in_png_and_svg() {
    use heartland::figure::GroupId;
    use heartland::render::{Framing, Renderer};
    let ds = bundled();
    let state = relations_and_members_2022_vs_2014(CompareMode::Difference);
    let mut renderer = Renderer::new(geo());
    let (_, list) = renderer
        .render_figure(&ds, &state, [1200, 800], 1.0, None, Framing::View)
        .expect("drawn");
    let legend: Vec<String> = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Legend)
        .map(|(_, r)| r.text.clone())
        .collect();
    let legend = legend.join("\n");
    for line in [
        "Changes, 2014 → 2022",
        "New relation: 12",
        "Stronger relation: 18",
        "Weaker relation: 8",
        "Joined: 8",
    ] {
        assert!(legend.contains(line), "{line} in {legend}");
    }
    assert!(!legend.contains("Ended relation"), "no kind without rows");
    let title: String = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Title)
        .map(|(_, r)| r.text.clone())
        .collect();
    assert!(title.contains("2014 → 2022"), "{title}");
    // The map draws the changed relations only.
    assert_eq!(renderer.shown().relations.len(), 38);
    assert!(renderer.shown().memberships.members.is_empty());

    let svg = renderer
        .vector_figure(&ds, &state, ([1200, 800], 1.0), None, Framing::View)
        .expect("vector");
    let text = heartland::render::svg::to_svg(&svg, [1200, 800]);
    assert!(
        text.contains("New relation: 12"),
        "the SVG legend has the counts"
    );
}

#[test]
fn export_writes_the_rows_of_the_difference_with_both_values_and_sources() {
    use heartland::export::{Export, ExportFormat};
    let ds = bundled();
    let state = relations_and_members_2022_vs_2014(CompareMode::Difference);
    let shown = heartland::shown::Shown::compute(&ds, &state);
    let export = Export::of(&ds, &shown).with_comparison(&ds, &state);
    let changes = export.changes.as_ref().expect("changes");
    assert_eq!(changes.len(), 38 + 8);
    let kaz_rus = changes
        .iter()
        .find(|r| r.a == "KAZ" && r.b == "RUS" && r.dimension == "security")
        .expect("KAZ–RUS security");
    assert_eq!(
        (
            kaz_rus.from.as_str(),
            kaz_rus.to.as_str(),
            kaz_rus.change.as_str(),
            kaz_rus.value_from.as_str(),
            kaz_rus.value_to.as_str(),
            kaz_rus.strength_change,
            kaz_rus.source_from.as_str(),
            kaz_rus.source_to.as_str(),
        ),
        (
            "2014",
            "2022",
            "relation-weaker",
            "0.8",
            "0.5",
            Some(-0.3),
            "kazantsev-2023",
            "kazantsev-2023"
        )
    );
    assert!(!kaz_rus.source_to_title.is_empty(), "the source's title");
    let json = export.to_json();
    assert!(json.contains("\"changes\"") && json.contains("membership-joined"));

    let dir = tempfile::tempdir().expect("temp dir");
    let files = export
        .write(ExportFormat::Csv, dir.path())
        .expect("written");
    assert!(files.iter().any(|f| f.ends_with("changes.csv")));
    let csv = std::fs::read_to_string(dir.path().join("changes.csv")).expect("changes.csv");
    let header = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default();
    assert!(
        header.starts_with("from,to,change,a,a_name,b,b_name,dimension,organization")
            && header.contains("value_from,value_to,strength_change,source_from"),
        "{header}"
    );
    assert!(csv.contains("2014,2022,membership-joined,IND,"), "{csv}");

    // A view without a comparison writes no changes.csv.
    let plain = State::default();
    let export = Export::of(&ds, &heartland::shown::Shown::compute(&ds, &plain))
        .with_comparison(&ds, &plain);
    assert!(export.changes.is_none());
}

#[test]
fn a_tour_step_with_a_comparison_shows_the_difference() {
    let ds = bundled();
    let tour = br#"{ "format": 1, "title": "What changed", "author": "A teacher",
      "steps": [ { "title": "2014 to 2022", "caption": "Relations that changed.",
        "view": { "format": 2, "year": 2022,
        "layers": { "relations": true },
        "compare": { "year": 2014, "mode": "difference" } } } ] }"#;
    let tour = heartland::tour::Tour::load(tour, "t.tour.json", &ds).expect("a tour");
    let state = tour.steps[0].state();
    let shown = heartland::shown::Shown::compute(&ds, &state);
    let diff = shown.difference.expect("the step compares");
    assert!(diff.on_map);
    assert_eq!(diff.count(ChangeKind::RelationNew), 12);
}

/// The app with Compare turned on from the View menu.
fn compare_from_the_view_menu() -> egui_kittest::Harness<'static, heartland::app::HeartlandApp> {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = crate::common::app_harness();
    harness
        .get_by_label(&heartland::panels::keys::Menu::View.label())
        .click();
    harness.run_steps(2);
    harness.get_by_label("Compare two moments").click();
    harness.run_steps(4);
    harness
}

#[test]
fn turning_compare_on_from_the_view_menu_shows_two_maps_titled_with_their_years() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let harness = compare_from_the_view_menu();
    let state = harness.state().state();
    assert_eq!(
        state.compare,
        Some(Compare {
            year: Some(2014),
            stance: None,
            mode: CompareMode::SideBySide
        }),
        "ten years before the view's"
    );
    let maps: Vec<egui::Rect> = harness
        .get_all_by_role_and_label(Role::Canvas, "Map")
        .map(|n| n.rect())
        .collect();
    assert_eq!(maps.len(), 2, "two maps");
    assert!(
        maps[0].max.x <= maps[1].min.x + 0.5,
        "side by side: {maps:?}"
    );
    assert!((maps[0].width() - maps[1].width()).abs() < 1.0, "{maps:?}");
    let left = harness.get_by_label("2014").rect();
    let right = harness.get_by_label("2024").rect();
    assert!(left.center().x < maps[0].max.x && right.center().x > maps[1].min.x);
    let cams = harness.state().compare_maps_state().map_caches();
    assert!(
        cams.iter().all(|c| c.last_transform.is_some()),
        "both maps drawn"
    );
}

#[test]
fn dragging_one_map_of_a_comparison_moves_the_other() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let mut harness = compare_from_the_view_menu();
    let center = |h: &egui_kittest::Harness<'_, heartland::app::HeartlandApp>| {
        h.state().compare_maps_state().map_caches().map(|c| {
            c.last_transform
                .map(|t| (t.center_world.x, t.center_world.y))
        })
    };
    let before = center(&harness);
    assert_eq!(before[0], before[1], "one camera");
    let right = harness
        .get_all_by_role_and_label(Role::Canvas, "Map")
        .map(|n| n.rect())
        .nth(1)
        .expect("the right map");
    let start = right.center();
    harness.drag_at(start);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(start + egui::Vec2::new(30.0 * i as f32, 10.0 * i as f32));
        harness.step();
    }
    harness.drop_at(start + egui::Vec2::new(150.0, 50.0));
    harness.run_steps(3);
    let after = center(&harness);
    assert_ne!(after[1], before[1], "the dragged map moved");
    assert_eq!(after[0], after[1], "the other map follows");

    // Zooming the left one zooms the right one too.
    let zoom_before = harness.state().state().camera.zoom;
    let left = harness
        .get_all_by_role_and_label(Role::Canvas, "Map")
        .map(|n| n.rect())
        .next()
        .expect("the left map");
    harness.hover_at(left.center());
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 200.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_steps(3);
    let zoomed: Vec<f64> = harness
        .state()
        .compare_maps_state()
        .map_caches()
        .iter()
        .filter_map(|c| c.last_transform.map(|t| t.km_per_point))
        .collect();
    assert!(
        (harness.state().state().camera.zoom - zoom_before).abs() > 1e-9,
        "zoomed"
    );
    assert_eq!(zoomed.len(), 2);
    assert!((zoomed[0] - zoomed[1]).abs() < 1e-9, "{zoomed:?}");
}

#[test]
fn the_difference_mode_in_the_window_lists_counts_and_the_inspector_the_state_s_changes() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = compare_from_the_view_menu();
    harness.get_by_label("Difference").click();
    harness.run_steps(3);
    assert!(heartland::shown::compare::is_difference(
        harness.state().state()
    ));
    let legend = harness.state().map_cache().legend.clone();
    assert!(
        matches!(legend.first(), Some(heartland::layers::legend::Row::Title(t)) if t == "Changes, 2014 → 2024"),
        "{legend:?}"
    );
    harness.state_mut().apply(
        &egui::Context::default(),
        heartland::command::Command::SetLayers(Layers {
            relations: true,
            ..Layers::default()
        }),
    );
    harness.state_mut().apply(
        &egui::Context::default(),
        heartland::command::Command::Select(heartland::state::Selection {
            country: Some(code("KAZ")),
            ..Default::default()
        }),
    );
    harness.run_steps(3);
    assert_eq!(
        harness.get_all_by_label("Changes, 2014 → 2024").count(),
        2,
        "the legend's title, and the inspector's for Kazakhstan"
    );
    let legend = harness.state().map_cache().legend.clone();
    assert!(
        legend.iter().any(|r| matches!(r, heartland::layers::legend::Row::Line(_, _, _, t) if t.starts_with("New relation: "))),
        "{legend:?}"
    );
    // Kazakhstan–China political: new between 2014 and 2024 (kazantsev-2023).
    harness.get_by_label_contains("New relation: China · Political, none → +0.60");
}

#[test]
fn the_second_map_of_a_comparison_strokes_the_base_map_once_with_the_first() {
    // Zooming with the mouse wheel: the left map builds the stroked base
    // map (coastlines, borders, graticule) for the new scale; the right
    // one, showing the same camera, takes it and builds none.
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let mut harness = compare_from_the_view_menu();
    let rebuilds = |h: &egui_kittest::Harness<'_, heartland::app::HeartlandApp>| {
        h.state()
            .compare_maps_state()
            .map_caches()
            .map(heartland::map::MapCache::stroke_rebuilds)
    };
    let before = rebuilds(&harness);
    let left = harness
        .get_all_by_role_and_label(Role::Canvas, "Map")
        .map(|n| n.rect())
        .next()
        .expect("the left map");
    for _ in 0..3 {
        harness.hover_at(left.center());
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run_steps(2);
    }
    let after = rebuilds(&harness);
    assert!(
        after[0] > before[0],
        "the left map built new strokes: {before:?} → {after:?}"
    );
    assert_eq!(
        after[1], before[1],
        "the right map built none: {before:?} → {after:?}"
    );
    // Both still draw the base map: the same strokes, each in its own box.
    let maps = harness.state().compare_maps_state().map_caches();
    let t: Vec<_> = maps.iter().filter_map(|c| c.last_transform).collect();
    assert_eq!(t.len(), 2, "both maps drawn");
    assert!(
        (t[0].km_per_point - t[1].km_per_point).abs() < 1e-9,
        "one scale"
    );
    assert!(t[0].rect.max.x <= t[1].rect.min.x + 0.5, "side by side");
}

/// The window's File ▸ Export of two moments side by side writes what the
/// window shows: two panels and one legend, the same figure `heartland
/// render` makes of the view (not the left map alone).
#[test]
fn exporting_a_comparison_from_the_window_writes_both_maps() {
    use heartland::app::dialogs::{DialogAnswer, SharedDialogs};
    use heartland::command::{Command, FileCommand};
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = compare_from_the_view_menu();
    for (name, size) in [("both.png", [1200, 500]), ("both.svg", [1200, 500])] {
        let path = dir.path().join(name);
        let dialogs = SharedDialogs::default();
        dialogs
            .0
            .lock()
            .expect("lock")
            .push(DialogAnswer::Chosen(vec![path.clone()]));
        harness.state_mut().set_dialogs(Box::new(dialogs));
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(&ctx, Command::File(FileCommand::ExportPng(Some(size))));
        harness.run_steps(3);
        for _ in 0..600 {
            if !harness.state().is_exporting() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
            harness.step();
        }
        harness.step();
        let written = std::fs::read(&path).expect("the export is written");
        // The same view rendered as `heartland render` draws a comparison.
        let state = harness.state().state().clone();
        let ds = harness.state().session().dataset().clone();
        let panels = heartland::render::panels::Panels::side_by_side(&ds, &state)
            .expect("two moments side by side");
        let expected = dir.path().join(format!("expected-{name}"));
        let format = heartland::render::Format::of_path(&path).expect("a known format");
        heartland::render::render_panels_to_file(
            geo(),
            &ds,
            (&state, &panels),
            (size, heartland::render::export_scale(size)),
            format,
            &expected,
        )
        .expect("rendered");
        assert!(
            written == std::fs::read(&expected).expect("read"),
            "{name}: the window's export is the two-panel figure"
        );
    }
}

/// The headings of resolution 68/262 (27 March 2014) beside ES-11/1
/// (2 March 2022), as each language dates them: the stance's name is data,
/// kept; the date is the figure's (and the window's) language.
const STANCE_HEADINGS: [(heartland::i18n::Locale, [&str; 2]); 4] = [
    (
        heartland::i18n::Locale::English,
        [
            "UN GA resolution 68/262 (27 March 2014)",
            "UN GA resolution ES-11/1 (2 March 2022)",
        ],
    ),
    (
        heartland::i18n::Locale::Russian,
        [
            "UN GA resolution 68/262 (27 марта 2014 г.)",
            "UN GA resolution ES-11/1 (2 марта 2022 г.)",
        ],
    ),
    (
        heartland::i18n::Locale::Kazakh,
        [
            "UN GA resolution 68/262 (2014 жылғы 27 наурыз)",
            "UN GA resolution ES-11/1 (2022 жылғы 2 наурыз)",
        ],
    ),
    (
        heartland::i18n::Locale::Turkish,
        [
            "UN GA resolution 68/262 (27 Mart 2014)",
            "UN GA resolution ES-11/1 (2 Mart 2022)",
        ],
    ),
];

#[test]
fn stance_panels_are_headed_in_the_figures_language() {
    // ES-11/1 (2 March 2022) beside 68/262 (27 March 2014): each panel's
    // heading and the figure's title give the stance's date as the
    // figure's language writes it (the stance's name is data, kept).
    use heartland::figure::GroupId;
    use heartland::i18n::{self, Locale};
    let ds = bundled();
    let state = State {
        year: 2022,
        ..es_11_1_vs_68_262(CompareMode::SideBySide)
    };
    for (locale, headings) in STANCE_HEADINGS {
        i18n::set_locale(locale);
        let panels = heartland::render::panels::Panels::side_by_side(&ds, &state)
            .expect("two stances side by side");
        assert_eq!(panels.headings, headings, "{locale:?}");
        let (_, list) =
            heartland::render::motion::render_side_by_side(geo(), &ds, &state, ([900, 500], 1.0))
                .expect("a side-by-side view")
                .expect("drawn");
        let drawn: Vec<&str> = list
            .texts()
            .filter(|(g, _)| *g == GroupId::Map)
            .map(|(_, run)| run.text.as_str())
            .collect();
        assert_eq!(drawn, headings, "{locale:?}: the headings drawn");
        let mut title = String::new();
        for (_, run) in list.texts().filter(|(g, _)| *g == GroupId::Title) {
            title.push_str(&run.text);
            title.push(' ');
        }
        for heading in headings {
            let date = heading
                .rsplit_once('(')
                .map(|(_, date)| date.trim_end_matches(')'))
                .expect("a date in brackets");
            assert!(
                title.contains(date),
                "{locale:?}: the title dates the stances as the headings do: {title}"
            );
        }
    }
    i18n::set_locale(Locale::English);
}

#[test]
fn the_window_heads_two_stances_with_their_dates_in_the_window_s_language() {
    // The window's compare headings are those of the exported figure: the
    // stance's name as the data has it, its date as the window's language
    // writes it, and they follow a language switch without a restart.
    use egui_kittest::kittest::Queryable as _;
    use heartland::command::Command;
    use heartland::i18n::Locale;
    let mut harness = crate::common::app_harness();
    let ctx = egui::Context::default();
    for command in [
        Command::SetStance(Some(stance("unga-es-11-1"))),
        Command::SetCompare(Some(Compare {
            year: None,
            stance: Some(stance("unga-68-262")),
            mode: CompareMode::SideBySide,
        })),
    ] {
        harness.state_mut().apply(&ctx, command);
    }
    harness.run_steps(4);
    for (locale, headings) in STANCE_HEADINGS {
        harness
            .state_mut()
            .apply(&ctx, Command::SetLanguage(locale));
        harness.run_steps(4);
        let left = harness.get_by_label(headings[0]).rect();
        let right = harness.get_by_label(headings[1]).rect();
        assert!(
            left.center().x < right.center().x,
            "{locale:?}: the stance compared with on the left, the view's on the right, as in the figure"
        );
    }
    harness
        .state_mut()
        .apply(&ctx, Command::SetLanguage(Locale::English));
}
