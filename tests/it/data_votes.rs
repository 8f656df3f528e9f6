//! The bundled UN votes against their official totals and the UN's
//! membership on each vote's date: where a roll-call is complete, each
//! position's count equals its total; where it is not, each count is at most
//! its total, the shortfall is exactly the members without a position, and
//! the note names every one of them. Recorded positions belong to UN members.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::collections::BTreeSet;

use heartland::data::load_bundled;
use heartland::model::{
    CountryCode, Dataset, Date, MembershipStatus, OrgId, Position, Stance, StanceId, StanceKind,
};

use crate::common::code;

fn stance<'a>(ds: &'a Dataset, id: &str) -> &'a Stance {
    let id = StanceId::try_from(id).unwrap();
    ds.stances.get(&id).unwrap()
}

/// UN members on `date`, from the `un` organization.
fn un_members(ds: &Dataset, date: Date) -> BTreeSet<CountryCode> {
    // The United Nations is an organization of the data.
    let un = ds
        .organizations
        .get(&OrgId::try_from("un").unwrap())
        .unwrap();
    un.members_on(date)
        .into_iter()
        .filter(|(_, s)| *s == MembershipStatus::Member)
        .map(|(c, _)| c)
        .collect()
}

/// The members with no recorded position on `s`.
fn not_recorded(ds: &Dataset, s: &Stance) -> BTreeSet<CountryCode> {
    un_members(ds, s.date)
        .into_iter()
        .filter(|c| !s.positions.contains_key(c))
        .collect()
}

#[test]
fn every_un_vote_has_totals_that_match_the_membership_of_its_day() {
    let ds = load_bundled().dataset;
    let votes: Vec<&Stance> = ds
        .stances
        .values()
        .filter(|s| s.kind == StanceKind::UnVote)
        .collect();
    assert_eq!(votes.len(), 5, "62/243, 66/225, 68/262, ES-11/1, ES-11/4");
    for s in votes {
        let totals = s
            .totals
            .as_ref()
            .unwrap_or_else(|| panic!("{}: official totals", s.id));
        let members = un_members(&ds, s.date);
        assert_eq!(
            usize::try_from(totals.sum()).unwrap(),
            members.len(),
            "{}: the totals add up to the UN's membership on {}",
            s.id,
            s.date
        );
        for c in s.positions.keys() {
            assert!(
                members.contains(c),
                "{}: {c} has a position but was not a UN member on {}",
                s.id,
                s.date
            );
        }
        let mut shortfall = 0;
        for p in Position::allowed_for(StanceKind::UnVote) {
            let total = totals.of(*p).unwrap();
            assert!(
                s.count(*p) <= total,
                "{}: {} {p:?} recorded, total {total}",
                s.id,
                s.count(*p)
            );
            shortfall += total - s.count(*p);
        }
        let missing = not_recorded(&ds, s);
        assert_eq!(
            usize::try_from(shortfall).unwrap(),
            missing.len(),
            "{}: recorded + not recorded = the membership",
            s.id
        );
        let note = s.note.as_deref().unwrap_or_default();
        for c in &missing {
            let name = ds.country_name(*c);
            assert!(
                note.contains(&name),
                "{}: the note names the unrecorded member {name}",
                s.id
            );
        }
    }
}

#[test]
fn complete_roll_calls_equal_the_official_totals() {
    let ds = load_bundled().dataset;
    for (id, yes, no, abstain, absent) in [
        ("unga-62-243", 39, 7, 100, 46),
        ("unga-66-225", 167, 7, 6, 13),
        ("unga-68-262", 100, 11, 58, 24),
        ("unga-es-11-1", 141, 5, 35, 12),
    ] {
        let s = stance(&ds, id);
        assert!(
            not_recorded(&ds, s).is_empty(),
            "{id}: every member recorded"
        );
        assert_eq!(
            [
                s.count(Position::Yes),
                s.count(Position::No),
                s.count(Position::Abstain),
                s.count(Position::Absent)
            ],
            [yes, no, abstain, absent],
            "{id}: counts per position"
        );
        let t = s.totals.as_ref().unwrap();
        assert_eq!(
            [t.yes, t.no, t.abstain, t.absent],
            [yes, no, abstain, absent],
            "{id}: the official totals as published"
        );
    }
}

#[test]
fn the_partial_roll_call_of_es_11_4_leaves_the_unknown_out() {
    let ds = load_bundled().dataset;
    let s = stance(&ds, "unga-es-11-4");
    assert_eq!(s.count(Position::No), 5, "all five against");
    assert_eq!(s.count(Position::Abstain), 35, "all 35 abstentions");
    assert_eq!(
        not_recorded(&ds, s).len(),
        95,
        "86 in favour and 9 non-voting could not be told apart"
    );
    assert_eq!(
        s.unrecorded(),
        vec![
            (Position::Yes, 86),
            (Position::No, 0),
            (Position::Abstain, 0),
            (Position::Absent, 9)
        ],
        "the shortfall per position"
    );
}

#[test]
fn known_positions_of_the_region() {
    let ds = load_bundled().dataset;
    let at = |id: &str, c: &str| stance(&ds, id).positions.get(&code(c)).copied();
    assert_eq!(
        at("unga-62-243", "CHN"),
        Some(Position::Abstain),
        "China abstained"
    );
    assert_eq!(
        at("unga-62-243", "PAK"),
        Some(Position::Yes),
        "Pakistan in favour"
    );
    assert_eq!(
        at("unga-62-243", "TKM"),
        Some(Position::Absent),
        "did not vote"
    );
    assert_eq!(
        at("unga-68-262", "ARM"),
        Some(Position::No),
        "Armenia against"
    );
    assert_eq!(
        at("unga-68-262", "KGZ"),
        Some(Position::Absent),
        "did not vote"
    );
    assert_eq!(
        at("unga-es-11-1", "UZB"),
        Some(Position::Absent),
        "did not vote"
    );
    assert_eq!(
        at("unga-es-11-4", "UZB"),
        Some(Position::Abstain),
        "abstained"
    );
    assert_eq!(at("unga-es-11-4", "AZE"), None, "not recorded");
}

#[test]
fn the_un_tells_members_from_non_members() {
    let ds = load_bundled().dataset;
    let d = |s: &str| Date::parse(s).unwrap();
    assert_eq!(un_members(&ds, d("2008-03-14")).len(), 192, "March 2008");
    assert_eq!(un_members(&ds, d("2022-10-12")).len(), 193, "October 2022");
    let on = un_members(&ds, d("1992-03-02"));
    for c in ["KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE"] {
        assert!(on.contains(&code(c)), "{c} admitted on 1992-03-02");
    }
    assert!(
        !un_members(&ds, d("1992-03-01")).contains(&code("KAZ")),
        "not the day before"
    );
    assert!(
        !un_members(&ds, d("2022-10-12")).contains(&code("PSE")),
        "Palestine is an observer, not a member"
    );
    assert!(
        !un_members(&ds, d("2011-07-13")).contains(&code("SSD")),
        "South Sudan from 2011-07-14"
    );
}
