//! Corridors drawn in a year, with their status, legs and length (C5).

use std::collections::BTreeSet;

use crate::geometry::{LonLat, geodesic_length_km};
use crate::i18n::trf;
use crate::model::{
    Corridor, CorridorId, CorridorStatus, CountryCode, Dataset, SegmentMode, SourceId, Waypoint,
};

/// Which corridors the layer draws.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CorridorChoice {
    /// None is ticked: every corridor is drawn.
    #[default]
    All,
    /// Only the ticked ones.
    Ticked,
    /// An explicit empty choice (a view with `"corridors": []`): none.
    None,
}

/// One leg of a corridor as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownSegment {
    /// How it is travelled.
    pub mode: SegmentMode,
    /// Its waypoints in degrees (unknown places left out).
    pub points: Vec<LonLat>,
}

/// One corridor as shown in a year.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownCorridor {
    /// The corridor.
    pub id: CorridorId,
    /// Status in the year (`None`: not yet in its history).
    pub status: Option<CorridorStatus>,
    /// Index of the status period in effect, if any.
    pub status_index: Option<usize>,
    /// True when `status` is the corridor's undated status (no dated
    /// period covers the year): shown as "date not recorded".
    pub undated: bool,
    /// Its legs.
    pub segments: Vec<ShownSegment>,
    /// The drawn route's length along its waypoints on the ellipsoid, km:
    /// an approximation (a few waypoints), never the corridor's length.
    pub length_km: f64,
    /// The length its source gives, km (`length_km` in the data), if any.
    pub recorded_km: Option<f64>,
    /// The source of [`Self::recorded_km`] (the length's own source, else
    /// the corridor's).
    pub recorded_source: Option<SourceId>,
    /// The states it crosses, in the order the data gives.
    pub countries: Vec<CountryCode>,
}

/// The corridors to draw: the ticked ones (those the data knows), or all of
/// them when none is ticked (`None`).
pub fn chosen(
    dataset: &Dataset,
    ticked: Option<&BTreeSet<CorridorId>>,
) -> (Vec<CorridorId>, CorridorChoice) {
    match ticked {
        None => (
            dataset.corridors.keys().cloned().collect(),
            CorridorChoice::All,
        ),
        Some(set) if set.is_empty() => (Vec::new(), CorridorChoice::None),
        Some(set) => (
            set.iter()
                .filter(|id| dataset.corridors.contains_key(*id))
                .cloned()
                .collect(),
            CorridorChoice::Ticked,
        ),
    }
}

/// The waypoints of a segment in degrees (unknown places are skipped; the
/// loader has already reported them).
pub fn waypoints(dataset: &Dataset, via: &[Waypoint]) -> Vec<LonLat> {
    via.iter()
        .filter_map(|w| match w {
            Waypoint::Place(id) => dataset.places.get(id).map(|p| LonLat {
                lon: p.lon,
                lat: p.lat,
            }),
            Waypoint::LonLat { lon, lat } => Some(LonLat {
                lon: *lon,
                lat: *lat,
            }),
        })
        .collect()
}

/// The length of a corridor, km: the sum of its segments' geodesic lengths
/// along their waypoints (branches count once each).
pub fn route_length_km(dataset: &Dataset, corridor: &Corridor) -> f64 {
    corridor
        .segments
        .iter()
        .map(|s| geodesic_length_km(&waypoints(dataset, &s.via)))
        .sum()
}

/// The corridors `ids` in `year`, in the order given (unknown ids skipped).
/// The legs and geodesic lengths of corridors, which depend on the data but
/// not on the year: kept while the data stays the same (the caller clears it
/// when the data changes).
#[derive(Clone, Debug, Default)]
pub struct CorridorGeometry {
    generation: Option<u64>,
    map: std::collections::BTreeMap<CorridorId, (Vec<ShownSegment>, f64)>,
}

impl CorridorGeometry {
    /// Keep the geometry of data generation `generation` (drops what was
    /// kept for another).
    pub fn for_generation(&mut self, generation: u64) -> &mut Self {
        if self.generation != Some(generation) {
            self.map.clear();
            self.generation = Some(generation);
        }
        self
    }
}

pub fn compute(
    dataset: &Dataset,
    ids: &[CorridorId],
    year: i32,
    geometry: &mut CorridorGeometry,
) -> Vec<ShownCorridor> {
    ids.iter()
        .filter_map(|id| {
            let corridor = dataset.corridors.get(id)?;
            let status_index = corridor
                .status
                .iter()
                .enumerate()
                .filter(|(_, s)| s.period.in_effect_in(year))
                .max_by_key(|(_, s)| s.period.from.first_day())
                .map(|(i, _)| i);
            let (segments, length_km) = geometry
                .map
                .entry(id.clone())
                .or_insert_with(|| {
                    let segments: Vec<ShownSegment> = corridor
                        .segments
                        .iter()
                        .map(|s| ShownSegment {
                            mode: s.mode,
                            points: waypoints(dataset, &s.via),
                        })
                        .collect();
                    let length = segments.iter().map(|s| geodesic_length_km(&s.points)).sum();
                    (segments, length)
                })
                .clone();
            let dated = status_index
                .and_then(|i| corridor.status.get(i))
                .map(|s| s.status);
            let undated = corridor.undated_status.as_ref().map(|u| u.status);
            Some(ShownCorridor {
                id: id.clone(),
                status: dated.or(undated),
                status_index,
                undated: dated.is_none() && undated.is_some(),
                segments,
                length_km,
                recorded_km: corridor.length_km,
                recorded_source: corridor
                    .length_km
                    .and(corridor.length_source.clone().or(corridor.source.clone())),
                countries: corridor.countries.clone(),
            })
        })
        .collect()
}

/// A length in whole kilometres with thousands separated ("1,768").
pub fn km_text(km: f64) -> String {
    if !km.is_finite() {
        return String::new();
    }
    crate::i18n::number(km.round(), 0)
}

/// The lengths of a corridor in words: the recorded length with its source
/// where the data has one, and the drawn route's approximate length
/// ("Length: 1,768 km (btc-record) · drawn route, approx. 1,407 km").
/// In the window's language (the map's hover text and the inspector).
pub fn length_text(recorded: Option<(f64, Option<&SourceId>)>, drawn_km: f64) -> String {
    let drawn = km_text(drawn_km);
    match recorded {
        Some((km, Some(source))) => trf(
            "map-length-recorded-source",
            "Length: { $km } km ({ $source }) · drawn route, approx. { $drawn } km",
            &[("km", &km_text(km)), ("source", source), ("drawn", &drawn)],
        ),
        Some((km, None)) => trf(
            "map-length-recorded",
            "Length: { $km } km · drawn route, approx. { $drawn } km",
            &[("km", &km_text(km)), ("drawn", &drawn)],
        ),
        None => trf(
            "map-length-not-recorded",
            "Length not recorded · drawn route, approx. { $drawn } km",
            &[("drawn", &drawn)],
        ),
    }
}

impl ShownCorridor {
    /// [`length_text`] of this corridor.
    pub fn length_text(&self) -> String {
        length_text(
            self.recorded_km
                .map(|km| (km, self.recorded_source.as_ref())),
            self.length_km,
        )
    }
}
