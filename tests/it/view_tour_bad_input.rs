//! Hostile view and tour files (issue 22, points 9 and 11): control
//! characters are refused as the data loaders refuse them (C0 but tab and
//! line breaks in a caption, DEL, C1, the bidirectional embeddings,
//! overrides and isolates; the joiners U+200C/U+200D kept), with file, place
//! and reason; and no serde wording (`expected struct RawTour`,
//! `expected u32`) reaches the user. On the command line (`render --view`,
//! `render --tour`) and in the window.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use heartland::command::{Command, FileCommand};
use heartland::state::View;
use heartland::tour::Tour;

use crate::common::app_harness;
use crate::fixtures::heartland;

/// Words of serde and Rust that must not reach a user.
const LEAKS: [&str; 9] = [
    "struct", "RawTour", "RawStep", "u32", "i32", "f64", "`", "sequence", "variant",
];

fn assert_plain(message: &str) {
    for leak in LEAKS {
        assert!(!message.contains(leak), "{leak:?} leaks in: {message}");
    }
}

/// The view file `json` is refused: the message names the file, the
/// place (starting with `location`) and the reason (containing `reason`)
/// in plain words, with a message id of its own.
pub fn assert_view_refused(json: &[u8], location: &str, reason: &str) {
    let text = String::from_utf8_lossy(json);
    let e = View::from_json(json, "v.view.json").expect_err("refused");
    assert!(e.location.starts_with(location), "{text}: {e}");
    assert!(e.reason.contains(reason), "{text}: {reason}: {e}");
    assert!(e.to_string().starts_with("v.view.json: "), "{text}: {e}");
    crate::messages_rest::assert_has_id(&e.reason, &text);
    assert_plain(&e.to_string());
}

/// A tour with one step whose title, caption and view are given.
fn tour(title: &str, caption: &str, view: &str) -> String {
    format!(
        r#"{{ "format": 1, "title": "T", "author": "A", "steps": [
            {{ "title": "{title}", "caption": "{caption}", "view": {view} }} ] }}"#
    )
}

