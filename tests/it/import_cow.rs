//! Correlates of War IGO state-year data: codes mapped through the bundled
//! table (705 → KAZ, 373 → AZE, historical states under ISO 3166-3 codes),
//! years folded into intervals across the five-year gaps before 1965 but
//! not across longer ones, odd rows reported; and a synthetic file of the
//! full dataset's shape (530 organizations × ~200 states × 70 years).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use std::collections::{BTreeMap, BTreeSet};

use heartland::data::import::{
    CowTable, Format, ImportOptions, Imported, cow_to_iso, import_bytes, import_reader, merge,
};
use heartland::model::{CountryCode, Dataset, MembershipStatus, OrgKind};

use crate::fixtures::import_file;

/// (organization, country, status, from year, to year) of every membership.
fn periods(imported: &Imported) -> BTreeSet<(String, String, MembershipStatus, i32, i32)> {
    imported
        .records
        .memberships
        .iter()
        .map(|m| {
            let p = m.record.membership.period;
            (
                m.record.organization.to_string(),
                m.record.membership.country.to_string(),
                m.record.membership.status,
                p.from.year(),
                p.to.map_or(0, |t| t.year()),
            )
        })
        .collect()
}

#[test]
fn small_file_folds_maps_and_reports() {
    let bytes = import_file("cow_small.csv");
    let imported = import_bytes(
        "cow.csv",
        &bytes,
        &Dataset::default(),
        &ImportOptions::default(),
    );
    assert_eq!(imported.format, Some(Format::CowIgo), "told by the header");
    use MembershipStatus::{Associate, Member, Observer};
    let expected: BTreeSet<_> = [
        // Five-yearly rows 1950–1960 fold into one interval up to 1966.
        ("un", "USA", Member, 1950, 1967),
        // A missing value (−9) in 1955 does not break 1950–1960; 0 in 1965 ends it.
        ("nato", "USA", Member, 1950, 1961),
        // COW 365: the Soviet Union until 1991, Russia from 1992.
        ("un", "SUN", Member, 1990, 1992),
        ("un", "RUS", Member, 1992, 1993),
        // A 56-year gap is not folded.
        ("un", "EST", Member, 1935, 1936),
        ("un", "EST", Member, 1991, 1992),
        // A change of status is a new interval.
        ("un", "KAZ", Associate, 1992, 1993),
        ("un", "KAZ", Observer, 1993, 1994),
    ]
    .into_iter()
    .map(|(o, c, s, f, t)| (o.to_owned(), c.to_owned(), s, f, t))
    .collect();
    assert_eq!(periods(&imported), expected, "{:#?}", imported.problems);

    let problems: Vec<(String, &str)> = imported
        .problems
        .iter()
        .map(|p| (p.location.clone(), p.message.as_str()))
        .collect();
    let find =
        |loc: &str, needle: &str| problems.iter().any(|(l, m)| l == loc && m.contains(needle));
    assert!(
        find("line 14, column 4", "\"7\" is not a COW value"),
        "bad cell: {problems:#?}"
    );
    assert!(
        find("line 15", "already given on line 13"),
        "duplicate row: {problems:#?}"
    );
    assert!(
        find("line 16, column 1", "Hanover"),
        "state without ISO code: {problems:#?}"
    );
    assert!(
        find("line 17, column 1", "9999"),
        "unknown COW code: {problems:#?}"
    );
    assert!(
        find("line 18, column 1", "ccode"),
        "not a number: {problems:#?}"
    );
    assert_eq!(problems.len(), 5, "nothing else: {problems:#?}");

    let orgs: Vec<(&str, &str, OrgKind)> = imported
        .records
        .organizations
        .iter()
        .map(|o| {
            (
                o.record.id.as_str(),
                o.record.acronym.as_str(),
                o.record.kind,
            )
        })
        .collect();
    assert_eq!(
        orgs,
        [
            ("un", "UN", OrgKind::Political),
            ("nato", "NATO", OrgKind::Political),
            ("eu-parl", "EU Parl.", OrgKind::Political)
        ],
        "one organization per column, slugified, political by default"
    );
    let countries: Vec<(String, &str)> = imported
        .records
        .countries
        .iter()
        .map(|c| (c.record.code.to_string(), c.record.name.as_str()))
        .collect();
    assert!(
        countries.contains(&("SUN".to_owned(), "Soviet Union")),
        "{countries:?}"
    );
    assert!(
        countries.contains(&("KAZ".to_owned(), "Kazakhstan")),
        "{countries:?}"
    );

    // Into an empty dataset: countries and organizations come with it.
    let mut ds = Dataset::default();
    let report = merge(&mut ds, imported);
    assert_eq!(
        report.added.memberships, 8,
        "all merged: {:#?}",
        report.problems
    );
    assert_eq!(report.added.organizations, 3, "organizations added");
    let un = &ds.organizations[&heartland::model::OrgId::try_from("un").unwrap()];
    let members: Vec<String> = un
        .members_in(1991)
        .keys()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        members,
        ["EST", "SUN"],
        "the UN in 1991 (as far as this file says)"
    );
}

#[test]
fn codes_map_as_documented() {
    for (ccode, year, iso) in [(705, 2000, "KAZ"), (373, 2000, "AZE"), (265, 1980, "DDR")] {
        assert_eq!(
            cow_to_iso(ccode, year).map(|c| c.to_string()).as_deref(),
            Some(iso),
            "{ccode}"
        );
    }
}

/// (organization column, state) → (status, from year, to year) intervals.
type Intervals = BTreeMap<(usize, CountryCode), Vec<(MembershipStatus, i32, i32)>>;

