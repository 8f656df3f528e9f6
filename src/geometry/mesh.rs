//! Triangle meshes of filled polygons (egui fills only convex paths, so
//! every country, lake and disputed area is triangulated once, here).
//!
//! ## Units
//! Plane kilometres ([`super::WorldXY`] as `f32` pairs), y north.

use geo::{Coord, LineString, Polygon, TriangulateEarcut as _};

/// Triangles on the projection plane: `indices` holds three vertex indices
/// per triangle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TriMesh {
    /// Vertex positions, plane km.
    pub vertices: Vec<[f32; 2]>,
    /// Vertex indices, three per triangle.
    pub indices: Vec<u32>,
}

impl TriMesh {
    /// Whether there is no triangle.
    pub fn is_empty(&self) -> bool {
        self.indices.len() < 3
    }

    /// Number of triangles.
    pub fn triangle_count(&self) -> usize {
        self.indices.len() / 3
    }

    /// Total area of the triangles in km² (each counted positive; indices
    /// out of range are ignored).
    pub fn area(&self) -> f64 {
        let vertex = |i: u32| {
            usize::try_from(i)
                .ok()
                .and_then(|i| self.vertices.get(i))
                .map(|p| (f64::from(p[0]), f64::from(p[1])))
        };
        self.indices
            .chunks_exact(3)
            .filter_map(|t| {
                let (a, b, c) = (vertex(t[0])?, vertex(t[1])?, vertex(t[2])?);
                Some(((b.0 - a.0) * (c.1 - a.1) - (c.0 - a.0) * (b.1 - a.1)).abs() / 2.0)
            })
            .sum()
    }

    /// Append another mesh (indices are shifted). Nothing is appended if
    /// the vertex count would overflow `u32`.
    pub fn append(&mut self, other: &Self) {
        let Ok(base) = u32::try_from(self.vertices.len()) else {
            return;
        };
        if u32::try_from(self.vertices.len() + other.vertices.len()).is_err() {
            return;
        }
        self.vertices.extend_from_slice(&other.vertices);
        self.indices.extend(other.indices.iter().map(|i| base + i));
    }
}

/// Signed shoelace area of a ring in km² (plane units squared): positive
/// when counter-clockwise (y north). The ring may be open or closed (a
/// repeated first point adds nothing). Non-finite points make the result
/// non-finite.
pub fn ring_area(ring: &[[f32; 2]]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let mut twice = 0.0;
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + 1) % n];
        twice += f64::from(a[0]) * f64::from(b[1]) - f64::from(b[0]) * f64::from(a[1]);
    }
    twice / 2.0
}

/// Signed shoelace area of a closed or open `f64` ring.
pub fn ring_area_f64(ring: &[Coord<f64>]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let mut twice = 0.0;
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    twice / 2.0
}

/// Smallest ring area kept, km² (a 30 m square): below this a ring is
/// noise from clipping or simplification.
const MIN_RING_AREA_KM2: f64 = 1e-3;

/// A ring cleaned for triangulation: non-finite points and consecutive
/// repeats dropped, closed (first point repeated at the end). `None` when
/// fewer than three distinct points or no area remain.
pub fn clean_ring(points: &[Coord<f64>]) -> Option<LineString<f64>> {
    let mut out: Vec<Coord<f64>> = Vec::with_capacity(points.len() + 1);
    for &p in points {
        if !(p.x.is_finite() && p.y.is_finite()) {
            continue;
        }
        // Compare in f32, the precision the mesh is stored in.
        if out.last().is_some_and(|q: &Coord<f64>| same_f32(*q, p)) {
            continue;
        }
        out.push(p);
    }
    while out.len() > 1
        && out
            .first()
            .zip(out.last())
            .is_some_and(|(a, b)| same_f32(*a, *b))
    {
        out.pop();
    }
    if out.len() < 3 || ring_area_f64(&out).abs() < MIN_RING_AREA_KM2 {
        return None;
    }
    if let Some(&first) = out.first() {
        out.push(first);
    }
    Some(LineString(out))
}

#[allow(clippy::float_cmp, reason = "exact: the same stored f32 vertex")]
fn same_f32(a: Coord<f64>, b: Coord<f64>) -> bool {
    a.x as f32 == b.x as f32 && a.y as f32 == b.y as f32
}

/// Triangulate one polygon (exterior plus holes, plane km) with earcut.
/// Degenerate rings are dropped first (a degenerate exterior gives an
/// empty mesh); never panics.
pub fn triangulate_polygon(polygon: &Polygon<f64>) -> TriMesh {
    let Some(exterior) = clean_ring(&polygon.exterior().0) else {
        return TriMesh::default();
    };
    let holes: Vec<LineString<f64>> = polygon
        .interiors()
        .iter()
        .filter_map(|r| clean_ring(&r.0))
        .collect();
    triangulate_clean(&Polygon::new(exterior, holes))
}

/// Triangulate a polygon whose rings already passed [`clean_ring`].
pub fn triangulate_clean(polygon: &Polygon<f64>) -> TriMesh {
    let raw = polygon.earcut_triangles_raw();
    let mut indices = Vec::with_capacity(raw.triangle_indices.len());
    for &i in &raw.triangle_indices {
        match u32::try_from(i) {
            Ok(i) if (i as usize) < raw.vertices.len() => indices.push(i),
            _ => return TriMesh::default(),
        }
    }
    TriMesh {
        vertices: raw
            .vertices
            .iter()
            .map(|v| [v[0] as f32, v[1] as f32])
            .collect(),
        indices,
    }
}
