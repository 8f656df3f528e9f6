//! Curved arcs between two plane points (relations, corridors).

use super::coords::WorldXY;

/// A quadratic Bézier from `a` to `b` sampled as `segments + 1` points
/// (at least one segment). The control point sits at the midpoint, moved
/// perpendicular to a→b by `bend × |ab|`: to the left of a→b (y north) for
/// positive `bend`, to the right for negative, straight for 0. The first
/// and last points are exactly `a` and `b`; `a == b` gives `vec![a]`.
pub fn curved_arc(a: WorldXY, b: WorldXY, bend: f64, segments: usize) -> Vec<WorldXY> {
    if a == b {
        return vec![a];
    }
    let segments = segments.clamp(1, 10_000);
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let bend = if bend.is_finite() { bend } else { 0.0 };
    // (−dy, dx) is a→b turned a quarter left; its length is |ab|.
    let control = WorldXY::new((a.x + b.x) / 2.0 - dy * bend, (a.y + b.y) / 2.0 + dx * bend);
    let mut out = Vec::with_capacity(segments + 1);
    out.push(a);
    for i in 1..segments {
        let t = i as f64 / segments as f64;
        let u = 1.0 - t;
        out.push(WorldXY::new(
            u * u * a.x + 2.0 * u * t * control.x + t * t * b.x,
            u * u * a.y + 2.0 * u * t * control.y + t * t * b.y,
        ));
    }
    out.push(b);
    out
}
