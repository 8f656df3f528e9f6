//! The languages (issue 24): every message the code asks for is in every
//! message file and no file has a message the code does not ask for; the
//! English file is the English of the code; the translations format without
//! errors; Russian counts follow CLDR's plural rules; the fonts draw every
//! character of every message file; the window switches language from its
//! View ▸ Language menu.
//!
//! The messages are found by scanning `src/` for calls of `tr`, `trf` and
//! `trn` with literal ids (the code has no other kind). `UPDATE_FTL=1`
//! rewrites `assets/i18n/en.ftl` from the code.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a failed expectation is a failed test"
)]

use std::collections::BTreeMap;
use std::fmt::Display;
use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use fluent_bundle::{FluentArgs, FluentValue};
use heartland::i18n::{self, LANGUAGES, Locale, MESSAGE_FILES};

/// A message as the code writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum English {
    /// `tr` or `trf`: one text.
    Text(String),
    /// `trn`: the text for one and for more.
    Plural(String, String),
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ reads")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A Rust string literal at the start of `text` (after white space): its
/// value and the rest of the text; `None` where none starts there.
fn literal(text: &str) -> Option<(String, &str)> {
    let text = text.trim_start();
    let body = text.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                '\n' => {
                    // A continued line: its leading white space is dropped.
                    let rest = &body[i + 2..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..skip].chars().count() {
                        chars.next();
                    }
                }
                other => panic!("an escape the scan does not know: \\{other}"),
            },
            c => out.push(c),
        }
    }
    None
}

/// Every message `src/` asks for, by id, with where it is asked (the door
/// itself, `src/i18n.rs`, is left out: its examples are not messages).
fn messages_in_code() -> BTreeMap<String, (English, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut found: BTreeMap<String, (English, String)> = BTreeMap::new();
    for path in files {
        if path.ends_with("src/i18n.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file reads");
        // Comments are not code.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let place = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        for call in ["tr(", "trf(", "trn("] {
            let mut from = 0;
            while let Some(at) = code[from..].find(call) {
                let start = from + at;
                from = start + call.len();
                let before = code[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let Some((id, rest)) = literal(&code[from..]) else {
                    continue;
                };
                let rest = rest.trim_start().strip_prefix(',').unwrap_or(rest);
                let (first, rest) = literal(rest)
                    .unwrap_or_else(|| panic!("{place}: the English of {id} is not a literal"));
                let english = if call == "trn(" {
                    let rest = rest.trim_start().strip_prefix(',').unwrap_or(rest);
                    let (other, _) = literal(rest)
                        .unwrap_or_else(|| panic!("{place}: the plural of {id} is not a literal"));
                    English::Plural(first, other)
                } else {
                    English::Text(first)
                };
                if let Some((before, where_before)) = found.get(&id) {
                    assert_eq!(
                        before, &english,
                        "{id}: different English in {where_before} and {place}"
                    );
                } else {
                    found.insert(id, (english, place.clone()));
                }
            }
        }
    }
    found
}

/// English text as a Fluent pattern (literal braces are the code's
/// `{ $name }` placeables, kept as they are).
fn pattern(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let escape = |line: &str| {
        let mut line = line.to_owned();
        if line.starts_with(' ') || line.ends_with(' ') {
            line = format!("{{\"{line}\"}}");
        }
        if line.starts_with(['[', '*', '.']) {
            line = format!("{{\"{}\"}}{}", &line[..1], &line[1..]);
        }
        line
    };
    if lines.len() == 1 {
        format!(" {}", escape(text))
    } else {
        let mut out = String::new();
        for line in lines {
            out.push_str("\n    ");
            out.push_str(&escape(line));
        }
        out
    }
}

/// `en.ftl` as the code has it.
fn english_file(messages: &BTreeMap<String, (English, String)>) -> String {
    let mut out = String::from(
        "# Heartland's interface in English: the English of the code (tests/it/i18n.rs\n\
         # compares them; UPDATE_FTL=1 writes this file). Translators: copy this file.\n",
    );
    let mut group = "";
    for (id, (english, _)) in messages {
        let area = id.split('-').next().unwrap_or_default();
        if area != group {
            out.push('\n');
            group = area;
        }
        match english {
            English::Text(text) => out.push_str(&format!("{id} ={}\n", pattern(text))),
            English::Plural(one, other) => out.push_str(&format!(
                "{id} =\n    {{ $count ->\n        [one]{}\n       *[other]{}\n    }}\n",
                pattern(one),
                pattern(other)
            )),
        }
    }
    out
}

