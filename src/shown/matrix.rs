//! The relation matrix (#25 point 3): the states of what the view shows as
//! rows and columns, one cell per pair, ordered so that states of the same
//! signed community sit together. No egui.
//!
//! - **What a cell holds.** The judged relations shown (after the year,
//!   dimension and strength filters) when there are any: a pair's cell is
//!   its shown relation of largest magnitude, either direction (on equal
//!   magnitudes the first in the data's order). Otherwise the first derived
//!   kind shown (shared memberships, UN vote agreement), its value in
//!   `[0, 1]`. The matrix is symmetric; the diagonal is empty.
//! - **Order (seriation).** The signed Louvain communities
//!   ([`crate::analysis::louvain::signed_louvain`], seed
//!   [`crate::analysis::DEFAULT_SEED`]) of the graph of the cells (a
//!   positive value a positive tie, a negative one a negative tie, weight
//!   its magnitude); blocs largest first, then by smallest member code; in
//!   a bloc, states by strength (sum of the magnitudes of their cells),
//!   largest first, then by code. The same content gives the same order in
//!   every run.
//!
//! Computed once per content change ([`Matrix::of`] on a new [`Shown`]),
//! never per frame.

use std::collections::BTreeMap;

use crate::analysis::DEFAULT_SEED;
use crate::analysis::louvain::signed_louvain;
use crate::model::CountryCode;
use crate::state::DerivedKind;

use super::Shown;

/// What the cells of a matrix hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatrixContent {
    /// The judged relations shown (score in `[-1, 1]`).
    Relations,
    /// One derived relation kind (value in `[0, 1]`).
    Derived(DerivedKind),
}

/// Where a cell's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellSource {
    /// Index in [`Shown::relations`].
    Relation(usize),
    /// Index in [`Shown::derived`].
    Derived(usize),
}

/// One pair's cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatrixCell {
    /// The value: a score in `[-1, 1]` or a derived share in `[0, 1]`.
    pub value: f64,
    /// The record it comes from.
    pub source: CellSource,
}

/// The matrix of what a view shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matrix {
    /// What the cells hold; `None` when nothing is shown.
    pub content: Option<MatrixContent>,
    /// The states, in matrix order (row `i` and column `i`).
    pub states: Vec<CountryCode>,
    /// The bloc of each state in [`Self::states`] (0 for the first bloc in
    /// the order, 1 for the next, …).
    pub bloc: Vec<usize>,
    /// The cells, by `(row, column)` with `row < column` (the matrix is
    /// symmetric).
    cells: BTreeMap<(usize, usize), MatrixCell>,
}

impl Matrix {
    /// The matrix of `shown`.
    pub fn of(shown: &Shown) -> Self {
        // Pairs by code, each with its value and record.
        let mut pairs: BTreeMap<(CountryCode, CountryCode), MatrixCell> = BTreeMap::new();
        let content = if shown.relations.is_empty() {
            let Some(kind) = shown.derived.first().map(|d| d.kind) else {
                return Self::default();
            };
            for (i, d) in shown.derived.iter().enumerate() {
                if d.kind != kind || d.a == d.b {
                    continue;
                }
                let key = if d.a <= d.b { (d.a, d.b) } else { (d.b, d.a) };
                pairs.entry(key).or_insert(MatrixCell {
                    value: d.value,
                    source: CellSource::Derived(i),
                });
            }
            MatrixContent::Derived(kind)
        } else {
            for (i, r) in shown.relations.iter().enumerate() {
                if r.a == r.b {
                    continue;
                }
                let cell = MatrixCell {
                    value: r.score.value(),
                    source: CellSource::Relation(i),
                };
                pairs
                    .entry(r.pair())
                    .and_modify(|c| {
                        if cell.value.abs() > c.value.abs() {
                            *c = cell;
                        }
                    })
                    .or_insert(cell);
            }
            MatrixContent::Relations
        };
        // The nodes, sorted by code, and their signed adjacency.
        let nodes: Vec<CountryCode> = {
            let mut v: Vec<CountryCode> = pairs.keys().flat_map(|(a, b)| [*a, *b]).collect();
            v.sort();
            v.dedup();
            v
        };
        let index: BTreeMap<CountryCode, usize> =
            nodes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
        let n = nodes.len();
        let mut pos: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        let mut neg: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        let mut strength = vec![0.0_f64; n];
        let mut by_index: Vec<(usize, usize, MatrixCell)> = Vec::with_capacity(pairs.len());
        for ((a, b), cell) in &pairs {
            let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) else {
                continue;
            };
            let w = cell.value.abs();
            if w.is_finite() && w > 0.0 {
                let side = if cell.value > 0.0 { &mut pos } else { &mut neg };
                side[i].push((j, w));
                side[j].push((i, w));
                strength[i] += w;
                strength[j] += w;
            }
            by_index.push((i, j, *cell));
        }
        let community = signed_louvain(&pos, &neg, DEFAULT_SEED);
        // Blocs: members by strength (largest first), then code.
        let mut blocs: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (node, c) in community.iter().enumerate() {
            blocs.entry(*c).or_default().push(node);
        }
        let mut blocs: Vec<Vec<usize>> = blocs.into_values().collect();
        for members in &mut blocs {
            members.sort_by(|x, y| {
                strength[*y]
                    .total_cmp(&strength[*x])
                    .then_with(|| nodes[*x].cmp(&nodes[*y]))
            });
        }
        // Largest bloc first, then by smallest member code.
        let smallest = |m: &[usize]| m.iter().map(|i| nodes[*i]).min();
        blocs.sort_by(|x, y| {
            y.len()
                .cmp(&x.len())
                .then_with(|| smallest(x).cmp(&smallest(y)))
        });
        let mut order = Vec::with_capacity(n);
        let mut bloc = Vec::with_capacity(n);
        for (b, members) in blocs.iter().enumerate() {
            for m in members {
                order.push(*m);
                bloc.push(b);
            }
        }
        // Node index → matrix position.
        let mut position = vec![0; n];
        for (p, node) in order.iter().enumerate() {
            position[*node] = p;
        }
        let cells = by_index
            .into_iter()
            .map(|(i, j, cell)| {
                let (p, q) = (position[i], position[j]);
                ((p.min(q), p.max(q)), cell)
            })
            .collect();
        Self {
            content: Some(content),
            states: order.iter().map(|i| nodes[*i]).collect(),
            bloc,
            cells,
        }
    }

    /// The cell of `row` and `column` (either order); `None` on the
    /// diagonal and for a pair without a value.
    pub fn cell(&self, row: usize, column: usize) -> Option<&MatrixCell> {
        self.cells.get(&(row.min(column), row.max(column)))
    }

    /// Every cell with a value, as `(row, column, cell)` with `row <
    /// column`, in order.
    pub fn cells(&self) -> impl Iterator<Item = (usize, usize, &MatrixCell)> {
        self.cells.iter().map(|((r, c), cell)| (*r, *c, cell))
    }

    /// The position of `state` in the order.
    pub fn position(&self, state: CountryCode) -> Option<usize> {
        self.states.iter().position(|s| *s == state)
    }

    /// The blocs as runs of positions: `(first, past_last)` per bloc.
    pub fn bloc_runs(&self) -> Vec<(usize, usize)> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (p, b) in self.bloc.iter().enumerate() {
            match runs.last_mut() {
                Some(run) if p > 0 && self.bloc.get(p - 1) == Some(b) => run.1 = p + 1,
                _ => runs.push((p, p + 1)),
            }
        }
        runs
    }
}
