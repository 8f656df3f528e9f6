//! Dense networks (#25): the relation matrix ordered by signed community.

#![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use heartland::app::HeartlandApp;
use heartland::layers::legend::Row;
use heartland::model::{Date, Dimension, Interval, Score};
use heartland::shown::matrix::{CellSource, Matrix, MatrixContent};
use heartland::shown::{DerivedBasis, Shown, ShownDerived, ShownRelation};
use heartland::state::{DerivedKind, PlotTab, State, View};

use crate::common::{code, relations_2022_with_plots, relations_in};

fn relation(index: usize, a: &str, b: &str, dimension: Dimension, score: f64) -> ShownRelation {
    let score = Score::new(score).expect("a score in [-1, 1]");
    ShownRelation {
        relation: index,
        period_index: 0,
        a: code(a),
        b: code(b),
        dimension,
        score,
        band: score.band(),
        directed: false,
        period: Interval::new(Date::year_only(2000).expect("a year"), None).expect("an interval"),
        dimmed: false,
        parallel: 0,
    }
}

/// Two camps: {ARM, KAZ, KGZ, RUS} tied positively, {AZE, TUR} tied
/// positively, hostile across (ARM–AZE, RUS–TUR); KAZ–RUS twice (two
/// dimensions, 0.8 and 0.3).
fn two_camps() -> Vec<ShownRelation> {
    vec![
        relation(0, "ARM", "AZE", Dimension::ALL[0], -0.9),
        relation(1, "ARM", "RUS", Dimension::ALL[0], 0.7),
        relation(2, "AZE", "TUR", Dimension::ALL[0], 0.9),
        relation(3, "KAZ", "KGZ", Dimension::ALL[0], 0.4),
        relation(4, "KAZ", "RUS", Dimension::ALL[0], 0.3),
        relation(5, "KAZ", "RUS", Dimension::ALL[1], 0.8),
        relation(6, "KGZ", "RUS", Dimension::ALL[0], 0.6),
        relation(7, "RUS", "TUR", Dimension::ALL[0], -0.5),
    ]
}

#[test]
fn the_matrix_puts_each_camp_together_strongest_first() {
    let shown = Shown {
        relations: two_camps(),
        ..Shown::default()
    };
    let matrix = Matrix::of(&shown);
    assert_eq!(matrix.content, Some(MatrixContent::Relations));
    let order: Vec<&str> = matrix
        .states
        .iter()
        .map(heartland::model::CountryCode::as_str)
        .collect();
    // Strengths: RUS 0.8+0.6+0.7+0.5 = 2.6, ARM 1.6, KAZ 1.2, KGZ 1.0;
    // AZE 1.8, TUR 1.4. The larger camp first.
    assert_eq!(order, ["RUS", "ARM", "KAZ", "KGZ", "AZE", "TUR"]);
    assert_eq!(matrix.bloc, [0, 0, 0, 0, 1, 1]);
    assert_eq!(matrix.bloc_runs(), [(0, 4), (4, 6)]);
    // A pair's cell is its strongest relation, either order of the pair.
    let (rus, kaz) = (0, 2);
    let cell = matrix.cell(kaz, rus).expect("KAZ–RUS has a cell");
    assert!((cell.value - 0.8).abs() < 1e-12, "{cell:?}");
    assert_eq!(cell.source, CellSource::Relation(5));
    assert_eq!(matrix.cell(rus, kaz), Some(cell));
    assert_eq!(matrix.cell(rus, rus), None, "no diagonal");
    assert_eq!(matrix.cell(2, 5), None, "KAZ–TUR: nothing shown");
    assert_eq!(matrix.cells().count(), 7, "seven pairs");
}

#[test]
fn the_matrix_order_does_not_depend_on_the_records_order() {
    let shown = Shown {
        relations: two_camps(),
        ..Shown::default()
    };
    let mut reversed = two_camps();
    reversed.reverse();
    let other = Shown {
        relations: reversed,
        ..Shown::default()
    };
    let (a, b) = (Matrix::of(&shown), Matrix::of(&other));
    assert_eq!(a.states, b.states);
    assert_eq!(a.bloc, b.bloc);
    assert_eq!(Matrix::of(&shown), a, "the same content, the same matrix");
}

