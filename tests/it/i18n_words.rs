//! The words the program makes for things, in the window's language (issues
//! 20 point 8 and 24): the labels of the data vocabularies and of the
//! window's choices, the legend, the figure's title, dates and citation;
//! and the exports, which stay the same in every language.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a failed expectation is a failed test"
)]

use std::borrow::Cow;
use std::path::Path;

use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use heartland::analysis::Metric;
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::export::{Export, ExportFormat};
use heartland::i18n::{self, LANGUAGES, Locale};
use heartland::model::{
    Band, CorridorKind, CorridorStatus, Date, Dimension, MembershipStatus, OrgId, OrgKind,
    PlaceKind, Position, SegmentMode, StanceId, StanceKind,
};
use heartland::shown::{Shown, StanceCell};
use heartland::state::{
    Corner, Counted, DerivedKind, FillLayer, Layers, MembershipSet, MetricsGraph, PlotTab, Preset,
    SizeBy, State,
};

/// Every label of every vocabulary: (what, English, the window's label).
/// The variants come from each type's `ALL`, so a value added later is
/// checked too.
fn kind_labels() -> Vec<(String, &'static str, Cow<'static, str>)> {
    fn each<T: Copy + std::fmt::Debug>(
        all: &[T],
        en: impl Fn(T) -> &'static str,
        shown: impl Fn(T) -> Cow<'static, str>,
    ) -> Vec<(String, &'static str, Cow<'static, str>)> {
        all.iter()
            .map(|v| (format!("{v:?}"), en(*v), shown(*v)))
            .collect()
    }
    let mut all = Vec::new();
    all.extend(each(&OrgKind::ALL, OrgKind::label_en, OrgKind::label));
    all.extend(each(
        &MembershipStatus::ALL,
        MembershipStatus::label_en,
        MembershipStatus::label,
    ));
    all.extend(each(&Dimension::ALL, Dimension::label_en, Dimension::label));
    all.extend(each(
        &CorridorKind::ALL,
        CorridorKind::label_en,
        CorridorKind::label,
    ));
    all.extend(each(
        &SegmentMode::ALL,
        SegmentMode::label_en,
        SegmentMode::label,
    ));
    all.extend(each(
        &CorridorStatus::ALL,
        CorridorStatus::label_en,
        CorridorStatus::label,
    ));
    all.extend(each(&PlaceKind::ALL, PlaceKind::label_en, PlaceKind::label));
    all.extend(each(
        &StanceKind::ALL,
        StanceKind::label_en,
        StanceKind::label,
    ));
    all.extend(each(&Position::ALL, Position::label_en, Position::label));
    let cells: Vec<StanceCell> = Position::ALL
        .iter()
        .map(|p| StanceCell::Recorded(*p))
        .chain([StanceCell::NotRecorded, StanceCell::NotUnMember])
        .collect();
    all.extend(each(&cells, StanceCell::label_en, StanceCell::label));
    all
}

#[test]
fn every_kind_label_is_translated_and_english_stays_for_files() {
    i18n::set_locale(Locale::English);
    for (what, en, shown) in kind_labels() {
        assert_eq!(shown, en, "{what}: the English label is the file one");
    }
    for (locale, name) in LANGUAGES {
        i18n::set_locale(locale);
        for (what, en, shown) in kind_labels() {
            assert!(!shown.trim().is_empty(), "{name} {what}: empty");
            if locale == Locale::Russian {
                assert_ne!(shown, en, "{what}: Russian label is the English one");
            }
        }
    }
    i18n::set_locale(Locale::English);
}

