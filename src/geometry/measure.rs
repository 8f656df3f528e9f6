//! Measures: geodesic length on the ellipsoid and the scale bar's length.

use geo::{Distance as _, Geodesic, Point};

use super::coords::LonLat;

/// Length in km of the path through `points`: the sum of WGS 84 geodesic
/// distances (Karney's algorithm, via geo's [`Geodesic`]) between
/// consecutive points. Pairs with a non-finite coordinate or a latitude
/// beyond ±90° are skipped; fewer than two points give 0.
pub fn geodesic_length_km(points: &[LonLat]) -> f64 {
    let ok = |p: &LonLat| p.lon.is_finite() && p.lat.is_finite() && p.lat.abs() <= 90.0;
    points
        .windows(2)
        .filter(|w| ok(&w[0]) && ok(&w[1]))
        .map(|w| {
            Geodesic.distance(
                Point::new(w[0].lon, w[0].lat),
                Point::new(w[1].lon, w[1].lat),
            )
        })
        .sum::<f64>()
        / 1000.0
}

/// The longest "nice" distance (1, 2 or 5 × 10ⁿ km) whose bar is at most
/// `max_px` long at `km_per_px`: returns `(km, length in pixels)`.
/// `(0.0, 0.0)` when the scale or the length is not positive and finite.
pub fn nice_scale_bar(km_per_px: f64, max_px: f32) -> (f64, f32) {
    if !(km_per_px.is_finite() && km_per_px > 0.0 && max_px.is_finite() && max_px > 0.0) {
        return (0.0, 0.0);
    }
    let max_km = km_per_px * f64::from(max_px);
    if !max_km.is_finite() || max_km <= 0.0 {
        return (0.0, 0.0);
    }
    let mut exponent = max_km.log10().floor();
    // Guard against log10 rounding at exact powers of ten.
    if 10f64.powf(exponent) > max_km {
        exponent -= 1.0;
    }
    let base = 10f64.powf(exponent);
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * base)
        .find(|&km| km <= max_km * (1.0 + 1e-12))
        .unwrap_or(base);
    let px = (km / km_per_px) as f32;
    (km, px.min(max_px))
}
