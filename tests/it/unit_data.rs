//! Reading, validating, building, writing and saving the data files (formerly
//! unit tests in src/data).

/// The tests that were `src/data/build.rs`'s unit tests.
mod build {
    use heartland::data::build::*;

    #[test]
    fn colours() {
        assert_eq!(parse_color("#b03a2e"), Ok([0xb0, 0x3a, 0x2e]), "valid");
        assert_eq!(parse_color("#B03A2E"), Ok([0xb0, 0x3a, 0x2e]), "upper case");
        for bad in ["b03a2e", "#b03a2", "#b03a2eff", "#g03a2e", "#", "", "#ééé"] {
            assert!(parse_color(bad).is_err(), "{bad:?} rejected");
        }
    }

    #[test]
    fn humanized_messages() {
        assert_eq!(
            humanize("invalid type: string \"x\", expected f64"),
            "invalid type: string \"x\", expected a number",
            "f64"
        );
        assert_eq!(
            humanize("unknown field `memebrships`, expected one of `id`, `name`"),
            "unknown field \"memebrships\", expected one of \"id\", \"name\"",
            "backticks"
        );
    }
}

/// The tests that were `src/data/read.rs`'s unit tests.
mod read {
    use serde_json::Value;

    use heartland::data::read::*;

    #[test]
    fn too_large_numbers_are_read_as_null() {
        let mut problems = Vec::new();
        let v = parse_json("{\"a\": [1, 1e999],\n \"b\": -1e400 }", &mut problems).unwrap();
        assert_eq!(v["a"][1], Value::Null, "first number");
        assert_eq!(v["b"], Value::Null, "second number");
        let problems: Vec<(String, String)> = problems
            .into_iter()
            .map(|(at, m)| (at, m.to_string()))
            .collect();
        assert_eq!(
            problems,
            [
                (
                    "line 1, column 11".to_owned(),
                    "the number 1e999 is too large to represent; it is read as null".to_owned()
                ),
                (
                    "line 2, column 7".to_owned(),
                    "the number -1e400 is too large to represent; it is read as null".to_owned()
                ),
            ],
            "each reported where it is"
        );
        let many = format!("[{}1]", "1e999,".repeat(MAX_NUMBER_FIXES + 1));
        assert!(
            parse_json(&many, &mut Vec::new()).is_err(),
            "too many: the file is given up"
        );
    }

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        assert_eq!(line_column(b"abc", 0), "line 1, column 1", "start");
        assert_eq!(line_column(b"ab\ncd", 4), "line 2, column 2", "second line");
        assert_eq!(
            line_column("é\nxé y".as_bytes(), 7),
            "line 2, column 4",
            "chars, not bytes"
        );
    }
}

/// The tests that were `src/data/save.rs`'s unit tests.
mod save {
    use heartland::data::save::*;

    #[test]
    fn temporary_names() {
        assert!(is_temporary_name(".relations.json.aB3xYz.tmp"), "data file");
        assert!(
            is_temporary_name(".relations.json.bak.aB3xYz.tmp"),
            "backup"
        );
        assert!(!is_temporary_name("relations.json"), "data file itself");
        assert!(!is_temporary_name(".relations.json"), "no suffix");
        assert!(!is_temporary_name(".notes.txt.aB3.tmp"), "not ours");
    }

    #[test]
    fn fingerprints_tell_contents_apart() {
        assert_eq!(Fingerprint::of(b"abc"), Fingerprint::of(b"abc"), "same");
        assert_ne!(Fingerprint::of(b"abc"), Fingerprint::of(b"abd"), "differs");
        assert_ne!(Fingerprint::of(b""), Fingerprint::of(b"\0"), "length");
    }
}

/// The tests that were `src/data/text.rs`'s unit tests.
mod text {
    use heartland::data::text::*;

    #[test]
    fn controls_and_bidi_marks_are_refused_joiners_kept() {
        assert_eq!(forbidden_char("Kazakhstan", false), None, "plain");
        assert_eq!(forbidden_char("a\0b", false), Some('\0'), "NUL");
        assert_eq!(forbidden_char("a\u{7f}", false), Some('\u{7f}'), "DEL");
        assert_eq!(forbidden_char("a\u{85}", false), Some('\u{85}'), "C1");
        assert_eq!(forbidden_char("a\u{202E}b", true), Some('\u{202E}'), "RLO");
        assert_eq!(forbidden_char("a\u{2067}b", true), Some('\u{2067}'), "RLI");
        assert_eq!(forbidden_char("می\u{200C}خواهم", false), None, "ZWNJ kept");
        assert_eq!(forbidden_char("a\u{200D}b", false), None, "ZWJ kept");
        assert_eq!(forbidden_char("a\tb\nc", true), None, "evidence");
        assert_eq!(forbidden_char("a\tb", false), Some('\t'), "tab in a name");
        let m = text_problem("x\0", false).unwrap_or_default();
        assert!(m.contains("U+0000 (NUL)"), "{m}");
    }