/// The message ids a message file defines, in its order.
fn ids_in(file: &str) -> Vec<String> {
    file.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The names `{ $name }` an English text uses.
fn variables(text: &str) -> Vec<String> {
    text.split("{ $")
        .skip(1)
        .filter_map(|s| s.split_once(" }").map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn english_file_is_the_english_of_the_code() {
    let messages = messages_in_code();
    assert!(
        messages.len() > 50,
        "the scan finds the messages: {}",
        messages.len()
    );
    let want = english_file(&messages);
    let path = root().join("assets/i18n/en.ftl");
    if std::env::var_os("UPDATE_FTL").is_some() {
        std::fs::write(&path, &want).expect("en.ftl writes");
    }
    let have = std::fs::read_to_string(&path).expect("en.ftl reads");
    assert!(
        have == want,
        "assets/i18n/en.ftl differs from the code's English (UPDATE_FTL=1 rewrites it)"
    );
    // And Fluent reads it back to the same English, values filled in.
    let bundle = i18n::bundle(Locale::English).expect("English has a bundle");
    for (id, (english, place)) in &messages {
        let message = bundle.get_message(id).expect("in en.ftl");
        let pattern = message.value().expect("a value");
        let (texts, counts) = match english {
            English::Text(t) => (vec![t.clone()], vec![None]),
            English::Plural(one, other) => {
                (vec![one.clone(), other.clone()], vec![Some(1), Some(5)])
            }
        };
        for (text, count) in texts.iter().zip(counts) {
            let mut args = FluentArgs::new();
            let mut values: Vec<(String, String)> = Vec::new();
            for name in variables(text) {
                let value = format!("<{name}>");
                args.set(name.clone(), FluentValue::from(value.clone()));
                values.push((name, value));
            }
            if let Some(count) = count {
                args.set("count", FluentValue::from(count));
                values.retain(|(n, _)| n != "count");
                values.push(("count".to_owned(), count.to_string()));
            }
            let mut errors = Vec::new();
            let formatted = bundle.format_pattern(pattern, Some(&args), &mut errors);
            let dyn_values: Vec<(&str, &dyn Display)> = values
                .iter()
                .map(|(n, v)| (n.as_str(), v as &dyn Display))
                .collect();
            assert_eq!(
                formatted,
                i18n::fill(text, &dyn_values),
                "{id} ({place}): en.ftl formats to the code's English"
            );
            assert!(errors.is_empty(), "{id}: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let messages = messages_in_code();
    let mut problems = Vec::new();
    for (code, text) in MESSAGE_FILES {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_owned()) {
            problems.push(format!("{code}.ftl does not parse: {errors:?}"));
        }
        let ids = ids_in(text);
        let mut seen = std::collections::BTreeSet::new();
        for id in &ids {
            if !seen.insert(id) {
                problems.push(format!("{code}.ftl: {id} twice"));
            }
            if !messages.contains_key(id) {
                problems.push(format!("{code}.ftl: {id} is not used by the code"));
            }
        }
        for id in messages.keys() {
            if !seen.contains(id) {
                problems.push(format!("{code}.ftl: {id} is missing"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_translation_formats_with_the_values_the_code_gives() {
    let messages = messages_in_code();
    for (locale, name) in LANGUAGES {
        let bundle = i18n::bundle(locale).expect("a bundle");
        for (id, (english, _)) in &messages {
            let Some(message) = bundle.get_message(id) else {
                continue; // the test above lists it
            };
            let pattern = message.value().expect("a value");
            let text = match english {
                English::Text(t) | English::Plural(_, t) => t,
            };
            for count in [0_usize, 1, 2, 5, 21, 111] {
                let mut args = FluentArgs::new();
                for var in variables(text) {
                    args.set(var, FluentValue::from("x"));
                }
                if matches!(english, English::Plural(..)) {
                    args.set("count", FluentValue::from(count));
                }
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{name} {id}: {errors:?}");
                assert!(!out.trim().is_empty(), "{name} {id}: empty");
                assert!(
                    !out.contains('\u{2068}') && !out.contains('\u{2069}'),
                    "{name} {id}: no isolation marks"
                );
            }
        }
    }
}

#[test]
fn russian_counts_follow_the_plural_rules() {
    i18n::set_locale(Locale::Russian);
    let say = |n: usize| {
        i18n::trn(
            "import-supersede-report",
            "{ $count } period",
            "{ $count } periods",
            n,
            &[("files", &"a.csv")],
        )
    };
    assert!(say(1).contains("1 период начинается"), "{}", say(1));
    assert!(say(21).contains("21 период начинается"), "{}", say(21));
    assert!(say(3).contains("3 периода начинаются"), "{}", say(3));
    assert!(say(5).contains("5 периодов начинаются"), "{}", say(5));
    assert!(say(11).contains("11 периодов начинаются"), "{}", say(11));
    i18n::set_locale(Locale::English);
    assert!(say(5).starts_with("5 periods"), "English: {}", say(5));
}

#[test]
fn a_language_missing_a_message_speaks_english_there() {
    i18n::set_locale(Locale::Kazakh);
    assert_eq!(
        i18n::tr("no-such-message", "Plain English"),
        "Plain English"
    );
    i18n::set_locale(Locale::English);
}

#[test]
fn the_system_locale_chooses_the_first_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "ru_RU.UTF-8")])),
        Locale::Russian
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "kk_KZ.UTF-8")])),
        Locale::Kazakh,
        "LC_ALL before LANG"
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "az_AZ")])),
        Locale::Azerbaijani,
        "LC_MESSAGES before LANG"
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "uz_UZ@latin")])),
        Locale::Uzbek
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "tr_TR.UTF-8")])),
        Locale::Turkish
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "de_DE.UTF-8")])),
        Locale::English
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "C")])),
        Locale::English
    );
    assert_eq!(
        i18n::system_locale_from(env(&[("LANG", "pseudo")])),
        Locale::English
    );
    assert_eq!(i18n::system_locale_from(env(&[])), Locale::English);
}

