//! The words of a figure: its title (what is shown, and when), the
//! attribution and the citation line, and greedy word wrapping.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::i18n::{Locale, locale, tr, trf};
use crate::model::{Dataset, Date, Dimension};
use crate::shown::Shown;
use crate::shown::compare::Moment;
use crate::state::{MembershipSet, State};

use super::Measure;

/// A date as people write it in the window's language: "2 March 2022",
/// "March 2022", "2022" (Russian "2 марта 2022 г.", Kazakh "2022 жылғы
/// 2 наурыз", Uzbek "2022-yil 2-mart").
pub fn human_date(date: &Date) -> String {
    let year = date.year();
    match (date.day(), date.month()) {
        (Some(day), Some(m)) => trf(
            "figure-date-day",
            "{ $day } { $month } { $year }",
            &[
                ("day", &day),
                ("month", &month_with_day(m)),
                ("year", &year),
            ],
        ),
        (None, Some(m)) => trf(
            "figure-date-month",
            "{ $month } { $year }",
            &[("month", &month_name(m)), ("year", &year)],
        ),
        _ => year.to_string(),
    }
}

/// Month `m` (1–12) named alone, as in "March 2022" (Russian "март").
pub fn month_name(m: u8) -> Cow<'static, str> {
    match m {
        1 => tr("month-1", "January"),
        2 => tr("month-2", "February"),
        3 => tr("month-3", "March"),
        4 => tr("month-4", "April"),
        5 => tr("month-5", "May"),
        6 => tr("month-6", "June"),
        7 => tr("month-7", "July"),
        8 => tr("month-8", "August"),
        9 => tr("month-9", "September"),
        10 => tr("month-10", "October"),
        11 => tr("month-11", "November"),
        12 => tr("month-12", "December"),
        _ => Cow::Borrowed(""),
    }
}

/// Month `m` (1–12) as it is written after a day, as in "2 March 2022"
/// (Russian's genitive, "2 марта").
pub fn month_with_day(m: u8) -> Cow<'static, str> {
    match m {
        1 => tr("month-1-day", "January"),
        2 => tr("month-2-day", "February"),
        3 => tr("month-3-day", "March"),
        4 => tr("month-4-day", "April"),
        5 => tr("month-5-day", "May"),
        6 => tr("month-6-day", "June"),
        7 => tr("month-7-day", "July"),
        8 => tr("month-8-day", "August"),
        9 => tr("month-9-day", "September"),
        10 => tr("month-10-day", "October"),
        11 => tr("month-11-day", "November"),
        12 => tr("month-12-day", "December"),
        _ => Cow::Borrowed(""),
    }
}

pub use crate::i18n::lowercase;

