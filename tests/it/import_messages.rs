//! The importers' problems are messages of the message files (issues 20
//! point 8 and 24 point 1): every problem the bad-input fixtures give has a
//! message id, so none is English made by `format!`; shown in Russian on a
//! thread whose language is Russian, with file names, column names and
//! values from the file as they are, while `Display` stays English; and
//! `heartland import --lang ru` prints Russian, with the same exit codes.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use std::process::Command;
use std::sync::atomic::AtomicBool;

use heartland::data::Problem;
use heartland::data::import::{
    Format, ImportOptions, Imported, import_bytes, import_path, import_reader, merge,
};
use heartland::i18n::{self, Locale};
use heartland::model::Dataset;

use crate::fixtures::{context, import_file};

fn read(file: &str, bytes: &[u8], data: &Dataset) -> Imported {
    import_bytes(file, bytes, data, &ImportOptions::default())
}

/// `imported` merged into a copy of `data`: the reading problems, then the
/// merging ones.
fn merged(imported: Imported, data: &Dataset) -> Vec<Problem> {
    let mut data = data.clone();
    merge(&mut data, imported).problems
}

/// Every problem the importers give for bad input: the bad fixtures, and
/// each kind of bad file of `import_bad_input.rs` and the format tests.
fn bad_input_problems() -> Vec<Problem> {
    let data = context();
    let mut problems = Vec::new();
    // The bad fixtures, read and merged.
    for name in [
        "relations_bad.csv",
        "memberships_bad.csv",
        "geo_bad.geojson",
        "cow_small.csv",
        "unvotes_dl.csv",
        "unvotes_voeten.tab",
    ] {
        problems.extend(merged(read(name, &import_file(name), &data), &data));
    }
    let csv = |text: &str| read("bad.csv", text.as_bytes(), &data).problems;
    // A malformed header, and a header no format has.
    problems.extend(csv("a,b,dimension,from,score\nKAZ,KGZ,energy,2019,0.1\n"));
    problems.extend(csv("name,value\nx,1\n"));
    problems.extend(csv("\n"));
    problems.extend(csv("a,b,dimension,from,to,score,evidence,source\n"));
    // Bad dates, scores, countries, rows; a column no format has.
    problems.extend(csv("a,b,dimension,from,to,score,evidence,source,extra\n\
         KAZ,KGZ,energy,2019-13,,0.1,,,\n\
         KAZ,KGZ,energy,2019,,high,,,\n\
         KAZ,KGZ,energy,2019,,1.5,,,\n\
         KAZ,Narnia,energy,2019,,0.1,,,\n\
         KAZ,KGZ,energy\n"));
    // Not UTF-8 in a cell, in a GeoJSON file; UTF-16.
    problems.extend(csv(
        "a,b,dimension,from,to,score,evidence,source\nKAZ,KGZ,economic,2019,,0.4,caf\u{e9},\n",
    ));
    problems.extend(
        read(
            "latin1.csv",
            b"a,b,dimension,from,to,score,evidence,source\nKAZ,KGZ,economic,2019,,0.4,caf\xe9,\n",
            &data,
        )
        .problems,
    );
    problems.extend(read("bad.geojson", b"{\"type\": \"Feature\xff\"}", &data).problems);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "a,b,dimension,from,to,score,evidence,source\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    problems.extend(read("wide.csv", &utf16, &data).problems);
    // Not JSON; not a GeoJSON object.
    problems.extend(read("broken.geojson", b"{\"type\": ", &data).problems);
    problems.extend(read("list.geojson", b"{\"type\": \"Topology\"}", &data).problems);
    // Over the limit, before reading.
    problems.extend(
        import_reader(
            Format::Voeten,
            "huge.csv",
            &b""[..],
            3 * 1024 * 1024 * 1024,
            &data,
            &ImportOptions::default(),
        )
        .problems,
    );
    // More problems than are listed.
    let mut many = String::from("a,b,dimension,from,to,score,evidence,source\n");
    for _ in 0..1200 {
        many.push_str("KAZ,KGZ,bad,2019,,0.1,,\n");
    }
    problems.extend(csv(&many));
    // Cancelled.
    let cancel = AtomicBool::new(true);
    let options = ImportOptions {
        cancel: Some(&cancel),
        ..ImportOptions::default()
    };
    problems.extend(
        import_bytes("r.csv", &import_file("relations_good.csv"), &data, &options).problems,
    );
    // No such file, a folder.
    let dir = tempfile::tempdir().unwrap();
    for path in [dir.path().join("missing.csv"), dir.path().to_owned()] {
        problems.extend(import_path(&path, &data, &ImportOptions::default()).problems);
    }
    // A COW file with bad values; a roll-call with a bad vote.
    problems.extend(csv(
        "ccode,year,state,UN\n2,1950,USA,7\nx,1950,USA,1\n9999,1950,XXX,1\n",
    ));
    problems.extend(csv(
        "rcid,ccode,vote,date\n1,705,5,2000-01-01\n1,9999,1,2000-01-01\n2,705,1,2000-99-01\n",
    ));
    // Merge conflicts: a period overlapping one of the data's with another
    // score, and the same one twice.
    let first =
        "a,b,dimension,from,to,score,evidence,source\nKAZ,UZB,political,2017,2019,0.1,,s2\n";
    problems.extend(merged(read("conflict.csv", first.as_bytes(), &data), &data));
    problems
}