    #[test]
    fn hidden_characters_are_shown_escaped() {
        assert_eq!(escaped("KAZ"), "KAZ", "plain text unchanged");
        assert_eq!(escaped("\u{200B}KAZ"), "\\u{200B}KAZ", "zero-width space");
        assert_eq!(escaped("\u{1b}[2J"), "\\u{001B}[2J", "escape sequence");
        assert_eq!(escaped("Kazakhstan\u{202E}"), "Kazakhstan\\u{202E}", "RLO");
        assert_eq!(escaped("Қазақстан"), "Қазақстан", "Cyrillic unchanged");
    }
}

/// The tests that were `src/data/validate.rs`'s unit tests.
mod validate {
    use heartland::data::load_bundled;
    use std::path::Path;

    use heartland::data::validate::*;

    #[test]
    fn missing_folder_is_reported_with_exit_code_1() {
        let mut out = Vec::new();
        let code = run(Some(Path::new("/nonexistent/heartland-data")), &mut out);
        let text = String::from_utf8_lossy(&out);
        assert_eq!(code, 1, "problems give exit code 1: {text}");
        assert!(
            text.starts_with("/nonexistent/heartland-data: cannot open the data folder"),
            "first line names the folder: {text}"
        );
        assert!(text.contains("problem"), "summary line: {text}");
    }

    #[test]
    fn near_identical_organization_colours_warn_without_failing() {
        let bundled = include_str!("../../assets/data/organizations.json");
        let mut json: serde_json::Value = serde_json::from_str(bundled).unwrap();
        let orgs = json["organizations"].as_array_mut().unwrap();
        let first = orgs[0]["id"].as_str().unwrap().to_owned();
        let second = orgs[1]["id"].as_str().unwrap().to_owned();
        // Two shades one step apart on each channel.
        orgs[0]["color"] = "#b03a2e".into();
        orgs[1]["color"] = "#b13b2f".into();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("organizations.json"),
            serde_json::to_string(&json).unwrap(),
        )
        .unwrap();
        let mut out = Vec::new();
        let code = run(Some(dir.path()), &mut out);
        let text = String::from_utf8_lossy(&out);
        assert_eq!(code, 0, "a warning is not a problem: {text}");
        let warning = text
            .lines()
            .find(|l| l.starts_with("warning:"))
            .unwrap_or_else(|| panic!("a colour warning: {text}"));
        assert!(
            warning.contains(&first) && warning.contains(&second),
            "names both: {warning}"
        );
        assert!(warning.contains("#b13b2f"), "gives the colour: {warning}");
    }

    #[test]
    fn bundled_organization_colours_are_distinct() {
        let loaded = load_bundled();
        let warnings = organization_color_warnings(&loaded.dataset);
        assert!(warnings.is_empty(), "{warnings:#?}");
    }
}

/// The tests that were `src/data/write.rs`'s unit tests.
mod write {
    use heartland::data::write::*;

    #[test]
    fn packed_lines_stay_within_the_width() {
        let items: Vec<String> = (0..60).map(|i| format!("\"K{i:02}\": \"yes\"")).collect();
        let mut out = String::new();
        write_packed(&mut out, ('{', '}'), &items, 6);
        for line in out.lines() {
            assert!(line.chars().count() <= WIDTH, "line too long: {line:?}");
        }
        let joined: String = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            joined.starts_with("{ \"K00\": \"yes\", \"K01\""),
            "items in order: {joined}"
        );
        assert!(
            joined.ends_with("\"K59\": \"yes\" }"),
            "last item: {joined}"
        );
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            parsed.as_object().map(serde_json::Map::len),
            Some(60),
            "all items"
        );
    }

    #[test]
    fn nested_records_go_on_one_line_when_they_fit() {
        let short = Node::Record(vec![("from", text("1992")), ("score", number(0.3))]);
        let mut out = String::new();
        short.write(&mut out, 8, 8);
        assert_eq!(out, "{\"from\": \"1992\", \"score\": 0.3}", "fits");
        let long = Node::Record(vec![("evidence", text(&"x".repeat(120)))]);
        let mut out = String::new();
        long.write(&mut out, 8, 8);
        assert!(
            out.starts_with("{\n          \"evidence\""),
            "a block: {out}"
        );
        assert!(out.ends_with("\n        }"), "closed at the indent: {out}");
    }
}
