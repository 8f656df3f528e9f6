//! Flows between groups of states (#25 point 1): zoomed out with
//! `relations.aggregate = "groups"`, one arc per sign between two groups'
//! centroids ([`crate::shown::groups::ShownFlows`]), its width the summed
//! strength, its colour the mean score of that sign (as the relations'
//! colours); a disc at each group, sized by the relations it holds, with
//! its name. Clicking a group opens it into its states; zooming in past
//! [`crate::state::GROUPS_OPEN_AT_ZOOM`] opens them all.

use egui::{Color32, FontId, Painter, Pos2, Rect, Shape, Stroke};

use crate::geometry::{LonLat, Projection, WorldXY, curved_arc};
use crate::i18n::{trf, trn};
use crate::model::Dataset;
use crate::shown::groups::ShownFlows;
use crate::style::score_color;
use crate::transform::MapTransform;

/// Points per flow arc.
const FLOW_SEGMENTS: usize = 24;

/// One sign of one flow, as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowArc {
    /// Index in [`ShownFlows::flows`].
    pub flow: usize,
    /// The positive relations (else the negative ones).
    pub positive: bool,
    /// Summed score of that sign (negative for the negative ones).
    pub sum: f64,
    /// How many relations.
    pub count: usize,
    /// The curve, plane km, between the two nodes.
    pub points: Vec<WorldXY>,
}

/// A group (or a state drawn as itself) at its centroid.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeDot {
    /// Index in [`ShownFlows::nodes`].
    pub node: usize,
    /// Where, on the plane.
    pub at: WorldXY,
    /// Radius in points.
    pub radius: f32,
    /// A group that clicking opens (not a state).
    pub group: bool,
}

/// The width of a flow whose scores of one sign sum to `sum`: as a single
/// relation's for a sum up to 1, then growing with the square root, so ten
/// relations are wider than one without hiding the map.
pub fn flow_width(sum: f64) -> f32 {
    let m = if sum.is_finite() { sum.abs() } else { 0.0 };
    let w = if m <= 1.0 {
        1.5 + 5.0 * m
    } else {
        6.5 + 4.0 * (m.sqrt() - 1.0)
    };
    (w as f32).min(20.0)
}

/// The colour of a flow: the mean score of its sign.
pub fn flow_color(sum: f64, count: usize) -> Color32 {
    if count == 0 {
        return score_color(0.0);
    }
    score_color(sum / count as f64)
}

/// The arcs and discs of `flows` on `projection`: positive and negative
/// bend to either side of the line between two nodes, so they never lie
/// on each other.
pub fn drawn(flows: &ShownFlows, projection: &Projection) -> (Vec<FlowArc>, Vec<NodeDot>) {
    let at = |p: Option<LonLat>| p.and_then(|p| projection.project(p));
    let mut arcs = Vec::new();
    for (i, f) in flows.flows.iter().enumerate() {
        let (Some(a), Some(b)) = (
            flows.nodes.get(f.a).and_then(|n| at(n.at)),
            flows.nodes.get(f.b).and_then(|n| at(n.at)),
        ) else {
            continue;
        };
        for (positive, sum, count) in [
            (true, f.flow.positive, f.flow.positive_count),
            (false, f.flow.negative, f.flow.negative_count),
        ] {
            if count == 0 {
                continue;
            }
            let bend = if positive { 0.12 } else { -0.12 };
            arcs.push(FlowArc {
                flow: i,
                positive,
                sum,
                count,
                points: curved_arc(a, b, bend, FLOW_SEGMENTS),
            });
        }
    }
    let mut touching = vec![0usize; flows.nodes.len()];
    for f in &flows.flows {
        for n in [f.a, f.b] {
            if let Some(t) = touching.get_mut(n) {
                *t += f.flow.count();
            }
        }
    }
    let dots = flows
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let relations = touching.get(i).copied().unwrap_or(0) + n.inside;
            Some(NodeDot {
                node: i,
                at: at(n.at)?,
                radius: 4.0 + 1.6 * (relations as f32).sqrt().min(10.0),
                group: n.group.is_some(),
            })
        })
        .collect();
    (arcs, dots)
}

/// The shapes of the flow arcs, weakest first so strong flows are on top.
pub fn shapes(
    out: &mut Vec<Shape>,
    arcs: &[FlowArc],
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    let mut order: Vec<usize> = (0..arcs.len()).collect();
    order.sort_by(|&i, &j| {
        arcs[i]
            .sum
            .abs()
            .total_cmp(&arcs[j].sum.abs())
            .then(i.cmp(&j))
    });
    for i in order {
        let arc = &arcs[i];
        let points: Vec<Pos2> = arc
            .points
            .iter()
            .map(|p| transform.screen_from_world(*p))
            .collect();
        let mut width = flow_width(arc.sum);
        if hovered == Some(i) {
            width += 2.0;
            out.push(Shape::line(
                points.clone(),
                Stroke::new(width + 2.0, Color32::from_black_alpha(140)),
            ));
        }
        let color = flow_color(arc.sum, arc.count).gamma_multiply(0.85);
        out.push(Shape::line(points, Stroke::new(width, color)));
    }
}

