//! Imported records → a [`Dataset`], with the loader's checks.
//!
//! What is added, what replaces, what is refused (also in `docs/import.md`):
//! - **Countries** named by the file (COW table, UN Digital Library names)
//!   are added where the dataset lacks them; an existing country is kept
//!   as it is.
//! - **Organizations** (COW columns) are added where their id is new; where
//!   it exists, the existing record is kept and the imported memberships go
//!   into it.
//! - **Membership periods** and **relation periods**: a period with exactly
//!   the same dates as an existing one for the same organization and
//!   country (or the same pair and dimension) **replaces** it (status,
//!   score, evidence, source, note): re-importing an edited spreadsheet
//!   updates the judgements. A period that overlaps an existing one without
//!   the same dates is **refused** with a problem naming both: nothing is
//!   cut or lost silently. Otherwise it is added (a relation is created
//!   when the pair has none in that dimension; imported relations are
//!   undirected).
//! - **Places, corridors, stances** with a new id are added; an id already
//!   in the dataset is **refused** (rename it in the file, or remove the
//!   existing record first).
//! - References must resolve, as in the loader: countries in `countries`,
//!   organizations in `organizations`, sources in `sources`, corridor places
//!   in `places`; a record that fails is refused with a problem at its row.

use std::collections::BTreeMap;

use super::{Imported, ImportedMembership, ImportedPeriod, Located, VoteTotals};
use crate::data::Problem;
use crate::data::build::check_lon_lat_message;
use crate::i18n::Message;
use crate::model::{CountryCode, Dataset, Interval, Relation, SourceId, StanceId, Waypoint};

/// How many records of each kind a merge added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Countries added.
    pub countries: usize,
    /// Organizations added.
    pub organizations: usize,
    /// Membership periods added.
    pub memberships: usize,
    /// Relation periods added.
    pub periods: usize,
    /// Places added.
    pub places: usize,
    /// Corridors added.
    pub corridors: usize,
    /// Stances added.
    pub stances: usize,
}

/// Choices the user makes for a merge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeOptions {
    /// A new period that starts inside an open one (`to` empty: still
    /// true) of the same membership or relation, with another status or
    /// score, supersedes it: the open one is ended where the new one starts
    /// (its last day is the day before). Without this, it is a conflict.
    /// `heartland import --supersede`.
    pub supersede: bool,
}

/// What a merge did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergeReport {
    /// Records added, by kind.
    pub added: MergeCounts,
    /// Periods that replaced an existing period with the same dates.
    pub replaced: usize,
    /// Periods the data already records: the same status (or score) over
    /// a time the existing period covers. Nothing is changed for them.
    pub already_recorded: usize,
    /// Open periods ended by a new one that starts inside them
    /// ([`MergeOptions::supersede`]).
    pub superseded: usize,
    /// Conflicts that superseding would resolve: a new period, with another
    /// status or score, that starts inside an open one. The window offers to
    /// import again with [`MergeOptions::supersede`] when there are any.
    pub supersedable: usize,
    /// The import's problems, then the merge's (records refused).
    pub problems: Vec<Problem>,
    /// The totals of the stances added (until the model's `Stance` holds them).
    pub totals: BTreeMap<StanceId, VoteTotals>,
}

struct Merger<'a> {
    dataset: &'a mut Dataset,
    file: String,
    problems: Vec<Problem>,
    options: MergeOptions,
    /// See [`MergeReport::supersedable`].
    supersedable: usize,
}

/// What became of one imported period.
enum Outcome {
    Added,
    Replaced,
    AlreadyRecorded,
    Superseded,
}

/// True if `outer` covers every day of `inner`.
fn covers(outer: &Interval, inner: &Interval) -> bool {
    let starts = outer.from.first_day() <= inner.from.first_day();
    let ends = match (outer.to, inner.to) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => i.first_day() <= o.first_day(),
    };
    starts && ends
}

/// Can `new` supersede `old` (the user said so; `old` is open and `new`
/// starts after it)?
fn can_supersede(options: MergeOptions, old: &Interval, new: &Interval) -> bool {
    options.supersede && old.to.is_none() && new.from.first_day() > old.from.first_day()
}

/// A conflict that superseding would resolve, with what to do about it.
fn supersede_hint(conflict: Message) -> Message {
    Message::tr(
        "importer-supersede-hint",
        "{ $conflict } (to end the open period the day before this one starts, import with --supersede, or choose \"Supersede\" in the window's import report)",
    )
    .with("conflict", conflict)
}

fn source_words(source: Option<&SourceId>) -> Message {
    source.map_or_else(
        || Message::tr("importer-no-source", "no source"),
        |s| Message::trf("importer-source", "source { $source }", &[("source", s)]),
    )
}

