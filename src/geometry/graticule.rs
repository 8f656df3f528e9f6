//! Graticule: meridians and parallels as projected polylines.

use super::coords::WorldXY;
use super::projection::{Projection, ProjectionKind};

/// Smallest graticule step accepted, degrees (keeps the line count sane).
const MIN_STEP_DEG: f64 = 0.5;
/// Longest step between the points of a line, degrees.
const SAMPLE_DEG: f64 = 1.0;

/// Meridians and parallels every `step_deg` degrees inside the
/// projection's window, as plane polylines sampled at most 1° apart.
/// Meridians come first (west to east), then parallels (south to north);
/// the poles are left out (they are points). The world projection also gets
/// its two edge meridians, which outline the map. A step that is not finite
/// or under 0.5° gives no lines.
pub fn graticule(projection: &Projection, step_deg: f64) -> Vec<Vec<WorldXY>> {
    let mut lines = Vec::new();
    if !step_deg.is_finite() || step_deg < MIN_STEP_DEG {
        return lines;
    }
    let (west, east) = projection.lon_range();
    let (south, north) = projection.lat_range();

    let mut meridians = multiples(west, east, step_deg);
    if projection.kind() == ProjectionKind::World {
        meridians.insert(0, west);
        meridians.push(east);
        meridians.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    }
    for lon in meridians {
        push_line(
            &mut lines,
            projection,
            samples(south, north).map(|lat| (lon, lat)),
        );
    }
    for lat in multiples(south, north, step_deg) {
        if lat.abs() >= 90.0 - 1e-9 {
            continue;
        }
        push_line(
            &mut lines,
            projection,
            samples(west, east).map(|lon| (lon, lat)),
        );
    }
    lines
}

/// Multiples of `step` in `[from, to]`, ascending.
fn multiples(from: f64, to: f64, step: f64) -> Vec<f64> {
    let first = (from / step).ceil() as i64;
    let last = (to / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// `from`, then points at most [`SAMPLE_DEG`] apart, then `to`.
fn samples(from: f64, to: f64) -> impl Iterator<Item = f64> {
    let n = ((to - from) / SAMPLE_DEG).ceil().clamp(1.0, 3600.0) as u32;
    (0..=n).map(move |i| from + (to - from) * f64::from(i) / f64::from(n))
}

/// Project the points; a point that does not project splits the line.
fn push_line(
    lines: &mut Vec<Vec<WorldXY>>,
    projection: &Projection,
    points: impl Iterator<Item = (f64, f64)>,
) {
    let mut current = Vec::new();
    for (lon, lat) in points {
        match projection.project_unwrapped(lon, lat) {
            Some(p) => current.push(p),
            None => {
                if current.len() >= 2 {
                    lines.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        lines.push(current);
    }
}
