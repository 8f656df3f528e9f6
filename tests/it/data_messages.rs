//! The data's problems speak the reader's language (issues #20 point 8 and
//! #24 point 1): every problem the loader makes is an `i18n::Message` with
//! an id, so the window shows it in its language (`Problem::shown`), while
//! `Display` (the command line without `--lang`, logs, exports, the other
//! tests) stays English. The file name, the JSON path and the values quoted
//! from the file stay as they are in every language.
//!
//! The broken inputs are those of `data_bad_input` (its table of cases), and
//! a few more that reach the loader's other reasons.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a fixture that does not load is a failed test"
)]

use heartland::data::{Loaded, Problem, load_dir};
use heartland::i18n::{self, Locale};

use crate::data_bad_input::{cases, fixture, load, with};
use crate::fixtures::heartland;

/// True if `text` has a Cyrillic letter.
fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// Sets a locale for the test thread and back to English when dropped (a
/// failed assertion must not leave the next test on this thread in Russian).
struct InLocale;

impl InLocale {
    fn new(locale: Locale) -> Self {
        i18n::set_locale(locale);
        Self
    }
}

impl Drop for InLocale {
    fn drop(&mut self) {
        i18n::set_locale(Locale::English);
    }
}

/// More ways to break the fixture than `data_bad_input`'s table: each
/// reaches another of the loader's reasons (file, from, to).
const MORE_BREAKS: &[(&str, &str, &str)] = &[
    // A membership status that is not in the vocabulary (serde's "unknown
    // variant").
    (
        "organizations.json",
        r#""status": "observer""#,
        r#""status": "obsrever""#,
    ),
    // A required key left out (serde's "missing field").
    ("places.json", r#""name": "Alat", "#, ""),
    // A number where a text belongs.
    ("countries.json", r#""name": "Armenia""#, r#""name": 5"#),
    // A day that its month does not have (the month named in the reason).
    (
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "1999-02-30""#,
    ),
    // A date of the wrong shape.
    (
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "1999/04/02""#,
    ),
    // An id that is not a slug, and one too long.
    ("places.json", r#""id": "alat""#, r#""id": "Alat Port""#),
    (
        "places.json",
        r#""id": "alat""#,
        r#""id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa""#,
    ),
    // A control character in a name.
    (
        "places.json",
        r#""name": "Alat""#,
        r#""name": "Al\u0007at""#,
    ),
    // A line break in a name (only evidence and notes may hold one).
    ("places.json", r#""name": "Alat""#, r#""name": "Al\nat""#),
    // An invisible bidirectional control in a name.
    (
        "places.json",
        r#""name": "Alat""#,
        r#""name": "Al\u202Eat""#,
    ),
    // A colour that is not #rrggbb.
    (
        "organizations.json",
        r##""color": "#b03a2e""##,
        r##""color": "red""##,
    ),
    // A position a recognition stance does not allow.
    ("stances.json", r#""RUS": "rejects""#, r#""RUS": "yes""#),
    // A fact that is a list.
    (
        "corridors.json",
        r#""volume_mt_2022": 1.5"#,
        r#""volume_mt_2022": [1]"#,
    ),
    // A waypoint pair of three numbers, and one of a text.
    ("corridors.json", "[50.5, 41.0]", "[50.5, 41.0, 3]"),
    ("corridors.json", "[50.5, 41.0]", "[50.5, \"x\"]"),
    // A country list item that is not a text.
    (
        "corridors.json",
        r#""countries": ["KAZ", "AZE"]"#,
        r#""countries": ["KAZ", 5]"#,
    ),
    // A route length off the globe, and a length source with no length.
    (
        "corridors.json",
        r#""kind": "gas-pipeline","#,
        r#""kind": "gas-pipeline", "length_km": -3,"#,
    ),
    (
        "corridors.json",
        r#""kind": "gas-pipeline","#,
        r#""kind": "gas-pipeline", "length_source": "src-a","#,
    ),
    // A relation with no period.
    (
        "relations.json",
        r#""series": [ { "from": "1992", "score": -0.9 } ]"#,
        r#""series": []"#,
    ),
    // A capital in another country.
    (
        "countries.json",
        r#""capital": "baku""#,
        r#""capital": "astana""#,
    ),
    // A top-level as_of that is not a date.
    (
        "sources.json",
        r#"{ "format": 1,"#,
        r#"{ "format": 1, "as_of": 2025,"#,
    ),
    // The records list missing.
    ("sources.json", r#""sources": ["#, r#""sourcez": ["#),
    // A number too large to represent.
    ("relations.json", r#""score": 0.4"#, r#""score": 1e999"#),
];

/// Every problem of the table's cases and of [`MORE_BREAKS`], with the name
/// of the break that made it.
fn every_problem() -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    for case in cases() {
        for p in load(&case.files()).problems {
            out.push((case.name.to_owned(), p));
        }
    }
    for (file, from, to) in MORE_BREAKS {
        let loaded = load(&with(file, from, to));
        assert!(
            !loaded.problems.is_empty(),
            "{file}: {to} is a problem: the break does what it says"
        );
        for p in loaded.problems {
            out.push((format!("{file}: {to}"), p));
        }
    }
    // Not UTF-8, nested too deeply, and a name that is no data file.
    let mut bad = fixture();
    bad.insert(
        "stances.json",
        format!("{}1{}", "[".repeat(200), "]".repeat(200)),
    );
    for p in load(&bad).problems {
        out.push(("nested too deeply".to_owned(), p));
    }
    let loaded = heartland::data::load_files(&[
        (
            "stances.json",
            b"{\"format\": 1, \"stances\": [\"\xFF\"]}".as_slice(),
        ),
        ("notes.json", b"{}".as_slice()),
    ]);
    for p in loaded.problems {
        out.push(("not UTF-8, not a data file".to_owned(), p));
    }
    out
}

#[test]
fn every_problem_of_the_broken_inputs_is_a_message_with_an_id() {
    let problems = every_problem();
    assert!(
        problems.len() > 50,
        "the breaks give problems: {}",
        problems.len()
    );
    let _ru = InLocale::new(Locale::Russian);
    let mut untranslated = Vec::new();
    for (case, p) in &problems {
        let shown = p.message.shown();
        if p.message.id().is_empty() || !cyrillic(&shown) || shown == p.message.as_str() {
            untranslated.push(format!("{case}: {p} → {shown}"));
        }
    }
    assert!(
        untranslated.is_empty(),
        "problems without an id, or not in Russian when shown in Russian:\n{}",
        untranslated.join("\n")
    );
}

/// The fixture written to a folder, with `breaks` made (file, from, to).
fn broken_folder(breaks: &[(&'static str, &str, &str)]) -> (tempfile::TempDir, Loaded) {
    let mut files = fixture();
    for (file, from, to) in breaks {
        let text = files.get_mut(file).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{file} has {from:?} once");
        *text = text.replacen(from, to, 1);
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let loaded = load_dir(dir.path());
    (dir, loaded)
}

const FOLDER_BREAKS: &[(&str, &str, &str)] = &[
    // A score out of range (relations[0].series[0].score).
    ("relations.json", r#""score": 0.4"#, r#""score": 7"#),
    // An impossible date.
    (
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "2019-13-45""#,
    ),
    // A syntax error: the whole file, at a line and column.
    (
        "stances.json",
        r#""kind": "recognition","#,
        r#""kind": "recognition",,"#,
    ),
];

#[test]
fn a_broken_folder_is_shown_in_russian_and_displayed_in_english() {
    let (dir, loaded) = broken_folder(FOLDER_BREAKS);
    assert_eq!(loaded.problems.len(), 3, "{:#?}", loaded.problems);
    let english: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    let shown: Vec<String> = {
        let _ru = InLocale::new(Locale::Russian);
        loaded.problems.iter().map(Problem::shown).collect()
    };
    for ((p, english), shown) in loaded.problems.iter().zip(&english).zip(&shown) {
        assert_ne!(shown, english, "shown in Russian: {shown}");
        assert!(cyrillic(shown), "Russian words: {shown}");
        assert!(!cyrillic(english), "Display stays English: {english}");
        assert!(
            shown.starts_with(&p.file),
            "the file's path as it is: {shown}"
        );
        assert!(
            p.file.starts_with(&dir.path().display().to_string()),
            "a path in the folder: {}",
            p.file
        );
    }
    // The score: its JSON path and the value as they are, the words Russian.
    let score = shown
        .iter()
        .find(|s| s.contains("relations.json"))
        .expect("the relation's problem");
    assert!(
        score.contains(":relations[0].series[0].score: "),
        "the JSON path as it is: {score}"
    );
    assert!(
        score.contains("оценка 7 вне диапазона от -1 до 1"),
        "the reason in Russian with its value: {score}"
    );
    // The syntax error's place reads in Russian; in English it is as before.
    let syntax = loaded
        .problems
        .iter()
        .position(|p| p.file.ends_with("stances.json"))
        .expect("the stances' problem");
    assert!(
        english[syntax].contains(":line 5, column "),
        "English place: {}",
        english[syntax]
    );
    assert!(
        english[syntax].contains("JSON syntax error: key must be a string"),
        "English reason: {}",
        english[syntax]
    );
    assert!(
        shown[syntax].contains(":строка 5, столбец "),
        "Russian place: {}",
        shown[syntax]
    );
    assert!(
        shown[syntax].contains("синтаксическая ошибка JSON: ключ должен быть строкой"),
        "Russian reason, serde_json's words too: {}",
        shown[syntax]
    );
    // English again: shown is Display.
    let again: Vec<String> = loaded.problems.iter().map(Problem::shown).collect();
    assert_eq!(again, english, "in English, shown and Display agree");
}

#[test]
fn a_dates_reason_is_translated_inside_its_sentence() {
    let impossible = load(&with(
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "2019-13-45""#,
    ));
    let short_month = load(&with(
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "2023-02-29""#,
    ));
    let [a] = impossible.problems.as_slice() else {
        panic!("one problem: {:#?}", impossible.problems);
    };
    let [b] = short_month.problems.as_slice() else {
        panic!("one problem: {:#?}", short_month.problems);
    };
    assert_eq!(
        a.message, "invalid date \"2019-13-45\": month 13 is not between 1 and 12",
        "English as before"
    );
    assert_eq!(
        b.message, "invalid date \"2023-02-29\": February 2023 has 28 days, not 29",
        "English as before"
    );
    assert_eq!(a.message.id(), "date-invalid", "the sentence's id");
    {
        let _ru = InLocale::new(Locale::Russian);
        assert_eq!(
            a.message.shown(),
            "неверная дата \"2019-13-45\": месяц 13 вне диапазона от 1 до 12",
            "the reason in Russian inside the Russian sentence"
        );
        assert_eq!(
            b.message.shown(),
            "неверная дата \"2023-02-29\": февраль 2023: дней в месяце — 28, а не 29",
            "the month named in Russian too"
        );
    }
    {
        let _kk = InLocale::new(Locale::Kazakh);
        let shown = b.message.shown();
        assert!(
            shown.contains("2023 жылғы ақпан айында 28 күн бар"),
            "Kazakh: {shown}"
        );
    }
    assert_eq!(
        b.message.shown(),
        b.message.as_str(),
        "back in English, shown is the English"
    );
}

#[test]
fn validate_speaks_the_language_of_lang_and_english_without_it() {
    let (dir, _) = broken_folder(FOLDER_BREAKS);
    let folder = dir.path().to_str().unwrap();
    let english = heartland(&["validate", folder]);
    let russian = heartland(&["validate", "--lang", "ru", folder]);
    assert_eq!(english.status.code(), Some(1), "problems: exit 1");
    assert_eq!(russian.status.code(), Some(1), "the same exit code");
    let english = String::from_utf8_lossy(&english.stdout).into_owned();
    let russian = String::from_utf8_lossy(&russian.stdout).into_owned();
    assert!(!cyrillic(&english), "English by default: {english}");
    assert!(
        english.contains("relations[0].series[0].score: score 7 is outside the range -1 to 1"),
        "{english}"
    );
    assert!(
        english.contains("3 problems in "),
        "the summary in English: {english}"
    );
    assert!(
        russian.contains("relations[0].series[0].score: оценка 7 вне диапазона от -1 до 1"),
        "{russian}"
    );
    assert!(
        russian.contains("3 проблемы в ") && russian.contains("стран: 5"),
        "the summary in Russian: {russian}"
    );
    assert_eq!(
        english.lines().count(),
        russian.lines().count(),
        "one line for one line"
    );
}

#[test]
fn a_refused_save_is_a_message_shown_in_the_readers_language() {
    use heartland::data::save::DataFolder;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    let Err(error) = DataFolder::open(&file) else {
        panic!("a file is not a data folder");
    };
    let path = file.display().to_string();
    assert_eq!(
        error.to_string(),
        format!("{path} is not a folder; give the path of a folder"),
        "English by Display"
    );
    assert_eq!(error.message().id(), "problem-save-not-folder", "an id");
    let _ru = InLocale::new(Locale::Russian);
    assert_eq!(
        error.message().shown(),
        format!("{path} — не папка; укажите путь к папке"),
        "Russian in the window, the path as it is"
    );
}

#[test]
fn an_unreadable_recovery_file_says_why_in_the_readers_language() {
    use heartland::data::recovery::Recovery;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("heartland-recovery.json");
    std::fs::write(&path, "[]").unwrap();
    let error = Recovery::read(&path).expect_err("a list is no recovery file");
    let file = path.display().to_string();
    assert_eq!(
        error.to_string(),
        format!("{file}: the recovery file is not a JSON object"),
        "English by Display, the file named"
    );
    let _ru = InLocale::new(Locale::Russian);
    assert_eq!(
        error.shown(),
        format!("{file}: файл восстановления — не объект JSON"),
        "the reason in Russian inside the file's sentence"
    );
}
