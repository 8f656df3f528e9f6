//! Overlays through the real UI: organizations, the year, set views,
//! relation filters, corridor hover and the relation inspector.

use std::collections::BTreeSet;

use crate::common::{app_harness, click_at, code};
use egui::Pos2;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use heartland::app::HeartlandApp;
use heartland::geometry::WorldXY;
use heartland::layers::relations::RelationArc;
use heartland::model::{CountryCode, Dimension, MembershipStatus, Waypoint};
use heartland::shown::StanceCell;

fn set_year(harness: &mut Harness<'_, HeartlandApp>, year: i32) {
    harness
        .get_by_role_and_label(Role::Slider, "Year")
        .set_value_accesskit(f64::from(year));
    harness.run_steps(2);
    assert_eq!(
        harness.state().state().year,
        year,
        "the slider moved the year"
    );
}

/// Click the checkbox labelled `label`, then let `steps` frames run.
fn switch(harness: &mut Harness<'_, HeartlandApp>, label: &str, steps: usize) {
    harness.get_by_role_and_label(Role::CheckBox, label).click();
    harness.run_steps(steps);
}

/// Scroll a widget low in a panel into view, as a user would, and click it.
fn scroll_and_click(harness: &mut Harness<'_, HeartlandApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run_steps(2);
}

fn shown_members(harness: &Harness<'_, HeartlandApp>, org: &str) -> BTreeSet<CountryCode> {
    harness
        .state()
        .shown()
        .memberships
        .by_country
        .iter()
        .filter(|(_, badges)| badges.iter().any(|(o, _)| o.as_str() == org))
        .map(|(c, _)| *c)
        .collect()
}

/// The drawn arc of the relation `a`–`b` in `dimension`.
#[allow(
    clippy::expect_used,
    reason = "a test helper: a relation not drawn is a failed test"
)]
fn drawn_arc(
    harness: &Harness<'_, HeartlandApp>,
    a: &str,
    b: &str,
    dimension: Dimension,
) -> RelationArc {
    let app = harness.state();
    let index = app
        .shown()
        .relations
        .iter()
        .position(|r| [r.a, r.b] == [code(a), code(b)] && r.dimension == dimension)
        .expect("the relation is shown");
    app.map_cache()
        .drawn()
        .arcs
        .iter()
        .find(|arc| arc.shown == index)
        .expect("the relation is drawn")
        .clone()
}

fn screen_of(harness: &Harness<'_, HeartlandApp>, p: WorldXY) -> Pos2 {
    harness
        .state()
        .map_cache()
        .last_transform
        .map_or(Pos2::ZERO, |t| t.screen_from_world(p))
}

#[test]
fn switching_an_organization_on_marks_its_members() {
    let mut harness = app_harness();
    switch(&mut harness, "CSTO", 2);
    let app = harness.state();
    assert!(
        app.state().layers.memberships,
        "the layer switches on with it"
    );
    let badges = &app.shown().memberships.by_country;
    assert_eq!(
        badges.get(&code("KAZ")).map(|b| b[0].1),
        Some(MembershipStatus::Member)
    );
    assert_eq!(
        badges.get(&code("ARM")).map(|b| b[0].1),
        Some(MembershipStatus::Suspended),
        "Armenia froze its CSTO participation in 2024"
    );
    assert!(!badges.contains_key(&code("UZB")));
    assert!(!badges.contains_key(&code("AZE")));
    harness.snapshot("csto_2024");
}

#[test]
fn moving_the_year_from_2010_to_2015_removes_uzbekistan_from_the_csto() {
    let mut harness = app_harness();
    switch(&mut harness, "CSTO", 2);
    set_year(&mut harness, 2010);
    assert!(shown_members(&harness, "csto").contains(&code("UZB")));
    set_year(&mut harness, 2015);
    let members = shown_members(&harness, "csto");
    assert!(!members.contains(&code("UZB")), "{members:?}");
    assert!(members.contains(&code("KAZ")));
}

