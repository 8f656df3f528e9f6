//! The Table tab (#23, point 6): the export's rows, sorted, filtered, linked
//! to the map and copied as tab-separated text with a citation line.

#![allow(
    clippy::expect_used,
    reason = "UI tests and their helpers: a failed expectation is a failed test"
)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use heartland::app::HeartlandApp;
use heartland::export::Export;
use heartland::export::table::{Sort, Table, TableKind};
use heartland::model::Dimension;
use heartland::shown::Shown;
use heartland::state::{PlotTab, State};

use crate::common::relations_2022_with_plots;

/// The bundled data with relations and corridors on, and a stance, in 2022.
fn bundled_2022() -> (heartland::model::Dataset, Shown) {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        year: 2022,
        ..State::default()
    };
    state.layers.relations = true;
    state.layers.corridors = true;
    let shown = Shown::compute(&dataset, &state);
    (dataset, shown)
}

fn column(table: &Table, name: &str) -> usize {
    table
        .header
        .iter()
        .position(|h| *h == name)
        .expect("a column of that name")
}

#[test]
fn the_table_holds_the_exports_rows_and_what_each_selects() {
    let (dataset, shown) = bundled_2022();
    let export = Export::of(&dataset, &shown);
    let table = Table::of(&export, TableKind::Relations).expect("a table");
    assert!(
        table.rows.len() > 10,
        "relations in 2022: {}",
        table.rows.len()
    );
    assert_eq!(table.rows.len(), export.relations.len());
    let (a, b, dim, score) = (
        column(&table, "a"),
        column(&table, "b"),
        column(&table, "dimension"),
        column(&table, "score"),
    );
    for (row, relation) in table.rows.iter().zip(&export.relations) {
        assert_eq!(row.cells[a], relation.a);
        assert_eq!(row.cells[b], relation.b);
        assert_eq!(row.cells[score].parse::<f64>().ok(), Some(relation.score));
        assert_eq!(row.cells.len(), table.header.len());
        let (ra, rb, rd) = row.selects.relation.expect("a relation row selects it");
        assert_eq!(
            (ra.as_str(), rb.as_str(), rd.as_str()),
            (
                relation.a.as_str(),
                relation.b.as_str(),
                relation.dimension.as_str()
            )
        );
        assert_eq!(rd, Dimension::parse(&row.cells[dim]).expect("a dimension"));
    }
    let corridors = Table::of(&export, TableKind::Corridors).expect("a table");
    assert_eq!(corridors.rows.len(), export.corridors.len());
    assert!(
        corridors.rows.iter().all(|r| r.selects.corridor.is_some()),
        "every corridor row selects its corridor"
    );
    let metrics = Table::of(&export, TableKind::Metrics).expect("a table");
    assert!(
        metrics.rows.iter().all(|r| r.selects.country.is_some()),
        "every metrics row selects its state"
    );
}

#[test]
fn sorting_is_numeric_and_stable_and_the_filter_needs_every_word() {
    let (dataset, shown) = bundled_2022();
    let export = Export::of(&dataset, &shown);
    let table = Table::of(&export, TableKind::Relations).expect("a table");
    let score = column(&table, "score");
    let value = |i: usize| table.rows[i].cells[score].parse::<f64>().expect("a number");

    let up = table.visible(
        "",
        Some(Sort {
            column: score,
            descending: false,
        }),
    );
    assert_eq!(up.len(), table.rows.len(), "no filter: every row");
    assert!(
        up.windows(2).all(|w| value(w[0]) <= value(w[1])),
        "ascending by value"
    );
    // Equal scores keep the export's order (a stable sort).
    assert!(
        up.windows(2)
            .filter(|w| table.rows[w[0]].cells[score] == table.rows[w[1]].cells[score])
            .all(|w| w[0] < w[1]),
        "ties in the export's order"
    );
    let down = table.visible(
        "",
        Some(Sort {
            column: score,
            descending: true,
        }),
    );
    assert!(
        down.windows(2).all(|w| value(w[0]) >= value(w[1])),
        "descending"
    );
    assert_ne!(up, down, "the two directions differ");

    // Two words: each somewhere in the row (any column: codes, names,
    // evidence), case-insensitively.
    let both = table.visible("rus ukr", None);
    let has = |i: usize, word: &str| {
        table.rows[i]
            .cells
            .iter()
            .any(|c| c.to_lowercase().contains(word))
    };
    for (i, _) in table.rows.iter().enumerate() {
        assert_eq!(
            both.contains(&i),
            has(i, "rus") && has(i, "ukr"),
            "row {i}: {:?}",
            table.rows[i].cells
        );
    }
    let (a, b) = (column(&table, "a"), column(&table, "b"));
    assert!(
        both.iter().any(|&i| {
            let pair = [
                table.rows[i].cells[a].as_str(),
                table.rows[i].cells[b].as_str(),
            ];
            pair.contains(&"RUS") && pair.contains(&"UKR")
        }),
        "the Russia–Ukraine relations are among them"
    );
    let one = table.visible("ukr", None);
    assert!(
        both.iter().all(|i| one.contains(i)),
        "another word only narrows the rows"
    );
    assert!(table.visible("no-such-word-anywhere", None).is_empty());
}

