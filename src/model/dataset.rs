//! [`Dataset`]: everything the data files describe, checked and cross-linked,
//! and the records it is made of.
//!
//! A `Dataset` is built by [`crate::data`]; past the loader every reference
//! resolves (a membership's country is in `countries`, a corridor's place is
//! in `places`, a `source` is in `sources`) and every interval is non-empty.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    CorridorId, CorridorKind, CorridorStatus, CountryCode, Date, Dimension, Interval,
    MembershipStatus, OrgId, OrgKind, PlaceId, PlaceKind, Position, Score, SegmentMode, SourceId,
    StanceId, StanceKind,
};

/// The whole dataset: sources, countries, places, organizations, relations,
/// corridors and stances. All collections are ordered (by id, or for
/// relations by `(a, b, dimension)`), so iteration is deterministic.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Source documents, by id.
    pub sources: BTreeMap<SourceId, Source>,
    /// Countries the data uses, by code.
    pub countries: BTreeMap<CountryCode, Country>,
    /// Capitals, ports, terminals, crossings, by id.
    pub places: BTreeMap<PlaceId, Place>,
    /// Organizations with their memberships, by id.
    pub organizations: BTreeMap<OrgId, Organization>,
    /// Relations, sorted by `(a, b, dimension)`.
    pub relations: Vec<Relation>,
    /// Transport and energy routes, by id.
    pub corridors: BTreeMap<CorridorId, Corridor>,
    /// Votes and recognition questions, by id.
    pub stances: BTreeMap<StanceId, Stance>,
    /// How current the data is: the top-level `as_of` date of
    /// `sources.json`, or `None` when the file gives none.
    pub as_of: Option<Date>,
}

/// A source document (`sources.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its id, cited by records as `"source"`.
    pub id: SourceId,
    /// Title.
    pub title: String,
    /// Author(s), if known.
    pub author: Option<String>,
    /// Where it was published (outlet, publisher, body).
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// File name under `shared/sources/`, for the bundled documents.
    pub file: Option<String>,
    /// Web address, if any.
    pub url: Option<String>,
    /// Free note.
    pub note: Option<String>,
    /// The language the document is written in, a BCP 47 tag (`en`, `ru`,
    /// `kk-Cyrl`); format 2. Recorded only where checked: quoted evidence
    /// stays in it, and the inspector says so when the window speaks
    /// another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A country (`countries.json`): display name, capital, group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub code: CountryCode,
    /// Display name ("Kazakhstan").
    pub name: String,
    /// The capital, a place in `places`.
    pub capital: Option<PlaceId>,
    /// Grouping for display ("Central Asia", "South Caucasus", "Neighbour", …).
    pub group: String,
    /// Source of the record.
    pub source: Option<SourceId>,
    /// Evidence (a short quote or paraphrase).
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

impl Country {
    /// The name the window and figures show: in the window's language
    /// ([`crate::i18n::state_name`]), the data's name where there is none.
    pub fn display_name(&self) -> std::borrow::Cow<'_, str> {
        crate::i18n::state_name(self.code.as_str(), &self.name)
    }
}

/// A place (`places.json`): a capital, port, terminal, crossing, ….
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Its id (`aktau`).
    pub id: PlaceId,
    /// Display name.
    pub name: String,
    /// The country it lies in.
    pub country: CountryCode,
    /// What it is.
    pub kind: PlaceKind,
    /// Longitude in degrees east, in [−180, 180].
    pub lon: f64,
    /// Latitude in degrees north, in [−90, 90].
    pub lat: f64,
    /// Source of the record.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

impl Place {
    /// The name the window and figures show: in the window's language
    /// ([`crate::i18n::place_name`]: CLDR's city names), the data's name
    /// where there is none.
    pub fn display_name(&self) -> std::borrow::Cow<'_, str> {
        crate::i18n::place_name(self.id.as_str(), &self.name)
    }
}

