//! Files as other tools write them (issue 22, points 7, 8 and 11): a QGIS
//! point without `country` takes the country its location lies in (at sea
//! or in a disputed territory it asks for one); a number too large to
//! represent fails only its feature; messages name no internal type; rows
//! that agree with the data are counted as already recorded, a real
//! disagreement is a conflict with both values and both sources, and
//! `--supersede` ends an open period where a new one starts.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::process::Command;

use heartland::data::import::{ImportOptions, MergeOptions, import_bytes, merge_with};
use heartland::data::load_bundled;
use heartland::model::{CountryCode, MembershipStatus, OrgId};

fn point(lon: f64, lat: f64, props: &str) -> String {
    format!(
        "{{\"type\": \"Feature\", \"geometry\": {{\"type\": \"Point\", \"coordinates\": [{lon}, {lat}]}}, \"properties\": {{{props}}}}}"
    )
}

fn collection(features: &[String]) -> String {
    format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [{}]}}",
        features.join(", ")
    )
}

#[test]
fn a_point_without_country_takes_the_country_it_lies_in() {
    let ds = load_bundled().dataset;
    let file = collection(&[
        // Aktau, on the Caspian shore of Kazakhstan.
        point(51.17, 43.65, "\"name\": \"Aktau port\", \"kind\": \"port\""),
        // The middle of the Indian Ocean.
        point(70.0, -10.0, "\"name\": \"Nowhere\""),
        // Simferopol, in Crimea.
        point(34.1, 44.95, "\"name\": \"Simferopol\""),
        // A country given is kept as given.
        point(51.17, 43.65, "\"name\": \"Given\", \"country\": \"AZE\""),
    ]);
    let imported = import_bytes(
        "qgis.geojson",
        file.as_bytes(),
        &ds,
        &ImportOptions::default(),
    );
    let places: Vec<(String, CountryCode)> = imported
        .records
        .places
        .iter()
        .map(|p| (p.record.name.clone(), p.record.country))
        .collect();
    let kaz = CountryCode::try_from("KAZ").unwrap();
    let aze = CountryCode::try_from("AZE").unwrap();
    assert_eq!(
        places,
        vec![("Aktau port".to_owned(), kaz), ("Given".to_owned(), aze)],
        "{:?}",
        imported.problems
    );
    let shown: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(
        shown[0].starts_with("qgis.geojson:features[1].properties.country:")
            && shown[0].contains("at sea"),
        "{}",
        shown[0]
    );
    assert!(
        shown[1].starts_with("qgis.geojson:features[2].properties.country:")
            && shown[1].contains("Crimea")
            && shown[1].contains("disputed"),
        "{}",
        shown[1]
    );
}

#[test]
fn a_number_too_large_fails_only_its_feature() {
    let ds = load_bundled().dataset;
    let file = collection(&[
        "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1e400, 43.6]}, \"properties\": {\"name\": \"Bad\", \"country\": \"KAZ\"}}".to_owned(),
        point(51.17, 43.65, "\"name\": \"Good\", \"country\": \"KAZ\""),
        "7".to_owned(),
    ]);
    let imported = import_bytes(
        "big.geojson",
        file.as_bytes(),
        &ds,
        &ImportOptions::default(),
    );
    let names: Vec<&str> = imported
        .records
        .places
        .iter()
        .map(|p| p.record.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Good"],
        "the good feature is imported: {:?}",
        imported.problems
    );
    let shown: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert!(
        shown
            .iter()
            .any(|p| p.contains("1e400") && p.contains("too large")),
        "says which number: {shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.starts_with("big.geojson:features[0]")),
        "the bad feature is named: {shown:?}"
    );
    assert!(
        shown.iter().any(
            |p| p.starts_with("big.geojson:features[2]") && p.contains("\"type\": \"Feature\"")
        ),
        "a feature that is not one is described in GeoJSON's terms: {shown:?}"
    );
    assert!(
        shown
            .iter()
            .all(|p| !p.contains("DeserializeFeatureHelper") && !p.contains("expected struct")),
        "no internal type names: {shown:?}"
    );
}