/// Every character a user may see in the interface's languages: every
/// message file, the languages' own names, and the official names the
/// default font cannot draw.
fn every_character() -> std::collections::BTreeSet<char> {
    let mut text: String = MESSAGE_FILES.iter().map(|(_, t)| *t).collect();
    for (_, name) in LANGUAGES {
        text.push_str(name);
    }
    text.push_str("Azərbaycan Oʻzbekiston Қазақстан әғқңөұүһі ӘҒҚҢӨҰҮҺІ");
    text.push_str(&string_literals_of_the_program());
    text.chars().filter(|c| !c.is_control()).collect()
}

/// The text between double quotes on the lines of `src/` that are not
/// comments: the symbols the program writes itself (a sort arrow, a
/// separator) as well as the English of its messages.
fn string_literals_of_the_program() -> String {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut text = String::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("a source file reads");
        for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for literal in line.split('"').skip(1).step_by(2) {
                text.push_str(literal);
            }
        }
    }
    assert!(
        text.contains("Heartland"),
        "the program's strings were read"
    );
    text
}

/// The characters of `chars` that `ctx`'s proportional font cannot draw.
fn missing(ctx: &egui::Context, chars: &std::collections::BTreeSet<char>) -> Vec<char> {
    // One pass, so the fonts are loaded.
    let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
    out.textures_delta.clear();
    let font = egui::FontId::proportional(14.0);
    ctx.fonts_mut(|fonts| {
        chars
            .iter()
            .copied()
            .filter(|c| !fonts.has_glyph(&font, *c))
            .collect()
    })
}

#[test]
fn the_fonts_draw_every_character_of_every_language() {
    let chars = every_character();
    // egui's own fonts lack ə and ʻ: the check can fail.
    let plain = egui::Context::default();
    let lacking = missing(&plain, &chars);
    assert!(
        lacking.contains(&'ə') && lacking.contains(&'ʻ'),
        "egui's default fonts lack ə and ʻ: {lacking:?}"
    );
    let ctx = egui::Context::default();
    heartland::fonts::install(&ctx);
    assert_eq!(
        missing(&ctx, &chars),
        Vec::<char>::new(),
        "with the fallback font"
    );
}

/// The Unicode blocks the bundled fonts cover whole (issue 24), so that
/// names in a user's own data draw too: (block, first, last, code points
/// of the block that Unicode leaves unassigned).
const WHOLE_BLOCKS: [(&str, u32, u32, &[u32]); 11] = [
    ("Basic Latin", 0x20, 0x7E, &[]),
    ("Latin-1 Supplement", 0xA0, 0xFF, &[]),
    ("Latin Extended-A", 0x100, 0x17F, &[]),
    ("Latin Extended-B", 0x180, 0x24F, &[]),
    ("IPA Extensions", 0x250, 0x2AF, &[]),
    ("Spacing Modifier Letters", 0x2B0, 0x2FF, &[]),
    ("Cyrillic", 0x400, 0x4FF, &[]),
    ("Cyrillic Supplement", 0x500, 0x52F, &[]),
    (
        "Armenian",
        0x530,
        0x58F,
        &[0x530, 0x557, 0x558, 0x58B, 0x58C],
    ),
    (
        "Georgian",
        0x10A0,
        0x10FF,
        &[
            0x10C6, 0x10C8, 0x10C9, 0x10CA, 0x10CB, 0x10CC, 0x10CE, 0x10CF,
        ],
    ),
    // The punctuation that is drawn (not the spaces, joiners, marks and
    // invisible operators of U+2000-200F, 2028-202F, 205F-206F).
    ("General Punctuation", 0x2010, 0x2027, &[]),
];

