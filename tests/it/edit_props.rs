//! Property tests of the edit model: random sequences of edits (valid and
//! invalid), undos and redos on the bundled data. Undoing everything gives
//! the original back; redoing everything gives the latest state back; and
//! whatever the edits accepted, the dataset written and loaded again has no
//! problem and is the same (the edit rules admit nothing the loader would
//! refuse).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::sync::Arc;

use heartland::data::write::all_files;
use heartland::data::{load_bundled, load_files};
use heartland::edit::{Edit, History, RelationKey, Target};
use heartland::model::{Dataset, Date, MembershipStatus, Source, SourceId};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Edit {
        kind: u8,
        i: usize,
        j: usize,
        score: i16,
        year: i32,
        span: i32,
    },
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..8, 0usize..1000, 0usize..1000, -1500i16..1500, 1985i32..2040, -2i32..8).prop_map(
            |(kind, i, j, score, year, span)| Op::Edit { kind, i, j, score, year, span }
        ),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn year(y: i32) -> Date {
    Date::year_only(y).unwrap()
}

/// An edit built from the op's numbers against the current dataset: often
/// valid, sometimes not (overlaps, bad scores, unknown sources, `to` before
/// `from`).
fn edit_for(ds: &Dataset, kind: u8, i: usize, j: usize, score: i16, y: i32, span: i32) -> Edit {
    let rel = &ds.relations[i % ds.relations.len()];
    let key = RelationKey::of(rel);
    let period = &rel.series[j % rel.series.len()];
    let sources: Vec<&SourceId> = ds.sources.keys().collect();
    let source = (!j.is_multiple_of(3)).then(|| sources[i % sources.len()].clone());
    let source = if j.is_multiple_of(7) {
        Some(SourceId::try_from("not-a-source").unwrap())
    } else {
        source
    };
    let to = (span != 0).then(|| year(y + span));
    let orgs: Vec<_> = ds.organizations.values().collect();
    let org = orgs[i % orgs.len()];
    let countries: Vec<_> = ds.countries.keys().copied().collect();
    let score = f64::from(score) / 1000.0;
    let evidence = match j % 4 {
        0 => None,
        1 => Some("because".to_owned()),
        2 => Some("bad\u{0}char".to_owned()),
        _ => Some(String::new()),
    };
    match kind {
        0 => Edit::SetPeriod {
            relation: key,
            from: period.period.from,
            score,
            evidence,
            source,
        },
        1 => Edit::AddPeriod {
            relation: key,
            from: year(y),
            to,
            score,
            evidence,
            source,
        },
        2 => Edit::EndPeriod {
            relation: key,
            from: period.period.from,
            to,
        },
        3 => Edit::AddMembership {
            org: org.id.clone(),
            country: countries[j % countries.len()],
            status: MembershipStatus::ALL[i % MembershipStatus::ALL.len()],
            from: year(y),
            to,
            source,
            evidence,
        },
        4 | 5 if org.memberships.is_empty() => Edit::SetNote {
            target: Target::Organization(org.id.clone()),
            note: evidence,
        },
        4 => {
            let m = &org.memberships[j % org.memberships.len()];
            Edit::EndMembership {
                org: org.id.clone(),
                country: m.country,
                from: m.period.from,
                to,
            }
        }
        5 => {
            let m = &org.memberships[j % org.memberships.len()];
            Edit::ChangeMembership {
                org: org.id.clone(),
                country: m.country,
                from: m.period.from,
                status: MembershipStatus::ALL[j % MembershipStatus::ALL.len()],
                source,
                evidence,
            }
        }
        6 => Edit::AddSource(Source {
            id: SourceId::try_from(format!("prop-source-{}", i % 5)).unwrap(),
            title: if j.is_multiple_of(5) {
                String::new()
            } else {
                format!("Source {i}")
            },
            author: None,
            outlet: None,
            date: None,
            file: None,
            url: None,
            note: evidence,
            language: None,
        }),
        _ => Edit::SetNote {
            target: Target::Period {
                relation: key,
                from: period.period.from,
            },
            note: evidence,
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_undo_to_the_original(ops in prop::collection::vec(op(), 1..40)) {
        let original = Arc::new(load_bundled().dataset);
        let mut ds = Arc::clone(&original);
        let mut history = History::new();
        let mut accepted = 0;
        for op in &ops {
            match *op {
                Op::Edit { kind, i, j, score, year, span } => {
                    let edit = edit_for(&ds, kind, i, j, score, year, span);
                    let before = Arc::clone(&ds);
                    match history.apply(&mut ds, edit) {
                        Ok(true) => accepted += 1,
                        Ok(false) | Err(_) => {
                            prop_assert!(*ds == *before, "a refused or empty edit changes nothing");
                        }
                    }
                }
                Op::Undo => {
                    history.undo(&mut ds);
                }
                Op::Redo => {
                    history.redo(&mut ds);
                }
            }
        }
        // Whatever was accepted, the loader accepts it too.
        let files = all_files(&ds);
        let named: Vec<(&str, &[u8])> =
            files.iter().map(|(k, b)| (k.file_name(), b.as_slice())).collect();
        let loaded = load_files(&named);
        prop_assert!(loaded.problems.is_empty(), "after {accepted} edits: {:?}", loaded.problems);
        prop_assert!(loaded.dataset == *ds, "the edited data round-trips");

        while history.redo(&mut ds).is_some() {}
        let top = (*ds).clone();
        while history.undo(&mut ds).is_some() {}
        prop_assert!(*ds == *original, "undo all gives the original");
        prop_assert!(!history.is_dirty(), "and it is clean");
        while history.redo(&mut ds).is_some() {}
        prop_assert!(*ds == top, "redo all gives the latest state again");
    }
}