/// The labels of the window's own choices (state.rs): (what, label).
fn state_labels() -> Vec<(String, String)> {
    let mut all = Vec::new();
    let mut push = |what: String, label: Cow<'static, str>| all.push((what, label.into_owned()));
    for v in FillLayer::ALL {
        push(format!("{v:?}"), v.label());
        push(format!("{v:?} hides"), v.hides_because());
    }
    for v in Preset::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in SizeBy::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in DerivedKind::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in MetricsGraph::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in PlotTab::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in Corner::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in Metric::ALL {
        push(format!("{v:?}"), v.label());
    }
    for v in Band::ALL {
        push(format!("{v:?}"), v.label());
    }
    for observers in [false, true] {
        for suspended in [false, true] {
            let v = Counted {
                observers,
                suspended,
            };
            push(format!("{v:?}"), v.label());
        }
    }
    all
}

#[test]
fn every_label_of_the_windows_choices_is_translated() {
    i18n::set_locale(Locale::English);
    let english = state_labels();
    i18n::set_locale(Locale::Russian);
    let russian = state_labels();
    i18n::set_locale(Locale::English);
    assert_eq!(english.len(), russian.len());
    for ((what, en), (_, ru)) in english.iter().zip(&russian) {
        assert_ne!(en, ru, "{what}: the Russian label is the English one");
        assert!(
            ru.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))),
            "{what}: {ru:?} is not Russian"
        );
    }
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let cases = [
        (Locale::English, "2 March 2022", "March 2014"),
        (Locale::Russian, "2 марта 2022 г.", "март 2014 г."),
        (Locale::Kazakh, "2022 жылғы 2 наурыз", "2014 жылғы наурыз"),
        (Locale::Uzbek, "2022-yil 2-mart", "2014-yil mart"),
        (Locale::Azerbaijani, "2 mart 2022", "mart 2014"),
        (Locale::Turkish, "2 Mart 2022", "Mart 2014"),
    ];
    for (locale, day, month) in cases {
        i18n::set_locale(locale);
        assert_eq!(heartland::figure::human_date(&date("2022-03-02")), day);
        assert_eq!(heartland::figure::human_date(&date("2014-03")), month);
        assert_eq!(heartland::figure::human_date(&date("2008")), "2008");
    }
    // Every month has its own name in every language, alone and after a day.
    for (locale, name) in LANGUAGES {
        i18n::set_locale(locale);
        let names: std::collections::BTreeSet<String> = (1..=12)
            .map(|m| heartland::figure::human_date(&date(&format!("2020-{m:02}"))))
            .collect();
        assert_eq!(names.len(), 12, "{name}: {names:?}");
        let days: std::collections::BTreeSet<String> = (1..=12)
            .map(|m| heartland::figure::human_date(&date(&format!("2020-{m:02}-15"))))
            .collect();
        assert_eq!(days.len(), 12, "{name}: {days:?}");
    }
    i18n::set_locale(Locale::English);
}

fn org(id: &str) -> OrgId {
    OrgId::try_from(id).expect("an organization id")
}

#[test]
fn the_figure_title_and_citation_speak_russian() {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.layers.memberships = true;
    state.layers.relations = true;
    state.layers.stances = true;
    state.organizations = [org("csto"), org("eaeu")].into_iter().collect();
    state.membership_set = MembershipSet::Intersection;
    state.relations.dimensions = [Dimension::Security].into_iter().collect();
    state.stance = StanceId::try_from("unga-es-11-1").ok();
    let shown = Shown::compute(&dataset, &state);

    i18n::set_locale(Locale::English);
    let english = heartland::figure::title(&dataset, &state, &shown);
    i18n::set_locale(Locale::Russian);
    let title = heartland::figure::title(&dataset, &state, &shown);
    let citation = heartland::figure::citation(Some(date("2022-03-02")), &["un-ga".to_owned()]);
    let attribution = heartland::figure::attribution(Some(date("2022-03-02")));
    i18n::set_locale(Locale::English);

    assert!(english.contains("2 March 2022"), "{english}");
    assert!(
        english.contains("Members of both CSTO and EAEU"),
        "{english}"
    );
    for words in [
        "(2 марта 2022 г.)",
        "позиции",
        "члены и ОДКБ, и ЕАЭС",
        "отношения (безопасность)",
        ", 2022",
    ] {
        assert!(title.contains(words), "{words:?} in the title {title:?}");
    }
    assert!(title.contains("ES-11/1"), "the stance's own title: {title}");
    assert!(
        citation.starts_with("Heartland ")
            && citation.contains("данные на 2 марта 2022 г.")
            && citation.ends_with("источники: un-ga"),
        "{citation}"
    );
    assert!(
        attribution.contains("Данные на") && attribution.contains("Границы: Natural Earth"),
        "{attribution}"
    );
}