#[test]
fn a_utf16_geojson_is_told_to_be_saved_as_utf8_not_csv() {
    let ds = load_bundled().dataset;
    let text = collection(&[point(51.17, 43.65, "\"name\": \"A\", \"country\": \"KAZ\"")]);
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let imported = import_bytes("u16.geojson", &bytes, &ds, &ImportOptions::default());
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let message = &imported.problems[0].message;
    assert!(
        message.contains("UTF-8") && !message.contains("CSV"),
        "{message}"
    );
}

/// Kazakhstan in the CSTO: the bundled data has it a full member from
/// 1992-05-15, still. A Correlates of War file agreeing for 2004–2007, and
/// one saying observer from 2010.
const COW_AGREES: &str =
    "ccode,year,state,CSTO\n705,2004,KZK,1\n705,2005,KZK,1\n705,2006,KZK,1\n705,2007,KZK,1\n";
const COW_DIFFERS: &str = "ccode,year,state,CSTO\n705,2010,KZK,3\n705,2011,KZK,3\n";

#[test]
fn rows_that_agree_with_the_data_are_already_recorded() {
    let mut ds = load_bundled().dataset;
    let before = ds.clone();
    let imported = import_bytes(
        "cow.csv",
        COW_AGREES.as_bytes(),
        &ds,
        &ImportOptions::default(),
    );
    let report = merge_with(&mut ds, imported, MergeOptions::default());
    assert!(
        report.problems.is_empty(),
        "no problem: {:?}",
        report.problems
    );
    assert_eq!(report.already_recorded, 1, "one period, already recorded");
    assert_eq!(report.added.memberships, 0, "nothing added");
    assert!(ds == before, "the data is unchanged");
}

#[test]
fn a_real_disagreement_is_a_conflict_with_both_values_and_sources() {
    let mut ds = load_bundled().dataset;
    let imported = import_bytes(
        "cow.csv",
        COW_DIFFERS.as_bytes(),
        &ds,
        &ImportOptions {
            source: Some("kazantsev-2023".try_into().unwrap()),
            ..ImportOptions::default()
        },
    );
    let report = merge_with(&mut ds, imported, MergeOptions::default());
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let m = &report.problems[0].message;
    assert!(
        m.contains("conflict")
            && m.contains("observer")
            && m.contains("observer in csto (2010 to 2012, source kazantsev-2023)")
            && m.contains("the data says member (from 1992-05-15, source kazantsev-2023)")
            && m.contains("source kazantsev-2023")
            && m.contains("--supersede"),
        "both values, both sources, and what to do: {m}"
    );
    assert_eq!(report.already_recorded, 0, "not agreeing");
}

#[test]
fn supersede_ends_the_open_period_where_the_new_one_starts() {
    let mut ds = load_bundled().dataset;
    let imported = import_bytes(
        "cow.csv",
        COW_DIFFERS.as_bytes(),
        &ds,
        &ImportOptions::default(),
    );
    let report = merge_with(&mut ds, imported, MergeOptions { supersede: true });
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(
        (report.superseded, report.added.memberships),
        (1, 1),
        "one superseded, added"
    );
    let csto = &ds.organizations[&OrgId::try_from("csto").unwrap()];
    let kaz = CountryCode::try_from("KAZ").unwrap();
    let periods: Vec<(MembershipStatus, String)> = csto
        .memberships
        .iter()
        .filter(|m| m.country == kaz)
        .map(|m| (m.status, m.period.to_string()))
        .collect();
    assert!(
        periods.contains(&(MembershipStatus::Member, "1992-05-15 to 2010".to_owned()))
            && periods.contains(&(MembershipStatus::Observer, "2010 to 2012".to_owned())),
        "the open period ends where the new one starts (its last day is the day before): {periods:?}"
    );
}

#[test]
fn the_command_line_counts_already_recorded_rows_and_takes_supersede() {
    let tmp = tempfile::tempdir().unwrap();
    let agrees = tmp.path().join("agrees.csv");
    std::fs::write(&agrees, COW_AGREES).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(["import", "--supersede"])
        .arg(&agrees)
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("0 memberships")
            && stdout.contains("1 already recorded, 0 superseded; 0 problems"),
        "{stdout}"
    );
}
