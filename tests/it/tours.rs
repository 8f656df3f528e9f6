//! The bundled tours (`assets/tours/`) and the tour format as a user meets
//! it: every bundled tour parses, fits the bundled data, cites sources that
//! exist and keeps its quotes short; a tour naming something the data lacks
//! is refused with the step and the key.
#![allow(
    clippy::panic,
    reason = "test helpers may panic: that is a failed test"
)]

use std::collections::BTreeSet;

use heartland::data::load_bundled;
use heartland::tour::{BUNDLED, INTRODUCTION, Tour, slide_file_name};

fn bundled() -> Vec<(&'static str, Tour)> {
    BUNDLED
        .iter()
        .map(|(name, text)| {
            let tour = Tour::from_json(text.as_bytes(), name)
                .unwrap_or_else(|e| panic!("bundled tour does not parse: {e}"));
            (*name, tour)
        })
        .collect()
}

#[test]
fn every_file_in_assets_tours_is_bundled_and_current() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/tours");
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".tour.json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let bundled = BUNDLED.iter().find(|(n, _)| *n == name);
            assert_eq!(
                bundled.map(|(_, t)| *t),
                Some(text.as_str()),
                "{name} is missing from tour::BUNDLED or differs"
            );
            on_disk.insert(name);
        }
    }
    let listed: BTreeSet<String> = BUNDLED.iter().map(|(n, _)| (*n).to_owned()).collect();
    assert_eq!(on_disk, listed, "BUNDLED lists exactly the files on disk");
    assert!(listed.contains(INTRODUCTION), "the introduction is bundled");
}

#[test]
fn bundled_tours_validate_against_the_bundled_data() {
    let loaded = load_bundled();
    assert!(loaded.problems.is_empty(), "bundled data is clean");
    let tours = bundled();
    let topical = tours.iter().filter(|(n, _)| *n != INTRODUCTION).count();
    assert!(topical >= 4, "at least four topical tours, found {topical}");
    for (name, tour) in &tours {
        let errors = tour.check_references(&loaded.dataset, name);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert!(
            (5..=8).contains(&tour.steps.len()),
            "{name}: {} steps (5–8 expected)",
            tour.steps.len()
        );
        // One PNG per step: names must not collide.
        let files: BTreeSet<String> = tour
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| slide_file_name(i, &s.title))
            .collect();
        assert_eq!(files.len(), tour.steps.len(), "{name}: slide names unique");
    }
}

#[test]
fn topical_tours_cite_existing_sources_on_every_step() {
    let dataset = load_bundled().dataset;
    for (name, tour) in bundled() {
        if name == INTRODUCTION {
            continue;
        }
        for (i, step) in tour.steps.iter().enumerate() {
            let all_sources: Vec<_> = step.sources.iter().collect();
            // The tour's opening step may frame the topic without a claim.
            if i > 0 {
                assert!(
                    !all_sources.is_empty(),
                    "{name}: steps[{i}] ({}) cites no source",
                    step.title
                );
            }
            for id in all_sources {
                assert!(
                    dataset.sources.contains_key(id),
                    "{name}: steps[{i}] cites unknown source {id}"
                );
            }
            let lines = step.source_lines(&dataset);
            assert_eq!(lines.len(), step.sources.len(), "one line per source");
        }
    }
}

#[test]
fn quotes_in_captions_are_short() {
    for (name, tour) in bundled() {
        for (i, step) in tour.steps.iter().enumerate() {
            let parts: Vec<&str> = step.caption.split('"').collect();
            assert!(
                parts.len() % 2 == 1,
                "{name}: steps[{i}]: unbalanced quotation marks"
            );
            for quote in parts.iter().skip(1).step_by(2) {
                let words = quote.split_whitespace().count();
                assert!(
                    words <= 15,
                    "{name}: steps[{i}]: quote of {words} words: {quote}"
                );
            }
        }
    }
}