#[test]
fn copied_text_is_tab_separated_with_the_header_and_the_citation_last() {
    let (dataset, shown) = bundled_2022();
    let export = Export::of(&dataset, &shown);
    let mut table = Table::of(&export, TableKind::Relations).expect("a table");
    // A cell with a tab, a line break and a leading "=" (a formula to a
    // spreadsheet).
    table.rows[0].cells[0] = "=SUM(A1)\tnext\nline".to_owned();
    let citation = "Heartland 0.1.0 · data as of 2025-06-30 · sources: a, b";
    let text = table.tsv(&[0, 2], citation);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        1 + 2 + 2,
        "header, two rows, an empty line, the citation"
    );
    assert_eq!(lines[0], table.header.join("\t"));
    assert_eq!(
        lines[1].split('\t').count(),
        table.header.len(),
        "no tab inside a cell"
    );
    assert!(
        lines[1].starts_with("'=SUM(A1) next line\t"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2], table.rows[2].cells.join("\t"));
    assert_eq!(lines[3], "");
    assert_eq!(lines[4], citation);
}

/// The app with relations on in 2022 and the table tab open.
fn table_open() -> Harness<'static, HeartlandApp> {
    relations_2022_with_plots(PlotTab::Table)
}

fn listed_scores(harness: &Harness<'_, HeartlandApp>) -> Vec<f64> {
    let app = harness.state();
    let drawn = &app.plots().table.drawn;
    let score = drawn
        .header
        .iter()
        .position(|h| h == "score")
        .expect("a score column");
    let dataset = app.session().dataset();
    let shown = Shown::compute(dataset, app.state());
    let table = Table::of(&Export::of(dataset, &shown), TableKind::Relations).expect("a table");
    drawn
        .listed
        .iter()
        .map(|&i| table.rows[i].cells[score].parse::<f64>().expect("a number"))
        .collect()
}

#[test]
fn the_tab_sorts_filters_selects_on_the_map_and_copies() {
    let mut harness = table_open();
    let total = harness.state().plots().table.drawn.listed.len();
    assert!(total > 10, "the relations of 2022 are listed: {total}");

    // Sort by score: a click on the column's name, again for the other way.
    harness.get_by_label("score").click();
    harness.run_steps(2);
    let up = listed_scores(&harness);
    assert!(up.windows(2).all(|w| w[0] <= w[1]), "ascending: {up:?}");
    harness.get_by_label("score ↑").click();
    harness.run_steps(2);
    let down = listed_scores(&harness);
    assert!(
        down.windows(2).all(|w| w[0] >= w[1]),
        "descending: {down:?}"
    );
    assert!(
        harness.query_by_label("score ↓").is_some(),
        "the arrow says so"
    );

    // Filter by two states' codes.
    harness
        .get_by_role_and_label(Role::TextInput, "Filter:")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter:")
        .type_text("RUS UKR");
    harness.run_steps(3);
    let listed = harness.state().plots().table.drawn.listed.clone();
    assert!(
        !listed.is_empty() && listed.len() < total,
        "the filter keeps some rows: {} of {total}",
        listed.len()
    );

    // A click on a row selects its relation on the map.
    let first = harness.state().plots().table.drawn.first_cells.clone();
    assert_eq!(first.len(), listed.len());
    let dataset = harness.state().session().dataset().clone();
    let shown = Shown::compute(&dataset, harness.state().state());
    let table = Table::of(&Export::of(&dataset, &shown), TableKind::Relations).expect("a table");
    let row = &table.rows[listed[0]];
    let evidence = column(&table, "evidence");
    let a_name = column(&table, "a_name");
    // A cell of that row only (the evidence is the row's own words).
    let cell = if row.cells[evidence].is_empty() {
        row.cells[a_name].clone()
    } else {
        row.cells[evidence].clone()
    };
    harness
        .get_all_by_label(&cell)
        .next()
        .expect("the row's cell is drawn")
        .click();
    harness.run_steps(3);
    let selection = harness.state().state().selection.clone();
    assert!(
        selection.relation.is_some(),
        "a relation is selected on the map"
    );
    assert_eq!(selection, row.selects, "the row's relation");
    assert_eq!(harness.state().plots().table.selected.len(), 1);
    let (a, b) = (column(&table, "a"), column(&table, "b"));
    let pair = (row.cells[a].clone(), row.cells[b].clone());

    // Copy: the selected row, with the header and the citation line.
    harness.get_by_label_contains("selected row").click();
    harness.run_steps(2);
    let copied = harness
        .state()
        .plots()
        .table
        .copied
        .clone()
        .expect("something was copied");
    assert_eq!(copied.rows, 1);
    harness.snapshot("table_relations_2022");
    let lines: Vec<&str> = copied.text.lines().collect();
    assert_eq!(lines[0].split('\t').next(), Some("year"));
    assert_eq!(lines[1], row.cells.join("\t"), "the selected row");
    assert!(lines[1].contains(&pair.0) && lines[1].contains(&pair.1));
    let citation = lines.last().expect("a last line");
    assert!(
        citation.starts_with("Heartland ") && citation.contains("sources:"),
        "{citation}"
    );
    assert!(
        harness.query_by_label_contains("1 row copied").is_some(),
        "the tab says what it copied"
    );
}
