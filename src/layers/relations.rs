//! Relations (C3): curved arcs between capitals, coloured and sized by the
//! score in the chosen year ([`crate::shown::ShownRelation`]).
//!
//! An arc's curve depends only on its two capitals, which of the pair's
//! parallel arcs it is and the projection, not on the year: curves are kept
//! in [`ArcCurves`] and reused while the year changes.

use std::collections::BTreeMap;

use egui::{Color32, Pos2, Shape, Stroke};

use crate::geometry::{LonLat, Projection, ProjectionKind, WorldXY, curved_arc};
use crate::i18n::trf;
use crate::model::{CountryCode, Dataset, Score};
use crate::shown::ShownRelation;
use crate::style::{score_color, score_width};
use crate::transform::MapTransform;

/// Points per arc.
const ARC_SEGMENTS: usize = 24;
/// Opacity of relations outside the focus country's.
const DIMMED_ALPHA: f32 = 0.18;

/// One relation as drawn: what is shown, and its curve.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationArc {
    /// Index in [`crate::shown::Shown::relations`].
    pub shown: usize,
    /// Score in the year.
    pub score: Score,
    /// Drawn with an arrowhead (a → b).
    pub directed: bool,
    /// Outside the focus country's relations: drawn faintly.
    pub dimmed: bool,
    /// The curve, plane km, from a's capital to b's.
    pub points: std::sync::Arc<Vec<WorldXY>>,
    /// The line is bundled ([`super::bundles`]), not a quadratic curve.
    pub bundled: bool,
}

/// What a curve is determined by: its ends (in the relation's direction),
/// which parallel arc it is, and the projection.
type CurveKey = (CountryCode, CountryCode, usize);

/// Arc curves by their ends and parallel index, for one projection and one
/// dataset.
#[derive(Debug, Default)]
pub struct ArcCurves {
    key: Option<(u64, ProjectionKind)>,
    curves: BTreeMap<CurveKey, Option<std::sync::Arc<Vec<WorldXY>>>>,
}

impl ArcCurves {
    /// The arcs of `shown` that can be drawn (both capitals known and on the
    /// projection), in the same order, with their curves (computed once per
    /// pair, parallel index and projection).
    pub fn arcs(
        &mut self,
        dataset: &Dataset,
        data_generation: u64,
        shown: &[ShownRelation],
        projection: &Projection,
    ) -> Vec<RelationArc> {
        let key = (data_generation, projection.kind());
        if self.key != Some(key) {
            self.curves.clear();
            self.key = Some(key);
        }
        let capital = |c: CountryCode| {
            let p = dataset.capital_of(c)?;
            projection.project(LonLat {
                lon: p.lon,
                lat: p.lat,
            })
        };
        let mut out = Vec::with_capacity(shown.len());
        for (i, relation) in shown.iter().enumerate() {
            let curve = self
                .curves
                .entry((relation.a, relation.b, relation.parallel))
                .or_insert_with(|| {
                    let (pa, pb) = (capital(relation.a)?, capital(relation.b)?);
                    // Bend to the left of the pair's canonical direction,
                    // further for each further dimension of the same pair.
                    let mut bend = 0.10 + 0.09 * relation.parallel as f64;
                    if relation.a != relation.pair().0 {
                        bend = -bend;
                    }
                    Some(std::sync::Arc::new(curved_arc(pa, pb, bend, ARC_SEGMENTS)))
                });
            if let Some(points) = curve {
                out.push(RelationArc {
                    shown: i,
                    score: relation.score,
                    directed: relation.directed,
                    dimmed: relation.dimmed,
                    points: std::sync::Arc::clone(points),
                    bundled: false,
                });
            }
        }
        out
    }
}

/// The screen points of an arc.
pub fn screen_points(arc: &RelationArc, transform: &MapTransform) -> Vec<Pos2> {
    arc.points
        .iter()
        .map(|p| transform.screen_from_world(*p))
        .collect()
}

/// The order in which arcs are drawn: dimmed first, then by strength, so
/// strong arcs are on top (ties by index).
pub fn drawing_order(arcs: &[RelationArc]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..arcs.len()).collect();
    order.sort_by(|&i, &j| {
        let (x, y) = (&arcs[i], &arcs[j]);
        (!x.dimmed)
            .cmp(&!y.dimmed)
            .then(x.score.magnitude().total_cmp(&y.score.magnitude()))
            .then(i.cmp(&j))
    });
    order
}

