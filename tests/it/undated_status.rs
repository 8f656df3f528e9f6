//! A corridor status without a date (issue 22, point 7): a GeoJSON line as
//! QGIS writes it (`name`, `mode`, `status`, no dates) is imported as
//! undated, never given a made-up date; it is saved as a `status` item
//! without `from` in a `"format": 2` file and loads back; it stands in every
//! year no dated period covers, shown as "date not recorded" in the legend,
//! the inspector, the tooltip and the export. A file that says
//! `"format": 1` but holds a format-2 value loads, with one problem saying
//! to write `"format": 2`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a missing fixture is a failed test"
)]

use egui_kittest::kittest::Queryable;
use heartland::command::Command;
use heartland::data::import::{ImportOptions, import_bytes, merge};
use heartland::data::write::{file_bytes, format_needed};
use heartland::data::{FileKind, load_bundled, load_files};
use heartland::export::Export;
use heartland::layers::legend::{LegendInput, Row, rows};
use heartland::model::{CorridorId, CorridorStatus, Dataset, SourceId};
use heartland::shown::Shown;
use heartland::state::{Selection, State};

use crate::common::app_harness;
use crate::fixtures::context;

/// A line layer exported from QGIS: the attribute table's columns, empty
/// ones as `null`, a `crs` member, a feature id; no dates.
const QGIS_LINE: &str = r#"{
"type": "FeatureCollection",
"name": "routes",
"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },
"features": [
{ "type": "Feature", "properties": { "fid": 1, "name": "Test rail link", "mode": "rail", "status": "proposed", "from": null, "to": null, "note": null }, "geometry": { "type": "LineString", "coordinates": [ [ 51.17, 43.65 ], [ 49.87, 40.41 ] ] } }
]
}"#;

fn id() -> CorridorId {
    CorridorId::try_from("test-rail-link").unwrap()
}

/// `ds` with the QGIS line imported (source `source`).
fn with_line(mut ds: Dataset, source: &str) -> Dataset {
    let imported = import_bytes(
        "routes.geojson",
        QGIS_LINE.as_bytes(),
        &ds,
        &ImportOptions {
            source: Some(SourceId::try_from(source).unwrap()),
            ..ImportOptions::default()
        },
    );
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    let report = merge(&mut ds, imported);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.added.corridors, 1, "the line is a corridor");
    ds
}

#[test]
fn a_line_without_dates_imports_as_undated_never_with_a_made_up_date() {
    let ds = with_line(context(), "s1");
    let c = &ds.corridors[&id()];
    assert!(c.status.is_empty(), "no dated period: {:?}", c.status);
    let undated = c.undated_status.as_ref().expect("an undated status");
    assert_eq!(undated.status, CorridorStatus::Proposed, "the status");
    assert_eq!(
        undated.source.as_ref().map(SourceId::as_str),
        Some("s1"),
        "its source"
    );
    assert_eq!(c.status_at(2020), None, "no year is claimed");
    for year in [1950, 2000, 2030] {
        assert_eq!(
            c.shown_status_at(year),
            Some((CorridorStatus::Proposed, true)),
            "shown in {year}, marked undated"
        );
    }
    assert_eq!(
        ds.year_range(),
        context().year_range(),
        "an undated status adds no year to the slider"
    );
}

#[test]
fn an_undated_status_is_saved_as_format_2_and_loads_back() {
    let ds = with_line(context(), "s1");
    assert_eq!(format_needed(&ds, FileKind::Corridors), 2, "format 2");
    let bytes = file_bytes(&ds, FileKind::Corridors);
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\"format\": 2"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let saved = json["corridors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "test-rail-link")
        .expect("saved");
    assert_eq!(
        saved["status"],
        serde_json::json!([{ "status": "proposed", "source": "s1" }]),
        "a status item without from"
    );
    // Without it, the file stays format 1.
    let mut without = ds.clone();
    without.corridors.remove(&id());
    assert_eq!(format_needed(&without, FileKind::Corridors), 1, "format 1");

    let files: Vec<(FileKind, Vec<u8>)> = FileKind::ALL
        .iter()
        .map(|k| (*k, file_bytes(&ds, *k)))
        .collect();
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(k, b)| (k.file_name(), b.as_slice()))
        .collect();
    let loaded = load_files(&borrowed);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    assert_eq!(loaded.dataset, ds, "the same data back");
}

