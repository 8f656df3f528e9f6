//! The importers: CSV tables, COW, UN votes (formerly unit tests in
//! src/data/import).

/// The tests that were `src/data/import/cow.rs`'s unit tests.
mod cow {
    use heartland::data::import::cow::*;

    #[test]
    fn cow_values() {
        for (text, v) in [
            ("1", Some(1)),
            (" 2 ", Some(2)),
            ("-9", Some(-9)),
            ("-1", Some(-1)),
            ("1.0", Some(1)),
            ("4", None),
            ("x", None),
            ("", None),
        ] {
            assert_eq!(value(text.as_bytes()), v, "{text:?}");
        }
    }
}

/// The tests that were `src/data/import/cow_table.rs`'s unit tests.
mod cow_table {
    use heartland::data::import::cow_table::*;
    use heartland::model::CountryCode;

    fn iso(ccode: u32, year: i32) -> Option<String> {
        cow_to_iso(ccode, year).map(|c| c.to_string())
    }

    #[test]
    fn bundled_table_parses_completely() {
        let table = CowTable::parse(BUNDLED).unwrap();
        assert!(table.entries().count() >= 220, "all COW states are listed");
        assert_eq!(&table, CowTable::bundled(), "bundled() is the parsed table");
    }

    #[test]
    fn known_codes_map() {
        for (ccode, year, code) in [
            (705, 2000, "KAZ"),
            (373, 2000, "AZE"),
            (365, 2000, "RUS"),
            (710, 2000, "CHN"),
            (640, 2000, "TUR"),
            (704, 2000, "UZB"),
            (372, 2000, "GEO"),
            (365, 1980, "SUN"),
            (365, 1900, "RUS"),
            (265, 1980, "DDR"),
            (315, 1980, "CSK"),
            (345, 1980, "YUG"),
            (345, 1999, "SCG"),
            (345, 2010, "SRB"),
            (680, 1980, "YMD"),
            (816, 1970, "VDR"),
            (816, 1990, "VNM"),
        ] {
            assert_eq!(iso(ccode, year).as_deref(), Some(code), "{ccode} in {year}");
        }
        assert_eq!(iso(240, 1850), None, "Hanover has no ISO code");
        let table = CowTable::bundled();
        let name = |c: &str| table.iso_name(CountryCode::try_from(c).unwrap());
        assert_eq!(name("DEU"), Some("Germany"), "common name of two COW codes");
        assert_eq!(name("SUN"), Some("Soviet Union"), "former state");
        assert_eq!(iso(9999, 2000), None, "not a COW code");
    }

    #[test]
    fn bad_tables_are_refused() {
        let header = "ccode,abbrev,first_year,last_year,iso3,name\n";
        assert!(CowTable::parse("x\n").is_err(), "header");
        assert!(
            CowTable::parse(&format!("{header}7,X,,,KZH,Bad\n")).is_err(),
            "bad ISO"
        );
        assert!(
            CowTable::parse(&format!("{header}7,X,,1990,KAZ,A\n7,X,1990,,KAZ,B\n")).is_err(),
            "overlapping years"
        );
    }
}

/// The tests that were `src/data/import/csv.rs`'s unit tests.
mod csv {
    use heartland::data::import::csv::*;
    use heartland::model::Score;

    #[test]
    fn scores_accept_a_decimal_comma() {
        assert_eq!(score("0,7").map(Score::value), Ok(0.7), "decimal comma");
        assert_eq!(score("-0.25").map(Score::value), Ok(-0.25), "point");
        assert!(score("1.5").is_err(), "out of range");
        assert!(score("high").is_err(), "not a number");
        assert!(
            score("1,000.5").is_err(),
            "thousands separator is not a score"
        );
    }
}

/// The tests that were `src/data/import/mod.rs`'s unit tests.
mod import {
    use heartland::data::import::*;

    #[test]
    fn slugs_from_names() {
        assert_eq!(slugify("EU Parl."), "eu-parl", "punctuation");
        assert_eq!(slugify("  UN  "), "un", "spaces");
        assert_eq!(slugify("A/RES/62/243"), "a-res-62-243", "symbol");
        assert_eq!(slugify("Ünïcode"), "n-code", "non-ASCII dropped");
        assert_eq!(slugify("---"), "", "nothing left");
        assert!(slugify(&"x-".repeat(80)).len() <= 64, "cut");
        assert!(
            heartland::model::is_slug(&slugify(&"ab-".repeat(30))),
            "cut is a slug"
        );
    }

