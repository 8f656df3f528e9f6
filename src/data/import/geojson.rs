//! GeoJSON (RFC 7946): a `FeatureCollection` (or a single `Feature`) whose
//! Point features are places and whose `LineString` / `MultiLineString`
//! features are corridors. Problems are located by JSON path
//! (`features[3].properties.mode`).
//!
//! Places: properties `name` and `country` (ISO alpha-3) are required;
//! `id` (else the feature's `id`, else the name as a slug), `kind` (default
//! `other`), `source`, `evidence`, `note` are optional.
//!
//! Corridors: properties `name`, `mode` (a segment mode) and `status` (a
//! corridor status) are required; `from` (the date the status holds from),
//! `to`, `id`, `kind` (default: the mode's kind), `countries` (a list of
//! codes), `source`, `evidence`, `note` are optional. A status without
//! `from` (as QGIS layers often carry it) is imported as undated, never
//! given a made-up date. Each line of the geometry becomes one segment
//! through its coordinates.

use std::io::Read;

use ::geojson::{Feature, GeometryValue, Position};
use serde_json::{Map, Value};

use super::{ImportOptions, Located, Problems, Reason, Records, Stop, clean_text, empty, slugify};
use crate::data::build::check_lon_lat_message;
use crate::i18n::Message;
use crate::model::{
    Corridor, CorridorId, CorridorKind, CorridorStatus, CountryCode, Date, Interval, Place,
    PlaceId, PlaceKind, Segment, SegmentMode, SourceId, StatusPeriod, UndatedStatus, Waypoint,
};

/// Import a GeoJSON file.
///
/// The file is read into memory once (its bytes); the features are then
/// taken one at a time from the text (each as a raw slice of it), parsed
/// and turned into records, so the memory needed is the file's size plus
/// the records imported, not a parsed tree of the whole file. A feature
/// whose text cannot be parsed (a number too large to represent, `1e400`)
/// is a problem of that feature only.
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
    let body = crate::data::text::strip_boms(&bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        problems.at("", empty());
        return Ok(records);
    }
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let byte = body.get(at).copied().unwrap_or(0);
            problems.at(
                crate::data::read::line_column(body, at),
                Message::trf(
                    "importer-geojson-not-utf8",
                    "the file is not valid UTF-8 text (byte 0x{ $byte }); save it again as UTF-8",
                    &[("byte", &format!("{byte:02X}"))],
                ),
            );
            return Ok(records);
        }
    };
    let mut count = 0usize;
    let mut on_feature = |raw: &str| {
        let path = format!("features[{count}]");
        count += 1;
        feature(&path, raw, options, &mut records, problems);
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let top = serde::de::DeserializeSeed::deserialize(
        TopSeed {
            on_feature: &mut on_feature,
        },
        &mut de,
    )
    .and_then(|top| de.end().map(|()| top));
    let top = match top {
        Ok(top) => top,
        Err(e) => {
            let location = format!("line {}, column {}", e.line(), e.column());
            let message = e.to_string();
            let bare = message.split(" at line ").next().unwrap_or(&message);
            problems.at(location, not_json(Message::verbatim(bare)));
            // As for any file that is not JSON: nothing is imported.
            return Ok(Records::default());
        }
    };
    match top.kind.as_deref() {
        Some("FeatureCollection") if top.had_features => {}
        Some("FeatureCollection") => {
            problems.at(
                "features",
                Message::tr(
                    "importer-geojson-no-features",
                    "a FeatureCollection needs a \"features\" list",
                ),
            );
        }
        Some("Feature") => {
            // A single feature: its own keys were kept (it is small).
            let single = Value::Object(top.rest).to_string();
            feature("features[0]", &single, options, &mut records, problems);
        }
        Some(other) => problems.at(
            "type",
            Message::trf(
                "importer-geojson-wrong-type",
                "expected a GeoJSON \"FeatureCollection\" or \"Feature\", not \"{ $type }\"",
                &[("type", &other)],
            ),
        ),
        None => problems.at(
            "type",
            Message::tr(
                "importer-geojson-no-type",
                "expected a GeoJSON \"FeatureCollection\" or \"Feature\", not an object without \"type\"",
            ),
        ),
    }
    Ok(records)
}

/// The top-level object, with its features handed to `on_feature` as they
/// are read.
struct TopSeed<'f> {
    on_feature: &'f mut dyn FnMut(&str),
}

