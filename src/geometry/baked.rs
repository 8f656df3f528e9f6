//! The bundled map's regional levels of detail, projected, clipped and
//! triangulated ahead of time: what [`build_projected_on`] makes of them,
//! stored in `assets/geo/baked-regional.bin` and read back instead of being
//! built again at every start (`heartland render` and the window's first
//! map wait for that building otherwise: 4–15 ms a level on this
//! project's 2-core yardstick).
//!
//! A baked level is used only for the very shapes it was made from: each
//! carries a digest of everything [`build_projected_on`] reads (every
//! coordinate of the level's countries, lakes, disputed areas, borders and
//! coastlines, and how many disputed areas are drawn), and [`projected`]
//! compares it with the level at hand. Other geometry (an edited level, a
//! test's shapes, the world projection) is built as before. The file is
//! checked against a fresh build by the tests (`tests/it/baked.rs`), which
//! also rewrite it on request (`UPDATE_BAKED=1`), so a change to the
//! projection, clipping or triangulation cannot leave it stale.
//!
//! ## Format (little-endian)
//! `HEARTLAND-BAKED-GEO 1\n`, then the number of levels (u32), then per
//! level: the projection (u8: 0 regional, 1 world), the level index (u32),
//! the digest (u64), the length of the rest (u32) and the
//! [`ProjectedWorld`]: countries, lakes and
//! disputed areas (each a u32 count of features), borders and coastlines
//! (u32 count of polylines, each a u32 count of points), and the bounds.
//! A feature is its source index (u32), its rings, whether its fill's
//! vertices are its rings' points in order (u8 1) or given (u8 0, then a
//! u32 count of points), the fill's indices (u32 count, u32 each), its
//! bounding rectangle and its label point. Points are two `f32`s, rectangles
//! four `f64`s (min x, min y, max x, max y), label points two `f64`s, all
//! stored as their bits, so a baked level is exactly the one built.

use geo::{LineString, MultiLineString, MultiPolygon};

use super::assets::{GeoAssets, GeoLevel};
#[cfg(doc)]
use super::build_projected_on;
use super::coords::{WorldRect, WorldXY};
use super::mesh::TriMesh;
use super::projection::{Projection, ProjectionKind};
use super::world::{ProjectedFeature, ProjectedWorld};

/// The levels baked: the regional projection's, finest first (the world
/// projection is built when first drawn).
pub const BAKED_LEVELS: [(ProjectionKind, usize); 3] = [
    (ProjectionKind::Regional, 0),
    (ProjectionKind::Regional, 1),
    (ProjectionKind::Regional, 2),
];

/// Where the baked levels are kept in the repository.
pub const BAKED_FILE: &str = "assets/geo/baked-regional.bin";

/// The baked levels as bundled into the program.
pub static BAKED: &[u8] = include_bytes!("../../assets/geo/baked-regional.bin");

/// The first bytes of a baked file.
const MAGIC: &[u8] = b"HEARTLAND-BAKED-GEO 1\n";

/// The level `level` of `assets` in `projection`, projected and
/// triangulated, from the bundled baked levels: `None` when it is not
/// baked, or the level at hand is not the one baked (its digest differs),
/// or the projection is not the standard one of its kind.
pub fn projected(
    assets: &GeoAssets,
    projection: &Projection,
    level: usize,
) -> Option<ProjectedWorld> {
    projected_from(BAKED, assets, projection, level)
}

/// [`projected`] from the baked levels in `bytes`.
pub fn projected_from(
    bytes: &[u8],
    assets: &GeoAssets,
    projection: &Projection,
    level: usize,
) -> Option<ProjectedWorld> {
    let kind = projection.kind();
    if !BAKED_LEVELS.contains(&(kind, level)) || *projection != Projection::new(kind) {
        return None;
    }
    let wanted = digest(assets, level)?;
    let mut reader = Reader::new(bytes)?;
    for _ in 0..reader.u32()? {
        let (entry_kind, entry_level, entry_digest) =
            (reader.kind()?, reader.index()?, reader.u64()?);
        let length = reader.count(1)?;
        let (entry, rest) = reader.rest.split_at_checked(length)?;
        reader.rest = rest;
        if entry_kind == kind && entry_level == level && entry_digest == wanted {
            let mut entry = Reader { rest: entry };
            let world = entry.world(projection, level)?;
            return entry.rest.is_empty().then_some(world);
        }
    }
    None
}

