//! Bad input to the data loader (issue #3): every case gets a problem naming
//! the file, the place and the reason; nothing panics; the valid records
//! still load. Ends with property tests: arbitrary bytes and mutated valid
//! files never panic the loader.
//!
//! Each case starts from a small valid fixture (`fixture()`), breaks one
//! thing, and checks the exact problem and what still loaded. The cases
//! that give one problem are rows of one table (`cases()`); those with more
//! to check have tests of their own.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::collections::BTreeMap;

use heartland::data::{FileKind, Loaded, Problem, load_dir, load_files};
use heartland::model::{Dataset, OrgId, PlaceId, Relation, StanceId};

use crate::common::code;

const SOURCES: &str = r#"{ "format": 1,
  "sources": [
    { "id": "src-a", "title": "Document A", "author": "A. Author", "outlet": "Outlet", "date": "2023-09-26", "file": "a.txt" },
    { "id": "src-b", "title": "Document B", "outlet": "UN", "date": "2008" } ] }"#;

const COUNTRIES: &str = r#"{ "format": 1,
  "countries": [
    { "code": "KAZ", "name": "Kazakhstan", "capital": "astana", "group": "Central Asia", "source": "src-a" },
    { "code": "UZB", "name": "Uzbekistan", "capital": "tashkent", "group": "Central Asia" },
    { "code": "AZE", "name": "Azerbaijan", "capital": "baku", "group": "South Caucasus" },
    { "code": "ARM", "name": "Armenia", "group": "South Caucasus" },
    { "code": "RUS", "name": "Russia", "group": "Neighbour" } ] }"#;

const PLACES: &str = r#"{ "format": 1,
  "places": [
    { "id": "astana", "name": "Astana", "country": "KAZ", "kind": "capital", "lon": 71.43, "lat": 51.13 },
    { "id": "tashkent", "name": "Tashkent", "country": "UZB", "kind": "capital", "lon": 69.24, "lat": 41.31 },
    { "id": "baku", "name": "Baku", "country": "AZE", "kind": "capital", "lon": 49.87, "lat": 40.41 },
    { "id": "aktau", "name": "Aktau", "country": "KAZ", "kind": "port", "lon": 51.17, "lat": 43.65, "source": "src-a" },
    { "id": "alat", "name": "Alat", "country": "AZE", "kind": "port", "lon": 49.42, "lat": 39.95 },
    { "id": "samarkand", "name": "Samarkand", "country": "UZB", "kind": "city", "lon": 66.96, "lat": 39.65 } ] }"#;

const ORGANIZATIONS: &str = r##"{ "format": 1,
  "organizations": [
    { "id": "csto", "acronym": "CSTO", "name": "Collective Security Treaty Organization",
      "kind": "security", "founded": "1992-05-15", "color": "#b03a2e", "source": "src-a",
      "memberships": [
        { "country": "KAZ", "status": "member", "from": "1992-05-15" },
        { "country": "UZB", "status": "member", "from": "1992-05-15", "to": "1999-04-02" },
        { "country": "UZB", "status": "member", "from": "2006-08-16", "to": "2012-06-28",
          "source": "src-b", "note": "suspended its participation in 2012" },
        { "country": "ARM", "status": "member", "from": "1992-05-15" } ] },
    { "id": "eaeu", "acronym": "EAEU", "name": "Eurasian Economic Union", "kind": "economic",
      "memberships": [
        { "country": "KAZ", "status": "member", "from": "2015" },
        { "country": "ARM", "status": "member", "from": "2015" },
        { "country": "UZB", "status": "observer", "from": "2020-12" } ] } ] }"##;

const RELATIONS: &str = r#"{ "format": 1,
  "relations": [
    { "a": "AZE", "b": "KAZ", "dimension": "political", "directed": false,
      "series": [
        { "from": "2010", "to": "2016", "score": 0.4, "source": "src-a" },
        { "from": "2016", "to": "2018", "score": 0.7, "evidence": "refused to attend", "source": "src-a" } ] },
    { "a": "RUS", "b": "UZB", "dimension": "security",
      "series": [ { "from": "2012", "score": -0.2 } ] },
    { "a": "ARM", "b": "AZE", "dimension": "security",
      "series": [ { "from": "1992", "score": -0.9 } ] } ] }"#;

const CORRIDORS: &str = r#"{ "format": 1,
  "corridors": [
    { "id": "middle-corridor", "name": "Middle Corridor", "kind": "multimodal",
      "countries": ["KAZ", "AZE"], "organization": "eaeu",
      "segments": [ { "mode": "rail", "via": ["astana", "aktau"] },
                    { "mode": "sea", "via": ["aktau", [50.5, 41.0], "alat"] } ],
      "status": [ { "from": "2014", "status": "operational" } ],
      "facts": { "association": "office in Astana", "volume_mt_2022": 1.5 }, "source": "src-a" },
    { "id": "tcgp", "name": "Trans-Caspian Gas Pipeline", "kind": "gas-pipeline",
      "countries": ["AZE"],
      "segments": [ { "mode": "gas-pipeline", "via": [[53.0, 40.0], "baku"] } ],
      "status": [ { "from": "1996", "status": "proposed" } ] } ] }"#;