#[test]
fn without_judged_relations_the_matrix_shows_the_derived_kind() {
    let derived = |a: &str, b: &str, value: f64| ShownDerived {
        kind: DerivedKind::UnVoteAgreement,
        a: code(a),
        b: code(b),
        value,
        basis: DerivedBasis::Votes {
            compared: 10,
            agreed: (value * 10.0) as usize,
        },
        dimmed: false,
    };
    let shown = Shown {
        derived: vec![derived("ARM", "RUS", 0.9), derived("AZE", "TUR", 0.8)],
        ..Shown::default()
    };
    let matrix = Matrix::of(&shown);
    assert_eq!(
        matrix.content,
        Some(MatrixContent::Derived(DerivedKind::UnVoteAgreement))
    );
    assert_eq!(matrix.bloc_runs().len(), 2, "two separate pairs, two blocs");
    let arm = matrix.position(code("ARM")).expect("ARM");
    let rus = matrix.position(code("RUS")).expect("RUS");
    assert_eq!(arm.abs_diff(rus), 1, "a pair's states side by side");
    assert_eq!(Matrix::of(&Shown::default()).content, None, "nothing shown");
}

/// The app with relations on in 2022 and the matrix tab open.
fn matrix_open() -> Harness<'static, HeartlandApp> {
    relations_2022_with_plots(PlotTab::Matrix)
}

#[test]
fn the_matrix_tab_shows_the_states_by_community_and_a_click_selects() {
    let mut harness = matrix_open();
    let app = harness.state();
    let shown = app.shown();
    assert!(!shown.relations.is_empty(), "relations are shown in 2022");
    let drawn = app.plots().matrix.drawn.clone();
    // Every state with a shown relation is a row, once.
    let mut expected: Vec<_> = shown.relations.iter().flat_map(|r| [r.a, r.b]).collect();
    expected.sort();
    expected.dedup();
    let mut rows = drawn.states.clone();
    rows.sort();
    assert_eq!(rows, expected);
    // The rows are in community order: each bloc is one run.
    let matrix = Matrix::of(shown);
    assert_eq!(drawn.states, matrix.states);
    let mut seen = Vec::new();
    for run in matrix.bloc_runs() {
        let b = matrix.bloc[run.0];
        assert!(
            !seen.contains(&b),
            "bloc {b} in two runs: {:?}",
            matrix.bloc
        );
        seen.push(b);
    }
    assert!(
        seen.len() >= 2,
        "more than one bloc in 2022: {:?}",
        matrix.bloc
    );
    let computed = app.plots().matrix.computed;
    assert!(computed >= 1);

    // Click the first cell with a relation: its relation is selected.
    let (row, column, cell) = matrix
        .cells()
        .map(|(r, c, cell)| (r, c, *cell))
        .next()
        .expect("a cell");
    let CellSource::Relation(i) = cell.source else {
        panic!("judged relations: {cell:?}");
    };
    let relation = shown.relations[i].clone();
    let at = drawn.cell_center(column, row);
    harness.hover_at(at);
    harness.run_steps(2);
    assert_eq!(
        harness.state().plots().matrix.computed,
        computed,
        "hovering does not recompute the matrix"
    );
    let hover = harness
        .state()
        .plots()
        .matrix
        .drawn
        .hover
        .clone()
        .expect("hovering a cell says what it is");
    assert!(
        hover.contains("Source:") && hover.contains(relation.dimension.label().as_ref()),
        "{hover}"
    );
    crate::common::click_at(&mut harness, at);
    harness.run_steps(2);
    assert_eq!(
        harness.state().state().selection.relation,
        Some((relation.a, relation.b, relation.dimension))
    );
    // The diagonal selects the state.
    let state = drawn.states[row];
    crate::common::click_at(&mut harness, drawn.cell_center(row, row));
    harness.run_steps(2);
    assert_eq!(harness.state().state().selection.country, Some(state));
    let after = harness.state().plots().matrix.computed;
    harness.run_steps(3);
    assert_eq!(
        harness.state().plots().matrix.computed,
        after,
        "frames without a content change do not recompute the matrix"
    );
    harness.snapshot("matrix_relations_2022");
}

// ---- Aggregation: at most the k strongest relations per state ----

/// The bundled data's relations of 2022, with `top_k`.
fn relations_2022(top_k: Option<usize>) -> (heartland::model::Dataset, State, Shown) {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.layers.relations = true;
    state.relations.top_k = top_k;
    let shown = Shown::compute(&dataset, &state);
    (dataset, state, shown)
}

