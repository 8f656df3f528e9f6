//! Counts in tour captions agree with the map beside them.
//!
//! A teacher reads the captions aloud; a caption that says "141 in favour"
//! over a map that shows 140 states in favour teaches the wrong number. For
//! every step of every bundled tour that shows a stance, each count the
//! caption states for a position must equal the map's count for that
//! position (`shown::Shown`, what the window, `render` and `export` draw).
//!
//! ## How counts are found
//!
//! A count is a number written in digits (`141`, `1,768`) followed directly
//! by a position phrase of the caption's language, optionally with one noun
//! between them (`39 states voted in favour`, `35 abstentions`,
//! `12 members did not vote`). Position phrases, per language:
//!
//! | position | English | Russian |
//! |---|---|---|
//! | yes | in favour, in favor, voted in favour, voted for, yes | за, проголосовали за |
//! | no | against, voted against, no | против, проголосовали против |
//! | abstain | abstained, abstaining, abstention(s), abstain | воздержались, воздержавшихся |
//! | absent | absent, did not vote, not voting, non-voting | не голосовали, отсутствовали |
//! | recognizes | recognised, recognized, recognise(s), recognize(s) | признали, признаёт |
//! | accepts without recognising | accepted without recognising, accept without recognising | приняли без признания |
//! | rejects | rejected, reject(s) | отвергли |
//! | silent | stayed silent, silent | промолчали |
//! | not recorded | not recorded | не записаны |
//!
//! Years (four digits from 1900 to 2100, without a comma) are not counts.
//! Numbers in words ("five") are not read: "none of the five recognised"
//! would be misread as five recognitions. Write counts of the map in digits.
//! A count of a subset (the 49 Muslim-majority states of one article) is
//! not a count of the map: word it without a position phrase right after
//! the number, and attribute it.
#![allow(
    clippy::panic,
    reason = "test helpers may panic: that is a failed test"
)]

use heartland::data::load_bundled;
use heartland::model::Position;
use heartland::shown::{Shown, StanceCell};
use heartland::tour::{BUNDLED, Tour};

/// The nouns allowed between a number and its position phrase.
const NOUNS: [&str; 8] = [
    "states",
    "members",
    "countries",
    "votes",
    "государств",
    "государства",
    "стран",
    "страны",
];

/// Position phrases of one language, longest first within a position so
/// that "voted in favour" wins over "for".
fn phrases(lang: &str) -> Vec<(StanceCell, &'static str)> {
    use Position as P;
    use StanceCell::{NotRecorded, Recorded};
    match lang {
        "ru" => vec![
            (Recorded(P::Yes), "проголосовали за"),
            (Recorded(P::Yes), "за"),
            (Recorded(P::No), "проголосовали против"),
            (Recorded(P::No), "против"),
            (Recorded(P::Abstain), "воздержавшихся"),
            (Recorded(P::Abstain), "воздержались"),
            (Recorded(P::Absent), "не голосовали"),
            (Recorded(P::Absent), "отсутствовали"),
            (Recorded(P::Recognizes), "признали"),
            (Recorded(P::Recognizes), "признаёт"),
            (
                Recorded(P::AcceptsWithoutRecognising),
                "приняли без признания",
            ),
            (Recorded(P::Rejects), "отвергли"),
            (Recorded(P::Silent), "промолчали"),
            (NotRecorded, "не записаны"),
        ],
        _ => vec![
            (Recorded(P::Yes), "voted in favour"),
            (Recorded(P::Yes), "voted in favor"),
            (Recorded(P::Yes), "voted for"),
            (Recorded(P::Yes), "in favour"),
            (Recorded(P::Yes), "in favor"),
            (Recorded(P::Yes), "yes"),
            (Recorded(P::No), "voted against"),
            (Recorded(P::No), "against"),
            (Recorded(P::No), "no"),
            (Recorded(P::Abstain), "abstentions"),
            (Recorded(P::Abstain), "abstention"),
            (Recorded(P::Abstain), "abstained"),
            (Recorded(P::Abstain), "abstaining"),
            (Recorded(P::Abstain), "abstain"),
            (Recorded(P::Absent), "did not vote"),
            (Recorded(P::Absent), "not voting"),
            (Recorded(P::Absent), "non-voting"),
            (Recorded(P::Absent), "absent"),
            (
                Recorded(P::AcceptsWithoutRecognising),
                "accepted without recognising",
            ),
            (
                Recorded(P::AcceptsWithoutRecognising),
                "accept without recognising",
            ),
            (Recorded(P::Recognizes), "recognised"),
            (Recorded(P::Recognizes), "recognized"),
            (Recorded(P::Recognizes), "recognises"),
            (Recorded(P::Recognizes), "recognizes"),
            (Recorded(P::Recognizes), "recognise"),
            (Recorded(P::Recognizes), "recognize"),
            (Recorded(P::Rejects), "rejected"),
            (Recorded(P::Rejects), "rejects"),
            (Recorded(P::Rejects), "reject"),
            (Recorded(P::Silent), "stayed silent"),
            (Recorded(P::Silent), "silent"),
            (NotRecorded, "not recorded"),
        ],
    }
}

/// A count a caption states: the position, the number, and the words it
/// was read from (for the failure message).
#[derive(Debug, PartialEq)]
struct Stated {
    cell: StanceCell,
    count: usize,
    text: String,
}