#[test]
fn each_step_shows_its_own_view() {
    for (name, tour) in bundled() {
        for (i, step) in tour.steps.iter().enumerate() {
            let state = step.state();
            if let Some(year) = step.view.year {
                assert_eq!(state.year, year, "{name}: steps[{i}] year");
            }
            if let Some(stance) = &step.view.stance {
                assert_eq!(state.stance.as_ref(), Some(stance), "{name}: steps[{i}]");
                assert!(
                    state.layers.stances,
                    "{name}: steps[{i}] names a stance but hides the stances layer"
                );
            }
            if step
                .view
                .organizations
                .as_ref()
                .is_some_and(|o| !o.is_empty())
            {
                assert!(
                    state.layers.memberships,
                    "{name}: steps[{i}] names organizations but hides the memberships layer"
                );
            }
            if step.view.corridors.as_ref().is_some_and(|c| !c.is_empty()) {
                assert!(
                    state.layers.corridors,
                    "{name}: steps[{i}] names corridors but hides the corridors layer"
                );
            }
        }
    }
}

#[test]
fn unknown_ids_are_reported_with_step_and_key() {
    let dataset = load_bundled().dataset;
    let json = r#"{ "format": 1, "title": "T", "author": "A", "steps": [
        { "title": "ok", "caption": "c", "view": { "organizations": ["csto"] } },
        { "title": "bad", "caption": "c", "sources": ["kazantsev-2023", "nobody-1999"],
          "view": { "organizations": ["csto", "warsaw-pact"], "corridors": ["silk-road"],
                    "stance": "unga-1-1", "selection": { "country": "ATA" },
                    "relations": { "focus": "GRL" } } } ] }"#;
    let tour = Tour::from_json(json.as_bytes(), "bad.tour.json").expect("the file itself is fine");
    let errors = tour.check_references(&dataset, "bad.tour.json");
    let found: Vec<(String, String)> = errors
        .iter()
        .map(|e| (e.location.clone(), e.reason.to_string()))
        .collect();
    for (location, word) in [
        ("steps[1].sources[1]", "nobody-1999"),
        ("steps[1].view.organizations[1]", "warsaw-pact"),
        ("steps[1].view.corridors[0]", "silk-road"),
        ("steps[1].view.stance", "unga-1-1"),
        ("steps[1].view.selection.country", "ATA"),
        ("steps[1].view.relations.focus", "GRL"),
    ] {
        assert!(
            found.iter().any(|(l, r)| l == location && r.contains(word)),
            "expected {location} naming {word}: {found:#?}"
        );
    }
    assert_eq!(errors.len(), 6, "nothing else is reported: {found:#?}");
    assert!(
        errors.iter().all(|e| e.file == "bad.tour.json"),
        "every error names the file"
    );
    assert!(
        Tour::load(json.as_bytes(), "bad.tour.json", &dataset).is_err(),
        "load refuses it"
    );
}

#[test]
fn a_saved_tour_loads_back_equal() {
    let (_, tour) = bundled().swap_remove(1);
    let text = tour.to_json_pretty();
    let back = Tour::from_json(text.as_bytes(), "saved.tour.json").expect("reads back");
    assert_eq!(back, tour, "round trip through the file format");
}

/// The tests that were `src/tour.rs`'s unit tests.
mod unit {
    use heartland::state::{Camera, State};
    use heartland::tour::*;