#[test]
fn the_bundled_fonts_draw_whole_blocks_for_names_in_users_data() {
    let ctx = egui::Context::default();
    heartland::fonts::install(&ctx);
    let chars: std::collections::BTreeSet<char> = WHOLE_BLOCKS
        .iter()
        .chain([("General Punctuation", 0x2030, 0x205E, &[][..])].iter())
        .flat_map(|(_, first, last, unassigned)| {
            (*first..=*last)
                .filter(|c| !unassigned.contains(c))
                .filter_map(char::from_u32)
        })
        .collect();
    assert!(chars.len() > 1200, "{} characters", chars.len());
    let lacking = missing(&ctx, &chars);
    assert_eq!(lacking, Vec::<char>::new(), "not drawn: {lacking:?}");
    // egui's own fonts lack Armenian and Georgian: the check can fail.
    let plain = egui::Context::default();
    let lacking = missing(&plain, &chars);
    assert!(
        lacking.contains(&'Հ') && lacking.contains(&'ქ') && lacking.contains(&'ə'),
        "egui's default fonts lack Armenian, Georgian and ə"
    );
    // And a name in each lays out with missing glyphs fatal.
    ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.label("Հայաստան საქართველო Azərbaycan Oʻzbekiston Қазақстан Ўзбекистон Ғ Ҳ Ӯ Ԁ ‐ – — ‘ ’ “ ” † • … ‰ ′ ″ ‹ › ‽ ⁄");
    });
    out.textures_delta.clear();
}

#[test]
fn every_message_lays_out_in_every_language_with_missing_glyphs_fatal() {
    let ctx = egui::Context::default();
    heartland::fonts::install(&ctx);
    ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    let messages = messages_in_code();
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        for (locale, name) in LANGUAGES {
            ui.label(name);
            let bundle = i18n::bundle(locale).expect("a bundle");
            for id in messages.keys() {
                let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let mut args = FluentArgs::new();
                args.set("count", FluentValue::from(2));
                ui.label(
                    bundle
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .into_owned(),
                );
            }
        }
    });
    out.textures_delta.clear();
}

#[test]
fn choosing_russian_in_the_view_menu_changes_the_menus_at_once() {
    use heartland::panels::keys::Menu;
    i18n::set_locale(Locale::English);
    let mut harness = crate::common::app_harness();
    harness.get_by_label(&Menu::View.label()).click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Русский").click();
    harness.run_steps(2);
    assert_eq!(i18n::locale(), Locale::Russian, "the window's language");
    assert!(
        harness.query_by_label("File").is_none(),
        "no English File menu left"
    );
    harness.get_by_label("Файл");
    harness.get_by_label("Вид");
    i18n::set_locale(Locale::English);
}

#[test]
fn the_window_in_kazakh() {
    i18n::set_locale(Locale::Kazakh);
    let mut harness = crate::common::app_harness();
    harness.run_steps(2);
    harness.get_by_label("Файл");
    harness.get_by_label("Қабаттар");
    harness.snapshot("i18n_kk");
    i18n::set_locale(Locale::English);
}

/// The tests that were `src/i18n.rs`'s unit tests.
mod unit {
    use heartland::i18n::*;

    #[test]
    fn english_is_the_text_given() {
        set_locale(Locale::English);
        assert_eq!(tr("toolbar-file", "File"), "File");
        assert_eq!(
            trf(
                "n-things",
                "{ $n } things in { $where }",
                &[("n", &3), ("where", &"Asia")]
            ),
            "3 things in Asia"
        );
        for (count, expected) in [(1, "1 problem"), (2, "2 problems")] {
            assert_eq!(
                trn(
                    "problems",
                    "{ $count } problem",
                    "{ $count } problems",
                    count,
                    &[]
                ),
                expected
            );
        }
        assert_eq!(trf("x", "{ $missing } {", &[]), "{ $missing } {");
    }

    #[test]
    fn pseudo_lengthens_by_the_rule() {
        for (english, want) in [("File", 8), ("Ten chars!", 20), ("Eleven char", 16)] {
            let p = pseudo(english);
            assert_eq!(p.chars().count(), want, "{english} → {p}");
            assert_ne!(p, english, "accented");
        }
        let long = "Export the data shown as CSV into a folder";
        assert_eq!(pseudo(long).chars().count(), pseudo_len(long.len()));
        assert_eq!(pseudo(""), "");
    }