#[test]
fn arrow_keys_step_the_year_when_the_slider_has_focus() {
    let mut harness = app_harness();
    set_year(&mut harness, 2010);
    harness.get_by_role_and_label(Role::Slider, "Year").focus();
    // egui locks the arrow keys to a slider from its second focused frame on.
    harness.run_steps(2);
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().state().year, 2011);
    assert!(
        harness
            .get_by_role_and_label(Role::Slider, "Year")
            .is_focused(),
        "focus stays"
    );
    for _ in 0..2 {
        harness.key_press(egui::Key::ArrowLeft);
        harness.run_steps(1);
    }
    harness.run_steps(1);
    assert_eq!(harness.state().state().year, 2009);
}

#[test]
fn csto_and_eaeu_intersection_in_2020() {
    let mut harness = app_harness();
    switch(&mut harness, "CSTO", 2);
    switch(&mut harness, "EAEU", 2);
    harness.get_by_label("Intersection").click();
    harness.run_steps(2);
    set_year(&mut harness, 2020);
    let expected: BTreeSet<CountryCode> = ["ARM", "BLR", "KAZ", "KGZ", "RUS"]
        .into_iter()
        .map(code)
        .collect();
    assert_eq!(harness.state().shown().memberships.set, expected);
    harness.get_by_label_contains("In CSTO and EAEU (2020): 5");
    // Difference: CSTO members not in the EAEU: Tajikistan.
    harness.get_by_label("Difference").click();
    harness.run_steps(2);
    let expected: BTreeSet<CountryCode> = ["TJK"].into_iter().map(code).collect();
    assert_eq!(harness.state().shown().memberships.set, expected);
    // The panel's summary follows the set, the year and the language (it
    // is kept between frames, not computed again each frame).
    harness.get_by_label_contains("In CSTO, not in EAEU (2020): 1");
    harness.get_by_label("Tajikistan");
    set_year(&mut harness, 2005);
    harness.run_steps(2);
    let count = harness.state().shown().memberships.set.len();
    assert!(count > 1, "more CSTO members outside the EAEU in 2005");
    harness.get_by_label_contains(&format!("In CSTO, not in EAEU (2005): {count}"));
    heartland::i18n::set_locale(heartland::i18n::Locale::Russian);
    harness.run_steps(2);
    let named =
        ["Таджикистан", "Армения"].map(|name| harness.query_by_label_contains(name).is_some());
    heartland::i18n::set_locale(heartland::i18n::Locale::English);
    assert_eq!(named, [true, true], "the members named in Russian");
}

#[test]
fn relation_filters_hide_the_right_arcs() {
    let mut harness = app_harness();
    switch(&mut harness, "Relations", 2);
    let year = harness.state().state().year;
    let all = harness.state().shown().relations.clone();
    let expected = harness
        .state()
        .session()
        .dataset()
        .relations
        .iter()
        .filter(|r| r.score_at(year).is_some())
        .count();
    assert!(expected > 20);
    assert_eq!(all.len(), expected, "every relation in effect is drawn");
    assert!(all.iter().any(|a| a.dimension == Dimension::Political));

    switch(&mut harness, "Political", 2);
    let arcs = &harness.state().shown().relations;
    assert!(arcs.iter().all(|a| a.dimension != Dimension::Political));
    let non_political = all
        .iter()
        .filter(|a| a.dimension != Dimension::Political)
        .count();
    assert_eq!(arcs.len(), non_political);

    harness
        .get_by_role_and_label(Role::Slider, "min |score|")
        .set_value_accesskit(0.6);
    harness.run_steps(2);
    let arcs = &harness.state().shown().relations;
    assert!(!arcs.is_empty());
    assert!(
        arcs.iter()
            .all(|a| a.score.magnitude() >= 0.6 && a.dimension != Dimension::Political)
    );
    let strong = all
        .iter()
        .filter(|a| a.dimension != Dimension::Political && a.score.magnitude() >= 0.6)
        .count();
    assert_eq!(arcs.len(), strong);
}

