//! UN General Assembly roll-calls in both shapes (UN Digital Library export,
//! Voeten's data): told apart by their headers; each resolution becomes an
//! `un-vote` stance with date, title, positions and totals computed from
//! the rows; bad rows are reported and the rest imported.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use std::collections::BTreeMap;

use heartland::data::import::{Format, ImportOptions, Imported, VoteTotals, import_bytes, merge};
use heartland::model::{Position, StanceKind};

use crate::common::code;
use crate::fixtures::{context, import_file};

fn import(name: &str) -> Imported {
    import_bytes(
        name,
        &import_file(name),
        &context(),
        &ImportOptions::default(),
    )
}

fn positions(imported: &Imported, index: usize) -> BTreeMap<String, Position> {
    imported.records.stances[index]
        .record
        .stance
        .positions
        .iter()
        .map(|(c, p)| (c.to_string(), *p))
        .collect()
}

#[test]
fn digital_library_export() {
    let imported = import("unvotes_dl.csv");
    assert_eq!(
        imported.format,
        Some(Format::UnDigitalLibrary),
        "told by the header"
    );
    let locations: Vec<&str> = imported
        .problems
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(
        locations,
        ["line 8, column 2", "line 9, column 4", "line 10, column 5"],
        "unknown code, unknown vote, bad date: {:#?}",
        imported.problems
    );
    assert!(
        imported.problems[1].message.contains("\"Q\" is not a vote"),
        "{}",
        imported.problems[1]
    );
    let stances = &imported.records.stances;
    assert_eq!(
        stances.len(),
        2,
        "the resolution with a bad date is skipped"
    );
    let first = &stances[0].record;
    assert_eq!(
        first.stance.id.as_str(),
        "unga-62-243",
        "id from the symbol"
    );
    assert_eq!(first.stance.kind, StanceKind::UnVote, "kind");
    assert_eq!(first.stance.date.to_string(), "2008-03-14", "date");
    assert_eq!(
        first.stance.title, "The situation in the occupied territories, test",
        "title with a comma"
    );
    let expected: BTreeMap<String, Position> = [
        ("AZE", Position::Yes),
        ("FRA", Position::No),
        ("KAZ", Position::Abstain),
        ("KGZ", Position::Absent),
        ("TKM", Position::Absent),
    ]
    .into_iter()
    .map(|(c, p)| (c.to_owned(), p))
    .collect();
    assert_eq!(
        positions(&imported, 0),
        expected,
        "blank and X are non-voting"
    );
    assert_eq!(
        first.totals,
        VoteTotals {
            yes: 1,
            no: 1,
            abstain: 1,
            absent: 2
        },
        "totals from the rows"
    );
    let second = &stances[1].record;
    assert_eq!(
        second.stance.id.as_str(),
        "unga-es-11-1",
        "emergency session symbol"
    );
    assert_eq!(
        second.totals,
        VoteTotals {
            yes: 2,
            no: 0,
            abstain: 0,
            absent: 0
        },
        "an unknown code still counts; an unknown vote does not"
    );

    let mut ds = context();
    let report = merge(&mut ds, imported);
    assert_eq!(report.added.stances, 2, "{:#?}", report.problems);
    assert_eq!(
        report.added.countries, 2,
        "FRA and TKM added with their names"
    );
    assert_eq!(ds.country_name(code("FRA")), "FRANCE", "name from ms_name");
    assert_eq!(
        report
            .totals
            .get(&heartland::model::StanceId::try_from("unga-62-243").unwrap()),
        Some(&VoteTotals {
            yes: 1,
            no: 1,
            abstain: 1,
            absent: 2
        }),
        "totals handed on"
    );
}

#[test]
fn voeten_data() {
    let imported = import("unvotes_voeten.tab");
    assert_eq!(imported.format, Some(Format::Voeten), "told by the header");
    let locations: Vec<&str> = imported
        .problems
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(
        locations,
        ["line 8, column 2", "line 10, column 4"],
        "Hanover has no ISO code; 5 is not a vote: {:#?}",
        imported.problems
    );
    assert!(
        imported.problems[0].message.contains("Hanover"),
        "{}",
        imported.problems[0]
    );
    let ids: Vec<&str> = imported
        .records
        .stances
        .iter()
        .map(|s| s.record.stance.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["unga-50-1", "unga-40-7", "unga-50-1-2"],
        "ids; a repeated symbol gets -2"
    );
    let expected: BTreeMap<String, Position> = [
        ("AZE", Position::Abstain),
        ("KAZ", Position::Yes),
        ("RUS", Position::No),
        ("USA", Position::Absent),
    ]
    .into_iter()
    .map(|(c, p)| (c.to_owned(), p))
    .collect();
    assert_eq!(
        positions(&imported, 0),
        expected,
        "9 (not a member) has no position"
    );
    assert_eq!(
        imported.records.stances[0].record.totals,
        VoteTotals {
            yes: 1,
            no: 1,
            abstain: 1,
            absent: 1
        },
        "totals"
    );
    assert_eq!(
        positions(&imported, 1).keys().collect::<Vec<_>>(),
        ["SUN"],
        "COW 365 in 1985 is the Soviet Union"
    );
    assert_eq!(
        imported.records.stances[1].record.totals.yes, 2,
        "unmapped state counted"
    );
    assert_eq!(
        imported.records.stances[0].record.stance.title, "First test",
        "title from short"
    );
    let names: Vec<(String, &str)> = imported
        .records
        .countries
        .iter()
        .map(|c| (c.record.code.to_string(), c.record.name.as_str()))
        .collect();
    assert!(
        names.contains(&("SUN".to_owned(), "Soviet Union")),
        "{names:?}"
    );
}

#[test]
fn existing_stance_ids_are_refused() {
    let mut ds = context();
    let text = "rcid,ccode,vote,date,unres\n1,705,1,1946-01-01,R/1/1\n";
    let imported = import_bytes("v.csv", text.as_bytes(), &ds, &ImportOptions::default());
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let report = merge(&mut ds, imported);
    assert_eq!(report.added.stances, 0, "refused");
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0]
            .message
            .contains("\"unga-1-1\" is already in the dataset"),
        "{}",
        report.problems[0]
    );
    assert_eq!(ds.stances.len(), 1, "the existing stance is untouched");
}
