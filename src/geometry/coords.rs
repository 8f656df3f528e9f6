//! Coordinate types: geographic degrees and projected kilometres are
//! different types, so they cannot be mixed up.

/// A geographic position in degrees (WGS 84 longitude east, latitude north).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    /// Longitude in degrees, east positive (normally −180…180).
    pub lon: f64,
    /// Latitude in degrees, north positive (−90…90).
    pub lat: f64,
}

impl LonLat {
    /// A position from longitude and latitude in degrees (in that order).
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }
}

/// A point on the projection plane, in kilometres, y pointing north.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorldXY {
    /// Easting in km.
    pub x: f64,
    /// Northing in km.
    pub y: f64,
}

impl WorldXY {
    /// A plane point from easting and northing in km.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
}

/// An axis-aligned rectangle on the projection plane (km). `min` is the
/// south-west corner, `max` the north-east one; a rectangle built from a
/// single point has zero width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorldRect {
    /// South-west corner.
    pub min: WorldXY,
    /// North-east corner.
    pub max: WorldXY,
}

impl WorldRect {
    /// The rectangle spanned by two corners in any order.
    pub fn from_corners(a: WorldXY, b: WorldXY) -> Self {
        Self {
            min: WorldXY::new(a.x.min(b.x), a.y.min(b.y)),
            max: WorldXY::new(a.x.max(b.x), a.y.max(b.y)),
        }
    }

    /// The bounding rectangle of points, `None` when there are none (or
    /// none is finite).
    pub fn bounding<I: IntoIterator<Item = WorldXY>>(points: I) -> Option<Self> {
        let mut rect: Option<Self> = None;
        for p in points {
            if !(p.x.is_finite() && p.y.is_finite()) {
                continue;
            }
            let r = Self { min: p, max: p };
            rect = Some(rect.map_or(r, |acc| acc.union(&r)));
        }
        rect
    }

    /// Whether the point lies inside or on the edge.
    pub fn contains(&self, p: WorldXY) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// Whether `inner` lies wholly inside (edges may touch).
    pub fn contains_rect(&self, inner: &Self) -> bool {
        self.min.x <= inner.min.x
            && self.min.y <= inner.min.y
            && self.max.x >= inner.max.x
            && self.max.y >= inner.max.y
    }

    /// Whether the two rectangles overlap or touch.
    pub fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && self.max.x >= other.min.x
            && self.min.y <= other.max.y
            && self.max.y >= other.min.y
    }

    /// The smallest rectangle containing both.
    #[must_use]
    pub fn union(&self, other: &Self) -> Self {
        Self {
            min: WorldXY::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: WorldXY::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    /// The centre point.
    pub fn center(&self) -> WorldXY {
        WorldXY::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// East-west extent in km.
    pub fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    /// North-south extent in km.
    pub fn height(&self) -> f64 {
        self.max.y - self.min.y
    }
}
