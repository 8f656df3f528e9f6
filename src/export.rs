//! What a view shows, written out for analysts: one CSV file per kind
//! (relations, memberships, corridors, stance) into a folder, or one JSON
//! document. Every row carries its source id, the source's title and the
//! evidence, so a number never travels without its reason.
//!
//! The rows are built from [`Shown`], the same model the map paints, so an
//! export equals what the window shows. The headers and the JSON shape are
//! documented in `docs/export.md`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::analysis::{EdgeInput, Metrics};
use crate::model::{Dataset, SourceId};
use crate::shown::{Shown, StanceCell};
use crate::state::State;

pub mod table;

/// The version of the export's shape (the JSON `format` key).
/// 2: `memberships.csv` has `counted` and the export names the statuses
/// counted; `corridors.csv` gives the recorded length with its source and
/// the drawn route's approximate length apart.
pub const EXPORT_FORMAT: u32 = 2;

/// How to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One CSV file per kind, in a folder.
    Csv,
    /// One JSON document.
    Json,
}

impl ExportFormat {
    /// `csv` or `json`.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => Err(format!("format `{other}` is not known (use csv or json)")),
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct ExportError {
    /// The file or folder.
    pub path: String,
    /// What went wrong.
    pub reason: String,
}

/// One relation shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationRow {
    pub year: i32,
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    pub dimension: String,
    pub directed: bool,
    pub score: f64,
    pub band: String,
    pub period_from: String,
    pub period_to: String,
    pub dimmed: bool,
    pub evidence: String,
    pub source: String,
    pub source_title: String,
}

/// One country's status in one organization switched on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MembershipRow {
    pub year: i32,
    pub organization: String,
    pub acronym: String,
    pub country: String,
    pub country_name: String,
    pub status: String,
    /// Whether the status counts as in the organization under the view's
    /// rule (`statuses`; by default full members only).
    pub counted: bool,
    pub since: String,
    pub in_set: bool,
    pub evidence: String,
    pub source: String,
    pub source_title: String,
}

/// One corridor drawn.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CorridorRow {
    pub year: i32,
    pub corridor: String,
    pub name: String,
    pub kind: String,
    pub status: String,
    /// The length the data records (its source's figure), km; empty if none.
    pub recorded_length_km: Option<f64>,
    /// The source of `recorded_length_km`.
    pub recorded_length_source: String,
    /// The drawn route's approximate length along its waypoints, km.
    pub drawn_length_km_approx: f64,
    pub countries: String,
    pub modes: String,
    pub evidence: String,
    pub source: String,
    pub source_title: String,
    /// The date the status holds from; "not recorded" for an undated one.
    /// Last, so that readers by position of the earlier columns keep working.
    pub status_since: String,
}

/// One state's cell on the stance shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StanceRow {
    pub stance: String,
    pub title: String,
    pub date: String,
    pub kind: String,
    pub country: String,
    pub country_name: String,
    pub position: String,
    pub evidence: String,
    pub source: String,
    pub source_title: String,
}

/// One state's metrics on the relation graph the view shows (the year's
/// relations after the dimension and strength filters; several dimensions
/// of a pair combined as their mean; the focus only dims, it does not change
/// the graph). See `docs/analysis.md`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricRow {
    pub year: i32,
    pub state: String,
    pub state_name: String,
    pub strength_pos: f64,
    pub strength_neg: f64,
    pub strength_net: f64,
    pub ties: usize,
    pub strength_out_net: f64,
    pub strength_in_net: f64,
    pub eigenvector: f64,
    pub betweenness: f64,
    pub closeness: f64,
    /// Bloc number, 1-based, as in the legend and the inspector
    /// (`analysis::bloc_number`).
    pub community: usize,
    pub triangles: usize,
    pub balanced_triangles: usize,
}

impl CsvRow for MetricRow {
    const HEADER: &'static [&'static str] = &[
        "year",
        "state",
        "state_name",
        "strength_pos",
        "strength_neg",
        "strength_net",
        "ties",
        "strength_out_net",
        "strength_in_net",
        "eigenvector",
        "betweenness",
        "closeness",
        "community",
        "triangles",
        "balanced_triangles",
    ];
}

