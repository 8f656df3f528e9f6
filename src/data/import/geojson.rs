//! GeoJSON (RFC 7946): a `FeatureCollection` (or a single `Feature`) whose
//! Point features are places and whose `LineString` / `MultiLineString`
//! features are corridors. Problems are located by JSON path
//! (`features[3].properties.mode`).
//!
//! Places: properties `name` and `country` (ISO alpha-3) are required;
//! `id` (else the feature's `id`, else the name as a slug), `kind` (default
//! `other`), `source`, `evidence`, `note` are optional.
//!
//! Corridors: properties `name`, `mode` (a segment mode), `status` (a
//! corridor status) and `from` (the date the status holds from) are
//! required; `to`, `id`, `kind` (default: the mode's kind), `countries` (a
//! list of codes), `source`, `evidence`, `note` are optional. Each line of
//! the geometry becomes one segment through its coordinates.

use std::io::Read;

use ::geojson::{Feature, GeometryValue, Position};
use serde_json::{Map, Value};

use super::{ImportOptions, Located, Problems, Records, Stop, clean_text, slugify};
use crate::data::build::check_lon_lat;
use crate::model::{
    Corridor, CorridorId, CorridorKind, CorridorStatus, CountryCode, Date, Interval, Place,
    PlaceId, PlaceKind, Segment, SegmentMode, SourceId, StatusPeriod, Waypoint,
};

/// Import a GeoJSON file.
pub(crate) fn import(
    mut reader: impl Read,
    options: &ImportOptions<'_>,
    problems: &mut Problems,
) -> Result<Records, Stop> {
    let mut records = Records::default();
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Err(super::table::stop_of(&e));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        problems.at("", "the file is empty");
        return Ok(records);
    }
    let root: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            problems.at(
                format!("line {}, column {}", e.line(), e.column()),
                format!("not valid JSON: {e}"),
            );
            return Ok(records);
        }
    };
    drop(bytes);
    let features = match root {
        Value::Object(mut top) => match top
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .as_deref()
        {
            Some("FeatureCollection") => match top.remove("features") {
                Some(Value::Array(list)) => list,
                _ => {
                    problems.at("features", "a FeatureCollection needs a \"features\" list");
                    return Ok(records);
                }
            },
            Some("Feature") => vec![Value::Object(top)],
            other => {
                problems.at(
                    "type",
                    format!(
                        "expected a GeoJSON \"FeatureCollection\" or \"Feature\", not {}",
                        other.map_or("an object without \"type\"".to_owned(), |t| format!(
                            "\"{t}\""
                        ))
                    ),
                );
                return Ok(records);
            }
        },
        _ => {
            problems.at(
                "",
                "expected a GeoJSON object { \"type\": \"FeatureCollection\", … }",
            );
            return Ok(records);
        }
    };
    for (i, raw) in features.into_iter().enumerate() {
        let path = format!("features[{i}]");
        let feature: Feature = match serde_json::from_value(raw) {
            Ok(f) => f,
            Err(e) => {
                problems.at(path, format!("not a GeoJSON feature: {e}"));
                continue;
            }
        };
        let mut reader = Props {
            path: &path,
            props: feature.properties.as_ref(),
            problems,
            bad: false,
        };
        let Some(geometry) = &feature.geometry else {
            reader.problem("geometry", "the feature has no geometry".to_owned());
            continue;
        };
        let feature_id = match &feature.id {
            Some(::geojson::feature::Id::String(s)) => Some(s.clone()),
            Some(::geojson::feature::Id::Number(n)) => Some(n.to_string()),
            None => None,
        };
        match &geometry.value {
            GeometryValue::Point { coordinates } => {
                if let Some(place) = place(&mut reader, coordinates, feature_id, options) {
                    records.places.push(Located {
                        location: path.clone(),
                        record: place,
                    });
                }
            }
            GeometryValue::LineString { coordinates } => {
                let lines = [(String::from("geometry.coordinates"), coordinates.as_slice())];
                if let Some(c) = corridor(&mut reader, &lines, feature_id, options) {
                    records.corridors.push(Located {
                        location: path.clone(),
                        record: c,
                    });
                }
            }
            GeometryValue::MultiLineString { coordinates } => {
                let lines: Vec<(String, &[Position])> = coordinates
                    .iter()
                    .enumerate()
                    .map(|(l, line)| (format!("geometry.coordinates[{l}]"), line.as_slice()))
                    .collect();
                if let Some(c) = corridor(&mut reader, &lines, feature_id, options) {
                    records.corridors.push(Located {
                        location: path.clone(),
                        record: c,
                    });
                }
            }
            other => reader.problem(
                "geometry",
                format!(
                    "a {} where a Point (a place) or a LineString / MultiLineString (a corridor) is expected",
                    other.type_name()
                ),
            ),
        }
    }
    Ok(records)
}