#[test]
fn top_k_keeps_each_states_strongest_and_counts_the_rest() {
    let (_, _, all) = relations_2022(None);
    let (dataset, state, top) = relations_2022(Some(2));
    assert_eq!(all.relations_hidden, 0);
    assert_eq!(top.top_k, Some(2));
    assert_eq!(
        top.relations.len() + top.relations_hidden,
        all.relations.len(),
        "kept + hidden = every relation that passes the filters"
    );
    assert!(top.relations_hidden > 0, "2022 has states with more than 2");
    // Independently: every state keeps its two strongest (by magnitude);
    // a kept relation is among the two strongest of one of its states.
    let mut states: Vec<_> = all.relations.iter().flat_map(|r| [r.a, r.b]).collect();
    states.sort();
    states.dedup();
    let magnitudes_of = |rels: &[ShownRelation], s| {
        let mut m: Vec<f64> = rels
            .iter()
            .filter(|r| r.a == s || r.b == s)
            .map(|r| r.score.magnitude())
            .collect();
        m.sort_by(|x, y| y.total_cmp(x));
        m
    };
    for s in &states {
        let full = magnitudes_of(&all.relations, *s);
        let kept = magnitudes_of(&top.relations, *s);
        let want: Vec<f64> = full.iter().copied().take(2).collect();
        assert_eq!(&kept[..want.len()], &want[..], "{s}: {full:?} → {kept:?}");
    }
    for r in &top.relations {
        let rank_in = |s| {
            magnitudes_of(&all.relations, s)
                .iter()
                .filter(|m| **m > r.score.magnitude())
                .count()
        };
        assert!(
            rank_in(r.a) < 2 || rank_in(r.b) < 2,
            "{r:?} is nobody's top 2"
        );
    }
    // The parallel arcs of a pair are numbered again from 0.
    for w in top.relations.windows(2) {
        if w[0].pair() == w[1].pair() {
            assert_eq!(w[1].parallel, w[0].parallel + 1);
        } else {
            assert_eq!(w[1].parallel, 0);
        }
    }
    // The legend says how many are hidden, and by what.
    let rows = crate::common::legend_of_shown(&dataset, &top, &state);
    let said = format!(
        "{} weaker relations hidden (top 2 per state)",
        top.relations_hidden
    );
    assert!(
        rows.iter().any(|r| matches!(r, Row::Text(t) if *t == said)),
        "{said} in {rows:?}"
    );
    assert_eq!(Shown::compute(&dataset, &state), top, "deterministic");
}

#[test]
fn top_k_is_kept_in_views_as_format_2_and_version_1_views_mean_every_relation() {
    let mut state = State::default();
    assert_eq!(state.to_view().format, Some(1), "nothing new: format 1");
    state.relations.top_k = Some(3);
    let (loaded, old) = crate::common::format_2_round_trip(&state, "\"top_k\": 3");
    assert_eq!(loaded.relations.top_k, Some(3));
    assert_eq!(old.relations.top_k, None, "every relation, as before");

    let zero = br#"{ "format": 2, "relations": { "top_k": 0 } }"#;
    let err = View::from_json(zero, "z.view.json").expect_err("0 is refused");
    let text = err.to_string();
    assert!(
        text.contains("z.view.json") && text.contains("relations.top_k"),
        "{text}"
    );
}

#[test]
fn ticking_only_the_strongest_hides_weaker_arcs_and_the_legend_says_so() {
    let mut harness = relations_in(2022);
    let all = harness.state().shown().relations.len();
    harness
        .get_by_role_and_label(Role::CheckBox, "Only the strongest per state")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Only the strongest per state")
        .click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.state().relations.top_k, Some(3), "3 to start with");
    let shown = app.shown();
    assert_eq!(shown.relations.len() + shown.relations_hidden, all);
    assert!(shown.relations_hidden > 0, "{all} arcs, some weaker hidden");
    let said = format!(
        "{} weaker relations hidden (top 3 per state)",
        shown.relations_hidden
    );
    assert!(
        harness
            .state()
            .map_cache()
            .legend
            .iter()
            .any(|r| matches!(r, Row::Text(t) if *t == said)),
        "the map's legend says: {said}"
    );
}
