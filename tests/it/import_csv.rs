//! CSV relations and memberships: a spreadsheet-exported file (BOM, CRLF,
//! quoted commas and line breaks, country names) imports to the expected
//! records; a file with one bad row per rule reports each at line and
//! column and imports the rest; merging follows the documented rules
//! (same dates replace, overlaps are refused, references must resolve).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use heartland::data::Problem;
use heartland::data::import::{ImportOptions, Imported, MergeReport, import_bytes, merge};
use heartland::model::{Dataset, Dimension, MembershipStatus, OrgId, SourceId};

use crate::common::code;
use crate::fixtures::{context, import_file};

fn import(name: &str, ds: &Dataset) -> Imported {
    let options = ImportOptions {
        source: Some(SourceId::try_from("s1").unwrap()),
        ..ImportOptions::default()
    };
    import_bytes(name, &import_file(name), ds, &options)
}

fn locations(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.location.clone()).collect()
}

#[test]
fn spreadsheet_relations_import_to_the_expected_periods() {
    let ds = context();
    let imported = import("relations_good.csv", &ds);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let periods = &imported.records.periods;
    assert_eq!(periods.len(), 2, "two rows");
    let first = &periods[0];
    assert_eq!(first.location, "line 2", "row location");
    assert_eq!(
        (first.record.a, first.record.b),
        (code("KAZ"), code("KGZ")),
        "name → code"
    );
    assert_eq!(first.record.dimension, Dimension::Economic, "dimension");
    assert_eq!(
        first.record.period.period.to_string(),
        "from 2019",
        "open end"
    );
    assert!(
        (first.record.period.score.value() - 0.4).abs() < 1e-12,
        "score"
    );
    assert_eq!(
        first.record.period.evidence.as_deref(),
        Some("customs posts, \"joint\"\r\nsecond line"),
        "quoted comma, doubled quotes and a line break survive"
    );
    assert_eq!(
        first.record.period.source.as_ref().map(SourceId::as_str),
        Some("s2"),
        "own source"
    );
    let second = &periods[1];
    assert_eq!(second.location, "line 4", "a row after a two-line row");
    assert_eq!(
        (second.record.a, second.record.b),
        (code("UZB"), code("TJK")),
        "lower-case code"
    );
    assert_eq!(
        second.record.period.period.to_string(),
        "2017-03 to 2018",
        "month dates"
    );
    assert!(
        (second.record.period.score.value() - 0.5).abs() < 1e-12,
        "decimal comma"
    );
    assert_eq!(
        second.record.period.source.as_ref().map(SourceId::as_str),
        Some("s1"),
        "empty source takes the default"
    );
}

#[test]
fn each_bad_relation_row_is_reported_at_its_cell_and_the_rest_imports() {
    let ds = context();
    let imported = import("relations_bad.csv", &ds);
    let expected = [
        ("line 3, column 2", "Narnia"),
        ("line 4, column 3", "cultural"),
        ("line 5, column 4", "2019-13"),
        ("line 6, column 5", "must be after"),
        ("line 7, column 6", "outside the range"),
        ("line 8, column 7", "NUL"),
        ("line 9, column 8", "Not A Slug"),
        ("line 10, column 2", "with itself"),
        ("line 11", "4 fields"),
        ("line 12, column 7", "UTF-8"),
    ];
    assert_eq!(
        locations(&imported.problems),
        expected
            .iter()
            .map(|(l, _)| (*l).to_owned())
            .collect::<Vec<_>>(),
        "one problem per bad row, in file order: {:#?}",
        imported.problems
    );
    for (problem, (_, needle)) in imported.problems.iter().zip(expected) {
        assert!(
            problem.message.contains(needle),
            "{problem} mentions {needle}"
        );
        assert_eq!(problem.file, "relations_bad.csv", "file named");
    }
    let shown = imported.problems[0].to_string();
    assert!(
        shown.starts_with("relations_bad.csv:line 3, column 2: b: "),
        "file:line, column: column name: reason — {shown}"
    );
    let rows: Vec<&str> = imported
        .records
        .periods
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(
        rows,
        ["line 2", "line 13", "line 15"],
        "valid rows imported"
    );
}