const STANCES: &str = r#"{ "format": 1,
  "stances": [
    { "id": "unga-62-243", "title": "UN GA resolution 62/243", "date": "2008-03-14", "kind": "un-vote",
      "source": "src-b", "positions": { "AZE": "yes", "UZB": "yes", "KAZ": "abstain", "RUS": "no" } },
    { "id": "kosovo", "title": "Kosovo's independence", "date": "2008-02-17", "kind": "recognition",
      "positions": { "RUS": "rejects", "AZE": "rejects" } } ] }"#;

/// The valid fixture text of one file.
fn fixture_text(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Sources => SOURCES,
        FileKind::Countries => COUNTRIES,
        FileKind::Places => PLACES,
        FileKind::Organizations => ORGANIZATIONS,
        FileKind::Relations => RELATIONS,
        FileKind::Corridors => CORRIDORS,
        FileKind::Stances => STANCES,
    }
}

/// The valid fixture: file name → text.
pub(crate) fn fixture() -> BTreeMap<&'static str, String> {
    FileKind::ALL
        .into_iter()
        .map(|kind| (kind.file_name(), fixture_text(kind).to_owned()))
        .collect()
}

/// The fixture with `from` replaced by `to` in `file` (which must contain it once).
pub(crate) fn with(file: &'static str, from: &str, to: &str) -> BTreeMap<&'static str, String> {
    let mut files = fixture();
    let text = files.get_mut(file).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "fixture {file} contains {from:?} once"
    );
    *text = text.replacen(from, to, 1);
    files
}

pub(crate) fn load(files: &BTreeMap<&'static str, String>) -> Loaded {
    let list: Vec<(&str, &[u8])> = files.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
    load_files(&list)
}

/// The single problem of `loaded`, or a failure listing them all.
fn single(loaded: &Loaded) -> &Problem {
    assert_eq!(
        loaded.problems.len(),
        1,
        "exactly one problem, got: {:#?}",
        loaded.problems
    );
    &loaded.problems[0]
}

fn csto(ds: &Dataset) -> &heartland::model::Organization {
    ds.organizations
        .get(&OrgId::try_from("csto").unwrap())
        .unwrap()
}

/// The fixture's relation AZE–KAZ (two periods).
fn aze_kaz(ds: &Dataset) -> &Relation {
    ds.relations.iter().find(|r| r.b.as_str() == "KAZ").unwrap()
}

fn corridor<'a>(ds: &'a Dataset, id: &str) -> &'a heartland::model::Corridor {
    ds.corridors.values().find(|c| c.id.as_str() == id).unwrap()
}