/// The metrics rows of the view, by state code: on the graph the view's
/// `analysis.graph` names when it computed them (a derived graph, or marker
/// sizes and community colours on), else on the relations `shown` shows.
pub fn metric_rows(dataset: &Dataset, shown: &Shown) -> Vec<MetricRow> {
    let metrics = match &shown.metrics {
        Some(metrics) => std::sync::Arc::clone(metrics),
        None => {
            let inputs: Vec<EdgeInput> = shown
                .relations
                .iter()
                .map(|r| EdgeInput::judged(r.a, r.b, r.dimension, r.score.value(), r.directed))
                .collect();
            if inputs.is_empty() {
                return Vec::new();
            }
            std::sync::Arc::new(Metrics::from_inputs(&inputs))
        }
    };
    let round = |x: f64| (x * 1e9).round() / 1e9;
    metrics
        .states
        .iter()
        .map(|m| MetricRow {
            year: shown.year,
            state: m.state.to_string(),
            state_name: dataset.country_name(m.state),
            strength_pos: round(m.strength.positive),
            strength_neg: round(m.strength.negative),
            strength_net: round(m.strength.net),
            ties: m.strength.ties,
            strength_out_net: round(m.strength_out.net),
            strength_in_net: round(m.strength_in.net),
            eigenvector: round(m.eigenvector),
            betweenness: round(m.betweenness),
            closeness: round(m.closeness),
            community: m.bloc(),
            triangles: m.balance.triangles,
            balanced_triangles: m.balance.balanced,
        })
        .collect()
}

/// One fact about the export as a whole (`about.csv`): its format, year and
/// how current the data is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AboutRow {
    pub key: String,
    pub value: String,
}

impl CsvRow for AboutRow {
    const HEADER: &'static [&'static str] = &["key", "value"];
}

/// One change of a comparison (`compare` in the view): what changed from
/// moment A to moment B, with both values and both sources. Moments are
/// years (`2014`) or stances (their short name with the year).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangeExportRow {
    pub from: String,
    pub to: String,
    /// `relation-new`, `relation-ended`, `relation-stronger`,
    /// `relation-weaker`, `membership-joined`, `membership-left`,
    /// `stance-changed`.
    pub change: String,
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    pub dimension: String,
    pub organization: String,
    pub stance_from: String,
    pub stance_to: String,
    pub value_from: String,
    pub value_to: String,
    /// |score| in B minus |score| in A, for a relation in both; empty
    /// otherwise.
    pub strength_change: Option<f64>,
    pub source_from: String,
    pub source_from_title: String,
    pub source_to: String,
    pub source_to_title: String,
}

impl CsvRow for ChangeExportRow {
    const HEADER: &'static [&'static str] = &[
        "from",
        "to",
        "change",
        "a",
        "a_name",
        "b",
        "b_name",
        "dimension",
        "organization",
        "stance_from",
        "stance_to",
        "value_from",
        "value_to",
        "strength_change",
        "source_from",
        "source_from_title",
        "source_to",
        "source_to_title",
    ];
}

/// The rows of a comparison's difference.
pub fn change_rows(
    dataset: &Dataset,
    difference: &crate::shown::compare::Difference,
) -> Vec<ChangeExportRow> {
    use crate::shown::compare::Moment;
    let Some((from, to)) = &difference.moments else {
        return Vec::new();
    };
    let stance_id = |m: &Moment| match m {
        Moment::Stance(id) => id.to_string(),
        Moment::Year(_) => String::new(),
    };
    let value = |v: Option<crate::shown::compare::ChangeValue>| {
        v.map(crate::shown::compare::ChangeValue::export_text)
            .unwrap_or_default()
    };
    difference
        .rows
        .iter()
        .map(|r| {
            let (source_from, source_from_title) = source_fields(dataset, r.source_before.as_ref());
            let (source_to, source_to_title) = source_fields(dataset, r.source_after.as_ref());
            ChangeExportRow {
                from: from.label_en(dataset),
                to: to.label_en(dataset),
                change: r.kind.as_str().to_owned(),
                a: r.a.to_string(),
                a_name: dataset.country_name(r.a),
                b: r.b.map(|b| b.to_string()).unwrap_or_default(),
                b_name: r.b.map(|b| dataset.country_name(b)).unwrap_or_default(),
                dimension: r
                    .dimension
                    .map(|d| d.as_str().to_owned())
                    .unwrap_or_default(),
                organization: r
                    .organization
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                stance_from: if r.kind == crate::shown::compare::ChangeKind::StanceChanged {
                    stance_id(from)
                } else {
                    String::new()
                },
                stance_to: if r.kind == crate::shown::compare::ChangeKind::StanceChanged {
                    stance_id(to)
                } else {
                    String::new()
                },
                value_from: value(r.before),
                value_to: value(r.after),
                strength_change: r.strength_change().map(|c| (c * 1e6).round() / 1e6),
                source_from,
                source_from_title,
                source_to,
                source_to_title,
            }
        })
        .collect()
}

