//! Datasets for the save tests and the save benchmark: two versions of the
//! bundled data that differ in every file, and a synthetic dataset of the
//! full size of the UN roll-call and COW IGO data (made up, never bundled).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    dead_code,
    reason = "test helpers may panic (a failed test); not every test uses every helper"
)]

use std::sync::Arc;

use heartland::data::load_bundled;
use heartland::edit::{Edit, History, RelationKey, Target};
use heartland::model::{
    Country, CountryCode, Dataset, Date, Interval, Membership, MembershipStatus, OrgId, OrgKind,
    Organization, Position, Stance, StanceId, StanceKind,
};

/// The bundled dataset.
pub fn version_a() -> Dataset {
    let loaded = load_bundled();
    assert!(loaded.problems.is_empty(), "bundled data is clean");
    loaded.dataset
}

/// The bundled dataset with a note changed in one record of every file,
/// so that each of the seven files differs from [`version_a`]'s.
pub fn version_b() -> Dataset {
    b_from(&version_a())
}

/// [`version_a`] and [`version_b`], from one load.
pub fn versions() -> (Dataset, Dataset) {
    let a = version_a();
    let b = b_from(&a);
    (a, b)
}

fn b_from(a: &Dataset) -> Dataset {
    let mut ds = Arc::new(a.clone());
    let mut history = History::new();
    let note = Some("Edited: version B of the kill-during-save test.".to_owned());
    let targets = [
        Target::Source(a.sources.keys().next().unwrap().clone()),
        Target::Country(*a.countries.keys().next().unwrap()),
        Target::Place(a.places.keys().next().unwrap().clone()),
        Target::Organization(a.organizations.keys().next().unwrap().clone()),
        Target::Relation(RelationKey::of(&a.relations[0])),
        Target::Corridor(a.corridors.keys().next().unwrap().clone()),
        Target::Stance(a.stances.keys().next().unwrap().clone()),
    ];
    for target in targets {
        let edit = Edit::SetNote {
            target,
            note: note.clone(),
        };
        assert_eq!(history.apply(&mut ds, edit), Ok(true), "note changed");
    }
    Arc::unwrap_or_clone(ds)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// A synthetic dataset of the size of the full datasets: the bundled data,
/// plus every assigned country, `stances` roll-call votes with a position
/// for each of 193 states, and `organizations` organizations with 60
/// members each (two periods apiece). Deterministic.
pub fn full_size(stances: usize, organizations: usize) -> Dataset {
    let mut ds = version_a();
    for c in CountryCode::all() {
        ds.countries.entry(c).or_insert_with(|| Country {
            code: c,
            name: format!("Synthetic {c}"),
            capital: None,
            group: "Other".to_owned(),
            source: None,
            evidence: None,
            note: None,
        });
    }
    let voters: Vec<CountryCode> = CountryCode::all().take(193).collect();
    let votes = Position::allowed_for(StanceKind::UnVote);
    for i in 0..stances {
        let id = StanceId::try_from(format!("synthetic-vote-{i}")).unwrap();
        let year = 1946 + i32::try_from(i / 80).unwrap();
        let positions = voters
            .iter()
            .enumerate()
            .map(|(j, c)| (*c, votes[(i * 7 + j * 13 + (i * j) % 5) % votes.len()]))
            .collect();
        ds.stances.insert(
            id.clone(),
            Stance {
                id,
                title: format!("Synthetic resolution {i}: a title of ordinary length for a vote"),
                date: Date::new(
                    year.min(2024),
                    Some(1 + u8::try_from(i % 12).unwrap()),
                    None,
                )
                .unwrap(),
                kind: StanceKind::UnVote,
                positions,
                totals: None,
                source: None,
                evidence: None,
                note: None,
            },
        );
    }
    for i in 0..organizations {
        let id = OrgId::try_from(format!("synthetic-igo-{i}")).unwrap();
        let mut memberships = Vec::new();
        for (j, c) in voters.iter().enumerate().skip(i % 100).take(60) {
            let start = 1950 + i32::try_from((i + j) % 40).unwrap();
            let first = Interval::new(
                Date::year_only(start).unwrap(),
                Some(Date::year_only(start + 10).unwrap()),
            )
            .unwrap();
            let second = Interval::new(Date::year_only(start + 12).unwrap(), None).unwrap();
            for (period, status) in [
                (first, MembershipStatus::Member),
                (second, MembershipStatus::Associate),
            ] {
                memberships.push(Membership {
                    country: *c,
                    status,
                    period,
                    source: None,
                    evidence: None,
                    note: None,
                });
            }
        }
        ds.organizations.insert(
            id.clone(),
            Organization {
                id,
                acronym: format!("IGO{i}"),
                name: format!("Synthetic intergovernmental organization {i}"),
                kind: OrgKind::Economic,
                founded: Some(date("1950")),
                color: None,
                memberships,
                facts: std::collections::BTreeMap::new(),
                source: None,
                evidence: None,
                note: None,
            },
        );
    }
    ds
}
