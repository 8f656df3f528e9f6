//! The records as written in the files (data transfer objects).
//!
//! Every struct denies unknown keys, so a typo such as `"memebrships"` is an
//! error naming the key and the expected ones. Records whose file form is
//! the model's own (a source, a country, a place, a vote's totals) have no
//! struct here: the loader reads them as the model types, which deny unknown
//! keys too, so each of them is spelled once for reading. Lists whose items can be
//! dropped one by one (memberships, relation periods, segments, positions…)
//! are kept as raw JSON here and read item by item in [`super::build`], so
//! that one bad item does not take its whole record with it.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::model::{
    CorridorId, CorridorKind, CorridorStatus, CountryCode, Date, Dimension, MembershipStatus,
    OrgId, OrgKind, Score, SegmentMode, SourceId, StanceId, StanceKind,
};

/// A record of `organizations.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OrganizationDto {
    pub id: OrgId,
    pub acronym: String,
    pub name: String,
    pub kind: OrgKind,
    pub founded: Option<Date>,
    pub color: Option<String>,
    #[serde(default)]
    pub memberships: Vec<Value>,
    #[serde(default)]
    pub facts: Map<String, Value>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// One item of an organization's `memberships`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MembershipDto {
    pub country: CountryCode,
    pub status: MembershipStatus,
    pub from: Date,
    pub to: Option<Date>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// A record of `relations.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RelationDto {
    pub a: CountryCode,
    pub b: CountryCode,
    pub dimension: Dimension,
    #[serde(default)]
    pub directed: bool,
    pub series: Vec<Value>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// One item of a relation's `series`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeriodDto {
    pub from: Date,
    pub to: Option<Date>,
    pub score: Score,
    pub evidence: Option<String>,
    pub source: Option<SourceId>,
    pub note: Option<String>,
}

/// A record of `corridors.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CorridorDto {
    pub id: CorridorId,
    pub name: String,
    pub kind: CorridorKind,
    #[serde(default)]
    pub countries: Vec<Value>,
    #[serde(default)]
    pub segments: Vec<Value>,
    #[serde(default)]
    pub status: Vec<Value>,
    #[serde(default)]
    pub facts: Map<String, Value>,
    /// The route's length in km as its source gives it (format 2).
    pub length_km: Option<f64>,
    /// The source of `length_km` (format 2); absent: the corridor's `source`.
    pub length_source: Option<SourceId>,
    pub organization: Option<OrgId>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// One item of a corridor's `segments`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SegmentDto {
    pub mode: SegmentMode,
    pub via: Vec<Value>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// One item of a corridor's `status`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StatusDto {
    pub from: Date,
    pub to: Option<Date>,
    pub status: CorridorStatus,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// An item of a corridor's `status` without `from` (format 2): a status
/// the source gives without a date.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct UndatedStatusDto {
    pub status: CorridorStatus,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// A record of `stances.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StanceDto {
    pub id: StanceId,
    pub title: String,
    pub date: Date,
    pub kind: StanceKind,
    #[serde(default)]
    pub positions: Map<String, Value>,
    pub totals: Option<Value>,
    pub source: Option<SourceId>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}
