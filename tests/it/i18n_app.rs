//! The window's part of the languages (issue 24): names of states from the
//! Unicode CLDR in every language (`assets/i18n/names/territories.tsv`,
//! made by `scripts/build_names.js`), the data's own name where CLDR has
//! none, exports that name states and organizations in the language asked
//! for (and change nothing else), and `--lang CODE` on the command line.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a failed expectation is a failed test"
)]

use std::collections::BTreeMap;

use egui_kittest::kittest::Queryable;
use heartland::i18n::{self, LANGUAGES, Locale, TERRITORY_LANGUAGES};
use heartland::model::{Country, Dataset};

use crate::common::{app_harness, click_at, code, differing_share, in_locale, screen_pos};
use crate::fixtures::heartland as run_heartland;

/// The bundled data.
fn bundled() -> Dataset {
    heartland::data::load_bundled().dataset
}

#[test]
fn every_state_of_the_bundled_data_has_a_cldr_name_in_every_language() {
    let data = bundled();
    assert!(data.countries.len() > 150, "{}", data.countries.len());
    // The file's languages are the window's.
    let window: Vec<&str> = LANGUAGES.iter().map(|(l, _)| l.code()).collect();
    assert_eq!(
        TERRITORY_LANGUAGES.to_vec(),
        window,
        "the window's languages"
    );
    let mut missing = Vec::new();
    for code in data.countries.keys() {
        match i18n::territory_names(code.as_str()) {
            Some(names) => {
                for (lang, name) in names {
                    if name.trim().is_empty() {
                        missing.push(format!("{code} {lang}: empty"));
                    }
                }
            }
            None => missing.push(format!("{code}: no CLDR row")),
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // And the window shows them: each language's name differs from the
    // English data's for most states (Russian and Kazakh write Cyrillic).
    for locale in [Locale::Russian, Locale::Kazakh] {
        let cyrillic = in_locale(locale, || {
            data.countries
                .keys()
                .filter(|c| {
                    data.country_name(**c)
                        .chars()
                        .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch))
                })
                .count()
        });
        assert_eq!(cyrillic, data.countries.len(), "{locale:?}");
    }
}

/// The names the script wrote (the committed output), by alpha-3 code and
/// language.
fn names_file() -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    let mut rows = i18n::TERRITORY_NAMES
        .lines()
        .filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().expect("a header").split('\t').collect();
    assert_eq!(header[..3], ["alpha3", "alpha2", "form"], "the columns");
    for row in rows {
        let fields: Vec<&str> = row.split('\t').collect();
        assert_eq!(fields.len(), header.len(), "{row}");
        for (lang, name) in header[3..].iter().zip(&fields[3..]) {
            out.insert(
                (fields[0].to_owned(), (*lang).to_owned()),
                (*name).to_owned(),
            );
        }
    }
    out
}

#[test]
fn the_region_is_named_as_cldr_names_it_in_its_own_languages() {
    let file = names_file();
    let name = |code: &str, lang: &str| file[&(code.to_owned(), lang.to_owned())].clone();
    assert_eq!(name("KAZ", "kk"), "Қазақстан", "Kazakh");
    // Uzbek writes oʻ with U+02BB MODIFIER LETTER TURNED COMMA.
    assert_eq!(name("UZB", "uz"), "O\u{2bb}zbekiston", "Uzbek");
    assert_eq!(name("AZE", "az"), "Az\u{259}rbaycan", "Azerbaijani");
    assert_eq!(name("KAZ", "ru"), "Казахстан", "Russian");
    // 249 ISO 3166-1 countries, each in six languages.
    assert_eq!(file.len(), 249 * 6, "249 countries × 6 languages");
    // The window asks by code, alpha-3 as the data writes it.
    in_locale(Locale::Kazakh, || {
        assert_eq!(i18n::state_name("KAZ", "Kazakhstan"), "Қазақстан", "kk");
    });
    in_locale(Locale::Uzbek, || {
        assert_eq!(
            i18n::state_name("UZB", "Uzbekistan"),
            "O\u{2bb}zbekiston",
            "uz"
        );
    });
    in_locale(Locale::Azerbaijani, || {
        assert_eq!(
            i18n::state_name("AZE", "Azerbaijan"),
            "Az\u{259}rbaycan",
            "az"
        );
    });
    // English shows the data's own name (a user's renaming shows too).
    assert_eq!(
        i18n::state_name("KOR", "Republic of Korea"),
        "Republic of Korea"
    );
}

