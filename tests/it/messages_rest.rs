//! The messages made below the window that are not data or import problems
//! (issues 20 point 8 and 24 point 1): a view file's and a tour file's
//! reasons, an edit's refusals and the names of edits for Undo and Redo are
//! `i18n::Message`s with ids, English by `Display` (the command line, logs,
//! tests) and in the reader's language when the window shows them.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a failed expectation is a failed test"
)]

use egui_kittest::kittest::Queryable;
use heartland::i18n::{self, Locale, Message, tr, trf};
use heartland::state::View;
use heartland::tour::Tour;

use crate::common::app_harness;

/// `message` has an id of the program's: it is translated where it is
/// shown (the edit and view/tour bad-input tests call this on every
/// refusal and reason they see).
pub fn assert_has_id(message: &Message, context: &str) {
    let id = message.id();
    assert!(
        ["viewfile-", "tourfile-", "refusal-", "edit-"]
            .iter()
            .any(|prefix| id.starts_with(prefix)),
        "{context}: {message:?} has no message id of its own"
    );
}

/// A tour with one step whose title, caption and view are given.
fn tour(title: &str, caption: &str, view: &str) -> String {
    format!(
        r#"{{ "format": 1, "title": "T", "author": "A", "steps": [
            {{ "title": "{title}", "caption": "{caption}", "view": {view} }} ] }}"#
    )
}

#[test]
fn every_reason_a_view_or_tour_is_refused_for_has_its_id() {
    // (file, the message id of its reason): one of each kind of reason.
    let views: [(&[u8], &str); 22] = [
        (b"", "viewfile-empty"),
        (b"\xff{}", "viewfile-not-utf8"),
        (b"[1]", "viewfile-not-object"),
        (b"{ \"year\": 2008 ", "viewfile-truncated"),
        (b"{ \"year\": 2008 } {}", "viewfile-trailing"),
        (b"{ \"year\": 2008,, }", "viewfile-syntax"),
        (b"{ \"year\": 1e999 }", "viewfile-number-too-large"),
        (b"{ \"yaer\": 2008 }", "viewfile-unknown-key-one-of"),
        (b"{ \"preset\": \"mars\" }", "viewfile-unknown-value-one-of"),
        (b"{ \"year\": \"2017\" }", "viewfile-wrong-type"),
        (b"{ \"format\": -1 }", "viewfile-format-hint"),
        (b"{ \"format\": 9 }", "viewfile-newer"),
        (b"{ \"format\": 0 }", "viewfile-format-unsupported"),
        (
            b"{ \"camera\": { \"center\": [1], \"zoom\": 1 } }",
            "viewfile-list-length",
        ),
        (
            b"{ \"camera\": { \"center\": [200, 40], \"zoom\": 1 } }",
            "viewfile-longitude",
        ),
        (
            b"{ \"camera\": { \"center\": [60, 95], \"zoom\": 1 } }",
            "viewfile-latitude",
        ),
        (
            b"{ \"camera\": { \"center\": [60, 40], \"zoom\": 0 } }",
            "viewfile-zoom",
        ),
        (b"{ \"year\": 99999 }", "viewfile-year"),
        (
            b"{ \"relations\": { \"min_strength\": 2 } }",
            "viewfile-min-strength",
        ),
        (
            b"{ \"relations\": { \"top_k\": 0 } }",
            "viewfile-top-k-zero",
        ),
        (b"{ \"stance\": \"a\\u0000b\" }", "viewfile-text"),
        (b"{ \"ye\\u0000ar\": 2010 }", "viewfile-key-text"),
    ];
    for (json, id) in views {
        let e = View::from_json(json, "v.view.json").unwrap_err();
        assert_eq!(e.reason.id(), id, "{}: {e}", String::from_utf8_lossy(json));
    }
    let tours = [
        (
            r#"{ "format": 3, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "tourfile-newer",
        ),
        (
            r#"{ "format": -1, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "tourfile-format-hint",
        ),
        (
            r#"{ "format": 0, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "tourfile-format-zero",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": " ", "steps": [] }"#.to_owned(),
            "tourfile-author-empty",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [] }"#.to_owned(),
            "tourfile-no-steps",
        ),
        (tour(" ", "c", "{}"), "tourfile-title-empty"),
        (tour("t", "", "{}"), "tourfile-caption-empty"),
        (tour(&"t".repeat(91), "c", "{}"), "tourfile-title-too-long"),
        (
            tour("t", &"c".repeat(421), "{}"),
            "tourfile-caption-too-long",
        ),
        (
            tour("t", "c", r#"{ "zom": 1 }"#),
            "viewfile-unknown-key-one-of",
        ),
        (tour("t", "c", "[]"), "viewfile-not-object"),
        (
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                { "title": "t", "caption": "c", "sources": ["Not An Id"], "view": {} } ] }"#
                .to_owned(),
            "tourfile-source-id-invalid",
        ),
        (
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                { "title": "t", "caption": "c", "sources": [""], "view": {} } ] }"#
                .to_owned(),
            "tourfile-source-id-empty",
        ),
        ("[]".to_owned(), "viewfile-not-object"),
    ];
    for (json, id) in tours {
        let e = Tour::from_json(json.as_bytes(), "t.tour.json").unwrap_err();
        assert_eq!(e.reason.id(), id, "{json}: {e}");
    }
    // What a tour names that the data does not hold.
    let data = heartland::data::load_bundled().dataset;
    let unknown = tour(
        "t",
        "c",
        r#"{ "organizations": ["no-such-org"], "corridors": ["no-such-corridor"],
             "stance": "no-such-stance", "selection": { "country": "ATA" } }"#,
    );
    let errors = Tour::load(unknown.as_bytes(), "t.tour.json", &data).unwrap_err();
    let ids: Vec<&str> = errors.iter().map(|e| e.reason.id()).collect();
    assert_eq!(
        ids,
        [
            "tourfile-unknown-organization",
            "tourfile-unknown-corridor",
            "tourfile-unknown-stance",
            "tourfile-unknown-country",
        ],
        "{errors:?}"
    );
}