/// The count of one position on the stance shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StanceCount {
    pub position: String,
    pub label: String,
    pub count: usize,
}

/// Everything a view shows, as rows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Export {
    /// [`EXPORT_FORMAT`].
    pub format: u32,
    /// The year shown.
    pub year: i32,
    /// The date the data is current to (`sources.json`'s `as_of`); `null`
    /// when the data does not say.
    pub as_of: Option<String>,
    /// The statuses that count as in an organization ("members only", …).
    pub statuses_counted: String,
    pub relations: Vec<RelationRow>,
    /// Each state's metrics on the relation graph shown (empty when the
    /// relations layer is off).
    pub metrics: Vec<MetricRow>,
    pub memberships: Vec<MembershipRow>,
    pub corridors: Vec<CorridorRow>,
    /// The stance's rows (every state with a recorded position, and those
    /// counted as not recorded or not UN members).
    pub stance: Vec<StanceRow>,
    /// The stance's counts per position, in legend order.
    pub stance_counts: Vec<StanceCount>,
    /// A comparison's difference (`compare` in the view): absent without
    /// one; `changes.csv` in a CSV export.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<ChangeExportRow>>,
    /// Flows between groups, when the view shows them (zoomed out with
    /// `relations.aggregate = "groups"`); absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flows: Vec<FlowRow>,
}

/// One flow between two groups (or a group and a state drawn as itself):
/// its relations summed by sign (see docs/views.md, Groups).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlowRow {
    pub year: i32,
    /// A group's id (an M49 code, `south-caucasus`, `user:<name>`) or a
    /// state's ISO code.
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    /// Sum of the positive scores.
    pub positive_sum: f64,
    pub positive_count: usize,
    /// Sum of the negative scores (≤ 0).
    pub negative_sum: f64,
    pub negative_count: usize,
    /// Relations scoring exactly 0.
    pub neutral_count: usize,
}

impl CsvRow for FlowRow {
    const HEADER: &'static [&'static str] = &[
        "year",
        "a",
        "a_name",
        "b",
        "b_name",
        "positive_sum",
        "positive_count",
        "negative_sum",
        "negative_count",
        "neutral_count",
    ];
}

/// The flow rows of `shown` (none unless it shows flows).
pub fn flow_rows(dataset: &Dataset, shown: &Shown) -> Vec<FlowRow> {
    let Some(flows) = &shown.flows else {
        return Vec::new();
    };
    let node = |i: usize| {
        flows.nodes.get(i).map_or_else(Default::default, |n| {
            let id = n.group.as_ref().map_or_else(
                || {
                    n.members
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                },
                |g| g.id.clone(),
            );
            (id, n.name(dataset))
        })
    };
    flows
        .flows
        .iter()
        .map(|f| {
            let ((a, a_name), (b, b_name)) = (node(f.a), node(f.b));
            FlowRow {
                year: shown.year,
                a,
                a_name,
                b,
                b_name,
                positive_sum: f.flow.positive,
                positive_count: f.flow.positive_count,
                negative_sum: f.flow.negative,
                negative_count: f.flow.negative_count,
                neutral_count: f.flow.neutral_count,
            }
        })
        .collect()
}

/// What to tell the user when a view shows nothing to export (every table
/// would be headers only): which layers are off or lack a choice, and how
/// to choose one (`--view` and the view keys). `None` when something is
/// shown.
pub fn nothing_shown_note(export: &Export, state: &State, shown: &Shown) -> Option<String> {
    if !export.is_empty() {
        return None;
    }
    let l = state.layers;
    let any_layer = l.relations || l.memberships || l.corridors || l.stances;
    let mut note = if any_layer {
        let mut why = String::from("the view's layers show nothing in this year");
        if !shown.hints.is_empty() {
            why.push_str(" (");
            let hints: Vec<String> = shown
                .hints
                .iter()
                .map(crate::i18n::Message::shown)
                .collect();
            why.push_str(&hints.join("; "));
            why.push(')');
        }
        why
    } else {
        "the view shows no layer (relations, memberships, corridors and stances are all off)"
            .to_owned()
    };
    note.push_str(
        ", so the files have their headers only. Choose what to export with --view FILE, a \
         view that switches a layer on: \"layers\": { \"relations\": true } (with \
         \"relations\": { \"dimensions\": [...] }), \"layers\": { \"memberships\": true } with \
         \"organizations\": [...], \"layers\": { \"corridors\": true } (with \"corridors\": \
         [...]), or \"layers\": { \"stances\": true } with \"stance\": ID; see docs/views.md",
    );
    Some(note)
}