/// Whether the window's language writes the dotted and dotless i apart
/// (Turkish, Azerbaijani: I ı, İ i), which Rust's case mapping does not
/// know.
fn dotted_i() -> bool {
    matches!(locale(), Locale::Turkish | Locale::Azerbaijani)
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
                .map_or_else(|| org.to_string(), |o| o.display_acronym().into_owned())
        })
        .collect();
    let and = tr("figure-and", "and");
    Some(match (state.membership_set, names.as_slice()) {
        (_, [one]) => trf("figure-members-of", "{ $orgs } members", &[("orgs", one)]),
        (MembershipSet::Union, _) => trf(
            "figure-members-of",
            "{ $orgs } members",
            &[("orgs", &and_list(&names, &and))],
        ),
        (MembershipSet::Intersection, [a, b]) => trf(
            "figure-members-of-both",
            "Members of both { $a } and { $b }",
            &[("a", a), ("b", b)],
        ),
        (MembershipSet::Intersection, _) => trf(
            "figure-members-of-all",
            "Members of all of { $orgs }",
            &[("orgs", &and_list(&names, &and))],
        ),
        (MembershipSet::Difference, [first, rest @ ..]) => trf(
            "figure-members-not-in",
            "{ $first } members not in { $rest }",
            &[
                ("first", first),
                ("rest", &and_list(rest, &tr("figure-or", "or"))),
            ],
        ),
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
        return Some(tr("figure-relations", "relations").into_owned());
    }
    let names: Vec<String> = dims.iter().map(|d| lowercase(&d.label())).collect();
    Some(trf(
        "figure-relations-of",
        "{ $dimensions } relations",
        &[("dimensions", &and_list(&names, &tr("figure-and", "and")))],
    ))
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

/// A moment of a comparison as a figure's panel is headed with it, in the
/// figure's language like the rest of the figure: the year, or the
/// stance's short name (its title up to a colon, as the data has it) with
/// its date as people write it ("UN GA resolution ES-11/1 (2 марта
/// 2022 г.)"), unless the name already gives its year.
pub fn moment_label(dataset: &Dataset, moment: &Moment) -> String {
    let stance = match moment {
        Moment::Year(year) => return year.to_string(),
        Moment::Stance(id) => match dataset.stances.get(id) {
            Some(stance) => stance,
            None => return id.to_string(),
        },
    };
    let short = crate::shown::stance_short_name(stance);
    if short.contains(&stance.date.year().to_string()) {
        short.to_owned()
    } else {
        format!("{short} ({})", human_date(&stance.date))
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some('i') if dotted_i() => std::iter::once('İ').chain(chars).collect(),
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
        parts.push(tr("figure-corridors", "corridors").into_owned());
    }
    if let Some(metric) = state.analysis.size_by.metric()
        && shown.metrics.is_some()
    {
        parts.push(trf(
            "figure-capitals-sized",
            "capitals sized by { $metric }",
            &[("metric", &lowercase(&metric.label()))],
        ));
    }
    if state.analysis.communities && shown.metrics.is_some() && shown.stance.is_none() {
        parts.push(tr("figure-communities", "communities").into_owned());
    }
    if let Some(diff) = shown.difference.as_ref().filter(|d| d.on_map) {
        // A difference map: what changed, between which moments.
        return if parts.is_empty() {
            diff.title(dataset)
        } else {
            trf(
                "compare-figure-title",
                "{ $layers }: { $changes }",
                &[
                    // The title's first word is capitalised, as every title.
                    ("layers", &capitalised(&parts.join(" · "))),
                    ("changes", &diff.title(dataset)),
                ],
            )
        };
    }
    let year = shown.year;
    match stance_phrase(dataset, shown) {
        Some((stance, stance_year)) => {
            if !parts.is_empty() {
                trf(
                    "figure-title-stance-and",
                    "{ $stance }: stances · { $layers }, { $year }",
                    &[
                        ("stance", &stance),
                        ("layers", &parts.join(" · ")),
                        ("year", &year),
                    ],
                )
            } else if stance_year == year {
                trf(
                    "figure-title-stance",
                    "{ $stance }: stances",
                    &[("stance", &stance)],
                )
            } else {
                trf(
                    "figure-title-stance-map-of",
                    "{ $stance }: stances · map of { $year }",
                    &[("stance", &stance), ("year", &year)],
                )
            }
        }
        None if parts.is_empty() => trf(
            "figure-title-countries",
            "Countries, { $year }",
            &[("year", &year)],
        ),
        None => format!("{}, {year}", capitalised(&parts.join(" · "))),
    }
}

/// The attribution line: the borders' source and how current the data is.
/// `as_of` is the date the data is current to (`sources.json`'s `as_of`);
/// data without one says so rather than borrowing another date.
pub fn attribution(as_of: Option<Date>) -> String {
    match as_of {
        Some(date) => trf(
            "figure-attribution",
            "Data as of { $date } · Borders: Natural Earth (public domain)",
            &[("date", &date)],
        ),
        None => tr(
            "figure-attribution-no-date",
            "Data: no as-of date given · Borders: Natural Earth (public domain)",
        )
        .into_owned(),
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
/// <as_of> · sources: <ids>`, the date as the window's language writes it
/// ([`human_date`]), the source ids as the data files write them.
pub fn citation(as_of: Option<Date>, sources: &[String]) -> String {
    let as_of = as_of.map_or_else(
        || tr("figure-citation-no-date", "no as-of date given").into_owned(),
        |d| human_date(&d),
    );
    let sources = if sources.is_empty() {
        tr(
            "figure-citation-no-sources",
            "none (no sourced fact is shown)",
        )
        .into_owned()
    } else {
        sources.join(", ")
    };
    trf(
        "figure-citation",
        "Heartland { $version } · data as of { $date } · sources: { $sources }",
        &[
            ("version", &env!("CARGO_PKG_VERSION")),
            ("date", &as_of),
            ("sources", &sources),
        ],
    )
}

/// Break `text` into lines no wider than `max_width` at spaces; a word
/// wider than a line is broken between characters. Never empty for
/// non-empty text; explicit newlines start new lines.
///
/// Greedy: each line takes as many words as fit. The lines are those of
/// trying the words one at a time, but each line is measured about twice
/// (and the words once, together) instead of once per word it holds: the
/// number of words that fit is guessed from the words' own widths, then
/// checked against the measured line (so the guess never decides, as long
/// as a line with one more word is never narrower, which holds for text).
pub fn wrap_text(measure: &mut dyn Measure, text: &str, size: f32, max_width: f32) -> Vec<String> {
    wrap_text_lines(measure, text, size, max_width, usize::MAX)
}

/// [`wrap_text`], stopping once more than `max_lines` lines are made: the
/// first `max_lines` lines are the same, and one more line says that some
/// did not fit (all that [`clamp_lines`] needs to know).
pub fn wrap_text_lines(
    measure: &mut dyn Measure,
    text: &str,
    size: f32,
    max_width: f32,
    max_lines: usize,
) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        if lines.len() > max_lines {
            break;
        }
        let words: Vec<&str> = paragraph.split(' ').filter(|w| !w.is_empty()).collect();
        let mut fit = Fit {
            measure: &mut *measure,
            size,
            max_width,
            widths: None,
            space: None,
        };
        let mut line = String::new();
        let mut next = 0;
        while next < words.len() && lines.len() <= max_lines {
            let taken = fit.words_after(&line, &words, next);
            if taken > 0 {
                for word in &words[next..next + taken] {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                }
                next += taken;
                if next < words.len() {
                    // The next word did not fit: it starts the next line.
                    lines.push(std::mem::take(&mut line));
                }
                continue;
            }
            if !line.is_empty() {
                // (After a word broken between characters.)
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the line: break it between characters.
            for c in words[next].chars() {
                let mut longer = line.clone();
                longer.push(c);
                if !line.is_empty() && fit.measure.width(&longer, size) > max_width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = longer;
                }
            }
            next += 1;
        }
        lines.push(line);
    }
    lines
}

/// How many of a paragraph's words fit after a line ([`wrap_text_lines`]).
struct Fit<'m> {
    measure: &'m mut dyn Measure,
    size: f32,
    max_width: f32,
    /// The widths of the paragraph's words (measured at the first need).
    widths: Option<Vec<f32>>,
    /// The width of a space.
    space: Option<f32>,
}