/// The import context's files, with `corridors.json` holding one corridor
/// whose status list is `status`, under `"format": format`.
fn corridors_with(status: &str, format: u32) -> Vec<(&'static str, Vec<u8>)> {
    let mut files: Vec<(&'static str, Vec<u8>)> = FileKind::ALL
        .iter()
        .map(|k| {
            let name = k.file_name();
            (
                name,
                crate::fixtures::import_file(&format!("context/{name}")),
            )
        })
        .collect();
    let (_, bytes) = files
        .iter_mut()
        .find(|(n, _)| *n == "corridors.json")
        .unwrap();
    let mut json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    json["format"] = format.into();
    json["corridors"] = serde_json::json!([{
        "id": "c1", "name": "A line", "kind": "rail",
        "segments": [{ "mode": "rail", "via": [[51.0, 43.0], [50.0, 41.0]] }],
        "status": serde_json::from_str::<serde_json::Value>(status).unwrap()
    }]);
    *bytes = serde_json::to_vec(&json).unwrap();
    files
}

fn load(files: &[(&'static str, Vec<u8>)]) -> heartland::data::Loaded {
    let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    load_files(&borrowed)
}

#[test]
fn the_loader_reads_an_undated_status_beside_dated_ones() {
    let files = corridors_with(
        r#"[{"from": "2010", "to": "2015", "status": "under-construction"},
            {"status": "operational", "evidence": "in service (date not given)", "source": "s1"}]"#,
        2,
    );
    let loaded = load(&files);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    let c = loaded.dataset.corridors.values().next().unwrap();
    assert_eq!(c.status.len(), 1, "one dated period");
    assert_eq!(
        c.shown_status_at(2012),
        Some((CorridorStatus::UnderConstruction, false)),
        "the dated period in its years"
    );
    assert_eq!(
        c.shown_status_at(2020),
        Some((CorridorStatus::Operational, true)),
        "the undated status elsewhere"
    );
}

#[test]
fn a_second_undated_status_or_an_end_without_a_start_is_a_problem_of_that_item() {
    let files = corridors_with(
        r#"[{"status": "proposed"}, {"status": "operational"}, {"to": "2020", "status": "suspended"}]"#,
        2,
    );
    let loaded = load(&files);
    let got: Vec<(String, String)> = loaded
        .problems
        .iter()
        .map(|p| (p.location.clone(), p.message.to_string()))
        .collect();
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0].0.ends_with("status[1]") && got[0].1.contains("at most one status without a date"),
        "{got:#?}"
    );
    assert!(
        got[1].0.ends_with("status[2].to") && got[1].1.contains("\"to\" needs \"from\""),
        "{got:#?}"
    );
    let c = loaded.dataset.corridors.values().next().unwrap();
    assert_eq!(
        c.undated_status.as_ref().map(|u| u.status),
        Some(CorridorStatus::Proposed),
        "the first is kept"
    );
}

