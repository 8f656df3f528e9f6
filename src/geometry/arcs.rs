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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bends_left_for_positive() {
        let a = WorldXY::new(0.0, 0.0);
        let b = WorldXY::new(100.0, 0.0);
        let arc = curved_arc(a, b, 0.2, 16);
        assert_eq!(arc.len(), 17, "segments + 1 points");
        assert_eq!((arc[0], arc[16]), (a, b), "exact endpoints");
        // Apex at t = ½ is half the control offset: 0.5 × 0.2 × 100 = 10 km.
        assert!(
            (arc[8].y - 10.0).abs() < 1e-9 && (arc[8].x - 50.0).abs() < 1e-9,
            "{:?}",
            arc[8]
        );
        let right = curved_arc(a, b, -0.2, 16);
        assert!(
            (right[8].y + 10.0).abs() < 1e-9,
            "negative bends right: {:?}",
            right[8]
        );
        assert_eq!(curved_arc(a, a, 0.3, 10), vec![a], "degenerate");
        assert_eq!(curved_arc(a, b, 0.3, 0), vec![a, b], "zero segments is one");
    }
}
