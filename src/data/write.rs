//! Model → the data files: a [`Dataset`] written back as the seven JSON
//! files the loader reads (`docs/data-format.md`), in a stable layout so
//! that a folder kept under git shows small diffs.
//!
//! ## Layout
//! - Records are sorted as the model holds them: by id (by code for
//!   countries; by `a`, `b`, `dimension`, `directed` for relations). Lists
//!   inside a record keep their order (a relation's periods and a corridor's
//!   status periods are sorted by start; memberships and segments keep the
//!   order of the file they came from, which the edit model preserves).
//! - Every top-level record is a block of its own, one key per line, keys in
//!   the order the format documents them; optional keys that are absent are
//!   left out, as are empty optional lists.
//! - A record inside a record (a period, a membership, a segment, a status
//!   period) is written on one line when it fits in 100 columns, else one
//!   key per line.
//! - Maps and lists of plain values (a stance's `positions`, a corridor's
//!   `facts`, `countries` and `via`) are packed into lines of at most 100
//!   columns, so 193 positions take 14 lines rather than 193.
//! - Numbers are written in the shortest form that reads back to the same
//!   value; text is UTF-8 with JSON escapes for quotes, backslashes and
//!   control characters. Indentation is two spaces; the file ends with a
//!   newline.
//!
//! Writing is a pure function of the dataset: the same dataset always gives
//! the same bytes, and loading them gives the same dataset back (a test
//! checks both on the bundled data).
//!
//! Each record kind is written by one function that destructures the record
//! without `..`, so adding a field to a model record fails to compile here
//! until the field has its one line.

use std::fmt::Write as _;

use super::FileKind;
use crate::model::{
    Corridor, Country, Dataset, Interval, Membership, Organization, Period, Place, Relation,
    Segment, Source, Stance, StatusPeriod, UndatedStatus, Waypoint,
};

/// The width lines are packed to, in characters.
pub const WIDTH: usize = 100;

/// One data file's bytes, as [`crate::data::load_files`] reads them.
pub fn file_bytes(dataset: &Dataset, kind: FileKind) -> Vec<u8> {
    // One record's layout at a time, written at once: the memory needed is
    // the file's text, not a tree of the whole file.
    let records: Box<dyn Iterator<Item = Node> + '_> = match kind {
        FileKind::Sources => Box::new(dataset.sources.values().map(source)),
        FileKind::Countries => Box::new(dataset.countries.values().map(country)),
        FileKind::Places => Box::new(dataset.places.values().map(place)),
        FileKind::Organizations => Box::new(dataset.organizations.values().map(organization)),
        FileKind::Relations => Box::new(dataset.relations.iter().map(relation)),
        FileKind::Corridors => Box::new(dataset.corridors.values().map(corridor)),
        FileKind::Stances => Box::new(dataset.stances.values().map(stance)),
    };
    let count = match kind {
        FileKind::Sources => dataset.sources.len(),
        FileKind::Countries => dataset.countries.len(),
        FileKind::Places => dataset.places.len(),
        FileKind::Organizations => dataset.organizations.len(),
        FileKind::Relations => dataset.relations.len(),
        FileKind::Corridors => dataset.corridors.len(),
        FileKind::Stances => dataset.stances.len(),
    };
    let mut out = String::with_capacity(count * 512 + 64);
    let _ = write!(out, "{{\n  \"format\": {},\n", format_needed(dataset, kind));
    if kind == FileKind::Sources
        && let Some(as_of) = &dataset.as_of
    {
        let _ = writeln!(out, "  \"as_of\": {},", quote(&as_of.to_string()));
    }
    let _ = write!(out, "  \"{}\": [", kind.key());
    if count == 0 {
        out.push_str("]\n}\n");
        return out.into_bytes();
    }
    out.push('\n');
    for (i, record) in records.enumerate() {
        out.push_str("    ");
        record.write_block(&mut out, 4);
        out.push_str(if i + 1 == count { "\n" } else { ",\n" });
    }
    out.push_str("  ]\n}\n");
    out.into_bytes()
}

