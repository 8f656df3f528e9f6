//! Map projections: a Lambert conformal conic for the region and an Equal
//! Earth projection for the whole world. Both are spherical (radius
//! [`EARTH_RADIUS_KM`]), which is well within drawing accuracy.
//!
//! ## Units
//! Input in degrees ([`LonLat`]), output in kilometres on the plane
//! ([`WorldXY`], y north).
//!
//! ## Domains
//! Each projection has a longitude/latitude window it draws (see
//! [`Projection::lon_range`], [`Projection::lat_range`]). Outside it,
//! [`Projection::project`] returns `None`, as it does for non-finite input.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4};

use super::coords::{LonLat, WorldXY};

/// Mean Earth radius in km (IUGG).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Which projection a view uses.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectionKind {
    /// Lambert conformal conic for Central Asia and the Caucasus.
    Regional,
    /// Equal Earth for the whole world.
    World,
}

impl ProjectionKind {
    /// Every projection, in order.
    pub const ALL: [Self; 2] = [Self::Regional, Self::World];
}

/// A configured projection from degrees to plane kilometres.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    kind: ProjectionKind,
    /// Central meridian, degrees.
    lon0: f64,
    /// Longitudes drawn, absolute degrees, `lon_min < lon_max`; may run past
    /// 180 (the world view runs from its cut meridian round to the same
    /// meridian + 360).
    lon_min: f64,
    lon_max: f64,
    /// Latitudes drawn, degrees.
    lat_min: f64,
    lat_max: f64,
    /// Lambert conformal conic constants (unused by Equal Earth).
    lcc: Lcc,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Lcc {
    n: f64,
    /// R × F (km).
    rf: f64,
    /// ρ at the origin latitude (km).
    rho0: f64,
}

/// Regional projection: standard parallels, central meridian, origin.
const LCC_PARALLELS_DEG: (f64, f64) = (35.0, 50.0);
/// The regional projection's central meridian (degrees east).
pub const LCC_LON0_DEG: f64 = 60.0;
/// The regional projection's origin latitude (degrees north).
pub const LCC_LAT0_DEG: f64 = 42.0;
/// Regional domain: a quarter of the globe either side is far more than the
/// region needs and keeps the cone's cut (at 60° − 180°) well away.
const LCC_LON_RANGE: (f64, f64) = (-30.0, 150.0);
const LCC_LAT_RANGE: (f64, f64) = (-40.0, 90.0);

/// World projection centre: the cut meridian (11° − 180° = 169° W) runs
/// through the Bering Strait between Chukotka and Alaska.
const WORLD_LON0_DEG: f64 = 11.0;

// Equal Earth coefficients (Šavrič, Patterson & Jenny 2018).
const EE_A1: f64 = 1.340_264;
const EE_A2: f64 = -0.081_106;
const EE_A3: f64 = 0.000_893;
const EE_A4: f64 = 0.003_796;

fn ee_m() -> f64 {
    3.0_f64.sqrt() / 2.0
}

impl Projection {
    /// Lambert conformal conic, standard parallels 35° N and 50° N, central
    /// meridian 60° E, origin 42° N; draws longitudes −30…150 and latitudes
    /// −40…90.
    pub fn regional() -> Self {
        let (p1, p2) = (
            LCC_PARALLELS_DEG.0.to_radians(),
            LCC_PARALLELS_DEG.1.to_radians(),
        );
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let rf = EARTH_RADIUS_KM * f;
        let rho0 = rf / t(LCC_LAT0_DEG.to_radians()).powf(n);
        Self {
            kind: ProjectionKind::Regional,
            lon0: LCC_LON0_DEG,
            lon_min: LCC_LON_RANGE.0,
            lon_max: LCC_LON_RANGE.1,
            lat_min: LCC_LAT_RANGE.0,
            lat_max: LCC_LAT_RANGE.1,
            lcc: Lcc { n, rf, rho0 },
        }
    }

    /// Equal Earth centred on 11° E: the whole globe, cut along 169° W
    /// (the Bering Strait), so Alaska and Chukotka each stay whole.
    pub fn world() -> Self {
        Self {
            kind: ProjectionKind::World,
            lon0: WORLD_LON0_DEG,
            lon_min: WORLD_LON0_DEG - 180.0,
            lon_max: WORLD_LON0_DEG + 180.0,
            lat_min: -90.0,
            lat_max: 90.0,
            lcc: Lcc {
                n: 0.0,
                rf: 0.0,
                rho0: 0.0,
            },
        }
    }

    /// The projection of a kind.
    pub fn new(kind: ProjectionKind) -> Self {
        match kind {
            ProjectionKind::Regional => Self::regional(),
            ProjectionKind::World => Self::world(),
        }
    }

    /// Which projection this is.
    pub fn kind(&self) -> ProjectionKind {
        self.kind
    }

    /// The central meridian in degrees.
    pub fn central_meridian(&self) -> f64 {
        self.lon0
    }

    /// The longitudes drawn, `(west, east)` in absolute degrees with
    /// `west < east`; `east` may exceed 180 (world: −169…191).
    pub fn lon_range(&self) -> (f64, f64) {
        (self.lon_min, self.lon_max)
    }

    /// The latitudes drawn, `(south, north)` in degrees.
    pub fn lat_range(&self) -> (f64, f64) {
        (self.lat_min, self.lat_max)
    }

