//! The edit model: changes a user makes to a [`Dataset`] in the app, each
//! checked before anything changes, with undo and redo for the session.
//! No egui: the inspector builds an [`Edit`], shows [`check`]'s message next
//! to the field while the user types, and hands the edit to
//! [`History::apply`].
//!
//! ## Rules
//! An edit is refused, with a message and the field it concerns, when the
//! loader would refuse the record it makes (`docs/data-format.md`): a score
//! outside −1 … 1; `to` not after `from`; a period that overlaps another of
//! the same relation (or of the same country in the same organization); a
//! source, country or organization that is not in the dataset; a relation of
//! a state with itself; a duplicate source id. Beyond the loader, text may
//! not hold control characters (NUL and the like; evidence and notes may
//! hold line breaks and tabs), a source needs a title, and an empty
//! evidence or note is stored as none.
//!
//! ## Undo
//! Every edit changes exactly one record (a relation with its periods, an
//! organization with its memberships, a source, …). A step keeps that record
//! as it was before and after, so undo and redo put a record back: cheap
//! whatever the size of the dataset, and exact. The app shares the dataset
//! through an [`Arc`]; a step changes it with [`Arc::make_mut`], which
//! copies the dataset only if someone else still holds it.
//!
//! ## Saving
//! [`History::is_dirty`] tells whether the dataset differs from the last
//! save (undoing back to it makes it clean again), and
//! [`History::files_to_save`] which files to hand to
//! [`crate::data::save::DataFolder::save`] (a superset: the save skips the
//! files whose content did not change).

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

use crate::data::FileKind;
use crate::i18n::Message;
use crate::model::{
    CorridorId, CountryCode, Dataset, Date, Dimension, Interval, Membership, MembershipStatus,
    OrgId, Period, PlaceId, Relation, Score, Source, SourceId, StanceId,
};

/// Which relation: the two states, the dimension, and whether it is
/// one-way. An undirected key matches the relation whichever way round its
/// states are given (`KAZ`–`AZE` is `AZE`–`KAZ`), as in the loader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RelationKey {
    /// First state (the actor, if directed).
    pub a: CountryCode,
    /// Second state.
    pub b: CountryCode,
    /// What the score measures.
    pub dimension: Dimension,
    /// One-way (from `a` towards `b`).
    pub directed: bool,
}

impl RelationKey {
    /// The key of a relation.
    pub fn of(relation: &Relation) -> Self {
        Self {
            a: relation.a,
            b: relation.b,
            dimension: relation.dimension,
            directed: relation.directed,
        }
    }

    /// The key with an undirected pair in alphabetical order.
    fn normalized(self) -> (CountryCode, CountryCode, Dimension, bool) {
        if self.directed {
            (self.a, self.b, self.dimension, true)
        } else {
            (
                self.a.min(self.b),
                self.a.max(self.b),
                self.dimension,
                false,
            )
        }
    }

    /// True if `relation` is the one this key names.
    pub fn matches(&self, relation: &Relation) -> bool {
        Self::of(relation).normalized() == self.normalized()
    }
}

impl fmt::Display for RelationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let arrow = if self.directed { "->" } else { "–" };
        write!(f, "{}{arrow}{} ({})", self.a, self.b, self.dimension)
    }
}

/// A record that can carry a note.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A source.
    Source(SourceId),
    /// A country.
    Country(CountryCode),
    /// A place.
    Place(PlaceId),
    /// An organization.
    Organization(OrgId),
    /// One membership period of a country in an organization, by its start.
    Membership {
        /// The organization.
        org: OrgId,
        /// The member state.
        country: CountryCode,
        /// The start of the period.
        from: Date,
    },
    /// A relation as a whole.
    Relation(RelationKey),
    /// One period of a relation, by its start.
    Period {
        /// The relation.
        relation: RelationKey,
        /// The start of the period.
        from: Date,
    },
    /// A corridor.
    Corridor(CorridorId),
    /// A stance.
    Stance(StanceId),
}

