//! Relations (C3): curved arcs between capitals, coloured and sized by the
//! score in the chosen year, filtered by dimension, strength and focus.
//!
//! Arc geometry is computed in plane kilometres once per (data, year, filter,
//! projection) and only transformed per frame.

use egui::{Color32, Pos2, Shape, Stroke};

use crate::geometry::{LonLat, Projection, WorldXY, curved_arc};
use crate::map::MapTransform;
use crate::model::{CountryCode, Dataset, Dimension, Score};
use crate::state::RelationFilter;

use super::style::{score_color, score_width};

/// Points per arc.
const ARC_SEGMENTS: usize = 24;
/// Opacity of relations outside the focus country's.
const DIMMED_ALPHA: f32 = 0.18;

/// One relation as drawn in a year.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationArc {
    /// First state (as in the data).
    pub a: CountryCode,
    /// Second state.
    pub b: CountryCode,
    /// Dimension.
    pub dimension: Dimension,
    /// Score in the year.
    pub score: Score,
    /// Drawn with an arrowhead (a → b).
    pub directed: bool,
    /// Outside the focus country's relations: drawn faintly.
    pub dimmed: bool,
    /// The curve, plane km, from a's capital to b's.
    pub points: Vec<WorldXY>,
}

/// The arcs of a year after the filters, in a deterministic order (the
/// data's order: by pair, then dimension). Relations with no period in the
/// year, or whose capitals are unknown or off the projection, are left out.
pub fn arcs(
    dataset: &Dataset,
    year: i32,
    filter: &RelationFilter,
    projection: &Projection,
) -> Vec<RelationArc> {
    let capital = |c: CountryCode| {
        let p = dataset.capital_of(c)?;
        projection.project(LonLat {
            lon: p.lon,
            lat: p.lat,
        })
    };
    // Index of each relation among those of the same unordered pair, so that
    // parallel arcs bend apart.
    let mut out = Vec::new();
    let mut previous_pair: Option<(CountryCode, CountryCode)> = None;
    let mut k = 0usize;
    for relation in &dataset.relations {
        if !filter.dimensions.contains(&relation.dimension) {
            continue;
        }
        let Some(score) = relation.score_at(year) else {
            continue;
        };
        if score.magnitude() < filter.min_strength {
            continue;
        }
        let pair = if relation.a <= relation.b {
            (relation.a, relation.b)
        } else {
            (relation.b, relation.a)
        };
        k = if previous_pair == Some(pair) {
            k + 1
        } else {
            0
        };
        previous_pair = Some(pair);
        let (Some(pa), Some(pb)) = (capital(relation.a), capital(relation.b)) else {
            continue;
        };
        // Bend to the left of the pair's canonical direction, further for
        // each further dimension of the same pair.
        let mut bend = 0.10 + 0.09 * k as f64;
        if relation.a != pair.0 {
            bend = -bend;
        }
        let dimmed = filter
            .focus
            .is_some_and(|f| relation.a != f && relation.b != f);
        out.push(RelationArc {
            a: relation.a,
            b: relation.b,
            dimension: relation.dimension,
            score,
            directed: relation.directed,
            dimmed,
            points: curved_arc(pa, pb, bend, ARC_SEGMENTS),
        });
    }
    out
}

/// The screen points of an arc.
pub fn screen_points(arc: &RelationArc, transform: &MapTransform) -> Vec<Pos2> {
    arc.points
        .iter()
        .map(|p| transform.screen_from_world(*p))
        .collect()
}

/// The shapes of the arcs: dimmed first, then by strength, so strong arcs
/// are on top. Arcs wholly outside `clip` are skipped.
pub fn shapes(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    arcs: &[RelationArc],
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    let clip = clip.expand(50.0);
    let mut order: Vec<usize> = (0..arcs.len()).collect();
    order.sort_by(|&i, &j| {
        let (x, y) = (&arcs[i], &arcs[j]);
        (!x.dimmed)
            .cmp(&!y.dimmed)
            .then(x.score.magnitude().total_cmp(&y.score.magnitude()))
            .then(i.cmp(&j))
    });
    for i in order {
        let arc = &arcs[i];
        let points = flattened(&screen_points(arc, transform));
        let bounds = egui::Rect::from_points(&points);
        if !bounds.intersects(clip) {
            continue;
        }
        let value = arc.score.value();
        let mut color = score_color(value);
        if arc.dimmed {
            color = color.gamma_multiply(DIMMED_ALPHA);
        }
        let mut width = score_width(value);
        if hovered == Some(i) {
            width += 2.0;
            // A dark casing makes the hovered arc stand out on any fill.
            out.push(Shape::line(
                points.clone(),
                Stroke::new(width + 2.0, Color32::from_black_alpha(140)),
            ));
        }
        if arc.directed
            && let Some(head) = arrowhead(&points, width)
        {
            out.push(Shape::convex_polygon(head.to_vec(), color, Stroke::NONE));
        }
        out.push(Shape::line(points, Stroke::new(width, color)));
    }
}

