//! The Table tab (#23, point 6): the rows the export writes for what is
//! shown — relations, memberships, corridors, the stance's positions, the
//! metrics — sortable by any column (a click on its header; again for the
//! other direction), filtered by words, linked to the map (a row selects
//! what it is about), and copied as tab-separated text with a citation line,
//! ready to paste into a spreadsheet.
//!
//! The rows and their order, filter and copy are the egui-free
//! [`crate::export::table`]; this module only draws them and keeps the
//! user's choices.

use std::collections::BTreeSet;

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::command::Command;
use crate::export::Export;
use crate::export::table::{Sort, Table, TableKind};
use crate::i18n::{tr, trf, trn};
use crate::model::Dataset;
use crate::shown::Shown;
use crate::state::State;

/// Widest a column starts (points); the user can widen it.
const MAX_START_WIDTH: f32 = 320.0;

/// The Table tab's own state.
#[derive(Debug, Default)]
pub struct TableState {
    /// Which rows are listed.
    pub kind: TableKind,
    /// The words every listed row contains.
    pub filter: String,
    /// The column sorted by, if any.
    pub sort: Option<Sort>,
    /// The rows selected (indices into the table's rows).
    pub selected: BTreeSet<usize>,
    /// Where a Shift-click range starts.
    anchor: Option<usize>,
    /// The table for the data and view of the key, and the rows listed.
    cache: Option<Cached>,
    /// What "Copy" last put on the clipboard (shown as a note; read by
    /// tests).
    pub copied: Option<Copied>,
    /// What the tab drew in the last frame.
    pub drawn: TableDrawn,
}

/// What "Copy" put on the clipboard.
#[derive(Clone, Debug, PartialEq)]
pub struct Copied {
    /// The text.
    pub text: String,
    /// How many rows it holds.
    pub rows: usize,
}

/// What the tab drew in the last frame (UI tests read it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableDrawn {
    /// The rows listed, in order (indices into the table's rows).
    pub listed: Vec<usize>,
    /// The first cell of each listed row, in order.
    pub first_cells: Vec<String>,
    /// The column names.
    pub header: Vec<String>,
}

#[derive(Debug)]
struct Cached {
    key: (u64, u64, TableKind),
    /// Every kind's row count, for the kind buttons.
    counts: [usize; TableKind::ALL.len()],
    table: Table,
    /// The citation line copied below the rows.
    citation: String,
    /// The start width of each column.
    widths: Vec<f32>,
    /// The rows listed for `listed_for`.
    listed: Vec<usize>,
    listed_for: (String, Option<Sort>),
}

impl TableState {
    /// The table for `generations` (data, shown), built when they or the
    /// kind changed.
    fn cached(
        &mut self,
        dataset: &Dataset,
        shown: &Shown,
        generations: (u64, u64),
        ui: &Ui,
    ) -> Result<(), String> {
        let key = (generations.0, generations.1, self.kind);
        if self.cache.as_ref().is_none_or(|c| c.key != key) {
            let export = Export::of(dataset, shown);
            let table = Table::of(&export, self.kind)?;
            let counts = TableKind::ALL.map(|k| match k {
                TableKind::Relations => export.relations.len(),
                TableKind::Memberships => export.memberships.len(),
                TableKind::Corridors => export.corridors.len(),
                TableKind::Stance => export.stance.len(),
                TableKind::Metrics => export.metrics.len(),
            });
            let citation = crate::figure::citation(
                dataset.as_of,
                &crate::figure::figure_sources(dataset, shown),
            );
            let widths = start_widths(ui, &table);
            if self.cache.as_ref().is_some_and(|c| c.key.2 != self.kind) {
                self.sort = None;
            }
            if self.cache.as_ref().is_some_and(|c| c.table != table) {
                // Another year, other data or another kind: the rows are
                // others, and so is what was selected. (What is shown is
                // recomputed for other reasons too — a selection on the
                // map — and then the rows are the same.)
                self.selected.clear();
                self.anchor = None;
            }
            self.cache = Some(Cached {
                key,
                counts,
                listed: table.visible(&self.filter, self.sort),
                listed_for: (self.filter.clone(), self.sort),
                table,
                citation,
                widths,
            });
        }
        if let Some(cached) = self.cache.as_mut()
            && cached.listed_for != (self.filter.clone(), self.sort)
        {
            cached.listed = cached.table.visible(&self.filter, self.sort);
            cached.listed_for = (self.filter.clone(), self.sort);
        }
        Ok(())
    }
}