/// Paint the discs and names of the nodes (a few dozen at most). Returns
/// the names' rectangles, which the labels keep clear of.
pub fn paint_nodes(
    painter: &Painter,
    dots: &[NodeDot],
    flows: &ShownFlows,
    dataset: &Dataset,
    transform: &MapTransform,
    (text, halo): (Color32, Color32),
) -> Vec<Rect> {
    let mut rects = Vec::new();
    for dot in dots {
        let center = transform.screen_from_world(dot.at);
        if !transform.rect.expand(dot.radius).contains(center) {
            continue;
        }
        let fill = if dot.group {
            text.gamma_multiply(0.55)
        } else {
            text.gamma_multiply(0.3)
        };
        painter.circle(center, dot.radius, fill, Stroke::new(1.5, halo));
        let Some(node) = flows.nodes.get(dot.node) else {
            continue;
        };
        let name = node.name(dataset);
        let galley = painter.layout_no_wrap(name, FontId::proportional(13.0), text);
        let pos = center + egui::vec2(-galley.size().x / 2.0, dot.radius + 2.0);
        let rect = Rect::from_min_size(pos, galley.size());
        painter.rect_filled(rect.expand(1.5), 3.0, halo.gamma_multiply(0.8));
        painter.galley(pos, galley, text);
        rects.push(rect);
    }
    rects
}

/// The node whose disc is under the pointer (an index into `dots`).
pub fn hit_node(dots: &[NodeDot], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    dots.iter()
        .enumerate()
        .filter(|(_, d)| transform.screen_from_world(d.at).distance(pointer) <= d.radius + 3.0)
        .min_by(|(_, x), (_, y)| {
            let dx = transform.screen_from_world(x.at).distance(pointer);
            let dy = transform.screen_from_world(y.at).distance(pointer);
            dx.total_cmp(&dy)
        })
        .map(|(i, _)| i)
}

/// The flow arc under the pointer (an index into `arcs`).
pub fn hit_flow(arcs: &[FlowArc], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    let lines = arcs
        .iter()
        .enumerate()
        .map(|(i, a)| (i, flow_width(a.sum) / 2.0 + 4.0, a.points.as_slice()));
    super::nearest_line(lines, transform, pointer)
}

/// The legend's rows for the flows: what the lines mean now, how many
/// relations they sum, and how to open a group.
pub fn legend_rows(shown: &crate::shown::Shown) -> Vec<super::legend::Row> {
    use super::legend::Row;
    let Some(flows) = &shown.flows else {
        return Vec::new();
    };
    let mut rows = vec![Row::Title(
        crate::i18n::tr(
            "groups-legend-title",
            "Flows between groups (width = summed strength)",
        )
        .into_owned(),
    )];
    for (score, label) in [
        (
            0.6,
            crate::i18n::tr("groups-legend-positive", "positive relations, summed"),
        ),
        (
            -0.6,
            crate::i18n::tr("groups-legend-negative", "negative relations, summed"),
        ),
    ] {
        rows.push(Row::Line(
            score_color(score),
            flow_width(2.0 * score),
            None,
            label.into_owned(),
        ));
    }
    rows.push(Row::Text(trn(
        "groups-legend-summed",
        "{ $count } relation summed into flows",
        "{ $count } relations summed into flows",
        flows.relations,
        &[],
    )));
    rows.push(Row::Text(
        crate::i18n::tr(
            "groups-legend-open",
            "Zoom in or click a group to see its states",
        )
        .into_owned(),
    ));
    rows
}

/// The tooltip of a node.
pub fn node_text(flows: &ShownFlows, node: usize, dataset: &Dataset) -> String {
    let Some(n) = flows.nodes.get(node) else {
        return String::new();
    };
    let name = n.name(dataset);
    if n.group.is_none() {
        return name;
    }
    let members: Vec<String> = n.members.iter().map(|c| dataset.country_name(*c)).collect();
    let inside = trn(
        "groups-node-inside",
        "{ $count } relation between its states",
        "{ $count } relations between its states",
        n.inside,
        &[],
    );
    let click = trf(
        "groups-node-click",
        "Click to open { $name } into its states",
        &[("name", &name)],
    );
    format!("{name}: {}\n{inside}\n{click}", members.join(", "))
}

/// The tooltip of a flow arc.
pub fn flow_text(flows: &ShownFlows, arc: &FlowArc, dataset: &Dataset) -> String {
    let Some(f) = flows.flows.get(arc.flow) else {
        return String::new();
    };
    let name = |i: usize| {
        flows
            .nodes
            .get(i)
            .map_or_else(String::new, |n| n.name(dataset))
    };
    let pair = format!("{} – {}", name(f.a), name(f.b));
    let sum = format!("{:+.2}", arc.sum);
    let what = if arc.positive {
        trn(
            "groups-flow-positive",
            "{ $count } positive relation, summed { $sum }",
            "{ $count } positive relations, summed { $sum }",
            arc.count,
            &[("sum", &sum)],
        )
    } else {
        trn(
            "groups-flow-negative",
            "{ $count } negative relation, summed { $sum }",
            "{ $count } negative relations, summed { $sum }",
            arc.count,
            &[("sum", &sum)],
        )
    };
    format!("{pair}\n{what}")
}