impl Fit<'_> {
    /// The most words from `words[next..]` that fit after `line` (with a
    /// space between words): 0 when the first does not.
    fn words_after(&mut self, line: &str, words: &[&str], next: usize) -> usize {
        let rest = words.len() - next;
        // The guess: the line's width and each word's with a space.
        let space = *self
            .space
            .get_or_insert_with(|| self.measure.width(" ", self.size));
        let mut width = if line.is_empty() {
            -space
        } else {
            self.measure.width(line, self.size)
        };
        let widths = self
            .widths
            .get_or_insert_with(|| self.measure.word_widths(words, self.size));
        let mut guess = 0;
        while guess < rest {
            width += space + widths.get(next + guess).copied().unwrap_or(0.0);
            if width > self.max_width {
                break;
            }
            guess += 1;
        }
        // The check, on the line itself: fewer words while it is too
        // wide, more while one more still fits.
        let mut fits = |count: usize| {
            let mut text = line.to_owned();
            for word in &words[next..next + count] {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
            self.measure.width(&text, self.size) <= self.max_width
        };
        let mut count = guess;
        if count > 0 && !fits(count) {
            count -= 1;
            while count > 0 && !fits(count) {
                count -= 1;
            }
        } else {
            while count < rest && fits(count + 1) {
                count += 1;
            }
        }
        count
    }
}

/// Keep at most `max_lines` lines; the last kept line ends in "…" when some
/// were cut (shortened until it fits `max_width`).
pub fn clamp_lines(
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
