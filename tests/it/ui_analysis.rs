//! Network analysis through the real UI: capitals sized by a metric,
//! community colours, derived relations, and the Plots panel (ranking bars
//! that select, the membership timeline).

use crate::common::{app_harness, code};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::analysis::Metric;
use heartland::app::HeartlandApp;
use heartland::layers::legend::Row;
use heartland::state::{DerivedKind, PlotTab};

fn set_year(harness: &mut Harness<'_, HeartlandApp>, year: i32) {
    harness
        .get_by_role_and_label(Role::Slider, "Year")
        .set_value_accesskit(f64::from(year));
    harness.run_steps(2);
}

/// Scroll a widget low in a panel into view, as a user would, and click it.
fn scroll_and_click(harness: &mut Harness<'_, HeartlandApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run_steps(2);
}

/// The app with the relations layer on, in 2022.
fn relations_in_2022() -> Harness<'static, HeartlandApp> {
    let mut harness = app_harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Relations")
        .click();
    harness.run_steps(2);
    set_year(&mut harness, 2022);
    harness
}

/// Open the combo box `combo` and pick `item` in it.
fn choose(harness: &mut Harness<'_, HeartlandApp>, combo: &str, item: &str) {
    scroll_and_click(harness, Role::ComboBox, combo);
    harness.get_by_label(item).click();
    harness.run_steps(2);
}

