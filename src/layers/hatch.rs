//! Diagonal hatching clipped to a polygon (for disputed areas). Pure
//! geometry on screen-oriented coordinates; no egui.

/// Segments of 45° lines (`x + y = c`, spaced `spacing` apart measured
/// perpendicular to the lines) that lie inside the polygon given by `rings`
/// (even-odd rule, so holes stay empty).
///
/// The lines are anchored at `c = 0`, so hatching does not move when the
/// polygon is translated by a multiple of the spacing: pans look stable.
/// Degenerate input (empty rings, `spacing <= 0`, non-finite points) gives
/// no segments.
pub fn hatch_segments(rings: &[Vec<[f32; 2]>], spacing: f32) -> Vec<[[f32; 2]; 2]> {
    if !(spacing.is_finite() && spacing > 0.0) {
        return Vec::new();
    }
    let step = spacing * std::f32::consts::SQRT_2;
    let (mut u_min, mut u_max) = (f32::MAX, f32::MIN);
    for p in rings.iter().flatten() {
        if !(p[0].is_finite() && p[1].is_finite()) {
            return Vec::new();
        }
        let u = p[0] + p[1];
        u_min = u_min.min(u);
        u_max = u_max.max(u);
    }
    if u_min > u_max {
        return Vec::new();
    }
    // Guard against absurd line counts (a huge polygon at a tiny spacing).
    let count = ((u_max - u_min) / step).ceil();
    if count > 20_000.0 {
        return Vec::new();
    }
    let mut segments = Vec::new();
    let mut crossings: Vec<f32> = Vec::new();
    let mut c = (u_min / step).ceil() * step;
    while c <= u_max {
        crossings.clear();
        for ring in rings {
            let n = ring.len();
            if n < 3 {
                continue;
            }
            for i in 0..n {
                let p = ring[i];
                let q = ring[(i + 1) % n];
                let (up, uq) = (p[0] + p[1], q[0] + q[1]);
                // Half-open test so a vertex exactly on the line counts once.
                if (up <= c && c < uq) || (uq <= c && c < up) {
                    let t = (c - up) / (uq - up);
                    let x = p[0] + t * (q[0] - p[0]);
                    let y = p[1] + t * (q[1] - p[1]);
                    crossings.push(x - y);
                }
            }
        }
        crossings.sort_by(f32::total_cmp);
        for pair in crossings.chunks_exact(2) {
            let (v0, v1) = (pair[0], pair[1]);
            // x + y = c, x - y = v  →  x = (c + v) / 2, y = (c − v) / 2
            segments.push([
                [(c + v0) / 2.0, (c - v0) / 2.0],
                [(c + v1) / 2.0, (c - v1) / 2.0],
            ]);
        }
        c += step;
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f32, y0: f32, side: f32) -> Vec<[f32; 2]> {
        vec![
            [x0, y0],
            [x0 + side, y0],
            [x0 + side, y0 + side],
            [x0, y0 + side],
        ]
    }

    #[test]
    fn segments_stay_inside_the_square() {
        let segs = hatch_segments(&[square(0.0, 0.0, 100.0)], 10.0);
        assert!(
            segs.len() >= 10,
            "a 100-unit square at spacing 10 gets many lines"
        );
        for [a, b] in &segs {
            for p in [a, b] {
                assert!(
                    (-1e-3..=100.001).contains(&p[0]) && (-1e-3..=100.001).contains(&p[1]),
                    "endpoint {p:?} outside"
                );
            }
        }
    }

    #[test]
    fn holes_stay_empty() {
        let outer = square(0.0, 0.0, 100.0);
        let hole = square(40.0, 40.0, 20.0);
        let segs = hatch_segments(&[outer, hole], 5.0);
        for [a, b] in &segs {
            let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
            let in_hole = (40.5..59.5).contains(&mid[0]) && (40.5..59.5).contains(&mid[1]);
            assert!(!in_hole, "segment midpoint {mid:?} lies in the hole");
        }
    }

    #[test]
    fn degenerate_input_gives_nothing() {
        assert!(hatch_segments(&[], 5.0).is_empty(), "no rings");
        assert!(
            hatch_segments(&[vec![[0.0, 0.0], [1.0, 1.0]]], 5.0).is_empty(),
            "two points"
        );
        assert!(
            hatch_segments(&[square(0.0, 0.0, 10.0)], 0.0).is_empty(),
            "zero spacing"
        );
        assert!(
            hatch_segments(&[vec![[f32::NAN, 0.0], [1.0, 1.0], [0.0, 1.0]]], 5.0).is_empty(),
            "NaN"
        );
    }
}
