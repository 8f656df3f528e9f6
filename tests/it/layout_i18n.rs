//! The window laid out in every language (issue 24 point 6, issue 23's
//! compare mode): in each of the six languages the toolbar holds one row
//! at 1024 px, and at 1280 × 800, with the panels a user opens first (the
//! layers panel, the legend, the inspector of a state, the plots, the Tours
//! menu, the compare bar with two maps, one difference map or two stances,
//! a tour's caption), no widget
//! runs out of its panel or the window and no two labels or controls
//! overlap. Checked on the rectangles of the accessibility tree, not on
//! pixels; one general check for every panel and language. A snapshot in
//! Russian and one in Kazakh show the window as a user sees it.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a failed expectation is a failed test"
)]

use egui::accesskit::Role;
use egui::{Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::i18n::{self, LANGUAGES, Locale, tr};
use heartland::panels::keys::Menu;
use heartland::state::{Compare, CompareMode, PlotTab, Selection};

use crate::common::{app_harness_at, code};

/// The window of the panel checks.
const SIZE: Vec2 = Vec2::new(1280.0, 800.0);

/// Sets the locale for the test's thread, and English back at the end
/// (also when the test fails).
struct InLocale;

impl InLocale {
    fn set(locale: Locale) -> Self {
        i18n::set_locale(locale);
        Self
    }
}

impl Drop for InLocale {
    fn drop(&mut self) {
        i18n::set_locale(Locale::English);
    }
}

/// One widget a user reads or clicks: its role and name from the
/// accessibility tree, its rectangle, the part of it its panel (or scroll
/// area, or popup) lets show, and its layer.
#[derive(Clone, Debug)]
struct Widget {
    role: Role,
    label: String,
    rect: Rect,
    /// The rectangle cut by the clip rectangle of the panel or area it is
    /// in: what can be seen of it.
    shown: Rect,
    layer: egui::LayerId,
}

/// Roles a user reads or clicks: these must not be cut by their panel
/// nor overlap each other.
fn is_read(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::Slider
            | Role::SpinButton
            | Role::ComboBox
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::Link
            | Role::MenuItem
            | Role::MenuItemCheckBox
            | Role::MenuItemRadio
            | Role::Tab
            | Role::Label
    )
}

/// Every visible widget a user reads or clicks: the accessibility tree's
/// nodes, each with egui's rectangles of the last frame (the full one and
/// the one its clip rectangle lets show).
fn widgets<S>(harness: &Harness<'_, S>) -> Vec<Widget> {
    let ppp = harness.ctx.pixels_per_point();
    assert!(
        (ppp - 1.0).abs() < 1e-3,
        "the tests draw at one pixel a point"
    );
    let rects: std::collections::HashMap<u64, egui::WidgetRect> = harness.ctx.viewport(|vp| {
        vp.this_pass
            .widgets
            .layers()
            .flat_map(|(_, ws)| ws.iter().copied())
            .map(|w| (w.id.value(), w))
            .collect()
    });
    assert!(!rects.is_empty(), "egui kept the widgets' rectangles");
    harness
        .query_all(By::new().predicate(|_| true))
        .filter_map(|node| {
            let n = node.accesskit_node();
            let role = n.role();
            if !is_read(role) {
                return None;
            }
            let w = rects.get(&n.locate().0.0)?;
            if !w.visible {
                return None;
            }
            // A label's words are its value.
            let label = n
                .label()
                .filter(|l| !l.is_empty())
                .or_else(|| n.value())
                .unwrap_or_default();
            Some(Widget {
                role,
                label,
                rect: w.rect,
                shown: w.interact_rect,
                layer: w.layer_id,
            })
        })
        .collect()
}