fn legend_titles(harness: &Harness<'_, HeartlandApp>) -> Vec<String> {
    harness
        .state()
        .map_cache()
        .legend
        .iter()
        .filter_map(|row| match row {
            Row::Title(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn sizing_states_by_betweenness_draws_radii_in_betweenness_order() {
    let mut harness = relations_in_2022();
    choose(&mut harness, "Size states by", "Betweenness centrality");
    harness.run_steps(2);

    let app = harness.state();
    let metrics = app
        .shown()
        .metrics
        .clone()
        .expect("metrics computed for the map");
    let markers = &app.map_cache().markers;
    assert_eq!(
        markers.len(),
        metrics.states.len(),
        "one marker per state of the graph"
    );
    let spread: Vec<f64> = metrics.states.iter().map(|s| s.betweenness).collect();
    assert!(
        spread.iter().any(|b| *b > 0.0),
        "some state bridges others in 2022: {spread:?}"
    );
    // The radii the painter drew rank the states as betweenness does.
    for x in markers {
        for y in markers {
            let bx = metrics.state(x.state).expect("in the graph").betweenness;
            let by = metrics.state(y.state).expect("in the graph").betweenness;
            if bx > by + 1e-12 {
                assert!(
                    x.radius > y.radius,
                    "{} (betweenness {bx}) drawn at {} but {} ({by}) at {}",
                    x.state,
                    x.radius,
                    y.state,
                    y.radius
                );
            } else if (bx - by).abs() <= 1e-12 {
                assert!(
                    (x.radius - y.radius).abs() < 1e-4,
                    "equal betweenness, equal radius"
                );
            }
        }
    }
    let top = metrics.ranking(Metric::Betweenness)[0].0;
    let largest = markers
        .iter()
        .max_by(|a, b| a.radius.total_cmp(&b.radius))
        .expect("markers drawn");
    assert_eq!(largest.state, top, "the largest marker is the top state");
    assert!(
        legend_titles(&harness)
            .iter()
            .any(|t| t.starts_with("Capitals sized by betweenness centrality")),
        "the legend says what the sizes mean: {:?}",
        legend_titles(&harness)
    );
}

#[test]
fn community_colours_tint_blocs_and_the_legend_lists_them() {
    let mut harness = relations_in_2022();
    scroll_and_click(&mut harness, Role::CheckBox, "Colour by community");
    harness.run_steps(2);
    let app = harness.state();
    assert!(app.state().analysis.communities);
    let metrics = app.shown().metrics.clone().expect("metrics for the fills");
    let blocs = metrics.communities.iter().filter(|c| c.len() >= 2).count();
    assert!(blocs >= 1, "2022 has at least one bloc: {metrics:?}");
    let fills = app
        .map_cache()
        .legend
        .iter()
        .filter(|r| matches!(r, Row::Fill(_, t) if t.starts_with("Bloc ")))
        .count();
    assert_eq!(fills, blocs.min(5), "one legend swatch per coloured bloc");
    assert!(
        legend_titles(&harness)
            .iter()
            .any(|t| t.starts_with("Communities (signed modularity, Louvain")),
        "the legend names the method: {:?}",
        legend_titles(&harness)
    );
    // Negative ties push states apart: Ukraine and Russia (−1 in 2022) are
    // in different blocs.
    let bloc = |c: &str| metrics.state(code(c)).expect("in the 2022 graph").bloc();
    assert_ne!(bloc("UKR"), bloc("RUS"), "{:?}", metrics.communities);
    // The legend's bloc numbers are the export's `community` column.
    let rows = heartland::export::metric_rows(app.session().dataset(), app.shown());
    let exported = |c: &str| {
        rows.iter()
            .find(|r| r.state == c)
            .map(|r| r.community)
            .expect("exported")
    };
    let mut listed = 0;
    for row in &app.map_cache().legend {
        let Row::Fill(_, text) = row else { continue };
        let Some((number, members)) = text.strip_prefix("Bloc ").and_then(|t| t.split_once(": "))
        else {
            continue;
        };
        let number: usize = number.parse().expect("a bloc number");
        assert!(number >= 1, "1-based: {text}");
        for member in members.split(' ') {
            assert_eq!(exported(member), number, "{member}: legend {text}");
            assert_eq!(bloc(member), number, "{member}: inspector's number");
            listed += 1;
        }
    }
    assert!(listed >= 4, "blocs listed in the legend");
    assert!(
        rows.iter().all(|r| r.community >= 1),
        "the export numbers from 1 as well"
    );
    harness.snapshot("communities_2022");
}

#[test]
fn un_vote_agreement_is_drawn_and_explained() {
    let mut harness = app_harness();
    scroll_and_click(&mut harness, Role::CheckBox, "UN vote agreement");
    harness.run_steps(2);
    let app = harness.state();
    assert!(
        app.state()
            .analysis
            .derived
            .contains(&DerivedKind::UnVoteAgreement)
    );
    let derived = &app.shown().derived;
    assert!(!derived.is_empty(), "pairs with votes in common");
    assert!(
        derived
            .iter()
            .all(|d| d.kind == DerivedKind::UnVoteAgreement && (0.0..=1.0).contains(&d.value)),
        "values are shares"
    );
    assert!(
        legend_titles(&harness)
            .iter()
            .any(|t| t.starts_with("UN vote agreement")),
        "in the legend"
    );
}

#[test]
fn the_csto_timeline_shows_uzbekistans_two_intervals() {
    let mut harness = app_harness();
    scroll_and_click(&mut harness, Role::Button, "Open plots");
    harness.get_by_label(&PlotTab::Memberships.label()).click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::ComboBox, "Organization")
        .click();
    harness.run_steps(3);
    // The popup's entry (the layers panel has a "CSTO" checkbox too).
    harness.get_by_role_and_label(Role::Button, "CSTO").click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(
        app.state()
            .selection
            .organization
            .as_ref()
            .map(heartland::model::OrgId::as_str),
        Some("csto")
    );
    let timeline = &app.plots().drawn.timeline;
    let uzbekistan = timeline
        .iter()
        .find(|r| r.country == code("UZB"))
        .expect("Uzbekistan on the CSTO timeline");
    assert_eq!(
        uzbekistan.spans.len(),
        2,
        "joined, left in 1999, back 2006–2012: {uzbekistan:?}"
    );
    assert!(
        uzbekistan.spans.iter().all(|s| s.to.is_some()),
        "both ended"
    );
    assert!(
        uzbekistan.spans[0].to.unwrap_or(f64::MAX) <= uzbekistan.spans[1].from,
        "in time order, not overlapping"
    );
    assert_eq!(
        app.plots().drawn.timeline_rects.len(),
        timeline.len(),
        "one row drawn per member"
    );
}

#[test]
fn clicking_a_ranking_bar_selects_the_state() {
    let mut harness = relations_in_2022();
    scroll_and_click(&mut harness, Role::Button, "Open plots");
    harness.run_steps(2);
    let bars = harness.state().plots().drawn.bars.clone();
    assert!(bars.len() >= 3, "a ranking is drawn: {bars:?}");
    assert!(bars.windows(2).all(|w| w[0].1 >= w[1].1), "largest first");
    let (state, _, rect) = bars[2];
    crate::common::click_at(&mut harness, rect.center());
    assert_eq!(
        harness.state().state().selection.country,
        Some(state),
        "the third bar selects its state"
    );
    // The inspector shows its metrics with its rank.
    harness.get_by_label_contains("Eigenvector centrality: ");
    harness.run_steps(2);
    harness.snapshot("plots_ranking_2022");
}

/// Nothing jumps (issue 20, point 9): picking the longest "Size states by"
/// option keeps the box's size and moves nothing under it.
#[test]
fn picking_a_long_size_option_moves_nothing() {
    let mut harness = app_harness();
    harness.run_steps(2);
    let rect_of =
        |harness: &Harness<'_, HeartlandApp>, label: &str| harness.get_by_label(label).rect();
    let combo = harness
        .get_by_role_and_label(Role::ComboBox, "Size states by")
        .rect();
    let below = rect_of(&harness, "Colour by community");
    choose(&mut harness, "Size states by", "Strength (positive ties)");
    let combo_after = harness
        .get_by_role_and_label(Role::ComboBox, "Size states by")
        .rect();
    assert_eq!(combo_after.size(), combo.size(), "the box keeps its size");
    // (The panel scrolled to the box to click it: compare places relative
    // to the box.)
    let below_after = rect_of(&harness, "Colour by community");
    assert_eq!(
        below_after.min - combo_after.min,
        below.min - combo.min,
        "the control under it stays in place"
    );
}

/// Whether a disc reaches into a rectangle (touching does not count).
fn disc_in_rect(center: egui::Pos2, radius: f32, rect: &egui::Rect) -> bool {
    let nearest = egui::pos2(
        center.x.clamp(rect.left(), rect.right()),
        center.y.clamp(rect.top(), rect.bottom()),
    );
    rect.contains(center) || center.distance(nearest) < radius - 0.5
}

#[test]
fn names_keep_off_the_capitals_sized_by_a_metric() {
    let mut harness = relations_in_2022();
    choose(&mut harness, "Size states by", "Strength (positive ties)");
    harness.run_steps(2);
    let cache = harness.state().map_cache();
    let big: Vec<_> = cache.markers.iter().filter(|m| m.radius > 6.0).collect();
    assert!(
        big.len() >= 3,
        "several large markers in view: {}",
        big.len()
    );
    assert!(!cache.labels.is_empty(), "names are shown");
    for label in &cache.labels {
        for marker in &big {
            assert!(
                !disc_in_rect(marker.center, marker.radius, label),
                "the name at {label:?} lies on {}'s marker (radius {})",
                marker.state,
                marker.radius
            );
        }
    }
}