/// The parts of each arc that are drawn: runs of its points (ranges into
/// [`RelationArc::points`], each at least two points long), by arc.
pub type Runs = Vec<Vec<std::ops::Range<usize>>>;

/// The runs of each arc that show ([`Runs`], by index into `arcs`).
///
/// Bundled lines share their trunks exactly (the same plane points), so
/// that thousands of lines may run along one segment; drawn one by one,
/// each would paint it again under the strongest. A segment of a bundled
/// line is drawn only by the line drawn last over it ([`drawing_order`]),
/// which covers the others there (it is at least as wide: the width grows
/// with the strength), dimmed and not dimmed lines apart (a faint line
/// never covers a bright one). Unbundled arcs are drawn whole. Computed
/// once per content on the plane, so a pan or a zoom only draws the runs.
pub fn visible_runs(arcs: &[RelationArc]) -> Runs {
    let mut runs: Runs = vec![Vec::new(); arcs.len()];
    let mut seen: std::collections::HashSet<(bool, [u64; 4])> = std::collections::HashSet::new();
    let bits = |p: WorldXY| (p.x.to_bits(), p.y.to_bits());
    for &i in drawing_order(arcs).iter().rev() {
        let arc = &arcs[i];
        let points = arc.points.as_slice();
        if points.len() < 2 {
            continue;
        }
        if !arc.bundled {
            runs[i].push(0..points.len());
            continue;
        }
        let mut start: Option<usize> = None;
        for k in 0..points.len() - 1 {
            let (a, b) = (bits(points[k]), bits(points[k + 1]));
            let (p, q) = if a <= b { (a, b) } else { (b, a) };
            let fresh = seen.insert((arc.dimmed, [p.0, p.1, q.0, q.1]));
            match (fresh, start) {
                (true, None) => start = Some(k),
                (false, Some(s)) => {
                    runs[i].push(s..k + 1);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            runs[i].push(s..points.len());
        }
    }
    runs
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
    shapes_of_runs(out, clip, (arcs, None), transform, hovered);
}

/// [`shapes`], drawing of each arc only its `runs` ([`visible_runs`]; all
/// of every arc if none), of those only the pieces that reach into `clip`,
/// and of those only the segments not wholly under lines drawn over them
/// (the coverage test of `seen_pieces`): the same picture with each shared trunk painted once
/// and nothing stroked that cannot be seen. The hovered arc is drawn
/// whole.
pub fn shapes_of_runs(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    (arcs, runs): (&[RelationArc], Option<&Runs>),
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    let clip = clip.expand(CLIP_MARGIN);
    let order = drawing_order(arcs);
    let seen = runs.map(|runs| seen_pieces(arcs, runs, (&order, clip, true), transform, hovered));
    draw_arcs(
        out,
        clip,
        (arcs, &order, seen.as_deref()),
        transform,
        hovered,
    );
}

/// A bundled arc's pieces to draw (screen points), or none if it is drawn
/// whole.
type SeenPieces = Option<Vec<Vec<Pos2>>>;

/// How far past the map's rectangle lines are drawn, in points.
const CLIP_MARGIN: f32 = 50.0;

/// The arcs' shapes in `order`, of each bundled arc only its `seen`
/// pieces (screen points) if any.
fn draw_arcs(
    out: &mut Vec<Shape>,
    clip: egui::Rect,
    (arcs, order, seen): (&[RelationArc], &[usize], Option<&[SeenPieces]>),
    transform: &MapTransform,
    hovered: Option<usize>,
) {
    for &i in order {
        let arc = &arcs[i];
        let value = arc.score.value();
        let mut color = score_color(value);
        if arc.dimmed {
            color = color.gamma_multiply(DIMMED_ALPHA);
        }
        let mut width = score_width(value);
        if let Some(pieces) = seen
            .filter(|_| hovered != Some(i))
            .and_then(|s| s.get(i))
            .and_then(Option::as_ref)
        {
            if arc.directed
                && let Some(head) = arrowhead(&thinned(&screen_points(arc, transform)), width)
                && egui::Rect::from_points(&head).intersects(clip)
            {
                out.push(Shape::convex_polygon(head.to_vec(), color, Stroke::NONE));
            }
            for piece in pieces {
                out.push(Shape::line(piece.clone(), Stroke::new(width, color)));
            }
            continue;
        }
        let screen = screen_points(arc, transform);
        let points = if arc.bundled {
            thinned(&screen)
        } else {
            flattened(&screen)
        };
        let bounds = egui::Rect::from_points(&points);
        if !bounds.intersects(clip) {
            continue;
        }
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

/// The seen pieces of the bundled arcs ([`shapes_of_runs`]) kept for one
/// zoom and reused while the user pans.
///
/// What covers what does not depend on where the view is, only on the
/// lines and the scale: the pieces are computed once for an area around
/// the view (the view and one view size on each side, as the base map's
/// strokes are kept) and, while the view stays inside it, only moved with
/// the camera. A new scale (a zoom) computes them again; while the scale
/// changes frame after frame (a zoom animation) the runs are drawn
/// without the coverage test, which would cost more than it saves. The
/// pieces are computed as if nothing were hovered: the hovered line,
/// drawn whole and wider, still covers what it covered.
#[derive(Debug, Default)]
pub struct KeptPieces {
    /// What the pieces are of: the arcs' content and the scale.
    key: Option<(u64, u64)>,
    /// The scale of the last frame drawn.
    last_scale: Option<u64>,
    /// The transform the pieces are in the screen points of, and the area
    /// (in its screen points) they cover.
    anchor: Option<(MapTransform, egui::Rect)>,
    seen: Vec<SeenPieces>,
}

impl KeptPieces {
    /// [`shapes_of_runs`] with the seen pieces kept between frames:
    /// `content` changes whenever `arcs` or `runs` do.
    pub fn shapes(
        &mut self,
        out: &mut Vec<Shape>,
        clip: egui::Rect,
        (arcs, runs, content): (&[RelationArc], &Runs, u64),
        transform: &MapTransform,
        hovered: Option<usize>,
    ) {
        let clip = clip.expand(CLIP_MARGIN);
        let order = drawing_order(arcs);
        let scale = transform.km_per_point.to_bits();
        let zooming = self.last_scale != Some(scale);
        self.last_scale = Some(scale);
        let key = (content, scale);
        let shift = |anchor: &MapTransform| {
            transform.screen_from_world(anchor.center_world) - anchor.rect.center()
        };
        let kept = self.key == Some(key)
            && self
                .anchor
                .as_ref()
                .is_some_and(|(a, area)| area.translate(shift(a)).contains_rect(clip));
        if !kept {
            if zooming {
                // Moving through scales: the runs as they are, uncovered.
                self.key = None;
                let seen = seen_pieces(arcs, runs, (&order, clip, false), transform, hovered);
                draw_arcs(out, clip, (arcs, &order, Some(&seen)), transform, hovered);
                return;
            }
            let area = clip.expand2(clip.size());
            self.seen = seen_pieces(arcs, runs, (&order, area, true), transform, None);
            self.key = Some(key);
            self.anchor = Some((*transform, area));
        }
        let delta = self
            .anchor
            .as_ref()
            .map_or(egui::Vec2::ZERO, |(a, _)| shift(a));
        let seen: Vec<SeenPieces> = self
            .seen
            .iter()
            .map(|pieces| {
                pieces.as_ref().map(|pieces| {
                    let mut now = Vec::new();
                    for piece in pieces {
                        let moved: Vec<Pos2> = piece.iter().map(|p| *p + delta).collect();
                        now.extend(pieces_in(&moved, clip).into_iter().map(<[Pos2]>::to_vec));
                    }
                    now
                })
            })
            .collect();
        draw_arcs(out, clip, (arcs, &order, Some(&seen)), transform, hovered);
    }
}

/// The screen pieces of each bundled arc (by index; none for the arcs
/// drawn whole: unbundled or hovered) that can be seen: its `runs`, cut to
/// `clip`, thinned, without the segments that lines drawn over it (later
/// in `order`) cover wholly if `cull`. Lines are taken from the top down;
/// each line's seen segments then cover what is under them.
fn seen_pieces(
    arcs: &[RelationArc],
    runs: &Runs,
    (order, clip, cull): (&[usize], egui::Rect, bool),
    transform: &MapTransform,
    hovered: Option<usize>,
) -> Vec<SeenPieces> {
    let mut seen: Vec<SeenPieces> = vec![None; arcs.len()];
    let mut coverage = Coverage::new(if cull { clip } else { egui::Rect::NOTHING });
    for &i in order.iter().rev() {
        let arc = &arcs[i];
        let Some(own_runs) = runs.get(i) else {
            continue;
        };
        if !arc.bundled || hovered == Some(i) {
            continue;
        }
        let width = score_width(arc.score.value());
        let mut pieces = Vec::new();
        for run in own_runs {
            let Some(points) = arc.points.get(run.clone()) else {
                continue;
            };
            let screen: Vec<Pos2> = points
                .iter()
                .map(|p| transform.screen_from_world(*p))
                .collect();
            for piece in pieces_in(&screen, clip) {
                let line = thinned(piece);
                let hidden: Vec<bool> = line
                    .windows(2)
                    .map(|w| cull && coverage.hides(w[0], w[1], width))
                    .collect();
                let mut start: Option<usize> = None;
                for k in 0..=hidden.len() {
                    let shown = hidden.get(k).is_some_and(|h| !h);
                    match (shown, start) {
                        (true, None) => start = Some(k),
                        (false, Some(s)) => {
                            pieces.push(line[s..=k].to_vec());
                            start = None;
                        }
                        _ => {}
                    }
                }
                // A faint line covers nothing.
                if cull && !arc.dimmed {
                    for (w, h) in line.windows(2).zip(&hidden) {
                        if !h {
                            coverage.paint(w[0], w[1], width);
                        }
                    }
                }
            }
        }
        seen[i] = Some(pieces);
    }
    seen
}

/// Which pixels of the map the lines drawn so far paint opaque (a pixel
/// counts only if it lies wholly inside a line's solid core, inside its
/// anti-aliased edge).
struct Coverage {
    origin: Pos2,
    width: usize,
    height: usize,
    cells: Vec<bool>,
}

/// Spacing, in pixels, of the points at which a line's footprint is
/// looked at.
const COVERAGE_STEP: f32 = 0.75;
/// Half the diagonal of a pixel, and a little more.
const HALF_PIXEL_DIAGONAL: f32 = 0.75;

impl Coverage {
    fn new(rect: egui::Rect) -> Self {
        let origin = rect.min.floor();
        let width = (rect.max.x - origin.x).ceil().max(0.0) as usize + 1;
        let height = (rect.max.y - origin.y).ceil().max(0.0) as usize + 1;
        Self {
            origin,
            width,
            height,
            cells: vec![false; width * height],
        }
    }

    fn cell(&self, p: Pos2) -> Option<usize> {
        let d = p - self.origin;
        if !(d.x >= 0.0 && d.y >= 0.0) {
            return None;
        }
        let (x, y) = (d.x as usize, d.y as usize);
        (x < self.width && y < self.height).then_some(y * self.width + x)
    }

    /// Points along the segment ab (from `-extend` before a to `extend`
    /// past b) spaced by `step`, and across it (up to `reach` on either
    /// side) at `across` evenly spaced offsets (at least two), or spaced by
    /// [`COVERAGE_STEP`] if `across` is none; `f` answers false to stop.
    fn sample(
        a: Pos2,
        b: Pos2,
        (extend, reach, step, across): (f32, f32, f32, Option<usize>),
        mut f: impl FnMut(Pos2) -> bool,
    ) {
        let d = b - a;
        let length = d.length();
        let dir = if length > 1e-3 {
            d / length
        } else {
            egui::vec2(1.0, 0.0)
        };
        let normal = egui::vec2(-dir.y, dir.x);
        let along = ((length + 2.0 * extend) / step).ceil() as usize;
        let (across, spacing) = match across {
            Some(n) => (n.max(2) - 1, 2.0 * reach / (n.max(2) - 1) as f32),
            None => (
                ((2.0 * reach) / COVERAGE_STEP).ceil() as usize,
                COVERAGE_STEP,
            ),
        };
        for i in 0..=along {
            let s = (-extend + i as f32 * step).min(length + extend);
            for j in 0..=across {
                let o = (-reach + j as f32 * spacing).min(reach);
                if !f(a + dir * s + normal * o) {
                    return;
                }
            }
        }
    }

    /// Whether every pixel a segment of `width` points paints (its
    /// anti-aliased edge and a join's reach past its ends included) is
    /// covered already.
    fn hides(&self, a: Pos2, b: Pos2, width: f32) -> bool {
        let reach = width / 2.0 + 0.5 + HALF_PIXEL_DIAGONAL;
        let mut all = true;
        // Five lines along the footprint, a pixel apart along it: a gap
        // between two covering lines narrower than their spacing may pass
        // unseen (a sliver of anti-aliasing), at a third of the cost.
        Self::sample(a, b, (reach, reach, 1.0, Some(5)), |p| {
            all = self.cell(p).is_some_and(|c| self.cells[c]);
            all
        });
        all
    }

    /// Mark the pixels wholly inside the solid core of the segment ab of
    /// `width` points.
    fn paint(&mut self, a: Pos2, b: Pos2, width: f32) {
        let core = width / 2.0 - 0.5 - HALF_PIXEL_DIAGONAL;
        if core <= 0.0 {
            return;
        }
        let mut marked = Vec::new();
        Self::sample(a, b, (0.0, core, COVERAGE_STEP, None), |p| {
            if let Some(c) = self.cell(p) {
                let center = self.origin
                    + egui::vec2((c % self.width) as f32 + 0.5, (c / self.width) as f32 + 0.5);
                let distance = crate::geometry::distance_to_segment(
                    [a.x, a.y],
                    [b.x, b.y],
                    [center.x, center.y],
                );
                if distance <= core {
                    marked.push(c);
                }
            }
            true
        });
        for c in marked {
            self.cells[c] = true;
        }
    }
}

/// The pieces of a line whose segments reach into `clip` (each at least
/// two points): what of it can be seen.
fn pieces_in(points: &[Pos2], clip: egui::Rect) -> Vec<&[Pos2]> {
    let mut pieces = Vec::new();
    let mut start: Option<usize> = None;
    for k in 0..points.len().saturating_sub(1) {
        let seen = egui::Rect::from_two_pos(points[k], points[k + 1]).intersects(clip);
        match (seen, start) {
            (true, None) => start = Some(k),
            (false, Some(s)) => {
                pieces.push(&points[s..=k]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        pieces.push(&points[s..]);
    }
    pieces
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

/// Closest spacing, in points, of a bundled line's drawn points.
const THIN_SPACING: f32 = 2.0;

/// A bundled line's screen points without those closer than a couple of
/// points to the last one kept (the first and last always kept): a line
/// that is short on screen needs few points, and a bundled line is no
/// quadratic curve for [`flattened`].
pub fn thinned(points: &[Pos2]) -> Vec<Pos2> {
    let Some((last, inner)) = points.split_last() else {
        return Vec::new();
    };
    let mut out: Vec<Pos2> = Vec::with_capacity(points.len());
    for p in inner {
        if out.last().is_none_or(|q| q.distance(*p) >= THIN_SPACING) {
            out.push(*p);
        }
    }
    if out.len() > 1 && out.last().is_some_and(|q| q.distance(*last) < THIN_SPACING) {
        out.pop();
    }
    out.push(*last);
    simplified(&out, FLATTEN_TOLERANCE)
}

/// `points` without the points the line passes within `tolerance` of anyway
/// (Ramer–Douglas–Peucker; the first and last always kept): a bundled
/// line's smooth trunk needs a point every few dozen points of screen, not
/// every two, and ten thousand lines are that many fewer vertices to
/// draw each frame.
pub fn simplified(points: &[Pos2], tolerance: f32) -> Vec<Pos2> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (points[first], points[last]);
        let ab = b - a;
        let length = ab.length();
        let mut farthest = (0.0_f32, first);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let ap = *p - a;
            let distance = if length > f32::EPSILON {
                (ab.x * ap.y - ab.y * ap.x).abs() / length
            } else {
                ap.length()
            };
            if distance > farthest.0 {
                farthest = (distance, i);
            }
        }
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            stack.push((first, farthest.1));
            stack.push((farthest.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// A triangle at 60 % along the arc, pointing from a to b.
pub fn arrowhead(points: &[Pos2], width: f32) -> Option<[Pos2; 3]> {
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

/// The arc under the pointer (an index into `arcs`): the nearest within a
/// few points of its line.
pub fn hit_test(arcs: &[RelationArc], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    let lines = arcs
        .iter()
        .enumerate()
        .filter(|(_, arc)| !arc.dimmed)
        .map(|(i, arc)| {
            let tolerance = score_width(arc.score.value()) / 2.0 + 4.0;
            (i, tolerance, arc.points.as_slice())
        });
    super::nearest_line(lines, transform, pointer)
}

/// Every arc under the pointer (indices into `arcs`, not dimmed, each
/// within its own tolerance), the strongest first: the relations of a
/// bundle, whose lines run together.
pub fn hit_all(arcs: &[RelationArc], transform: &MapTransform, pointer: Pos2) -> Vec<usize> {
    let mut hits: Vec<usize> = arcs
        .iter()
        .enumerate()
        .filter(|(_, arc)| !arc.dimmed)
        .filter(|(_, arc)| {
            let tolerance = score_width(arc.score.value()) / 2.0 + 4.0;
            super::nearest_line([(0, tolerance, arc.points.as_slice())], transform, pointer)
                .is_some()
        })
        .map(|(i, _)| i)
        .collect();
    hits.sort_by(|&i, &j| {
        arcs[j]
            .score
            .magnitude()
            .total_cmp(&arcs[i].score.magnitude())
            .then(i.cmp(&j))
    });
    hits
}

/// Relations listed in a bundle's tooltip before "and N more".
pub const BUNDLE_LISTED: usize = 8;

/// The tooltip of a bundle: how many relations run under the pointer and
/// the strongest of them (`relations` strongest first).
pub fn bundle_hover_text(relations: &[&ShownRelation], dataset: &Dataset) -> String {
    let mut lines = vec![crate::i18n::trn(
        "bundle-hover-count",
        "{ $count } relation in this bundle",
        "{ $count } relations in this bundle",
        relations.len(),
        &[],
    )];
    for r in relations.iter().take(BUNDLE_LISTED) {
        lines.push(bundle_line(r, dataset));
    }
    lines.extend(more_line(relations.len()));
    lines.join("\n")
}

/// The last line of a bundle's tooltip, when a bundle of `count` lines
/// lists only [`BUNDLE_LISTED`]: "and N more".
pub fn more_line(count: usize) -> Option<String> {
    let more = count.checked_sub(BUNDLE_LISTED).filter(|m| *m > 0)?;
    Some(crate::i18n::trn(
        "bundle-hover-more",
        "and { $count } more",
        "and { $count } more",
        more,
        &[],
    ))
}

/// One relation of a bundle: "A – B · dimension · +0.42".
pub fn bundle_line(relation: &ShownRelation, dataset: &Dataset) -> String {
    let arrow = if relation.directed { "->" } else { "–" };
    format!(
        "{} {arrow} {} · {} · {}",
        dataset.country_name(relation.a),
        dataset.country_name(relation.b),
        relation.dimension.label(),
        crate::i18n::signed(relation.score.value(), 2)
    )
}

/// The tooltip of a shown relation.
pub fn hover_text(relation: &ShownRelation, dataset: &Dataset, year: i32) -> String {
    let value = relation.score.value();
    let arrow = if relation.directed { "->" } else { "–" };
    let pair = format!(
        "{} {arrow} {}",
        dataset.country_name(relation.a),
        dataset.country_name(relation.b)
    );
    let score = trf(
        "map-relation-hover",
        "{ $dimension } relation in { $year }: { $band } ({ $value })",
        &[
            ("dimension", &relation.dimension.label()),
            ("year", &year),
            ("band", &relation.band.label()),
            ("value", &format!("{value:+.2}")),
        ],
    );
    format!("{pair}\n{score}")
}