#[test]
fn memberships_import_with_acronyms_names_and_default_source() {
    let ds = context();
    let imported = import("memberships_good.csv", &ds);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let ms = &imported.records.memberships;
    assert_eq!(ms.len(), 2, "two rows");
    assert_eq!(ms[0].record.organization.as_str(), "csto", "acronym → id");
    assert_eq!(ms[0].record.membership.country, code("KGZ"), "code");
    assert_eq!(
        ms[0].record.membership.status,
        MembershipStatus::Member,
        "status"
    );
    assert_eq!(
        ms[0].record.membership.evidence.as_deref(),
        Some("joined, as the record says"),
        "optional evidence column"
    );
    assert_eq!(
        ms[0]
            .record
            .membership
            .source
            .as_ref()
            .map(SourceId::as_str),
        Some("s1"),
        "default"
    );
    assert_eq!(ms[1].record.membership.country, code("TJK"), "name → code");
    assert_eq!(
        ms[1].record.membership.status,
        MembershipStatus::Observer,
        "status"
    );
    assert_eq!(
        ms[1].record.membership.period.to_string(),
        "1993-01 to 1994-06",
        "period"
    );
}

#[test]
fn each_bad_membership_row_is_reported() {
    let ds = context();
    let imported = import("memberships_bad.csv", &ds);
    assert_eq!(
        locations(&imported.problems),
        [
            "line 3, column 1",
            "line 4, column 2",
            "line 5, column 3",
            "line 6, column 4",
            "line 7, column 5",
            "line 8, column 6"
        ],
        "{:#?}",
        imported.problems
    );
    assert_eq!(imported.records.memberships.len(), 1, "the good row");
}

#[test]
fn wrong_or_missing_header_is_one_problem_naming_the_expected_header() {
    let ds = context();
    let options = ImportOptions::default();
    for text in [
        "a,b,dimension,from,to,score,evidence\nKAZ,KGZ,economic,2019,,0.4,x\n",
        "a,b,dimension,start,to,score,evidence,source\n",
    ] {
        let imported = import_bytes("r.csv", text.as_bytes(), &ds, &options);
        assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
        let p = &imported.problems[0];
        assert_eq!(p.location, "line 1", "header line");
        assert!(
            p.message
                .contains("a,b,dimension,from,to,score,evidence,source"),
            "names the expected header: {p}"
        );
        assert!(imported.records.is_empty(), "nothing imported");
    }
    // A data row where the header should be: the format cannot be told.
    let imported = import_bytes("r.csv", b"KAZ,KGZ,economic,2019,,0.4,,\n", &ds, &options);
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert!(
        imported.problems[0]
            .message
            .contains("a,b,dimension,from,to,score,evidence,source"),
        "lists the headers: {}",
        imported.problems[0]
    );
}

#[test]
fn semicolon_files_and_extra_columns() {
    let ds = context();
    let text =
        "A;B;Dimension;From;To;Score;Evidence;Source;Comment\nKAZ;KGZ;economic;2019;;0,4;;;mine\n";
    let imported = import_bytes("r.csv", text.as_bytes(), &ds, &ImportOptions::default());
    assert_eq!(
        imported.records.periods.len(),
        1,
        "semicolon-separated row read"
    );
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert_eq!(
        imported.problems[0].location, "line 1, column 9",
        "unknown column named"
    );
}

fn merged(ds: &mut Dataset, name: &str, text: &str) -> MergeReport {
    let imported = import_bytes(name, text.as_bytes(), ds, &ImportOptions::default());
    merge(ds, imported)
}