/// The problems of a window's layout: widgets out of the window, widgets
/// cut across by their panel (down a panel a list scrolls: that is not a
/// cut), and widgets of one layer whose visible parts overlap without one
/// holding the other (a popup lies over the window by design). Widgets
/// scrolled out of sight are not seen and not checked.
fn layout_problems<S>(harness: &Harness<'_, S>, window: Vec2, what: &str) -> Vec<String> {
    const SLACK: f32 = 1.0;
    let window = Rect::from_min_size(egui::Pos2::ZERO, window);
    let all = widgets(harness);
    let seen: Vec<&Widget> = all
        .iter()
        .filter(|w| w.shown.width() > SLACK && w.shown.height() > SLACK)
        .collect();
    let mut out = Vec::new();
    for w in &seen {
        if w.shown.left() < window.left() - SLACK
            || w.shown.right() > window.right() + SLACK
            || w.shown.top() < window.top() - SLACK
            || w.shown.bottom() > window.bottom() + SLACK
        {
            out.push(format!(
                "{what}: {:?} “{}” runs out of the window: {:?}",
                w.role, w.label, w.shown
            ));
        } else if w.rect.left() < w.shown.left() - SLACK || w.rect.right() > w.shown.right() + SLACK
        {
            out.push(format!(
                "{what}: {:?} “{}” is cut by its panel: {:?} shows {:?}",
                w.role, w.label, w.rect, w.shown
            ));
        }
    }
    for (i, a) in seen.iter().enumerate() {
        for b in seen[i + 1..].iter().filter(|b| b.layer == a.layer) {
            let overlap = a.shown.shrink(SLACK).intersect(b.shown.shrink(SLACK));
            let holds = |x: &Widget, y: &Widget| x.rect.expand(SLACK).contains_rect(y.rect);
            if overlap.is_positive() && !holds(a, b) && !holds(b, a) {
                out.push(format!(
                    "{what}: {:?} “{}” {:?} overlaps {:?} “{}” {:?}",
                    a.role, a.label, a.shown, b.role, b.label, b.shown
                ));
            }
        }
    }
    out
}

/// Apply `command` as the window would and let it settle.
fn apply(harness: &mut Harness<'_, HeartlandApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run_steps(4);
}

/// The window at 1280 × 800 with the relations on, Kazakhstan selected
/// (the inspector) and the plots open.
fn first_panels() -> Harness<'static, HeartlandApp> {
    let mut harness = app_harness_at(SIZE);
    let mut layers = harness.state().state().layers;
    layers.relations = true;
    apply(&mut harness, Command::SetLayers(layers));
    apply(
        &mut harness,
        Command::Select(Selection {
            country: Some(code("KAZ")),
            ..Selection::default()
        }),
    );
    apply(&mut harness, Command::OpenPlots(PlotTab::Ranking));
    harness
}

