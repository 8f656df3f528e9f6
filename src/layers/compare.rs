//! The difference map of a comparison (View ▸ Compare, difference mode):
//! relation arcs coloured by what changed (new, ended dashed, stronger,
//! weaker), states filled by what changed (joined, left, position
//! changed), and the legend's rows with a count per kind. Colours from the
//! Okabe–Ito set, which colour-blind readers tell apart.

use std::collections::BTreeMap;

use egui::{Color32, Shape, Stroke};

use crate::i18n::{tr, trf};
use crate::model::{CountryCode, Dataset};
use crate::palette::Palette;
use crate::shown::Shown;
use crate::shown::compare::{ChangeKind, Difference};
use crate::transform::MapTransform;

use super::legend::Row;
use super::relations::{RelationArc, flattened, screen_points};

/// The colour of a kind of change.
pub fn kind_color(kind: ChangeKind) -> Color32 {
    match kind {
        ChangeKind::RelationNew | ChangeKind::MembershipJoined => {
            Color32::from_rgb(0x00, 0x9E, 0x73)
        }
        ChangeKind::RelationEnded | ChangeKind::MembershipLeft => {
            Color32::from_rgb(0xD5, 0x5E, 0x00)
        }
        ChangeKind::RelationStronger => Color32::from_rgb(0x00, 0x72, 0xB2),
        ChangeKind::RelationWeaker => Color32::from_rgb(0xE6, 0x9F, 0x00),
        ChangeKind::StanceChanged => Color32::from_rgb(0xCC, 0x79, 0xA7),
    }
}

/// Ended relations are dashed (they are not there in B).
pub fn kind_dash(kind: ChangeKind) -> Option<(f32, f32)> {
    (kind == ChangeKind::RelationEnded).then_some((6.0, 4.0))
}

/// The width of a changed arc: wider the more |score| changed (new and
/// ended ones by their score).
fn width(shown_score: f64, change: Option<f64>) -> f32 {
    let amount = change.map_or(shown_score.abs(), f64::abs) as f32;
    1.5 + 4.0 * amount.clamp(0.0, 1.0)
}

/// The kind of each of `shown`'s relations (in difference mode), by its
/// index in [`Shown::relations`].
pub fn arc_kinds(shown: &Shown) -> Vec<Option<(ChangeKind, Option<f64>)>> {
    let Some(diff) = &shown.difference else {
        return vec![None; shown.relations.len()];
    };
    let by_relation: BTreeMap<usize, (ChangeKind, Option<f64>)> = diff
        .rows
        .iter()
        .filter_map(|r| Some((r.relation?, (r.kind, r.strength_change()))))
        .collect();
    shown
        .relations
        .iter()
        .map(|r| by_relation.get(&r.relation).copied())
        .collect()
}

/// The difference the map shows (difference mode), if any: the arcs and
/// fills are then by kind.
pub fn on_map(shown: &Shown) -> Option<&Difference> {
    shown.difference.as_ref().filter(|d| d.on_map)
}

/// The arcs of a difference map, coloured by kind; `kinds` from
/// [`arc_kinds`].
pub fn arc_shapes(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    arcs: &[RelationArc],
    transform: &MapTransform,
    hovered: Option<usize>,
    kinds: &[Option<(ChangeKind, Option<f64>)>],
) {
    let clip = clip.expand(50.0);
    for (i, arc) in arcs.iter().enumerate() {
        let Some((kind, change)) = kinds.get(arc.shown).copied().flatten() else {
            continue;
        };
        let points = flattened(&screen_points(arc, transform));
        if !egui::Rect::from_points(&points).intersects(clip) {
            continue;
        }
        let color = kind_color(kind);
        let mut w = width(arc.score.value(), change);
        if hovered == Some(i) {
            w += 2.0;
            out.push(Shape::line(
                points.clone(),
                Stroke::new(w + 2.0, Color32::from_black_alpha(140)),
            ));
        }
        match kind_dash(kind) {
            Some((dash, gap)) => {
                out.extend(Shape::dashed_line(
                    &points,
                    Stroke::new(w, color),
                    dash,
                    gap,
                ));
            }
            None => out.push(Shape::line(points, Stroke::new(w, color))),
        }
    }
}

/// The states' fills of a difference map: each state by its first change
/// in legend order, mixed into its land colour.
pub fn fills(
    diff: &Difference,
    dataset: &Dataset,
    palette: &Palette,
) -> BTreeMap<CountryCode, Color32> {
    diff.fills()
        .into_iter()
        .map(|(code, kind)| {
            let base = super::base::land_color(Some(code), dataset, palette);
            (code, super::memberships::mix(base, kind_color(kind), 0.6))
        })
        .collect()
}

/// The legend's rows of a difference map: the title, then each kind with
/// changes, with its count; a line when nothing changed.
pub fn legend_rows(diff: &Difference, dataset: &Dataset) -> Vec<Row> {
    let mut rows = vec![Row::Title(diff.title(dataset))];
    let counts = diff.counts();
    if counts.is_empty() {
        rows.push(Row::Text(
            tr("compare-legend-none", "no change in what is shown").into_owned(),
        ));
    }
    for (kind, count) in counts {
        let label = trf(
            "compare-legend-count",
            "{ $kind }: { $count }",
            &[("kind", &kind.label()), ("count", &count)],
        );
        let row = if kind.is_relation() {
            Row::Line(kind_color(kind), 3.0, kind_dash(kind), label)
        } else {
            Row::Fill(kind_color(kind), label)
        };
        rows.push(row);
    }
    rows
}

/// The relation arcs as the map draws them: by kind of change on a
/// difference map, else by score ([`super::relations::shapes`]).
pub fn arcs_or_plain(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    arcs: &[RelationArc],
    shown: &Shown,
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    arcs_or_plain_runs(out, clip, (arcs, None), shown, transform, hovered);
}

/// [`arcs_or_plain`], the plain arcs drawn by their `runs` (each shared
/// trunk of bundled lines once: [`super::relations::shapes_of_runs`]).
pub fn arcs_or_plain_runs(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    (arcs, runs): (&[RelationArc], Option<&super::relations::Runs>),
    shown: &Shown,
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    if on_map(shown).is_some() {
        arc_shapes(out, clip, arcs, transform, hovered, &arc_kinds(shown));
    } else {
        super::relations::shapes_of_runs(out, clip, (arcs, runs), transform, hovered);
    }
}