    const MINIMAL: &str = r#"{ "format": 1, "title": "T", "author": "A",
        "steps": [ { "title": "One", "caption": "C.", "view": { "year": 2008 } } ] }"#;

    #[test]
    fn minimal_tour_parses_and_round_trips() {
        let tour = Tour::from_json(MINIMAL.as_bytes(), "t.tour.json").unwrap();
        assert_eq!(tour.steps.len(), 1, "one step");
        assert_eq!(tour.steps[0].view.year, Some(2008), "view read");
        let back = Tour::from_json(tour.to_json_pretty().as_bytes(), "t.tour.json").unwrap();
        assert_eq!(back, tour, "round trip");
    }

    #[test]
    fn step_state_starts_from_the_default() {
        let tour = Tour::from_json(MINIMAL.as_bytes(), "t.tour.json").unwrap();
        let state = tour.steps[0].state();
        assert_eq!(state.year, 2008, "the view's year");
        assert_eq!(
            state.layers,
            State::default().layers,
            "keys the view lacks keep the default"
        );
    }

    #[test]
    fn errors_name_the_step_and_key() {
        let cases = [
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                    { "title": "a", "caption": "c", "view": {} },
                    { "title": "b", "caption": "c", "view": { "zooom": 2 } } ] }"#,
                "steps[1]",
                "zooom",
            ),
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                    { "title": "a", "caption": "c", "view": { "camera": { "center": [500, 0], "zoom": 1 } } } ] }"#,
                "steps[0].view.camera.center[0]",
                "longitude",
            ),
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                    { "title": "a", "caption": "c", "captoin": "x", "view": {} } ] }"#,
                "steps[0]",
                "captoin",
            ),
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                    { "title": " ", "caption": "c", "view": {} } ] }"#,
                "steps[0].title",
                "empty",
            ),
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                    { "title": "a", "caption": "c", "sources": ["Not An Id"], "view": {} } ] }"#,
                "steps[0].sources[0]",
                "not a valid",
            ),
            (
                r#"{ "format": 3, "title": "T", "author": "A", "steps": [] }"#,
                "format",
                "format 3",
            ),
            (
                r#"{ "format": 1, "title": "T", "author": "A", "steps": [] }"#,
                "steps",
                "at least one step",
            ),
            (
                r#"{ "format": 1, "title": "T", "steps": [] }"#,
                "",
                "author",
            ),
        ];
        for (json, location, reason) in cases {
            let e = Tour::from_json(json.as_bytes(), "bad.tour.json").unwrap_err();
            assert_eq!(e.file, "bad.tour.json", "file named: {e}");
            assert!(
                e.location.starts_with(location),
                "location {location:?} expected: {e}"
            );
            assert!(e.reason.contains(reason), "reason {reason:?} expected: {e}");
        }
    }

    #[test]
    fn long_caption_is_refused() {
        let caption = "word ".repeat(100);
        let json = format!(
            r#"{{ "format": 1, "title": "T", "author": "A", "steps": [
                {{ "title": "a", "caption": "{caption}", "view": {{}} }} ] }}"#
        );
        let e = Tour::from_json(json.as_bytes(), "t.tour.json").unwrap_err();
        assert_eq!(e.location, "steps[0].caption", "{e}");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = Tour::from_json(b"{\n \"format\": 1,\n", "t.tour.json").unwrap_err();
        assert!(e.location.starts_with("line "), "{e}");
    }

    #[test]
    fn slugs_are_file_safe() {
        assert_eq!(slug("The 62/243 vote"), "the-62-243-vote");
        assert_eq!(slug("  Moscow–Astana rift!  "), "moscow-astana-rift");
        assert_eq!(slug("Astana's choice"), "astanas-choice");
        assert_eq!(slug("Ümlaut ÇA"), "mlaut-a");
        assert_eq!(slug("—"), "step");
        assert!(slug(&"long ".repeat(40)).len() <= 52, "bounded");
        assert_eq!(slide_file_name(0, "Intro"), "01-intro.png");
        assert_eq!(slide_file_name(11, "x"), "12-x.png");
    }

    #[test]
    fn the_flight_starts_and_ends_on_the_cameras() {
        let from = Camera {
            center: [40.0, 40.0],
            zoom: 1.0,
        };
        let to = Camera {
            center: [70.0, 45.0],
            zoom: 4.0,
        };
        assert_eq!(interpolate(from, to, 0.0), from);
        assert_eq!(interpolate(from, to, 1.0), to);
        let mid = interpolate(from, to, 0.5);
        assert!((mid.zoom - 2.0).abs() < 1e-9, "{mid:?}");
        assert!((mid.center[0] - 55.0).abs() < 1e-9, "{mid:?}");
        let mut flight = Transition {
            from,
            to,
            start: None,
        };
        assert_eq!(flight.at(10.0), (from, false));
        assert!(!flight.at(10.3).1);
        assert_eq!(flight.at(10.0 + TRANSITION_SECONDS), (to, true));
    }

    #[test]
    fn the_flight_takes_the_short_way_across_the_antimeridian() {
        let from = Camera {
            center: [170.0, 0.0],
            zoom: 1.0,
        };
        let to = Camera {
            center: [-170.0, 0.0],
            zoom: 1.0,
        };
        let mid = interpolate(from, to, 0.5);
        assert!((mid.center[0].abs() - 180.0).abs() < 1e-9, "{mid:?}");
    }
}