    /// Project a geographic position; `None` for non-finite input, a
    /// latitude beyond ±90° or a position outside the domain. Longitudes
    /// are taken modulo 360.
    pub fn project(&self, p: LonLat) -> Option<WorldXY> {
        if !(p.lon.is_finite() && p.lat.is_finite()) || p.lat.abs() > 90.0 {
            return None;
        }
        // Bring the longitude into [lon_min, lon_min + 360).
        let lon = self.lon_min + (p.lon - self.lon_min).rem_euclid(360.0);
        self.project_unwrapped(lon, p.lat)
    }

    /// Project a longitude already inside [`Self::lon_range`] (it may run
    /// past 180) without wrapping it: used for polygons split at the cut.
    /// `None` outside the domain or for non-finite input.
    pub fn project_unwrapped(&self, lon: f64, lat: f64) -> Option<WorldXY> {
        const EPS: f64 = 1e-9;
        if !(lon.is_finite() && lat.is_finite())
            || lon < self.lon_min - EPS
            || lon > self.lon_max + EPS
            || lat < self.lat_min - EPS
            || lat > self.lat_max + EPS
        {
            return None;
        }
        let lat = lat.clamp(-90.0, 90.0);
        let dlon = (lon - self.lon0).to_radians();
        let phi = lat.to_radians();
        let xy = match self.kind {
            ProjectionKind::Regional => self.lcc_forward(dlon, phi),
            ProjectionKind::World => ee_forward(dlon, phi),
        };
        (xy.x.is_finite() && xy.y.is_finite()).then_some(xy)
    }

    /// The geographic position of a plane point; `None` for non-finite
    /// input or a point outside the projected domain. Longitudes come back
    /// in −180…180.
    pub fn unproject(&self, p: WorldXY) -> Option<LonLat> {
        if !(p.x.is_finite() && p.y.is_finite()) {
            return None;
        }
        let (dlon, phi) = match self.kind {
            ProjectionKind::Regional => self.lcc_inverse(p)?,
            ProjectionKind::World => ee_inverse(p)?,
        };
        let lon = self.lon0 + dlon.to_degrees();
        let lat = phi.to_degrees();
        const EPS: f64 = 1e-7;
        if !(lon.is_finite() && lat.is_finite())
            || lon < self.lon_min - EPS
            || lon > self.lon_max + EPS
            || lat < self.lat_min - EPS
            || lat > self.lat_max + EPS
        {
            return None;
        }
        let lon = (lon + 180.0).rem_euclid(360.0) - 180.0;
        Some(LonLat::new(lon, lat.clamp(-90.0, 90.0)))
    }

    fn lcc_forward(&self, dlon: f64, phi: f64) -> WorldXY {
        let Lcc { n, rf, rho0 } = self.lcc;
        let t = (FRAC_PI_4 + phi / 2.0).tan();
        // At the north pole t is infinite and ρ = 0; at the south pole the
        // cone diverges (outside the domain anyway).
        let rho = if t.is_infinite() || phi >= FRAC_PI_2 - 1e-12 {
            0.0
        } else {
            rf / t.powf(n)
        };
        let theta = n * dlon;
        WorldXY::new(rho * theta.sin(), rho0 - rho * theta.cos())
    }

    fn lcc_inverse(&self, p: WorldXY) -> Option<(f64, f64)> {
        let Lcc { n, rf, rho0 } = self.lcc;
        let dy = rho0 - p.y;
        let rho = p.x.hypot(dy);
        if rho < 1e-9 {
            // The north pole: every longitude; say the central meridian.
            return Some((0.0, FRAC_PI_2));
        }
        let theta = p.x.atan2(dy);
        let phi = if rho == 0.0 {
            FRAC_PI_2
        } else {
            2.0 * (rf / rho).powf(1.0 / n).atan() - FRAC_PI_2
        };
        Some((theta / n, phi))
    }
}

fn ee_forward(dlon: f64, phi: f64) -> WorldXY {
    let theta = (ee_m() * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let d = 3.0 * (9.0 * EE_A4 * t6 * t2 + 7.0 * EE_A3 * t6 + 3.0 * EE_A2 * t2 + EE_A1);
    let x = 2.0 * 3.0_f64.sqrt() * dlon * theta.cos() / d;
    let y = theta * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
    WorldXY::new(x * EARTH_RADIUS_KM, y * EARTH_RADIUS_KM)
}

fn ee_inverse(p: WorldXY) -> Option<(f64, f64)> {
    let x = p.x / EARTH_RADIUS_KM;
    let y = p.y / EARTH_RADIUS_KM;
    let y_of = |t: f64| {
        let t2 = t * t;
        let t6 = t2 * t2 * t2;
        t * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2))
    };
    let theta_max = ee_m().asin();
    if y.abs() > y_of(theta_max) + 1e-9 {
        return None;
    }
    // Newton's method for θ given y.
    let mut theta = y;
    for _ in 0..20 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = y_of(theta) - y;
        let df = EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2);
        let step = f / df;
        theta -= step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let theta = theta.clamp(-theta_max, theta_max);
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let d = 3.0 * (9.0 * EE_A4 * t6 * t2 + 7.0 * EE_A3 * t6 + 3.0 * EE_A2 * t2 + EE_A1);
    let cos = theta.cos();
    let dlon = if cos.abs() < 1e-12 {
        0.0
    } else {
        x * d / (2.0 * 3.0_f64.sqrt() * cos)
    };
    let phi = (theta.sin() / ee_m()).clamp(-1.0, 1.0).asin();
    if dlon.abs() > std::f64::consts::PI + 1e-9 {
        return None;
    }
    Some((dlon, phi))
}
