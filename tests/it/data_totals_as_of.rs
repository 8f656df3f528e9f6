//! The format additions of issue 12, checked like every other key: a UN
//! vote's `totals`, an organization's `facts`, and the top-level `as_of` of
//! `sources.json`. Bad input is a located problem, never a panic, and costs
//! only the value at fault.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use heartland::data::{Loaded, load_dir, load_files};
use heartland::model::{Date, OrgId, StanceId};

const SOURCES: &str = r#"{ "format": 1, "sources": [ { "id": "un", "title": "UN record" } ] }"#;
const COUNTRIES: &str = r#"{ "format": 1, "countries": [
  { "code": "KAZ", "name": "Kazakhstan", "group": "Central Asia" },
  { "code": "UZB", "name": "Uzbekistan", "group": "Central Asia" },
  { "code": "ARM", "name": "Armenia", "group": "South Caucasus" } ] }"#;

fn stances(totals: &str, kind: &str) -> String {
    format!(
        r#"{{ "format": 1, "stances": [
  {{ "id": "v", "title": "A vote", "date": "2008-03-14", "kind": "{kind}",
    "positions": {{ "UZB": "{p1}", "KAZ": "{p2}", "ARM": "{p3}" }}, "totals": {totals} }} ] }}"#,
        p1 = if kind == "un-vote" { "yes" } else { "rejects" },
        p2 = if kind == "un-vote" {
            "abstain"
        } else {
            "rejects"
        },
        p3 = if kind == "un-vote" { "no" } else { "silent" },
    )
}

fn load(sources: &str, stances: &str) -> Loaded {
    load_files(&[
        ("sources.json", sources.as_bytes()),
        ("countries.json", COUNTRIES.as_bytes()),
        ("stances.json", stances.as_bytes()),
    ])
}

fn messages(l: &Loaded) -> Vec<String> {
    l.problems.iter().map(ToString::to_string).collect()
}

fn the_vote(l: &Loaded) -> &heartland::model::Stance {
    &l.dataset.stances[&StanceId::try_from("v").unwrap()]
}

#[test]
fn valid_totals_load() {
    let l = load(
        SOURCES,
        &stances(
            r#"{ "yes": 39, "no": 7, "abstain": 100, "absent": 46, "source": "un" }"#,
            "un-vote",
        ),
    );
    assert!(l.problems.is_empty(), "clean: {:?}", messages(&l));
    let t = the_vote(&l).totals.as_ref().unwrap();
    assert_eq!([t.yes, t.no, t.abstain, t.absent], [39, 7, 100, 46], "read");
    assert_eq!(t.sum(), 192, "the membership of the day");
}

#[test]
fn totals_only_on_a_un_vote() {
    let l = load(
        SOURCES,
        &stances(
            r#"{ "yes": 1, "no": 1, "abstain": 1, "absent": 1 }"#,
            "recognition",
        ),
    );
    let m = messages(&l);
    assert_eq!(m.len(), 1, "one problem: {m:?}");
    assert!(
        m[0].starts_with(
            "stances.json:stances[0].totals: \"totals\" is allowed only on a \"un-vote\" stance"
        ),
        "located and explained: {}",
        m[0]
    );
    let v = the_vote(&l);
    assert!(v.totals.is_none(), "totals left out");
    assert_eq!(v.positions.len(), 3, "the stance and its positions stay");
}

#[test]
fn positions_beyond_a_total_are_a_problem() {
    let l = load(
        SOURCES,
        &stances(
            r#"{ "yes": 1, "no": 0, "abstain": 5, "absent": 5 }"#,
            "un-vote",
        ),
    );
    let m = messages(&l);
    assert_eq!(m.len(), 1, "one problem: {m:?}");
    assert!(
        m[0].starts_with("stances.json:stances[0].totals: the recorded positions exceed the totals (1 \"no\" recorded but the total is 0)"),
        "names the position and both numbers: {}",
        m[0]
    );
    assert!(the_vote(&l).totals.is_none(), "totals left out");
}