/// A row of a CSV table: its header, written even when the table is empty
/// (the same names as the row's fields, which a test checks).
pub trait CsvRow: Serialize {
    /// The column names, in order.
    const HEADER: &'static [&'static str];
}

impl CsvRow for RelationRow {
    const HEADER: &'static [&'static str] = &[
        "year",
        "a",
        "a_name",
        "b",
        "b_name",
        "dimension",
        "directed",
        "score",
        "band",
        "period_from",
        "period_to",
        "dimmed",
        "evidence",
        "source",
        "source_title",
    ];
}

impl CsvRow for MembershipRow {
    const HEADER: &'static [&'static str] = &[
        "year",
        "organization",
        "acronym",
        "country",
        "country_name",
        "status",
        "counted",
        "since",
        "in_set",
        "evidence",
        "source",
        "source_title",
    ];
}

impl CsvRow for CorridorRow {
    const HEADER: &'static [&'static str] = &[
        "year",
        "corridor",
        "name",
        "kind",
        "status",
        "recorded_length_km",
        "recorded_length_source",
        "drawn_length_km_approx",
        "countries",
        "modes",
        "evidence",
        "source",
        "source_title",
        "status_since",
    ];
}

impl CsvRow for StanceRow {
    const HEADER: &'static [&'static str] = &[
        "stance",
        "title",
        "date",
        "kind",
        "country",
        "country_name",
        "position",
        "evidence",
        "source",
        "source_title",
    ];
}

fn text(s: Option<&str>) -> String {
    s.unwrap_or_default().to_owned()
}

fn source_fields(dataset: &Dataset, source: Option<&SourceId>) -> (String, String) {
    (
        source.map(ToString::to_string).unwrap_or_default(),
        text(source.and_then(|s| dataset.source_title(s))),
    )
}

