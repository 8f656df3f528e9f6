//! Tours in the window's languages (issue 24, point 5): per-language
//! titles and captions in one file (format 2), refused with file, place and
//! reason when wrong; a missing translation shown as the English with an
//! "(English)" mark in the window and on the slides; the bundled tours
//! translated; and the inspector saying in which language a source is
//! written when the window speaks another.

use std::collections::BTreeSet;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::app::dialogs::{DialogAnswer, SharedDialogs};
use heartland::app::{AppOptions, HeartlandApp};
use heartland::command::Command;
use heartland::figure::GroupId;
use heartland::i18n::{self, Locale};
use heartland::render::{Caption, Framing, Renderer, export_scale};
use heartland::tour::{self, Tour};

use crate::common::in_locale;

/// A tour of two steps: the first translated into Russian, the second not.
const HALF_TRANSLATED: &str = r#"{ "format": 2, "title": "Two steps", "author": "A teacher",
  "translations": { "ru": { "title": "Два шага" } },
  "steps": [
    { "title": "First", "caption": "The first step, in English.",
      "translations": { "ru": { "title": "Первый", "caption": "Первый шаг, по-русски." } },
      "view": { "year": 2008 } },
    { "title": "Second", "caption": "The second step has no Russian text.",
      "view": { "year": 2010 } } ] }"#;

fn parse(json: &str) -> Result<Tour, tour::TourError> {
    Tour::from_json(json.as_bytes(), "t.tour.json")
}

/// A one-step tour whose step carries `translations` (JSON text).
fn with_step_translations(format: u32, translations: &str) -> String {
    format!(
        r#"{{ "format": {format}, "title": "T", "author": "A", "steps": [
            {{ "title": "One", "caption": "C.", "translations": {translations}, "view": {{}} }} ] }}"#
    )
}

#[test]
fn each_language_gets_its_text_and_a_missing_one_the_marked_english() {
    let tour = parse(HALF_TRANSLATED).expect("a good tour");
    assert_eq!(tour.format, 2, "translations are format 2");
    assert_eq!(tour.title_in(Locale::Russian), ("Два шага", false));
    assert_eq!(tour.title_in(Locale::Kazakh), ("Two steps", true));
    assert_eq!(tour.title_in(Locale::English), ("Two steps", false));

    let first = tour.steps[0].text_in(Locale::Russian);
    assert_eq!(
        (first.title, first.caption, first.fallback),
        ("Первый", "Первый шаг, по-русски.", false)
    );
    let second = tour.steps[1].text_in(Locale::Russian);
    assert_eq!(
        (second.title, second.caption, second.fallback),
        ("Second", "The second step has no Russian text.", true),
        "the English, marked as such"
    );
    let english = tour.steps[0].text_in(Locale::English);
    assert_eq!(
        (english.caption, english.fallback),
        ("The first step, in English.", false)
    );
    // The pseudo-locale is English (accented by the window), never marked.
    assert!(!tour.steps[1].text_in(Locale::Pseudo).fallback);

    // Written back: format 2, the translations kept, read back equal.
    let json = tour.to_json_pretty();
    assert!(json.contains("\"format\": 2"), "{json}");
    assert_eq!(parse(&json).expect("reads back"), tour);
}