/// Reads the properties of one feature, reporting each bad one.
struct Props<'a, 'p> {
    path: &'a str,
    props: Option<&'a Map<String, Value>>,
    problems: &'p mut Problems,
    bad: bool,
}

impl Props<'_, '_> {
    fn problem(&mut self, field: &str, message: String) {
        self.problems.at(format!("{}.{field}", self.path), message);
        self.bad = true;
    }

    /// Property `key` as text: `Ok(None)` if absent, null or blank;
    /// `Err(())` once a problem with it is reported.
    fn checked(&mut self, key: &str, multiline: bool) -> Result<Option<String>, ()> {
        match self.props.and_then(|p| p.get(key)) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => clean_text(s, multiline).map_err(|m| {
                self.problem(&format!("properties.{key}"), m);
            }),
            Some(other) => {
                let message = format!("expected a string, not {other}");
                self.problem(&format!("properties.{key}"), message);
                Err(())
            }
        }
    }

    /// An optional text property.
    fn text(&mut self, key: &str, multiline: bool) -> Option<String> {
        self.checked(key, multiline).ok().flatten()
    }

    /// A required text property.
    fn required(&mut self, key: &str, what: &str) -> Option<String> {
        match self.checked(key, false) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                self.problem(
                    &format!("properties.{key}"),
                    format!("missing or empty: {what}"),
                );
                None
            }
            Err(()) => None,
        }
    }

    /// Parse an optional text property with `parse`.
    fn parsed<T>(&mut self, key: &str, parse: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        let text = self.text(key, false)?;
        match parse(&text) {
            Ok(v) => Some(v),
            Err(m) => {
                self.problem(&format!("properties.{key}"), m);
                None
            }
        }
    }

    fn source(&mut self, options: &ImportOptions<'_>) -> Option<SourceId> {
        self.parsed("source", |t| {
            SourceId::try_from(t).map_err(|e| e.to_string())
        })
        .or_else(|| options.source.clone())
    }

    /// The record's id: property `id`, else the feature's id, else the name.
    fn id(&mut self, feature_id: Option<String>, name: &str) -> String {
        self.text("id", false)
            .or(feature_id)
            .unwrap_or_else(|| slugify(name))
    }
}

fn lon_lat(reader: &mut Props<'_, '_>, field: &str, p: &Position) -> Option<(f64, f64)> {
    let (Some(lon), Some(lat)) = (p.as_slice().first(), p.as_slice().get(1)) else {
        reader.problem(
            field,
            "a position needs a longitude and a latitude".to_owned(),
        );
        return None;
    };
    match check_lon_lat(*lon, *lat) {
        Ok(()) => Some((*lon, *lat)),
        Err((_, message)) => {
            reader.problem(field, message);
            None
        }
    }
}

fn place(
    reader: &mut Props<'_, '_>,
    coordinates: &Position,
    feature_id: Option<String>,
    options: &ImportOptions<'_>,
) -> Option<Place> {
    let at = lon_lat(reader, "geometry.coordinates", coordinates);
    let name = reader.required("name", "a place needs a \"name\"");
    let country = match reader.required("country", "a place needs a \"country\" (ISO alpha-3)") {
        Some(t) => match CountryCode::try_from(t.to_ascii_uppercase().as_str()) {
            Ok(c) => Some(c),
            Err(e) => {
                reader.problem("properties.country", e.to_string());
                None
            }
        },
        None => None,
    };
    let kind = reader
        .parsed("kind", |t| {
            PlaceKind::parse(&t.to_lowercase()).ok_or_else(|| {
                format!(
                    "\"{t}\" is not a place kind (expected one of {})",
                    PlaceKind::expected()
                )
            })
        })
        .unwrap_or(PlaceKind::Other);
    let source = reader.source(options);
    let evidence = reader.text("evidence", true);
    let note = reader.text("note", true);
    let name = name?;
    let id_text = reader.id(feature_id, &name);
    let id = match PlaceId::try_from(id_text.as_str()) {
        Ok(id) => Some(id),
        Err(e) => {
            reader.problem("properties.id", e.to_string());
            None
        }
    };
    if reader.bad {
        return None;
    }
    let ((lon, lat), country, id) = (at?, country?, id?);
    Some(Place {
        id,
        name,
        country,
        kind,
        lon,
        lat,
        source,
        evidence,
        note,
    })
}