/// The committed file is what the script makes from the CLDR package: run
/// where the package is installed (`CLDR_NPM=/tmp/cldr-npm`, see the
/// script's header) and node is there; elsewhere it says it did not run.
#[test]
fn the_names_file_is_the_scripts_output_from_the_cldr_package() {
    assert_script_makes("build_names.js", "NAMES_OUT", i18n::TERRITORY_NAMES);
}

/// Runs `scripts/<script>` on the CLDR package (`CLDR_NPM`) with its output
/// sent by `out_var` to a temporary file, and checks that it makes the
/// committed file.
fn assert_script_makes(script: &str, out_var: &str, committed: &str) {
    let Some(npm) = std::env::var_os("CLDR_NPM") else {
        eprintln!("CLDR_NPM not set: {script}'s output was not compared with the CLDR package");
        return;
    };
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("heartland-{script}-{}.tsv", std::process::id()));
    let status = std::process::Command::new("node")
        .arg(root.join("scripts").join(script))
        .env("CLDR_NPM", npm)
        .env(out_var, &out)
        .status()
        .expect("node runs");
    assert!(status.success(), "{script} runs");
    let made = std::fs::read_to_string(&out).expect("the script wrote");
    let _ = std::fs::remove_file(&out);
    assert!(
        made == committed,
        "the committed file differs from {script}'s output"
    );
}

#[test]
fn a_state_with_a_code_cldr_does_not_know_keeps_its_data_name_in_every_language() {
    let mut data = bundled();
    // User data: the Soviet Union (ISO 3166-3, former) and Kosovo (XKX,
    // user-assigned) are no ISO 3166-1 countries.
    for (c, name) in [("SUN", "Soviet Union"), ("XKX", "Kosovo (user data)")] {
        data.countries.insert(
            code(c),
            Country {
                code: code(c),
                name: name.to_owned(),
                capital: None,
                group: "Other".to_owned(),
                source: None,
                evidence: None,
                note: None,
            },
        );
    }
    for (locale, _) in LANGUAGES.into_iter().chain([(Locale::Pseudo, "pseudo")]) {
        in_locale(locale, || {
            assert_eq!(data.country_name(code("SUN")), "Soviet Union", "{locale:?}");
            assert_eq!(
                data.country_name(code("XKX")),
                "Kosovo (user data)",
                "{locale:?}"
            );
        });
    }
    in_locale(Locale::Russian, || {
        assert_eq!(data.country_name(code("KAZ")), "Казахстан", "ru");
    });
}

#[test]
fn every_state_name_lays_out_in_every_language_with_missing_glyphs_fatal() {
    let ctx = egui::Context::default();
    heartland::fonts::install(&ctx);
    ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    let names = names_file();
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        for ((_, lang), name) in &names {
            ui.label(name);
            // The map writes them in capitals, as the language does.
            let locale = Locale::from_code(lang).expect("a language of the window");
            ui.label(in_locale(locale, || i18n::uppercase(name)));
        }
    });
    out.textures_delta.clear();
}

#[test]
fn in_russian_the_inspector_names_kazakhstan_in_russian() {
    i18n::set_locale(Locale::Russian);
    let mut harness = app_harness();
    let pos = screen_pos(&harness, 67.0, 48.0);
    click_at(&mut harness, pos);
    assert_eq!(
        harness.state().state().selection.country,
        Some(code("KAZ")),
        "selected"
    );
    let heading = harness.get_by_label("Казахстан");
    // The inspector is the right-hand panel.
    let width = harness.ctx.content_rect().width();
    assert!(heading.rect().min.x > 0.6 * width, "{:?}", heading.rect());
    assert!(
        harness.query_by_label("Kazakhstan").is_none(),
        "no English name left"
    );
    i18n::set_locale(Locale::English);
}