/// One change to the dataset. Periods are named by their start (`from`),
/// which is unique since periods do not overlap.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set a relation period's score, evidence and source (one step: the
    /// inspector applies a changed score with its reason and source).
    SetPeriod {
        /// The relation.
        relation: RelationKey,
        /// The start of the period.
        from: Date,
        /// The new score, in [−1, 1].
        score: f64,
        /// The evidence for it (empty or `None`: none).
        evidence: Option<String>,
        /// Its source.
        source: Option<SourceId>,
    },
    /// Add a period to a relation; if the relation does not exist yet, it
    /// is created with this one period.
    AddPeriod {
        /// The relation.
        relation: RelationKey,
        /// Start (inclusive).
        from: Date,
        /// End (exclusive), or `None` if still true.
        to: Option<Date>,
        /// The score, in [−1, 1].
        score: f64,
        /// Evidence.
        evidence: Option<String>,
        /// Source.
        source: Option<SourceId>,
    },
    /// Set (or clear, with `None`) the end of a relation period.
    EndPeriod {
        /// The relation.
        relation: RelationKey,
        /// The start of the period.
        from: Date,
        /// The new end (exclusive).
        to: Option<Date>,
    },
    /// Add a membership period of a country in an organization.
    AddMembership {
        /// The organization.
        org: OrgId,
        /// The member state.
        country: CountryCode,
        /// Its status.
        status: MembershipStatus,
        /// Start (inclusive).
        from: Date,
        /// End (exclusive), or `None` if still true.
        to: Option<Date>,
        /// Source.
        source: Option<SourceId>,
        /// Evidence.
        evidence: Option<String>,
    },
    /// Set (or clear) the end of a membership period.
    EndMembership {
        /// The organization.
        org: OrgId,
        /// The member state.
        country: CountryCode,
        /// The start of the period.
        from: Date,
        /// The new end (exclusive).
        to: Option<Date>,
    },
    /// Change a membership period's status, source and evidence.
    ChangeMembership {
        /// The organization.
        org: OrgId,
        /// The member state.
        country: CountryCode,
        /// The start of the period.
        from: Date,
        /// The new status.
        status: MembershipStatus,
        /// The new source.
        source: Option<SourceId>,
        /// The new evidence.
        evidence: Option<String>,
    },
    /// Add a source document.
    AddSource(Source),
    /// Set (or clear, with `None` or an empty text) the note of a record.
    SetNote {
        /// The record.
        target: Target,
        /// The note.
        note: Option<String>,
    },
}

impl Edit {
    /// A short description for an undo or redo menu item
    /// ("change the score of AZE–KAZ (political) from 2016"): English by
    /// `Display`, [`Message::shown`] in the window's language.
    pub fn label(&self) -> Message {
        match self {
            Self::SetPeriod { relation, from, .. } => Message::trf(
                "editlabel-set-period",
                "change the score of { $relation } from { $from }",
                &[("relation", relation), ("from", from)],
            ),
            Self::AddPeriod { relation, from, .. } => Message::trf(
                "editlabel-add-period",
                "add a period of { $relation } from { $from }",
                &[("relation", relation), ("from", from)],
            ),
            Self::EndPeriod { relation, from, .. } => Message::trf(
                "editlabel-end-period",
                "end the period of { $relation } from { $from }",
                &[("relation", relation), ("from", from)],
            ),
            Self::AddMembership { org, country, .. } => Message::trf(
                "editlabel-add-membership",
                "add a membership of { $country } in { $org }",
                &[("country", country), ("org", org)],
            ),
            Self::EndMembership { org, country, .. } => Message::trf(
                "editlabel-end-membership",
                "end a membership of { $country } in { $org }",
                &[("country", country), ("org", org)],
            ),
            Self::ChangeMembership { org, country, .. } => Message::trf(
                "editlabel-change-membership",
                "change a membership of { $country } in { $org }",
                &[("country", country), ("org", org)],
            ),
            Self::AddSource(s) => Message::trf(
                "editlabel-add-source",
                "add the source { $id }",
                &[("id", &s.id)],
            ),
            Self::SetNote { .. } => Message::tr("editlabel-set-note", "change a note"),
        }
    }

    /// The data file the edit changes.
    pub fn file(&self) -> FileKind {
        match self {
            Self::SetPeriod { .. } | Self::AddPeriod { .. } | Self::EndPeriod { .. } => {
                FileKind::Relations
            }
            Self::AddMembership { .. }
            | Self::EndMembership { .. }
            | Self::ChangeMembership { .. } => FileKind::Organizations,
            Self::AddSource(_) => FileKind::Sources,
            Self::SetNote { target, .. } => record_id_of(target).file(),
        }
    }
}

/// Why an edit was refused: the field it concerns (`"score"`, `"to"`,
/// `"source"`, …; empty for the edit as a whole) and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    /// The field, for the inspector to show the message next to it.
    pub field: &'static str,
    /// The reason, in plain words (English by `Display`;
    /// [`Message::shown`] in the window's language).
    pub message: Message,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EditError {}

fn refuse<T>(field: &'static str, message: Message) -> Result<T, EditError> {
    Err(EditError { field, message })
}