impl Export {
    /// The rows of what `shown` shows of `dataset`.
    pub fn of(dataset: &Dataset, shown: &Shown) -> Self {
        let year = shown.year;
        let relations = shown
            .relations
            .iter()
            .map(|r| {
                let (source, source_title) = source_fields(dataset, r.source(dataset));
                RelationRow {
                    year,
                    a: r.a.to_string(),
                    a_name: dataset.country_name(r.a),
                    b: r.b.to_string(),
                    b_name: dataset.country_name(r.b),
                    dimension: r.dimension.as_str().to_owned(),
                    directed: r.directed,
                    score: r.score.value(),
                    band: r.band.label_en().to_owned(),
                    period_from: r.period.from.to_string(),
                    period_to: r.period.to.map(|d| d.to_string()).unwrap_or_default(),
                    dimmed: r.dimmed,
                    evidence: text(r.evidence(dataset)),
                    source,
                    source_title,
                }
            })
            .collect();
        let memberships = shown
            .memberships
            .members
            .iter()
            .map(|m| {
                let org = dataset.organizations.get(&m.organization);
                let record = org.and_then(|o| o.memberships.get(m.membership));
                let source = record
                    .and_then(|r| r.source.as_ref())
                    .or_else(|| org.and_then(|o| o.source.as_ref()));
                let evidence = record
                    .and_then(|r| r.evidence.as_deref())
                    .or_else(|| org.and_then(|o| o.evidence.as_deref()));
                let (source, source_title) = source_fields(dataset, source);
                MembershipRow {
                    year,
                    organization: m.organization.to_string(),
                    acronym: org
                        .map(|o| o.display_acronym().into_owned())
                        .unwrap_or_default(),
                    country: m.country.to_string(),
                    country_name: dataset.country_name(m.country),
                    status: m.status.as_str().to_owned(),
                    counted: shown.memberships.counted.counts(m.status),
                    since: m.since.to_string(),
                    in_set: shown.memberships.set.contains(&m.country),
                    evidence: text(evidence),
                    source,
                    source_title,
                }
            })
            .collect();
        let corridors = shown
            .corridors
            .iter()
            .filter_map(|c| {
                let record = dataset.corridors.get(&c.id)?;
                let status = c.status_index.and_then(|i| record.status.get(i));
                let undated = record.undated_status.as_ref().filter(|_| c.undated);
                let source = status
                    .and_then(|s| s.source.as_ref())
                    .or(undated.and_then(|u| u.source.as_ref()))
                    .or(record.source.as_ref());
                let evidence = status
                    .and_then(|s| s.evidence.as_deref())
                    .or(undated.and_then(|u| u.evidence.as_deref()))
                    .or(record.evidence.as_deref());
                let status_since = match (status, undated) {
                    (Some(s), _) => s.period.from.to_string(),
                    (None, Some(_)) => "not recorded".to_owned(),
                    (None, None) => String::new(),
                };
                let (source, source_title) = source_fields(dataset, source);
                let mut modes: Vec<&str> = c.segments.iter().map(|s| s.mode.as_str()).collect();
                modes.sort_unstable();
                modes.dedup();
                Some(CorridorRow {
                    year,
                    corridor: c.id.to_string(),
                    name: record.name.clone(),
                    kind: record.kind.as_str().to_owned(),
                    status: c.status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
                    recorded_length_km: c.recorded_km,
                    recorded_length_source: c
                        .recorded_source
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    drawn_length_km_approx: (c.length_km * 10.0).round() / 10.0,
                    status_since,
                    countries: c
                        .countries
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
                    modes: modes.join(" "),
                    evidence: text(evidence),
                    source,
                    source_title,
                })
            })
            .collect();
        let (stance, stance_counts) = shown
            .stance
            .as_ref()
            .and_then(|st| Some((st, dataset.stances.get(&st.id)?)))
            .map(|(st, record)| {
                let (source, source_title) = source_fields(dataset, record.source.as_ref());
                let rows = st
                    .cells
                    .iter()
                    .map(|(code, cell)| StanceRow {
                        stance: st.id.to_string(),
                        title: record.title.clone(),
                        date: st.date.to_string(),
                        kind: st.kind.as_str().to_owned(),
                        country: code.to_string(),
                        country_name: dataset.country_name(*code),
                        position: cell.as_str().to_owned(),
                        evidence: match cell {
                            StanceCell::Recorded(_) => text(record.evidence.as_deref()),
                            StanceCell::NotRecorded | StanceCell::NotUnMember => String::new(),
                        },
                        source: source.clone(),
                        source_title: source_title.clone(),
                    })
                    .collect();
                let counts = st
                    .counts
                    .iter()
                    .map(|(cell, count)| StanceCount {
                        position: cell.as_str().to_owned(),
                        label: cell.label_en().to_owned(),
                        count: *count,
                    })
                    .collect();
                (rows, counts)
            })
            .unwrap_or_default();
        Self {
            format: EXPORT_FORMAT,
            year,
            as_of: dataset.as_of.map(|d| d.to_string()),
            statuses_counted: shown.memberships.counted.label_en().to_owned(),
            relations,
            metrics: metric_rows(dataset, shown),
            memberships,
            corridors,
            stance,
            stance_counts,
            changes: None,
            flows: flow_rows(dataset, shown),
        }
    }

    /// The export with the rows of `state`'s comparison, if it has one
    /// (in either mode: side by side shows the same two moments).
    #[must_use]
    pub fn with_comparison(mut self, dataset: &Dataset, state: &State) -> Self {
        if state.compare.is_some() {
            let difference = crate::shown::compare::difference(dataset, state);
            self.changes = Some(change_rows(dataset, &difference));
        }
        self
    }

    /// Whether no table has a row (the files are written with their
    /// headers only).
    pub fn is_empty(&self) -> bool {
        self.relations.is_empty()
            && self.metrics.is_empty()
            && self.memberships.is_empty()
            && self.corridors.is_empty()
            && self.stance.is_empty()
            && self.changes.as_ref().is_none_or(Vec::is_empty)
    }