#[test]
fn control_and_bidi_characters_are_refused_in_views_with_place_and_reason() {
    // (view, where, what the reason says); JSON escapes put the raw
    // characters into the parsed text.
    let cases = [
        (r#"{ "stance": "unga\u0000-62" }"#, "stance", "U+0000 (NUL)"),
        (
            r#"{ "selection": { "country": "\u202eKAZ" } }"#,
            "selection.country",
            "bidirectional",
        ),
        (
            r#"{ "organizations": ["csto", "sco\u001b[2J"] }"#,
            "organizations[1]",
            "U+001B (escape)",
        ),
        (r#"{ "stance": "a\u007fb" }"#, "stance", "U+007F (DEL)"),
        (r#"{ "stance": "a\u0085b" }"#, "stance", "U+0085"),
        (r#"{ "stance": "a\nb" }"#, "stance", "line break"),
        (r#"{ "ye\u0000ar": 2010 }"#, "ye", "the key"),
    ];
    for (json, location, reason) in cases {
        let e = View::from_json(json.as_bytes(), "hostile.view.json").unwrap_err();
        assert_eq!(e.file, "hostile.view.json", "{e}");
        assert!(e.location.starts_with(location), "{location}: {e}");
        assert!(e.reason.contains(reason), "{reason}: {e}");
        crate::messages_rest::assert_has_id(&e.reason, json);
        let shown = e.to_string();
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "the message holds no raw control character: {shown:?}"
        );
    }
}

#[test]
fn tours_refuse_them_too_but_keep_joiners_and_caption_line_breaks() {
    let e = Tour::from_json(
        tour(r"\u001b[2Jhi", "c", "{}").as_bytes(),
        "hostile.tour.json",
    )
    .unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.location.as_str()),
        ("hostile.tour.json", "steps[0].title"),
        "{e}"
    );
    assert!(e.reason.contains("escape"), "{e}");
    let e = Tour::from_json(
        tour("t", r"a \u2067b", "{}").as_bytes(),
        "hostile.tour.json",
    )
    .unwrap_err();
    assert_eq!(e.location, "steps[0].caption", "{e}");
    assert!(e.reason.contains("bidirectional"), "{e}");
    let e = Tour::from_json(
        tour("t", "c", r#"{ "stance": "x\u0000" }"#).as_bytes(),
        "hostile.tour.json",
    )
    .unwrap_err();
    assert_eq!(e.location, "steps[0].view.stance", "{e}");

    // A Persian word with a zero-width non-joiner, and a caption in two
    // paragraphs, are kept.
    let ok = Tour::from_json(
        tour("می\u{200c}خواهم", r"first\nsecond\tthird", "{}").as_bytes(),
        "ok.tour.json",
    )
    .expect("joiners and caption line breaks are allowed");
    assert_eq!(ok.steps[0].title, "می\u{200c}خواهم");
    assert_eq!(ok.steps[0].caption, "first\nsecond\tthird");
}

#[test]
fn type_errors_are_in_the_users_words_with_what_to_write() {
    let views = [
        (r#"{ "format": -1 }"#, "format", "-1 is not allowed"),
        (
            r#"{ "year": "2017" }"#,
            "year",
            "expected a whole number, not the text \"2017\"",
        ),
        (
            r#"{ "year": 2017.5 }"#,
            "year",
            "expected a whole number, not the number 2017.5",
        ),
        (
            r#"{ "organizations": "csto" }"#,
            "organizations",
            "expected a list [ … ]",
        ),
        (
            r#"{ "camera": "x" }"#,
            "camera",
            "expected an object { … }, not the text \"x\"",
        ),
        (
            r#"{ "camera": { "center": [1], "zoom": 1 } }"#,
            "camera.center",
            "a list of 2 items",
        ),
        (
            r#"{ "layers": { "corridors": "yes" } }"#,
            "layers.corridors",
            "true or false",
        ),
        (
            r#"{ "preset": "mars" }"#,
            "preset",
            "unknown value \"mars\"",
        ),
        (r#"{ "yaer": 2008 }"#, "", "unknown key \"yaer\""),
        (r#"[ 1, 2 ]"#, "", "a view file must be a JSON object"),
        (
            r#"{ "year": 2008 } { }"#,
            "line 1 column",
            "more text after the end",
        ),
        ("", "", "the file is empty"),
    ];
    for (json, location, reason) in views {
        assert_view_refused(json.as_bytes(), location, reason);
    }
    let e = View::from_json(br#"{ "format": -1 }"#, "v.view.json").unwrap_err();
    assert!(
        e.reason.contains("a view says \"format\""),
        "what to write: {e}"
    );

    let tours = [
        (r#"[]"#.to_owned(), "", "a tour file must be a JSON object"),
        (
            r#"{ "format": -1, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "format",
            "a tour says \"format\": 1",
        ),
        (
            r#"{ "format": 3, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "format",
            "made by a newer Heartland (format 3; this version reads up to 2)",
        ),
        (
            r#"{ "format": 1, "title": 5, "author": "A", "steps": [] }"#.to_owned(),
            "title",
            "expected a text in quotes, not 5",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": "A", "steps": {} }"#.to_owned(),
            "steps",
            "expected a list [ … ]",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [ 7 ] }"#.to_owned(),
            "steps[0]",
            "expected an object { … }",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": "A" }"#.to_owned(),
            "",
            "missing key \"steps\"; add it",
        ),
        (
            tour("t", "c", "[]"),
            "steps[0].view",
            "a view file must be a JSON object",
        ),
    ];
    for (json, location, reason) in tours {
        let e = Tour::from_json(json.as_bytes(), "t.tour.json").unwrap_err();
        assert!(e.location.starts_with(location), "{json}: {e}");
        assert!(e.reason.contains(reason), "{json}: {reason}: {e}");
        crate::messages_rest::assert_has_id(&e.reason, &json);
        assert_plain(&e.to_string());
    }
}

#[test]
fn the_command_line_names_file_place_and_reason_and_prints_no_raw_control() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = dir.path().join("hostile.view.json");
    std::fs::write(&view, r#"{ "year": 2010, "stance": "\u001b[2J\u202e" }"#).unwrap();
    let tour_path = dir.path().join("hostile.tour.json");
    std::fs::write(
        &tour_path,
        r#"{ "format": -1, "title": "T", "author": "A", "steps": [] }"#,
    )
    .unwrap();
    let out = dir.path().join("out.png").display().to_string();
    let out_dir = dir.path().join("slides").display().to_string();
    let view_s = view.display().to_string();
    let tour_s = tour_path.display().to_string();
    for (args, place, reason) in [
        (
            vec![
                "render", "--size", "160x100", "--out", &out, "--view", &view_s,
            ],
            "stance",
            "U+001B (escape)",
        ),
        (
            vec![
                "render", "--size", "160x100", "--out", &out_dir, "--tour", &tour_s,
            ],
            "format",
            "-1 is not allowed",
        ),
    ] {
        let result = heartland(&args);
        assert!(!result.status.success(), "refused: {args:?}");
        let stderr = String::from_utf8_lossy(&result.stderr);
        let file = if args.contains(&view_s.as_str()) {
            "hostile.view.json"
        } else {
            "hostile.tour.json"
        };
        assert!(
            stderr.contains(file) && stderr.contains(place) && stderr.contains(reason),
            "file, place, reason: {stderr}"
        );
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
            "no raw control in the message: {stderr:?}"
        );
        assert_plain(&stderr);
        assert!(!std::path::Path::new(&out).exists(), "nothing written");
    }
}

#[test]
fn the_window_refuses_them_saying_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = dir.path().join("hostile.view.json");
    std::fs::write(
        &view,
        r#"{ "year": 2010, "selection": { "country": "\u202eKAZ" } }"#,
    )
    .unwrap();
    let tour_path = dir.path().join("hostile.tour.json");
    std::fs::write(
        &tour_path,
        r#"{ "format": 1, "title": "T\u0000", "author": "A", "steps": [] }"#,
    )
    .unwrap();
    let mut harness = app_harness();
    let before = harness.state().state().clone();
    let ctx = harness.ctx.clone();
    for (path, place, reason) in [
        (&view, "selection.country", "bidirectional"),
        (&tour_path, "title", "NUL"),
    ] {
        harness
            .state_mut()
            .apply(&ctx, Command::File(FileCommand::OpenPath(path.clone())));
        harness.run_steps(3);
        let notice = harness.state().notice().unwrap_or_default().to_owned();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            notice.contains(name.as_ref()) && notice.contains(place) && notice.contains(reason),
            "file, place, reason: {notice}"
        );
        assert!(
            !notice.contains('\u{202e}') && !notice.contains('\0'),
            "escaped: {notice:?}"
        );
        assert_eq!(harness.state().state(), &before, "nothing changed");
        assert!(harness.state().player().is_none(), "no tour plays");
    }
}