/// An organization and its memberships over time (`organizations.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Its id (`csto`).
    pub id: OrgId,
    /// Short name ("CSTO").
    pub acronym: String,
    /// Full name.
    pub name: String,
    /// What it is mainly about.
    pub kind: OrgKind,
    /// Founding date.
    pub founded: Option<Date>,
    /// Display colour as RGB, from `"#rrggbb"`.
    pub color: Option<[u8; 3]>,
    /// Memberships, in file order. Periods of one country never overlap.
    pub memberships: Vec<Membership>,
    /// Facts the sources give (bodies, formats, dates), by name, as text.
    pub facts: BTreeMap<String, String>,
    /// Source of the record.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

impl Organization {
    /// The acronym the window and figures show: the organization's own in
    /// the window's language where it publishes one
    /// ([`crate::i18n::organization_names`]), else the data's.
    pub fn display_acronym(&self) -> std::borrow::Cow<'_, str> {
        crate::i18n::organization_names(self.id.as_str(), &self.acronym, &self.name).0
    }

    /// The full name the window and figures show (as
    /// [`Self::display_acronym`]).
    pub fn display_name(&self) -> std::borrow::Cow<'_, str> {
        crate::i18n::organization_names(self.id.as_str(), &self.acronym, &self.name).1
    }
}

/// One period of one country's status in an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// The member state.
    pub country: CountryCode,
    /// Its status during the period.
    pub status: MembershipStatus,
    /// The period (`to` exclusive, open if still true).
    pub period: Interval,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// A relation between two states in one dimension, over time (`relations.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// First state (the actor, if directed).
    pub a: CountryCode,
    /// Second state (the target, if directed). Never equal to `a`.
    pub b: CountryCode,
    /// What the score measures.
    pub dimension: Dimension,
    /// True if the relation is one-way (from `a` towards `b`).
    pub directed: bool,
    /// Scored periods, sorted by start; they never overlap.
    pub series: Vec<Period>,
    /// Source of the relation as a whole.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// One scored period of a [`Relation`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// The period.
    pub period: Interval,
    /// The strength during it.
    pub score: Score,
    /// Evidence for the score.
    pub evidence: Option<String>,
    /// Source.
    pub source: Option<SourceId>,
    /// Free note.
    pub note: Option<String>,
}

/// A transport or energy route (`corridors.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corridor {
    /// Its id (`middle-corridor`).
    pub id: CorridorId,
    /// Display name.
    pub name: String,
    /// What kind of route it is as a whole.
    pub kind: CorridorKind,
    /// The states it crosses, in the order given.
    pub countries: Vec<CountryCode>,
    /// The legs of the route, each with one mode.
    pub segments: Vec<Segment>,
    /// Status over time, sorted by start; periods never overlap.
    pub status: Vec<StatusPeriod>,
    /// A status the source gives without the date it holds from (as GIS
    /// files often carry it), at most one. It is never given a made-up
    /// date: it stands in every year no dated period covers, shown as
    /// "date not recorded". Format 2.
    pub undated_status: Option<UndatedStatus>,
    /// Facts the sources give (volumes, values, dates), by name, as text.
    pub facts: BTreeMap<String, String>,
    /// The route's length in kilometres as its source gives it (positive and
    /// finite), beside the length of the route as drawn. Format 2.
    pub length_km: Option<f64>,
    /// The source of [`length_km`](Self::length_km); `None`: the corridor's
    /// own `source`. Format 2.
    pub length_source: Option<SourceId>,
    /// The organization that runs or promotes it, if any.
    pub organization: Option<OrgId>,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// One leg of a [`Corridor`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// How it is travelled.
    pub mode: SegmentMode,
    /// At least two points, in order.
    pub via: Vec<Waypoint>,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// A point on a corridor: a known place or a bare coordinate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Waypoint {
    /// A place in `places`.
    Place(PlaceId),
    /// A coordinate in degrees.
    LonLat {
        /// Longitude, degrees east.
        lon: f64,
        /// Latitude, degrees north.
        lat: f64,
    },
}

