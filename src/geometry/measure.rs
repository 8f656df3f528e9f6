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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_bar_values() {
        let (km, px) = nice_scale_bar(1.0, 180.0);
        assert!(
            (km - 100.0).abs() < 1e-9 && (px - 100.0).abs() < 1e-4,
            "{km} {px}"
        );
        let (km, px) = nice_scale_bar(3.0, 180.0);
        assert!(
            (km - 500.0).abs() < 1e-9 && (px - 166.666_67).abs() < 1e-3,
            "{km} {px}"
        );
        let (km, _) = nice_scale_bar(1.0, 100.0);
        assert!((km - 100.0).abs() < 1e-9, "exact power of ten fits: {km}");
        let (km, _) = nice_scale_bar(0.001, 150.0);
        assert!((km - 0.1).abs() < 1e-12, "metres: {km}");
        assert_eq!(nice_scale_bar(0.0, 180.0), (0.0, 0.0), "zero scale");
        assert_eq!(nice_scale_bar(f64::NAN, 180.0), (0.0, 0.0), "NaN scale");
        assert_eq!(nice_scale_bar(1.0, -5.0), (0.0, 0.0), "negative length");
    }

    #[test]
    fn geodesic_edge_cases() {
        assert!(geodesic_length_km(&[]).abs() < 1e-12, "empty");
        assert!(
            geodesic_length_km(&[LonLat::new(1.0, 2.0)]).abs() < 1e-12,
            "one point"
        );
        // One degree of longitude on the equator: 111.32 km on WGS 84.
        let d = geodesic_length_km(&[LonLat::new(0.0, 0.0), LonLat::new(1.0, 0.0)]);
        assert!((d - 111.319_49).abs() < 1e-3, "{d}");
        let with_nan = [
            LonLat::new(0.0, 0.0),
            LonLat::new(f64::NAN, 0.0),
            LonLat::new(1.0, 0.0),
        ];
        assert!(
            geodesic_length_km(&with_nan).abs() < 1e-12,
            "NaN pairs skipped"
        );
    }
}