/// The checks of one language, each panel state in turn; the problems
/// found (empty: none).
fn problems_in(locale: Locale) -> Vec<String> {
    let _language = InLocale::set(locale);
    let name = locale.code();
    let mut out = Vec::new();

    // (a) The toolbar holds one row at 1024 px.
    let harness = app_harness_at(Vec2::new(1024.0, 768.0));
    let first = harness.get_by_label("Heartland").rect();
    let mut toolbar = vec![tr("presentation-on", "Presentation mode").into_owned()];
    toolbar.extend(
        [Menu::File, Menu::Edit, Menu::View, Menu::Tours, Menu::Help]
            .map(|m| m.label().into_owned()),
    );
    for label in &toolbar {
        let r = harness.get_by_label(label).rect();
        if (r.center().y - first.center().y).abs() > 4.0 || r.right() > 1024.0 {
            out.push(format!(
                "{name}: the toolbar's “{label}” is off its row at 1024 px: {r:?}"
            ));
        }
    }
    out.extend(layout_problems(
        &harness,
        Vec2::new(1024.0, 768.0),
        &format!("{name} 1024 px"),
    ));
    drop(harness);

    // (b) The first panels at 1280 × 800.
    let mut harness = first_panels();
    assert!(
        harness.state().state().selection.country.is_some(),
        "Kazakhstan is selected"
    );
    out.extend(layout_problems(&harness, SIZE, &format!("{name} panels")));

    // The Tours menu open over them.
    harness.get_by_label(&Menu::Tours.label()).click();
    harness.run_steps(2);
    out.extend(layout_problems(
        &harness,
        SIZE,
        &format!("{name} Tours menu"),
    ));
    harness.get_by_label(&Menu::Tours.label()).click();
    harness.run_steps(2);

    // Compare two moments: two maps side by side, then the difference.
    let year = harness.state().state().year;
    for mode in [CompareMode::SideBySide, CompareMode::Difference] {
        apply(
            &mut harness,
            Command::SetCompare(Some(Compare {
                year: Some(year - 10),
                stance: None,
                mode,
            })),
        );
        let bar = tr("compare-close", "Close comparison");
        assert!(
            harness.query_by_label(&bar).is_some(),
            "{name}: the compare bar is shown"
        );
        out.extend(layout_problems(
            &harness,
            SIZE,
            &format!("{name} compare {mode:?}"),
        ));
    }
    // Two stances compared: the bar's stance list instead of the slider.
    let stances: Vec<_> = heartland::shown::stances_by_date(harness.state().session().dataset())
        .into_iter()
        .map(|(id, _)| id.clone())
        .collect();
    assert!(stances.len() >= 2, "the bundled data has stances");
    apply(&mut harness, Command::SetStance(Some(stances[0].clone())));
    apply(
        &mut harness,
        Command::SetCompare(Some(Compare {
            year: None,
            stance: Some(stances[1].clone()),
            mode: CompareMode::SideBySide,
        })),
    );
    assert!(
        harness
            .query_all(By::new().label_contains(&tr("compare-with-stance", "Compared with")))
            .next()
            .is_some(),
        "{name}: the bar compares stances"
    );
    out.extend(layout_problems(
        &harness,
        SIZE,
        &format!("{name} compare stances"),
    ));
    apply(&mut harness, Command::SetCompare(None));

    // A tour playing: its caption under the map.
    apply(
        &mut harness,
        Command::Tour(heartland::command::TourCommand::Play(
            heartland::command::TourSource::Bundled(heartland::tour::BUNDLED[0].0),
        )),
    );
    assert!(harness.state().player().is_some(), "{name}: a tour plays");
    out.extend(layout_problems(&harness, SIZE, &format!("{name} tour")));
    out
}

