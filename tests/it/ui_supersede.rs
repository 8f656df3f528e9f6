//! The window's import report offers to supersede (issue 22, point 8): an
//! import whose rows start inside an open period with another status shows
//! a choice; "Supersede" imports again, ending the open period the day
//! before the new one starts, as one undo step; "Keep as conflicts" leaves
//! the data as it is.

#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::model::{MembershipStatus, OrgId};

use crate::common::{app_harness, code};

/// Kazakhstan an observer of the CSTO in 2010–2011, where the bundled data
/// has it a full member since 1992, still (a Correlates of War file).
const COW_DIFFERS: &str = "ccode,year,state,CSTO\n705,2010,KZK,3\n705,2011,KZK,3\n";

/// Kazakhstan's CSTO periods: (status, period as text).
fn kaz_in_csto(harness: &Harness<'_, HeartlandApp>) -> Vec<(MembershipStatus, String)> {
    let csto = OrgId::try_from("csto").expect("an id");
    harness.state().session().dataset().organizations[&csto]
        .memberships
        .iter()
        .filter(|m| m.country == code("KAZ"))
        .map(|m| (m.status, m.period.to_string()))
        .collect()
}

/// The bundled data with the file imported through the window.
fn imported() -> (Harness<'static, HeartlandApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let csv = dir.path().join("cow.csv");
    std::fs::write(&csv, COW_DIFFERS).expect("written");
    let mut harness = app_harness();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Import(vec![csv]));
    for _ in 0..500 {
        harness.run_steps(1);
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(3);
    (harness, dir)
}

#[test]
fn supersede_imports_again_ending_the_open_period_as_one_undo_step() {
    let (mut harness, _dir) = imported();
    let before = harness.state().session().dataset().clone();
    assert_eq!(
        kaz_in_csto(&harness),
        [(MembershipStatus::Member, "from 1992-05-15".to_owned())],
        "the conflict was not imported"
    );
    assert!(
        harness
            .state()
            .session()
            .problems()
            .iter()
            .any(|p| p.message.contains("conflict")),
        "the conflict is listed: {:?}",
        harness.state().session().problems()
    );
    harness.get_by_label_contains("inside an open period");
    harness.get_by_label("Supersede").click();
    harness.run_steps(3);

    let periods = kaz_in_csto(&harness);
    assert!(
        periods.contains(&(MembershipStatus::Member, "1992-05-15 to 2010".to_owned()))
            && periods.contains(&(MembershipStatus::Observer, "2010 to 2012".to_owned())),
        "the open period ends the day before the new one: {periods:?}"
    );
    assert!(
        !harness
            .state()
            .session()
            .problems()
            .iter()
            .any(|p| p.message.contains("conflict")),
        "the conflict is resolved: {:?}",
        harness.state().session().problems()
    );
    assert!(
        harness
            .query_by_label_contains("inside an open period")
            .is_none(),
        "the offer is gone"
    );
    assert!(
        harness
            .state()
            .session()
            .status()
            .is_some_and(|s| s.contains("superseding")),
        "{:?}",
        harness.state().session().status()
    );
    assert!(harness.state().session().is_dirty(), "unsaved");
    // One undo step: undone, the data is as before the import.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Undo);
    harness.run_steps(2);
    assert!(
        harness.state().session().dataset() == &before,
        "as before the import"
    );
    assert!(!harness.state().session().is_dirty(), "nothing to save");
}

#[test]
fn keep_as_conflicts_leaves_the_data_as_it_is() {
    let (mut harness, _dir) = imported();
    let before = harness.state().session().dataset().clone();
    harness.get_by_label("Keep as conflicts").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("inside an open period")
            .is_none(),
        "the offer is gone"
    );
    assert!(harness.state().session().dataset() == &before, "unchanged");
    assert!(
        harness
            .state()
            .session()
            .problems()
            .iter()
            .any(|p| p.message.contains("conflict")),
        "the conflict stays listed"
    );
}

#[test]
fn an_edit_after_the_import_withdraws_the_offer() {
    let (mut harness, _dir) = imported();
    harness.get_by_label_contains("inside an open period");
    // Any change of the data makes the offer stale: it would merge into
    // other data.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::Edit(vec![heartland::edit::Edit::SetNote {
            target: heartland::edit::Target::Country(code("KAZ")),
            note: Some("checked".to_owned()),
        }]),
    );
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("inside an open period")
            .is_none(),
        "no offer over changed data"
    );
}
