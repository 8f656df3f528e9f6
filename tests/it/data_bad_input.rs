//! Bad input to the data loader (issue #3): every case gets a problem naming
//! the file, the place and the reason; nothing panics; the valid records
//! still load. Ends with property tests: arbitrary bytes and mutated valid
//! files never panic the loader.
//!
//! Each test starts from a small valid fixture (`fixture()`), breaks one
//! thing, and checks the exact problem and what still loaded.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::collections::BTreeMap;

use heartland::data::{Loaded, Problem, load_dir, load_files};
use heartland::model::{CountryCode, OrgId, PlaceId};

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

/// The valid fixture: file name → text.
fn fixture() -> BTreeMap<&'static str, String> {
    [
        ("sources.json", SOURCES),
        ("countries.json", COUNTRIES),
        ("places.json", PLACES),
        ("organizations.json", ORGANIZATIONS),
        ("relations.json", RELATIONS),
        ("corridors.json", CORRIDORS),
        ("stances.json", STANCES),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

/// The fixture with `from` replaced by `to` in `file` (which must contain it once).
fn with(file: &'static str, from: &str, to: &str) -> BTreeMap<&'static str, String> {
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

/// The fixture with `file` cut in half.
fn truncated(file: &'static str) -> BTreeMap<&'static str, String> {
    let mut files = fixture();
    let text = files[file].clone();
    files.insert(file, text[..text.len() / 2].to_owned());
    files
}

fn load(files: &BTreeMap<&'static str, String>) -> Loaded {
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

fn code(s: &str) -> CountryCode {
    CountryCode::try_from(s).unwrap()
}

fn csto(l: &Loaded) -> &heartland::model::Organization {
    l.dataset
        .organizations
        .get(&OrgId::try_from("csto").unwrap())
        .unwrap()
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
    assert_eq!(csto(&l).memberships.len(), 4, "csto memberships");
    assert_eq!(csto(&l).color, Some([0xb0, 0x3a, 0x2e]), "colour parsed");
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
fn truncated_json() {
    let files = truncated("relations.json");
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "relations.json", "file");
    assert!(
        p.location.starts_with("line ") && p.location.contains(", column "),
        "{p}"
    );
    assert!(p.message.contains("truncated"), "reason: {p}");
    assert!(
        l.dataset.relations.is_empty(),
        "nothing from the broken file"
    );
    assert_eq!(l.dataset.organizations.len(), 2, "other files still load");
}

#[test]
fn a_broken_file_is_not_buried_under_the_references_it_breaks() {
    // With places.json unreadable, 8 references elsewhere (3 capitals, 5
    // corridor waypoints) cannot resolve: one line counts them instead of
    // eight lines hiding the one that matters.
    let files = truncated("places.json");
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
fn empty_file() {
    let mut files = fixture();
    files.insert("stances.json", String::new());
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("stances.json", "line 1, column 1"),
        "where"
    );
    assert!(p.message.starts_with("the file is empty"), "reason: {p}");
    assert!(
        p.message.contains(r#"{"format": 1, "stances": [ … ]}"#),
        "shows the shape: {p}"
    );
    assert_eq!(l.dataset.relations.len(), 3, "other files still load");

    // Whitespace only is empty too.
    files.insert("stances.json", " \n\t ".to_owned());
    assert!(
        single(&load(&files))
            .message
            .starts_with("the file is empty"),
        "whitespace"
    );
}

#[test]
fn array_where_the_file_object_belongs() {
    let mut files = fixture();
    files.insert("stances.json", "\n  [ {\"id\": \"x\"} ]".to_owned());
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "stances.json", "file");
    assert_eq!(p.location, "line 2, column 3", "position of the list");
    assert!(
        p.message.contains("must be a JSON object") && p.message.contains("not a list"),
        "{p}"
    );
}

#[test]
fn array_where_a_record_belongs() {
    let files = with(
        "organizations.json",
        r#"{ "id": "eaeu", "acronym": "EAEU""#,
        r#"[], { "id": "eaeu", "acronym": "EAEU""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "organizations.json", "file");
    assert_eq!(p.location, "organizations[1]", "the record");
    assert_eq!(
        p.message, "expected an object { … } here, not a list [ … ]",
        "reason"
    );
    assert_eq!(l.dataset.organizations.len(), 2, "csto and eaeu still load");
}

#[test]
fn records_list_of_the_wrong_type() {
    let mut files = fixture();
    files.insert(
        "stances.json",
        r#"{"format": 1, "stances": {"id": "x"}}"#.to_owned(),
    );
    let p = single(&load(&files)).clone();
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("stances.json", "stances"),
        "where"
    );
    assert_eq!(
        p.message, "\"stances\" must be a list [ … ] of records, not an object { … }",
        "why"
    );
}

#[test]
fn wrong_types() {
    let files = with("places.json", r#""lon": 66.96"#, r#""lon": "66.96""#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("places.json", "places[5].lon"),
        "where"
    );
    assert_eq!(
        p.message, "invalid type: string \"66.96\", expected a number",
        "why"
    );
    assert_eq!(l.dataset.places.len(), 5, "the other places load");

    let files = with(
        "relations.json",
        r#""directed": false"#,
        r#""directed": "no""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "relations[0].directed", "where");
    assert!(
        p.message
            .starts_with("invalid type: string \"no\", expected a boolean"),
        "{p}"
    );
    assert_eq!(l.dataset.relations.len(), 2, "the other relations load");
}

#[test]
fn unknown_key_is_named_with_the_expected_ones() {
    let files = with(
        "organizations.json",
        r#""source": "src-a",
      "memberships""#,
        r#""source": "src-a",
      "memebrships""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "organizations.json", "file");
    assert_eq!(p.location, "organizations[0].memebrships", "where");
    assert!(
        p.message
            .starts_with("unknown field \"memebrships\", expected one of")
            && p.message.contains("\"memberships\""),
        "names the typo and the expected keys: {p}"
    );
    assert_eq!(l.dataset.organizations.len(), 1, "eaeu still loads");

    // At the top level too.
    let files = with(
        "stances.json",
        r#"{ "format": 1,"#,
        r#"{ "format": 1, "stanses": [],"#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.location.as_str(), p.message.as_str()),
        (
            "stanses",
            "unknown key \"stanses\" (expected \"format\" and \"stances\")"
        ),
        "top-level typo"
    );
    assert_eq!(l.dataset.stances.len(), 2, "records still load");
}

#[test]
fn unknown_country_code() {
    let files = with(
        "relations.json",
        r#""a": "RUS", "b": "UZB""#,
        r#""a": "RUS", "b": "KZH""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("relations.json", "relations[1].b"),
        "where"
    );
    assert_eq!(
        p.message, "unknown country code \"KZH\" (not an ISO 3166-1 alpha-3 code)",
        "why"
    );
    assert_eq!(l.dataset.relations.len(), 2, "the other relations load");

    // A real code that countries.json does not list.
    let files = with(
        "relations.json",
        r#""a": "RUS", "b": "UZB""#,
        r#""a": "RUS", "b": "CHN""#,
    );
    let p = single(&load(&files)).clone();
    assert_eq!(p.location, "relations[1].b", "where");
    assert_eq!(
        p.message, "country \"CHN\" is not in countries.json (add it there first)",
        "why"
    );

    // Lower case is explained.
    let files = with("stances.json", r#""KAZ": "abstain""#, r#""kaz": "abstain""#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "stances[0].positions.kaz", "where");
    assert!(p.message.contains("must be written in capitals"), "{p}");
    let vote = &l.dataset.stances[&heartland::model::StanceId::try_from("unga-62-243").unwrap()];
    assert_eq!(vote.positions.len(), 3, "the other positions are kept");
}

#[test]
fn unknown_organization_id() {
    let files = with(
        "corridors.json",
        r#""organization": "eaeu""#,
        r#""organization": "eeu""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("corridors.json", "corridors[0].organization"),
        "where"
    );
    assert_eq!(
        p.message,
        "unknown organization id \"eeu\" (not among the valid records of organizations.json)",
        "why"
    );
    assert_eq!(l.dataset.corridors.len(), 1, "tcgp still loads");
}

#[test]
fn unknown_place_id() {
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
    let middle = l
        .dataset
        .corridors
        .values()
        .find(|c| c.id.as_str() == "middle-corridor")
        .unwrap();
    assert_eq!(middle.segments.len(), 1, "the sea segment remains");
    // A bad point among three: the segment keeps the two valid ones.
    let files = with(
        "corridors.json",
        r#"[[53.0, 40.0], "baku"]"#,
        r#"[[53.0, 40.0], "bakku", "baku"]"#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "corridors[1].segments[0].via[1]", "where");
    let tcgp = &l
        .dataset
        .corridors
        .values()
        .find(|c| c.id.as_str() == "tcgp")
        .unwrap();
    assert_eq!(tcgp.segments[0].via.len(), 2, "the valid points remain");

    // A capital that is not a place: the country stays, without a capital.
    let files = with(
        "countries.json",
        r#""capital": "tashkent""#,
        r#""capital": "taschkent""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("countries.json", "countries[1].capital"),
        "where"
    );
    assert!(
        p.message.starts_with("unknown place id \"taschkent\""),
        "{p}"
    );
    assert_eq!(
        l.dataset.countries[&code("UZB")].capital,
        None,
        "capital left out"
    );
}

#[test]
fn unknown_source_id() {
    let files = with(
        "places.json",
        r#""lat": 39.65"#,
        r#""lat": 39.65, "source": "src-z""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("places.json", "places[5].source"),
        "where"
    );
    assert_eq!(
        p.message, "unknown source id \"src-z\" (not among the valid records of sources.json)",
        "why"
    );
    assert!(
        !l.dataset
            .places
            .contains_key(&PlaceId::try_from("samarkand").unwrap()),
        "dropped"
    );
    assert_eq!(l.dataset.places.len(), 5, "the others load");
}

#[test]
fn impossible_date() {
    let files = with(
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "2019-13-45""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.file, "organizations.json", "file");
    assert_eq!(p.location, "organizations[0].memberships[1].to", "where");
    assert_eq!(
        p.message, "invalid date \"2019-13-45\": month 13 is not between 1 and 12",
        "why"
    );
    assert_eq!(
        csto(&l).memberships.len(),
        3,
        "only that membership is dropped"
    );
}

#[test]
fn to_before_from() {
    let files = with(
        "organizations.json",
        r#""to": "1999-04-02""#,
        r#""to": "1990""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "organizations[0].memberships[1].to", "where");
    assert!(
        p.message
            .starts_with("\"to\" (1990) must be after \"from\" (1992-05-15)"),
        "why: {p}"
    );
    assert_eq!(
        csto(&l).memberships.len(),
        3,
        "only that membership is dropped"
    );
}

#[test]
fn overlapping_membership_periods() {
    let files = with(
        "organizations.json",
        r#""from": "2006-08-16""#,
        r#""from": "1998""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "organizations[0].memberships[2]", "where");
    assert_eq!(
        p.message,
        "this period (1998 to 2012-06-28) overlaps memberships[1] (1992-05-15 to 1999-04-02) of UZB; periods of one country in one organization must not overlap",
        "why"
    );
    assert_eq!(csto(&l).memberships.len(), 3, "the later one is dropped");
}

#[test]
fn overlapping_relation_periods() {
    let files = with(
        "relations.json",
        r#""from": "2016", "to": "2018""#,
        r#""from": "2015", "to": "2018""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "relations[0].series[1]", "where");
    assert!(
        p.message.contains("overlaps series[0] (2010 to 2016)"),
        "why: {p}"
    );
    let rel = l
        .dataset
        .relations
        .iter()
        .find(|r| r.b.as_str() == "KAZ")
        .unwrap();
    assert_eq!(rel.series.len(), 1, "the first period stays");
}

#[test]
fn score_out_of_range() {
    let files = with("relations.json", r#""score": 0.4"#, r#""score": 7"#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "relations[0].series[0].score", "where");
    assert_eq!(
        p.message,
        "score 7 is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)",
        "why"
    );
    let rel = l
        .dataset
        .relations
        .iter()
        .find(|r| r.b.as_str() == "KAZ")
        .unwrap();
    assert_eq!(rel.series.len(), 1, "the valid period stays");
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
    let rel = l
        .dataset
        .relations
        .iter()
        .find(|r| r.b.as_str() == "KAZ")
        .unwrap();
    assert_eq!(rel.series.len(), 1, "the valid period stays");
    assert_eq!(l.dataset.relations.len(), 3, "the other relations load");

    // NaN is not JSON at all: a syntax error for the whole file.
    let files = with("relations.json", r#""score": 0.4"#, r#""score": NaN"#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "line 5, column 50", "where");
    assert!(
        p.message.starts_with("JSON syntax error: expected value"),
        "why: {p}"
    );
}

#[test]
fn coordinates_off_the_globe() {
    let files = with("places.json", r#""lat": 39.65"#, r#""lat": 95"#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("places.json", "places[5].lat"),
        "where"
    );
    assert_eq!(
        p.message, "latitude 95 is off the globe (it must be between -90 and 90)",
        "why"
    );
    assert_eq!(l.dataset.places.len(), 5, "others load");

    let files = with("corridors.json", "[50.5, 41.0]", "[250.5, 41.0]");
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "corridors[0].segments[1].via[1]", "where");
    assert!(
        p.message.starts_with("longitude 250.5 is off the globe"),
        "{p}"
    );
}

#[test]
fn duplicate_ids() {
    let files = with("places.json", r#""id": "samarkand""#, r#""id": "aktau""#);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("places.json", "places[5].id"),
        "where"
    );
    assert_eq!(
        p.message, "duplicate id \"aktau\": already used by places[3]; this record is skipped",
        "why"
    );
    assert_eq!(
        l.dataset.places[&PlaceId::try_from("aktau").unwrap()].name,
        "Aktau",
        "first kept"
    );

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

    // The same undirected relation written the other way round.
    let files = with(
        "relations.json",
        r#""a": "ARM", "b": "AZE", "dimension": "security""#,
        r#""a": "KAZ", "b": "AZE", "dimension": "political""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(p.location, "relations[2]", "where");
    assert!(
        p.message
            .starts_with("duplicate relation KAZ–AZE (political): already given at relations[0]"),
        "{p}"
    );
    assert_eq!(l.dataset.relations.len(), 2, "the first is kept");
}

#[test]
fn relation_with_itself() {
    let files = with(
        "relations.json",
        r#""a": "RUS", "b": "UZB""#,
        r#""a": "UZB", "b": "UZB""#,
    );
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("relations.json", "relations[1].b"),
        "where"
    );
    assert_eq!(
        p.message, "a relation of UZB with itself; \"a\" and \"b\" must be different states",
        "why"
    );
    assert_eq!(l.dataset.relations.len(), 2, "the others load");
}

#[test]
fn format_from_the_future() {
    let mut files = fixture();
    let text = files["stances.json"].replacen(r#""format": 1"#, r#""format": 2"#, 1);
    files.insert("stances.json", text);
    let l = load(&files);
    let p = single(&l);
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("stances.json", "format"),
        "where"
    );
    assert!(
        p.message.starts_with(
            "the file was made by a newer Heartland (format 2; this version reads up to 1)"
        ),
        "why: {p}"
    );
    assert!(
        l.dataset.stances.is_empty(),
        "a newer file is not guessed at"
    );
    assert_eq!(l.dataset.corridors.len(), 2, "other files load");

    let text = files["stances.json"].replacen(r#""format": 2"#, r#""format": "1""#, 1);
    files.insert("stances.json", text);
    let p = single(&load(&files)).clone();
    assert!(
        p.message
            .starts_with("\"format\" must be a version number such as 1"),
        "string format: {p}"
    );

    let text = files["stances.json"].replacen(r#""format": "1","#, "", 1);
    files.insert("stances.json", text);
    let l = load(&files);
    let p = single(&l);
    assert!(
        p.message.starts_with("missing key \"format\""),
        "missing format: {p}"
    );
    assert_eq!(l.dataset.stances.len(), 2, "assumed format 1 and loaded");
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

    const NAMES: [&str; 7] = [
        "sources.json",
        "countries.json",
        "places.json",
        "organizations.json",
        "relations.json",
        "corridors.json",
        "stances.json",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512), which in 0usize..7) {
            let fx = fixture();
            let mut list: Vec<(&str, &[u8])> = fx.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
            list.retain(|(k, _)| *k != NAMES[which]);
            list.push((NAMES[which], &bytes));
            check(&list);
        }

        #[test]
        fn on_mutated_valid_files(
            which in 0usize..7,
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
        ) {
            let fx = fixture();
            let mut bytes = fx[NAMES[which]].as_bytes().to_vec();
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
            list.retain(|(k, _)| *k != NAMES[which]);
            list.push((NAMES[which], &bytes));
            check(&list);
        }

        #[test]
        fn on_mutated_json_tokens(
            which in 0usize..7,
            at in any::<prop::sample::Index>(),
            token in prop::sample::select(vec![
                "null", "1e999", "-1e400", "\"\"", "[]", "{}", "\"2019-13-45\"", "7", "NaN",
                "\"KZH\"", "true", "\"\u{FEFF}\"", "[[[[[[[[", "}", ",", "\"x\":", "-0", "1.5e308",
            ]),
        ) {
            let fx = fixture();
            let text = &fx[NAMES[which]];
            // Replace one value-ish token (after a colon) with the chosen token.
            let colons: Vec<usize> = text.match_indices(": ").map(|(i, _)| i + 2).collect();
            let start = colons[at.index(colons.len())];
            let end = text[start..].find([',', '}', ']']).map_or(text.len(), |e| start + e);
            let mutated = format!("{}{}{}", &text[..start], token, &text[end..]);
            let mut list: Vec<(&str, &[u8])> = fx.iter().map(|(k, v)| (*k, v.as_bytes())).collect();
            list.retain(|(k, _)| *k != NAMES[which]);
            list.push((NAMES[which], mutated.as_bytes()));
            check(&list);
        }
    }
}
