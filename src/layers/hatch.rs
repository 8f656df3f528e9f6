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
