//! Model queries on loaded data: `members_in` (Uzbekistan and the CSTO),
//! `score_at` and `period_at` (latest-starting period wins), `status_at`,
//! `year_range`, `capital_of`, and membership set algebra.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::collections::BTreeSet;

use heartland::analysis::sets::{Counted, SetOp, membership_set};
use heartland::data::{Loaded, load_files};
use heartland::model::{
    CorridorId, CorridorStatus, CountryCode, Dimension, MembershipStatus, OrgId, Score,
};

use crate::common::code;

const COUNTRIES: &str = r#"{ "format": 1, "countries": [
  { "code": "KAZ", "name": "Kazakhstan", "capital": "astana", "group": "Central Asia" },
  { "code": "UZB", "name": "Uzbekistan", "group": "Central Asia" },
  { "code": "TJK", "name": "Tajikistan", "group": "Central Asia" },
  { "code": "ARM", "name": "Armenia", "group": "South Caucasus" },
  { "code": "AZE", "name": "Azerbaijan", "group": "South Caucasus" },
  { "code": "GEO", "name": "Georgia", "group": "South Caucasus" },
  { "code": "UKR", "name": "Ukraine", "group": "Neighbour" },
  { "code": "MDA", "name": "Moldova", "group": "Other" } ] }"#;

const PLACES: &str = r#"{ "format": 1, "places": [
  { "id": "astana", "name": "Astana", "country": "KAZ", "kind": "capital", "lon": 71.43, "lat": 51.13 } ] }"#;

// Uzbekistan: CSTO founder, left 1999, rejoined 2006, suspended 2012;
// GUAM (GUUAM) 1999-2005. Armenia suspended its CSTO participation in 2024.
const ORGANIZATIONS: &str = r#"{ "format": 1, "organizations": [
  { "id": "csto", "acronym": "CSTO", "name": "Collective Security Treaty Organization", "kind": "security",
    "memberships": [
      { "country": "KAZ", "status": "member", "from": "1992-05-15" },
      { "country": "TJK", "status": "member", "from": "1992-05-15" },
      { "country": "UZB", "status": "member", "from": "1992-05-15", "to": "1999-04-02" },
      { "country": "UZB", "status": "member", "from": "2006-08-16", "to": "2012-06-28" },
      { "country": "ARM", "status": "member", "from": "1992-05-15", "to": "2024-02-22" },
      { "country": "ARM", "status": "suspended", "from": "2024-02-22" } ] },
  { "id": "guam", "acronym": "GUAM", "name": "GUAM Organization for Democracy and Economic Development", "kind": "political",
    "memberships": [
      { "country": "GEO", "status": "member", "from": "1997-10-10" },
      { "country": "UKR", "status": "member", "from": "1997-10-10" },
      { "country": "AZE", "status": "member", "from": "1997-10-10" },
      { "country": "MDA", "status": "member", "from": "1997-10-10" },
      { "country": "UZB", "status": "member", "from": "1999-04-24", "to": "2005-05-05" } ] },
  { "id": "eaeu", "acronym": "EAEU", "name": "Eurasian Economic Union", "kind": "economic",
    "memberships": [
      { "country": "KAZ", "status": "member", "from": "2015" },
      { "country": "ARM", "status": "member", "from": "2015" },
      { "country": "UZB", "status": "observer", "from": "2020-12" } ] } ] }"#;

const RELATIONS: &str = r#"{ "format": 1, "relations": [
  { "a": "UZB", "b": "TJK", "dimension": "political", "series": [
      { "from": "2000", "to": "2016-09", "score": -0.5 },
      { "from": "2016-09", "to": "2018-03", "score": 0.1 },
      { "from": "2018-03", "score": 0.5 } ] },
  { "a": "AZE", "b": "ARM", "dimension": "security", "series": [
      { "from": "1992", "score": -0.9 } ] } ] }"#;

const CORRIDORS: &str = r#"{ "format": 1, "corridors": [
  { "id": "tcgp", "name": "Trans-Caspian Gas Pipeline", "kind": "gas-pipeline", "countries": ["AZE"],
    "status": [ { "from": "1996", "to": "2008", "status": "proposed" },
                { "from": "2008", "to": "2018-08-12", "status": "suspended" },
                { "from": "2018-08-12", "status": "proposed" } ] } ] }"#;

fn load() -> Loaded {
    let l = load_files(&[
        ("countries.json", COUNTRIES.as_bytes()),
        ("places.json", PLACES.as_bytes()),
        ("organizations.json", ORGANIZATIONS.as_bytes()),
        ("relations.json", RELATIONS.as_bytes()),
        ("corridors.json", CORRIDORS.as_bytes()),
    ]);
    assert!(l.problems.is_empty(), "fixture is clean: {:#?}", l.problems);
    l
}