/// The words a refusal uses for the field `field` of a record (`evidence`,
/// `note`, `title`, …), as a message of its own.
fn field_name(field: &str) -> Message {
    match field {
        "evidence" => Message::tr("refusal-field-evidence", "evidence"),
        "note" => Message::tr("refusal-field-note", "note"),
        "title" => Message::tr("refusal-field-title", "title"),
        "author" => Message::tr("refusal-field-author", "author"),
        "outlet" => Message::tr("refusal-field-outlet", "outlet"),
        "file" => Message::tr("refusal-field-file", "file"),
        "url" => Message::tr("refusal-field-url", "url"),
        other => Message::verbatim(other),
    }
}

/// Why a score is refused (the words of [`crate::model::ScoreError`]).
fn score_refusal(score: f64) -> Message {
    if score.is_finite() {
        Message::trf(
            "refusal-score-range",
            "score { $score } is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)",
            &[("score", &score)],
        )
    } else {
        Message::trf(
            "refusal-score-finite",
            "score must be a finite number between -1 and 1, not { $score }",
            &[("score", &score)],
        )
    }
}

/// Why an interval is refused (the words of
/// [`crate::model::IntervalError`]).
fn interval_refusal(e: &crate::model::IntervalError) -> Message {
    Message::trf(
        "refusal-to-not-after-from",
        "\"to\" ({ $to }) must be after \"from\" ({ $from }) (\"to\" is exclusive: the first day no longer covered)",
        &[("to", &e.to), ("from", &e.from)],
    )
}

/// Why a typed source id is refused (the words of
/// [`crate::model::IdError`]).
pub fn source_id_refusal(e: &crate::model::IdError) -> Message {
    if e.given.is_empty() {
        Message::tr("refusal-source-id-empty", "the source id is empty")
    } else if e.given.len() > crate::model::MAX_ID_LEN {
        Message::trf(
            "refusal-source-id-too-long",
            "the source id \"{ $id }\" is longer than { $max } characters",
            &[("id", &e.given), ("max", &crate::model::MAX_ID_LEN)],
        )
    } else {
        Message::trf(
            "refusal-source-id-invalid",
            "\"{ $id }\" is not a valid source id (use lower-case letters, digits and single hyphens, like \"middle-corridor\")",
            &[("id", &e.given)],
        )
    }
}

/// Why a typed date is refused (the words of [`crate::model::DateError`];
/// its reason is the date's own).
pub fn date_refusal(e: &crate::model::DateError) -> Message {
    Message::trf(
        "refusal-bad-date",
        "invalid date \"{ $given }\": { $reason }",
        &[("given", &e.given)],
    )
    .with("reason", e.reason.clone())
}

/// The one record an edit changes.
#[derive(Clone, Debug, PartialEq)]
enum RecordId {
    Source(SourceId),
    Country(CountryCode),
    Place(PlaceId),
    Organization(OrgId),
    Relation(RelationKey),
    Corridor(CorridorId),
    Stance(StanceId),
}

impl RecordId {
    fn file(&self) -> FileKind {
        match self {
            Self::Source(_) => FileKind::Sources,
            Self::Country(_) => FileKind::Countries,
            Self::Place(_) => FileKind::Places,
            Self::Organization(_) => FileKind::Organizations,
            Self::Relation(_) => FileKind::Relations,
            Self::Corridor(_) => FileKind::Corridors,
            Self::Stance(_) => FileKind::Stances,
        }
    }
}

fn record_id_of(target: &Target) -> RecordId {
    match target {
        Target::Source(id) => RecordId::Source(id.clone()),
        Target::Country(c) => RecordId::Country(*c),
        Target::Place(id) => RecordId::Place(id.clone()),
        Target::Organization(id) | Target::Membership { org: id, .. } => {
            RecordId::Organization(id.clone())
        }
        Target::Relation(key) | Target::Period { relation: key, .. } => RecordId::Relation(*key),
        Target::Corridor(id) => RecordId::Corridor(id.clone()),
        Target::Stance(id) => RecordId::Stance(id.clone()),
    }
}

/// A record's value (the model types, so fields added to them are carried
/// along by undo and redo without a change here).
#[derive(Clone, Debug, PartialEq)]
enum Record {
    Source(crate::model::Source),
    Country(crate::model::Country),
    Place(crate::model::Place),
    Organization(crate::model::Organization),
    Relation(Relation),
    Corridor(crate::model::Corridor),
    Stance(crate::model::Stance),
}

