//! The panels and the map speak through `tr` (issues 20 point 8 and 24):
//! no English literal reaches a widget of `src/panels/` or `src/map/` (or
//! the map's hover texts in `src/layers/`) without the door; the
//! inspector's headings are Russian in Russian, for a state and for a
//! relation; the pseudo-locale's longer words stay inside the inspector.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a failed expectation is a failed test"
)]

use std::path::PathBuf;

use egui::{Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::i18n::{self, Locale, tr};
use heartland::model::Dimension;
use heartland::state::Selection;

use crate::common::{app_harness_at, click_at, code, screen_pos};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files whose words this test watches: every file of `src/panels/`,
/// `src/app/`, `src/map/` and `src/layers/` (the window and what it draws),
/// and `src/shown/corridors.rs` (a corridor's lengths).
fn watched_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["src/panels", "src/map", "src/app", "src/layers"] {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("the folder reads")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        entries.sort();
        out.extend(entries);
    }
    out.push(root().join("src/shown/corridors.rs"));
    out
}

/// Calls whose arguments a user reads: `(call, which arguments)`, the
/// arguments counted from 0 (`None`: every one).
const CALLS: [(&str, Option<usize>); 24] = [
    (".label(", None),
    (".heading(", None),
    (".button(", None),
    (".small_button(", None),
    (".link(", None),
    (".hyperlink_to(", Some(0)),
    (".checkbox(", Some(1)),
    (".radio(", Some(1)),
    (".radio_value(", Some(2)),
    (".selectable_label(", Some(1)),
    (".selectable_value(", Some(2)),
    (".on_hover_text(", None),
    (".on_disabled_hover_text(", None),
    (".on_hover_text_at_pointer(", None),
    (".hint_text(", None),
    (".selected_text(", None),
    (".x_axis_label(", None),
    (".y_axis_label(", None),
    ("RichText::new(", None),
    ("Button::new(", None),
    ("Label::new(", None),
    ("ComboBox::from_label(", None),
    ("ComboBox::new(", Some(1)),
    ("Window::new(", None),
];

/// Calls whose every argument is read too, where the scan cannot know the
/// function: the map's tooltip and the accessibility labels.
const MORE_CALLS: [(&str, Option<usize>); 4] = [
    ("WidgetInfo::labeled(", Some(2)),
    ("show_tooltip_text(", None),
    // The edit forms' labelled fields.
    ("field(", Some(1)),
    ("area(", Some(1)),
];

/// The code of `text` without comments and without its unit tests (a
/// `#[cfg(test)]` module at the end of a file), line by line.
fn code_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = match line.find("//") {
            // A `//` inside a string ("https://") is not a comment: only
            // cut where the quotes before it are balanced.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        out.push(code.to_owned());
    }
    out
}

/// The arguments of the call whose `(` ends `text[..open]`, split at
/// top-level commas (strings and brackets respected), with the byte offset
/// each starts at.
fn arguments(text: &str, open: usize) -> Vec<(usize, &str)> {
    let mut depth = 0_i32;
    let mut in_string = false;
    let mut escaped = false;
    let mut start = open;
    let mut out = Vec::new();
    for (i, c) in text[open..].char_indices() {
        let at = open + i;
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    out.push((start, &text[start..at]));
                    return out;
                }
            }
            ',' if depth == 0 => {
                out.push((start, &text[start..at]));
                start = at + 1;
            }
            _ => {}
        }
    }
    out
}

/// The string literal an argument is, or the format string of the
/// `format!` it is (with `&` or `.to_owned()` and the like around it).
fn english_in(argument: &str) -> Option<String> {
    let a = argument.trim().trim_start_matches('&').trim_start();
    let literal = if let Some(rest) = a.strip_prefix('"') {
        rest.split('"').next()
    } else if let Some(rest) = a.strip_prefix("format!(") {
        rest.trim_start()
            .strip_prefix('"')
            .and_then(|r| r.split('"').next())
    } else {
        None
    }?;
    // Words, not just punctuation and placeholders: "{} · {}" glues data.
    let mut words = String::new();
    let mut depth = 0;
    for c in literal.replace("\\n", " ").chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => words.push(c),
            _ => {}
        }
    }
    let words = words.replace("Heartland", "");
    // A file name or an id ("heartland-{}.png", "{}.view.json"): lower-case
    // letters, digits, dots and hyphens, no space: not words.
    let file_name = words.contains(['.', '-'])
        && words
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c));
    (words.chars().any(char::is_alphabetic) && !file_name).then(|| literal.to_owned())
}