fn kind_of(mode: SegmentMode) -> CorridorKind {
    match mode {
        SegmentMode::Rail => CorridorKind::Rail,
        SegmentMode::Road => CorridorKind::Road,
        SegmentMode::Sea => CorridorKind::Sea,
        SegmentMode::OilPipeline => CorridorKind::OilPipeline,
        SegmentMode::GasPipeline => CorridorKind::GasPipeline,
    }
}

fn corridor(
    reader: &mut Props<'_, '_>,
    lines: &[(String, &[Position])],
    feature_id: Option<String>,
    options: &ImportOptions<'_>,
) -> Option<Corridor> {
    let name = reader.required("name", "a corridor needs a \"name\"");
    let mode = reader
        .required("mode", "a corridor needs a \"mode\"")
        .and_then(|t| {
            SegmentMode::parse(&t.to_lowercase()).or_else(|| {
                let m = format!(
                    "\"{t}\" is not a mode (expected one of {})",
                    SegmentMode::expected()
                );
                reader.problem("properties.mode", m);
                None
            })
        });
    let status = reader
        .required("status", "a corridor needs a \"status\"")
        .and_then(|t| {
            CorridorStatus::parse(&t.to_lowercase()).or_else(|| {
                let m = format!(
                    "\"{t}\" is not a corridor status (expected one of {})",
                    CorridorStatus::expected()
                );
                reader.problem("properties.status", m);
                None
            })
        });
    let from = reader
        .required(
            "from",
            "the status needs the date it holds from (\"from\": \"YYYY\")",
        )
        .and_then(|t| match Date::parse(&t) {
            Ok(d) => Some(d),
            Err(e) => {
                reader.problem("properties.from", e.to_string());
                None
            }
        });
    let to = reader.parsed("to", |t| Date::parse(t).map_err(|e| e.to_string()));
    let kind = reader.parsed("kind", |t| {
        CorridorKind::parse(&t.to_lowercase()).ok_or_else(|| {
            format!(
                "\"{t}\" is not a corridor kind (expected one of {})",
                CorridorKind::expected()
            )
        })
    });
    let mut countries = Vec::new();
    match reader.props.and_then(|p| p.get("countries")) {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (k, v) in list.iter().enumerate() {
                match v
                    .as_str()
                    .map(|s| CountryCode::try_from(s.trim().to_ascii_uppercase().as_str()))
                {
                    Some(Ok(c)) => countries.push(c),
                    Some(Err(e)) => {
                        reader.problem(&format!("properties.countries[{k}]"), e.to_string());
                    }
                    None => reader.problem(
                        &format!("properties.countries[{k}]"),
                        format!("expected a country code such as \"KAZ\", not {v}"),
                    ),
                }
            }
        }
        Some(other) => reader.problem(
            "properties.countries",
            format!("expected a list of country codes, not {other}"),
        ),
    }
    let source = reader.source(options);
    let evidence = reader.text("evidence", true);
    let note = reader.text("note", true);
    let mut vias = Vec::new();
    for (field, line) in lines {
        if line.len() < 2 {
            reader.problem(
                field,
                format!(
                    "a line needs at least two positions (it has {})",
                    line.len()
                ),
            );
            continue;
        }
        let mut via = Vec::with_capacity(line.len());
        for (k, p) in line.iter().enumerate() {
            if let Some((lon, lat)) = lon_lat(reader, &format!("{field}[{k}]"), p) {
                via.push(Waypoint::LonLat { lon, lat });
            }
        }
        vias.push(via);
    }
    if lines.is_empty() {
        reader.problem(
            "geometry.coordinates",
            "the MultiLineString has no lines".to_owned(),
        );
    }
    let period = match from.map(|f| Interval::new(f, to)) {
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            reader.problem("properties.to", e.to_string());
            None
        }
        None => None,
    };
    let name = name?;
    let id_text = reader.id(feature_id, &name);
    let id = match CorridorId::try_from(id_text.as_str()) {
        Ok(id) => Some(id),
        Err(e) => {
            reader.problem("properties.id", e.to_string());
            None
        }
    };
    if reader.bad {
        return None;
    }
    let (mode, status, period, id) = (mode?, status?, period?, id?);
    Some(Corridor {
        id,
        name,
        kind: kind.unwrap_or_else(|| kind_of(mode)),
        countries,
        segments: vias
            .into_iter()
            .map(|via| Segment {
                mode,
                via,
                source: None,
                evidence: None,
                note: None,
            })
            .collect(),
        status: vec![StatusPeriod {
            period,
            status,
            source: source.clone(),
            evidence: None,
            note: None,
        }],
        facts: std::collections::BTreeMap::new(),
        organization: None,
        source,
        evidence,
        note,
    })
}