#[test]
fn bad_translations_are_refused_with_the_place_and_reason() {
    let cases: [(String, &str, &str); 7] = [
        (
            with_step_translations(2, r#"{ "xx": { "title": "t", "caption": "c" } }"#),
            "steps[0].translations.xx",
            "\"xx\" is not a language Heartland knows; translations are for ru, kk, uz, az, tr",
        ),
        (
            with_step_translations(2, r#"{ "ru_RU": { "title": "t", "caption": "c" } }"#),
            "steps[0].translations.ru_RU",
            "not a language Heartland knows",
        ),
        (
            with_step_translations(2, r#"{ "en": { "title": "t", "caption": "c" } }"#),
            "steps[0].translations.en",
            "English is the tour's own text",
        ),
        (
            with_step_translations(2, r#"{ "ru": { "title": "Шаг", "caption": "  " } }"#),
            "steps[0].translations.ru.caption",
            "the caption is empty",
        ),
        (
            with_step_translations(
                2,
                r#"{ "kk": { "title": "Қадам", "caption": "Escape \u001b here" } }"#,
            ),
            "steps[0].translations.kk.caption",
            "U+001B",
        ),
        (
            with_step_translations(
                2,
                &format!(
                    r#"{{ "uz": {{ "title": "Qadam", "caption": "{}" }} }}"#,
                    "soʻz ".repeat(100)
                ),
            ),
            "steps[0].translations.uz.caption",
            "at most 420 fit on a slide",
        ),
        (
            with_step_translations(2, r#"{ "tr": { "title": "Adım" } }"#),
            "steps[0].translations.tr",
            "caption",
        ),
    ];
    for (json, location, reason) in cases {
        let e = parse(&json).expect_err("refused");
        assert_eq!(e.file, "t.tour.json", "{e}");
        assert_eq!(e.location, location, "{e}");
        assert!(e.reason.to_string().contains(reason), "{reason:?} in: {e}");
    }
    // The tour's own title too.
    let e = parse(
        r#"{ "format": 2, "title": "T", "author": "A", "translations": { "az": { "title": "" } },
            "steps": [ { "title": "a", "caption": "c", "view": {} } ] }"#,
    )
    .expect_err("refused");
    assert_eq!(e.location, "translations.az.title", "{e}");
    // In the window's language, the reason is translated; the place is not.
    let e = parse(&with_step_translations(
        2,
        r#"{ "de": { "title": "t", "caption": "c" } }"#,
    ))
    .expect_err("refused");
    let shown = in_locale(Locale::Russian, || e.shown());
    assert!(shown.contains("steps[0].translations.de"), "{shown}");
    assert!(shown.contains("Heartland не знает"), "{shown}");
}

#[test]
fn a_format_1_tour_with_translations_is_read_and_told_to_say_format_2() {
    // As for data files: read in full, one note at "format" saying what to write.
    let json = with_step_translations(1, r#"{ "ru": { "title": "Шаг", "caption": "Подпись." } }"#);
    let tour = parse(&json).expect("read anyway");
    assert_eq!(tour.steps[0].text_in(Locale::Russian).caption, "Подпись.");
    let warnings = tour.warnings("t.tour.json");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let w = &warnings[0];
    assert_eq!(w.location, "format");
    let text = w.to_string();
    assert!(
        text.contains("steps[0].translations.ru") && text.contains("write \"format\": 2"),
        "{text}"
    );
    // Saved again, it says format 2 and has nothing to say.
    let again = parse(&tour.to_json_pretty()).expect("reads back");
    assert!(again.warnings("t.tour.json").is_empty());
    assert!(tour.to_json_pretty().contains("\"format\": 2"));
    // A tour without translations stays format 1, so older versions read it.
    let plain = parse(
        r#"{ "format": 2, "title": "T", "author": "A",
            "steps": [ { "title": "a", "caption": "c", "view": {} } ] }"#,
    )
    .expect("a good tour");
    assert!(plain.warnings("t.tour.json").is_empty());
    assert!(plain.to_json_pretty().contains("\"format\": 1"));
    // Newer than this build: refused with the versions.
    let e = parse(
        r#"{ "format": 3, "title": "T", "author": "A",
            "steps": [ { "title": "a", "caption": "c", "view": {} } ] }"#,
    )
    .expect_err("refused");
    assert!(
        e.to_string()
            .contains("format 3; this version reads up to 2"),
        "{e}"
    );
}

/// The numbers of a text (a decimal or thousands separator between digits
/// ignored: "1,768" and "1768", "10.3" and "10,3" are the same number).
fn numbers(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut current = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            current.push(*c);
        } else if matches!(c, ',' | '.')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            // A separator inside a number.
        } else if !current.is_empty() {
            out.insert(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.insert(current);
    }
    out
}

#[test]
fn the_bundled_tours_are_translated_in_step_with_their_english() {
    for (name, json) in tour::BUNDLED {
        let tour = Tour::from_json(json.as_bytes(), name).expect("a bundled tour parses");
        assert!(tour.warnings(name).is_empty(), "{name}: says format 2");
        let languages: &[Locale] = if name == tour::INTRODUCTION {
            &tour::TRANSLATION_LANGUAGES
        } else {
            &[Locale::Russian]
        };
        for &locale in languages {
            let (title, fallback) = tour.title_in(locale);
            assert!(!fallback, "{name}: the title in {}", locale.code());
            assert_ne!(
                title,
                tour.title,
                "{name}: {} title translated",
                locale.code()
            );
            for (i, step) in tour.steps.iter().enumerate() {
                let text = step.text_in(locale);
                assert!(!text.fallback, "{name}: steps[{i}] in {}", locale.code());
            }
        }
        // Every translation there is (more languages than required too).
        for locale in tour::TRANSLATION_LANGUAGES {
            for (i, step) in tour.steps.iter().enumerate() {
                let what = format!("{name}: steps[{i}] in {}", locale.code());
                let text = step.text_in(locale);
                if text.fallback {
                    continue;
                }
                assert_ne!(text.caption, step.caption, "{what}: not the English");
                // The same slide: the translation says the same numbers
                // (years, votes, lengths) and adds none.
                assert_eq!(numbers(text.caption), numbers(&step.caption), "{what}");
                assert_eq!(numbers(text.title), numbers(&step.title), "{what}");
                // Quoted evidence stays in its own language: every quote of
                // three words or more is in the translation as written.
                for quote in step.caption.split('"').skip(1).step_by(2) {
                    if quote.split_whitespace().count() >= 3 {
                        assert!(text.caption.contains(quote), "{what}: quote {quote:?}");
                    }
                }
            }
        }
        // Steps in sync: a translation is written inside its step, beside
        // the step's one view, so every language shows the same views in
        // the same order; the checks above found a translation for every
        // step, none left over (an extra step would be a step of its own).
    }
}

#[test]
fn a_slide_of_an_untranslated_step_shows_the_english_with_the_mark() {
    let dataset = heartland::data::load_bundled().dataset;
    let tour = parse(HALF_TRANSLATED).expect("a good tour");
    let (geo, problem) = heartland::geometry::bundled_geo_or_problem();
    assert!(problem.is_none(), "{problem:?}");
    let mut renderer = Renderer::new(geo);
    let size = [1280, 800];
    let band = |renderer: &mut Renderer, index: usize| {
        let caption = Caption::of_step(&tour, index, &dataset).expect("a caption");
        let (_, mut textures, list) = renderer.figure_frame(
            &dataset,
            &tour.steps[index].state(),
            size,
            export_scale(size),
            Some(&caption),
            Framing::View,
        );
        textures.clear();
        let texts: Vec<(String, [f32; 2])> = list
            .texts()
            .filter(|(g, _)| *g == GroupId::Caption)
            .map(|(_, run)| (run.text.clone(), run.pos))
            .collect();
        (caption, texts)
    };
    i18n::set_locale(Locale::Russian);
    let (caption, texts) = band(&mut renderer, 1);
    let (translated, translated_texts) = band(&mut renderer, 0);
    i18n::set_locale(Locale::English);

    assert_eq!(caption.fallback, "(на английском)");
    assert_eq!(caption.body, "The second step has no Russian text.");
    let mark = texts
        .iter()
        .find(|(t, _)| t == "(на английском)")
        .unwrap_or_else(|| panic!("the mark on the slide: {texts:?}"));
    let body = texts
        .iter()
        .find(|(t, _)| caption.body.starts_with(t.as_str()))
        .unwrap_or_else(|| panic!("the English caption on the slide: {texts:?}"));
    assert!(
        mark.1[1] < body.1[1],
        "the mark just above the caption it concerns: {texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|(t, _)| t.starts_with("Шаг 2 из 2 · Два шага")),
        "the step line in Russian, the tour's Russian title: {texts:?}"
    );
    // A translated step: its own text, no mark.
    assert!(translated.fallback.is_empty());
    assert!(
        translated_texts
            .iter()
            .any(|(t, _)| t == "Первый шаг, по-русски."),
        "{translated_texts:?}"
    );
    assert!(
        !translated_texts
            .iter()
            .any(|(t, _)| t.contains("английском"))
    );
}

/// The window in Russian (as `--lang ru` starts it).
fn russian_window() -> Harness<'static, HeartlandApp> {
    i18n::set_locale(Locale::English);
    let mut harness = crate::common::harness_builder().build_eframe(|cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                lang: Some(Locale::Russian),
                fresh: true,
                ..AppOptions::default()
            },
        )
    });
    harness.run_steps(3);
    harness
}