/// The record `id` in `ds`, if it exists.
fn get(ds: &Dataset, id: &RecordId) -> Option<Record> {
    match id {
        RecordId::Source(k) => ds.sources.get(k).cloned().map(Record::Source),
        RecordId::Country(k) => ds.countries.get(k).cloned().map(Record::Country),
        RecordId::Place(k) => ds.places.get(k).cloned().map(Record::Place),
        RecordId::Organization(k) => ds.organizations.get(k).cloned().map(Record::Organization),
        RecordId::Relation(key) => ds
            .relations
            .iter()
            .find(|r| key.matches(r))
            .cloned()
            .map(Record::Relation),
        RecordId::Corridor(k) => ds.corridors.get(k).cloned().map(Record::Corridor),
        RecordId::Stance(k) => ds.stances.get(k).cloned().map(Record::Stance),
    }
}

/// Put `record` as the record `id` of `ds` (`None`: remove it).
fn put(ds: &mut Dataset, id: &RecordId, record: Option<Record>) {
    fn set<K: Ord + Clone, V>(map: &mut std::collections::BTreeMap<K, V>, k: &K, v: Option<V>) {
        match v {
            Some(v) => {
                map.insert(k.clone(), v);
            }
            None => {
                map.remove(k);
            }
        }
    }
    match (id, record) {
        (RecordId::Source(k), Some(Record::Source(v))) => set(&mut ds.sources, k, Some(v)),
        (RecordId::Source(k), None) => set(&mut ds.sources, k, None::<Source>),
        (RecordId::Country(k), Some(Record::Country(v))) => set(&mut ds.countries, k, Some(v)),
        (RecordId::Country(k), None) => {
            set(&mut ds.countries, k, None::<crate::model::Country>);
        }
        (RecordId::Place(k), Some(Record::Place(v))) => set(&mut ds.places, k, Some(v)),
        (RecordId::Place(k), None) => set(&mut ds.places, k, None::<crate::model::Place>),
        (RecordId::Organization(k), Some(Record::Organization(v))) => {
            set(&mut ds.organizations, k, Some(v));
        }
        (RecordId::Organization(k), None) => {
            set(&mut ds.organizations, k, None::<crate::model::Organization>);
        }
        (RecordId::Corridor(k), Some(Record::Corridor(v))) => set(&mut ds.corridors, k, Some(v)),
        (RecordId::Corridor(k), None) => {
            set(&mut ds.corridors, k, None::<crate::model::Corridor>);
        }
        (RecordId::Stance(k), Some(Record::Stance(v))) => set(&mut ds.stances, k, Some(v)),
        (RecordId::Stance(k), None) => set(&mut ds.stances, k, None::<crate::model::Stance>),
        (RecordId::Relation(key), record) => {
            let found = ds.relations.iter().position(|r| key.matches(r));
            match (found, record) {
                (Some(i), Some(Record::Relation(r))) => {
                    if let Some(slot) = ds.relations.get_mut(i) {
                        *slot = r;
                    }
                }
                (Some(i), None) => {
                    ds.relations.remove(i);
                }
                (None, Some(Record::Relation(r))) => {
                    let sort_key = |x: &Relation| (x.a, x.b, x.dimension, x.directed);
                    let at = ds.relations.partition_point(|x| sort_key(x) < sort_key(&r));
                    ds.relations.insert(at, r);
                }
                _ => {}
            }
        }
        // A record of another kind than its id: never built by `prepare`.
        _ => {}
    }
}