/// Largest distance, in points, between a drawn arc and the true curve.
const FLATTEN_TOLERANCE: f32 = 0.5;

/// An arc's screen points thinned to what its size needs: a quadratic curve
/// cut into `n` chords strays from itself by at most (its bulge) / n², so a
/// short or flat arc needs a few points and a long curved one all of them.
pub fn flattened(points: &[Pos2]) -> Vec<Pos2> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let segments = points.len() - 1;
    if segments < 2 {
        return points.to_vec();
    }
    let mid = points[segments / 2];
    let bulge = mid.distance(first.lerp(*last, 0.5));
    let needed = (bulge / FLATTEN_TOLERANCE).sqrt().ceil();
    let n = if needed.is_finite() {
        (needed as usize).clamp(2, segments)
    } else {
        segments
    };
    // Keep the middle point (the arrowhead sits near it) by using an even n.
    let n = (n + n % 2).min(segments);
    (0..=n)
        .map(|k| points[(k * segments + n / 2) / n])
        .collect()
}

/// A triangle at 60 % along the arc, pointing from a to b.
fn arrowhead(points: &[Pos2], width: f32) -> Option<[Pos2; 3]> {
    if points.len() < 3 {
        return None;
    }
    let i = (points.len() * 3) / 5;
    let tip = *points.get(i)?;
    let back = *points.get(i.saturating_sub(1))?;
    let dir = (tip - back).normalized();
    if !dir.x.is_finite() || dir == egui::Vec2::ZERO {
        return None;
    }
    let size = 6.0 + width * 1.5;
    let normal = egui::vec2(-dir.y, dir.x);
    let base = tip - dir * size;
    Some([
        tip + dir * 2.0,
        base + normal * size * 0.6,
        base - normal * size * 0.6,
    ])
}

/// The arc under the pointer: the nearest within a few points of its line.
pub fn hit_test(arcs: &[RelationArc], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, arc) in arcs.iter().enumerate() {
        if arc.dimmed {
            continue;
        }
        let tolerance = score_width(arc.score.value()) / 2.0 + 4.0;
        let points = screen_points(arc, transform);
        let d = distance_to_polyline(&points, pointer);
        if d <= tolerance && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

/// Shortest distance from `p` to a polyline (infinite for an empty one).
pub fn distance_to_polyline(points: &[Pos2], p: Pos2) -> f32 {
    match points {
        [] => f32::INFINITY,
        [only] => only.distance(p),
        _ => points
            .windows(2)
            .map(|w| distance_to_segment(w[0], w[1], p))
            .fold(f32::INFINITY, f32::min),
    }
}

fn distance_to_segment(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    let ab = b - a;
    let len2 = ab.length_sq();
    if len2 <= f32::EPSILON {
        return a.distance(p);
    }
    let t = ((p - a).dot(ab) / len2).clamp(0.0, 1.0);
    (a + ab * t).distance(p)
}

/// The tooltip of an arc.
pub fn hover_text(arc: &RelationArc, dataset: &Dataset, year: i32) -> String {
    let value = arc.score.value();
    let arrow = if arc.directed { "→" } else { "–" };
    format!(
        "{} {arrow} {}\n{} relation in {year}: {} ({value:+.2})",
        dataset.country_name(arc.a),
        dataset.country_name(arc.b),
        arc.dimension.label(),
        arc.score.band().label(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn distances_to_lines() {
        let line = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)];
        assert!((distance_to_polyline(&line, pos2(5.0, 3.0)) - 3.0).abs() < 1e-5);
        assert!((distance_to_polyline(&line, pos2(12.0, 5.0)) - 2.0).abs() < 1e-5);
        assert!((distance_to_polyline(&line, pos2(-3.0, -4.0)) - 5.0).abs() < 1e-5);
        assert!(distance_to_polyline(&[], pos2(0.0, 0.0)).is_infinite());
    }

    #[test]
    fn arrowheads_point_along_the_arc() {
        let line: Vec<Pos2> = (0..=10).map(|i| pos2(i as f32 * 10.0, 0.0)).collect();
        let head = arrowhead(&line, 2.0).expect("a head");
        assert!(head[0].x > head[1].x && head[0].x > head[2].x, "{head:?}");
        assert!(arrowhead(&line[..2], 2.0).is_none());
    }
}