/// Each column's start width: its longest cell or its name, within bounds.
fn start_widths(ui: &Ui, table: &Table) -> Vec<f32> {
    let char_width = ui
        .fonts_mut(|f| f.glyph_width(&egui::TextStyle::Body.resolve(ui.style()), '0'))
        .max(4.0);
    (0..table.header.len())
        .map(|column| {
            let longest = table
                .rows
                .iter()
                .take(2000)
                .filter_map(|r| r.cells.get(column))
                .map(|c| c.chars().count())
                .chain(std::iter::once(table.header[column].chars().count() + 2))
                .max()
                .unwrap_or(4);
            (longest as f32 * char_width + 12.0).clamp(40.0, MAX_START_WIDTH)
        })
        .collect()
}

/// The label of a kind on its button.
pub fn kind_label(kind: TableKind) -> std::borrow::Cow<'static, str> {
    match kind {
        TableKind::Relations => tr("table-kind-relations", "Relations"),
        TableKind::Memberships => tr("table-kind-memberships", "Memberships"),
        TableKind::Corridors => tr("table-kind-corridors", "Corridors"),
        TableKind::Stance => tr("table-kind-stance", "Stance"),
        TableKind::Metrics => tr("table-kind-metrics", "Metrics"),
    }
}

/// The Table tab.
pub fn table_tab(
    ui: &mut Ui,
    table_state: &mut TableState,
    dataset: &Dataset,
    state: &State,
    shown: &Shown,
    generations: (u64, u64),
    out: &mut Vec<Command>,
) {
    table_state.drawn = TableDrawn::default();
    // The kind first: building the table needs it.
    let counts = table_state.cache.as_ref().map(|c| c.counts);
    ui.horizontal_wrapped(|ui| {
        for (i, kind) in TableKind::ALL.into_iter().enumerate() {
            let text = match counts {
                Some(counts) => format!("{} ({})", kind_label(kind), counts[i]),
                None => kind_label(kind).into_owned(),
            };
            if ui
                .selectable_label(table_state.kind == kind, text)
                .on_hover_text(trf(
                    "table-kind-hover",
                    "The rows of { $file } in the export",
                    &[("file", &kind.file_name())],
                ))
                .clicked()
            {
                table_state.kind = kind;
            }
        }
    });
    let selected_count = table_state.selected.len();
    let mut copy = false;
    let mut clear_filter = false;
    ui.horizontal(|ui| {
        let label = ui.label(tr("table-filter", "Filter:"));
        ui.add(
            egui::TextEdit::singleline(&mut table_state.filter)
                .hint_text(tr("table-filter-hint", "words in any column"))
                .desired_width(220.0),
        )
        .labelled_by(label.id);
        if !table_state.filter.is_empty() && ui.button(tr("table-filter-clear", "Clear")).clicked() {
            clear_filter = true;
        }
        let copy_label = if selected_count > 0 {
            trn(
                "table-copy-selected",
                "Copy { $count } selected row",
                "Copy { $count } selected rows",
                selected_count,
                &[],
            )
        } else {
            tr("table-copy-listed", "Copy the rows listed").into_owned()
        };
        if ui
            .button(copy_label)
            .on_hover_text(tr(
                "table-copy-hover",
                "Puts the rows on the clipboard as tab-separated text, with the column names and a citation line, ready to paste into a spreadsheet",
            ))
            .clicked()
        {
            copy = true;
        }
        if let Some(copied) = &table_state.copied {
            ui.label(
                RichText::new(trn(
                    "table-copied",
                    "{ $count } row copied, with the citation",
                    "{ $count } rows copied, with the citation",
                    copied.rows,
                    &[],
                ))
                .weak(),
            );
        }
    });
    if clear_filter {
        table_state.filter.clear();
    }
    if let Err(reason) = table_state.cached(dataset, shown, generations, ui) {
        ui.label(trf(
            "table-failed",
            "The table could not be built: { $reason }",
            &[("reason", &reason)],
        ));
        return;
    }
    // Out of the state while it is drawn (the state's other fields change).
    let Some(cached) = table_state.cache.take() else {
        return;
    };
    rows_ui(ui, table_state, &cached, copy, state, out);
    table_state.cache = Some(cached);
}

