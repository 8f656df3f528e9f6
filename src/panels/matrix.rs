//! The matrix tab of the Plots panel (#25 point 3): states × states, one
//! cell per pair coloured as its arc (sign and strength: the arcs' colour
//! scale; a derived share in its kind's colour), ordered by signed
//! community ([`crate::shown::matrix`]). The whole grid is one mesh, so it
//! draws any number of states; the matrix is recomputed only when the
//! view's content changes. Hover a cell: both states, the value and its
//! source; click: the pair's relation (or the state, on the diagonal or an
//! empty cell) is selected.

use std::sync::Arc;

use egui::epaint::TextShape;
use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2};

use crate::command::Command;
use crate::i18n::{tr, trf, trn};
use crate::model::{CountryCode, Dataset};
use crate::shown::matrix::{CellSource, Matrix, MatrixCell, MatrixContent};
use crate::shown::{DerivedBasis, Shown};
use crate::state::{Selection, State};
use crate::style::{derived_color, score_color};

/// Room for the state codes left of and above the grid.
const LABEL_BAND: f32 = 34.0;
/// The largest cell side.
const MAX_CELL: f32 = 28.0;
/// Below this cell side the codes are not written.
const MIN_LABELLED_CELL: f32 = 9.0;
/// The selection's colour (as the ranking's selected bar).
const SELECTED: Color32 = Color32::from_rgb(0xd5, 0x5e, 0x00);

/// Where the matrix was drawn in the last frame (tests read it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MatrixDrawn {
    /// The states in the order drawn (row `i` and column `i`).
    pub states: Vec<CountryCode>,
    /// The top-left corner of the grid.
    pub origin: Pos2,
    /// The side of a cell.
    pub cell: f32,
    /// The text of the cell under the pointer.
    pub hover: Option<String>,
}

impl MatrixDrawn {
    /// The centre of the cell of `row` and `column` on screen.
    pub fn cell_center(&self, row: usize, column: usize) -> Pos2 {
        self.origin + Vec2::new(column as f32 + 0.5, row as f32 + 0.5) * self.cell
    }
}

/// The matrix tab's state: the matrix of the last content and what was
/// drawn.
#[derive(Debug, Default)]
pub struct MatrixState {
    /// The matrix and the content generation it was computed for.
    cache: Option<(u64, u64, Arc<Matrix>)>,
    /// Matrices computed (tests check it is not per frame).
    pub computed: usize,
    /// What was drawn last.
    pub drawn: MatrixDrawn,
}

impl MatrixState {
    /// The matrix of `shown` (content generation `generation` of data
    /// `data_generation`), computed once per content.
    pub fn matrix(&mut self, shown: &Shown, data_generation: u64, generation: u64) -> Arc<Matrix> {
        if let Some((d, g, m)) = &self.cache
            && *d == data_generation
            && *g == generation
        {
            return Arc::clone(m);
        }
        let matrix = Arc::new(Matrix::of(shown));
        self.computed += 1;
        self.cache = Some((data_generation, generation, Arc::clone(&matrix)));
        matrix
    }
}

/// The colour of a cell.
fn cell_color(content: MatrixContent, value: f64) -> Color32 {
    match content {
        MatrixContent::Relations => score_color(value),
        MatrixContent::Derived(kind) => {
            let t = value.clamp(0.0, 1.0) as f32;
            let c = derived_color(kind);
            let mix = |x: u8| (255.0 + (f32::from(x) - 255.0) * t).round() as u8;
            Color32::from_rgb(mix(c.r()), mix(c.g()), mix(c.b()))
        }
    }
}

