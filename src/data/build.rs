//! Raw records → checked model records, with cross-references resolved.
//!
//! Files are read in [`FileKind::ALL`] order (sources, countries, places,
//! organizations, relations, corridors, stances), so each file can check its
//! references against the valid records of the files before it; the one
//! cycle (a country's capital is a place, a place lies in a country) is
//! closed after places are read. Problems are collected with their file and
//! record index and sorted at the end, so their order does not depend on the
//! order of the checks.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::dto::{
    CorridorDto, MembershipDto, OrganizationDto, PeriodDto, RelationDto, SegmentDto, StanceDto,
    StatusDto, UndatedStatusDto,
};
use super::read::{describe, parse_file};
use super::{FileKind, Input, Loaded, Problem};
use crate::i18n::Message;
use crate::model::{
    Corridor, Country, CountryCode, Dataset, Date, Dimension, Interval, Membership, OrgId,
    Organization, Period, Place, PlaceId, Position, Relation, Segment, Source, SourceId, Stance,
    StanceKind, StatusPeriod, UndatedStatus, VoteTotals, Waypoint,
};

/// The longest route length accepted, in km: the Earth's equator (a
/// corridor's `length_km` beyond it is a typo, such as metres for km).
const MAX_LENGTH_KM: f64 = 40_075.0;

/// Problems with their sort key: (file, record index; `None` = whole file).
struct Sink {
    names: BTreeMap<FileKind, String>,
    items: Vec<(usize, Option<usize>, Problem)>,
}

impl Sink {
    fn push(&mut self, kind: FileKind, record: Option<usize>, location: String, message: Message) {
        let file = self
            .names
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| kind.file_name().to_owned());
        let order = FileKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.items.push((
            order,
            record,
            Problem {
                file,
                location,
                message,
            },
        ));
    }
}

/// A dated record of a series: a relation's scored period, a corridor's
/// status period. Both are checked alike (dates, source, no overlap).
trait DatedDto: DeserializeOwned {
    /// The record once checked.
    type Out;
    /// `from`, `to` and `source`, the parts every dated record has.
    fn dates(&self) -> (Date, Option<Date>, Option<&SourceId>);
    fn checked(self, period: Interval) -> Self::Out;
    fn period_of(out: &Self::Out) -> Interval;
}

impl DatedDto for PeriodDto {
    type Out = Period;
    fn dates(&self) -> (Date, Option<Date>, Option<&SourceId>) {
        (self.from, self.to, self.source.as_ref())
    }
    fn checked(self, period: Interval) -> Period {
        Period {
            period,
            score: self.score,
            evidence: self.evidence,
            source: self.source,
            note: self.note,
        }
    }
    fn period_of(out: &Period) -> Interval {
        out.period
    }
}

impl DatedDto for StatusDto {
    type Out = StatusPeriod;
    fn dates(&self) -> (Date, Option<Date>, Option<&SourceId>) {
        (self.from, self.to, self.source.as_ref())
    }
    fn checked(self, period: Interval) -> StatusPeriod {
        StatusPeriod {
            period,
            status: self.status,
            source: self.source,
            evidence: self.evidence,
            note: self.note,
        }
    }
    fn period_of(out: &StatusPeriod) -> Interval {
        out.period
    }
}

/// Where a record or one of its parts is: file, record index, JSON path.
#[derive(Clone, Copy)]
struct At<'a> {
    kind: FileKind,
    index: usize,
    path: &'a str,
}

/// Turn serde's wording into plain words: quotes instead of backticks, JSON
/// names for types.
pub fn humanize(message: &str) -> String {
    let mut m = message.replace('`', "\"");
    for (from, to) in [
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected a list [ … ]"),
        ("expected a map", "expected an object { … }"),
        ("invalid type: sequence", "invalid type: a list"),
        ("invalid type: map", "invalid type: an object"),
        ("invalid type: floating point", "invalid type: the number"),
        ("invalid type: integer", "invalid type: the number"),
    ] {
        m = m.replace(from, to);
    }
    if let Some(pos) = m.find("expected struct ") {
        m.truncate(pos);
        m.push_str("expected an object { … }");
    }
    m
}

/// A serde error's text as a message: the reason a model type gave
/// ([`crate::model::take_de_message`]), or serde's own wording
/// ([`humanize`]d) taken apart so that its words are translated and its
/// values (keys, quoted values) kept as they are; text of another form is
/// kept as it is.
fn serde_message(raw: &str) -> Message {
    if let Some(message) = crate::model::take_de_message(raw) {
        return message;
    }
    let text = humanize(raw);
    serde_parts(&text).unwrap_or_else(|| Message::verbatim(text))
}