/// Independent great-circle length (haversine, mean radius), km.
fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lon1, lat1) = (a.0.to_radians(), a.1.to_radians());
    let (lon2, lat2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[test]
fn hovering_a_corridor_reports_its_length() {
    let mut harness = app_harness();
    // The data's longer organization list pushes the corridors below the fold.
    scroll_and_click(
        &mut harness,
        Role::CheckBox,
        "Trans-Caspian International Transport Route (Middle Corridor)",
    );
    let app = harness.state();
    let index = app
        .shown()
        .corridors
        .iter()
        .position(|c| c.id.as_str() == "middle-corridor")
        .expect("the Middle Corridor is shown");
    let route = app
        .map_cache()
        .drawn()
        .routes
        .iter()
        .find(|r| r.shown == index)
        .expect("the Middle Corridor is drawn")
        .clone();
    // Expected: the sum over segments of great-circle lengths between waypoints.
    let ds = app.session().dataset();
    let corridor = &ds.corridors[&app.shown().corridors[index].id];
    let mut expected = 0.0;
    for segment in &corridor.segments {
        let points: Vec<(f64, f64)> = segment
            .via
            .iter()
            .map(|w| match w {
                Waypoint::Place(p) => (ds.places[p].lon, ds.places[p].lat),
                Waypoint::LonLat { lon, lat } => (*lon, *lat),
            })
            .collect();
        expected += points
            .windows(2)
            .map(|w| haversine_km(w[0], w[1]))
            .sum::<f64>();
    }
    // Hover the middle of the sea crossing (Aktau → Alat).
    let (_, sea) = route
        .segments
        .iter()
        .find(|(m, _)| m.as_str() == "sea")
        .expect("a sea segment");
    let mid = WorldXY {
        x: (sea[0].x + sea[1].x) / 2.0,
        y: (sea[0].y + sea[1].y) / 2.0,
    };
    let pos = screen_of(&harness, mid);
    harness.hover_at(pos);
    harness.run_steps(5);
    // The Middle Corridor has no recorded length: the tooltip says so and
    // gives the drawn route's, labelled as an approximation.
    let tooltip = harness.get_by_label_contains("drawn route, approx. ");
    // A multi-line tooltip label is exposed as the node's value.
    let node = tooltip.accesskit_node();
    let text = node.label().or(node.value()).unwrap_or_default();
    assert!(text.contains("Length not recorded"), "{text}");
    let km: f64 = text
        .split("drawn route, approx. ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.replace(',', "").parse().ok())
        .expect("a length in the tooltip");
    assert!(
        (km - expected).abs() / expected < 0.05,
        "tooltip says {km} km, waypoints give {expected:.0} km"
    );
    assert!(
        text.contains("Kazakhstan") && text.contains("Azerbaijan"),
        "{text}"
    );
}

#[test]
fn clicking_a_relation_shows_its_evidence_and_source() {
    let mut harness = app_harness();
    switch(&mut harness, "Relations", 2);
    let arc = drawn_arc(&harness, "AZE", "KAZ", Dimension::Political);
    let mid = arc.points[arc.points.len() / 2];
    let pos = screen_of(&harness, mid);
    click_at(&mut harness, pos);
    assert_eq!(
        harness.state().state().selection.relation,
        Some((code("AZE"), code("KAZ"), Dimension::Political))
    );
    let ds = harness.state().session().dataset();
    let relation = ds
        .relations
        .iter()
        .find(|r| r.a == code("AZE") && r.b == code("KAZ") && r.dimension == Dimension::Political)
        .expect("in the data");
    for period in &relation.series {
        let source = period.source.as_ref().expect("every period has a source");
        let title = ds.sources[source].title.clone();
        harness.get_by_label_contains(&format!("Source: {title}"));
        if let Some(evidence) = &period.evidence {
            harness.get_by_label(evidence);
        }
    }
}

#[test]
fn a_stance_fills_countries_and_counts_positions() {
    let mut harness = app_harness();
    switch(&mut harness, "Stances", 1);
    // The chooser sits at the foot of the layers panel.
    scroll_and_click(
        &mut harness,
        Role::RadioButton,
        "UN GA resolution 62/243 (2008)",
    );
    let app = harness.state();
    let shown = app.shown().stance.as_ref().expect("a stance is shown");
    assert_eq!(shown.id.as_str(), "unga-62-243");
    let stance = &app.session().dataset().stances[&shown.id];
    let recorded = shown
        .cells
        .values()
        .filter(|c| matches!(c, StanceCell::Recorded(_)))
        .count();
    assert_eq!(
        recorded,
        stance.positions.len(),
        "every recorded position is filled"
    );
    let total: usize = shown
        .counts
        .iter()
        .filter(|(c, _)| matches!(c, StanceCell::Recorded(_)))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(
        total,
        stance.positions.len(),
        "counts add up to the positions"
    );
    harness.snapshot("stance_62_243");
}

/// The teacher walkthrough, in the dark theme a darkened classroom
/// wants: CSTO and EAEU on, the year from 1995 to 2024, the Middle Corridor,
/// Kazakhstan's relations, then Azerbaijan–Kazakhstan with its sources.
#[test]
fn teacher_walkthrough_in_the_dark_theme() {
    let mut harness = app_harness();
    harness.get_by_label("Dark theme").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state().theme, heartland::state::Theme::Dark);

    for org in ["CSTO", "EAEU"] {
        switch(&mut harness, org, 2);
    }
    set_year(&mut harness, 1995);
    assert!(
        shown_members(&harness, "eaeu").is_empty(),
        "the EAEU began in 2015"
    );
    assert!(shown_members(&harness, "csto").contains(&code("UZB")));
    set_year(&mut harness, 2024);
    let eaeu: BTreeSet<_> = ["ARM", "BLR", "KAZ", "KGZ", "RUS"].map(code).into();
    let shown = shown_members(&harness, "eaeu");
    assert!(eaeu.is_subset(&shown), "{shown:?}");
    assert!(!shown_members(&harness, "csto").contains(&code("UZB")));

    scroll_and_click(
        &mut harness,
        Role::CheckBox,
        "Trans-Caspian International Transport Route (Middle Corridor)",
    );
    let routes = &harness.state().shown().corridors;
    assert_eq!(routes.len(), 1, "only the ticked corridor");
    assert_eq!(routes[0].id.as_str(), "middle-corridor");

    harness
        .get_by_role_and_label(Role::ComboBox, "Focus")
        .click();
    harness.run_steps(2);
    // The list holds every UN member: scroll Kazakhstan into view first.
    harness.get_by_label("Kazakhstan").scroll_to_me();
    harness.run();
    harness.get_by_label("Kazakhstan").click();
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(app.state().relations.focus, Some(code("KAZ")));
    assert!(
        app.state().layers.relations,
        "choosing a focus shows relations"
    );
    let arcs = &app.shown().relations;
    assert!(!arcs.is_empty());
    assert!(
        arcs.iter()
            .filter(|a| !a.dimmed)
            .all(|a| a.a == code("KAZ") || a.b == code("KAZ")),
        "only Kazakhstan's relations stand out"
    );

    let arc = drawn_arc(&harness, "AZE", "KAZ", Dimension::Political);
    let pos = screen_of(&harness, arc.points[arc.points.len() / 2]);
    click_at(&mut harness, pos);
    assert_eq!(
        harness.state().state().selection.relation,
        Some((code("AZE"), code("KAZ"), Dimension::Political))
    );
    assert!(
        harness.query_all_by_label_contains("Source: ").count() >= 2,
        "each evidence line of the relation names its source"
    );
    harness.run_steps(2);
    harness.snapshot("teacher_walkthrough_dark");
}

#[test]
fn a_layer_switched_on_with_nothing_chosen_never_shows_nothing() {
    let mut harness = app_harness();
    // Corridors on, none ticked: every corridor is drawn.
    switch(&mut harness, "Corridors", 2);
    let app = harness.state();
    assert!(app.state().layers.corridors, "the layer is on");
    assert_eq!(app.state().ticked_corridors, None, "none ticked");
    assert_eq!(
        app.shown().corridors.len(),
        app.session().dataset().corridors.len(),
        "every corridor is shown"
    );
    assert!(
        !app.map_cache().drawn().routes.is_empty(),
        "and drawn on the map"
    );
    // Ticking one shows only that one.
    scroll_and_click(
        &mut harness,
        Role::CheckBox,
        "Trans-Caspian International Transport Route (Middle Corridor)",
    );
    let ids: Vec<String> = harness
        .state()
        .shown()
        .corridors
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert_eq!(
        ids,
        vec!["middle-corridor".to_owned()],
        "only the ticked one"
    );
    // Stances on, no issue chosen: the map asks for one.
    scroll_and_click(&mut harness, Role::CheckBox, "Stances");
    assert!(harness.state().state().layers.stances, "stances on");
    harness.get_by_label("Choose an issue in the Stances list");
    scroll_and_click(
        &mut harness,
        Role::RadioButton,
        "UN GA resolution 62/243 (2008)",
    );
    assert!(
        harness
            .query_by_label("Choose an issue in the Stances list")
            .is_none(),
        "the hint goes once an issue is chosen"
    );
}

/// The names and capitals are placed once per camera and content, and
/// painted again as they were while nothing changes: the same names in the
/// same places as a fresh placement, placed anew after a pan or a change of
/// language.
#[test]
fn the_names_are_placed_again_only_when_the_camera_or_the_content_changes() {
    use egui::accesskit::Role;
    let mut harness = app_harness();
    harness.run_steps(4);
    let placements = |h: &egui_kittest::Harness<'_, heartland::app::HeartlandApp>| {
        h.state().map_cache().label_placements()
    };
    let before = placements(&harness);
    let placed = harness.state().map_cache().placed.clone();
    assert!(!placed.labels.is_empty(), "names drawn");
    harness.run_steps(5);
    assert_eq!(
        placements(&harness),
        before,
        "still: painted again, not placed"
    );
    assert_eq!(harness.state().map_cache().placed, placed, "the same names");
    // A pan places them again, where a fresh placement puts them.
    let map = harness.get_by_role_and_label(Role::Canvas, "Map").rect();
    let start = map.center();
    harness.drag_at(start);
    harness.step();
    harness.hover_at(start + egui::Vec2::new(60.0, 20.0));
    harness.step();
    harness.drop_at(start + egui::Vec2::new(120.0, 40.0));
    harness.run_steps(3);
    assert!(placements(&harness) > before, "placed again after a pan");
    let moved = harness.state().map_cache().placed.clone();
    assert_ne!(moved, placed, "the names moved with the map");
    let after_pan = placements(&harness);
    harness.run_steps(3);
    assert_eq!(placements(&harness), after_pan);
    // Another language: placed again, in that language.
    heartland::i18n::set_locale(heartland::i18n::Locale::Russian);
    harness.run_steps(3);
    let russian = harness.state().map_cache().placed.clone();
    heartland::i18n::set_locale(heartland::i18n::Locale::English);
    assert!(placements(&harness) > after_pan, "placed again in Russian");
    assert!(
        russian
            .labels
            .iter()
            .any(|l| l.text == "КАЗАХСТАН" || l.text == "Москва"),
        "names in Russian: {:?}",
        russian.labels.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
}