#[test]
fn every_importer_problem_has_a_message_id() {
    let problems = bad_input_problems();
    assert!(
        problems.len() > 40,
        "the inputs give problems: {problems:#?}"
    );
    let kinds = [
        "wrong header",
        "cannot tell the format",
        "invalid date",
        "not a number",
        "neither an ISO alpha-3 code",
        "UTF-8",
        "UTF-16",
        "at most 2048 MB",
        "more problems not listed",
        "import cancelled",
        "conflict:",
    ];
    for kind in kinds {
        assert!(
            problems.iter().any(|p| p.message.contains(kind)),
            "a problem with \"{kind}\" among {problems:#?}"
        );
    }
    let without: Vec<String> = problems
        .iter()
        .filter(|p| p.message.id().is_empty())
        .map(ToString::to_string)
        .collect();
    assert!(
        without.is_empty(),
        "problems without a message id (English made by format!):\n{}",
        without.join("\n")
    );
}

fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

#[test]
fn an_imports_problems_are_shown_in_russian_and_stay_english_on_display() {
    let data = context();
    let imported = read("членство.csv", &import_file("memberships_bad.csv"), &data);
    let problems: Vec<Problem> = merged(imported, &data).into_iter().collect();
    assert!(problems.len() >= 3, "{problems:#?}");
    i18n::set_locale(Locale::Russian);
    let shown: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.to_string(), p.shown()))
        .collect();
    i18n::set_locale(Locale::English);
    for (english, russian) in &shown {
        assert_ne!(english, russian, "translated");
        assert!(
            !has_cyrillic(english.trim_start_matches("членство.csv")),
            "Display stays English: {english}"
        );
        assert!(
            has_cyrillic(russian.trim_start_matches("членство.csv")),
            "{russian}"
        );
        assert!(
            russian.starts_with("членство.csv:"),
            "file name stays: {russian}"
        );
    }
    // The column name and the value quoted from the file stay as written.
    let atlantis = shown
        .iter()
        .find(|(english, _)| english.contains("Atlantis"))
        .expect("the unknown country");
    assert!(
        atlantis
            .0
            .contains("country: \"Atlantis\" is neither an ISO alpha-3 code"),
        "English: {}",
        atlantis.0
    );
    assert!(
        atlantis.1.contains("country: «Atlantis»") || atlantis.1.contains("country: \"Atlantis\""),
        "Russian keeps the column and the value: {}",
        atlantis.1
    );

    // A nested message (the format's name inside a limit) is translated
    // with its sentence.
    let huge = import_reader(
        Format::GeoJson,
        "карта.geojson",
        &b""[..],
        100 * 1024 * 1024,
        &data,
        &ImportOptions::default(),
    );
    let message = &huge.problems[0].message;
    assert!(
        message.contains("a GeoJSON file may be at most 64 MB"),
        "{message}"
    );
    i18n::set_locale(Locale::Russian);
    let russian = message.shown();
    i18n::set_locale(Locale::English);
    assert!(
        has_cyrillic(&russian) && russian.contains("64"),
        "{russian}"
    );

    // A count: Russian plural forms.
    let mut many = String::from("a,b,dimension,from,to,score,evidence,source\n");
    for _ in 0..1005 {
        many.push_str("KAZ,KGZ,bad,2019,,0.1,,\n");
    }
    let capped = read("r.csv", many.as_bytes(), &data);
    let last = capped.problems.last().unwrap();
    assert_eq!(
        last.message.as_str(),
        "5 more problems not listed (only the first 1000 are)"
    );
    i18n::set_locale(Locale::Russian);
    let russian = last.message.shown();
    i18n::set_locale(Locale::English);
    assert!(russian.contains("5 проблем"), "{russian}");
}

#[test]
fn heartland_import_speaks_the_language_of_lang() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("отношения.csv");
    std::fs::write(
        &csv,
        "a,b,dimension,from,to,score,evidence,source\n\
         MNG,Narnia,transport,2019,,0.3,,\n\
         MNG,TKM,transport,2019,,high,,\n",
    )
    .unwrap();
    let run = |lang: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_heartland"));
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let out = command
            .arg("import")
            .arg(&csv)
            .env_remove("DISPLAY")
            .env_remove("HEARTLAND_LOCALE")
            .output()
            .expect("the binary runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (english_code, english_out, english_err) = run(None);
    let (russian_code, russian_out, russian_err) = run(Some("ru"));
    assert_eq!(
        english_code,
        Some(1),
        "refused rows: exit 1 ({english_err})"
    );
    assert_eq!(russian_code, english_code, "the same exit code in Russian");
    assert!(
        english_err.contains("is neither an ISO alpha-3 code")
            && !has_cyrillic(&english_err.replace("отношения.csv", "")),
        "English without --lang: {english_err}"
    );
    assert!(
        english_out.contains("added 0 countries") && english_out.contains("2 problems"),
        "{english_out}"
    );
    for line in russian_err.lines() {
        assert!(
            line.starts_with(&format!("{}:", csv.display())),
            "file and place first: {line}"
        );
        assert!(
            has_cyrillic(&line.replace("отношения.csv", "")),
            "Russian: {line}"
        );
    }
    assert!(
        russian_err.contains("Narnia"),
        "the value stays: {russian_err}"
    );
    assert!(
        russian_err.contains("score: "),
        "the column stays: {russian_err}"
    );
    assert!(
        has_cyrillic(&russian_out.replace("отношения.csv", ""))
            && russian_out.contains("2 проблемы"),
        "the summary in Russian: {russian_out}"
    );
}