#[test]
#[allow(
    clippy::expect_used,
    reason = "a test: a poisoned lock is a failed test"
)]
fn in_russian_the_player_shows_the_translation_or_the_english_with_the_mark() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("two.tour.json");
    std::fs::write(&path, HALF_TRANSLATED).expect("written");
    let mut harness = russian_window();
    let dialogs = SharedDialogs::default();
    dialogs
        .0
        .lock()
        .expect("lock")
        .push(DialogAnswer::Chosen(vec![path.clone()]));
    harness.state_mut().set_dialogs(Box::new(dialogs));
    harness.get_by_label("Туры").click();
    harness.run_steps(2);
    harness.get_by_label("Открыть файл тура…").click();
    harness.run_steps(6);
    assert_eq!(
        harness.state().player().map(|p| p.index),
        Some(0),
        "playing"
    );

    // Step 1: in Russian, no mark.
    harness.get_by_label("Первый");
    harness.get_by_label("Первый шаг, по-русски.");
    assert!(harness.query_by_label("(на английском)").is_none());
    assert!(
        harness
            .query_by_label("The first step, in English.")
            .is_none()
    );

    // Step 2 has no Russian: the English caption AND the mark, above it.
    harness.get_by_label("Далее").click();
    harness.run_steps(6);
    let caption = harness
        .get_by_label("The second step has no Russian text.")
        .rect();
    let mark = harness.get_by_label("(на английском)").rect();
    assert!(
        mark.max.y <= caption.min.y + 1.0 && caption.min.y - mark.max.y < 24.0,
        "the mark just above the caption: {mark:?} {caption:?}"
    );
    assert!(
        mark.min.x < caption.max.x && caption.min.x < mark.max.x,
        "in the same column: {mark:?} {caption:?}"
    );
    harness.get_by_label("Second");
    i18n::set_locale(Locale::English);
}