/// What the top-level object held besides its features.
struct Top {
    kind: Option<String>,
    had_features: bool,
    /// The other keys (a single Feature's `geometry`, `properties`, `id`).
    rest: Map<String, Value>,
}

impl<'de> serde::de::DeserializeSeed<'de> for TopSeed<'_> {
    type Value = Top;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for TopSeed<'_> {
    type Value = Top;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a GeoJSON object { \"type\": \"FeatureCollection\", \"features\": [ … ] }")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut top = Top {
            kind: None,
            had_features: false,
            rest: Map::new(),
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "type" => {
                    let value: Value = map.next_value()?;
                    top.kind = value.as_str().map(str::to_owned);
                    top.rest.insert(key, value);
                }
                "features" => {
                    top.had_features = map.next_value_seed(FeaturesSeed {
                        on_feature: &mut *self.on_feature,
                    })?;
                }
                "geometry" | "properties" | "id" => {
                    // Kept as text for a single Feature (a number too
                    // large there is then that feature's problem).
                    let raw: Box<serde_json::value::RawValue> = map.next_value()?;
                    let value = serde_json::from_str::<Value>(raw.get())
                        .unwrap_or_else(|_| Value::String(raw.get().to_owned()));
                    top.rest.insert(key, value);
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(top)
    }
}

/// The `features` list: each element handed over as raw text. `true` if it
/// was a list.
struct FeaturesSeed<'f> {
    on_feature: &'f mut dyn FnMut(&str),
}

impl<'de> serde::de::DeserializeSeed<'de> for FeaturesSeed<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for FeaturesSeed<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of features")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while let Some(raw) = seq.next_element::<&'de serde_json::value::RawValue>()? {
            (self.on_feature)(raw.get());
        }
        Ok(true)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(false)
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }
}

/// One feature, from its text: parsed (a number too large to represent is
/// read as null and reported), checked, turned into a record.
fn feature(
    path: &str,
    raw: &str,
    options: &ImportOptions<'_>,
    records: &mut Records,
    problems: &mut Problems,
) {
    let mut number_problems = Vec::new();
    let value = match crate::data::read::parse_json(raw, &mut number_problems) {
        Ok(v) => v,
        Err((_, message)) => {
            problems.at(path, not_json(message.reason()));
            return;
        }
    };
    for (_, message) in number_problems {
        problems.at(path, message.reason());
    }
    let feature: Feature = match serde_json::from_value(value) {
        Ok(f) => f,
        Err(e) => {
            problems.at(path, feature_error(&e.to_string()));
            return;
        }
    };
    let path = path.to_owned();
    {
        let mut reader = Props {
            path: &path,
            props: feature.properties.as_ref(),
            problems,
            bad: false,
        };
        let Some(geometry) = &feature.geometry else {
            reader.problem(
                "geometry",
                Message::tr(
                    "importer-geojson-no-geometry",
                    "the feature has no geometry",
                ),
            );
            return;
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
                Message::trf(
                    "importer-geojson-wrong-geometry",
                    "a { $geometry } where a Point (a place) or a LineString / MultiLineString (a corridor) is expected",
                    &[("geometry", &other.type_name())],
                ),
            ),
        }
    }
}

/// Reads the properties of one feature, reporting each bad one.
struct Props<'a, 'p> {
    path: &'a str,
    props: Option<&'a Map<String, Value>>,
    problems: &'p mut Problems,
    bad: bool,
}