/// Text that may not hold control characters; `multiline` allows line
/// breaks and tabs.
fn check_text(
    field: &'static str,
    what: &str,
    text: &str,
    multiline: bool,
) -> Result<(), EditError> {
    let bad = text
        .chars()
        .find(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\t' | '\r')));
    match bad {
        Some(c) => refuse(
            field,
            Message::trf(
                "refusal-control-character",
                "the { $what } contains a control character (U+{ $code }); remove it",
                &[("code", &format!("{:04X}", u32::from(c)))],
            )
            .with("what", field_name(what)),
        ),
        None => Ok(()),
    }
}

/// Optional multi-line text (evidence, note): checked; empty becomes none.
fn optional_text(
    field: &'static str,
    what: &str,
    text: Option<&String>,
) -> Result<Option<String>, EditError> {
    match text {
        Some(t) if !t.trim().is_empty() => {
            check_text(field, what, t, true)?;
            Ok(Some(t.clone()))
        }
        _ => Ok(None),
    }
}

fn check_score(score: f64) -> Result<Score, EditError> {
    Score::new(score).or_else(|e| refuse("score", score_refusal(e.0)))
}

fn check_source(ds: &Dataset, source: Option<&SourceId>) -> Result<(), EditError> {
    match source {
        Some(id) if !ds.sources.contains_key(id) => refuse(
            "source",
            Message::trf(
                "refusal-unknown-source",
                "unknown source id \"{ $id }\" (add the source first)",
                &[("id", id)],
            ),
        ),
        _ => Ok(()),
    }
}

fn check_country(ds: &Dataset, field: &'static str, c: CountryCode) -> Result<(), EditError> {
    if ds.countries.contains_key(&c) {
        Ok(())
    } else {
        refuse(
            field,
            Message::trf(
                "refusal-unknown-country",
                "country \"{ $code }\" is not in the data (add it to countries.json first)",
                &[("code", &c)],
            ),
        )
    }
}

fn interval(from: Date, to: Option<Date>) -> Result<Interval, EditError> {
    Interval::new(from, to).or_else(|e| refuse("to", interval_refusal(&e)))
}

fn find_relation(ds: &Dataset, key: RelationKey) -> Result<&Relation, EditError> {
    match ds.relations.iter().find(|r| key.matches(r)) {
        Some(r) => Ok(r),
        None => refuse(
            "",
            Message::trf(
                "refusal-no-relation",
                "there is no relation { $relation }",
                &[("relation", &key)],
            ),
        ),
    }
}

fn period_index(rel: &Relation, key: RelationKey, from: Date) -> Result<usize, EditError> {
    match rel.series.iter().position(|p| p.period.from == from) {
        Some(i) => Ok(i),
        None => refuse(
            "from",
            Message::trf(
                "refusal-no-period",
                "{ $relation } has no period starting { $from }",
                &[("relation", &key), ("from", &from)],
            ),
        ),
    }
}

/// The period of `series` (other than `except`) that `period` overlaps.
fn overlapping(series: &[Period], except: Option<usize>, period: &Interval) -> Option<Interval> {
    series
        .iter()
        .enumerate()
        .find(|(i, p)| Some(*i) != except && p.period.overlaps(period))
        .map(|(_, p)| p.period)
}

fn find_org<'a>(ds: &'a Dataset, org: &OrgId) -> Result<&'a crate::model::Organization, EditError> {
    match ds.organizations.get(org) {
        Some(o) => Ok(o),
        None => refuse(
            "organization",
            Message::trf(
                "refusal-no-organization",
                "there is no organization \"{ $org }\"",
                &[("org", org)],
            ),
        ),
    }
}

fn membership_index(
    org: &crate::model::Organization,
    country: CountryCode,
    from: Date,
) -> Result<usize, EditError> {
    match org
        .memberships
        .iter()
        .position(|m| m.country == country && m.period.from == from)
    {
        Some(i) => Ok(i),
        None => refuse(
            "from",
            Message::trf(
                "refusal-no-membership",
                "{ $org } has no membership of { $country } starting { $from }",
                &[("org", &org.id), ("country", &country), ("from", &from)],
            ),
        ),
    }
}

/// The membership of the same country (other than `except`) that `period`
/// overlaps.
fn overlapping_membership(
    org: &crate::model::Organization,
    country: CountryCode,
    except: Option<usize>,
    period: &Interval,
) -> Option<Interval> {
    org.memberships
        .iter()
        .enumerate()
        .find(|(i, m)| Some(*i) != except && m.country == country && m.period.overlaps(period))
        .map(|(_, m)| m.period)
}

