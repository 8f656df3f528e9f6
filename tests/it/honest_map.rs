//! One honest picture (issue 20, points 1–4, 6, 15, 18): the selection keeps
//! the data's fill, one rule decides which statuses count, one layer fills
//! the countries and the legend names only what is drawn, a stance brings
//! its year, a pipeline's recorded length is told apart from the drawn
//! route's, statuses and stances read in the organizations' own words, and
//! an export of an empty view says so.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::collections::BTreeSet;

use egui::accesskit::Role;
use egui::epaint::{Mesh, Shape};
use egui::{Color32, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use heartland::app::HeartlandApp;
use heartland::command::Command;
use heartland::layers::base::{SELECTION_HALO_WIDTH, SELECTION_LINE_WIDTH};
use heartland::layers::legend::Row;
use heartland::model::{CorridorId, MembershipStatus, OrgId, Position, StanceId};
use heartland::palette::Palette;
use heartland::shown::Shown;
use heartland::state::{Counted, FillLayer, MembershipSet, State};
use heartland::style::position_color;

use crate::common::{app_harness, click_at, code, screen_pos};
use crate::fixtures::heartland;

fn apply(harness: &mut Harness<'_, HeartlandApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, command);
    harness.run_steps(3);
}

fn stance(id: &str) -> StanceId {
    StanceId::try_from(id).unwrap()
}

fn org(id: &str) -> OrgId {
    OrgId::try_from(id).unwrap()
}

/// Every shape the last frame drew, nested shapes flattened.
fn shapes(harness: &Harness<'_, HeartlandApp>) -> Vec<Shape> {
    fn flatten(shape: &Shape, out: &mut Vec<Shape>) {
        match shape {
            Shape::Vec(list) => list.iter().for_each(|s| flatten(s, out)),
            other => out.push(other.clone()),
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        flatten(&clipped.shape, &mut out);
    }
    out
}

fn meshes(harness: &Harness<'_, HeartlandApp>) -> Vec<std::sync::Arc<Mesh>> {
    shapes(harness)
        .into_iter()
        .filter_map(|s| match s {
            Shape::Mesh(m) => Some(m),
            _ => None,
        })
        .collect()
}

/// Whether `p` is inside the triangle `a b c`.
fn in_triangle(p: Pos2, [a, b, c]: [Pos2; 3]) -> bool {
    let side = |u: Pos2, v: Pos2| (v.x - u.x) * (p.y - u.y) - (v.y - u.y) * (p.x - u.x);
    let (d1, d2, d3) = (side(a, b), side(b, c), side(c, a));
    let neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(neg && pos)
}

/// The colours of the mesh triangles drawn under `p` (the country fills are
/// one-coloured triangles), in painting order.
fn fill_colours_at(harness: &Harness<'_, HeartlandApp>, p: Pos2) -> Vec<Color32> {
    let mut out = Vec::new();
    for mesh in meshes(harness) {
        for tri in mesh.indices.chunks_exact(3) {
            let v = |i: u32| mesh.vertices[i as usize];
            let (a, b, c) = (v(tri[0]), v(tri[1]), v(tri[2]));
            if a.color == b.color && b.color == c.color && in_triangle(p, [a.pos, b.pos, c.pos]) {
                out.push(a.color);
            }
        }
    }
    out
}

/// Every colour of a mesh vertex drawn.
fn mesh_colours(harness: &Harness<'_, HeartlandApp>) -> BTreeSet<[u8; 4]> {
    meshes(harness)
        .iter()
        .flat_map(|m| m.vertices.iter().map(|v| v.color.to_array()))
        .collect()
}

/// The closed outlines of this width and colour whose box holds `p`.
fn outlines_around(
    harness: &Harness<'_, HeartlandApp>,
    p: Pos2,
    width: f32,
    color: Color32,
) -> usize {
    shapes(harness)
        .iter()
        .filter(|s| match s {
            Shape::Path(path) => {
                path.closed
                    && (path.stroke.width - width).abs() < 1e-3
                    && matches!(path.stroke.color, egui::epaint::ColorMode::Solid(c) if c == color)
                    && egui::Rect::from_points(&path.points).contains(p)
            }
            _ => false,
        })
        .count()
}

fn legend(harness: &Harness<'_, HeartlandApp>) -> Vec<Row> {
    harness.state().map_cache().legend.clone()
}

fn legend_texts(harness: &Harness<'_, HeartlandApp>) -> Vec<String> {
    legend(harness)
        .into_iter()
        .filter_map(|r| match r {
            Row::Text(t) | Row::Title(t) => Some(t),
            _ => None,
        })
        .collect()
}

// ---- 1. Selection is an outline that keeps the fill; Esc clears it ----

#[test]
fn selecting_a_state_on_a_stance_map_keeps_its_fill_and_draws_a_halo() {
    let mut harness = app_harness();
    apply(&mut harness, Command::SetYear(2022));
    apply(
        &mut harness,
        Command::SetStance(Some(stance("unga-es-11-1"))),
    );
    let mut layers = harness.state().state().layers;
    layers.stances = true;
    apply(&mut harness, Command::SetLayers(layers));
    let shown = harness.state().shown().clone();
    let cell = shown
        .stance
        .as_ref()
        .unwrap()
        .cells
        .get(&code("KAZ"))
        .copied();
    assert_eq!(
        cell,
        Some(heartland::shown::StanceCell::Recorded(Position::Abstain)),
        "Kazakhstan abstained on ES-11/1"
    );
    let abstained = position_color(Position::Abstain);
    // A point well inside Kazakhstan (between Karaganda and Balkhash).
    let inside = screen_pos(&harness, 72.0, 48.5);
    click_at(&mut harness, inside);
    assert_eq!(
        harness.state().state().selection.country,
        Some(code("KAZ")),
        "the click selected Kazakhstan"
    );
    // The pointer leaves the map, so only the selection is left.
    harness.hover_at(Pos2::new(5.0, 890.0));
    harness.run_steps(3);
    let inside = screen_pos(&harness, 72.0, 48.5);
    let fills = fill_colours_at(&harness, inside);
    let palette = Palette::of(harness.state().state().theme);
    assert!(
        fills.contains(&abstained),
        "selected Kazakhstan is still filled in the abstention colour {abstained:?}: {fills:?}"
    );
    assert!(
        !fills.contains(&palette.selected),
        "no selection fill hides the data: {fills:?}"
    );
    assert!(
        outlines_around(&harness, inside, SELECTION_HALO_WIDTH, palette.selected) > 0,
        "a halo in the selection colour is drawn around Kazakhstan"
    );
    assert!(
        outlines_around(&harness, inside, SELECTION_LINE_WIDTH, palette.label) > 0,
        "with a dark line on it"
    );
    harness.snapshot("selection_halo_on_stance");

    harness.key_press(egui::Key::Escape);
    harness.run_steps(3);
    assert!(
        harness.state().state().selection.is_empty(),
        "Esc cleared the selection"
    );
    assert_eq!(
        outlines_around(&harness, inside, SELECTION_HALO_WIDTH, palette.selected),
        0,
        "no halo once the selection is cleared"
    );
    assert!(
        fill_colours_at(&harness, inside).contains(&abstained),
        "the fill stays"
    );
}

// ---- 2. One rule for which statuses count ----

#[test]
fn armenia_2024_with_csto_and_eaeu_is_not_shaded_in_two_or_more() {
    let mut harness = app_harness();
    assert_eq!(harness.state().state().year, 2024);
    for label in ["CSTO", "EAEU"] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run_steps(2);
    }
    let app = harness.state();
    let m = &app.shown().memberships;
    assert_eq!(m.set_op, MembershipSet::Union);
    assert_eq!(
        m.by_country.get(&code("ARM")).map(Vec::len),
        Some(2),
        "Armenia has a badge for both (CSTO suspended, EAEU member)"
    );
    assert_eq!(
        m.counted_in(code("ARM")),
        &[org("eaeu")],
        "but counts as in the EAEU only"
    );
    // The fill drawn over Yerevan is the EAEU's single tint, not the
    // "two or more" tint.
    let dataset = app.session().dataset();
    let palette = Palette::of(app.state().theme);
    let base = heartland::layers::base::land_color(Some(code("ARM")), dataset, &palette);
    let several = heartland::layers::memberships::mix(
        base,
        heartland::layers::memberships::SEVERAL_TINT,
        heartland::layers::memberships::TINT_SHARE,
    );
    let eaeu = heartland::layers::memberships::mix(
        base,
        heartland::style::org_color(dataset, &org("eaeu")),
        heartland::layers::memberships::TINT_SHARE,
    );
    harness.hover_at(Pos2::new(5.0, 890.0));
    harness.run_steps(2);
    // West of Lake Sevan, north of Yerevan.
    let at = screen_pos(&harness, 44.4, 40.4);
    let fills = fill_colours_at(&harness, at);
    assert!(
        fills.contains(&eaeu),
        "Armenia in the EAEU's tint: {fills:?}"
    );
    assert!(!fills.contains(&several), "not 'in two or more': {fills:?}");
    assert!(
        legend_texts(&harness)
            .iter()
            .any(|t| t == "Counted: members only"),
        "the legend names the rule: {:?}",
        legend_texts(&harness)
    );
}

#[test]
fn counting_suspended_members_changes_the_set_and_the_legend_count() {
    let mut harness = app_harness();
    for label in ["CSTO", "EAEU"] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run_steps(2);
    }
    harness.get_by_label("Intersection").scroll_to_me();
    harness.run();
    harness.get_by_label("Intersection").click();
    harness.run_steps(2);
    let count_row = |h: &Harness<'_, HeartlandApp>| {
        legend_texts(h)
            .into_iter()
            .find(|t| t.starts_with("Shaded: ") && t.ends_with("in all of them"))
            .expect("the legend counts the set")
    };
    let before = harness.state().shown().memberships.set.clone();
    assert!(!before.contains(&code("ARM")), "members only: not Armenia");
    assert_eq!(
        count_row(&harness),
        format!("Shaded: {} countries in all of them", before.len())
    );
    harness
        .get_by_role_and_label(Role::CheckBox, "suspended members")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "suspended members")
        .click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(
        app.state().statuses,
        Counted {
            observers: false,
            suspended: true
        }
    );
    let after = app.shown().memberships.set.clone();
    assert!(after.contains(&code("ARM")), "suspended counts: Armenia in");
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        count_row(&harness),
        format!("Shaded: {} countries in all of them", after.len()),
        "the legend's count follows the rule"
    );
    assert!(
        legend_texts(&harness)
            .iter()
            .any(|t| t == "Counted: members, suspended members too"),
        "and names it"
    );
    // Kept in the view file (format 2).
    let view = harness.state().state().to_view();
    assert_eq!(view.format, Some(2));
    assert_eq!(view.statuses.map(|s| s.suspended), Some(true));
}