impl Props<'_, '_> {
    fn problem(&mut self, field: &str, message: Message) {
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
                let message = Message::trf(
                    "importer-geojson-not-a-string",
                    "expected a string, not { $value }",
                    &[("value", other)],
                );
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
    fn required(&mut self, key: &str, what: Message) -> Option<String> {
        match self.checked(key, false) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                self.problem(
                    &format!("properties.{key}"),
                    Message::tr("importer-geojson-missing", "missing or empty: { $what }")
                        .with("what", what),
                );
                None
            }
            Err(()) => None,
        }
    }

    /// Parse an optional text property with `parse`.
    fn parsed<T>(
        &mut self,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, Message>,
    ) -> Option<T> {
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
        self.parsed("source", |t| SourceId::try_from(t).map_err(Reason::reason))
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
            Message::tr(
                "importer-geojson-position",
                "a position needs a longitude and a latitude",
            ),
        );
        return None;
    };
    match check_lon_lat_message(*lon, *lat) {
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
    let name = reader.required(
        "name",
        Message::tr("importer-geojson-place-name", "a place needs a \"name\""),
    );
    let country = match reader.text("country", false) {
        Some(t) => match CountryCode::try_from(t.to_ascii_uppercase().as_str()) {
            Ok(c) => Some(c),
            Err(e) => {
                reader.problem("properties.country", e.reason());
                None
            }
        },
        // No `country` (QGIS writes only the columns a layer has): the
        // country whose territory holds the point on the bundled map.
        None => match at.map(|(lon, lat)| country_at(lon, lat)) {
            Some(Ok(c)) => Some(c),
            Some(Err(message)) => {
                reader.problem("properties.country", message);
                None
            }
            None => None,
        },
    };
    let kind = reader
        .parsed("kind", |t| {
            PlaceKind::parse(&t.to_lowercase()).ok_or_else(|| {
                Message::trf(
                    "importer-not-a-place-kind",
                    "\"{ $value }\" is not a place kind (expected one of { $expected })",
                    &[("value", &t), ("expected", &PlaceKind::expected())],
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
            reader.problem("properties.id", e.reason());
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
    let name = reader.required(
        "name",
        Message::tr(
            "importer-geojson-corridor-name",
            "a corridor needs a \"name\"",
        ),
    );
    let mode = reader
        .required(
            "mode",
            Message::tr(
                "importer-geojson-corridor-mode",
                "a corridor needs a \"mode\"",
            ),
        )
        .and_then(|t| {
            SegmentMode::parse(&t.to_lowercase()).or_else(|| {
                let m = Message::trf(
                    "importer-not-a-mode",
                    "\"{ $value }\" is not a mode (expected one of { $expected })",
                    &[("value", &t), ("expected", &SegmentMode::expected())],
                );
                reader.problem("properties.mode", m);
                None
            })
        });
    let status = reader
        .required(
            "status",
            Message::tr(
                "importer-geojson-corridor-status",
                "a corridor needs a \"status\"",
            ),
        )
        .and_then(|t| {
            CorridorStatus::parse(&t.to_lowercase()).or_else(|| {
                let m = Message::trf(
                    "importer-not-a-corridor-status",
                    "\"{ $value }\" is not a corridor status (expected one of { $expected })",
                    &[("value", &t), ("expected", &CorridorStatus::expected())],
                );
                reader.problem("properties.status", m);
                None
            })
        });
    let from = reader.parsed("from", |t| Date::parse(t).map_err(Reason::reason));
    let to = reader.parsed("to", |t| Date::parse(t).map_err(Reason::reason));
    let kind = reader.parsed("kind", |t| {
        CorridorKind::parse(&t.to_lowercase()).ok_or_else(|| {
            Message::trf(
                "importer-not-a-corridor-kind",
                "\"{ $value }\" is not a corridor kind (expected one of { $expected })",
                &[("value", &t), ("expected", &CorridorKind::expected())],
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
                        reader.problem(&format!("properties.countries[{k}]"), e.reason());
                    }
                    None => reader.problem(
                        &format!("properties.countries[{k}]"),
                        Message::trf(
                            "importer-geojson-not-a-code",
                            "expected a country code such as \"KAZ\", not { $value }",
                            &[("value", v)],
                        ),
                    ),
                }
            }
        }
        Some(other) => reader.problem(
            "properties.countries",
            Message::trf(
                "importer-geojson-not-a-list",
                "expected a list of country codes, not { $value }",
                &[("value", other)],
            ),
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
                Message::trf(
                    "importer-geojson-short-line",
                    "a line needs at least two positions (it has { $count })",
                    &[("count", &line.len())],
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
            Message::tr(
                "importer-geojson-no-lines",
                "the MultiLineString has no lines",
            ),
        );
    }
    // `Some(None)`: no date recorded; `None`: a problem was reported.
    let period: Option<Option<Interval>> = match (from, to) {
        (Some(f), to) => match Interval::new(f, to) {
            Ok(p) => Some(Some(p)),
            Err(e) => {
                reader.problem("properties.to", e.reason());
                None
            }
        },
        (None, Some(_)) => {
            reader.problem(
                "properties.to",
                Message::tr(
                    "importer-geojson-to-without-from",
                    "\"to\" needs \"from\": give the date the status holds from, or leave out both for a status whose date is not recorded",
                ),
            );
            None
        }
        (None, None) => Some(None),
    };
    let name = name?;
    let id_text = reader.id(feature_id, &name);
    let id = match CorridorId::try_from(id_text.as_str()) {
        Ok(id) => Some(id),
        Err(e) => {
            reader.problem("properties.id", e.reason());
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
        status: period
            .map(|period| StatusPeriod {
                period,
                status,
                source: source.clone(),
                evidence: None,
                note: None,
            })
            .into_iter()
            .collect(),
        undated_status: period.is_none().then(|| UndatedStatus {
            status,
            source: source.clone(),
            evidence: None,
            note: None,
        }),
        facts: std::collections::BTreeMap::new(),
        length_km: None,
        length_source: None,
        organization: None,
        source,
        evidence,
        note,
    })
}

/// Why a feature is not a GeoJSON feature, in plain words (serde names the
/// geojson crate's internal types: "expected struct
/// `DeserializeFeatureHelper`").
fn feature_error(raw: &str) -> Message {
    let bare = raw.split(" at line ").next().unwrap_or(raw);
    if bare.contains("null") && bare.contains("f64") {
        return Message::tr(
            "importer-geojson-coordinate-not-number",
            "a coordinate is not a number (a number too large to represent, like 1e400, is read as null); the feature is not imported",
        );
    }
    // The object's shape is JSON, the same in every language (and braces
    // are Fluent's own syntax).
    if bare.contains("DeserializeFeatureHelper") || bare.contains("expected struct") {
        return Message::trf(
            "importer-geojson-not-a-feature-object",
            "not a GeoJSON feature: expected an object { $shape }",
            &[(
                "shape",
                &"{ \"type\": \"Feature\", \"geometry\": { … }, \"properties\": { … } }",
            )],
        );
    }
    Message::trf(
        "importer-geojson-not-a-feature",
        "not a GeoJSON feature: { $reason }",
        &[("reason", &bare.replace('`', "\""))],
    )
}

/// "not valid JSON: `reason`" (the parser's reason, quoted as it is).
fn not_json(reason: Message) -> Message {
    Message::tr("importer-not-json", "not valid JSON: { $reason }").with("reason", reason)
}

/// The country whose territory on the bundled map (Natural Earth, finest
/// level) holds the point, for a place given without `country`. A point at
/// sea, or in a disputed territory (the map does not decide who holds it),
/// is a problem asking for the `country`.
fn country_at(lon: f64, lat: f64) -> Result<CountryCode, Message> {
    use geo::{BoundingRect as _, Intersects as _};
    use std::sync::OnceLock;
    static GEO: OnceLock<Option<crate::geometry::GeoAssets>> = OnceLock::new();
    let geo = GEO
        .get_or_init(|| crate::geometry::load_bundled_geo_levels(&[0]).ok())
        .as_ref()
        .ok_or_else(no_map)?;
    let point = geo::Point::new(lon, lat);
    let inside = |shape: &geo::MultiPolygon<f64>| {
        shape.bounding_rect().is_some_and(|r| r.intersects(&point)) && shape.intersects(&point)
    };
    if let Some(d) = geo.disputed.iter().find(|d| inside(&d.shape)) {
        return Err(Message::trf(
            "importer-geojson-disputed",
            "no \"country\", and the point lies in { $territory }, a disputed territory: the map does not say whose it is; give the country (ISO alpha-3)",
            &[("territory", &d.name)],
        ));
    }
    let level = geo.levels.first().ok_or_else(no_map)?;
    let found = level.countries.iter().find(|c| inside(&c.shape));
    match found {
        Some(c) => CountryCode::try_from(c.code.as_str()).map_err(|_| {
            Message::trf(
                "importer-geojson-no-iso",
                "no \"country\", and the point lies in { $name } ({ $code }), which has no ISO code; give the country",
                &[("name", &c.name), ("code", &c.code)],
            )
        }),
        None => Err(Message::trf(
            "importer-geojson-at-sea",
            "no \"country\", and the point ({ $lon }, { $lat }) is at sea or outside every country on the map; give the country (ISO alpha-3)",
            &[("lon", &lon), ("lat", &lat)],
        )),
    }
}

/// The country of a point without one cannot be found: the bundled map
/// could not be read.
fn no_map() -> Message {
    Message::tr(
        "importer-geojson-no-map",
        "no \"country\", and the map to find it on could not be read; give the country (ISO alpha-3)",
    )
}