/// What a cell says on hover: both states, the value and its source.
fn cell_text(
    ds: &Dataset,
    shown: &Shown,
    a: CountryCode,
    b: CountryCode,
    cell: &MatrixCell,
) -> String {
    let pair = format!("{} – {}", ds.country_name(a), ds.country_name(b));
    match cell.source {
        CellSource::Relation(i) => match shown.relations.get(i) {
            Some(r) => {
                let value = crate::i18n::signed(cell.value, 2);
                let score = if r.directed {
                    trf(
                        "matrix-cell-directed",
                        "{ $dimension }: { $value } ({ $from } towards { $to })",
                        &[
                            ("dimension", &r.dimension.label()),
                            ("value", &value),
                            ("from", &r.a),
                            ("to", &r.b),
                        ],
                    )
                } else {
                    format!("{}: {value}", r.dimension.label())
                };
                let source = match r.source(ds) {
                    Some(source) => trf(
                        "matrix-cell-source",
                        "Source: { $source }",
                        &[("source", &source)],
                    ),
                    None => tr("matrix-cell-source-none", "Source: not recorded").into_owned(),
                };
                format!("{pair}\n{score}\n{source}")
            }
            None => pair,
        },
        CellSource::Derived(i) => match shown.derived.get(i) {
            Some(d) => {
                let basis = match &d.basis {
                    DerivedBasis::Organizations { shared, of } => trn(
                        "matrix-basis-organizations",
                        "full members together of { $shared } of { $count } organization",
                        "full members together of { $shared } of { $count } organizations",
                        *of,
                        &[("shared", &shared.len())],
                    ),
                    DerivedBasis::Votes { compared, agreed } => trn(
                        "matrix-basis-votes",
                        "voted alike in { $agreed } of { $count } recorded UN vote",
                        "voted alike in { $agreed } of { $count } recorded UN votes",
                        *compared,
                        &[("agreed", agreed)],
                    ),
                };
                let from = trf("matrix-cell-from", "From: { $basis }", &[("basis", &basis)]);
                format!(
                    "{pair}\n{}: {}\n{from}",
                    d.kind.label(),
                    crate::i18n::number(cell.value, 2)
                )
            }
            None => pair,
        },
    }
}

/// The selection a click on `(row, column)` makes.
fn selection_of(matrix: &Matrix, shown: &Shown, row: usize, column: usize) -> Option<Selection> {
    let state = *matrix.states.get(row)?;
    if let Some(cell) = matrix.cell(row, column)
        && let CellSource::Relation(i) = cell.source
        && let Some(r) = shown.relations.get(i)
    {
        return Some(Selection {
            relation: Some((r.a, r.b, r.dimension)),
            ..Selection::default()
        });
    }
    Some(Selection::country(state))
}