/// Texts that are not for the window: the program's own name, and the
/// launch timing log (stderr, for developers).
const NOT_WORDS: [&str; 2] = ["Heartland", "frame {}: {what}"];

/// Every user-visible English literal of `files` not routed through `tr`,
/// as `file:line: literal`.
fn untranslated(files: &[PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).expect("a source file reads");
        let lines = code_lines(&text);
        let code = lines.join("\n");
        let line_of = |at: usize| code[..at].matches('\n').count() + 1;
        let place = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        for (call, which) in CALLS.iter().chain(&MORE_CALLS) {
            let mut from = 0;
            while let Some(at) = code[from..].find(call) {
                let open = from + at + call.len();
                from = open;
                for (k, (start, argument)) in arguments(&code, open).into_iter().enumerate() {
                    if which.is_some_and(|w| w != k) {
                        continue;
                    }
                    if let Some(english) = english_in(argument)
                        && !NOT_WORDS.contains(&english.as_str())
                    {
                        found.push(format!("{place}:{}: {call} \"{english}\"", line_of(start)));
                    }
                }
            }
        }
        // Text built for a user to read (hover texts, sources, periods): a
        // `format!` with words is English that missed the door (ids and
        // data glued with punctuation have none). A line of the launch
        // timing log (stderr, for developers) is not for a user.
        let mut from = 0;
        while let Some(at) = code[from..].find("format!(") {
            let start = from + at;
            from = start + "format!(".len();
            if code[..start].ends_with("launch_step(&") {
                continue;
            }
            if let Some(english) = english_in(&code[start..])
                && !NOT_WORDS.contains(&english.as_str())
            {
                found.push(format!("{place}:{}: format! \"{english}\"", line_of(start)));
            }
        }
        // A phrase as a literal where a text is chosen.
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            for marker in ["=> \"", "map_or(\"", "|| \"", "push_str(\""] {
                if let Some(at) = t.find(marker)
                    && let Some(english) = english_in(&t[at + marker.len() - 1..])
                    && english.contains(' ')
                {
                    found.push(format!("{place}:{}: \"{english}\"", i + 1));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_scan_finds_english_that_misses_the_door() {
    let dir = std::env::temp_dir().join(format!("heartland-i18n-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("sample.rs");
    std::fs::write(
        &file,
        r#"
fn panel(ui: &mut Ui) {
    ui.heading("Inspector");
    ui.label(format!("Capital: {capital}"));
    ui.checkbox(&mut on, "Labels");
    egui::ComboBox::new("an-id", "Metric");
    ui.label(tr("inspector-heading", "Inspector"));
    ui.label(format!("{} · {}", code, group));
    ui.label(&note);
    field(ui, "Score", score, &refusals, &["score"]);
    let text = match x {
        None => "not yet proposed".to_owned(),
        Some(_) => String::new(),
    };
}
#[cfg(test)]
mod tests {
    fn t() { ui.label("in a test"); }
}
"#,
    )
    .expect("the sample writes");
    let found = untranslated(std::slice::from_ref(&file));
    let _ = std::fs::remove_dir_all(&dir);
    let texts: Vec<&str> = found
        .iter()
        .map(|f| f.split_once(": ").map_or("", |(_, t)| t))
        .collect();
    assert_eq!(
        texts,
        [
            // Sorted as text: lines 10 and 12 before line 3.
            "field( \"Score\"",
            "\"not yet proposed\"",
            ".heading( \"Inspector\"",
            ".label( \"Capital: {capital}\"",
            "format! \"Capital: {capital}\"",
            ".checkbox( \"Labels\"",
            "ComboBox::new( \"Metric\"",
        ],
        "{found:#?}"
    );
    assert!(found[1].ends_with(":12: \"not yet proposed\""), "{found:?}");
}

#[test]
fn every_word_of_the_panels_and_the_map_goes_through_tr() {
    let files = watched_files();
    assert!(files.len() > 10, "the panels' files: {files:?}");
    let found = untranslated(&files);
    assert!(
        found.is_empty(),
        "English that does not go through tr/trf/trn ({}):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The app at `width` × `height` with Kazakhstan selected by a click on
/// the map.
fn kazakhstan_selected(width: f32, height: f32) -> Harness<'static, HeartlandApp> {
    let mut harness = app_harness_at(Vec2::new(width, height));
    let pos = screen_pos(&harness, 67.0, 48.0);
    click_at(&mut harness, pos);
    assert_eq!(
        harness.state().state().selection.country,
        Some(code("KAZ")),
        "the click selects Kazakhstan"
    );
    harness
}

/// Whether a widget whose label contains `text` is shown.
fn shows(harness: &Harness<'_, HeartlandApp>, text: &str) -> bool {
    harness
        .query_all(By::new().label_contains(text))
        .next()
        .is_some()
}

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

#[test]
fn the_inspector_of_a_state_speaks_russian() {
    let _russian = InLocale::set(Locale::Russian);
    let harness = kazakhstan_selected(1400.0, 900.0);
    let year = harness.state().state().year;
    for russian in [
        "Столица: ".to_owned(),
        format!("Членство (на {year} г.)"),
        format!("Отношения в {year}"),
        format!("Сеть в {year}"),
        "Добавить членство".to_owned(),
        "Снять выделение".to_owned(),
    ] {
        assert!(shows(&harness, &russian), "the inspector shows “{russian}”");
    }
    for english in [
        "Capital: ",
        "Memberships (as of",
        "Relations in",
        "Network in",
        "Add a membership",
        "Clear selection",
    ] {
        assert!(!shows(&harness, english), "no English “{english}” is left");
    }
}

#[test]
fn the_inspector_of_a_relation_speaks_russian() {
    let _russian = InLocale::set(Locale::Russian);
    let mut harness = kazakhstan_selected(1400.0, 900.0);
    let year = harness.state().state().year;
    // The first relation of the bundled data that has a score this year.
    let (a, b, d) = {
        let app = harness.state();
        let r = app
            .session()
            .dataset()
            .relations
            .iter()
            .find(|r| r.score_at(year).is_some() && r.dimension == Dimension::ALL[0])
            .expect("a relation with a score this year");
        (r.a, r.b, r.dimension)
    };
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Command::Select(Selection {
            relation: Some((a, b, d)),
            ..Selection::default()
        }),
    );
    harness.run_steps(2);
    for russian in [
        "Свидетельства",
        "Добавить период",
        "Построить график всех измерений этой пары",
        "Изменить ",
        "Источник: ",
    ] {
        assert!(shows(&harness, russian), "the inspector shows “{russian}”");
    }
    for english in [
        "Evidence",
        "Add a period",
        "Plot every dimension",
        "Source: ",
    ] {
        assert!(!shows(&harness, english), "no English “{english}” is left");
    }
}

/// Every labelled widget of the inspector (right of and below its
/// heading), with its rectangle.
fn inspector_widgets(harness: &Harness<'_, HeartlandApp>, heading: Rect) -> Vec<(String, Rect)> {
    harness
        .query_all(By::new().predicate(|_| true))
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let rect = node.rect();
            (!label.is_empty()
                && rect.left() >= heading.left() - 1.0
                && rect.top() >= heading.top() - 1.0)
                .then(|| (label.clone(), rect))
        })
        .collect()
}

#[test]
fn the_pseudo_locale_inspector_stays_inside_its_panel() {
    let (width, height) = (1280.0, 800.0);
    let _pseudo = InLocale::set(Locale::Pseudo);
    let harness = kazakhstan_selected(width, height);
    // The heading is the state's name: data, not lengthened.
    let heading = harness.get_by_label("Kazakhstan").rect();
    assert!(
        heading.left() > width / 2.0,
        "the inspector keeps to the right: {heading:?}"
    );
    let widgets = inspector_widgets(&harness, heading);
    let clear = tr("inspector-clear-selection", "Clear selection");
    assert!(
        widgets.iter().any(|(label, _)| *label == clear),
        "the lengthened words are the inspector's: {widgets:#?}"
    );
    assert!(widgets.len() > 10, "{widgets:#?}");
    let out: Vec<_> = widgets
        .iter()
        .filter(|(_, r)| r.right() > width + 0.5)
        .collect();
    assert!(
        out.is_empty(),
        "widgets run out of the inspector ({width} px): {out:#?}"
    );
    // And the panel did not take the map to hold them (it grows to its
    // widest row, as in English, which is about 350 px at this size).
    assert!(
        heading.left() >= width - 440.0,
        "the inspector is at most 440 px wide: starts at {}",
        heading.left()
    );
}