#[test]
fn bad_totals_are_located() {
    for (totals, expected) in [
        (
            r#"{ "yes": 1, "no": 1, "abstain": 1, "absent": 1, "present": 3 }"#,
            "stances.json:stances[0].totals.present: unknown field \"present\"",
        ),
        (
            r#"{ "yes": 1, "no": 1, "abstain": 1 }"#,
            "stances.json:stances[0].totals: missing field \"absent\"",
        ),
        (
            r#"{ "yes": -1, "no": 1, "abstain": 1, "absent": 1 }"#,
            "stances.json:stances[0].totals.yes: invalid value",
        ),
        (
            r#"{ "yes": 1, "no": 1, "abstain": 1, "absent": 1, "source": "nope" }"#,
            "stances.json:stances[0].totals.source: unknown source id \"nope\"",
        ),
        (
            r#"[1, 2, 3, 4]"#,
            "stances.json:stances[0].totals: expected an object",
        ),
    ] {
        let l = load(SOURCES, &stances(totals, "un-vote"));
        let m = messages(&l);
        assert_eq!(m.len(), 1, "{totals}: one problem: {m:?}");
        assert!(m[0].starts_with(expected), "{totals}: {}", m[0]);
        assert!(the_vote(&l).totals.is_none(), "{totals}: left out");
        assert_eq!(the_vote(&l).positions.len(), 3, "{totals}: stance kept");
    }
}

#[test]
fn as_of_is_read_checked_and_optional() {
    let stances = stances("null", "un-vote");
    let with = |as_of: &str| {
        SOURCES.replacen(
            "{ \"format\": 1,",
            &format!("{{ \"format\": 1, \"as_of\": {as_of},"),
            1,
        )
    };
    let l = load(&with("\"2026-11-30\""), &stances);
    assert!(l.problems.is_empty(), "clean: {:?}", messages(&l));
    assert_eq!(
        l.dataset.as_of,
        Some(Date::parse("2026-11-30").unwrap()),
        "read"
    );

    let l = load(SOURCES, &stances);
    assert!(l.problems.is_empty(), "optional: {:?}", messages(&l));
    assert_eq!(l.dataset.as_of, None, "no date without as_of");

    for (bad, expected) in [
        (
            "\"2026-13-01\"",
            "sources.json:as_of: invalid date \"2026-13-01\"",
        ),
        (
            "20261130",
            "sources.json:as_of: \"as_of\" must be a date string",
        ),
    ] {
        let l = load(&with(bad), &stances);
        let m = messages(&l);
        assert_eq!(m.len(), 1, "{bad}: one problem: {m:?}");
        assert!(m[0].starts_with(expected), "{bad}: {}", m[0]);
        assert_eq!(l.dataset.as_of, None, "{bad}: no date");
        assert_eq!(l.dataset.sources.len(), 1, "{bad}: the sources still load");
    }
}

#[test]
fn as_of_is_only_a_key_of_sources_json() {
    let l = load_files(&[(
        "countries.json",
        r#"{ "format": 1, "as_of": "2026", "countries": [] }"#.as_bytes(),
    )]);
    let m = messages(&l);
    assert_eq!(m.len(), 1, "one problem: {m:?}");
    assert!(
        m[0].starts_with("countries.json:as_of: unknown key \"as_of\""),
        "{}",
        m[0]
    );
}

#[test]
fn a_folder_without_as_of_has_no_date_and_the_bundled_data_has_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("sources.json"), SOURCES).unwrap();
    let l = load_dir(dir.path());
    assert_eq!(l.dataset.as_of, None, "the user's folder says nothing");
    let bundled = heartland::data::load_bundled();
    assert!(bundled.dataset.as_of.is_some(), "the bundled data is dated");
    let other = tempfile::tempdir().unwrap();
    std::fs::write(
        other.path().join("countries.json"),
        heartland::data::FileKind::Countries.bundled_bytes(),
    )
    .unwrap();
    assert_eq!(
        load_dir(other.path()).dataset.as_of,
        bundled.dataset.as_of,
        "a folder without its own sources.json takes the bundled one, date included"
    );
}

#[test]
fn organization_facts_are_read_and_checked() {
    let orgs = r#"{ "format": 1, "organizations": [
  { "id": "osce", "acronym": "OSCE", "name": "OSCE", "kind": "security",
    "facts": { "Minsk Group": "set up on 1992-03-24", "co-chairs": 3, "active": false, "bad": [1] } } ] }"#;
    let l = load_files(&[("organizations.json", orgs.as_bytes())]);
    let m = messages(&l);
    assert_eq!(m.len(), 1, "one problem: {m:?}");
    assert!(
        m[0].starts_with("organizations.json:organizations[0].facts.bad: a fact must be a string, a number or true/false"),
        "{}",
        m[0]
    );
    let o = &l.dataset.organizations[&OrgId::try_from("osce").unwrap()];
    assert_eq!(o.facts.len(), 3, "the good facts stay");
    assert_eq!(o.facts["co-chairs"], "3", "numbers as text");
    assert_eq!(o.facts["active"], "false", "booleans as text");
}
