//! The words of a figure: its title (what is shown, and when), the
//! attribution and the citation line, and greedy word wrapping.

use std::collections::BTreeSet;

use crate::model::{Dataset, Date, Dimension};
use crate::shown::Shown;
use crate::state::{MembershipSet, State};

use super::Measure;

/// A date as people write it: "2 March 2022", "March 2022", "2022".
pub fn human_date(date: &Date) -> String {
    let month = date
        .month()
        .and_then(|m| crate::model::MONTH_NAMES.get(usize::from(m).wrapping_sub(1)));
    match (date.day(), month) {
        (Some(day), Some(month)) => format!("{day} {month} {}", date.year()),
        (None, Some(month)) => format!("{month} {}", date.year()),
        _ => date.year().to_string(),
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// What the membership layer shows: "CSTO and EAEU members", "Members of
/// both CSTO and EAEU", "CSTO members not in EAEU".
fn memberships_phrase(dataset: &Dataset, state: &State, shown: &Shown) -> Option<String> {
    let orgs = &shown.memberships.organizations;
    if !state.layers.memberships || orgs.is_empty() {
        return None;
    }
    let names: Vec<String> = orgs
        .iter()
        .map(|org| {
            dataset
                .organizations
                .get(org)
                .map_or_else(|| org.to_string(), |o| o.acronym.clone())
        })
        .collect();
    Some(match (state.membership_set, names.as_slice()) {
        (_, [one]) => format!("{one} members"),
        (MembershipSet::Union, _) => format!("{} members", and_list(&names, "and")),
        (MembershipSet::Intersection, [a, b]) => format!("Members of both {a} and {b}"),
        (MembershipSet::Intersection, _) => {
            format!("Members of all of {}", and_list(&names, "and"))
        }
        (MembershipSet::Difference, [first, rest @ ..]) => {
            format!("{first} members not in {}", and_list(rest, "or"))
        }
        (MembershipSet::Difference, []) => return None,
    })
}

/// What the relation layer shows: "relations", "security relations".
fn relations_phrase(state: &State) -> Option<String> {
    if !state.layers.relations {
        return None;
    }
    let dims = &state.relations.dimensions;
    if dims.is_empty() || dims.len() >= Dimension::ALL.len() {
        return Some("relations".to_owned());
    }
    let names: Vec<String> = dims.iter().map(|d| d.label().to_lowercase()).collect();
    Some(format!("{} relations", and_list(&names, "and")))
}

/// The stance shown with its date, unless its title already names the
/// year: "UN GA resolution ES-11/1: Aggression against Ukraine (2 March
/// 2022)", "Recognition of Kosovo's declaration of independence (17
/// February 2008)".
fn stance_phrase(dataset: &Dataset, shown: &Shown) -> Option<(String, i32)> {
    let stance = dataset.stances.get(&shown.stance.as_ref()?.id)?;
    let year = stance.date.year();
    let text = if stance.title.contains(&year.to_string()) {
        stance.title.clone()
    } else {
        format!("{} ({})", stance.title, human_date(&stance.date))
    };
    Some((text, year))
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The figure's title: what the view shows and when. Layers in a fixed
/// order (memberships, relations, corridors, analysis), then the year;
/// a stance first, with its date, and the year of the other layers when
/// they are on or when it is not the stance's:
///
/// - "CSTO and EAEU members, 2024"
/// - "UN GA resolution ES-11/1: Aggression against Ukraine (2 March 2022):
///   stances · relations, 2022"
/// - "Countries, 2024" (only the base map)
///
/// The window shows the same text on one line at the top of the map.
pub fn title(dataset: &Dataset, state: &State, shown: &Shown) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(memberships_phrase(dataset, state, shown));
    parts.extend(relations_phrase(state));
    if state.layers.corridors && !shown.corridors.is_empty() {
        parts.push("corridors".to_owned());
    }
    if let Some(metric) = state.analysis.size_by.metric()
        && shown.metrics.is_some()
    {
        parts.push(format!(
            "capitals sized by {}",
            metric.label().to_lowercase()
        ));
    }
    if state.analysis.communities && shown.metrics.is_some() && shown.stance.is_none() {
        parts.push("communities".to_owned());
    }
    let year = shown.year;
    match stance_phrase(dataset, shown) {
        Some((stance, stance_year)) => {
            if !parts.is_empty() {
                format!("{stance}: stances · {}, {year}", parts.join(" · "))
            } else if stance_year == year {
                format!("{stance}: stances")
            } else {
                format!("{stance}: stances · map of {year}")
            }
        }
        None if parts.is_empty() => format!("Countries, {year}"),
        None => format!("{}, {year}", capitalised(&parts.join(" · "))),
    }
}

/// The attribution line: the borders' source and how current the data is.
/// `as_of` is the date the data is current to (`sources.json`'s `as_of`);
/// data without one says so rather than borrowing another date.
pub fn attribution(as_of: Option<Date>) -> String {
    match as_of {
        Some(date) => format!("Data as of {date} · Borders: Natural Earth (public domain)"),
        None => "Data: no as-of date given · Borders: Natural Earth (public domain)".to_owned(),
    }
}

/// The ids of the sources behind what is shown: the same rows the data
/// export writes (relations, memberships, corridors, stance positions),
/// sorted, each once.
pub fn figure_sources(dataset: &Dataset, shown: &Shown) -> Vec<String> {
    let export = crate::export::Export::of(dataset, shown);
    let ids: BTreeSet<String> = export
        .relations
        .iter()
        .map(|r| &r.source)
        .chain(export.memberships.iter().map(|r| &r.source))
        .chain(export.corridors.iter().map(|r| &r.source))
        .chain(export.stance.iter().map(|r| &r.source))
        .filter(|s| !s.is_empty())
        .cloned()
        .collect();
    ids.into_iter().collect()
}

/// The citation line at a figure's foot: `Heartland <version> · data as of
/// <as_of> · sources: <ids>`.
pub fn citation(as_of: Option<Date>, sources: &[String]) -> String {
    let as_of = as_of.map_or_else(|| "no as-of date given".to_owned(), |d| d.to_string());
    let sources = if sources.is_empty() {
        "none (no sourced fact is shown)".to_owned()
    } else {
        sources.join(", ")
    };
    format!(
        "Heartland {} · data as of {as_of} · sources: {sources}",
        env!("CARGO_PKG_VERSION")
    )
}

/// Break `text` into lines no wider than `max_width` at spaces; a word
/// wider than a line is broken between characters. Never empty for
/// non-empty text; explicit newlines start new lines.
pub fn wrap_text(measure: &mut dyn Measure, text: &str, size: f32, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if measure.width(&candidate, size) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if measure.width(word, size) <= max_width {
                line = word.to_owned();
                continue;
            }
            // A word wider than the line: break it between characters.
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if !line.is_empty() && measure.width(&next, size) > max_width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Keep at most `max_lines` lines; the last kept line ends in "…" when some
/// were cut (shortened until it fits `max_width`).
pub(super) fn clamp_lines(
    measure: &mut dyn Measure,
    mut lines: Vec<String>,
    size: f32,
    max_width: f32,
    max_lines: usize,
) -> Vec<String> {
    if lines.len() <= max_lines || max_lines == 0 {
        return lines;
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        let mut chars: Vec<char> = last.chars().collect();
        loop {
            let text: String = chars.iter().collect::<String>() + " …";
            if chars.is_empty() || measure.width(&text, size) <= max_width {
                *last = text;
                break;
            }
            chars.pop();
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::ApproxMeasure;

    #[test]
    fn dates_read_as_people_write_them() {
        let d = |s: &str| Date::parse(s).expect("date");
        assert_eq!(human_date(&d("2022-03-02")), "2 March 2022");
        assert_eq!(human_date(&d("2014-03")), "March 2014");
        assert_eq!(human_date(&d("2008")), "2008");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let mut m = ApproxMeasure;
        let text = "Heartland 0.1 · data as of 2025-01-01 · sources: a-very-long-source-id-without-spaces, b, c";
        let lines = wrap_text(&mut m, text, 10.0, 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 10.0) <= 120.0, "{line:?} is too wide");
        }
        let joined: String = lines.concat();
        assert_eq!(
            joined.replace(' ', ""),
            text.replace(' ', ""),
            "no character lost"
        );
        let clamped = clamp_lines(&mut m, lines, 10.0, 120.0, 2);
        assert_eq!(clamped.len(), 2);
        assert!(clamped[1].ends_with('…'), "{clamped:?}");
    }

    #[test]
    fn titles_name_what_is_shown_and_when() {
        let dataset = crate::data::load_bundled().dataset;
        let mut state = State {
            year: 2024,
            ..State::default()
        };
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(title(&dataset, &state, &shown), "Countries, 2024");

        state.layers.memberships = true;
        state.organizations = ["csto", "eaeu"]
            .into_iter()
            .filter_map(|s| crate::model::OrgId::try_from(s).ok())
            .collect();
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(
            title(&dataset, &state, &shown),
            "CSTO and EAEU members, 2024"
        );
        state.membership_set = MembershipSet::Intersection;
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(
            title(&dataset, &state, &shown),
            "Members of both CSTO and EAEU, 2024"
        );

        let mut state = State {
            year: 2022,
            ..State::default()
        };
        state.layers.stances = true;
        state.layers.relations = true;
        state.stance = crate::model::StanceId::try_from("unga-es-11-1").ok();
        let shown = Shown::compute(&dataset, &state);
        let t = title(&dataset, &state, &shown);
        assert!(t.contains("ES-11/1"), "{t}");
        assert!(t.contains("2 March 2022"), "the stance's date: {t}");
        assert!(t.ends_with("relations, 2022"), "the year: {t}");
    }
}