fn serde_parts(text: &str) -> Option<Message> {
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        return Some(
            Message::tr(
                "problem-invalid-type",
                "invalid type: { $found }, expected { $expected }",
            )
            .with("found", found_message(found))
            .with("expected", expected_message(expected)),
        );
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        return Some(
            Message::tr(
                "problem-invalid-value",
                "invalid value: { $found }, expected { $expected }",
            )
            .with("found", found_message(found))
            .with("expected", expected_message(expected)),
        );
    }
    if let Some(rest) = text.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(
            Message::trf(
                "problem-invalid-length",
                "invalid length { $length }, expected { $expected }",
                &[("length", &length)],
            )
            .with("expected", expected_message(expected)),
        );
    }
    if let Some(field) = text.strip_prefix("missing field ") {
        return Some(Message::trf(
            "problem-missing-field",
            "missing field { $field }",
            &[("field", &field)],
        ));
    }
    if let Some(field) = text.strip_prefix("duplicate field ") {
        return Some(Message::trf(
            "problem-duplicate-field",
            "duplicate field { $field }",
            &[("field", &field)],
        ));
    }
    if let Some(rest) = text.strip_prefix("unknown field ") {
        if let Some(field) = rest.strip_suffix(", there are no fields") {
            return Some(Message::trf(
                "problem-unknown-field-none",
                "unknown field { $field }, there are no fields",
                &[("field", &field)],
            ));
        }
        let (field, expected) = rest.split_once(", expected ")?;
        return Some(if let Some(list) = expected.strip_prefix("one of ") {
            Message::trf(
                "problem-unknown-field-one-of",
                "unknown field { $field }, expected one of { $expected }",
                &[("field", &field), ("expected", &list)],
            )
        } else if let Some((first, second)) = expected.split_once(" or ") {
            Message::trf(
                "problem-unknown-field-either",
                "unknown field { $field }, expected { $first } or { $second }",
                &[("field", &field), ("first", &first), ("second", &second)],
            )
        } else {
            Message::trf(
                "problem-unknown-field-single",
                "unknown field { $field }, expected { $expected }",
                &[("field", &field), ("expected", &expected)],
            )
        });
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        if let Some(value) = rest.strip_suffix(", there are no variants") {
            return Some(Message::trf(
                "problem-unknown-variant-none",
                "unknown variant { $value }, there are no variants",
                &[("value", &value)],
            ));
        }
        let (value, expected) = rest.split_once(", expected ")?;
        return Some(if let Some(list) = expected.strip_prefix("one of ") {
            Message::trf(
                "problem-unknown-variant-one-of",
                "unknown variant { $value }, expected one of { $expected }",
                &[("value", &value), ("expected", &list)],
            )
        } else if let Some((first, second)) = expected.split_once(" or ") {
            Message::trf(
                "problem-unknown-variant-either",
                "unknown variant { $value }, expected { $first } or { $second }",
                &[("value", &value), ("first", &first), ("second", &second)],
            )
        } else {
            Message::trf(
                "problem-unknown-variant-single",
                "unknown variant { $value }, expected { $expected }",
                &[("value", &value), ("expected", &expected)],
            )
        });
    }
    None
}

/// What serde found (`string "x"`, `the number "5"`, `a list`) as a
/// message; the value quoted stays as it is.
fn found_message(found: &str) -> Message {
    let number = ["the number ", "integer ", "floating point "]
        .iter()
        .find_map(|p| found.strip_prefix(p));
    if let Some(value) = number {
        return Message::trf(
            "problem-found-number",
            "the number { $value }",
            &[("value", &value)],
        );
    }
    if let Some(value) = found.strip_prefix("string ") {
        return Message::trf(
            "problem-found-string",
            "string { $value }",
            &[("value", &value)],
        );
    }
    if let Some(value) = found.strip_prefix("boolean ") {
        return Message::trf(
            "problem-found-boolean",
            "boolean { $value }",
            &[("value", &value)],
        );
    }
    match found {
        "null" => Message::tr("problem-json-null", "null"),
        "a list" => Message::tr("problem-found-list", "a list"),
        "an object" => Message::tr("problem-found-object", "an object"),
        other => Message::verbatim(other),
    }
}

/// What serde expected (`a number`, `an object { … }`) as a message.
fn expected_message(expected: &str) -> Message {
    match expected {
        "a number" => Message::tr("problem-json-number", "a number"),
        "a boolean" => Message::tr("problem-expected-boolean", "a boolean"),
        "a string" | "string or map" => Message::tr("problem-json-string", "a string"),
        "a list [ … ]" => Message::tr("problem-json-list", "a list [ … ]"),
        "an object { … }" => super::read::object_message(),
        "u8" | "u16" | "u32" | "u64" | "usize" => {
            Message::tr("problem-expected-count", "a whole number, 0 or more")
        }
        "i8" | "i16" | "i32" | "i64" | "isize" => {
            Message::tr("problem-expected-integer", "a whole number")
        }
        other => Message::verbatim(other),
    }
}

/// Deserialize `value` as `T`, or report where and why it does not fit.
fn typed<T: DeserializeOwned>(value: Value, sink: &mut Sink, at: At<'_>) -> Option<T> {
    let Value::Object(fields) = &value else {
        sink.push(
            at.kind,
            Some(at.index),
            at.path.to_owned(),
            Message::trf(
                "problem-expected-object-here",
                "expected an object { $braces } here, not { $found }",
                &[("braces", &"{ … }")],
            )
            .with("found", describe(&value)),
        );
        return None;
    };
    if let Some((field, message)) = text_problem_in(fields) {
        sink.push(
            at.kind,
            Some(at.index),
            format!("{}.{field}", at.path),
            message,
        );
        return None;
    }
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(t) => Some(t),
        Err(e) => {
            let inner = e.path().to_string();
            let location = if inner == "." {
                at.path.to_owned()
            } else {
                format!("{}.{inner}", at.path)
            };
            sink.push(
                at.kind,
                Some(at.index),
                location,
                serde_message(&e.into_inner().to_string()),
            );
            None
        }
    }
}