/// The lowest `format` version that holds what `dataset` has for the file
/// `kind`: 2 when it uses a format-2 value or key ([`format_2_use`]), else
/// 1, so that files without them stay readable by format-1 readers.
pub fn format_needed(dataset: &Dataset, kind: FileKind) -> u64 {
    if format_2_use(dataset, kind).is_some() {
        2
    } else {
        1
    }
}

/// The first format-2 value or key that `dataset` has for the file `kind`,
/// named as the user would find it (`corridor "btc": length_km`): a
/// corridor's `length_km`, `length_source` or status without a date, a
/// stance position such as `accepts-without-recognising`. `None`: the file
/// is format 1.
pub fn format_2_use(dataset: &Dataset, kind: FileKind) -> Option<crate::i18n::Message> {
    use crate::i18n::Message;
    match kind {
        FileKind::Corridors => dataset.corridors.values().find_map(|c| {
            let what = if c.length_km.is_some() {
                Message::verbatim("length_km")
            } else if c.length_source.is_some() {
                Message::verbatim("length_source")
            } else if c.undated_status.is_some() {
                Message::tr(
                    "problem-format-2-undated-status",
                    "a status without a date (no \"from\")",
                )
            } else {
                return None;
            };
            Some(
                Message::trf(
                    "problem-format-2-corridor",
                    "corridor \"{ $id }\": { $what }",
                    &[("id", &c.id)],
                )
                .with("what", what),
            )
        }),
        FileKind::Stances => dataset.stances.values().find_map(|s| {
            let (country, p) = s.positions.iter().find(|(_, p)| p.needs_format_2())?;
            Some(Message::trf(
                "problem-format-2-position",
                "stance \"{ $id }\": position \"{ $position }\" of { $country }",
                &[
                    ("id", &s.id),
                    ("position", &p.as_str()),
                    ("country", country),
                ],
            ))
        }),
        FileKind::Sources => dataset.sources.values().find_map(|s| {
            s.language.as_ref()?;
            Some(Message::trf(
                "problem-format-2-source-language",
                "source \"{ $id }\": language",
                &[("id", &s.id)],
            ))
        }),
        FileKind::Countries | FileKind::Places | FileKind::Organizations | FileKind::Relations => {
            None
        }
    }
}

/// Every data file's bytes, in [`FileKind::ALL`] order.
pub fn all_files(dataset: &Dataset) -> Vec<(FileKind, Vec<u8>)> {
    FileKind::ALL
        .into_iter()
        .map(|kind| (kind, file_bytes(dataset, kind)))
        .collect()
}