/// Check `edit` against `ds` and build the record it makes: (which record,
/// the record after). Nothing is changed.
fn prepare(ds: &Dataset, edit: &Edit) -> Result<(RecordId, Record), EditError> {
    match edit {
        Edit::SetPeriod {
            relation,
            from,
            score,
            evidence,
            source,
        } => {
            let rel = find_relation(ds, *relation)?;
            let i = period_index(rel, *relation, *from)?;
            let score = check_score(*score)?;
            let evidence = optional_text("evidence", "evidence", evidence.as_ref())?;
            check_source(ds, source.as_ref())?;
            let mut rel = rel.clone();
            if let Some(p) = rel.series.get_mut(i) {
                p.score = score;
                p.evidence = evidence;
                p.source.clone_from(source);
            }
            Ok((RecordId::Relation(*relation), Record::Relation(rel)))
        }
        Edit::AddPeriod {
            relation,
            from,
            to,
            score,
            evidence,
            source,
        } => {
            let period = interval(*from, *to)?;
            let score = check_score(*score)?;
            let evidence = optional_text("evidence", "evidence", evidence.as_ref())?;
            check_source(ds, source.as_ref())?;
            let new = Period {
                period,
                score,
                evidence,
                source: source.clone(),
                note: None,
            };
            let rel = match ds.relations.iter().find(|r| relation.matches(r)) {
                Some(rel) => {
                    if let Some(other) = overlapping(&rel.series, None, &period) {
                        return refuse(
                            "from",
                            Message::trf(
                                "refusal-period-overlap",
                                "this period ({ $period }) overlaps the period { $other } of { $relation }; periods of one relation must not overlap",
                                &[
                                    ("period", &period),
                                    ("other", &other),
                                    ("relation", relation),
                                ],
                            ),
                        );
                    }
                    let mut rel = rel.clone();
                    let at = rel.series.partition_point(|p| p.period < period);
                    rel.series.insert(at, new);
                    rel
                }
                None => {
                    if relation.a == relation.b {
                        return refuse(
                            "b",
                            Message::trf(
                                "refusal-self-relation",
                                "a relation of { $state } with itself; the two states must be different",
                                &[("state", &relation.a)],
                            ),
                        );
                    }
                    check_country(ds, "a", relation.a)?;
                    check_country(ds, "b", relation.b)?;
                    Relation {
                        a: relation.a,
                        b: relation.b,
                        dimension: relation.dimension,
                        directed: relation.directed,
                        series: vec![new],
                        source: None,
                        evidence: None,
                        note: None,
                    }
                }
            };
            Ok((RecordId::Relation(*relation), Record::Relation(rel)))
        }
        Edit::EndPeriod { relation, from, to } => {
            let rel = find_relation(ds, *relation)?;
            let i = period_index(rel, *relation, *from)?;
            let period = interval(*from, *to)?;
            if let Some(other) = overlapping(&rel.series, Some(i), &period) {
                return refuse(
                    "to",
                    Message::trf(
                        "refusal-end-overlap",
                        "the period would then overlap the period { $other } of { $relation }; periods of one relation must not overlap",
                        &[("other", &other), ("relation", relation)],
                    ),
                );
            }
            let mut rel = rel.clone();
            if let Some(p) = rel.series.get_mut(i) {
                p.period = period;
            }
            Ok((RecordId::Relation(*relation), Record::Relation(rel)))
        }
        Edit::AddMembership {
            org,
            country,
            status,
            from,
            to,
            source,
            evidence,
        } => {
            let o = find_org(ds, org)?;
            check_country(ds, "country", *country)?;
            let period = interval(*from, *to)?;
            check_source(ds, source.as_ref())?;
            let evidence = optional_text("evidence", "evidence", evidence.as_ref())?;
            if let Some(other) = overlapping_membership(o, *country, None, &period) {
                return refuse(
                    "from",
                    Message::trf(
                        "refusal-membership-overlap",
                        "this period ({ $period }) overlaps the membership { $other } of { $country } in { $org }; periods of one country in one organization must not overlap",
                        &[
                            ("period", &period),
                            ("other", &other),
                            ("country", country),
                            ("org", org),
                        ],
                    ),
                );
            }
            let m = Membership {
                country: *country,
                status: *status,
                period,
                source: source.clone(),
                evidence,
                note: None,
            };
            let mut o = o.clone();
            let key = |m: &Membership| (m.country, m.period);
            let sorted = o.memberships.is_sorted_by_key(key);
            if sorted {
                let at = o.memberships.partition_point(|x| key(x) < key(&m));
                o.memberships.insert(at, m);
            } else {
                o.memberships.push(m);
            }
            Ok((RecordId::Organization(org.clone()), Record::Organization(o)))
        }
        Edit::EndMembership {
            org,
            country,
            from,
            to,
        } => {
            let o = find_org(ds, org)?;
            let i = membership_index(o, *country, *from)?;
            let period = interval(*from, *to)?;
            if let Some(other) = overlapping_membership(o, *country, Some(i), &period) {
                return refuse(
                    "to",
                    Message::trf(
                        "refusal-end-membership-overlap",
                        "the period would then overlap the membership { $other } of { $country } in { $org }; periods of one country in one organization must not overlap",
                        &[("other", &other), ("country", country), ("org", org)],
                    ),
                );
            }
            let mut o = o.clone();
            if let Some(m) = o.memberships.get_mut(i) {
                m.period = period;
            }
            Ok((RecordId::Organization(org.clone()), Record::Organization(o)))
        }
        Edit::ChangeMembership {
            org,
            country,
            from,
            status,
            source,
            evidence,
        } => {
            let o = find_org(ds, org)?;
            let i = membership_index(o, *country, *from)?;
            check_source(ds, source.as_ref())?;
            let evidence = optional_text("evidence", "evidence", evidence.as_ref())?;
            let mut o = o.clone();
            if let Some(m) = o.memberships.get_mut(i) {
                m.status = *status;
                m.source.clone_from(source);
                m.evidence = evidence;
            }
            Ok((RecordId::Organization(org.clone()), Record::Organization(o)))
        }
        Edit::AddSource(source) => {
            if ds.sources.contains_key(&source.id) {
                return refuse(
                    "id",
                    Message::trf(
                        "refusal-duplicate-source",
                        "there is already a source \"{ $id }\"",
                        &[("id", &source.id)],
                    ),
                );
            }
            if source.title.trim().is_empty() {
                return refuse(
                    "title",
                    Message::tr("refusal-source-title", "a source needs a title"),
                );
            }
            check_text("title", "title", &source.title, false)?;
            for (field, value) in [
                ("author", &source.author),
                ("outlet", &source.outlet),
                ("file", &source.file),
                ("url", &source.url),
            ] {
                if let Some(v) = value {
                    check_text(field, field, v, false)?;
                }
            }
            let mut source = source.clone();
            source.note = optional_text("note", "note", source.note.as_ref())?;
            Ok((RecordId::Source(source.id.clone()), Record::Source(source)))
        }
        Edit::SetNote { target, note } => {
            let note = optional_text("note", "note", note.as_ref())?;
            let id = record_id_of(target);
            let Some(mut record) = get(ds, &id) else {
                return refuse(
                    "",
                    Message::trf(
                        "refusal-no-record",
                        "there is no such record ({ $record })",
                        &[("record", &format!("{target:?}"))],
                    ),
                );
            };
            set_note(&mut record, target, note)?;
            Ok((id, record))
        }
    }
}