#[test]
fn merging_relations_adds_replaces_same_dates_and_refuses_overlaps() {
    let mut ds = context();
    let report = merged(
        &mut ds,
        "r.csv",
        "a,b,dimension,from,to,score,evidence,source\n\
         KGZ,KAZ,economic,2019,,0.4,new pair,s2\n\
         UZB,KAZ,political,2016,2018,-0.2,revised,s2\n\
         KAZ,UZB,political,2017,2019,0.1,overlaps,s2\n\
         KAZ,UZB,political,2018,2020,0.6,after,s2\n\
         KAZ,RUS,political,2018,,0.6,,nope\n\
         KAZ,FRA,political,2018,,0.6,,s1\n",
    );
    assert_eq!(
        report.added.periods, 2,
        "new pair and the later period: {report:#?}"
    );
    assert_eq!(report.replaced, 1, "same dates replace");
    assert_eq!(
        locations(&report.problems),
        ["line 4", "line 6", "line 7"],
        "{report:#?}"
    );
    assert!(
        report.problems[0]
            .message
            .contains("conflict: this row scores the political relation KAZ–UZB +0.10 (2017 to 2019, source s2), the data scores it -0.20 (2016 to 2018, source s2)"),
        "names both values, periods and sources: {}",
        report.problems[0].message
    );
    assert!(
        report.problems[1]
            .message
            .contains("unknown source id \"nope\""),
        "source must exist"
    );
    assert!(
        report.problems[2]
            .message
            .contains("\"FRA\" is not in countries.json"),
        "country must exist"
    );

    let kaz_uzb = ds
        .relations
        .iter()
        .find(|r| r.a == code("KAZ") && r.b == code("UZB"))
        .unwrap();
    let series: Vec<(String, f64)> = kaz_uzb
        .series
        .iter()
        .map(|p| (p.period.to_string(), p.score.value()))
        .collect();
    assert_eq!(
        series,
        [
            ("2016 to 2018".to_owned(), -0.2),
            ("2018 to 2020".to_owned(), 0.6)
        ],
        "replaced in place, added after, sorted"
    );
    assert_eq!(
        kaz_uzb.series[0].evidence.as_deref(),
        Some("revised"),
        "evidence replaced"
    );
    let new = ds
        .relations
        .iter()
        .find(|r| r.dimension == Dimension::Economic)
        .unwrap();
    assert_eq!(
        (new.a, new.b, new.directed),
        (code("KAZ"), code("KGZ"), false),
        "undirected, ordered"
    );
    let keys: Vec<_> = ds
        .relations
        .iter()
        .map(|r| (r.a, r.b, r.dimension))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "relations stay sorted");
}

#[test]
fn merging_memberships_follows_the_same_rules() {
    let mut ds = context();
    let report = merged(
        &mut ds,
        "m.csv",
        "organization,country,status,from,to,source\n\
         csto,UZB,suspended,1992-05-15,1999-04-02,s2\n\
         csto,UZB,member,1998,2001,s2\n\
         csto,UZB,member,2006-08-16,2012-06-28,s2\n\
         unknown-org,UZB,member,2006,,s2\n",
    );
    assert_eq!(report.replaced, 1, "same dates replace: {report:#?}");
    assert_eq!(report.added.memberships, 1, "a later period is added");
    assert_eq!(
        locations(&report.problems),
        ["line 3", "line 5"],
        "{report:#?}"
    );
    assert!(
        report.problems[1]
            .message
            .contains("unknown organization id"),
        "org must exist"
    );
    let csto = &ds.organizations[&OrgId::try_from("csto").unwrap()];
    let uzb: Vec<(String, MembershipStatus)> = csto
        .memberships_of(code("UZB"))
        .map(|m| (m.period.to_string(), m.status))
        .collect();
    assert_eq!(
        uzb,
        [
            (
                "1992-05-15 to 1999-04-02".to_owned(),
                MembershipStatus::Suspended
            ),
            (
                "2006-08-16 to 2012-06-28".to_owned(),
                MembershipStatus::Member
            )
        ],
        "replaced and added"
    );
}