#[test]
fn the_tours_menu_lists_the_bundled_tours_in_the_windows_language() {
    let mut harness = russian_window();
    harness.get_by_label("Туры").click();
    harness.run_steps(2);
    harness.get_by_label("Как читать эту карту");
    harness.get_by_label("ОДКБ во времени и разлад между Москвой и Астаной");
    assert!(harness.query_by_label("How to read this map").is_none());
    i18n::set_locale(Locale::English);
}

#[test]
fn the_inspector_says_the_language_of_a_source_when_the_window_speaks_another() {
    use heartland::model::Dimension;
    let code = crate::common::code;
    let select = heartland::state::Selection {
        relation: Some((code("AFG"), code("KAZ"), Dimension::Economic)),
        ..heartland::state::Selection::default()
    };
    // Mamishova (2017), checked in the stored text: English.
    let mut harness = russian_window();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Command::Select(select.clone()));
    harness.run_steps(3);
    assert!(
        !harness
            .query_all_by_label("Язык источника: английский")
            .collect::<Vec<_>>()
            .is_empty(),
        "the note beside the evidence"
    );
    i18n::set_locale(Locale::English);

    // In English, nothing to say.
    let mut harness = crate::common::app_harness();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Select(select));
    harness.run_steps(3);
    harness.get_by_label_contains("Central Asia and Azerbaijan");
    assert!(harness.query_by_label_contains("Source language").is_none());
}

#[test]
fn a_source_language_is_read_checked_and_written_as_format_2() {
    let dataset = heartland::data::load_bundled().dataset;
    let id = heartland::model::SourceId::try_from("mamishova-2017").expect("an id");
    assert_eq!(dataset.sources[&id].language.as_deref(), Some("en"));
    // A source without a recorded language says nothing.
    let other = heartland::model::SourceId::try_from("cst-1992").expect("an id");
    assert_eq!(dataset.sources[&other].language, None);

    let bytes = |language: &str| {
        format!(
            r#"{{ "format": 2, "sources": [ {{ "id": "s", "title": "A title", "language": {language} }} ] }}"#
        )
    };
    let good = heartland::data::load_files(&[("sources.json", bytes("\"kk-Cyrl\"").as_bytes())]);
    let s = heartland::model::SourceId::try_from("s").expect("an id");
    assert_eq!(
        good.dataset.sources[&s].language.as_deref(),
        Some("kk-Cyrl")
    );
    assert!(
        !good
            .problems
            .iter()
            .any(|p| p.location.contains("language")),
        "{:?}",
        good.problems
    );
    // Not a language tag: the source is kept, its language left out, the
    // problem named.
    let bad = heartland::data::load_files(&[("sources.json", bytes("\"English\"").as_bytes())]);
    assert_eq!(bad.dataset.sources[&s].language, None);
    let problem = bad
        .problems
        .iter()
        .find(|p| p.location.ends_with("language"))
        .unwrap_or_else(|| panic!("a problem at the language: {:?}", bad.problems));
    assert!(
        problem.to_string().contains("not a language tag"),
        "{problem}"
    );
    // Written: format 2 with a language, format 1 without.
    let written =
        heartland::data::write::file_bytes(&good.dataset, heartland::data::FileKind::Sources);
    let text = String::from_utf8(written).expect("UTF-8");
    assert!(
        text.contains("\"format\": 2") && text.contains("\"language\": \"kk-Cyrl\""),
        "{text}"
    );
    // A format-1 file with a language: read, and told to say format 2.
    let one = heartland::data::load_files(&[(
        "sources.json",
        bytes("\"en\"")
            .replace("\"format\": 2", "\"format\": 1")
            .as_bytes(),
    )]);
    assert_eq!(one.dataset.sources[&s].language.as_deref(), Some("en"));
    assert!(
        one.problems
            .iter()
            .any(|p| p.location == "format" && p.to_string().contains("language")),
        "{:?}",
        one.problems
    );
}