    #[test]
    fn a_message_is_english_until_shown_in_the_readers_language() {
        set_locale(Locale::English);
        let reason = Message::trf("test-reason", "not a date: { $value }", &[("value", &"x")]);
        let message = Message::trn(
            "test-things",
            "{ $count } thing in { $file }",
            "{ $count } things in { $file }",
            2,
            &[("file", &"a.json")],
        )
        .with("reason", reason.clone());
        assert_eq!(message, "2 things in a.json");
        assert_eq!(message.to_string(), "2 things in a.json");
        assert_eq!(reason.as_str(), "not a date: x");
        set_locale(Locale::Pseudo);
        assert_eq!(message.shown(), pseudo("2 things in a.json"));
        assert_eq!(
            message.as_str(),
            "2 things in a.json",
            "English stays English"
        );
        assert_eq!(Message::verbatim("os error 2").shown(), "os error 2");
        set_locale(Locale::English);
        let nested = Message::trf("test-outer", "bad: { $reason }", &[]).with("reason", reason);
        assert_eq!(nested, "bad: not a date: x");
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let f = |v: f64, d: usize, plus: bool, l: Locale| format_number(v, d, plus, l);
        assert_eq!(f(1768.0, 0, false, Locale::English), "1,768");
        assert_eq!(f(1768.25, 1, false, Locale::Russian), "1\u{a0}768,2");
        assert_eq!(f(-0.5, 2, true, Locale::Kazakh), "-0,50");
        assert_eq!(f(0.5, 2, true, Locale::Turkish), "+0,50");
        assert_eq!(f(1234567.0, 0, false, Locale::Azerbaijani), "1.234.567");
        assert_eq!(f(999.0, 0, false, Locale::Uzbek), "999");
        assert_eq!(
            f(-0.001, 2, true, Locale::English),
            "+0.00",
            "no minus for a rounded zero"
        );
        assert_eq!(f(f64::NAN, 2, false, Locale::Russian), "NaN");
        set_locale(Locale::Russian);
        assert_eq!(signed(0.75, 2), "+0,75");
        assert_eq!(number(12.5, 1), "12,5");
        set_locale(Locale::English);
        assert_eq!(number(12.5, 1), "12.5");
    }

    #[test]
    fn places_are_named_from_cldr_only_where_the_data_names_them_so() {
        set_locale(Locale::Russian);
        assert_eq!(place_name("tashkent", "Tashkent"), "Ташкент");
        assert_eq!(
            place_name("tashkent", "Toshkent city"),
            "Toshkent city",
            "renamed"
        );
        assert_eq!(place_name("tengiz", "Tengiz"), "Tengiz", "not in CLDR");
        set_locale(Locale::Turkish);
        assert_eq!(
            place_name("bamako", "Bamako"),
            "Bamako",
            "CLDR writes it as English"
        );
        set_locale(Locale::Kazakh);
        assert_eq!(place_name("aktau", "Aktau"), "Ақтау");
        set_locale(Locale::English);
        assert_eq!(place_name("aktau", "Aktau"), "Aktau");
    }

    #[test]
    fn organizations_are_named_as_they_name_themselves_or_as_the_data_does() {
        set_locale(Locale::Russian);
        let (a, n) = organization_names("csto", "CSTO", "Collective Security Treaty Organization");
        assert_eq!(
            (a.as_ref(), n.as_ref()),
            ("ОДКБ", "Организация Договора о коллективной безопасности")
        );
        let (a, _) = organization_names("csto", "KSTO", "renamed");
        assert_eq!(a, "KSTO", "a renamed record keeps its name");
        let (a, _) = organization_names("oic", "OIC", "Organisation of Islamic Cooperation");
        assert_eq!(a, "OIC", "no Russian name published: the data's");
        set_locale(Locale::Kazakh);
        assert_eq!(organization_names("csto", "CSTO", "x").0, "CSTO");
        set_locale(Locale::Turkish);
        assert_eq!(organization_names("ots", "OTS", "x").0, "TDT");
        set_locale(Locale::English);
        assert_eq!(organization_names("csto", "CSTO", "x").0, "CSTO");
    }

    #[test]
    fn the_locale_is_this_threads() {
        set_locale(Locale::Pseudo);
        assert_eq!(tr("toolbar-file", "File"), pseudo("File"));
        let other = std::thread::spawn(|| tr("toolbar-file", "File").into_owned())
            .join()
            .expect("the thread ends");
        assert_eq!(other, "File", "another thread keeps English");
        set_locale(Locale::English);
    }
}
