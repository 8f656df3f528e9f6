//! Distances in a flat plane (screen points or plane kilometres): how far a
//! point is from a polyline, for picking lines under the pointer.

/// Shortest distance from `p` to the polyline through `points` (infinite for
/// an empty one, the distance to the point for a single point).
pub fn distance_to_polyline(points: &[[f32; 2]], p: [f32; 2]) -> f32 {
    match points {
        [] => f32::INFINITY,
        [only] => distance(*only, p),
        _ => points
            .windows(2)
            .map(|w| distance_to_segment(w[0], w[1], p))
            .fold(f32::INFINITY, f32::min),
    }
}

/// Shortest distance from `p` to the segment `a`–`b`.
pub fn distance_to_segment(a: [f32; 2], b: [f32; 2], p: [f32; 2]) -> f32 {
    let ab = [b[0] - a[0], b[1] - a[1]];
    let len2 = ab[0] * ab[0] + ab[1] * ab[1];
    if len2 <= f32::EPSILON {
        return distance(a, p);
    }
    let t = (((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / len2).clamp(0.0, 1.0);
    distance([a[0] + ab[0] * t, a[1] + ab[1] * t], p)
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}