/// The first text of a record (or of one of its parts: a period, a
/// membership) that holds a character text may not hold
/// ([`super::text`]): its key (`evidence`, `facts.length`) and why. Evidence
/// and notes may hold tabs and line breaks; names, titles and the rest may
/// not. Lists of parts are checked when each part is read.
fn text_problem_in(fields: &Map<String, Value>) -> Option<(String, Message)> {
    for (key, value) in fields {
        match value {
            Value::String(text) => {
                let multiline = matches!(key.as_str(), "evidence" | "note");
                if let Some(message) = super::text::text_problem_message(text, multiline) {
                    return Some((key.clone(), message));
                }
            }
            Value::Object(inner) if key == "facts" => {
                for (fact, value) in inner {
                    if let Some(message) = value
                        .as_str()
                        .and_then(|t| super::text::text_problem_message(t, false))
                    {
                        return Some((format!("facts.{fact}"), message));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// The valid ids seen so far, for reference checks.
#[derive(Default)]
struct Known {
    sources: BTreeSet<SourceId>,
    countries: BTreeSet<CountryCode>,
    places: BTreeMap<PlaceId, CountryCode>,
    organizations: BTreeSet<OrgId>,
}

struct Builder {
    sink: Sink,
    known: Known,
    dataset: Dataset,
    /// Files that could not be read at all (syntax error, not an object, …).
    unreadable: BTreeSet<FileKind>,
    /// References into an unreadable file, counted instead of listed: one
    /// broken file must not bury its own message under hundreds of others.
    dangling: BTreeMap<FileKind, usize>,
}

impl Builder {
    fn problem(&mut self, at: At<'_>, field: &str, message: Message) {
        let location = if field.is_empty() {
            at.path.to_owned()
        } else {
            format!("{}.{field}", at.path)
        };
        self.sink.push(at.kind, Some(at.index), location, message);
    }

    /// A reference into `target` that does not resolve: a problem, or, when
    /// `target` could not be read at all, only counted.
    fn unresolved(&mut self, target: FileKind, at: At<'_>, field: &str, message: Message) {
        if self.unreadable.contains(&target) {
            *self.dangling.entry(target).or_default() += 1;
        } else {
            self.problem(at, field, message);
        }
    }

    /// The valid records of a dated series (`key` of the record at `at`),
    /// sorted by start; each invalid or overlapping one is a problem.
    fn dated_series<D: DatedDto>(
        &mut self,
        raws: Vec<(usize, Value)>,
        at: At<'_>,
        key: &str,
        rule: &Message,
    ) -> Vec<D::Out> {
        let mut series: Vec<(usize, D::Out)> = Vec::new();
        for (j, raw) in raws {
            let sub = format!("{}.{key}[{j}]", at.path);
            let at = At { path: &sub, ..at };
            let Some(dto) = typed::<D>(raw, &mut self.sink, at) else {
                continue;
            };
            let (from, to, source) = dto.dates();
            let Some(period) = self.interval(from, to, at) else {
                continue;
            };
            if !self.source_ok(source, at) {
                continue;
            }
            if let Some((k, other)) = series
                .iter()
                .find(|(_, o)| D::period_of(o).overlaps(&period))
            {
                let message = Message::trf(
                    "problem-period-overlaps",
                    "this period ({ $period }) overlaps { $key }[{ $index }] ({ $other }); { $rule }",
                    &[("key", &key), ("index", k)],
                )
                .with("period", period.message())
                .with("other", D::period_of(other).message())
                .with("rule", rule.clone());
                self.problem(at, "", message);
                continue;
            }
            series.push((j, dto.checked(period)));
        }
        let mut series: Vec<D::Out> = series.into_iter().map(|(_, p)| p).collect();
        series.sort_by_key(|p| D::period_of(p));
        series
    }

    /// The step every record kind shares: for each record of `kind`, its
    /// place (file, index, JSON path), its typed form `D` (or a problem), and
    /// then `keep`, the kind's own checks, which stores the record and
    /// returns its key, or returns `None` to skip it. The keys of the records
    /// kept so far (with their index) are passed to `keep` for its duplicate
    /// check ([`Builder::is_duplicate`]) and returned at the end.
    fn each_record<D: DeserializeOwned, K: Ord>(
        &mut self,
        kind: FileKind,
        records: Vec<Value>,
        mut keep: impl FnMut(&mut Self, At<'_>, D, &BTreeMap<K, usize>) -> Option<K>,
    ) -> BTreeMap<K, usize> {
        let mut first: BTreeMap<K, usize> = BTreeMap::new();
        for (index, value) in records.into_iter().enumerate() {
            let path = format!("{}[{index}]", kind.key());
            let at = At {
                kind,
                index,
                path: &path,
            };
            let Some(dto) = typed::<D>(value, &mut self.sink, at) else {
                continue;
            };
            if let Some(key) = keep(self, at, dto, &first) {
                first.insert(key, index);
            }
        }
        first
    }

    /// True (and a problem at `field`) if a record with the id `id` was
    /// kept already.
    fn is_duplicate<K: Ord + std::fmt::Display>(
        &mut self,
        at: At<'_>,
        field: &str,
        id: &K,
        first: &BTreeMap<K, usize>,
    ) -> bool {
        let Some(prev) = first.get(id) else {
            return false;
        };
        self.problem(at, field, duplicate(&id.to_string(), at.kind, *prev));
        true
    }

    /// A corridor's undated status from the items of its `status` list
    /// that have no `from` (with their index in the list): at most one.
    fn undated_status(
        &mut self,
        items: Vec<(usize, Value)>,
        path: &str,
        at: At<'_>,
    ) -> Option<UndatedStatus> {
        let mut found: Option<(usize, UndatedStatus)> = None;
        for (j, raw) in items {
            let sub = format!("{path}.status[{j}]");
            let at = At { path: &sub, ..at };
            if raw.get("to").is_some() {
                self.problem(
                    at,
                    "to",
                    Message::tr(
                        "problem-to-needs-from",
                        "\"to\" needs \"from\": give the date the status holds from, or leave out both for a status whose date is not recorded",
                    ),
                );
                continue;
            }
            let Some(dto) = typed::<UndatedStatusDto>(raw, &mut self.sink, at) else {
                continue;
            };
            if !self.source_ok(dto.source.as_ref(), at) {
                continue;
            }
            if let Some((k, _)) = &found {
                let message = Message::trf(
                    "problem-second-undated-status",
                    "a corridor has at most one status without a date, and status[{ $index }] is one; give this one its \"from\" date or remove it",
                    &[("index", k)],
                );
                self.problem(at, "", message);
                continue;
            }
            found = Some((
                j,
                UndatedStatus {
                    status: dto.status,
                    source: dto.source,
                    evidence: dto.evidence,
                    note: dto.note,
                },
            ));
        }
        found.map(|(_, u)| u)
    }

    /// The rule for a file that says `"format": 1` but holds a format-2
    /// value or key: it is read as format 2 (nothing is dropped) and a
    /// problem says what to write, so that `validate` points at it and a
    /// format-1 reader is not handed a file it would refuse.
    fn format_1_check(&mut self, kind: FileKind) {
        if let Some(what) = super::write::format_2_use(&self.dataset, kind) {
            let message = Message::tr(
                "problem-format-1-holds-2",
                "the file says \"format\": 1 but holds { $what }, which is format 2; it was read anyway: write \"format\": 2 at the top",
            )
            .with("what", what);
            self.sink.push(kind, None, "format".to_owned(), message);
        }
    }

    /// True if `source` is absent or names a known source.
    fn source_ok(&mut self, source: Option<&SourceId>, at: At<'_>) -> bool {
        match source {
            Some(id) if !self.known.sources.contains(id) => {
                self.unresolved(
                    FileKind::Sources,
                    at,
                    "source",
                    Message::trf(
                        "problem-unknown-source",
                        "unknown source id \"{ $id }\" (not among the valid records of sources.json)",
                        &[("id", id)],
                    ),
                );
                false
            }
            _ => true,
        }
    }

    /// True if `code` is in countries.json.
    fn country_ok(&mut self, code: CountryCode, at: At<'_>, field: &str) -> bool {
        if self.known.countries.contains(&code) {
            return true;
        }
        self.unresolved(
            FileKind::Countries,
            at,
            field,
            Message::trf(
                "problem-country-not-listed",
                "country \"{ $code }\" is not in countries.json (add it there first)",
                &[("code", &code)],
            ),
        );
        false
    }

    /// An interval from `from`/`to`, or a problem at `to`.
    fn interval(&mut self, from: Date, to: Option<Date>, at: At<'_>) -> Option<Interval> {
        match Interval::new(from, to) {
            Ok(i) => Some(i),
            Err(e) => {
                self.problem(at, "to", e.message());
                None
            }
        }
    }

    /// The top-level `as_of` of `sources.json`: a date, or a problem (and
    /// no date).
    fn as_of(&mut self, raw: &Value) {
        let parsed = match raw {
            Value::String(s) => Date::parse(s).map_err(|e| e.message()),
            Value::Null => return,
            other => Err(Message::tr(
                "problem-as-of-not-date",
                "\"as_of\" must be a date string such as \"2025-11-30\", not { $found }",
            )
            .with("found", describe(other))),
        };
        match parsed {
            Ok(date) => self.dataset.as_of = Some(date),
            Err(message) => {
                self.sink
                    .push(FileKind::Sources, None, "as_of".to_owned(), message);
            }
        }
    }

    fn sources(&mut self, records: Vec<Value>) {
        self.each_record(
            FileKind::Sources,
            records,
            |this, at, mut source: Source, first| {
                if this.is_duplicate(at, "id", &source.id, first) {
                    return None;
                }
                if let Some(tag) = &source.language
                    && !is_language_tag(tag)
                {
                    let message = Message::trf(
                        "problem-source-language",
                        "\"{ $tag }\" is not a language tag (write a BCP 47 code such as \"en\", \"ru\" or \"kk-Cyrl\"); the language is left out",
                        &[("tag", &crate::data::text::escaped(tag))],
                    );
                    this.problem(at, "language", message);
                    source.language = None;
                }
                let id = source.id.clone();
                this.known.sources.insert(id.clone());
                this.dataset.sources.insert(id.clone(), source);
                Some(id)
            },
        );
    }

    fn countries(&mut self, records: Vec<Value>) -> BTreeMap<CountryCode, usize> {
        self.each_record(
            FileKind::Countries,
            records,
            |this, at, country: Country, first| {
                if this.is_duplicate(at, "code", &country.code, first)
                    || !this.source_ok(country.source.as_ref(), at)
                {
                    return None;
                }
                let code = country.code;
                this.known.countries.insert(code);
                this.dataset.countries.insert(code, country);
                Some(code)
            },
        )
    }

    fn places(&mut self, records: Vec<Value>) {
        self.each_record(
            FileKind::Places,
            records,
            |this, at, place: Place, first| {
                if this.is_duplicate(at, "id", &place.id, first) {
                    return None;
                }
                if let Err((field, message)) = check_lon_lat_message(place.lon, place.lat) {
                    this.problem(at, field, message);
                    return None;
                }
                if !this.country_ok(place.country, at, "country")
                    || !this.source_ok(place.source.as_ref(), at)
                {
                    return None;
                }
                let id = place.id.clone();
                this.known.places.insert(id.clone(), place.country);
                this.dataset.places.insert(id.clone(), place);
                Some(id)
            },
        );
    }

    /// Check each country's capital now that places are known; a bad capital
    /// is dropped (the country stays).
    fn capitals(&mut self, country_index: &BTreeMap<CountryCode, usize>) {
        let kind = FileKind::Countries;
        let mut drops = Vec::new();
        for (code, country) in &self.dataset.countries {
            let Some(capital) = &country.capital else {
                continue;
            };
            let index = country_index.get(code).copied().unwrap_or(0);
            let message = match self.known.places.get(capital) {
                None if self.unreadable.contains(&FileKind::Places) => {
                    *self.dangling.entry(FileKind::Places).or_default() += 1;
                    drops.push((*code, index, None));
                    continue;
                }
                None => Message::trf(
                    "problem-unknown-capital",
                    "unknown place id \"{ $id }\" (not among the valid records of places.json); the capital is left out",
                    &[("id", capital)],
                ),
                Some(in_country) if in_country != code => Message::trf(
                    "problem-capital-elsewhere",
                    "the capital \"{ $id }\" lies in { $in }, not in { $code }; the capital is left out",
                    &[("id", capital), ("in", in_country), ("code", code)],
                ),
                Some(_) => continue,
            };
            drops.push((*code, index, Some(message)));
        }
        for (code, index, message) in drops {
            let path = format!("{}[{index}]", kind.key());
            if let Some(message) = message {
                self.problem(
                    At {
                        kind,
                        index,
                        path: &path,
                    },
                    "capital",
                    message,
                );
            }
            if let Some(c) = self.dataset.countries.get_mut(&code) {
                c.capital = None;
            }
        }
    }

    fn organizations(&mut self, records: Vec<Value>) {
        self.each_record(FileKind::Organizations, records, |this, at, dto: OrganizationDto, first| {
            if this.is_duplicate(at, "id", &dto.id, first) || !this.source_ok(dto.source.as_ref(), at)
            {
                return None;
            }
            let color = match dto.color.as_deref().map(parse_color) {
                Some(Err(message)) => {
                    this.problem(at, "color", message);
                    None
                }
                Some(Ok(c)) => Some(c),
                None => None,
            };
            let mut memberships: Vec<(usize, Membership)> = Vec::new();
            for (j, raw) in dto.memberships.into_iter().enumerate() {
                let sub = format!("{}.memberships[{j}]", at.path);
                let at = At { path: &sub, ..at };
                let Some(m) = typed::<MembershipDto>(raw, &mut this.sink, at) else {
                    continue;
                };
                let Some(period) = this.interval(m.from, m.to, at) else {
                    continue;
                };
                if !this.country_ok(m.country, at, "country")
                    || !this.source_ok(m.source.as_ref(), at)
                {
                    continue;
                }
                if let Some((k, other)) = memberships
                    .iter()
                    .find(|(_, o)| o.country == m.country && o.period.overlaps(&period))
                {
                    let message = Message::trf(
                        "problem-membership-overlaps",
                        "this period ({ $period }) overlaps memberships[{ $index }] ({ $other }) of { $country }; periods of one country in one organization must not overlap",
                        &[("index", k), ("country", &m.country)],
                    )
                    .with("period", period.message())
                    .with("other", other.period.message());
                    this.problem(at, "", message);
                    continue;
                }
                memberships.push((
                    j,
                    Membership {
                        country: m.country,
                        status: m.status,
                        period,
                        source: m.source,
                        evidence: m.evidence,
                        note: m.note,
                    },
                ));
            }
            let facts = this.facts(dto.facts, at);
            let id = dto.id.clone();
            this.known.organizations.insert(id.clone());
            this.dataset.organizations.insert(
                id.clone(),
                Organization {
                    id: dto.id,
                    acronym: dto.acronym,
                    name: dto.name,
                    kind: dto.kind,
                    founded: dto.founded,
                    color,
                    memberships: memberships.into_iter().map(|(_, m)| m).collect(),
                    facts,
                    source: dto.source,
                    evidence: dto.evidence,
                    note: dto.note,
                },
            );
            Some(id)
        });
    }

    fn relations(&mut self, records: Vec<Value>) {
        type Key = (CountryCode, CountryCode, Dimension, bool);
        let kind = FileKind::Relations;
        self.each_record(kind, records, |this, at, dto: RelationDto, first: &BTreeMap<Key, usize>| {
            if dto.a == dto.b {
                let message = Message::trf(
                    "problem-relation-with-itself",
                    "a relation of { $code } with itself; \"a\" and \"b\" must be different states",
                    &[("code", &dto.a)],
                );
                this.problem(at, "b", message);
                return None;
            }
            if !this.country_ok(dto.a, at, "a")
                || !this.country_ok(dto.b, at, "b")
                || !this.source_ok(dto.source.as_ref(), at)
            {
                return None;
            }
            let key = if dto.directed {
                (dto.a, dto.b, dto.dimension, true)
            } else {
                (dto.a.min(dto.b), dto.a.max(dto.b), dto.dimension, false)
            };
            if let Some(prev) = first.get(&key) {
                let message = Message::trf(
                    "problem-duplicate-relation",
                    "duplicate relation { $a }–{ $b } ({ $dimension }): already given at relations[{ $index }]; put all periods in one \"series\"",
                    &[
                        ("a", &dto.a),
                        ("b", &dto.b),
                        ("dimension", &dto.dimension),
                        ("index", prev),
                    ],
                );
                this.problem(at, "", message);
                return None;
            }
            if dto.series.is_empty() {
                this.problem(
                    at,
                    "series",
                    Message::tr(
                        "problem-relation-no-period",
                        "a relation needs at least one period in \"series\"",
                    ),
                );
                return None;
            }
            let series = this.dated_series::<PeriodDto>(
                dto.series.into_iter().enumerate().collect(),
                at,
                "series",
                &Message::tr(
                    "problem-relation-periods-overlap",
                    "periods of one relation must not overlap",
                ),
            );
            this.dataset.relations.push(Relation {
                a: dto.a,
                b: dto.b,
                dimension: dto.dimension,
                directed: dto.directed,
                series,
                source: dto.source,
                evidence: dto.evidence,
                note: dto.note,
            });
            Some(key)
        });
        self.dataset.relations.sort_by(|x, y| {
            (x.a, x.b, x.dimension, x.directed).cmp(&(y.a, y.b, y.dimension, y.directed))
        });
    }

    fn corridors(&mut self, records: Vec<Value>) {
        self.each_record(FileKind::Corridors, records, |this, at, dto: CorridorDto, first| {
            if this.is_duplicate(at, "id", &dto.id, first) || !this.source_ok(dto.source.as_ref(), at)
            {
                return None;
            }
            if let Some(org) = &dto.organization
                && !this.known.organizations.contains(org)
            {
                let message = Message::trf(
                    "problem-unknown-organization",
                    "unknown organization id \"{ $id }\" (not among the valid records of organizations.json)",
                    &[("id", org)],
                );
                this.unresolved(FileKind::Organizations, at, "organization", message);
                return None;
            }
            let mut countries = Vec::new();
            for (j, raw) in dto.countries.into_iter().enumerate() {
                let field = format!("countries[{j}]");
                match country_from_value(&raw) {
                    Ok(code) => {
                        if this.country_ok(code, at, &field) {
                            countries.push(code);
                        }
                    }
                    Err(message) => this.problem(at, &field, message),
                }
            }
            let mut segments = Vec::new();
            for (j, raw) in dto.segments.into_iter().enumerate() {
                let sub = format!("{}.segments[{j}]", at.path);
                let at = At { path: &sub, ..at };
                let Some(seg) = typed::<SegmentDto>(raw, &mut this.sink, at) else {
                    continue;
                };
                let mut via = Vec::new();
                let mut lost_places = false;
                for (w, raw) in seg.via.iter().enumerate() {
                    let field = format!("via[{w}]");
                    match this.waypoint(raw) {
                        Ok(p) => via.push(p),
                        Err(message) if raw.is_string() => {
                            lost_places |= this.unreadable.contains(&FileKind::Places);
                            this.unresolved(FileKind::Places, at, &field, message);
                        }
                        Err(message) => this.problem(at, &field, message),
                    }
                }
                if !this.source_ok(seg.source.as_ref(), at) {
                    continue;
                }
                if via.len() < 2 && lost_places {
                    continue;
                }
                if via.len() < 2 {
                    let message = Message::trf(
                        "problem-segment-too-short",
                        "a segment needs at least two valid points in \"via\" (it has { $count })",
                        &[("count", &via.len())],
                    );
                    this.problem(at, "via", message);
                    continue;
                }
                segments.push(Segment {
                    mode: seg.mode,
                    via,
                    source: seg.source,
                    evidence: seg.evidence,
                    note: seg.note,
                });
            }
            let (undated, dated): (Vec<_>, Vec<_>) = dto
                .status
                .into_iter()
                .enumerate()
                .partition(|(_, v)| is_undated(v));
            let undated_status = this.undated_status(undated, at.path, at);
            let status = this.dated_series::<StatusDto>(
                dated,
                at,
                "status",
                &Message::tr(
                    "problem-status-periods-overlap",
                    "status periods must not overlap",
                ),
            );
            let facts = this.facts(dto.facts, at);
            let (length_km, length_source) =
                this.corridor_length(dto.length_km, dto.length_source, at);
            let id = dto.id.clone();
            this.dataset.corridors.insert(
                id.clone(),
                Corridor {
                    id: dto.id,
                    name: dto.name,
                    kind: dto.kind,
                    countries,
                    segments,
                    status,
                    undated_status,
                    facts,
                    length_km,
                    length_source,
                    organization: dto.organization,
                    source: dto.source,
                    evidence: dto.evidence,
                    note: dto.note,
                },
            );
            Some(id)
        });
    }

    /// A corridor's `length_km` and `length_source`: a length that is not a
    /// positive distance on the globe, or whose source is unknown, is
    /// reported and left out (the corridor still loads).
    fn corridor_length(
        &mut self,
        km: Option<f64>,
        source: Option<SourceId>,
        at: At<'_>,
    ) -> (Option<f64>, Option<SourceId>) {
        let Some(km) = km else {
            if source.is_some() {
                let message = Message::tr(
                    "problem-length-source-alone",
                    "\"length_source\" without \"length_km\": give the length it is the source of",
                );
                self.problem(at, "length_source", message);
            }
            return (None, None);
        };
        if !(km.is_finite() && km > 0.0 && km <= MAX_LENGTH_KM) {
            let message = Message::trf(
                "problem-length-range",
                "length { $km } km is not a route length (it must be more than 0 and at most { $max } km)",
                &[("km", &km), ("max", &MAX_LENGTH_KM)],
            );
            self.problem(at, "length_km", message);
            return (None, None);
        }
        if let Some(id) = &source
            && !self.known.sources.contains(id)
        {
            let message = Message::trf(
                "problem-unknown-length-source",
                "unknown source id \"{ $id }\" (not among the valid records of sources.json); the length is left out",
                &[("id", id)],
            );
            self.unresolved(FileKind::Sources, at, "length_source", message);
            return (None, None);
        }
        (Some(km), source)
    }

    /// A `via` item: a known place id or a `[lon, lat]` pair.
    fn waypoint(&self, raw: &Value) -> Result<Waypoint, Message> {
        match raw {
            Value::String(s) => {
                let id = PlaceId::try_from(s.as_str()).map_err(|e| e.message())?;
                if self.known.places.contains_key(&id) {
                    Ok(Waypoint::Place(id))
                } else {
                    Err(Message::trf(
                        "problem-unknown-place",
                        "unknown place id \"{ $id }\" (not among the valid records of places.json)",
                        &[("id", &id)],
                    ))
                }
            }
            Value::Array(pair) => match pair.as_slice() {
                [lon, lat] => {
                    let (Some(lon), Some(lat)) = (lon.as_f64(), lat.as_f64()) else {
                        return Err(Message::tr(
                            "problem-pair-not-numbers",
                            "a [lon, lat] pair must hold two numbers",
                        ));
                    };
                    check_lon_lat_message(lon, lat).map_err(|(_, m)| m)?;
                    Ok(Waypoint::LonLat { lon, lat })
                }
                _ => Err(Message::trf(
                    "problem-pair-length",
                    "a [lon, lat] pair must hold exactly two numbers, not { $count }",
                    &[("count", &pair.len())],
                )),
            },
            other => Err(Message::tr(
                "problem-waypoint-type",
                "expected a place id (a string) or a [lon, lat] pair, not { $found }",
            )
            .with("found", describe(other))),
        }
    }

    /// Facts as text: strings, numbers and true/false are kept.
    fn facts(&mut self, raw: Map<String, Value>, at: At<'_>) -> BTreeMap<String, String> {
        let mut facts = BTreeMap::new();
        for (key, value) in raw {
            let text = match value {
                Value::String(s) => s,
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                other => {
                    let message = Message::tr(
                        "problem-fact-type",
                        "a fact must be a string, a number or true/false, not { $found }",
                    )
                    .with("found", describe(&other));
                    self.problem(at, &format!("facts.{key}"), message);
                    continue;
                }
            };
            facts.insert(key, text);
        }
        facts
    }

    /// A stance's `totals`, checked: only on a `un-vote` stance, with a
    /// known source, and no position recorded more often than its total.
    /// Otherwise a problem, and the totals are left out (the stance stays).
    fn totals(
        &mut self,
        raw: Value,
        kind: StanceKind,
        positions: &BTreeMap<CountryCode, Position>,
        at: At<'_>,
    ) -> Option<VoteTotals> {
        let sub = format!("{}.totals", at.path);
        let inner = At { path: &sub, ..at };
        if kind != StanceKind::UnVote {
            let message = Message::trf(
                "problem-totals-not-vote",
                "\"totals\" is allowed only on a \"un-vote\" stance, not on a \"{ $kind }\" one; the totals are left out",
                &[("kind", &kind)],
            );
            self.problem(inner, "", message);
            return None;
        }
        let totals = typed::<VoteTotals>(raw, &mut self.sink, inner)?;
        if !self.source_ok(totals.source.as_ref(), inner) {
            return None;
        }
        let mut over = Vec::new();
        for p in Position::allowed_for(kind) {
            let recorded = positions.values().filter(|q| *q == p).count();
            let total = totals.of(*p).unwrap_or(0);
            if u32::try_from(recorded).is_ok_and(|r| r <= total) {
                continue;
            }
            over.push(Message::trf(
                "problem-totals-position-over",
                "{ $recorded } \"{ $position }\" recorded but the total is { $total }",
                &[
                    ("recorded", &recorded),
                    ("position", &p.as_str()),
                    ("total", &total),
                ],
            ));
        }
        if over.is_empty() {
            Some(totals)
        } else {
            let message = Message::tr(
                "problem-totals-exceeded",
                "the recorded positions exceed the totals ({ $which }); the totals are left out",
            )
            .with("which", list_message(over));
            self.problem(inner, "", message);
            None
        }
    }

    fn stances(&mut self, records: Vec<Value>) {
        self.each_record(FileKind::Stances, records, |this, at, dto: StanceDto, first| {
            if this.is_duplicate(at, "id", &dto.id, first) || !this.source_ok(dto.source.as_ref(), at)
            {
                return None;
            }
            let allowed = Position::allowed_for(dto.kind);
            let mut positions = BTreeMap::new();
            for (key, value) in dto.positions {
                let field = format!("positions.{key}");
                let code = match CountryCode::try_from(key.as_str()) {
                    Ok(c) => c,
                    Err(e) => {
                        this.problem(at, &field, e.message());
                        continue;
                    }
                };
                if !this.country_ok(code, at, &field) {
                    continue;
                }
                let position = value.as_str().and_then(Position::parse);
                match position {
                    Some(p) if allowed.contains(&p) => {
                        positions.insert(code, p);
                    }
                    _ => {
                        let list: Vec<String> = allowed
                            .iter()
                            .map(|p| format!("\"{}\"", p.as_str()))
                            .collect();
                        let message = Message::trf(
                            "problem-position-not-allowed",
                            "position { $value } is not allowed for a \"{ $kind }\" stance (expected one of { $allowed })",
                            &[
                                ("value", &value),
                                ("kind", &dto.kind),
                                ("allowed", &list.join(", ")),
                            ],
                        );
                        this.problem(at, &field, message);
                    }
                }
            }
            let totals = dto
                .totals
                .and_then(|raw| this.totals(raw, dto.kind, &positions, at));
            let id = dto.id.clone();
            this.dataset.stances.insert(
                id.clone(),
                Stance {
                    id: dto.id,
                    title: dto.title,
                    date: dto.date,
                    kind: dto.kind,
                    positions,
                    totals,
                    source: dto.source,
                    evidence: dto.evidence,
                    note: dto.note,
                },
            );
            Some(id)
        });
    }
}

/// "duplicate id …" message.
fn duplicate(id: &str, kind: FileKind, first: usize) -> Message {
    Message::trf(
        "problem-duplicate-id",
        "duplicate id \"{ $id }\": already used by { $records }[{ $index }]; this record is skipped",
        &[("id", &id), ("records", &kind.key()), ("index", &first)],
    )
}

/// Messages joined by ", " (a list inside a sentence).
fn list_message(items: Vec<Message>) -> Message {
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return Message::verbatim("");
    };
    items.fold(first, |list, item| {
        Message::tr("problem-list", "{ $list }, { $item }")
            .with("list", list)
            .with("item", item)
    })
}

/// A country code given as a JSON string.
fn country_from_value(raw: &Value) -> Result<CountryCode, Message> {
    match raw {
        Value::String(s) => CountryCode::try_from(s.as_str()).map_err(|e| e.message()),
        other => Err(Message::tr(
            "problem-code-type",
            "expected a country code such as \"KAZ\", not { $found }",
        )
        .with("found", describe(other))),
    }
}

/// Check a coordinate is on the globe; the error names the field and
/// gives the reason as a message.
pub(super) fn check_lon_lat_message(lon: f64, lat: f64) -> Result<(), (&'static str, Message)> {
    if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
        return Err((
            "lon",
            Message::trf(
                "problem-longitude",
                "longitude { $value } is off the globe (it must be between -180 and 180)",
                &[("value", &lon)],
            ),
        ));
    }
    if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
        return Err((
            "lat",
            Message::trf(
                "problem-latitude",
                "latitude { $value } is off the globe (it must be between -90 and 90)",
                &[("value", &lat)],
            ),
        ));
    }
    Ok(())
}

/// `"#rrggbb"` → RGB.
pub fn parse_color(s: &str) -> Result<[u8; 3], Message> {
    let fail = || {
        Message::trf(
            "problem-colour",
            "colour \"{ $value }\" is not of the form \"#rrggbb\" (like \"#b03a2e\"); the default colour is used",
            &[("value", &s)],
        )
    };
    let hex = s.strip_prefix('#').ok_or_else(fail)?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(fail());
    }
    let byte = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .ok_or_else(fail)
    };
    Ok([byte(0)?, byte(2)?, byte(4)?])
}

/// True for an item of a corridor's `status` list with no `from`: a status
/// whose date is not recorded (format 2). Items that are not objects go
/// the dated way, where they are reported.
fn is_undated(item: &Value) -> bool {
    item.as_object().is_some_and(|o| !o.contains_key("from"))
}

/// Read, check and assemble every input; `early` problems come first.
pub(super) fn build(inputs: Vec<Input<'_>>, early: Vec<Problem>) -> Loaded {
    let mut builder = Builder {
        sink: Sink {
            names: inputs.iter().map(|i| (i.kind, i.name.clone())).collect(),
            items: Vec::new(),
        },
        known: Known::default(),
        dataset: Dataset::default(),
        unreadable: BTreeSet::new(),
        dangling: BTreeMap::new(),
    };
    let mut records: BTreeMap<FileKind, Vec<Value>> = BTreeMap::new();
    let mut top_level: BTreeMap<(FileKind, String), Value> = BTreeMap::new();
    for input in inputs {
        let bytes = match input.bytes {
            Ok(b) => b,
            Err(p) => {
                builder.sink.push(input.kind, None, p.location, p.message);
                builder.unreadable.insert(input.kind);
                continue;
            }
        };
        let mut soft = Vec::new();
        let mut extras = Vec::new();
        match parse_file(input.kind, &bytes, &mut soft, &mut extras) {
            Ok(items) => {
                records.insert(input.kind, items);
                top_level.extend(extras.into_iter().map(|(k, v)| ((input.kind, k), v)));
            }
            Err((location, message)) => {
                soft.push((location, message));
                builder.unreadable.insert(input.kind);
            }
        }
        for (location, message) in soft {
            builder.sink.push(input.kind, None, location, message);
        }
    }
    let mut take = |k: FileKind| records.remove(&k).unwrap_or_default();
    builder.sources(take(FileKind::Sources));
    if let Some(raw) = top_level.remove(&(FileKind::Sources, "as_of".to_owned())) {
        builder.as_of(&raw);
    }
    let country_index = builder.countries(take(FileKind::Countries));
    builder.places(take(FileKind::Places));
    builder.capitals(&country_index);
    builder.organizations(take(FileKind::Organizations));
    builder.relations(take(FileKind::Relations));
    builder.corridors(take(FileKind::Corridors));
    builder.stances(take(FileKind::Stances));

    for ((kind, key), value) in &top_level {
        if key == "format" && value.as_u64() == Some(1) {
            builder.format_1_check(*kind);
        }
    }
    for (kind, count) in std::mem::take(&mut builder.dangling) {
        let message = Message::trn(
            "problem-references-left-out",
            "since this file could not be read, { $count } reference to its records in other files is left out (not listed one by one)",
            "since this file could not be read, { $count } references to its records in other files are left out (not listed one by one)",
            count,
            &[],
        );
        builder.sink.push(kind, None, String::new(), message);
    }
    let mut items = builder.sink.items;
    items.sort_by_key(|(file, record, _)| (*file, *record));
    let mut problems = early;
    problems.extend(items.into_iter().map(|(_, _, p)| p));
    Loaded {
        dataset: builder.dataset,
        problems,
    }
}

/// A BCP 47 language tag in its common shape: a language of 2 or 3
/// letters, then subtags of 1 to 8 letters or digits (`en`, `kk-Cyrl`,
/// `uz-Latn-UZ`), joined by hyphens; at most 35 characters.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