#[test]
fn in_russian_a_refused_view_says_why_in_russian_and_display_stays_english() {
    i18n::set_locale(Locale::Russian);
    let e = View::from_json(br#"{ "yaer": 2008 }"#, "my.view.json").unwrap_err();
    let shown = e.reason.shown();
    assert!(
        shown.starts_with("неизвестный ключ \"yaer\" (ожидается один из: "),
        "{shown}"
    );
    assert!(shown.ends_with("проверьте написание"), "{shown}");
    assert!(
        e.to_string()
            .starts_with("my.view.json: yaer: unknown key \"yaer\""),
        "English by Display: {e}"
    );
    // Nested: the type found and expected, translated with their sentence.
    let e = View::from_json(br#"{ "year": "2017" }"#, "v.view.json").unwrap_err();
    assert_eq!(
        e.shown(),
        "v.view.json: year: ожидается целое число, а не текст \"2017\""
    );
    assert_eq!(
        e.to_string(),
        "v.view.json: year: expected a whole number, not the text \"2017\""
    );
    // A syntax error's place, and the kind of file in the sentence.
    let e = View::from_json(b"{ \"year\": 2008 } {}", "v.view.json").unwrap_err();
    assert!(
        e.shown().starts_with("v.view.json: строка 1, столбец "),
        "{}",
        e.shown()
    );
    assert!(
        e.shown().contains("после конца вида есть ещё текст"),
        "{}",
        e.shown()
    );
    let e = Tour::from_json(b"{ \"format\": 1 } {}", "t.tour.json").unwrap_err();
    assert!(
        e.shown().contains("после конца тура есть ещё текст"),
        "{}",
        e.shown()
    );
    assert!(e.to_string().contains("line 1 column"), "{e}");
    i18n::set_locale(Locale::English);
}

/// The inspector's form for the period of the first relation shown, opened
/// in the window's language.
fn open_period_form(harness: &mut egui_kittest::Harness<'_, heartland::app::HeartlandApp>) {
    let ctx = harness.ctx.clone();
    let layers = heartland::state::Layers {
        relations: true,
        ..harness.state().state().layers
    };
    harness
        .state_mut()
        .apply(&ctx, heartland::command::Command::SetLayers(layers));
    harness.run_steps(2);
    let r = harness
        .state()
        .shown()
        .relations
        .first()
        .expect("relations are shown")
        .clone();
    harness.state_mut().apply(
        &ctx,
        heartland::command::Command::Select(heartland::state::Selection {
            relation: Some((r.a, r.b, r.dimension)),
            ..heartland::state::Selection::default()
        }),
    );
    harness.run_steps(2);
    let label = trf(
        "inspector-edit-period",
        "Edit { $period }",
        &[(
            "period",
            &heartland::panels::inspector::period_text(&r.period),
        )],
    );
    harness.get_by_label(&label).scroll_to_me();
    harness.run();
    harness.get_by_label(&label).click();
    harness.run_steps(2);
}

/// Replace the text of the one-line field labelled `label` with `text`.
fn retype(
    harness: &mut egui_kittest::Harness<'_, heartland::app::HeartlandApp>,
    label: &str,
    text: &str,
) {
    use egui::accesskit::Role;
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run_steps(2);
}

#[test]
fn in_kazakh_the_edit_form_refuses_in_kazakh_and_undo_names_the_edit_in_kazakh() {
    i18n::set_locale(Locale::Kazakh);
    let mut harness = app_harness();
    open_period_form(&mut harness);
    let score = tr("edit-score", "Score").into_owned();
    assert_eq!(score, "Баға", "the field's label in Kazakh");

    // Not a number: refused next to the field, in Kazakh.
    retype(&mut harness, &score, "жоғары");
    let field = harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &score)
        .rect();
    let refusal = harness.get_by_label_contains("«жоғары» — сан емес").rect();
    assert!(
        refusal.min.y >= field.max.y - 1.0 && refusal.min.y < field.max.y + 40.0,
        "the refusal {refusal:?} is just under the field {field:?}"
    );
    assert!(
        refusal.min.x < field.max.x && refusal.max.x > field.min.x - 200.0,
        "the refusal {refusal:?} is beside the field {field:?}"
    );
    // Out of range: the edit model's refusal, in Kazakh too.
    retype(&mut harness, &score, "1.7");
    harness.get_by_label_contains("1.7 бағасы -1 мен 1 аралығынан тыс");
    assert!(
        harness
            .query_by_label_contains("outside the range")
            .is_none(),
        "no English refusal left"
    );

    // An applied edit: the Edit menu's Undo names it in Kazakh.
    retype(&mut harness, &score, "0.35");
    harness.get_by_label("Қолдану").click();
    harness.run_steps(3);
    assert!(harness.state().session().is_dirty(), "the edit is applied");
    harness
        .get_by_label(&heartland::panels::keys::Menu::Edit.label())
        .click();
    harness.run();
    let undo = harness.get_by_label_contains("Болдырмау: ");
    let undo_rect = undo.rect();
    assert!(
        harness
            .query_all_by_label_contains("бағасын өзгерту, басталуы")
            .any(|node| node.rect() == undo_rect),
        "the Undo entry names the edit in Kazakh"
    );
    assert!(
        harness
            .query_by_label_contains("change the score")
            .is_none(),
        "no English name of the edit"
    );
    harness.get_by_label_contains("Болдырмау: ").click();
    harness.run_steps(2);
    assert!(!harness.state().session().is_dirty(), "Undo undid it");
    i18n::set_locale(Locale::English);
}