    #[test]
    fn control_characters_are_refused() {
        assert_eq!(
            clean_text(" Aktau ", false),
            Ok(Some("Aktau".into())),
            "trim"
        );
        assert_eq!(clean_text("  ", false), Ok(None), "blank");
        assert!(
            clean_text("a\0b", false).unwrap_err().contains("NUL"),
            "NUL"
        );
        assert!(clean_text("a\nb", false).is_err(), "newline in a name");
        assert_eq!(
            clean_text("a\nb", true),
            Ok(Some("a\nb".into())),
            "newline in evidence"
        );
        assert!(clean_text("a\u{1b}b", true).is_err(), "escape");
    }

    #[test]
    fn formats_are_told_by_their_headers() {
        let f = |s: &str| detect("x", s.as_bytes());
        assert_eq!(
            f("a,b,dimension,from,to,score,evidence,source\n"),
            Ok(Format::Relations),
            "relations"
        );
        assert_eq!(
            f("\u{feff}organization,country,status,from,to,source\r\n"),
            Ok(Format::Memberships),
            "memberships with BOM"
        );
        assert_eq!(f("ccode,year,state,UN,NATO\n"), Ok(Format::CowIgo), "COW");
        assert_eq!(
            f("undl_id,ms_code,ms_name,ms_vote,date,resolution,title\n"),
            Ok(Format::UnDigitalLibrary),
            "UN DL"
        );
        assert_eq!(
            f("rcid\tccode\tmember\tvote\n"),
            Ok(Format::Voeten),
            "Voeten, tab-separated"
        );
        assert_eq!(
            f(" {\"type\":\"FeatureCollection\"}"),
            Ok(Format::GeoJson),
            "GeoJSON"
        );
        let err = f("name,value\n").unwrap_err();
        assert!(
            err.message.contains("a,b,dimension"),
            "lists headers: {err}"
        );
        assert!(f("").unwrap_err().message.contains("empty"), "empty");
        let utf16 = detect("x", b"\xFF\xFEa\0,\0b\0").unwrap_err();
        assert!(utf16.message.contains("UTF-16"), "UTF-16: {utf16}");
    }
}

/// The tests that were `src/data/import/table.rs`'s unit tests.
mod table {
    use std::io::Read;

    use heartland::data::import::{Problems, Stop};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    use heartland::data::import::table::*;

    #[test]
    fn lines_are_counted_through_crlf_blank_lines_and_quoted_breaks() {
        let text = b"a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5\n\n6,7\n";
        let mut problems = Problems::new("t");
        let mut table = Table::open(&text[..], &mut problems).unwrap().unwrap();
        let mut lines = Vec::new();
        while table.next(&mut problems).unwrap() {
            lines.push(table.line());
        }
        assert_eq!(lines, [2, 4, 6, 8], "the lines rows start on");
    }

    #[test]
    fn delimiters_are_told_from_the_header() {
        assert_eq!(delimiter(b"a,b,c\n1;2;3"), b',', "comma");
        assert_eq!(delimiter(b"a;b;c\n"), b';', "semicolon");
        assert_eq!(delimiter(b"rcid\tccode\tvote"), b'\t', "tab");
        assert_eq!(delimiter(b"single"), b',', "default");
    }

    #[test]
    fn cancel_and_limit_stop_the_reader() {
        let cancel = AtomicBool::new(true);
        let mut w = Watched::new(&b"abc"[..], None, Some(&cancel), 10);
        let e = w.read(&mut [0; 8]).unwrap_err();
        assert!(matches!(stop_of(&e), Stop::Cancelled), "cancelled");
        let mut w = Watched::new(&b"abcdef"[..], None, None, 3);
        let e = w.read(&mut [0; 8]).unwrap_err();
        assert!(matches!(stop_of(&e), Stop::TooLarge), "over the limit");
        let progress = AtomicU64::new(0);
        let mut w = Watched::new(&b"abcdef"[..], Some(&progress), None, 100);
        let mut out = Vec::new();
        w.read_to_end(&mut out).unwrap();
        assert_eq!(progress.load(Ordering::Relaxed), 6, "progress counts bytes");
    }
}

/// The tests that were `src/data/import/unvotes.rs`'s unit tests.
mod unvotes {
    use heartland::data::import::unvotes::*;

    #[test]
    fn symbols_become_ids() {
        assert_eq!(id_from_symbol("A/RES/62/243"), "unga-62-243", "DL symbol");
        assert_eq!(id_from_symbol("R/62/243"), "unga-62-243", "Voeten symbol");
        assert_eq!(
            id_from_symbol("A/RES/ES-11/1"),
            "unga-es-11-1",
            "emergency session"
        );
        assert_eq!(id_from_symbol(""), "", "none");
    }

    #[test]
    fn dates_with_times() {
        assert_eq!(
            vote_date("2008-03-14T00:00:00Z").map(|d| d.to_string()),
            Ok("2008-03-14".to_owned()),
            "time cut"
        );
        assert!(vote_date("14/03/2008").is_err(), "other shapes refused");
    }
}