/// One period of a corridor's status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusPeriod {
    /// The period.
    pub period: Interval,
    /// The status during it.
    pub status: CorridorStatus,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// A corridor's status as a source gives it without a date
/// ([`Corridor::undated_status`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UndatedStatus {
    /// The status.
    pub status: CorridorStatus,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// Positions of states on one issue: a vote or a recognition question
/// (`stances.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// Its id (`unga-62-243`).
    pub id: StanceId,
    /// Display title.
    pub title: String,
    /// Date of the vote or question.
    pub date: Date,
    /// What it records; decides which positions are allowed.
    pub kind: StanceKind,
    /// Each state's position.
    pub positions: BTreeMap<CountryCode, Position>,
    /// The official totals of a UN vote, if given (only `un-vote` stances
    /// have them; recorded positions never exceed them).
    pub totals: Option<VoteTotals>,
    /// Source.
    pub source: Option<SourceId>,
    /// Evidence.
    pub evidence: Option<String>,
    /// Free note.
    pub note: Option<String>,
}

/// The official totals of a recorded UN vote (`totals` of a stance).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteTotals {
    /// Votes in favour.
    pub yes: u32,
    /// Votes against.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
    /// Members present or not that did not vote.
    pub absent: u32,
    /// Where the totals come from, if not the stance's own source.
    pub source: Option<SourceId>,
}

impl VoteTotals {
    /// The total for `position`; `None` for positions a vote does not use.
    pub fn of(&self, position: Position) -> Option<u32> {
        match position {
            Position::Yes => Some(self.yes),
            Position::No => Some(self.no),
            Position::Abstain => Some(self.abstain),
            Position::Absent => Some(self.absent),
            _ => None,
        }
    }

    /// All four totals added up: the UN's membership on the vote's date.
    pub fn sum(&self) -> u32 {
        self.yes + self.no + self.abstain + self.absent
    }
}

impl Stance {
    /// How many recorded positions are `position`.
    pub fn count(&self, position: Position) -> u32 {
        let n = self.positions.values().filter(|p| **p == position).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// For a vote with totals: how many of each position's total are not
    /// recorded by name (total minus recorded, never below zero), in legend
    /// order. Empty without totals.
    pub fn unrecorded(&self) -> Vec<(Position, u32)> {
        let Some(totals) = &self.totals else {
            return Vec::new();
        };
        Position::allowed_for(self.kind)
            .iter()
            .filter_map(|p| Some((*p, totals.of(*p)?.saturating_sub(self.count(*p)))))
            .collect()
    }
}

/// Among `items` in effect in `year`, the one that starts latest (the last
/// such in order on a tie).
fn latest_in_effect<T>(items: &[T], year: i32, interval: impl Fn(&T) -> &Interval) -> Option<&T> {
    items
        .iter()
        .filter(|item| interval(item).in_effect_in(year))
        .max_by_key(|item| interval(item).from.first_day())
}

impl Dataset {
    /// The capital of `c`, if it has one in the data.
    pub fn capital_of(&self, c: CountryCode) -> Option<&Place> {
        let capital = self.countries.get(&c)?.capital.as_ref()?;
        self.places.get(capital)
    }

    /// The name the window and figures show for `c`: in the window's
    /// language ([`crate::i18n::state_name`]: CLDR's name of an ISO code,
    /// else its name in `countries`), else its code.
    pub fn country_name(&self, c: CountryCode) -> String {
        self.countries.get(&c).map_or_else(
            || c.as_str().to_owned(),
            |country| country.display_name().into_owned(),
        )
    }

    /// The title of source `id`, if it exists.
    pub fn source_title(&self, id: &SourceId) -> Option<&str> {
        self.sources.get(id).map(|s| s.title.as_str())
    }