/// The baked file for `levels` (projection, level, what was built from
/// `assets`), as [`projected_from`] reads it.
pub fn encode(assets: &GeoAssets, levels: &[(ProjectionKind, usize, &ProjectedWorld)]) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.count(levels.len());
    for &(kind, level, world) in levels {
        w.0.push(match kind {
            ProjectionKind::Regional => 0,
            ProjectionKind::World => 1,
        });
        w.count(level);
        w.0.extend_from_slice(&digest(assets, level).unwrap_or(0).to_le_bytes());
        let mut entry = Writer(Vec::new());
        entry.world(world);
        w.count(entry.0.len());
        w.0.extend_from_slice(&entry.0);
    }
    w.0
}

/// A digest of everything [`build_projected_on`] reads of level `level`
/// (`None` if there is no such level): FNV-1a over the coordinates' bits
/// and the shapes' structure.
pub fn digest(assets: &GeoAssets, level: usize) -> Option<u64> {
    let geo_level: &GeoLevel = assets.levels.get(level)?;
    let mut h = Fnv::default();
    let disputed = geo_level.disputed.iter().take(assets.disputed.len());
    h.word(geo_level.countries.len() as u64);
    for country in &geo_level.countries {
        h.shape(&country.shape);
    }
    h.word(geo_level.lakes.len() as u64);
    for lake in &geo_level.lakes {
        h.shape(&lake.shape);
    }
    h.word(disputed.len() as u64);
    for shape in disputed {
        h.shape(shape);
    }
    h.lines(&geo_level.borders);
    h.lines(&geo_level.coastlines);
    Some(h.0)
}

/// FNV-1a, a 64-bit word at a time.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn word(&mut self, w: u64) {
        self.0 = (self.0 ^ w).wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn ring(&mut self, ring: &LineString<f64>) {
        self.word(ring.0.len() as u64);
        for c in &ring.0 {
            self.word(c.x.to_bits());
            self.word(c.y.to_bits());
        }
    }

    fn shape(&mut self, shape: &MultiPolygon<f64>) {
        self.word(shape.0.len() as u64);
        for polygon in &shape.0 {
            self.ring(polygon.exterior());
            self.word(polygon.interiors().len() as u64);
            for hole in polygon.interiors() {
                self.ring(hole);
            }
        }
    }

    fn lines(&mut self, lines: &MultiLineString<f64>) {
        self.word(lines.0.len() as u64);
        for line in &lines.0 {
            self.ring(line);
        }
    }
}

/// Writes the format above.
struct Writer(Vec<u8>);

impl Writer {
    fn count(&mut self, n: usize) {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        self.0.extend_from_slice(&n.to_le_bytes());
    }

    fn points(&mut self, points: &[[f32; 2]]) {
        self.count(points.len());
        for p in points {
            self.0.extend_from_slice(&p[0].to_bits().to_le_bytes());
            self.0.extend_from_slice(&p[1].to_bits().to_le_bytes());
        }
    }

    fn polylines(&mut self, lines: &[Vec<[f32; 2]>]) {
        self.count(lines.len());
        for line in lines {
            self.points(line);
        }
    }

    fn f64s(&mut self, values: &[f64]) {
        for v in values {
            self.0.extend_from_slice(&v.to_bits().to_le_bytes());
        }
    }

    fn rect(&mut self, r: &WorldRect) {
        self.f64s(&[r.min.x, r.min.y, r.max.x, r.max.y]);
    }

    fn features(&mut self, features: &[ProjectedFeature]) {
        self.count(features.len());
        for f in features {
            self.count(f.source_index);
            self.polylines(&f.rings);
            let from_rings = f.fill.vertices.iter().eq(f.rings.iter().flatten());
            if from_rings {
                self.0.push(1);
            } else {
                self.0.push(0);
                self.points(&f.fill.vertices);
            }
            self.count(f.fill.indices.len());
            for i in &f.fill.indices {
                self.0.extend_from_slice(&i.to_le_bytes());
            }
            self.rect(&f.bbox);
            self.f64s(&[f.label_point.x, f.label_point.y]);
        }
    }