/// The states of the synthetic file: COW codes the table maps to one ISO
/// code in every year.
fn synthetic_states() -> Vec<(u32, CountryCode)> {
    let mut by_code: BTreeMap<u32, Vec<_>> = BTreeMap::new();
    for (ccode, entry) in CowTable::bundled().entries() {
        by_code.entry(ccode).or_default().push(entry);
    }
    let mut seen = BTreeSet::new();
    by_code
        .into_iter()
        .filter_map(|(ccode, entries)| match entries.as_slice() {
            [e] if e.first_year.is_none() && e.last_year.is_none() => Some((ccode, e.iso?)),
            _ => None,
        })
        .filter(|(_, iso)| seen.insert(*iso))
        .collect()
}

/// Observed years: every five years 1920–1960, then every year 1965–2025 (70).
fn synthetic_years() -> Vec<i32> {
    (1920..1965).step_by(5).chain(1965..=2025).collect()
}

/// The value of organization `o` for state `s` in `year`: the organization
/// exists from `founded`; the state is an observer from then, a member from
/// `joins`; some states leave at `leaves`; a few values are missing.
fn synthetic_value(s: usize, o: usize, year: i32) -> i8 {
    let founded = 1920 + (o % 12) as i32 * 5;
    let joins = 1925 + ((s * 7 + o * 13) % 90) as i32;
    let leaves = if (s + o).is_multiple_of(7) {
        1990 + (o % 20) as i32
    } else {
        9999
    };
    if year < founded {
        -1
    } else if (s + o).is_multiple_of(5) && year == joins + 3 {
        -9
    } else if year >= leaves {
        0
    } else if year >= joins {
        1
    } else if o.is_multiple_of(2) {
        3
    } else {
        0
    }
}

/// The intervals the rules give, worked out from the observed years (not
/// with the importer's code): runs of one status over consecutive
/// observations (a missing value skipped), `to` = last year + 1.
fn expected_intervals(s: usize, o: usize, years: &[i32]) -> Vec<(MembershipStatus, i32, i32)> {
    let mut out = Vec::new();
    let mut run: Option<(i8, i32, i32)> = None;
    for &y in years {
        let v = synthetic_value(s, o, y);
        if v == -9 {
            continue;
        }
        match run {
            Some((rv, first, _)) if rv == v => run = Some((rv, first, y)),
            _ => {
                if let Some((rv, first, last)) = run.take() {
                    out.push((rv, first, last));
                }
                if v > 0 {
                    run = Some((v, y, y));
                }
            }
        }
    }
    out.extend(run);
    out.into_iter()
        .filter(|(v, _, _)| *v > 0)
        .map(|(v, first, last)| {
            let status = if v == 1 {
                MembershipStatus::Member
            } else {
                MembershipStatus::Observer
            };
            (status, first, last + 1)
        })
        .collect()
}

#[test]
fn synthetic_full_size_file_imports_and_folds_correctly() {
    const ORGS: usize = 530;
    let states = synthetic_states();
    assert!(states.len() >= 190, "about 200 states: {}", states.len());
    let years = synthetic_years();
    assert_eq!(years.len(), 70, "70 observed years");

    let mut text = String::from("ccode,year,state");
    for o in 0..ORGS {
        text.push_str(&format!(",ORG{o}"));
    }
    text.push('\n');
    for (s, (ccode, iso)) in states.iter().enumerate() {
        for &y in &years {
            text.push_str(&format!("{ccode},{y},{iso}"));
            for o in 0..ORGS {
                text.push(',');
                text.push_str(&synthetic_value(s, o, y).to_string());
            }
            text.push('\n');
        }
    }
    let imported = import_reader(
        Format::CowIgo,
        "synthetic.csv",
        text.as_bytes(),
        text.len() as u64,
        &Dataset::default(),
        &ImportOptions::default(),
    );
    assert!(
        imported.problems.is_empty(),
        "{:?}",
        &imported.problems[..imported.problems.len().min(5)]
    );
    assert_eq!(
        imported.records.organizations.len(),
        ORGS,
        "one organization per column"
    );

    let mut got: Intervals = BTreeMap::new();
    for m in &imported.records.memberships {
        let o: usize = m
            .record
            .organization
            .as_str()
            .trim_start_matches("org")
            .parse()
            .unwrap();
        let p = m.record.membership.period;
        got.entry((o, m.record.membership.country))
            .or_default()
            .push((
                m.record.membership.status,
                p.from.year(),
                p.to.unwrap().year(),
            ));
    }
    let mut expected: Intervals = BTreeMap::new();
    for (s, (_, iso)) in states.iter().enumerate() {
        for o in 0..ORGS {
            let e = expected_intervals(s, o, &years);
            if !e.is_empty() {
                expected.insert((o, *iso), e);
            }
        }
    }
    for list in got.values_mut() {
        list.sort_by_key(|(_, from, _)| *from);
    }
    assert_eq!(
        got.len(),
        expected.len(),
        "same (organization, state) pairs"
    );
    assert!(got == expected, "every interval as the rules say");

    // Spot checks: the codes of the issue, a gap folded, a missing value.
    let kaz = CountryCode::try_from("KAZ").unwrap();
    let aze = CountryCode::try_from("AZE").unwrap();
    assert!(got.keys().any(|(_, c)| *c == kaz), "705 → KAZ");
    assert!(got.keys().any(|(_, c)| *c == aze), "373 → AZE");
    let folded_across_gap = got
        .values()
        .flatten()
        .any(|(_, from, to)| *from < 1960 && *to > 1966);
    assert!(folded_across_gap, "intervals run across the five-year rows");
    let total: usize = got.values().map(Vec::len).sum();
    assert!(total > 100_000, "a full-size result: {total} intervals");
}