/// Set the note of `target` inside `record` (the record it belongs to).
fn set_note(record: &mut Record, target: &Target, note: Option<String>) -> Result<(), EditError> {
    let slot = match (record, target) {
        (Record::Source(r), _) => &mut r.note,
        (Record::Country(r), _) => &mut r.note,
        (Record::Place(r), _) => &mut r.note,
        (Record::Organization(r), Target::Membership { country, from, .. }) => {
            let i = membership_index(r, *country, *from)?;
            match r.memberships.get_mut(i) {
                Some(m) => &mut m.note,
                None => {
                    return refuse(
                        "from",
                        Message::tr("refusal-no-such-membership", "no such membership"),
                    );
                }
            }
        }
        (Record::Organization(r), _) => &mut r.note,
        (Record::Relation(r), Target::Period { relation, from }) => {
            let i = period_index(r, *relation, *from)?;
            match r.series.get_mut(i) {
                Some(p) => &mut p.note,
                None => {
                    return refuse(
                        "from",
                        Message::tr("refusal-no-such-period", "no such period"),
                    );
                }
            }
        }
        (Record::Relation(r), _) => &mut r.note,
        (Record::Corridor(r), _) => &mut r.note,
        (Record::Stance(r), _) => &mut r.note,
    };
    *slot = note;
    Ok(())
}

/// Check `edit` against `ds` without changing anything: `Ok` if
/// [`History::apply`] would accept it. For inline messages while the user
/// types.
pub fn check(ds: &Dataset, edit: &Edit) -> Result<(), EditError> {
    prepare(ds, edit).map(|_| ())
}

/// An edit of one record: the record before (`None`: it did not exist)
/// and after.
#[derive(Clone, Debug)]
struct RecordChange {
    edit: Edit,
    id: RecordId,
    before: Option<Record>,
    after: Record,
}

/// What one undo step changed.
#[derive(Clone, Debug)]
enum Change {
    /// One record (an edit).
    Record(Box<RecordChange>),
    /// The whole dataset (an import merges records into many files):
    /// before and after, shared, not copied.
    Whole {
        label: Message,
        before: Arc<Dataset>,
        after: Arc<Dataset>,
    },
}

/// One applied step.
#[derive(Clone, Debug)]
struct Step {
    change: Change,
}

impl Step {
    /// What the user would call it ("change a note", "import of x.csv").
    fn label(&self) -> Message {
        match &self.change {
            Change::Record(c) => c.edit.label(),
            Change::Whole { label, .. } => label.clone(),
        }
    }

    /// Put the dataset as it was before the step.
    fn undo(&self, dataset: &mut Arc<Dataset>) {
        match &self.change {
            Change::Record(c) => put(Arc::make_mut(dataset), &c.id, c.before.clone()),
            Change::Whole { before, .. } => *dataset = Arc::clone(before),
        }
    }

