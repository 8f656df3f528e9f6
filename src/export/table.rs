//! The table of what is shown (the Table tab, C-hand-off): the rows the
//! export writes — relations, memberships, corridors, the stance's positions
//! and the metrics — as text cells, with what selecting a row selects on the
//! map, sorted and filtered as the user asks, and copied as tab-separated
//! text with a citation line for a spreadsheet.
//!
//! The cells are the CSV export's cells (the same serialisation, the same
//! column names), so a number pasted from the table is the number of the
//! exported file; only the CSV's guard against spreadsheet formulas is left
//! out here and done on copying instead ([`Table::tsv`]).

use std::cmp::Ordering;

use super::{CsvRow, Export};
use crate::model::{CorridorId, CountryCode, Dimension, OrgId};
use crate::state::Selection;

/// Which rows the table lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TableKind {
    /// The relations shown (`relations.csv`).
    #[default]
    Relations,
    /// The memberships of the organizations switched on (`memberships.csv`).
    Memberships,
    /// The corridors drawn (`corridors.csv`).
    Corridors,
    /// The stance's positions (`stance.csv`).
    Stance,
    /// Each state's metrics on the relation graph shown (`metrics.csv`).
    Metrics,
}

impl TableKind {
    /// Every kind, in the order the tab lists them.
    pub const ALL: [Self; 5] = [
        Self::Relations,
        Self::Memberships,
        Self::Corridors,
        Self::Stance,
        Self::Metrics,
    ];

    /// The file of the CSV export with the same rows.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Relations => "relations.csv",
            Self::Memberships => "memberships.csv",
            Self::Corridors => "corridors.csv",
            Self::Stance => "stance.csv",
            Self::Metrics => "metrics.csv",
        }
    }
}

/// One row: its cells and what selecting it selects on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// The cells, one per column, as the CSV export writes them.
    pub cells: Vec<String>,
    /// What the map selects when the row is selected.
    pub selects: Selection,
}

/// A sort: the column and its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column's index.
    pub column: usize,
    /// Largest (or last in the alphabet) first.
    pub descending: bool,
}

/// The rows of one kind of what a view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Which rows.
    pub kind: TableKind,
    /// The column names (the CSV export's header).
    pub header: &'static [&'static str],
    /// The rows, in the export's order.
    pub rows: Vec<TableRow>,
}

/// The cells of `rows` as the CSV export serialises them.
fn cells_of<T: CsvRow>(rows: &[T]) -> Result<Vec<Vec<String>>, String> {
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
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(plain.as_slice());
    reader
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

fn country(code: &str) -> Option<CountryCode> {
    CountryCode::try_from(code).ok()
}

fn rows_of<T: CsvRow>(
    rows: &[T],
    selects: impl Fn(&T) -> Selection,
) -> Result<Vec<TableRow>, String> {
    let cells = cells_of(rows)?;
    Ok(rows
        .iter()
        .zip(cells)
        .map(|(row, cells)| TableRow {
            cells,
            selects: selects(row),
        })
        .collect())
}

impl Table {
    /// The rows of `kind` in `export`.
    ///
    /// # Errors
    /// A row could not be serialised (a reason in words; not expected from
    /// the export's own rows).
    pub fn of(export: &Export, kind: TableKind) -> Result<Self, String> {
        let (header, rows) = match kind {
            TableKind::Relations => (
                <super::RelationRow as CsvRow>::HEADER,
                rows_of(&export.relations, |r| {
                    let pair = country(&r.a)
                        .zip(country(&r.b))
                        .zip(Dimension::parse(&r.dimension));
                    Selection {
                        relation: pair.map(|((a, b), d)| (a, b, d)),
                        ..Selection::default()
                    }
                })?,
            ),
            TableKind::Memberships => (
                <super::MembershipRow as CsvRow>::HEADER,
                rows_of(&export.memberships, |m| Selection {
                    country: country(&m.country),
                    organization: OrgId::try_from(m.organization.as_str()).ok(),
                    ..Selection::default()
                })?,
            ),
            TableKind::Corridors => (
                <super::CorridorRow as CsvRow>::HEADER,
                rows_of(&export.corridors, |c| Selection {
                    corridor: CorridorId::try_from(c.corridor.as_str()).ok(),
                    ..Selection::default()
                })?,
            ),
            TableKind::Stance => (
                <super::StanceRow as CsvRow>::HEADER,
                rows_of(&export.stance, |s| Selection {
                    country: country(&s.country),
                    ..Selection::default()
                })?,
            ),
            TableKind::Metrics => (
                <super::MetricRow as CsvRow>::HEADER,
                rows_of(&export.metrics, |m| Selection {
                    country: country(&m.state),
                    ..Selection::default()
                })?,
            ),
        };
        Ok(Self { kind, header, rows })
    }

    /// The indices of the rows to list: those with a cell that contains
    /// every word of `filter` (case-insensitive; words may fall in different
    /// cells), sorted by `sort` (numbers as numbers, empty cells last, ties
    /// in the export's order).
    pub fn visible(&self, filter: &str, sort: Option<Sort>) -> Vec<usize> {
        let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
        let mut out: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| {
                words.is_empty() || {
                    let text: Vec<String> = row.cells.iter().map(|c| c.to_lowercase()).collect();
                    words.iter().all(|w| text.iter().any(|c| c.contains(w)))
                }
            })
            .map(|(i, _)| i)
            .collect();
        if let Some(sort) = sort {
            let cell = |i: usize| {
                self.rows[i]
                    .cells
                    .get(sort.column)
                    .map_or("", String::as_str)
            };
            // A stable sort: equal cells keep the export's order.
            out.sort_by(|&a, &b| {
                let (x, y) = (cell(a), cell(b));
                // Empty cells last in either direction.
                match (x.is_empty(), y.is_empty()) {
                    (true, false) => return Ordering::Greater,
                    (false, true) => return Ordering::Less,
                    _ => {}
                }
                let order = compare_cells(x, y);
                if sort.descending {
                    order.reverse()
                } else {
                    order
                }
            });
        }
        out
    }

    /// `rows` (indices) as tab-separated text: the header, one line per
    /// row, then `citation` on a line of its own after an empty line. Tabs
    /// and line breaks inside a cell become spaces (they would split it), and
    /// a cell a spreadsheet would run as a formula gets a `'` before it, as
    /// in the CSV export ([`super::csv_cell`]).
    pub fn tsv(&self, rows: &[usize], citation: &str) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            cells
                .map(|c| {
                    let flat: String = c
                        .chars()
                        .map(|ch| {
                            if matches!(ch, '\t' | '\n' | '\r') {
                                ' '
                            } else {
                                ch
                            }
                        })
                        .collect();
                    super::csv_cell(&flat).into_owned()
                })
                .collect::<Vec<_>>()
                .join("\t")
        };
        let mut out = line(&mut self.header.iter().copied());
        out.push('\n');
        for &i in rows {
            if let Some(row) = self.rows.get(i) {
                out.push_str(&line(&mut row.cells.iter().map(String::as_str)));
                out.push('\n');
            }
        }
        out.push('\n');
        out.push_str(citation);
        out.push('\n');
        out
    }
}

/// Two cells in order: as numbers when both are numbers, else as text
/// (case-insensitive, then as written).
pub fn compare_cells(a: &str, b: &str) -> Ordering {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) if x.is_finite() && y.is_finite() => x.total_cmp(&y),
        _ => a
            .to_lowercase()
            .cmp(&b.to_lowercase())
            .then_with(|| a.cmp(b)),
    }
}