/// How a case breaks its file.
enum Break {
    /// `from` (found once in the fixture) replaced by `to`.
    Replace(&'static str, &'static str),
    /// The whole file replaced by this text.
    Text(&'static str),
    /// The file cut in half.
    Truncate,
}

/// What a problem's location or message must say.
enum Says {
    Is(&'static str),
    Starts(&'static str),
    Has(&'static str),
}

use Says::{Has, Is, Starts};

impl Says {
    fn check(&self, text: &str, case: &str, what: &str) {
        match self {
            Is(s) => assert_eq!(text, *s, "{case}: {what}"),
            Starts(s) => assert!(
                text.starts_with(s),
                "{case}: {what} starts with {s:?}: {text:?}"
            ),
            Has(s) => assert!(text.contains(s), "{case}: {what} contains {s:?}: {text:?}"),
        }
    }
}

/// One way to break the fixture that gives exactly one problem.
pub(crate) struct Case {
    /// What is wrong, in words (named when the case fails).
    pub(crate) name: &'static str,
    /// The file broken, and so the file the problem names.
    pub(crate) file: &'static str,
    broken: Break,
    /// What the problem's location says (`&[]`: not checked).
    at: &'static [Says],
    /// What its message says.
    why: &'static [Says],
    /// What must still have loaded (it asserts).
    kept: fn(&Dataset),
}

impl Case {
    pub(crate) fn files(&self) -> BTreeMap<&'static str, String> {
        match self.broken {
            Break::Replace(from, to) => with(self.file, from, to),
            Break::Text(text) => {
                let mut files = fixture();
                files.insert(self.file, text.to_owned());
                files
            }
            Break::Truncate => {
                let mut files = fixture();
                let text = files[self.file].clone();
                files.insert(self.file, text[..text.len() / 2].to_owned());
                files
            }
        }
    }

    fn check(&self) {
        let l = load(&self.files());
        let p = single(&l);
        assert_eq!(p.file, self.file, "{}: file", self.name);
        for says in self.at {
            says.check(&p.location, self.name, "where");
        }
        for says in self.why {
            says.check(&p.message, self.name, "why");
        }
        (self.kept)(&l.dataset);
    }
}

/// The cases of one problem each: file, place, reason, what still loads.
#[expect(clippy::too_many_lines, reason = "a table")]
pub(crate) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "truncated JSON",
            file: "relations.json",
            broken: Break::Truncate,
            at: &[Starts("line "), Has(", column ")],
            why: &[Has("truncated")],
            kept: |ds| {
                assert!(ds.relations.is_empty(), "nothing from the broken file");
                assert_eq!(ds.organizations.len(), 2, "other files still load");
            },
        },
        Case {
            name: "empty file",
            file: "stances.json",
            broken: Break::Text(""),
            at: &[Is("line 1, column 1")],
            why: &[
                Starts("the file is empty"),
                Has(r#"{"format": 1, "stances": [ … ]}"#),
            ],
            kept: |ds| assert_eq!(ds.relations.len(), 3, "other files still load"),
        },
        Case {
            name: "whitespace only is empty too",
            file: "stances.json",
            broken: Break::Text(" \n\t "),
            at: &[],
            why: &[Starts("the file is empty")],
            kept: |ds| assert_eq!(ds.relations.len(), 3, "other files still load"),
        },
        Case {
            name: "an array where the file object belongs",
            file: "stances.json",
            broken: Break::Text("\n  [ {\"id\": \"x\"} ]"),
            at: &[Is("line 2, column 3")],
            why: &[Has("must be a JSON object"), Has("not a list")],
            kept: |ds| assert!(ds.stances.is_empty(), "nothing from the broken file"),
        },
        Case {
            name: "an array where a record belongs",
            file: "organizations.json",
            broken: Break::Replace(
                r#"{ "id": "eaeu", "acronym": "EAEU""#,
                r#"[], { "id": "eaeu", "acronym": "EAEU""#,
            ),
            at: &[Is("organizations[1]")],
            why: &[Is("expected an object { … } here, not a list [ … ]")],
            kept: |ds| assert_eq!(ds.organizations.len(), 2, "csto and eaeu still load"),
        },
        Case {
            name: "the records list of the wrong type",
            file: "stances.json",
            broken: Break::Text(r#"{"format": 1, "stances": {"id": "x"}}"#),
            at: &[Is("stances")],
            why: &[Is(
                "\"stances\" must be a list [ … ] of records, not an object { … }",
            )],
            kept: |ds| assert_eq!(ds.relations.len(), 3, "other files still load"),
        },
        Case {
            name: "a string where a number belongs",
            file: "places.json",
            broken: Break::Replace(r#""lon": 66.96"#, r#""lon": "66.96""#),
            at: &[Is("places[5].lon")],
            why: &[Is("invalid type: string \"66.96\", expected a number")],
            kept: |ds| assert_eq!(ds.places.len(), 5, "the other places load"),
        },
        Case {
            name: "a string where a boolean belongs",
            file: "relations.json",
            broken: Break::Replace(r#""directed": false"#, r#""directed": "no""#),
            at: &[Is("relations[0].directed")],
            why: &[Starts("invalid type: string \"no\", expected a boolean")],
            kept: |ds| assert_eq!(ds.relations.len(), 2, "the other relations load"),
        },
        Case {
            name: "an unknown key is named with the expected ones",
            file: "organizations.json",
            broken: Break::Replace(
                r#""source": "src-a",
      "memberships""#,
                r#""source": "src-a",
      "memebrships""#,
            ),
            at: &[Is("organizations[0].memebrships")],
            why: &[
                Starts("unknown field \"memebrships\", expected one of"),
                Has("\"memberships\""),
            ],
            kept: |ds| assert_eq!(ds.organizations.len(), 1, "eaeu still loads"),
        },
        Case {
            name: "an unknown key at the top level",
            file: "stances.json",
            broken: Break::Replace(r#"{ "format": 1,"#, r#"{ "format": 1, "stanses": [],"#),
            at: &[Is("stanses")],
            why: &[Is(
                "unknown key \"stanses\" (expected \"format\" and \"stances\")",
            )],
            kept: |ds| assert_eq!(ds.stances.len(), 2, "records still load"),
        },
        Case {
            name: "an unknown country code",
            file: "relations.json",
            broken: Break::Replace(r#""a": "RUS", "b": "UZB""#, r#""a": "RUS", "b": "KZH""#),
            at: &[Is("relations[1].b")],
            why: &[Is(
                "unknown country code \"KZH\" (not an ISO 3166-1 alpha-3 code)",
            )],
            kept: |ds| assert_eq!(ds.relations.len(), 2, "the other relations load"),
        },
        Case {
            name: "a real code that countries.json does not list",
            file: "relations.json",
            broken: Break::Replace(r#""a": "RUS", "b": "UZB""#, r#""a": "RUS", "b": "CHN""#),
            at: &[Is("relations[1].b")],
            why: &[Is(
                "country \"CHN\" is not in countries.json (add it there first)",
            )],
            kept: |ds| assert_eq!(ds.relations.len(), 2, "the other relations load"),
        },
        Case {
            name: "a country code in lower case is explained",
            file: "stances.json",
            broken: Break::Replace(r#""KAZ": "abstain""#, r#""kaz": "abstain""#),
            at: &[Is("stances[0].positions.kaz")],
            why: &[Has("must be written in capitals")],
            kept: |ds| {
                let vote = &ds.stances[&StanceId::try_from("unga-62-243").unwrap()];
                assert_eq!(vote.positions.len(), 3, "the other positions are kept");
            },
        },
        Case {
            name: "an unknown organization id",
            file: "corridors.json",
            broken: Break::Replace(r#""organization": "eaeu""#, r#""organization": "eeu""#),
            at: &[Is("corridors[0].organization")],
            why: &[Is(
                "unknown organization id \"eeu\" (not among the valid records of organizations.json)",
            )],
            kept: |ds| assert_eq!(ds.corridors.len(), 1, "tcgp still loads"),
        },
        Case {
            name: "an unknown place among three points of a segment",
            file: "corridors.json",
            broken: Break::Replace(
                r#"[[53.0, 40.0], "baku"]"#,
                r#"[[53.0, 40.0], "bakku", "baku"]"#,
            ),
            at: &[Is("corridors[1].segments[0].via[1]")],
            why: &[Starts("unknown place id \"bakku\"")],
            kept: |ds| {
                let tcgp = corridor(ds, "tcgp");
                assert_eq!(tcgp.segments[0].via.len(), 2, "the valid points remain");
            },
        },
        Case {
            name: "a capital that is not a place",
            file: "countries.json",
            broken: Break::Replace(r#""capital": "tashkent""#, r#""capital": "taschkent""#),
            at: &[Is("countries[1].capital")],
            why: &[Starts("unknown place id \"taschkent\"")],
            kept: |ds| {
                let uzbekistan = &ds.countries[&code("UZB")];
                assert_eq!(
                    uzbekistan.capital, None,
                    "the country stays, without a capital"
                );
            },
        },
        Case {
            name: "an unknown source id",
            file: "places.json",
            broken: Break::Replace(r#""lat": 39.65"#, r#""lat": 39.65, "source": "src-z""#),
            at: &[Is("places[5].source")],
            why: &[Is(
                "unknown source id \"src-z\" (not among the valid records of sources.json)",
            )],
            kept: |ds| {
                let samarkand = PlaceId::try_from("samarkand").unwrap();
                assert!(!ds.places.contains_key(&samarkand), "dropped");
                assert_eq!(ds.places.len(), 5, "the others load");
            },
        },
        Case {
            name: "an impossible date",
            file: "organizations.json",
            broken: Break::Replace(r#""to": "1999-04-02""#, r#""to": "2019-13-45""#),
            at: &[Is("organizations[0].memberships[1].to")],
            why: &[Is(
                "invalid date \"2019-13-45\": month 13 is not between 1 and 12",
            )],
            kept: |ds| {
                let kept = csto(ds).memberships.len();
                assert_eq!(kept, 3, "only that membership is dropped");
            },
        },
        Case {
            name: "\"to\" before \"from\"",
            file: "organizations.json",
            broken: Break::Replace(r#""to": "1999-04-02""#, r#""to": "1990""#),
            at: &[Is("organizations[0].memberships[1].to")],
            why: &[Starts("\"to\" (1990) must be after \"from\" (1992-05-15)")],
            kept: |ds| {
                let kept = csto(ds).memberships.len();
                assert_eq!(kept, 3, "only that membership is dropped");
            },
        },
        Case {
            name: "overlapping membership periods",
            file: "organizations.json",
            broken: Break::Replace(r#""from": "2006-08-16""#, r#""from": "1998""#),
            at: &[Is("organizations[0].memberships[2]")],
            why: &[Is(
                "this period (1998 to 2012-06-28) overlaps memberships[1] (1992-05-15 to 1999-04-02) of UZB; periods of one country in one organization must not overlap",
            )],
            kept: |ds| assert_eq!(csto(ds).memberships.len(), 3, "the later one is dropped"),
        },
        Case {
            name: "overlapping relation periods",
            file: "relations.json",
            broken: Break::Replace(
                r#""from": "2016", "to": "2018""#,
                r#""from": "2015", "to": "2018""#,
            ),
            at: &[Is("relations[0].series[1]")],
            why: &[Has("overlaps series[0] (2010 to 2016)")],
            kept: |ds| assert_eq!(aze_kaz(ds).series.len(), 1, "the first period stays"),
        },
        Case {
            name: "a score out of range",
            file: "relations.json",
            broken: Break::Replace(r#""score": 0.4"#, r#""score": 7"#),
            at: &[Is("relations[0].series[0].score")],
            why: &[Is(
                "score 7 is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)",
            )],
            kept: |ds| assert_eq!(aze_kaz(ds).series.len(), 1, "the valid period stays"),
        },
        Case {
            name: "NaN is not JSON at all: a syntax error for the whole file",
            file: "relations.json",
            broken: Break::Replace(r#""score": 0.4"#, r#""score": NaN"#),
            at: &[Is("line 5, column 50")],
            why: &[Starts("JSON syntax error: expected value")],
            kept: |ds| assert!(ds.relations.is_empty(), "nothing from the broken file"),
        },
        Case {
            name: "a latitude off the globe",
            file: "places.json",
            broken: Break::Replace(r#""lat": 39.65"#, r#""lat": 95"#),
            at: &[Is("places[5].lat")],
            why: &[Is(
                "latitude 95 is off the globe (it must be between -90 and 90)",
            )],
            kept: |ds| assert_eq!(ds.places.len(), 5, "others load"),
        },
        Case {
            name: "a longitude off the globe",
            file: "corridors.json",
            broken: Break::Replace("[50.5, 41.0]", "[250.5, 41.0]"),
            at: &[Is("corridors[0].segments[1].via[1]")],
            why: &[Starts("longitude 250.5 is off the globe")],
            kept: |ds| {
                let middle = corridor(ds, "middle-corridor");
                assert_eq!(middle.segments[1].via.len(), 2, "the valid points remain");
            },
        },
        Case {
            name: "a duplicate id",
            file: "places.json",
            broken: Break::Replace(r#""id": "samarkand""#, r#""id": "aktau""#),
            at: &[Is("places[5].id")],
            why: &[Is(
                "duplicate id \"aktau\": already used by places[3]; this record is skipped",
            )],
            kept: |ds| {
                let aktau = &ds.places[&PlaceId::try_from("aktau").unwrap()];
                assert_eq!(aktau.name, "Aktau", "first kept");
            },
        },
        Case {
            name: "the same undirected relation written the other way round",
            file: "relations.json",
            broken: Break::Replace(
                r#""a": "ARM", "b": "AZE", "dimension": "security""#,
                r#""a": "KAZ", "b": "AZE", "dimension": "political""#,
            ),
            at: &[Is("relations[2]")],
            why: &[Starts(
                "duplicate relation KAZ–AZE (political): already given at relations[0]",
            )],
            kept: |ds| assert_eq!(ds.relations.len(), 2, "the first is kept"),
        },
        Case {
            name: "a relation with itself",
            file: "relations.json",
            broken: Break::Replace(r#""a": "RUS", "b": "UZB""#, r#""a": "UZB", "b": "UZB""#),
            at: &[Is("relations[1].b")],
            why: &[Is(
                "a relation of UZB with itself; \"a\" and \"b\" must be different states",
            )],
            kept: |ds| assert_eq!(ds.relations.len(), 2, "the others load"),
        },
        Case {
            name: "a format from the future",
            file: "stances.json",
            broken: Break::Replace(r#""format": 1"#, r#""format": 3"#),
            at: &[Is("format")],
            why: &[Starts(
                "the file was made by a newer Heartland (format 3; this version reads up to 2)",
            )],
            kept: |ds| {
                assert!(ds.stances.is_empty(), "a newer file is not guessed at");
                assert_eq!(ds.corridors.len(), 2, "other files load");
            },
        },
        Case {
            name: "a format written as a string",
            file: "stances.json",
            broken: Break::Replace(r#""format": 1"#, r#""format": "1""#),
            at: &[],
            why: &[Starts("\"format\" must be a version number such as 2")],
            kept: |ds| assert_eq!(ds.corridors.len(), 2, "other files load"),
        },
        Case {
            name: "a missing format",
            file: "stances.json",
            broken: Break::Replace(r#""format": 1,"#, ""),
            at: &[],
            why: &[Starts("missing key \"format\"")],
            kept: |ds| assert_eq!(ds.stances.len(), 2, "assumed format 1 and loaded"),
        },
    ]
}

#[test]
fn each_break_is_one_problem_naming_file_place_and_reason_and_the_rest_loads() {
    let cases = cases();
    let failed: Vec<&str> = cases
        .iter()
        .filter(|case| std::panic::catch_unwind(|| case.check()).is_err())
        .map(|case| case.name)
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed (each failure is printed above): {failed:#?}",
        failed.len(),
        cases.len()
    );
}

#[test]
fn the_fixture_is_valid() {
    let l = load(&fixture());
    assert!(
        l.problems.is_empty(),
        "fixture must be clean: {:#?}",
        l.problems
    );
    let ds = &l.dataset;
    assert_eq!(ds.sources.len(), 2, "sources");
    assert_eq!(ds.countries.len(), 5, "countries");
    assert_eq!(ds.places.len(), 6, "places");
    assert_eq!(ds.organizations.len(), 2, "organizations");
    assert_eq!(csto(ds).memberships.len(), 4, "csto memberships");
    assert_eq!(csto(ds).color, Some([0xb0, 0x3a, 0x2e]), "colour parsed");
    assert_eq!(ds.relations.len(), 3, "relations");
    assert_eq!(ds.corridors.len(), 2, "corridors");
    assert_eq!(ds.stances.len(), 2, "stances");
    let pairs: Vec<(&str, &str)> = ds
        .relations
        .iter()
        .map(|r| (r.a.as_str(), r.b.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [("ARM", "AZE"), ("AZE", "KAZ"), ("RUS", "UZB")],
        "sorted by (a, b)"
    );
}

#[test]
fn a_broken_file_is_not_buried_under_the_references_it_breaks() {
    // With places.json unreadable, 8 references elsewhere (3 capitals, 5
    // corridor waypoints) cannot resolve: one line counts them instead of
    // eight lines hiding the one that matters.
    let mut files = fixture();
    let text = files["places.json"].clone();
    files.insert("places.json", text[..text.len() / 2].to_owned());
    let l = load(&files);
    let lines: Vec<String> = l.problems.iter().map(ToString::to_string).collect();
    assert_eq!(l.problems.len(), 2, "{lines:#?}");
    assert!(
        l.problems.iter().all(|p| p.file == "places.json"),
        "{lines:#?}"
    );
    assert!(l.problems[0].message.contains("truncated"), "{lines:#?}");
    assert!(l.problems[1].message.contains("8 references"), "{lines:#?}");
    assert!(l.dataset.places.is_empty());
    assert_eq!(
        l.dataset.countries.len(),
        5,
        "countries stay, without capitals"
    );
    assert!(l.dataset.countries.values().all(|c| c.capital.is_none()));
}

#[test]
fn an_unknown_place_drops_the_point_then_the_segment_left_with_one() {
    let files = with(
        "corridors.json",
        r#""via": ["astana", "aktau"]"#,
        r#""via": ["astana", "aktua"]"#,
    );
    let l = load(&files);
    let shown: Vec<String> = l.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "corridors.json:corridors[0].segments[0].via[1]: unknown place id \"aktua\" (not among the valid records of places.json)",
            "corridors.json:corridors[0].segments[0].via: a segment needs at least two valid points in \"via\" (it has 1)",
        ],
        "the point is dropped, then the segment left with one point"
    );
    let middle = corridor(&l.dataset, "middle-corridor");
    assert_eq!(middle.segments.len(), 1, "the sea segment remains");
}

#[test]
fn score_too_large_to_represent() {
    // serde_json refuses 1e999 while parsing; the loader reports it at its
    // line and column, reads it as null, and so only its period is dropped.
    let files = with("relations.json", r#""score": 0.4"#, r#""score": 1e999"#);
    let l = load(&files);
    let shown: Vec<String> = l.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "relations.json:line 5, column 50: the number 1e999 is too large to represent; it is read as null",
            "relations.json:relations[0].series[0].score: invalid type: null, expected a number",
        ],
        "where the number is, then the value it spoils"
    );
    assert_eq!(
        aze_kaz(&l.dataset).series.len(),
        1,
        "the valid period stays"
    );
    assert_eq!(l.dataset.relations.len(), 3, "the other relations load");
}

#[test]
fn a_duplicate_country_code_then_what_referred_to_the_skipped_one() {
    let files = with("countries.json", r#""code": "RUS""#, r#""code": "ARM""#);
    let l = load(&files);
    let p = &l.problems[0];
    assert_eq!(p.location, "countries[4].code", "duplicate country");
    assert_eq!(
        l.dataset.countries[&code("ARM")].name,
        "Armenia",
        "the first is kept"
    );
    // Records that referred to the skipped RUS now fail in their turn.
    assert!(
        l.problems[1..]
            .iter()
            .all(|p| p.message == "country \"RUS\" is not in countries.json (add it there first)"),
        "{:#?}",
        l.problems
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let plain = load(&fixture());
    let with_bom: BTreeMap<&str, Vec<u8>> = fixture()
        .into_iter()
        .map(|(k, v)| (k, [b"\xEF\xBB\xBF".as_slice(), v.as_bytes()].concat()))
        .collect();
    let list: Vec<(&str, &[u8])> = with_bom.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    let l = load_files(&list);
    assert!(l.problems.is_empty(), "BOM accepted: {:#?}", l.problems);
    assert_eq!(l.dataset, plain.dataset, "same data with and without BOM");
}

#[test]
fn invalid_utf8() {
    let mut bytes = STANCES.as_bytes().to_vec();
    let at = STANCES.find("UN GA resolution").unwrap();
    bytes[at + 2] = 0xFF;
    let mut list: Vec<(&str, Vec<u8>)> = fixture()
        .into_iter()
        .map(|(k, v)| (k, v.into_bytes()))
        .collect();
    list.retain(|(k, _)| *k != "stances.json");
    list.push(("stances.json", bytes));
    let refs: Vec<(&str, &[u8])> = list.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    let l = load_files(&refs);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("stances.json", "line 3, column 40"),
        "where"
    );
    assert_eq!(
        p.message, "the file is not valid UTF-8 text (byte 0xFF); save it as UTF-8",
        "why"
    );
    assert_eq!(l.dataset.relations.len(), 3, "other files load");
}

#[test]
fn file_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in fixture() {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let big = dir.path().join("relations.json");
    // A sparse 250 MB file: the size is checked before anything is read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(250 * 1024 * 1024)
        .unwrap();
    let l = load_dir(dir.path());
    let p = single(&l);
    assert_eq!(p.file, big.display().to_string(), "the path of the file");
    assert_eq!(p.location, "", "the whole file");
    assert_eq!(p.message, "file is 250.0 MB; the limit is 64 MB", "why");
    assert!(l.dataset.relations.is_empty(), "nothing read from it");
    assert_eq!(
        l.dataset.corridors.len(),
        2,
        "the folder's other files load"
    );
}

#[test]
fn deeply_nested_json() {
    let deep = format!(
        "{{\"format\": 1, \"stances\": [{}{}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let mut files = fixture();
    files.insert("stances.json", deep);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "stances.json", "file");
    assert!(p.location.starts_with("line 1, column "), "where: {p}");
    assert_eq!(
        p.message, "the JSON is nested too deeply (more than 128 levels)",
        "why"
    );
    assert_eq!(l.dataset.corridors.len(), 2, "other files load");

    // Nesting inside a record, under the parser's limit, is a type problem.
    let nested = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let files = with("corridors.json", r#""office in Astana""#, &nested);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "corridors[0].facts.association", "where");
    assert!(p.message.starts_with("a fact must be"), "{p}");
}

#[test]
fn folder_problems_fall_back_to_bundled_data() {
    let missing = std::path::Path::new("/nonexistent/heartland/data");
    let l = load_dir(missing);
    assert_eq!(
        l.problems[0].file, "/nonexistent/heartland/data",
        "names the folder"
    );
    assert!(
        l.problems[0]
            .message
            .starts_with("cannot open the data folder"),
        "why"
    );

    let empty = tempfile::tempdir().unwrap();
    let l = load_dir(empty.path());
    assert!(
        l.problems[0]
            .message
            .starts_with("no data files in this folder"),
        "{:?}",
        l.problems
    );
}

#[test]
fn problems_are_ordered_by_file_then_record() {
    let mut files = with("relations.json", r#""score": 0.4"#, r#""score": 7"#);
    let text = files["relations.json"].replacen(r#""b": "UZB""#, r#""b": "XXX""#, 1);
    files.insert("relations.json", text);
    let text = files["places.json"].replacen(r#""lat": 39.65"#, r#""lat": 95"#, 1);
    files.insert("places.json", text);
    let l = load(&files);
    let shown: Vec<String> = l
        .problems
        .iter()
        .map(|p| format!("{}:{}", p.file, p.location))
        .collect();
    assert_eq!(
        shown,
        [
            "places.json:places[5].lat",
            "relations.json:relations[0].series[0].score",
            "relations.json:relations[1].b",
        ],
        "file order, then record order"
    );
    assert_eq!(
        l.problems[0].to_string(),
        "places.json:places[5].lat: latitude 95 is off the globe (it must be between -90 and 90)",
        "display"
    );
}

mod never_panics {
    use proptest::prelude::*;

    use super::*;

    fn check(files: &[(&str, &[u8])]) {
        let a = load_files(files);
        let b = load_files(files);
        assert_eq!(a.problems, b.problems, "deterministic");
        for p in &a.problems {
            assert!(
                !p.file.is_empty() && !p.message.is_empty(),
                "named problem: {p:?}"
            );
        }
    }

    /// The name of the `which`th data file.
    fn name(which: usize) -> &'static str {
        FileKind::ALL[which].file_name()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512), which in 0..FileKind::ALL.len()) {
            let fx = fixture();
            let mut list: Vec<(&str, &[u8])> = fx.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
            list.retain(|(k, _)| *k != name(which));
            list.push((name(which), &bytes));
            check(&list);
        }

        #[test]
        fn on_mutated_valid_files(
            which in 0..FileKind::ALL.len(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
        ) {
            let fx = fixture();
            let mut bytes = fx[name(which)].as_bytes().to_vec();
            for (at, byte, op) in edits {
                if bytes.is_empty() { break; }
                let i = at.index(bytes.len());
                match op {
                    0 => bytes[i] = byte,
                    1 => { bytes.remove(i); }
                    _ => bytes.insert(i, byte),
                }
            }
            let mut list: Vec<(&str, &[u8])> = fx.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
            list.retain(|(k, _)| *k != name(which));
            list.push((name(which), &bytes));
            check(&list);
        }

        #[test]
        fn on_mutated_json_tokens(
            which in 0..FileKind::ALL.len(),
            at in any::<prop::sample::Index>(),
            token in prop::sample::select(vec![
                "null", "1e999", "-1e400", "\"\"", "[]", "{}", "\"2019-13-45\"", "7", "NaN",
                "\"KZH\"", "true", "\"\u{FEFF}\"", "[[[[[[[[", "}", ",", "\"x\":", "-0", "1.5e308",
            ]),
        ) {
            let fx = fixture();
            let text = &fx[name(which)];
            // Replace one value-ish token (after a colon) with the chosen token.
            let colons: Vec<usize> = text.match_indices(": ").map(|(i, _)| i + 2).collect();
            let start = colons[at.index(colons.len())];
            let end = text[start..].find([',', '}', ']']).map_or(text.len(), |e| start + e);
            let mutated = format!("{}{}{}", &text[..start], token, &text[end..]);
            let mut list: Vec<(&str, &[u8])> = fx.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
            list.retain(|(k, _)| *k != name(which));
            list.push((name(which), mutated.as_bytes()));
            check(&list);
        }
    }
}

#[test]
fn format_2_values_load_and_format_1_files_keep_loading() {
    // Format 2: a statement short of recognition, a corridor's length.
    let mut files = fixture();
    let stances = files["stances.json"]
        .replacen(r#""format": 1"#, r#""format": 2"#, 1)
        .replacen(
            r#""AZE": "rejects" }"#,
            r#""AZE": "rejects", "KAZ": "accepts-without-recognising" }"#,
            1,
        );
    files.insert("stances.json", stances);
    let l = load(&files);
    assert!(l.problems.is_empty(), "format 2 is read: {:?}", l.problems);
    let kosovo = l
        .dataset
        .stances
        .values()
        .find(|s| s.id.as_str() == "kosovo")
        .unwrap_or_else(|| panic!("kosovo loads"));
    assert_eq!(
        kosovo
            .positions
            .values()
            .filter(|p| p.needs_format_2())
            .count(),
        1,
        "the statement short of recognition is kept"
    );

    let base = fixture();
    let corridors = base["corridors.json"].replacen(
        r#""kind": "multimodal","#,
        r#""kind": "multimodal", "length_km": 1768.5, "length_source": "src-b","#,
        1,
    );
    assert_ne!(corridors, base["corridors.json"], "fixture changed");
    let mut files = fixture();
    files.insert(
        "corridors.json",
        corridors.replacen(r#""format": 1"#, r#""format": 2"#, 1),
    );
    let l = load(&files);
    assert!(l.problems.is_empty(), "{:?}", l.problems);
    let with_length: Vec<_> = l
        .dataset
        .corridors
        .values()
        .filter_map(|c| c.length_km.map(|km| (km, c.length_source.clone())))
        .collect();
    assert_eq!(with_length.len(), 1, "one corridor has a length");
    assert!((with_length[0].0 - 1768.5).abs() < 1e-9, "km");
    assert_eq!(
        with_length[0]
            .1
            .as_ref()
            .map(heartland::model::SourceId::as_str),
        Some("src-b"),
        "its source"
    );

    // A length that is not one is reported; the corridor still loads.
    let bad = base["corridors.json"].replacen(
        r#""kind": "multimodal","#,
        r#""kind": "multimodal", "length_km": -5,"#,
        1,
    );
    let mut files = fixture();
    files.insert("corridors.json", bad);
    let l = load(&files);
    let p = single(&l);
    assert!(p.location.ends_with(".length_km"), "where: {p}");
    assert!(p.message.contains("-5 km"), "why: {p}");
    assert_eq!(l.dataset.corridors.len(), 2, "the corridor stays");
    assert!(
        l.dataset.corridors.values().all(|c| c.length_km.is_none()),
        "without the length"
    );
}