/// Every file of a CSV export and a JSON export of `shown`, by name.
fn export_files(
    dataset: &heartland::model::Dataset,
    shown: &Shown,
    dir: &Path,
) -> Vec<(String, Vec<u8>)> {
    let export = Export::of(dataset, shown);
    let mut files = export
        .write(ExportFormat::Csv, &dir.join("csv"))
        .expect("the CSV export writes");
    files.extend(
        export
            .write(ExportFormat::Json, &dir.join("export.json"))
            .expect("the JSON export writes"),
    );
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(dir)
                .expect("in the folder")
                .display()
                .to_string();
            (name, std::fs::read(&path).expect("the file reads"))
        })
        .collect()
}

#[test]
fn an_export_made_in_russian_differs_from_the_english_one_in_its_names_alone() {
    let dataset = heartland::data::load_bundled().dataset;
    // A view with every table filled: relations, memberships, corridors and
    // a stance (whose rows carry a label per position).
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.layers = Layers {
        countries: true,
        labels: true,
        relations: true,
        memberships: true,
        corridors: true,
        stances: true,
    };
    state.organizations = [org("csto"), org("sco")].into_iter().collect();
    state.stance = StanceId::try_from("unga-es-11-1").ok();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut made = Vec::new();
    for (locale, code) in [(Locale::English, "en"), (Locale::Russian, "ru")] {
        i18n::set_locale(locale);
        let shown = Shown::compute(&dataset, &state);
        let place = dir.path().join(code);
        made.push(export_files(&dataset, &shown, &place));
    }
    i18n::set_locale(Locale::English);
    let (english, russian) = (&made[0], &made[1]);
    let json = english
        .iter()
        .find(|(name, _)| name.ends_with("export.json"))
        .expect("a JSON export");
    let json = String::from_utf8_lossy(&json.1);
    assert!(
        json.contains("\"Abstained\"") && json.contains("\"Yes\""),
        "the stance's counts carry their labels"
    );
    for table in [
        "relations.csv",
        "memberships.csv",
        "corridors.csv",
        "stance.csv",
    ] {
        let (_, bytes) = english
            .iter()
            .find(|(name, _)| name.ends_with(table))
            .expect("the table");
        assert!(
            String::from_utf8_lossy(bytes).lines().count() > 1,
            "{table} has rows"
        );
    }
    assert_eq!(
        english.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        russian.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        "the same files"
    );
    let (mut english_names, mut russian_names) = (Vec::new(), Vec::new());
    for ((name, en), (_, ru)) in english.iter().zip(russian) {
        if name.ends_with(".json") {
            let parse = |bytes: &[u8], names: &mut Vec<String>| {
                let mut json: serde_json::Value =
                    serde_json::from_slice(bytes).expect("the JSON export parses");
                crate::common::export_names_blanked(&mut json, names);
                json
            };
            assert_eq!(
                parse(en, &mut english_names),
                parse(ru, &mut russian_names),
                "{name}: only the names differ in Russian"
            );
        } else {
            assert_eq!(
                crate::common::export_csv_names_blanked(en, &mut english_names),
                crate::common::export_csv_names_blanked(ru, &mut russian_names),
                "{name}: only the names differ in Russian"
            );
        }
    }
    // The names are the window's: Russian CLDR names and the CSTO's own
    // acronym; the English ones are the data's.
    for (en, ru) in [
        ("Kazakhstan", "Казахстан"),
        ("CSTO", "ОДКБ"),
        ("Armenia", "Армения"),
    ] {
        assert!(
            english_names.iter().any(|n| n == en),
            "{en} in {english_names:?}"
        );
        assert!(
            russian_names.iter().any(|n| n == ru),
            "{ru} in {russian_names:?}"
        );
        assert!(
            !russian_names.iter().any(|n| n == en),
            "no {en} left in Russian"
        );
    }
}