/// The matrix tab.
pub fn matrix_tab(
    ui: &mut Ui,
    matrix_state: &mut MatrixState,
    ds: &Dataset,
    state: &State,
    shown: &Shown,
    generations: (u64, u64),
    out: &mut Vec<Command>,
) {
    let matrix = matrix_state.matrix(shown, generations.0, generations.1);
    matrix_state.drawn = MatrixDrawn::default();
    let Some(content) = matrix.content else {
        ui.label(tr(
            "matrix-empty",
            "Switch on Relations, or a derived relation (shared memberships, UN vote agreement), to see its matrix.",
        ));
        return;
    };
    let what = match content {
        MatrixContent::Relations => trf(
            "matrix-title-relations",
            "Judged relations in { $year } (a pair's strongest; red hostile … blue friendly).",
            &[("year", &shown.year)],
        ),
        MatrixContent::Derived(kind) => trf(
            "matrix-title-derived",
            "{ $kind } in { $year } (darker: higher).",
            &[("kind", &kind.label()), ("year", &shown.year)],
        ),
    };
    // One sentence a count: the states, then the blocs.
    let states = trn(
        "matrix-states",
        "{ $count } state, by strength within its bloc.",
        "{ $count } states, by strength within a bloc.",
        matrix.states.len(),
        &[],
    );
    let blocs = trn(
        "matrix-blocs",
        "{ $count } bloc (signed communities, outlined).",
        "{ $count } blocs (signed communities, outlined).",
        matrix.bloc_runs().len(),
        &[],
    );
    ui.label(format!("{what} {states} {blocs}"));
    let n = matrix.states.len();
    let avail = ui.available_size();
    let side = (avail.x.min(avail.y) - LABEL_BAND).max(40.0);
    let cell = (side / n.max(1) as f32).min(MAX_CELL);
    let grid = cell * n as f32;
    let (response, painter) = ui.allocate_painter(Vec2::splat(grid + LABEL_BAND), Sense::click());
    let origin = response.rect.min + Vec2::splat(LABEL_BAND);
    let rect_of = |row: usize, column: usize| {
        Rect::from_min_size(
            origin + Vec2::new(column as f32, row as f32) * cell,
            Vec2::splat(cell),
        )
    };
    // The cells: one mesh.
    let mut mesh = Mesh::default();
    mesh.add_colored_rect(
        Rect::from_min_size(origin, Vec2::splat(grid)),
        Color32::WHITE,
    );
    for i in 0..n {
        mesh.add_colored_rect(rect_of(i, i), Color32::from_gray(0xa8));
    }
    for (r, c, value) in matrix.cells() {
        let color = cell_color(content, value.value);
        mesh.add_colored_rect(rect_of(r, c).shrink(0.0), color);
        mesh.add_colored_rect(rect_of(c, r), color);
    }
    painter.add(Shape::mesh(mesh));
    // Blocs outlined on the diagonal.
    let outline = Stroke::new(1.5, Color32::from_gray(40));
    for (first, past) in matrix.bloc_runs() {
        if past - first >= 2 {
            let rect = rect_of(first, first).union(rect_of(past - 1, past - 1));
            painter.rect_stroke(rect, 0.0, outline, egui::StrokeKind::Middle);
        }
    }
    // The selection: the state's row and column, or the relation's cells.
    let selected = Stroke::new(2.0, SELECTED);
    if let Some(p) = state.selection.country.and_then(|c| matrix.position(c)) {
        painter.rect_stroke(
            rect_of(p, 0).union(rect_of(p, n - 1)),
            0.0,
            selected,
            egui::StrokeKind::Middle,
        );
        painter.rect_stroke(
            rect_of(0, p).union(rect_of(n - 1, p)),
            0.0,
            selected,
            egui::StrokeKind::Middle,
        );
    }
    if let Some((a, b, _)) = state.selection.relation
        && let (Some(p), Some(q)) = (matrix.position(a), matrix.position(b))
    {
        painter.rect_stroke(rect_of(p, q), 0.0, selected, egui::StrokeKind::Middle);
        painter.rect_stroke(rect_of(q, p), 0.0, selected, egui::StrokeKind::Middle);
    }
    // The codes, when there is room.
    if cell >= MIN_LABELLED_CELL {
        let font = FontId::monospace((cell * 0.75).min(12.0));
        let color = ui.visuals().text_color();
        for (i, code) in matrix.states.iter().enumerate() {
            let strong = state.selection.country == Some(*code);
            let c = if strong { SELECTED } else { color };
            painter.text(
                Pos2::new(origin.x - 3.0, origin.y + (i as f32 + 0.5) * cell),
                Align2::RIGHT_CENTER,
                code.as_str(),
                font.clone(),
                c,
            );
            let galley = painter.layout_no_wrap(code.as_str().to_owned(), font.clone(), c);
            // Written upwards, its end just above the column.
            let at = Pos2::new(
                origin.x + (i as f32 + 0.5) * cell - galley.size().y / 2.0,
                origin.y - 3.0,
            );
            painter.add(TextShape::new(at, galley, c).with_angle(-std::f32::consts::FRAC_PI_2));
        }
    }
    let at = |pos: Pos2| {
        let local = (pos - origin) / cell;
        (local.x >= 0.0 && local.y >= 0.0 && local.x < n as f32 && local.y < n as f32)
            .then_some((local.y as usize, local.x as usize))
    };
    let mut hover = None;
    if let Some((row, column)) = response.hover_pos().and_then(at)
        && let (Some(a), Some(b)) = (matrix.states.get(row), matrix.states.get(column))
    {
        let text = match matrix.cell(row, column) {
            Some(cell) => cell_text(ds, shown, *a, *b, cell),
            None if row == column => ds.country_name(*a),
            None => trf(
                "matrix-cell-nothing",
                "{ $a } – { $b }: nothing shown",
                &[("a", &ds.country_name(*a)), ("b", &ds.country_name(*b))],
            ),
        };
        painter.rect_stroke(
            rect_of(row, column),
            0.0,
            Stroke::new(1.0, Color32::BLACK),
            egui::StrokeKind::Middle,
        );
        hover = Some(text);
    }
    if response.clicked()
        && let Some((row, column)) = response.interact_pointer_pos().and_then(at)
        && let Some(selection) = selection_of(&matrix, shown, row, column)
    {
        out.push(Command::Select(selection));
    }
    if let Some(text) = &hover {
        response.on_hover_text_at_pointer(text.clone());
    }
    matrix_state.drawn = MatrixDrawn {
        states: matrix.states.clone(),
        origin,
        cell,
        hover,
    };
}