    /// The export as one pretty JSON document.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// Write the export to `out`: for [`ExportFormat::Csv`] a folder (made if
    /// missing) with `relations.csv`, `memberships.csv`, `corridors.csv` and
    /// `stance.csv`; for [`ExportFormat::Json`] one file. Each file is
    /// complete or absent: it is written beside its place and renamed over it.
    /// Returns the files written.
    pub fn write(&self, format: ExportFormat, out: &Path) -> Result<Vec<PathBuf>, ExportError> {
        let failed = |e: crate::data::save::SaveError| ExportError {
            path: out.display().to_string(),
            reason: e.to_string(),
        };
        match format {
            ExportFormat::Json => {
                let files = [(out.to_path_buf(), self.to_json().into_bytes())];
                crate::data::save::write_files_atomic(&files).map_err(failed)?;
                Ok(vec![out.to_path_buf()])
            }
            ExportFormat::Csv => {
                let about = [
                    AboutRow {
                        key: "format".to_owned(),
                        value: EXPORT_FORMAT.to_string(),
                    },
                    AboutRow {
                        key: "year".to_owned(),
                        value: self.year.to_string(),
                    },
                    AboutRow {
                        key: "as_of".to_owned(),
                        value: self.as_of.clone().unwrap_or_default(),
                    },
                    AboutRow {
                        key: "statuses_counted".to_owned(),
                        value: self.statuses_counted.clone(),
                    },
                ];
                let mut tables = vec![
                    ("about.csv", csv_bytes(&about)),
                    ("relations.csv", csv_bytes(&self.relations)),
                    ("metrics.csv", csv_bytes(&self.metrics)),
                    ("memberships.csv", csv_bytes(&self.memberships)),
                    ("corridors.csv", csv_bytes(&self.corridors)),
                    ("stance.csv", csv_bytes(&self.stance)),
                ];
                if let Some(changes) = &self.changes {
                    tables.push(("changes.csv", csv_bytes(changes)));
                }
                // Only when the view shows flows between groups.
                if !self.flows.is_empty() {
                    tables.push(("flows.csv", csv_bytes(&self.flows)));
                }
                let mut files = Vec::with_capacity(tables.len());
                for (name, bytes) in tables {
                    let path = out.join(name);
                    let bytes = bytes.map_err(|reason| ExportError {
                        path: path.display().to_string(),
                        reason,
                    })?;
                    files.push((path, bytes));
                }
                let made = !out.exists();
                std::fs::create_dir_all(out).map_err(|e| ExportError {
                    path: out.display().to_string(),
                    reason: format!("cannot make the folder: {e}"),
                })?;
                if let Err(e) = crate::data::save::write_files_atomic(&files) {
                    // Nothing of this export is left behind: the folder
                    // made for it is removed again (it is still empty).
                    if made {
                        let _ = std::fs::remove_dir(out);
                    }
                    return Err(failed(e));
                }
                Ok(files.into_iter().map(|(path, _)| path).collect())
            }
        }
    }

    /// The export as JSON on standard output (`--out -`).
    ///
    /// # Errors
    /// Writing to standard output failed (a closed pipe).
    pub fn write_json_to(&self, out: &mut dyn std::io::Write) -> Result<(), ExportError> {
        out.write_all(self.to_json().as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush())
            .map_err(|e| ExportError {
                path: "<standard output>".to_owned(),
                reason: e.to_string(),
            })
    }
}

/// Rows as CSV: UTF-8 with a byte-order mark (so spreadsheets read "Türkiye"
/// and "Қазақстан" right), a header row even when there are no rows. A text
/// cell that a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return, and is not a plain number) is
/// written with a `'` before it, as OWASP recommends against CSV injection
/// ([`csv_cell`]); the JSON export keeps the text as it is.
fn csv_bytes<T: CsvRow>(rows: &[T]) -> Result<Vec<u8>, String> {
    // Serialized once as plain CSV, read back as cells, escaped, written.
    let mut plain = Vec::new();
    {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(&mut plain);
        for row in rows {
            writer.serialize(row).map_err(|e| e.to_string())?;
        }
        writer.flush().map_err(|e| e.to_string())?;
    }
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_writer(&mut out);
        writer.write_record(T::HEADER).map_err(|e| e.to_string())?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(plain.as_slice());
        for record in reader.records() {
            let record = record.map_err(|e| e.to_string())?;
            writer
                .write_record(record.iter().map(|cell| csv_cell(cell).into_owned()))
                .map_err(|e| e.to_string())?;
        }
        writer.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// A cell as written to a CSV export: text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a `'` before it, so that a
/// spreadsheet shows it as text instead of running it as a formula (OWASP,
/// "CSV Injection"); a plain number (`-0.5`, `+1e3`) is left as it is.
pub fn csv_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && !is_plain_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// `-0.5`, `+3`, `1e-3`: digits with an optional sign, point and exponent.
fn is_plain_number(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}