/// A JSON value with the layout decided by what it is.
pub enum Node {
    /// A number, string, boolean or null, already as JSON text.
    Scalar(String),
    /// An object with a fixed set of keys (a record): one key per line,
    /// or one line if it is nested and fits.
    Record(Vec<(&'static str, Node)>),
    /// An object of user keys to plain values (positions, facts): packed.
    Map(Vec<(String, Node)>),
    /// A list: packed if its items are plain, else one item per line.
    List(Vec<Node>),
}

/// JSON text of a string.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

pub fn text(s: &str) -> Node {
    Node::Scalar(quote(s))
}

/// JSON text of a finite number (shortest round-trip form).
pub fn number(x: f64) -> Node {
    Node::Scalar(serde_json::to_string(&x).unwrap_or_else(|_| "null".to_owned()))
}

impl Node {
    /// A plain value, or a short list of plain values (a `[lon, lat]` pair).
    fn is_plain(&self) -> bool {
        match self {
            Self::Scalar(_) => true,
            Self::List(items) => items.iter().all(|i| matches!(i, Self::Scalar(_))),
            Self::Record(_) | Self::Map(_) => false,
        }
    }

    /// The value on one line, or `None` if it must span lines (a record or
    /// list holding records).
    fn inline(&self) -> Option<String> {
        match self {
            Self::Scalar(s) => Some(s.clone()),
            Self::Record(fields) => {
                let parts: Option<Vec<String>> = fields
                    .iter()
                    .map(|(k, v)| match v {
                        Self::Record(_) => None,
                        Self::List(items) if items.iter().any(|i| !i.is_plain()) => None,
                        _ => Some(format!("{}: {}", quote(k), v.inline()?)),
                    })
                    .collect();
                Some(format!("{{{}}}", parts?.join(", ")))
            }
            Self::Map(entries) => {
                let parts: Option<Vec<String>> = entries
                    .iter()
                    .map(|(k, v)| Some(format!("{}: {}", quote(k), v.inline()?)))
                    .collect();
                Some(format!("{{{}}}", parts?.join(", ")))
            }
            Self::List(items) => {
                if !items.iter().all(Self::is_plain) {
                    return None;
                }
                let parts: Option<Vec<String>> = items.iter().map(Self::inline).collect();
                Some(format!("[{}]", parts?.join(", ")))
            }
        }
    }

    /// Write a top-level record: always a block, one key per line. The
    /// cursor is at column `indent`, after the indentation.
    fn write_block(&self, out: &mut String, indent: usize) {
        match self {
            Self::Record(fields) => write_fields(out, fields, indent),
            _ => self.write(out, indent, indent),
        }
    }

    /// Write the value starting at column `column`, in a block indented by
    /// `indent`.
    pub fn write(&self, out: &mut String, indent: usize, column: usize) {
        if let Some(line) = self.inline()
            && column + line.chars().count() < WIDTH
        {
            out.push_str(&line);
            return;
        }
        match self {
            Self::Scalar(s) => out.push_str(s),
            Self::Record(fields) => write_fields(out, fields, indent),
            Self::Map(entries) => {
                let items: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| {
                        let value = v.inline().unwrap_or_else(|| "null".to_owned());
                        format!("{}: {value}", quote(k))
                    })
                    .collect();
                write_packed(out, ('{', '}'), &items, indent);
            }
            Self::List(items) if items.iter().all(Self::is_plain) => {
                let items: Vec<String> = items.iter().filter_map(Self::inline).collect();
                write_packed(out, ('[', ']'), &items, indent);
            }
            Self::List(items) => {
                out.push_str("[\n");
                let inner = indent + 2;
                let last = items.len().saturating_sub(1);
                for (i, item) in items.iter().enumerate() {
                    push_indent(out, inner);
                    item.write(out, inner, inner);
                    out.push_str(if i == last { "\n" } else { ",\n" });
                }
                push_indent(out, indent);
                out.push(']');
            }
        }
    }
}

fn push_indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// `{` then one `"key": value` per line, then `}` at `indent`.
fn write_fields(out: &mut String, fields: &[(&'static str, Node)], indent: usize) {
    out.push_str("{\n");
    let inner = indent + 2;
    let last = fields.len().saturating_sub(1);
    for (i, (key, value)) in fields.iter().enumerate() {
        push_indent(out, inner);
        let key = quote(key);
        out.push_str(&key);
        out.push_str(": ");
        value.write(out, inner, inner + key.chars().count() + 2);
        out.push_str(if i == last { "\n" } else { ",\n" });
    }
    push_indent(out, indent);
    out.push('}');
}

/// `open`, then `items` packed into lines of at most [`WIDTH`] columns at
/// `indent + 2`, then `close` at `indent`.
pub fn write_packed(
    out: &mut String,
    (open, close): (char, char),
    items: &[String],
    indent: usize,
) {
    out.push(open);
    let inner = indent + 2;
    let mut column = WIDTH; // forces a new line before the first item
    let last = items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        let len = item.chars().count() + usize::from(i != last);
        if column + 1 + len > WIDTH {
            out.push('\n');
            push_indent(out, inner);
            column = inner;
        } else {
            out.push(' ');
            column += 1;
        }
        out.push_str(item);
        if i != last {
            out.push(',');
        }
        column += len;
    }
    out.push('\n');
    push_indent(out, indent);
    out.push(close);
}

/// Builds a record's fields in order; optional values that are absent are
/// left out.
struct Fields(Vec<(&'static str, Node)>);

impl Fields {
    fn new() -> Self {
        Self(Vec::new())
    }
    fn node(mut self, key: &'static str, node: Node) -> Self {
        self.0.push((key, node));
        self
    }
    fn text(self, key: &'static str, value: &(impl std::fmt::Display + ?Sized)) -> Self {
        self.node(key, text(&value.to_string()))
    }
    fn opt_text(
        self,
        key: &'static str,
        value: Option<&(impl std::fmt::Display + ?Sized)>,
    ) -> Self {
        match value {
            Some(v) => self.text(key, v),
            None => self,
        }
    }
    fn number(self, key: &'static str, value: f64) -> Self {
        self.node(key, number(value))
    }
    /// A nested record, left out when absent.
    fn opt_node(self, key: &'static str, value: Option<Node>) -> Self {
        match value {
            Some(node) => self.node(key, node),
            None => self,
        }
    }
    fn bool(self, key: &'static str, value: bool) -> Self {
        self.node(key, Node::Scalar(value.to_string()))
    }
    /// A list, left out when empty.
    fn list(self, key: &'static str, items: Vec<Node>) -> Self {
        if items.is_empty() {
            self
        } else {
            self.node(key, Node::List(items))
        }
    }
    /// A map, left out when empty.
    fn map(self, key: &'static str, entries: Vec<(String, Node)>) -> Self {
        if entries.is_empty() {
            self
        } else {
            self.node(key, Node::Map(entries))
        }
    }
    /// `from` and `to` of a period.
    fn period(self, period: &Interval) -> Self {
        self.text("from", &period.from)
            .opt_text("to", period.to.as_ref())
    }
    fn done(self) -> Node {
        Node::Record(self.0)
    }
}

fn source(s: &Source) -> Node {
    let Source {
        id,
        title,
        author,
        outlet,
        date,
        file,
        url,
        note,
        language,
    } = s;
    Fields::new()
        .text("id", id)
        .text("title", title)
        .opt_text("author", author.as_deref())
        .opt_text("outlet", outlet.as_deref())
        .opt_text("date", date.as_ref())
        .opt_text("language", language.as_deref())
        .opt_text("file", file.as_deref())
        .opt_text("url", url.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn country(c: &Country) -> Node {
    let Country {
        code,
        name,
        capital,
        group,
        source,
        evidence,
        note,
    } = c;
    Fields::new()
        .text("code", code.as_str())
        .text("name", name)
        .opt_text("capital", capital.as_ref())
        .text("group", group)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn place(p: &Place) -> Node {
    let Place {
        id,
        name,
        country,
        kind,
        lon,
        lat,
        source,
        evidence,
        note,
    } = p;
    Fields::new()
        .text("id", id)
        .text("name", name)
        .text("country", country.as_str())
        .text("kind", kind)
        .number("lon", *lon)
        .number("lat", *lat)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn organization(o: &Organization) -> Node {
    let Organization {
        id,
        acronym,
        name,
        kind,
        founded,
        color,
        memberships,
        facts,
        source,
        evidence,
        note,
    } = o;
    let color = color.map(|[r, g, b]| format!("#{r:02x}{g:02x}{b:02x}"));
    Fields::new()
        .text("id", id)
        .text("acronym", acronym)
        .text("name", name)
        .text("kind", kind)
        .opt_text("founded", founded.as_ref())
        .opt_text("color", color.as_deref())
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .map(
            "facts",
            facts.iter().map(|(k, v)| (k.clone(), text(v))).collect(),
        )
        .list("memberships", memberships.iter().map(membership).collect())
        .done()
}

fn membership(m: &Membership) -> Node {
    let Membership {
        country,
        status,
        period,
        source,
        evidence,
        note,
    } = m;
    Fields::new()
        .text("country", country.as_str())
        .text("status", status)
        .period(period)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn relation(r: &Relation) -> Node {
    let Relation {
        a,
        b,
        dimension,
        directed,
        series,
        source,
        evidence,
        note,
    } = r;
    Fields::new()
        .text("a", a.as_str())
        .text("b", b.as_str())
        .text("dimension", dimension)
        .bool("directed", *directed)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        // Required, even when empty (the loader then says so).
        .node("series", Node::List(series.iter().map(period).collect()))
        .done()
}

fn period(p: &Period) -> Node {
    let Period {
        period,
        score,
        evidence,
        source,
        note,
    } = p;
    Fields::new()
        .period(period)
        .number("score", score.value())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("source", source.as_ref())
        .opt_text("note", note.as_deref())
        .done()
}

fn corridor(c: &Corridor) -> Node {
    let Corridor {
        id,
        name,
        kind,
        countries,
        segments,
        status,
        undated_status,
        facts,
        length_km,
        length_source,
        organization,
        source,
        evidence,
        note,
    } = c;
    Fields::new()
        .text("id", id)
        .text("name", name)
        .text("kind", kind)
        .list(
            "countries",
            countries.iter().map(|c| text(c.as_str())).collect(),
        )
        .opt_text("organization", organization.as_ref())
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .map(
            "facts",
            facts.iter().map(|(k, v)| (k.clone(), text(v))).collect(),
        )
        .opt_node("length_km", length_km.map(number))
        .opt_text("length_source", length_source.as_ref())
        .list("segments", segments.iter().map(segment).collect())
        .list(
            "status",
            status
                .iter()
                .map(status_period)
                .chain(undated_status.as_ref().map(undated))
                .collect(),
        )
        .done()
}

fn segment(s: &Segment) -> Node {
    let Segment {
        mode,
        via,
        source,
        evidence,
        note,
    } = s;
    let via = via
        .iter()
        .map(|w| match w {
            Waypoint::Place(id) => text(id.as_str()),
            Waypoint::LonLat { lon, lat } => Node::List(vec![number(*lon), number(*lat)]),
        })
        .collect();
    Fields::new()
        .text("mode", mode)
        .node("via", Node::List(via))
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn status_period(s: &StatusPeriod) -> Node {
    let StatusPeriod {
        period,
        status,
        source,
        evidence,
        note,
    } = s;
    Fields::new()
        .period(period)
        .text("status", status)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

/// A status without a date: a status item with no `from` (format 2).
fn undated(u: &UndatedStatus) -> Node {
    let UndatedStatus {
        status,
        source,
        evidence,
        note,
    } = u;
    Fields::new()
        .text("status", status)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .done()
}

fn stance(s: &Stance) -> Node {
    let Stance {
        id,
        title,
        date,
        kind,
        positions,
        totals,
        source,
        evidence,
        note,
    } = s;
    let totals = totals.as_ref().map(|t| {
        Fields::new()
            .node("yes", Node::Scalar(t.yes.to_string()))
            .node("no", Node::Scalar(t.no.to_string()))
            .node("abstain", Node::Scalar(t.abstain.to_string()))
            .node("absent", Node::Scalar(t.absent.to_string()))
            .opt_text("source", t.source.as_ref())
            .done()
    });
    Fields::new()
        .text("id", id)
        .text("title", title)
        .text("date", date)
        .text("kind", kind)
        .opt_text("source", source.as_ref())
        .opt_text("evidence", evidence.as_deref())
        .opt_text("note", note.as_deref())
        .opt_node("totals", totals)
        .map(
            "positions",
            positions
                .iter()
                .map(|(c, p)| (c.as_str().to_owned(), text(p.as_str())))
                .collect(),
        )
        .done()
}