/// The rows, their header and what a click on them does.
fn rows_ui(
    ui: &mut Ui,
    table_state: &mut TableState,
    cached: &Cached,
    copy: bool,
    state: &State,
    out: &mut Vec<Command>,
) {
    let listed = cached.listed.clone();
    let table = &cached.table;
    if copy {
        let rows: Vec<usize> = if table_state.selected.is_empty() {
            listed.clone()
        } else {
            listed
                .iter()
                .copied()
                .filter(|i| table_state.selected.contains(i))
                .collect()
        };
        let text = table.tsv(&rows, &cached.citation);
        ui.ctx().copy_text(text.clone());
        table_state.copied = Some(Copied {
            text,
            rows: rows.len(),
        });
    }
    table_state.drawn.header = table.header.iter().map(|h| (*h).to_owned()).collect();
    table_state.drawn.listed.clone_from(&listed);
    table_state.drawn.first_cells = listed
        .iter()
        .filter_map(|&i| table.rows[i].cells.first().cloned())
        .collect();
    if table.rows.is_empty() {
        ui.label(
            RichText::new(tr(
                "table-empty",
                "Nothing of this kind is shown: switch its layer on (or choose a stance) to list its rows.",
            ))
            .weak(),
        );
        return;
    }
    if listed.is_empty() {
        ui.label(
            RichText::new(tr(
                "table-nothing-matches",
                "No row contains every word of the filter.",
            ))
            .weak(),
        );
        return;
    }
    ui.label(
        RichText::new(trf(
            "table-listed",
            "{ $listed } of { $total } rows · click a column's name to sort · click a row to select it on the map (Ctrl: add, Shift: range)",
            &[("listed", &listed.len()), ("total", &table.rows.len())],
        ))
        .weak(),
    );
    let widths = cached.widths.clone();
    let header = table.header;
    let map_selection = &state.selection;
    let mut clicked: Option<(usize, egui::Modifiers)> = None;
    let mut sort_clicked: Option<usize> = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let sort = table_state.sort;
    let selected = &table_state.selected;
    egui::ScrollArea::horizontal()
        .id_salt("table-h")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt(("table", table.kind))
                .striped(true)
                .sense(egui::Sense::click())
                .auto_shrink([false, true])
                .min_scrolled_height(80.0);
            for width in &widths {
                builder = builder.column(
                    Column::initial(*width)
                        .at_least(36.0)
                        .resizable(true)
                        .clip(true),
                );
            }
            builder
                .header(row_height, |mut row| {
                    for (column, name) in header.iter().enumerate() {
                        row.col(|ui| {
                            let arrow = match sort {
                                Some(s) if s.column == column && s.descending => " ↓",
                                Some(s) if s.column == column => " ↑",
                                _ => "",
                            };
                            if ui
                                .button(RichText::new(format!("{name}{arrow}")).strong())
                                .on_hover_text(tr(
                                    "table-sort-hover",
                                    "Sort by this column; click again for the other direction",
                                ))
                                .clicked()
                            {
                                sort_clicked = Some(column);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(row_height, listed.len(), |mut row| {
                        let index = listed[row.index()];
                        let record = &table.rows[index];
                        let on_map = selected.is_empty()
                            && !map_selection.is_empty()
                            && record.selects == *map_selection;
                        row.set_selected(selected.contains(&index) || on_map);
                        for cell in &record.cells {
                            row.col(|ui| {
                                ui.add(
                                    egui::Label::new(cell.as_str()).truncate().selectable(false),
                                )
                                .on_hover_text(cell.as_str());
                            });
                        }
                        if row.response().clicked() {
                            clicked = Some((index, row.response().ctx.input(|i| i.modifiers)));
                        }
                    });
                });
        });
    if let Some(column) = sort_clicked {
        table_state.sort = match table_state.sort {
            Some(s) if s.column == column && !s.descending => Some(Sort {
                column,
                descending: true,
            }),
            _ => Some(Sort {
                column,
                descending: false,
            }),
        };
    }
    if let Some((index, modifiers)) = clicked {
        select_row(table_state, &listed, index, modifiers);
        if let Some(row) = table.rows.get(index) {
            out.push(Command::Select(row.selects.clone()));
        }
    }
}

/// A click on row `index`: alone; Ctrl (Cmd) toggles it in the selection;
/// Shift selects the listed rows from the last click to it.
fn select_row(
    table_state: &mut TableState,
    listed: &[usize],
    index: usize,
    modifiers: egui::Modifiers,
) {
    if modifiers.shift
        && let Some(anchor) = table_state.anchor
    {
        let at = |i: usize| listed.iter().position(|&l| l == i);
        if let (Some(a), Some(b)) = (at(anchor), at(index)) {
            let (from, to) = (a.min(b), a.max(b));
            table_state.selected = listed[from..=to].iter().copied().collect();
            return;
        }
    }
    if modifiers.command {
        if !table_state.selected.remove(&index) {
            table_state.selected.insert(index);
        }
    } else {
        table_state.selected = BTreeSet::from([index]);
    }
    table_state.anchor = Some(index);
}
