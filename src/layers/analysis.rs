//! Network analysis on the map (C8, C9): derived relations as dashed arcs,
//! capital markers sized by a metric, and the community colours of the
//! country fills.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::{Color32, Painter, Pos2, Shape, Stroke};

use crate::analysis::{Metric, Metrics};
use crate::geometry::{LonLat, Projection, WorldXY, curved_arc};
use crate::model::{CountryCode, Dataset};
use crate::shown::ShownDerived;
use crate::state::DerivedKind;
use crate::style::{community_color, derived_color};
use crate::transform::MapTransform;

/// Radius of the largest metric marker, points.
pub const MAX_MARKER_RADIUS: f32 = 22.0;
/// Radius of a marker whose value is 0 (still visible), points.
pub const MIN_MARKER_RADIUS: f32 = 3.0;
/// Points per derived arc.
const SEGMENTS: usize = 20;
/// Opacity of derived arcs outside the focus country's.
const DIMMED_ALPHA: f32 = 0.18;

/// A capital marker sized by a metric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    /// The state.
    pub state: CountryCode,
    /// Its value of the metric.
    pub value: f64,
    /// The radius drawn, points.
    pub radius: f32,
    /// Where it was drawn.
    pub center: Pos2,
}

/// The radius for `value` when the largest value is `max`: the marker's
/// area grows with the value, from [`MIN_MARKER_RADIUS`] for 0 to
/// [`MAX_MARKER_RADIUS`] for the maximum (negative values count as 0).
pub fn marker_radius(value: f64, max: f64) -> f32 {
    let share = if max > 0.0 && value.is_finite() {
        (value.max(0.0) / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let span = MAX_MARKER_RADIUS.powi(2) - MIN_MARKER_RADIUS.powi(2);
    (MIN_MARKER_RADIUS.powi(2) + span * share as f32).sqrt()
}

/// A capital's position on the plane, if it has one on this projection.
fn capital_xy(dataset: &Dataset, projection: &Projection, code: CountryCode) -> Option<WorldXY> {
    let p = dataset.capital_of(code)?;
    projection.project(LonLat {
        lon: p.lon,
        lat: p.lat,
    })
}

/// Paint a marker at each capital sized by `metric`, largest first so small
/// ones stay on top; returns what was drawn (for tests and the legend).
pub fn paint_markers(
    painter: &Painter,
    transform: &MapTransform,
    projection: &Projection,
    dataset: &Dataset,
    metrics: &Metrics,
    metric: Metric,
    (fill, outline): (Color32, Color32),
) -> Vec<Marker> {
    let max = metrics
        .states
        .iter()
        .filter_map(|s| s.value(metric))
        .fold(0.0_f64, f64::max);
    let mut markers: Vec<Marker> = metrics
        .states
        .iter()
        .filter_map(|s| {
            let value = s.value(metric)?;
            let xy = capital_xy(dataset, projection, s.state)?;
            Some(Marker {
                state: s.state,
                value,
                radius: marker_radius(value, max),
                center: transform.screen_from_world(xy),
            })
        })
        .collect();
    markers.sort_by(|x, y| y.radius.total_cmp(&x.radius).then(x.state.cmp(&y.state)));
    let clip = transform.rect.expand(MAX_MARKER_RADIUS);
    for m in &markers {
        if clip.contains(m.center) {
            painter.circle(m.center, m.radius, fill, Stroke::new(1.5, outline));
        }
    }
    markers
}

/// One derived relation as drawn: its line on the plane of the projection,
/// from a's capital to b's (a quadratic arc, or its bundled line).
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedArc {
    /// Index in [`crate::shown::Shown::derived`].
    pub shown: usize,
    /// The line, plane km.
    pub points: Arc<Vec<WorldXY>>,
    /// The line is bundled ([`super::bundles`]), not a quadratic curve.
    pub bundled: bool,
}

/// The derived relations that can be drawn (both capitals on the
/// projection), in [`crate::shown::Shown::derived`] order, as arcs bending
/// the other way from the judged arcs.
pub fn derived_arcs(
    dataset: &Dataset,
    projection: &Projection,
    derived: &[ShownDerived],
) -> Vec<DerivedArc> {
    let mut out = Vec::with_capacity(derived.len());
    for (i, d) in derived.iter().enumerate() {
        let (Some(pa), Some(pb)) = (
            capital_xy(dataset, projection, d.a),
            capital_xy(dataset, projection, d.b),
        ) else {
            continue;
        };
        let bend = match d.kind {
            DerivedKind::SharedMemberships => -0.12,
            DerivedKind::UnVoteAgreement => -0.22,
        };
        out.push(DerivedArc {
            shown: i,
            points: Arc::new(curved_arc(pa, pb, bend, SEGMENTS)),
            bundled: false,
        });
    }
    out
}

/// The drawn width of a derived relation of `value`, points.
fn derived_width(value: f64) -> f32 {
    1.0 + 4.0 * value.clamp(0.0, 1.0) as f32
}

/// The shapes of the derived relations: dashed lines, width by value,
/// coloured by kind (the map tessellates them once per content and
/// camera).
pub fn derived_shapes(
    out: &mut Vec<Shape>,
    transform: &MapTransform,
    arcs: &[DerivedArc],
    derived: &[ShownDerived],
) {
    let clip = transform.rect.expand(50.0);
    for arc in arcs {
        let Some(d) = derived.get(arc.shown) else {
            continue;
        };
        let screen: Vec<Pos2> = arc
            .points
            .iter()
            .map(|p| transform.screen_from_world(*p))
            .collect();
        let points = if arc.bundled {
            super::relations::thinned(&screen)
        } else {
            screen
        };
        if !points.iter().any(|p| clip.contains(*p)) {
            continue;
        }
        let mut color = derived_color(d.kind);
        if d.dimmed {
            color = color.gamma_multiply(DIMMED_ALPHA);
        }
        // Dashes of 8 points with gaps of 4, offset per arc so crossing
        // arcs do not line up their gaps.
        let offset = (arc.shown % 3) as f32 * 4.0;
        out.extend(Shape::dashed_line_with_offset(
            &points,
            Stroke::new(derived_width(d.value), color),
            &[8.0],
            &[4.0],
            offset,
        ));
    }
}

/// Every bundled derived line under the pointer (indices into
/// [`crate::shown::Shown::derived`], not dimmed, each within its own
/// tolerance), the strongest first: the derived relations of a bundle.
pub fn hit_bundled(
    arcs: &[DerivedArc],
    derived: &[ShownDerived],
    transform: &MapTransform,
    pointer: Pos2,
) -> Vec<usize> {
    let mut hits: Vec<&ShownDerived> = Vec::new();
    let mut indices: Vec<usize> = Vec::new();
    for arc in arcs.iter().filter(|a| a.bundled) {
        let Some(d) = derived.get(arc.shown) else {
            continue;
        };
        if d.dimmed {
            continue;
        }
        let tolerance = derived_width(d.value) / 2.0 + 4.0;
        if super::nearest_line([(0, tolerance, arc.points.as_slice())], transform, pointer)
            .is_some()
        {
            hits.push(d);
            indices.push(arc.shown);
        }
    }
    let mut order: Vec<usize> = (0..indices.len()).collect();
    order.sort_by(|&i, &j| {
        hits[j]
            .value
            .total_cmp(&hits[i].value)
            .then(indices[i].cmp(&indices[j]))
    });
    order.into_iter().map(|i| indices[i]).collect()
}

/// The tooltip of a bundle of derived relations: how many run under the
/// pointer and the strongest of them (`derived` strongest first).
pub fn bundle_hover_text(derived: &[&ShownDerived], dataset: &Dataset) -> String {
    let listed = super::relations::BUNDLE_LISTED;
    let mut lines = vec![crate::i18n::trn(
        "bundle-hover-derived-count",
        "{ $count } derived relation in this bundle",
        "{ $count } derived relations in this bundle",
        derived.len(),
        &[],
    )];
    for d in derived.iter().take(listed) {
        lines.push(derived_line(d, dataset));
    }
    lines.extend(super::relations::more_line(derived.len()));
    lines.join("\n")
}

/// One derived relation of a bundle: "A – B · kind · 0.42".
pub fn derived_line(d: &ShownDerived, dataset: &Dataset) -> String {
    format!(
        "{} – {} · {} · {}",
        dataset.country_name(d.a),
        dataset.country_name(d.b),
        d.kind.label(),
        crate::i18n::number(d.value, 2)
    )
}

/// The community of each country in a bloc of two or more states that has
/// a colour (the largest blocs first); states in no bloc are absent and keep
/// their fill.
pub fn community_fills(metrics: &Metrics) -> BTreeMap<CountryCode, usize> {
    let mut fills = BTreeMap::new();
    for (i, members) in metrics.communities.iter().enumerate() {
        if members.len() < 2 || community_color(i).is_none() {
            continue;
        }
        for code in members {
            fills.insert(*code, i);
        }
    }
    fills
}

/// How many blocs (of two or more states) are coloured and how many are not
/// (more blocs than colours).
pub fn blocs(metrics: &Metrics) -> (usize, usize) {
    let blocs = metrics.communities.iter().filter(|c| c.len() >= 2).count();
    let coloured = (0..metrics.communities.len())
        .filter(|i| metrics.communities[*i].len() >= 2 && community_color(*i).is_some())
        .count();
    (coloured, blocs - coloured)
}
