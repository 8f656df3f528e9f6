//! The CSV and JSON export (formerly unit tests in src/export.rs and
//! src/export/).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the helpers of these tests may panic: a failed test"
)]

/// The tests that were `src/export.rs`'s unit tests.
mod export {
    use heartland::export::*;

    /// The header written for an empty table names the same columns, in the
    /// same order, as serde writes for a row.
    fn header_matches_fields<T: CsvRow>(row: &T) {
        let mut out = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            w.serialize(row).unwrap();
            w.flush().unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        let first = text.lines().next().unwrap();
        assert_eq!(
            first,
            T::HEADER.join(","),
            "header of {}",
            std::any::type_name::<T>()
        );
    }

    #[test]
    fn headers_match_the_row_fields() {
        header_matches_fields(&RelationRow {
            year: 0,
            a: String::new(),
            a_name: String::new(),
            b: String::new(),
            b_name: String::new(),
            dimension: String::new(),
            directed: false,
            score: 0.0,
            band: String::new(),
            period_from: String::new(),
            period_to: String::new(),
            dimmed: false,
            evidence: String::new(),
            source: String::new(),
            source_title: String::new(),
        });
        header_matches_fields(&MembershipRow {
            year: 0,
            organization: String::new(),
            acronym: String::new(),
            country: String::new(),
            country_name: String::new(),
            status: String::new(),
            counted: false,
            since: String::new(),
            in_set: false,
            evidence: String::new(),
            source: String::new(),
            source_title: String::new(),
        });
        header_matches_fields(&CorridorRow {
            year: 0,
            corridor: String::new(),
            name: String::new(),
            kind: String::new(),
            status: String::new(),
            recorded_length_km: None,
            recorded_length_source: String::new(),
            drawn_length_km_approx: 0.0,
            countries: String::new(),
            modes: String::new(),
            evidence: String::new(),
            source: String::new(),
            source_title: String::new(),
            status_since: String::new(),
        });
        header_matches_fields(&StanceRow {
            stance: String::new(),
            title: String::new(),
            date: String::new(),
            kind: String::new(),
            country: String::new(),
            country_name: String::new(),
            position: String::new(),
            evidence: String::new(),
            source: String::new(),
            source_title: String::new(),
        });
    }

    #[test]
    fn formulas_are_escaped_numbers_are_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")", "=");
        assert_eq!(csv_cell("+cmd"), "'+cmd", "+");
        assert_eq!(csv_cell("-2+3"), "'-2+3", "- formula");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)", "@");
        assert_eq!(csv_cell("\t=1"), "'\t=1", "tab");
        assert_eq!(csv_cell("-0.5"), "-0.5", "negative score");
        assert_eq!(csv_cell("+1e3"), "+1e3", "number with sign");
        assert_eq!(csv_cell("Kazakhstan"), "Kazakhstan", "text");
        assert_eq!(csv_cell(""), "", "empty");
    }

    #[test]
    fn formats_parse() {
        assert_eq!(ExportFormat::parse("CSV"), Ok(ExportFormat::Csv), "csv");
        assert_eq!(ExportFormat::parse("json"), Ok(ExportFormat::Json), "json");
        assert!(ExportFormat::parse("xlsx").is_err(), "unknown format");
    }
}

/// The tests that were `src/export/table.rs`'s unit tests.
mod table {
    use std::cmp::Ordering;

    use heartland::export::table::*;

    #[test]
    fn numbers_sort_as_numbers_and_text_as_text() {
        assert_eq!(compare_cells("9", "10"), Ordering::Less);
        assert_eq!(compare_cells("-0.5", "0.25"), Ordering::Less);
        assert_eq!(compare_cells("armenia", "Azerbaijan"), Ordering::Less);
        assert_eq!(compare_cells("2008-02-17", "2014-03-27"), Ordering::Less);
    }
}