impl Merger<'_> {
    fn refuse(&mut self, location: &str, message: Message) {
        self.problems.push(Problem {
            file: self.file.clone(),
            location: location.to_owned(),
            message,
        });
    }

    fn source_ok(&mut self, source: Option<&SourceId>, location: &str) -> bool {
        match source {
            Some(id) if !self.dataset.sources.contains_key(id) => {
                self.refuse(
                    location,
                    Message::trf(
                        "importer-unknown-source",
                        "unknown source id \"{ $source }\" (not in sources.json; add the source first)",
                        &[("source", id)],
                    ),
                );
                false
            }
            _ => true,
        }
    }

    fn country_ok(&mut self, code: CountryCode, location: &str) -> bool {
        if self.dataset.countries.contains_key(&code) {
            return true;
        }
        self.refuse(
            location,
            Message::trf(
                "importer-country-not-in-data",
                "country \"{ $country }\" is not in countries.json (add it there first)",
                &[("country", &code)],
            ),
        );
        false
    }

    fn membership(&mut self, item: Located<ImportedMembership>) -> Option<Outcome> {
        let Located { location, record } = item;
        let ImportedMembership {
            organization,
            membership: m,
        } = record;
        if !self.dataset.organizations.contains_key(&organization) {
            self.refuse(
                &location,
                Message::trf(
                    "importer-organization-not-in-data",
                    "unknown organization id \"{ $organization }\" (not in organizations.json)",
                    &[("organization", &organization)],
                ),
            );
            return None;
        }
        if !self.country_ok(m.country, &location) || !self.source_ok(m.source.as_ref(), &location) {
            return None;
        }
        let options = self.options;
        let org = self.dataset.organizations.get_mut(&organization)?;
        let country = m.country;
        let mut clash = None;
        let mut supersede = None;
        for (i, existing) in org.memberships.iter_mut().enumerate() {
            if existing.country != country {
                continue;
            }
            if existing.period == m.period {
                *existing = m;
                return Some(Outcome::Replaced);
            }
            if existing.period.overlaps(&m.period) {
                if existing.status == m.status && covers(&existing.period, &m.period) {
                    return Some(Outcome::AlreadyRecorded);
                }
                if existing.status != m.status
                    && can_supersede(options, &existing.period, &m.period)
                {
                    supersede = Some(i);
                } else {
                    clash = Some(existing.clone());
                }
                break;
            }
        }
        if let Some(i) = supersede {
            let existing = org.memberships.get_mut(i)?;
            existing.period.to = Some(m.period.from);
            org.memberships.push(m);
            return Some(Outcome::Superseded);
        }
        if let Some(other) = clash {
            let message = if other.status == m.status {
                Message::trf(
                    "importer-membership-overlap",
                    "this period ({ $period }, { $status }) overlaps the existing period { $existing } of { $country } in { $organization } with the same status but other dates; only a period with exactly the same dates replaces an existing one, so it is not imported (change the dates in the file or in the data)",
                    &[
                        ("period", &m.period),
                        ("status", &m.status),
                        ("existing", &other.period),
                        ("country", &m.country),
                        ("organization", &organization),
                    ],
                )
            } else {
                let conflict = Message::trf(
                    "importer-membership-conflict",
                    "conflict: this row says { $country } { $status } in { $organization } ({ $period }, { $source }), the data says { $existing-status } ({ $existing }, { $existing-source }); not imported",
                    &[
                        ("country", &m.country),
                        ("status", &m.status),
                        ("organization", &organization),
                        ("period", &m.period),
                        ("existing-status", &other.status),
                        ("existing", &other.period),
                    ],
                )
                .with("source", source_words(m.source.as_ref()))
                .with("existing-source", source_words(other.source.as_ref()));
                if can_supersede(MergeOptions { supersede: true }, &other.period, &m.period) {
                    self.supersedable += 1;
                    supersede_hint(conflict)
                } else {
                    conflict
                }
            };
            self.refuse(&location, message);
            return None;
        }
        org.memberships.push(m);
        Some(Outcome::Added)
    }

    fn period(&mut self, item: Located<ImportedPeriod>) -> Option<Outcome> {
        let Located { location, record } = item;
        let ImportedPeriod {
            a,
            b,
            dimension,
            period,
        } = record;
        if a == b {
            self.refuse(
                &location,
                Message::trf(
                    "importer-relation-with-itself-merge",
                    "a relation of { $state } with itself",
                    &[("state", &a)],
                ),
            );
            return None;
        }
        if !self.country_ok(a, &location)
            || !self.country_ok(b, &location)
            || !self.source_ok(period.source.as_ref(), &location)
        {
            return None;
        }
        let (lo, hi) = (a.min(b), a.max(b));
        let found = self.dataset.relations.iter().position(|r| {
            !r.directed && r.dimension == dimension && r.a.min(r.b) == lo && r.a.max(r.b) == hi
        });
        let Some(index) = found else {
            self.dataset.relations.push(Relation {
                a: lo,
                b: hi,
                dimension,
                directed: false,
                series: vec![period],
                source: None,
                evidence: None,
                note: None,
            });
            return Some(Outcome::Added);
        };
        let options = self.options;
        let relation = self.dataset.relations.get_mut(index)?;
        let mut clash = None;
        let mut supersede = None;
        for (i, existing) in relation.series.iter_mut().enumerate() {
            if existing.period == period.period {
                *existing = period;
                return Some(Outcome::Replaced);
            }
            if existing.period.overlaps(&period.period) {
                let same = existing.score == period.score;
                if same && covers(&existing.period, &period.period) {
                    return Some(Outcome::AlreadyRecorded);
                }
                if !same && can_supersede(options, &existing.period, &period.period) {
                    supersede = Some(i);
                } else {
                    clash = Some(existing.clone());
                }
                break;
            }
        }
        if let Some(i) = supersede {
            let existing = relation.series.get_mut(i)?;
            existing.period.to = Some(period.period.from);
            relation.series.push(period);
            relation.series.sort_by_key(|p| p.period);
            return Some(Outcome::Superseded);
        }
        if let Some(other) = clash {
            let what = Message::trf(
                "importer-relation-named",
                "the { $dimension } relation { $a }–{ $b }",
                &[("dimension", &dimension), ("a", &lo), ("b", &hi)],
            );
            let message = if other.score == period.score {
                overlap_message(period.period, other.period, what, lo)
            } else {
                let conflict = Message::trf(
                    "importer-relation-conflict",
                    "conflict: this row scores { $relation } { $score } ({ $period }, { $source }), the data scores it { $existing-score } ({ $existing }, { $existing-source }); not imported",
                    &[
                        ("score", &period.score),
                        ("period", &period.period),
                        ("existing-score", &other.score),
                        ("existing", &other.period),
                    ],
                )
                .with("relation", what)
                .with("source", source_words(period.source.as_ref()))
                .with("existing-source", source_words(other.source.as_ref()));
                if can_supersede(
                    MergeOptions { supersede: true },
                    &other.period,
                    &period.period,
                ) {
                    self.supersedable += 1;
                    supersede_hint(conflict)
                } else {
                    conflict
                }
            };
            self.refuse(&location, message);
            return None;
        }
        relation.series.push(period);
        relation.series.sort_by_key(|p| p.period);
        Some(Outcome::Added)
    }
}

