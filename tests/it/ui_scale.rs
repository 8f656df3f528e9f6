//! Long lists stay usable (issue 15, scale): with 600 organizations and
//! 6,000 stances, the layers panel has search boxes, lays out only the rows
//! in view, and a frame stays fast; typing in the search box filters, and
//! ticking a found organization switches it on.

#![allow(
    clippy::expect_used,
    reason = "UI tests and their helpers: a failed expectation is a failed test"
)]

use std::time::Instant;

use crate::common::SIZE;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::app::HeartlandApp;
use heartland::data::{DataSource, Loaded, load_bundled};
use heartland::geometry::bundled_geo_or_problem;
use heartland::model::{Dataset, OrgId, StanceId};
use heartland::state::State;

/// The bundled data with `orgs` generated organizations and `stances`
/// generated stances added (copies of the first of each, renamed).
pub fn generated(orgs: usize, stances: usize) -> Dataset {
    let mut ds = load_bundled().dataset;
    let org = ds
        .organizations
        .values()
        .next()
        .expect("an organization")
        .clone();
    for i in 0..orgs {
        let mut o = org.clone();
        o.id = OrgId::try_from(format!("gen-org-{i:04}")).expect("an id");
        o.acronym = format!("GEN{i:04}");
        o.name = format!("Generated organization number {i}");
        o.color = None;
        ds.organizations.insert(o.id.clone(), o);
    }
    let stance = ds.stances.values().next().expect("a stance").clone();
    for i in 0..stances {
        let mut s = stance.clone();
        s.id = StanceId::try_from(format!("gen-vote-{i:05}")).expect("an id");
        s.title = format!("Generated vote {i}: on item {}", i * 7);
        ds.stances.insert(s.id.clone(), s);
    }
    ds
}

fn harness_with(ds: Dataset) -> Harness<'static, HeartlandApp> {
    let (geo, _) = bundled_geo_or_problem();
    let app = HeartlandApp::with_parts(
        geo,
        Loaded {
            dataset: ds,
            problems: Vec::new(),
        },
        DataSource::Bundled,
        State::default(),
    );
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .build_ui_state(|ui, app: &mut HeartlandApp| app.show(ui), app);
    harness.run_steps(3);
    harness
}

#[test]
fn searching_600_organizations_and_6000_stances_filters_and_a_found_org_switches_on() {
    let mut harness = harness_with(generated(600, 6_000));
    // Only the rows in view are laid out: the 600th organization and the
    // last stance are not in the tree until searched for.
    assert!(harness.query_by_label("GEN0599").is_none());
    assert!(
        harness
            .query_by_label_contains("Generated vote 5999")
            .is_none()
    );

    // What a frame costs with the long lists is for the frame benches
    // (benches/, DESIGN.md budgets), not a timed test: printed for a look
    // only. That the lists are not laid out whole is asserted above.
    let start = Instant::now();
    harness.run_steps(10);
    eprintln!(
        "frame with 619 organizations and 6,008 stances: {:?}",
        start.elapsed() / 10
    );

    // Type in the organizations' search box.
    harness
        .get_all_by_role_and_label(Role::TextInput, "Search")
        .next()
        .expect("a search box")
        .focus();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Search")
        .next()
        .expect("a search box")
        .type_text("gen0599");
    harness.run_steps(2);
    harness.get_by_label("1 of 619");
    harness
        .get_by_role_and_label(Role::CheckBox, "GEN0599")
        .click();
    harness.run_steps(2);
    let app = harness.state();
    let id = OrgId::try_from("gen-org-0599").expect("an id");
    assert_eq!(app.state().organizations, vec![id]);
    assert!(
        app.state().layers.memberships,
        "ticking an organization switches the layer on"
    );

    // The stances' search box finds the last stance; choosing it shows it.
    let boxes = harness
        .get_all_by_role_and_label(Role::TextInput, "Search")
        .count();
    assert_eq!(boxes, 2, "one search box per long list");
    harness
        .get_all_by_role_and_label(Role::TextInput, "Search")
        .nth(1)
        .expect("the stances search box")
        .focus();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Search")
        .nth(1)
        .expect("the stances search box")
        .type_text("vote 5999");
    harness.run_steps(2);
    harness.get_by_label("1 of 6008");
    let found = harness.get_by_label_contains("Generated vote 5999");
    found.scroll_to_me();
    harness.run();
    harness.get_by_label_contains("Generated vote 5999").click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().state().stance,
        Some(StanceId::try_from("gen-vote-05999").expect("an id"))
    );
}