    /// Put the dataset as it was after the step.
    fn redo(&self, dataset: &mut Arc<Dataset>) {
        match &self.change {
            Change::Record(c) => put(Arc::make_mut(dataset), &c.id, Some(c.after.clone())),
            Change::Whole { after, .. } => *dataset = Arc::clone(after),
        }
    }

    /// The files the step changed.
    fn files(&self) -> Vec<FileKind> {
        match &self.change {
            Change::Record(c) => vec![c.id.file()],
            Change::Whole { .. } => FileKind::ALL.to_vec(),
        }
    }
}

/// The session's edits, for undo and redo, and whether the dataset differs
/// from the last save.
#[derive(Clone, Debug)]
pub struct History {
    /// Applied steps, oldest first.
    done: Vec<Step>,
    /// Undone steps; the last is the next to redo.
    undone: Vec<Step>,
    /// `done.len()` when last saved (or opened); `None` when that state can
    /// no longer be reached (undone, then a new edit).
    saved: Option<usize>,
    /// The files changed by any step applied, undone or redone since the
    /// last save.
    touched: BTreeSet<FileKind>,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// An empty history; the dataset counts as saved.
    pub fn new() -> Self {
        Self {
            done: Vec::new(),
            undone: Vec::new(),
            saved: Some(0),
            touched: BTreeSet::new(),
        }
    }

    /// Check and apply `edit`. Returns `Ok(true)` if the dataset changed,
    /// `Ok(false)` if the edit changes nothing (no step is recorded), or the
    /// reason it was refused (nothing changed). A new edit drops the steps
    /// that could be redone.
    pub fn apply(&mut self, dataset: &mut Arc<Dataset>, edit: Edit) -> Result<bool, EditError> {
        let (id, after) = prepare(dataset, &edit)?;
        let before = get(dataset, &id);
        if before.as_ref() == Some(&after) {
            return Ok(false);
        }
        put(Arc::make_mut(dataset), &id, Some(after.clone()));
        self.push(Step {
            change: Change::Record(Box::new(RecordChange {
                edit,
                id,
                before,
                after,
            })),
        });
        Ok(true)
    }

    /// Record that `dataset` becomes `merged` (an import) as one step:
    /// undone, the data is as before the import, and the edits made before
    /// it stay undoable. Nothing is recorded if `merged` is the dataset
    /// itself (the caller knows whether an import added anything).
    pub fn apply_whole(
        &mut self,
        dataset: &mut Arc<Dataset>,
        merged: Arc<Dataset>,
        label: Message,
    ) -> bool {
        if Arc::ptr_eq(dataset, &merged) {
            return false;
        }
        let before = std::mem::replace(dataset, Arc::clone(&merged));
        self.push(Step {
            change: Change::Whole {
                label,
                before,
                after: merged,
            },
        });
        true
    }

    /// Record a step just applied; the steps that could be redone go.
    fn push(&mut self, step: Step) {
        self.touched.extend(step.files());
        if !self.undone.is_empty() {
            if self.saved.is_some_and(|s| s > self.done.len()) {
                self.saved = None;
            }
            self.undone.clear();
        }
        self.done.push(step);
    }

    /// Undo the last applied step; returns its label, or `None` if there is
    /// none.
    pub fn undo(&mut self, dataset: &mut Arc<Dataset>) -> Option<Message> {
        let step = self.done.pop()?;
        step.undo(dataset);
        self.touched.extend(step.files());
        self.undone.push(step);
        self.undone.last().map(Step::label)
    }

    /// Redo the last undone step; returns its label, or `None` if there is
    /// none.
    pub fn redo(&mut self, dataset: &mut Arc<Dataset>) -> Option<Message> {
        let step = self.undone.pop()?;
        step.redo(dataset);
        self.touched.extend(step.files());
        self.done.push(step);
        self.done.last().map(Step::label)
    }

    /// What [`Self::undo`] would undo.
    pub fn next_undo(&self) -> Option<Message> {
        self.done.last().map(Step::label)
    }

    /// What [`Self::redo`] would redo.
    pub fn next_redo(&self) -> Option<Message> {
        self.undone.last().map(Step::label)
    }

    /// True if the dataset differs from the last save (or from what was
    /// opened, before any save).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.done.len())
    }

    /// The files a save must look at (empty when not dirty); the save
    /// itself skips those whose content is unchanged.
    pub fn files_to_save(&self) -> BTreeSet<FileKind> {
        if self.is_dirty() {
            self.touched.clone()
        } else {
            BTreeSet::new()
        }
    }

    /// Record that the dataset as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.done.len());
        self.touched.clear();
    }
}