/// Words of a caption: runs of letters, digits, hyphens and thousands
/// commas inside numbers; everything else separates.
fn words(caption: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = caption.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let digit_comma = *c == ','
            && word.chars().all(|w| w.is_ascii_digit())
            && !word.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || *c == '-' || digit_comma {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Every count the caption states, by the pattern documented above.
fn stated_counts(caption: &str, lang: &str) -> Vec<Stated> {
    let words = words(caption);
    let table = phrases(lang);
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || !w.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            continue;
        }
        let Ok(count) = w.replace(',', "").parse::<usize>() else {
            continue;
        };
        if w.len() == 4 && (1900..=2100).contains(&count) {
            continue;
        }
        let mut at = i + 1;
        if words.get(at).is_some_and(|n| NOUNS.contains(&n.as_str())) {
            at += 1;
        }
        let rest = words.get(at..).unwrap_or_default();
        for (cell, phrase) in &table {
            let parts: Vec<&str> = phrase.split(' ').collect();
            if rest.len() >= parts.len() && rest.iter().zip(&parts).all(|(a, b)| a == b) {
                found.push(Stated {
                    cell: *cell,
                    count,
                    text: words[i..at + parts.len()].join(" "),
                });
                break;
            }
        }
    }
    found
}

/// The captions of a step, by language. Tours hold one caption (English)
/// today; a tour with per-language captions adds its languages here.
fn captions(step: &heartland::tour::Step) -> Vec<(&'static str, &str)> {
    vec![("en", step.caption.as_str())]
}

#[test]
fn the_pattern_reads_counts_next_to_position_words() {
    let c = stated_counts(
        "Resolution ES-11/1 passed with 141 in favour, 5 against and 35 abstentions; 12 members did not vote.",
        "en",
    );
    let got: Vec<(StanceCell, usize)> = c.iter().map(|s| (s.cell, s.count)).collect();
    assert_eq!(
        got,
        vec![
            (StanceCell::Recorded(Position::Yes), 141),
            (StanceCell::Recorded(Position::No), 5),
            (StanceCell::Recorded(Position::Abstain), 35),
            (StanceCell::Recorded(Position::Absent), 12),
        ],
        "{c:?}"
    );
    // A noun between the number and the phrase; a thousands comma.
    let c = stated_counts("1,200 states voted in favour and 3 rejected it.", "en");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].count, 1200, "{c:?}");
    assert_eq!(c[1].cell, StanceCell::Recorded(Position::Rejects), "{c:?}");
    // Not counts: years, resolution numbers, numbers in words, a number
    // far from any position word.
    for caption in [
        "On 14 March 2008 the Assembly adopted resolution 62/243.",
        "None of the five recognised it.",
        "The pipeline, 1,768 km long, opened in 2006.",
        "In 2014 against the odds.",
    ] {
        assert!(stated_counts(caption, "en").is_empty(), "{caption}");
    }
    let c = stated_counts("141 проголосовали за, 5 против", "ru");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].cell, StanceCell::Recorded(Position::No), "{c:?}");
}

#[test]
fn counts_in_captions_equal_the_map() {
    let dataset = load_bundled().dataset;
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (name, text) in BUNDLED {
        let tour = Tour::from_json(text.as_bytes(), name)
            .unwrap_or_else(|e| panic!("bundled tour does not parse: {e}"));
        for (i, step) in tour.steps.iter().enumerate() {
            let state = step.state();
            if !state.layers.stances {
                continue;
            }
            let shown = Shown::compute(&dataset, &state);
            let Some(stance) = &shown.stance else {
                continue;
            };
            for (lang, caption) in captions(step) {
                for stated in stated_counts(caption, lang) {
                    checked += 1;
                    let map = stance.count(stated.cell);
                    if map != stated.count {
                        wrong.push(format!(
                            "{name}: steps[{i}] ({lang}) says \"{}\" but the map of {} shows {map} {}",
                            stated.text,
                            stance.id,
                            stated.cell.label()
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The bundled tours state counts on their vote slides (62/243, ES-11/1):
    // the test must have read them, or it checks nothing.
    assert!(checked >= 6, "only {checked} counts found in the captions");
}

#[test]
fn a_caption_with_a_wrong_count_is_caught() {
    // The same check on a caption the map contradicts: 31 in favour over the
    // 62/243 map (39 in favour).
    let dataset = load_bundled().dataset;
    let tour = Tour::from_json(
        br#"{ "format": 1, "title": "t", "author": "a", "steps": [
            { "title": "s", "caption": "31 in favour, 7 against.",
              "view": { "year": 2008, "layers": { "stances": true }, "stance": "unga-62-243" } } ] }"#,
        "t.tour.json",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let shown = Shown::compute(&dataset, &tour.steps[0].state());
    let stance = shown.stance.as_ref().unwrap_or_else(|| panic!("a stance"));
    let stated = stated_counts(&tour.steps[0].caption, "en");
    let mismatched: Vec<usize> = stated
        .iter()
        .filter(|s| stance.count(s.cell) != s.count)
        .map(|s| s.count)
        .collect();
    assert_eq!(mismatched, vec![31], "31 is wrong, 7 is right: {stated:?}");
}
