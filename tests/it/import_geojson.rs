//! GeoJSON: Point features become places, `LineString` / `MultiLineString`
//! features corridors; coordinates off the globe, a polygon where a line is
//! expected, missing or misspelt properties are each a problem naming the
//! feature, and the other features are imported.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use heartland::data::import::{Format, ImportOptions, import_bytes, merge};
use heartland::model::{CorridorKind, CorridorStatus, PlaceKind, SegmentMode, SourceId, Waypoint};

use crate::common::code;
use crate::fixtures::{context, import_file};

fn options() -> ImportOptions<'static> {
    ImportOptions {
        source: Some(SourceId::try_from("s1").unwrap()),
        ..ImportOptions::default()
    }
}

#[test]
fn places_and_corridors_import() {
    let ds = context();
    let imported = import_bytes(
        "geo.geojson",
        &import_file("geo_good.geojson"),
        &ds,
        &options(),
    );
    assert_eq!(
        imported.format,
        Some(Format::GeoJson),
        "told by the first character"
    );
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    let places = &imported.records.places;
    assert_eq!(places.len(), 2, "two points");
    let port = &places[0].record;
    assert_eq!(
        (port.id.as_str(), port.name.as_str(), port.kind),
        ("aktau-port", "Aktau port", PlaceKind::Port),
        "place"
    );
    assert!(
        (port.lon - 51.17).abs() < 1e-12 && (port.lat - 43.65).abs() < 1e-12,
        "lon, lat order"
    );
    let kuryk = &places[1].record;
    assert_eq!(kuryk.id.as_str(), "kuryk", "id from the feature id");
    assert_eq!(kuryk.country, code("KAZ"), "lower-case code");
    assert_eq!(kuryk.kind, PlaceKind::Other, "default kind");
    assert_eq!(
        kuryk.source.as_ref().map(SourceId::as_str),
        Some("s1"),
        "default source"
    );

    let corridors = &imported.records.corridors;
    assert_eq!(corridors.len(), 2, "two lines");
    let ferry = &corridors[0].record;
    assert_eq!(ferry.id.as_str(), "test-ferry-line", "id from the name");
    assert_eq!(ferry.kind, CorridorKind::Sea, "kind from the mode");
    assert_eq!(ferry.segments.len(), 2, "one segment per line");
    assert!(
        ferry
            .segments
            .iter()
            .all(|s| s.mode == SegmentMode::Sea && s.via.len() == 2),
        "segments"
    );
    assert_eq!(
        ferry.segments[1].via[1],
        Waypoint::LonLat {
            lon: 44.8,
            lat: 41.7
        },
        "coordinates kept"
    );
    assert_eq!(ferry.status.len(), 1, "one status");
    assert_eq!(ferry.status[0].status, CorridorStatus::Proposed, "status");
    assert_eq!(
        ferry.status[0].period.to_string(),
        "from 2024",
        "status date"
    );
    assert_eq!(ferry.countries.len(), 2, "countries");
    assert_eq!(
        ferry.evidence.as_deref(),
        Some("a test, with\na line break"),
        "evidence"
    );
    let pipe = &corridors[1].record;
    assert_eq!(pipe.kind, CorridorKind::GasPipeline, "kind");
    assert_eq!(
        pipe.status[0].period.to_string(),
        "2009-12 to 2030",
        "closed status"
    );

    let mut ds = ds;
    let report = merge(&mut ds, imported);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(
        (report.added.places, report.added.corridors),
        (2, 2),
        "merged"
    );
    assert!(
        ds.corridors.contains_key("test-pipe"),
        "corridor in the dataset"
    );
}

#[test]
fn each_bad_feature_is_reported_and_the_rest_imports() {
    let ds = context();
    let imported = import_bytes(
        "bad.geojson",
        &import_file("geo_bad.geojson"),
        &ds,
        &options(),
    );
    let expected = [
        ("features[1].geometry.coordinates", "longitude 200"),
        ("features[2].geometry.coordinates", "latitude 95"),
        ("features[3].geometry", "a Polygon where a Point"),
        ("features[4].properties.mode", "missing"),
        ("features[5].properties.mode", "\"canal\" is not a mode"),
        ("features[6].geometry.coordinates", "at least two positions"),
        ("features[7].properties.name", "missing"),
        ("features[8].geometry", "no geometry"),
        ("features[9].properties.name", "NUL"),
        ("features[10].properties.to", "\"to\" needs \"from\""),
        ("features[11]", "not a GeoJSON feature"),
    ];
    let got: Vec<&str> = imported
        .problems
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(
        got,
        expected.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        "{:#?}",
        imported.problems
    );
    for (p, (_, needle)) in imported.problems.iter().zip(expected) {
        assert!(p.message.contains(needle), "{p} mentions {needle}");
    }
    assert_eq!(imported.records.places.len(), 1, "the good point");
    assert_eq!(imported.records.corridors.len(), 1, "the good line");
}

#[test]
fn existing_ids_and_unknown_countries_are_refused_at_merge() {
    let mut ds = context();
    let text = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[51.17,43.65]},"properties":{"id":"aktau","name":"Aktau","country":"KAZ"}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[2.35,48.85]},"properties":{"name":"Paris","country":"FRA"}}]}"#;
    let imported = import_bytes("g.geojson", text.as_bytes(), &ds, &ImportOptions::default());
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let report = merge(&mut ds, imported);
    let got: Vec<&str> = report
        .problems
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(
        got,
        ["features[0]", "features[1]"],
        "{:#?}",
        report.problems
    );
    assert!(
        report.problems[0]
            .message
            .contains("already in the dataset"),
        "{}",
        report.problems[0]
    );
    assert!(
        report.problems[1].message.contains("not in countries.json"),
        "{}",
        report.problems[1]
    );
    assert_eq!(ds.places.len(), 1, "nothing added");
}