fn overlap_message(new: Interval, old: Interval, within: Message, country: CountryCode) -> Message {
    Message::trf(
        "importer-relation-overlap",
        "this period ({ $period }) overlaps the existing period { $existing } of { $country } in { $relation }; only a period with exactly the same dates replaces an existing one, so it is not imported",
        &[("period", &new), ("existing", &old), ("country", &country)],
    )
    .with("relation", within)
}

/// Add `imported` into `dataset` with the loader's checks; see the module
/// documentation for what is added, replaced and refused. The dataset stays
/// valid: every reference resolves and no two periods of one relation or
/// one membership overlap.
pub fn merge(dataset: &mut Dataset, imported: Imported) -> MergeReport {
    merge_with(dataset, imported, MergeOptions::default())
}

/// [`merge`] with the user's choices (see [`MergeOptions`]).
pub fn merge_with(dataset: &mut Dataset, imported: Imported, options: MergeOptions) -> MergeReport {
    let Imported {
        file,
        records,
        problems,
        ..
    } = imported;
    let mut m = Merger {
        dataset,
        file,
        problems: Vec::new(),
        options,
        supersedable: 0,
    };
    let mut report = MergeReport::default();

    for Located { location, record } in records.countries {
        if m.dataset.countries.contains_key(&record.code) {
            continue;
        }
        if m.source_ok(record.source.as_ref(), &location) {
            m.dataset.countries.insert(record.code, record);
            report.added.countries += 1;
        }
    }
    for Located { location, record } in records.organizations {
        if m.dataset.organizations.contains_key(&record.id) {
            continue;
        }
        if m.source_ok(record.source.as_ref(), &location) {
            m.dataset.organizations.insert(record.id.clone(), record);
            report.added.organizations += 1;
        }
    }
    for item in records.memberships {
        match m.membership(item) {
            Some(Outcome::Replaced) => report.replaced += 1,
            Some(Outcome::Added) => report.added.memberships += 1,
            Some(Outcome::AlreadyRecorded) => report.already_recorded += 1,
            Some(Outcome::Superseded) => {
                report.superseded += 1;
                report.added.memberships += 1;
            }
            None => {}
        }
    }
    for item in records.periods {
        match m.period(item) {
            Some(Outcome::Replaced) => report.replaced += 1,
            Some(Outcome::Added) => report.added.periods += 1,
            Some(Outcome::AlreadyRecorded) => report.already_recorded += 1,
            Some(Outcome::Superseded) => {
                report.superseded += 1;
                report.added.periods += 1;
            }
            None => {}
        }
    }
    m.dataset.relations.sort_by(|x, y| {
        (x.a, x.b, x.dimension, x.directed).cmp(&(y.a, y.b, y.dimension, y.directed))
    });

    for Located { location, record } in records.places {
        if m.dataset.places.contains_key(&record.id) {
            m.refuse(
                &location,
                Message::trf(
                    "importer-place-exists",
                    "place id \"{ $id }\" is already in the dataset; the feature is not imported (rename it, or remove the existing place first)",
                    &[("id", &record.id)],
                ),
            );
            continue;
        }
        if let Err((_, message)) = check_lon_lat_message(record.lon, record.lat) {
            m.refuse(&location, message);
            continue;
        }
        if m.country_ok(record.country, &location) && m.source_ok(record.source.as_ref(), &location)
        {
            m.dataset.places.insert(record.id.clone(), record);
            report.added.places += 1;
        }
    }
    for Located {
        location,
        mut record,
    } in records.corridors
    {
        if m.dataset.corridors.contains_key(&record.id) {
            m.refuse(
                &location,
                Message::trf(
                    "importer-corridor-exists",
                    "corridor id \"{ $id }\" is already in the dataset; the feature is not imported (rename it, or remove the existing corridor first)",
                    &[("id", &record.id)],
                ),
            );
            continue;
        }
        if !m.source_ok(record.source.as_ref(), &location) {
            continue;
        }
        let countries = std::mem::take(&mut record.countries);
        for c in countries {
            if m.country_ok(c, &location) {
                record.countries.push(c);
            }
        }
        let ok_points = record.segments.iter().all(|s| {
            s.via.len() >= 2
                && s.via.iter().all(|w| match w {
                    Waypoint::Place(id) => m.dataset.places.contains_key(id),
                    Waypoint::LonLat { lon, lat } => check_lon_lat_message(*lon, *lat).is_ok(),
                })
        });
        if !ok_points || record.segments.is_empty() {
            m.refuse(
                &location,
                Message::tr(
                    "importer-corridor-points",
                    "every segment needs at least two points, each a known place or a coordinate on the globe",
                ),
            );
            continue;
        }
        m.dataset.corridors.insert(record.id.clone(), record);
        report.added.corridors += 1;
    }
    for Located { location, record } in records.stances {
        let stance = record.stance;
        if m.dataset.stances.contains_key(&stance.id) {
            m.refuse(
                &location,
                Message::trf(
                    "importer-stance-exists",
                    "stance id \"{ $id }\" is already in the dataset; the resolution is not imported",
                    &[("id", &stance.id)],
                ),
            );
            continue;
        }
        if !m.source_ok(stance.source.as_ref(), &location) {
            continue;
        }
        let missing: Vec<String> = stance
            .positions
            .keys()
            .filter(|c| !m.dataset.countries.contains_key(c))
            .map(ToString::to_string)
            .collect();
        let mut stance = stance;
        if !missing.is_empty() {
            m.refuse(
                &location,
                Message::trf(
                    "importer-vote-countries-missing",
                    "countries not in countries.json: { $countries }; their positions are left out",
                    &[("countries", &missing.join(", "))],
                ),
            );
            let known = &m.dataset.countries;
            stance.positions.retain(|c, _| known.contains_key(c));
        }
        report.totals.insert(stance.id.clone(), record.totals);
        // The totals counted from the rows, as the roll-call's official
        // counts (the loader checks the positions never exceed them).
        stance.totals = Some(crate::model::VoteTotals {
            yes: record.totals.yes,
            no: record.totals.no,
            abstain: record.totals.abstain,
            absent: record.totals.absent,
            source: None,
        });
        m.dataset.stances.insert(stance.id.clone(), stance);
        report.added.stances += 1;
    }
    report.problems = problems;
    report.problems.append(&mut m.problems);
    report.supersedable = m.supersedable;
    report
}