fn org(s: &str) -> OrgId {
    OrgId::try_from(s).unwrap()
}

fn codes(list: &[&str]) -> BTreeSet<CountryCode> {
    list.iter().map(|s| code(s)).collect()
}

#[test]
fn uzbekistan_and_the_csto() {
    let l = load();
    let csto = &l.dataset.organizations[&org("csto")];
    let uzb = code("UZB");
    assert_eq!(
        csto.members_in(1995).get(&uzb),
        Some(&MembershipStatus::Member),
        "founder"
    );
    assert_eq!(
        csto.members_in(1999).get(&uzb),
        Some(&MembershipStatus::Member),
        "left April 1999"
    );
    assert_eq!(csto.members_in(2000).get(&uzb), None, "out 2000-2005");
    assert_eq!(
        csto.members_in(2010).get(&uzb),
        Some(&MembershipStatus::Member),
        "2010: yes"
    );
    assert_eq!(csto.members_in(2015).get(&uzb), None, "2015: no");
    let guam = &l.dataset.organizations[&org("guam")];
    assert_eq!(
        guam.members_in(2001).get(&uzb),
        Some(&MembershipStatus::Member),
        "GUUAM"
    );
    assert_eq!(guam.members_in(2006).get(&uzb), None, "left GUAM in 2005");
}

#[test]
fn latest_starting_period_wins() {
    let l = load();
    let csto = &l.dataset.organizations[&org("csto")];
    assert_eq!(
        csto.members_in(2024).get(&code("ARM")),
        Some(&MembershipStatus::Suspended),
        "2024: member until February, then suspended"
    );
    let rel = l
        .dataset
        .relations
        .iter()
        .find(|r| r.dimension == Dimension::Political)
        .unwrap();
    assert_eq!(rel.score_at(1999), None, "before the series");
    assert_eq!(rel.score_at(2010), Some(Score::new(-0.5).unwrap()), "tense");
    assert_eq!(
        rel.score_at(2016),
        Some(Score::new(0.1).unwrap()),
        "thaw from September 2016"
    );
    assert_eq!(
        rel.score_at(2018),
        Some(Score::new(0.5).unwrap()),
        "visit of March 2018"
    );
    assert_eq!(
        rel.score_at(2030),
        Some(Score::new(0.5).unwrap()),
        "open period"
    );
    assert_eq!(
        rel.period_at(2017).map(|p| p.period.from.to_string()),
        Some("2016-09".to_owned()),
        "period in effect"
    );
    let tcgp = &l.dataset.corridors[&CorridorId::try_from("tcgp").unwrap()];
    assert_eq!(tcgp.status_at(1995), None, "nothing before 1996");
    assert_eq!(
        tcgp.status_at(2010),
        Some(CorridorStatus::Suspended),
        "suspended"
    );
    assert_eq!(
        tcgp.status_at(2018),
        Some(CorridorStatus::Proposed),
        "revived in 2018"
    );
}

#[test]
fn dataset_queries() {
    let l = load();
    let ds = &l.dataset;
    assert_eq!(
        ds.capital_of(code("KAZ")).map(|p| p.name.as_str()),
        Some("Astana"),
        "capital"
    );
    assert_eq!(ds.capital_of(code("UZB")), None, "no capital given");
    assert_eq!(ds.year_range(), Some((1992, 2024)), "first and last year");
    assert_eq!(
        ds.relations_of(code("ARM")).count(),
        1,
        "relations of Armenia"
    );
}

#[test]
fn set_algebra_on_memberships() {
    let l = load();
    let ds = &l.dataset;
    let both = [org("csto"), org("eaeu")];
    assert_eq!(
        membership_set(ds, &both, 2021, SetOp::Difference, Counted::MEMBERS),
        codes(&["TJK"]),
        "CSTO members not in the EAEU"
    );
    assert_eq!(
        membership_set(ds, &both, 2021, SetOp::Intersection, Counted::MEMBERS),
        codes(&["ARM", "KAZ"]),
        "in both"
    );
    assert_eq!(
        membership_set(ds, &both, 2021, SetOp::Union, Counted::MEMBERS),
        codes(&["ARM", "KAZ", "TJK"]),
        "observers do not count"
    );
    assert_eq!(
        membership_set(ds, &both, 2024, SetOp::Intersection, Counted::MEMBERS),
        codes(&["KAZ"]),
        "Armenia's suspended CSTO membership does not count"
    );
}