    /// The first and last year any dated record touches (memberships,
    /// relation periods, corridor statuses, stances, founding dates), or
    /// `None` if nothing is dated. Open intervals count by their start.
    pub fn year_range(&self) -> Option<(i32, i32)> {
        let mut years: Vec<i32> = Vec::new();
        let mut add = |i: &Interval| {
            years.push(i.from.year());
            years.extend(i.last_year());
        };
        for org in self.organizations.values() {
            org.memberships.iter().for_each(|m| add(&m.period));
        }
        for rel in &self.relations {
            rel.series.iter().for_each(|p| add(&p.period));
        }
        for cor in self.corridors.values() {
            cor.status.iter().for_each(|s| add(&s.period));
        }
        years.extend(self.stances.values().map(|s| s.date.year()));
        years.extend(
            self.organizations
                .values()
                .filter_map(|o| o.founded.map(|d| d.year())),
        );
        Some((*years.iter().min()?, *years.iter().max()?))
    }

    /// The relations that involve `c` (as `a` or `b`), in dataset order.
    pub fn relations_of(&self, c: CountryCode) -> impl Iterator<Item = &Relation> {
        self.relations.iter().filter(move |r| r.a == c || r.b == c)
    }
}

impl Organization {
    /// Each country's status in `year`: where several of its periods are in
    /// effect that year, the one that starts latest wins.
    pub fn members_in(&self, year: i32) -> BTreeMap<CountryCode, MembershipStatus> {
        let mut by_country: BTreeMap<CountryCode, Vec<&Membership>> = BTreeMap::new();
        for m in self
            .memberships
            .iter()
            .filter(|m| m.period.in_effect_in(year))
        {
            by_country.entry(m.country).or_default().push(m);
        }
        by_country
            .into_iter()
            .filter_map(|(c, ms)| {
                let latest = ms.into_iter().max_by_key(|m| m.period.from.first_day())?;
                Some((c, latest.status))
            })
            .collect()
    }

    /// Each country's status on `date` (its first day): where several of its
    /// periods cover that day, the one that starts latest wins. Unlike
    /// [`Self::members_in`], a period that ends or starts later in the same
    /// year does not count.
    pub fn members_on(&self, date: Date) -> BTreeMap<CountryCode, MembershipStatus> {
        let day = date.first_day();
        let mut by_country: BTreeMap<CountryCode, &Membership> = BTreeMap::new();
        let covering = self.memberships.iter().filter(|m| {
            m.period.from.first_day() <= day && m.period.to.is_none_or(|to| to.first_day() > day)
        });
        for m in covering {
            let slot = by_country.entry(m.country).or_insert(m);
            if m.period.from.first_day() >= slot.period.from.first_day() {
                *slot = m;
            }
        }
        by_country.into_iter().map(|(c, m)| (c, m.status)).collect()
    }

    /// The memberships of country `c`, in file order.
    pub fn memberships_of(&self, c: CountryCode) -> impl Iterator<Item = &Membership> {
        self.memberships.iter().filter(move |m| m.country == c)
    }
}

impl Relation {
    /// The period in effect in `year`; where several are (they can touch
    /// within a year), the one that starts latest.
    pub fn period_at(&self, year: i32) -> Option<&Period> {
        latest_in_effect(&self.series, year, |p| &p.period)
    }

    /// The score in `year`, if any period is in effect.
    pub fn score_at(&self, year: i32) -> Option<Score> {
        self.period_at(year).map(|p| p.score)
    }
}

impl Corridor {
    /// The status in `year` (the latest-starting period in effect), if known.
    /// Only dated periods count; see [`Self::shown_status_at`] for the
    /// undated status.
    pub fn status_at(&self, year: i32) -> Option<CorridorStatus> {
        latest_in_effect(&self.status, year, |s| &s.period).map(|s| s.status)
    }

    /// The status to show in `year`: the dated one in effect, else the
    /// undated status (the second value is true then: "date not recorded").
    pub fn shown_status_at(&self, year: i32) -> Option<(CorridorStatus, bool)> {
        self.status_at(year)
            .map(|s| (s, false))
            .or_else(|| self.undated_status.as_ref().map(|u| (u.status, true)))
    }
}