#[test]
fn find_a_country_finds_it_by_its_name_as_shown_and_as_the_data_writes_it() {
    let data = bundled();
    in_locale(Locale::Russian, || {
        let found = heartland::panels::files::matching_countries(&data, "казах", 8);
        assert_eq!(found, vec![code("KAZ")], "by the Russian name");
        let found = heartland::panels::files::matching_countries(&data, "Kazakh", 8);
        assert_eq!(found, vec![code("KAZ")], "by the data's name");
    });
    in_locale(Locale::Azerbaijani, || {
        let found = heartland::panels::files::matching_countries(&data, "Azərbaycan", 8);
        assert_eq!(found, vec![code("AZE")], "by the Azerbaijani name");
    });
}

#[test]
fn an_unknown_language_code_is_refused_with_the_codes_known() {
    let out = run_heartland(&["--lang", "xx", "validate"]);
    assert_eq!(out.status.code(), Some(2), "usage error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("'xx'"), "{stderr}");
    for (locale, _) in LANGUAGES {
        assert!(
            stderr.contains(locale.code()),
            "{} listed: {stderr}",
            locale.code()
        );
    }
    assert!(stderr.contains("en, ru, kk, uz, az, tr"), "{stderr}");
    // Every known code is taken, before or after the subcommand.
    for (locale, _) in LANGUAGES {
        let out = run_heartland(&["--lang", locale.code(), "validate"]);
        assert_eq!(out.status.code(), Some(0), "{}", locale.code());
    }
    let out = run_heartland(&["validate", "--lang", "kk"]);
    assert_eq!(out.status.code(), Some(0), "--lang after the subcommand");
}

#[test]
fn exports_name_states_and_organizations_in_the_language_asked_for_and_change_nothing_else() {
    // A view whose export names states: relations, memberships (acronyms),
    // metrics.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let view = dir.path().join("names.view.json");
    std::fs::write(
        &view,
        r#"{ "format": 1, "year": 2020,
             "layers": { "relations": true, "memberships": true },
             "organizations": ["csto", "eaeu"],
             "analysis": { "size_by": "betweenness" } }"#,
    )
    .expect("the view writes");
    let view = view.to_str().expect("a UTF-8 path");
    let args = ["export", "--format", "json", "--out", "-", "--view", view];
    let export = |lang: Option<&str>| {
        let out = match lang {
            Some(lang) => run_heartland(&[&["--lang", lang], &args[..]].concat()),
            None => run_heartland(&args),
        };
        assert!(
            out.status.success(),
            "export --lang {lang:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut json: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("the export is JSON");
        let mut names = Vec::new();
        crate::common::export_names_blanked(&mut json, &mut names);
        (json, names)
    };
    let (english, english_names) = export(None);
    assert_eq!(export(Some("en")), (english.clone(), english_names.clone()));
    assert!(
        english_names.iter().any(|n| n == "Kazakhstan"),
        "{english_names:?}"
    );
    assert!(
        english_names.iter().any(|n| n == "CSTO"),
        "{english_names:?}"
    );
    let data = bundled();
    // (language, Kazakhstan in CLDR, the CSTO's own acronym or the data's)
    for (lang, kazakhstan, csto) in [
        ("ru", "Казахстан", "ОДКБ"),
        ("kk", "Қазақстан", "CSTO"),
        ("az", "Qazaxıstan", "CSTO"),
        ("uz", "Qozogʻiston", "CSTO"),
        ("tr", "Kazakistan", "CSTO"),
    ] {
        let (json, names) = export(Some(lang));
        // Codes, ids, coded values, dates and numbers: the same.
        assert_eq!(json, english, "only names change in {lang}");
        assert_eq!(names.len(), english_names.len(), "{lang}");
        assert!(names.iter().any(|n| n == kazakhstan), "{lang}: {names:?}");
        assert!(names.iter().any(|n| n == csto), "{lang}: {names:?}");
        // Each name is the one the window shows in that language.
        let locale = Locale::from_code(lang).expect("a known language");
        in_locale(locale, || {
            let shown: std::collections::BTreeSet<String> = data
                .countries
                .keys()
                .map(|&c| data.country_name(c))
                .chain(
                    data.organizations
                        .values()
                        .map(|o| o.display_acronym().into_owned()),
                )
                .collect();
            for name in &names {
                assert!(
                    shown.contains(name),
                    "{lang}: {name} is not a name the window shows"
                );
            }
        });
    }
}

#[test]
fn render_with_lang_draws_the_states_names_in_that_language() {
    let dir = std::env::temp_dir().join(format!("heartland-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let png = |lang: &str| {
        let out = dir.join(format!("{lang}.png"));
        let run = run_heartland(&[
            "--lang",
            lang,
            "render",
            "--size",
            "800x500",
            "--out",
            out.to_str().expect("a UTF-8 path"),
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        image::open(&out).expect("a PNG").to_rgba8()
    };
    let (en, kk, en_again) = (png("en"), png("kk"), png("en"));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(en, en_again, "the same run draws the same picture");
    // The map's state labels are in Kazakh: the pictures differ.
    assert!(
        differing_share(&en, &kk, 8) > 0.0005,
        "Kazakh labels draw differently from English ones"
    );
}

#[test]
fn the_sessions_outcomes_speak_the_windows_language_and_say_when_they_failed() {
    use heartland::app::Session;
    use heartland::data::DataSource;
    use heartland::edit::{Edit, RelationKey};
    let loaded = heartland::data::load_bundled();
    let mut session = Session::new(loaded, DataSource::Bundled);
    let edit = |score: f64, ds: &Dataset| {
        let rel = ds
            .relations
            .iter()
            .find(|r| !r.series.is_empty())
            .expect("a relation with a period");
        Edit::SetPeriod {
            relation: RelationKey::of(rel),
            from: rel.series[0].period.from,
            score,
            evidence: Some("a reason".to_owned()),
            source: rel.series[0].source.clone(),
        }
    };
    i18n::set_locale(Locale::Russian);
    let refused = edit(7.0, session.dataset());
    let _ = session.apply_edits(vec![refused]);
    let status = session.status().expect("a status");
    assert!(status.starts_with("Не сделано: "), "{status}");
    assert!(
        session.status_failed(),
        "a refused edit is a failure: {status}"
    );
    let done = edit(-0.5, session.dataset());
    let _ = session.apply_edits(vec![done]);
    let status = session.status().expect("a status");
    assert!(status.starts_with("Сделано: "), "{status}");
    assert!(!session.status_failed(), "{status}");
    let _ = session.undo();
    let status = session.status().expect("a status");
    assert!(status.starts_with("Отменено: "), "{status}");
    assert!(!session.status_failed(), "an undo is no failure");
    i18n::set_locale(Locale::English);
    let _ = session.redo();
    assert!(
        session.status().expect("a status").starts_with("Redone: "),
        "English again"
    );
}

#[test]
fn the_window_started_with_lang_speaks_that_language() {
    use heartland::app::{AppOptions, HeartlandApp};
    i18n::set_locale(Locale::English);
    let mut harness = crate::common::harness_builder().build_eframe(|cc| {
        HeartlandApp::new(
            cc,
            AppOptions {
                lang: Some(Locale::Kazakh),
                fresh: true,
                ..AppOptions::default()
            },
        )
    });
    harness.run_steps(3);
    assert_eq!(i18n::locale(), Locale::Kazakh, "the window's language");
    harness.get_by_label("Файл");
    assert!(harness.query_by_label("File").is_none(), "no English menu");
    i18n::set_locale(Locale::English);
}

#[test]
fn turkish_and_azerbaijani_capitals_keep_the_dot_of_i() {
    assert_eq!(
        in_locale(Locale::Turkish, || i18n::uppercase("Kazakistan")),
        "KAZAKİSTAN",
        "Turkish"
    );
    assert_eq!(
        in_locale(Locale::Azerbaijani, || i18n::uppercase("Qazaxıstan")),
        "QAZAXISTAN",
        "Azerbaijani: ı is I"
    );
    assert_eq!(
        in_locale(Locale::Azerbaijani, || i18n::uppercase("Gürcüstan")),
        "GÜRCÜSTAN",
        "Azerbaijani"
    );
    assert_eq!(
        in_locale(Locale::English, || i18n::uppercase("Tajikistan")),
        "TAJIKISTAN",
        "English"
    );
    assert_eq!(
        in_locale(Locale::Kazakh, || i18n::uppercase("Қазақстан")),
        "ҚАЗАҚСТАН",
        "Kazakh"
    );
}

#[test]
fn in_uzbek_hovering_uzbekistan_names_it_in_uzbek() {
    i18n::set_locale(Locale::Uzbek);
    let mut harness = app_harness();
    let pos = screen_pos(&harness, 64.0, 41.5);
    harness.hover_at(pos);
    harness.run_steps(4);
    harness.get_by_label_contains("O\u{2bb}zbekiston (UZB)");
    i18n::set_locale(Locale::English);
}

#[test]
fn the_windows_png_export_draws_and_says_in_the_windows_language() {
    use heartland::app::dialogs::{DialogAnswer, SharedDialogs};
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("ru.png");
    i18n::set_locale(Locale::Russian);
    let mut harness = app_harness();
    let dialogs = SharedDialogs::default();
    dialogs
        .0
        .lock()
        .expect("lock")
        .push(DialogAnswer::Chosen(vec![path.clone()]));
    harness.state_mut().set_dialogs(Box::new(dialogs));
    // Ctrl+E: Export figure (window size).
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run_steps(3);
    for _ in 0..600 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    harness.step();
    let said = harness.state().notice().unwrap_or_default().to_owned();
    assert!(
        said.contains("экспортирован"),
        "the notice in Russian: {said}"
    );
    let window = image::open(&path).expect("the export is a PNG").to_rgba8();
    // The same figure drawn here in Russian and in English: the export
    // (drawn on its own thread) is the Russian one.
    let map = harness.state().map_rect().expect("a map");
    let state = harness.state().state().clone();
    let draw = |locale: Locale| {
        let (geo, _) = heartland::geometry::bundled_geo_or_problem();
        let size = [window.width(), window.height()];
        in_locale(locale, || {
            heartland::render::Renderer::new(geo)
                .render_figure(
                    harness.state().session().dataset(),
                    &state,
                    size,
                    heartland::render::export_scale(size),
                    None,
                    heartland::render::Framing::Window {
                        map_size: [map.width(), map.height()],
                    },
                )
                .expect("renders")
                .0
        })
    };
    let (russian, english) = (draw(Locale::Russian), draw(Locale::English));
    i18n::set_locale(Locale::English);
    let (to_russian, to_english) = (
        differing_share(&window, &russian, 8),
        differing_share(&window, &english, 8),
    );
    assert!(
        to_russian < to_english && to_english > 0.0005,
        "the export has the Russian labels: {to_russian:.5} of the pixels differ from the Russian figure, {to_english:.5} from the English"
    );
}

/// Places are named from CLDR's time-zone cities only where CLDR's English
/// city is the data's English name; every row names a bundled place.
#[test]
fn the_places_file_names_bundled_places_as_cldr_does() {
    let data = bundled();
    let rows: Vec<Vec<&str>> = i18n::PLACE_NAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(
        rows.len() >= 60,
        "most capitals of the region: {}",
        rows.len()
    );
    for row in &rows {
        assert_eq!(row.len(), 8, "id, zone, six names: {row:?}");
        let place = data
            .places
            .values()
            .find(|p| p.id.as_str() == row[0])
            .unwrap_or_else(|| panic!("{} is a bundled place", row[0]));
        assert_eq!(place.name, row[2], "the English is the data's name");
    }
    let named = |id: &str, locale: Locale| {
        let place = data
            .places
            .values()
            .find(|p| p.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id} is a bundled place"));
        in_locale(locale, || place.display_name().into_owned())
    };
    assert_eq!(named("tashkent", Locale::Russian), "Ташкент");
    assert_eq!(named("almaty", Locale::Kazakh), "Алматы");
    assert_eq!(named("baku", Locale::Azerbaijani), "Bak\u{131}");
    assert_eq!(named("tashkent", Locale::Uzbek), "Toshkent");
    assert_eq!(named("tashkent", Locale::English), "Tashkent");
    // Not a zone's city: the data's name in every language, never made up.
    assert_eq!(named("astana", Locale::Russian), "Astana");
    assert_eq!(named("tengiz", Locale::Kazakh), "Tengiz");
}

/// The committed places file is the script's output from the CLDR package
/// (run where the package is installed, as the names file's test).
#[test]
fn the_places_file_is_the_scripts_output_from_the_cldr_package() {
    assert_script_makes("build_places.js", "PLACES_OUT", i18n::PLACE_NAMES);
}