fn apply(harness: &mut Harness<'_, HeartlandApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run_steps(3);
}

#[test]
fn the_window_legend_speaks_kazakh() {
    i18n::set_locale(Locale::Kazakh);
    let mut harness = crate::common::app_harness_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::SetLayers(Layers {
            countries: true,
            labels: true,
            relations: true,
            memberships: true,
            corridors: true,
            stances: false,
        }),
    );
    apply(
        &mut harness,
        Command::SetOrganizations(vec![org("csto"), org("eaeu")]),
    );
    let legend = harness
        .state()
        .map_cache()
        .legend_rect
        .expect("the window shows a legend");
    // The header, its menu and the section titles, in Kazakh, in the legend
    // (the layers panel has some of the same words; the rows below the
    // legend's height scroll, so only their side is checked).
    harness.get_by_label("Шартты белгілер");
    for row in [
        "Қатынастар (ені = күші)",
        "одақтас",
        "Ұйымдар",
        "мүше",
        "Дәліздер",
        "Теміржол",
    ] {
        assert!(
            harness
                .query_all_by_label(row)
                .any(|node| legend.x_range().contains(node.rect().center().x)),
            "{row:?} in the legend"
        );
    }
    assert!(
        harness
            .query_by_label("Relations (width = strength)")
            .is_none()
            && harness.query_by_label("Legend").is_none()
            && harness.query_by_label("Corridors").is_none(),
        "no English left in the legend"
    );
    // The legend stays within the map and keeps its header's controls.
    let map = harness.state().map_rect().expect("the map was drawn");
    assert!(map.contains_rect(legend), "{legend:?} in {map:?}");
    let header = harness.get_by_label("Шартты белгілер").rect();
    let mover = harness.get_by_label("Жылжыту").rect();
    assert!(
        !header.intersects(mover) && legend.contains_rect(mover),
        "the title {header:?} and the move menu {mover:?} apart, inside {legend:?}"
    );
    harness.get_by_label("Жылжыту").click();
    harness.run_steps(2);
    harness.get_by_label("Төменгі сол жақ").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().state().legend.corner,
        Corner::BottomLeft,
        "moved by the Kazakh menu"
    );
    i18n::set_locale(Locale::English);
}

#[test]
fn a_narrow_legend_still_holds_its_kazakh_header() {
    // Relations and corridors only: rows shorter than "Шартты белгілер"
    // and "Жылжыту" side by side (at 1280 px the Move button once lay
    // over the title).
    i18n::set_locale(Locale::Kazakh);
    let mut harness = crate::common::app_harness_at(Vec2::new(1280.0, 800.0));
    apply(
        &mut harness,
        Command::SetLayers(Layers {
            countries: true,
            labels: true,
            relations: true,
            memberships: false,
            corridors: true,
            stances: false,
        }),
    );
    let legend = harness
        .state()
        .map_cache()
        .legend_rect
        .expect("the window shows a legend");
    let header = harness.get_by_label("Шартты белгілер").rect();
    let mover = harness.get_by_label("Жылжыту").rect();
    i18n::set_locale(Locale::English);
    assert!(
        !header.intersects(mover) && legend.contains_rect(mover) && legend.contains_rect(header),
        "the title {header:?} and the move menu {mover:?} apart, inside {legend:?}"
    );
}