#[test]
fn every_language_lays_out_the_window_without_clipping_or_overlap() {
    let mut problems = Vec::new();
    for (locale, _) in LANGUAGES {
        problems.extend(problems_in(locale));
    }
    assert!(
        problems.is_empty(),
        "layout problems ({}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_check_finds_a_widget_out_of_its_panel_and_an_overlap() {
    // The check itself: a button wider than its panel and two buttons on
    // one another are found.
    let mut harness = crate::common::harness_builder()
        .with_size(Vec2::new(400.0, 300.0))
        .build_ui(|ui| {
            egui::Panel::left("narrow")
                .exact_size(100.0)
                .resizable(false)
                .show(ui, |ui| {
                    ui.add(
                        egui::Button::new("A very long button label")
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                });
            let at = egui::Rect::from_min_size(egui::pos2(200.0, 100.0), Vec2::new(80.0, 20.0));
            ui.put(at, egui::Button::new("First"));
            ui.put(
                at.translate(Vec2::new(20.0, 5.0)),
                egui::Button::new("Second"),
            );
        });
    harness.run();
    let found = layout_problems(&harness, Vec2::new(400.0, 300.0), "sample");
    assert!(
        found
            .iter()
            .any(|p| p.contains("A very long button label") && p.contains("is cut")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("First") && p.contains("overlaps")),
        "{found:#?}"
    );
}

/// The window in `locale` at 1280 × 800 with the first panels open, as a
/// snapshot.
fn snapshot_in(locale: Locale, name: &str) {
    let _language = InLocale::set(locale);
    let mut harness = first_panels();
    harness.run_steps(2);
    let problems = layout_problems(&harness, SIZE, name);
    assert!(problems.is_empty(), "{problems:#?}");
    harness.snapshot(name);
}

#[test]
fn the_window_in_russian_at_1280() {
    snapshot_in(Locale::Russian, "layout_ru_1280");
}

#[test]
fn the_window_in_kazakh_at_1280() {
    snapshot_in(Locale::Kazakh, "layout_kk_1280");
}

#[test]
fn the_sessions_status_follows_a_change_of_language() {
    let _language = InLocale::set(Locale::English);
    let mut harness = app_harness_at(SIZE);
    // A save into a folder that cannot be made: a failure, as a notice.
    let blocked = std::env::temp_dir().join(format!("heartland-blocked-{}", std::process::id()));
    std::fs::write(&blocked, "a file, not a folder").expect("a file");
    apply(&mut harness, Command::SaveInto(blocked.join("inside")));
    let _ = std::fs::remove_file(&blocked);
    let english = harness.state().session().status().expect("a status");
    assert!(english.starts_with("Not saved: "), "{english}");
    let shows = |harness: &Harness<'_, HeartlandApp>, text: &str| {
        harness
            .query_all(By::new().label_contains(text))
            .next()
            .is_some()
    };
    assert!(shows(&harness, "Not saved: "), "the notice says it");
    apply(&mut harness, Command::SetLanguage(Locale::Russian));
    assert_eq!(i18n::locale(), Locale::Russian);
    let russian = harness.state().session().status().expect("a status");
    assert!(russian.starts_with("Не сохранено"), "{russian}");
    assert!(!shows(&harness, "Not saved: "), "no English notice is left");
    assert!(
        shows(&harness, "Не сохранено"),
        "the notice says it in Russian"
    );
}

#[test]
fn a_score_slider_writes_a_decimal_comma_in_russian() {
    let _language = InLocale::set(Locale::Russian);
    let harness = first_panels();
    let name = tr("layers-min-score", "min |score|");
    let value = harness
        .get_by_role_and_label(Role::SpinButton, &name)
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert_eq!(value, "0,000", "the number in Russian");
    assert_eq!(
        heartland::panels::numbers::parse("0,5"),
        heartland::panels::numbers::parse("0.5")
    );
}

#[test]
fn a_recovered_files_problems_say_recovered_in_the_windows_language() {
    let problem = heartland::data::Problem {
        file: format!(
            "relations.json{}",
            heartland::data::recovery::RECOVERED_SUFFIX
        ),
        location: String::new(),
        message: i18n::Message::verbatim("x"),
    };
    assert_eq!(problem.shown(), "relations.json (recovered): x");
    let _language = InLocale::set(Locale::Russian);
    assert_eq!(problem.shown(), "relations.json (восстановлен): x");
}

#[test]
fn validate_warns_of_alike_colours_in_the_chosen_language() {
    let bundled = include_str!("../../assets/data/organizations.json");
    let mut json: serde_json::Value = serde_json::from_str(bundled).expect("JSON");
    let orgs = json["organizations"].as_array_mut().expect("a list");
    orgs[0]["color"] = "#b03a2e".into();
    orgs[1]["color"] = "#b13b2f".into();
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(
        dir.path().join("organizations.json"),
        serde_json::to_string(&json).expect("JSON"),
    )
    .expect("written");
    let _language = InLocale::set(Locale::Russian);
    let mut out = Vec::new();
    let _ = heartland::data::validate::run(Some(dir.path()), &mut out);
    let text = String::from_utf8_lossy(&out);
    let warning = text
        .lines()
        .find(|l| l.starts_with("предупреждение: "))
        .unwrap_or_else(|| panic!("a Russian warning: {text}"));
    assert!(
        warning.contains("трудноразличимые цвета") && warning.contains("#b13b2f"),
        "{warning}"
    );
    assert!(!text.contains("hard to tell apart"), "{text}");
}