#[test]
fn a_format_1_file_with_a_format_2_value_loads_with_one_problem_saying_what_to_write() {
    // The rule, for every format-2 value alike: read, and one problem at
    // `format` names the value and says to write "format": 2.
    let files = corridors_with(r#"[{"status": "proposed"}]"#, 1);
    let loaded = load(&files);
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    let p = &loaded.problems[0];
    assert_eq!(
        (p.file.as_str(), p.location.as_str()),
        ("corridors.json", "format")
    );
    assert!(
        p.message.contains("\"format\": 1")
            && p.message.contains("without a date")
            && p.message.contains("write \"format\": 2"),
        "{p}"
    );
    let c = loaded.dataset.corridors.values().next().unwrap();
    assert!(c.undated_status.is_some(), "read anyway");

    // The same rule for a length (format 2 since before).
    let mut files = corridors_with(r#"[{"from": "2000", "status": "proposed"}]"#, 1);
    let (_, bytes) = files
        .iter_mut()
        .find(|(n, _)| *n == "corridors.json")
        .unwrap();
    let mut json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    json["corridors"][0]["length_km"] = 900.into();
    *bytes = serde_json::to_vec(&json).unwrap();
    let loaded = load(&files);
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    assert!(
        loaded.problems[0].message.contains("length_km"),
        "{}",
        loaded.problems[0]
    );
    // Declared 2: no problem.
    assert!(
        load(&corridors_with(r#"[{"status": "proposed"}]"#, 2))
            .problems
            .is_empty()
    );
}

/// The bundled data with the QGIS line, and a state that shows it.
fn shown_line(year: i32) -> (Dataset, State, Shown) {
    let ds = with_line(load_bundled().dataset, "kazantsev-2023");
    let mut state = State {
        year,
        ticked_corridors: Some([id()].into_iter().collect()),
        ..State::default()
    };
    state.layers.corridors = true;
    let shown = Shown::compute(&ds, &state);
    (ds, state, shown)
}

#[test]
fn the_legend_the_tooltip_and_the_export_say_date_not_recorded() {
    for year in [1995, 2024] {
        let (ds, state, shown) = shown_line(year);
        let line = shown
            .corridors
            .iter()
            .find(|c| c.id == id())
            .expect("drawn in every year");
        assert_eq!(line.status, Some(CorridorStatus::Proposed), "{year}");
        assert!(line.undated, "{year}: marked undated");

        let legend = rows(&LegendInput {
            dataset: &ds,
            shown: &shown,
            layers: state.layers,
            theme: state.theme,
            analysis: &state.analysis,
        });
        let labels: Vec<&str> = legend
            .iter()
            .filter_map(|r| match r {
                Row::Line(_, _, _, label) => Some(label.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            labels.contains(&"Proposed (date not recorded)"),
            "{year}: {labels:?}"
        );

        let tip = heartland::layers::corridors::hover_text(line, &ds, year);
        assert!(tip.contains("Proposed (date not recorded)"), "{tip}");

        let export = Export::of(&ds, &shown);
        let row = export
            .corridors
            .iter()
            .find(|r| r.corridor == "test-rail-link")
            .expect("exported");
        assert_eq!(
            (row.status.as_str(), row.status_since.as_str()),
            ("proposed", "not recorded"),
            "{year}"
        );
        assert_eq!(row.source, "kazantsev-2023", "the status's source");
    }
    // A dated status says when it holds from.
    let (ds, _, shown) = shown_line(2024);
    let export = Export::of(&ds, &shown);
    assert!(
        export
            .corridors
            .iter()
            .filter(|r| r.corridor != "test-rail-link")
            .all(|r| r.status.is_empty()
                || (!r.status_since.is_empty() && r.status_since != "not recorded")),
        "dated statuses carry their date"
    );
}

#[test]
fn the_inspector_shows_the_undated_status_as_date_not_recorded() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("routes.geojson");
    std::fs::write(&file, QGIS_LINE).expect("written");
    let mut harness = app_harness();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Command::Import(vec![file]));
    for _ in 0..500 {
        harness.run_steps(1);
        if !harness.state().session().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .session()
            .dataset()
            .corridors
            .contains_key(&id()),
        "imported: {:?}",
        harness.state().session().status()
    );
    harness.state_mut().apply(
        &ctx,
        Command::Select(Selection {
            corridor: Some(id()),
            ..Selection::default()
        }),
    );
    harness.run_steps(3);
    harness.get_by_label_contains("Proposed (date not recorded)");
    harness.get_by_label("Date not recorded: Proposed");
}