fn export_view(view: &str, extra: &[&str]) -> (std::process::Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let view_path = dir.path().join("v.view.json");
    std::fs::write(&view_path, view).unwrap();
    let out = dir.path().join("out");
    let mut args = vec![
        "export",
        "--view",
        view_path.to_str().unwrap(),
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let output = heartland(&args);
    assert!(
        output.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (output, dir)
}

/// `memberships.csv` as (organization, country) → (status, counted, `in_set`).
fn memberships_csv(
    dir: &std::path::Path,
) -> std::collections::BTreeMap<(String, String), (String, String, String)> {
    let bytes = std::fs::read(dir.join("out").join("memberships.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (o, c, s, n, i) = (
        col("organization"),
        col("country"),
        col("status"),
        col("counted"),
        col("in_set"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                (r[o].to_owned(), r[c].to_owned()),
                (r[s].to_owned(), r[n].to_owned(), r[i].to_owned()),
            )
        })
        .collect()
}

#[test]
fn the_export_follows_the_same_rule() {
    let view = |statuses: &str| {
        format!(
            r#"{{ "format": 2, "year": 2024, "layers": {{ "memberships": true }},
                 "organizations": ["csto", "eaeu"], "membership_set": "intersection"{statuses} }}"#
        )
    };
    let (_, dir) = export_view(&view(""), &[]);
    let rows = memberships_csv(dir.path());
    let arm = |rows: &std::collections::BTreeMap<_, _>| {
        rows.get(&("csto".to_owned(), "ARM".to_owned()))
            .cloned()
            .expect("Armenia's CSTO row")
    };
    assert_eq!(
        arm(&rows),
        (
            "suspended".to_owned(),
            "false".to_owned(),
            "false".to_owned()
        ),
        "members only: suspended Armenia not counted, not in the set"
    );
    assert_eq!(
        rows.get(&("csto".to_owned(), "KAZ".to_owned())).cloned(),
        Some(("member".to_owned(), "true".to_owned(), "true".to_owned()))
    );
    // The shown set and the export agree.
    let mut state = State::default();
    state.apply_view(
        &heartland::state::View::from_json(view("").as_bytes(), "v.view.json").unwrap(),
    );
    let shown = Shown::compute(&heartland::data::load_bundled().dataset, &state);
    let in_set: BTreeSet<String> = rows
        .iter()
        .filter(|(_, (_, _, i))| i == "true")
        .map(|((_, c), _)| c.clone())
        .collect();
    let expected: BTreeSet<String> = shown
        .memberships
        .set
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(in_set, expected, "in_set is the set the map shades");

    let (_, dir) = export_view(&view(r#", "statuses": { "suspended": true }"#), &[]);
    let rows = memberships_csv(dir.path());
    assert_eq!(
        arm(&rows),
        ("suspended".to_owned(), "true".to_owned(), "true".to_owned()),
        "suspended counted: Armenia in the intersection"
    );
    let about = std::fs::read_to_string(dir.path().join("out").join("about.csv")).unwrap();
    assert!(
        about.contains("statuses_counted,\"members, suspended members too\""),
        "about.csv names the rule: {about}"
    );
}

// ---- 3. One layer fills the countries; the legend names only what is drawn ----

#[test]
fn with_a_stance_and_communities_only_one_fills_and_the_legend_says_which() {
    let mut harness = app_harness();
    apply(&mut harness, Command::SetYear(2022));
    apply(
        &mut harness,
        Command::SetStance(Some(stance("unga-es-11-1"))),
    );
    let mut layers = harness.state().state().layers;
    layers.stances = true;
    apply(&mut harness, Command::SetLayers(layers));
    assert_eq!(harness.state().state().fill, FillLayer::Stance);
    let mut analysis = harness.state().state().analysis.clone();
    analysis.communities = true;
    apply(&mut harness, Command::SetAnalysis(analysis));
    harness.run_steps(5);
    assert_eq!(
        harness.state().state().fill,
        FillLayer::Communities,
        "the layer just switched on fills"
    );
    assert_eq!(harness.state().shown().fill, FillLayer::Communities);
    let texts = legend_texts(&harness);
    assert!(
        texts
            .iter()
            .any(|t| t == "Hidden: the communities fill the countries"),
        "the stance says it is hidden and by what: {texts:?}"
    );
    let drawn = mesh_colours(&harness);
    let stance_colours: BTreeSet<[u8; 4]> = [Position::Yes, Position::No, Position::Abstain]
        .into_iter()
        .map(|p| position_color(p).to_array())
        .collect();
    for row in legend(&harness) {
        if let Row::Fill(c, label) = &row {
            assert!(
                !stance_colours.contains(&c.to_array()),
                "no stance swatch while the stance is hidden: {label}"
            );
        }
    }

    // The user gives the fill back to the stance in the panel.
    harness
        .get_by_role_and_label(Role::ComboBox, "Fill countries by")
        .click();
    harness.run();
    harness.get_by_label("Stance").click();
    harness.run_steps(5);
    assert_eq!(harness.state().state().fill, FillLayer::Stance);
    let texts = legend_texts(&harness);
    assert!(
        texts
            .iter()
            .any(|t| t == "Hidden: the stance fills the countries"),
        "communities say they are hidden: {texts:?}"
    );
    assert!(
        !legend(&harness)
            .iter()
            .any(|r| matches!(r, Row::Fill(_, label) if label.starts_with("Bloc "))),
        "no bloc swatch while the communities are hidden"
    );
    let drawn_now = mesh_colours(&harness);
    let mut fills = 0;
    for row in legend(&harness) {
        if let Row::Fill(c, label) = row {
            fills += 1;
            assert!(
                drawn_now.contains(&c.to_array()),
                "the swatch '{label}' {c:?} is a colour drawn on the map"
            );
        }
    }
    assert!(fills >= 3, "the stance's positions are listed");
    assert_ne!(drawn, drawn_now, "the map's fills changed with the choice");
}

#[test]
fn fill_none_leaves_the_land_and_the_legend_says_so() {
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State {
        organizations: vec![org("csto")],
        fill: FillLayer::None,
        ..State::default()
    };
    state.layers.memberships = true;
    let shown = Shown::compute(&dataset, &state);
    assert_eq!(shown.fill, FillLayer::None);
    let rows = crate::common::legend_of_shown(&dataset, &shown, &state);
    assert!(
        !rows.iter().any(|r| matches!(r, Row::Fill(..))),
        "no fill swatch when nothing fills: {rows:?}"
    );
    assert!(
        rows.iter().any(|r| matches!(r, Row::Text(t)
            if t.contains("shading hidden: no layer fills the countries"))),
        "{rows:?}"
    );
}

// ---- 4. A stance brings its year ----

#[test]
fn choosing_a_stance_moves_the_year_with_a_note_to_go_back() {
    let mut harness = app_harness();
    assert_eq!(harness.state().state().year, 2024);
    let label = "UN GA resolution 62/243 (2008)";
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run_steps(3);
    let state = harness.state().state();
    assert_eq!(state.stance, Some(stance("unga-62-243")));
    assert_eq!(state.year, 2008, "the year moved to the vote's");
    assert!(state.layers.stances);
    harness.get_by_label("Year moved to 2008 for 62/243 —");
    harness.get_by_label("Back to 2024").click();
    harness.run_steps(3);
    let state = harness.state().state();
    assert_eq!(state.year, 2024, "back to the year before");
    assert_eq!(state.stance, Some(stance("unga-62-243")), "stance kept");
    assert!(
        harness.query_by_label("Back to 2024").is_none(),
        "the note is gone once used"
    );
}

// ---- 6. Recorded and drawn lengths ----

#[test]
fn btc_shows_its_recorded_length_and_the_drawn_routes_apart() {
    let dataset = heartland::data::load_bundled().dataset;
    let btc = CorridorId::try_from("btc").unwrap();
    let mut state = State {
        ticked_corridors: Some([btc.clone()].into_iter().collect()),
        ..State::default()
    };
    state.layers.corridors = true;
    let shown = Shown::compute(&dataset, &state);
    let c = shown.corridors.iter().find(|c| c.id == btc).unwrap();
    assert_eq!(c.recorded_km, Some(1768.0));
    assert_eq!(
        c.recorded_source
            .as_ref()
            .map(heartland::model::SourceId::as_str),
        Some("btc-record")
    );
    assert!(
        (1_380.0..1_430.0).contains(&c.length_km),
        "the drawn route is about 1,407 km: {}",
        c.length_km
    );
    let tip = heartland::layers::corridors::hover_text(c, &dataset, state.year);
    assert!(
        tip.contains("Length: 1,768 km (btc-record)"),
        "recorded length with its source: {tip}"
    );
    assert!(
        tip.contains(&format!(
            "drawn route, approx. {} km",
            heartland::shown::km_text(c.length_km)
        )),
        "the drawn length labelled as such: {tip}"
    );
    let export = heartland::export::Export::of(&dataset, &shown);
    let row = &export.corridors[0];
    assert_eq!(row.recorded_length_km, Some(1768.0));
    assert_eq!(row.recorded_length_source, "btc-record");
    assert!((row.drawn_length_km_approx - c.length_km).abs() < 0.1);
}

#[test]
fn corridors_csv_has_the_two_lengths() {
    let (_, dir) = export_view(
        r#"{ "layers": { "corridors": true }, "corridors": ["btc"] }"#,
        &[],
    );
    let text = std::fs::read_to_string(dir.path().join("out").join("corridors.csv")).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(
        header.contains("recorded_length_km,recorded_length_source,drawn_length_km_approx"),
        "{header}"
    );
    let row = lines.next().unwrap();
    assert!(row.contains(",1768.0,btc-record,1"), "{row}");
}

// ---- 15. Words ----

#[test]
fn statuses_read_in_the_organizations_own_words() {
    let dataset = heartland::data::load_bundled().dataset;
    let pfp = &dataset.organizations[&org("pfp")];
    let sco = &dataset.organizations[&org("sco")];
    let word = |o, s| heartland::shown::status_word(&dataset, o, s);
    assert_eq!(
        pfp.members_in(2024).get(&code("KAZ")),
        Some(&MembershipStatus::Partner)
    );
    assert_eq!(word(pfp, MembershipStatus::Partner), "partner");
    assert_eq!(word(sco, MembershipStatus::Partner), "dialogue partner");
    assert_eq!(word(sco, MembershipStatus::Observer), "observer");
    assert_eq!(word(pfp, MembershipStatus::Member), "member");
}

#[test]
fn the_inspector_does_not_call_a_pfp_partner_a_dialogue_partner() {
    let mut harness = app_harness();
    apply(
        &mut harness,
        Command::Select(heartland::state::Selection::country(code("KAZ"))),
    );
    harness.get_by_label("PfP: partner (not counted: members only)");
    assert!(
        harness.query_by_label_contains("PfP: dialogue").is_none(),
        "no PfP line says dialogue partner"
    );
}

#[test]
fn stances_are_listed_by_date_without_repeating_the_date() {
    let dataset = heartland::data::load_bundled().dataset;
    let list = heartland::shown::stances_by_date(&dataset);
    assert_eq!(list.len(), dataset.stances.len());
    for pair in list.windows(2) {
        assert!(
            pair[0].1.date.first_day() <= pair[1].1.date.first_day(),
            "{} before {}",
            pair[0].0,
            pair[1].0
        );
    }
    assert_eq!(
        list.first().map(|(id, _)| id.as_str()),
        Some("kosovo-independence"),
        "17 February 2008 comes before 14 March 2008 (62/243)"
    );
    let kosovo = &dataset.stances[&stance("kosovo-independence")];
    let title = heartland::shown::stance_title(kosovo);
    let short = heartland::shown::stance_short(kosovo);
    for text in [&title, &short] {
        assert_eq!(text.matches("2008").count(), 1, "the year once: {text}");
    }
    let vote = &dataset.stances[&stance("unga-62-243")];
    assert_eq!(
        heartland::shown::stance_short(vote),
        "UN GA resolution 62/243 (2008)"
    );
    assert!(heartland::shown::stance_title(vote).ends_with("(2008-03-14)"));
}

#[test]
fn the_stance_list_in_the_panel_is_in_date_order() {
    let harness = app_harness();
    let dataset = heartland::data::load_bundled().dataset;
    let labels: Vec<String> = heartland::shown::stances_by_date(&dataset)
        .into_iter()
        .map(|(_, s)| heartland::shown::stance_short(s))
        .collect();
    let tops: Vec<f32> = labels
        .iter()
        .map(|l| harness.get_by_label(l).rect().top())
        .collect();
    assert!(
        tops.windows(2).all(|w| w[0] < w[1]),
        "radio buttons top to bottom in date order: {labels:?} at {tops:?}"
    );
}

// ---- 18. An export of an empty view says so ----

#[test]
fn exporting_a_view_with_nothing_on_says_how_to_choose_a_layer() {
    let (output, dir) = export_view("{}", &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the view shows no layer"),
        "stderr says the view shows nothing: {stderr}"
    );
    assert!(stderr.contains("--view"), "and how to choose: {stderr}");
    assert!(
        stderr.contains("\"layers\"") && stderr.contains("\"organizations\""),
        "naming the keys: {stderr}"
    );
    assert!(
        dir.path().join("out").join("relations.csv").exists(),
        "the files are still written"
    );
    let (output, _dir) = export_view(
        r#"{ "layers": { "corridors": true }, "corridors": ["btc"] }"#,
        &[],
    );
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("shows no layer"),
        "no note when something is exported"
    );
}