    fn world(&mut self, world: &ProjectedWorld) {
        self.features(&world.countries);
        self.features(&world.lakes);
        self.features(&world.disputed);
        self.polylines(&world.borders);
        self.polylines(&world.coastlines);
        self.rect(&world.bounds);
    }
}

/// Reads the format above; every read is `None` past the end.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// After the magic line, or `None` if it is not there.
    fn new(bytes: &'a [u8]) -> Option<Self> {
        Some(Self {
            rest: bytes.strip_prefix(MAGIC)?,
        })
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.rest.split_first_chunk::<N>()?;
        self.rest = rest;
        Some(*head)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        self.take().map(u64::from_le_bytes)
    }

    fn index(&mut self) -> Option<usize> {
        self.u32().and_then(|n| usize::try_from(n).ok())
    }

    /// A count of items of at least `min_bytes` each: never more than the
    /// bytes left could hold (a corrupt count does not allocate wildly).
    fn count(&mut self, min_bytes: usize) -> Option<usize> {
        let n = self.index()?;
        (n.checked_mul(min_bytes)? <= self.rest.len()).then_some(n)
    }

    fn kind(&mut self) -> Option<ProjectionKind> {
        match self.take::<1>()? {
            [0] => Some(ProjectionKind::Regional),
            [1] => Some(ProjectionKind::World),
            _ => None,
        }
    }

    fn f64(&mut self) -> Option<f64> {
        self.u64().map(f64::from_bits)
    }

    fn points(&mut self) -> Option<Vec<[f32; 2]>> {
        let n = self.count(8)?;
        let (bytes, rest) = self.rest.split_at_checked(n * 8)?;
        self.rest = rest;
        Some(
            bytes
                .chunks_exact(8)
                .map(|p| {
                    let x = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
                    let y = u32::from_le_bytes([p[4], p[5], p[6], p[7]]);
                    [f32::from_bits(x), f32::from_bits(y)]
                })
                .collect(),
        )
    }

    fn polylines(&mut self) -> Option<Vec<Vec<[f32; 2]>>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.points()).collect()
    }

    fn rect(&mut self) -> Option<WorldRect> {
        let (x0, y0, x1, y1) = (self.f64()?, self.f64()?, self.f64()?, self.f64()?);
        Some(WorldRect {
            min: WorldXY::new(x0, y0),
            max: WorldXY::new(x1, y1),
        })
    }

    fn features(&mut self) -> Option<Vec<ProjectedFeature>> {
        let n = self.count(4)?;
        (0..n)
            .map(|_| {
                let source_index = self.index()?;
                let rings = self.polylines()?;
                let vertices = match self.take::<1>()? {
                    [1] => rings.iter().flatten().copied().collect(),
                    [0] => self.points()?,
                    _ => return None,
                };
                let n = self.count(4)?;
                let (bytes, rest) = self.rest.split_at_checked(n * 4)?;
                self.rest = rest;
                let indices: Vec<u32> = bytes
                    .chunks_exact(4)
                    .map(|i| u32::from_le_bytes([i[0], i[1], i[2], i[3]]))
                    .collect();
                if indices.iter().any(|&i| i as usize >= vertices.len()) {
                    return None;
                }
                let bbox = self.rect()?;
                let label_point = WorldXY::new(self.f64()?, self.f64()?);
                Some(ProjectedFeature {
                    source_index,
                    fill: TriMesh { vertices, indices },
                    rings,
                    bbox,
                    label_point,
                })
            })
            .collect()
    }

    fn world(&mut self, projection: &Projection, level: usize) -> Option<ProjectedWorld> {
        Some(ProjectedWorld {
            projection: projection.clone(),
            level,
            countries: self.features()?,
            lakes: self.features()?,
            disputed: self.features()?,
            borders: self.polylines()?,
            coastlines: self.polylines()?,
            bounds: self.rect()?,
        })
    }
}
