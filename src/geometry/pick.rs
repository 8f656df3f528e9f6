//! Hit-testing: which feature is under a point of the plane.

use rstar::{AABB, RTree, RTreeObject};

use super::coords::WorldXY;
use super::world::ProjectedFeature;

/// One ring's bounding box, for the R-tree.
#[derive(Clone, Copy, Debug)]
struct Entry {
    feature: usize,
    ring: usize,
    envelope: AABB<[f64; 2]>,
}

impl RTreeObject for Entry {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.envelope
    }
}

/// An R-tree over the rings of features, answering "which feature is under
/// this point" with an exact even-odd test.
///
/// Built for one slice of features and queried with the same slice.
#[derive(Debug)]
pub struct PickIndex {
    tree: RTree<Entry>,
    /// Filled area of each feature (km²), to prefer the smallest match.
    areas: Vec<f64>,
}

impl PickIndex {
    /// Index the features (by the bounding box of each ring).
    pub fn new(features: &[ProjectedFeature]) -> Self {
        let mut entries = Vec::new();
        for (feature, f) in features.iter().enumerate() {
            for (ring, points) in f.rings.iter().enumerate() {
                if let Some(envelope) = ring_envelope(points) {
                    entries.push(Entry {
                        feature,
                        ring,
                        envelope,
                    });
                }
            }
        }
        Self {
            tree: RTree::bulk_load(entries),
            areas: features.iter().map(|f| f.fill.area()).collect(),
        }
    }

    /// The feature (index into `features`) containing the point: even-odd
    /// over all of its rings; when several contain it (one inside another),
    /// the smallest by area, then the lowest index. `None` when no feature
    /// contains it or the point is not finite.
    pub fn pick(&self, features: &[ProjectedFeature], p: WorldXY) -> Option<usize> {
        if !(p.x.is_finite() && p.y.is_finite()) {
            return None;
        }
        // Even-odd over all rings of a feature is the parity of the rings
        // containing the point, and only rings whose box holds the point
        // can: so test just those.
        let mut hits: Vec<(usize, usize)> = self
            .tree
            .locate_in_envelope_intersecting(&AABB::from_point([p.x, p.y]))
            .map(|e| (e.feature, e.ring))
            .collect();
        hits.sort_unstable();
        let mut best: Option<(f64, usize)> = None;
        let mut i = 0;
        while let Some(&(feature, _)) = hits.get(i) {
            let mut inside = false;
            while let Some(&(f, ring)) = hits.get(i) {
                if f != feature {
                    break;
                }
                let ring = features.get(f).and_then(|x| x.rings.get(ring));
                if ring.is_some_and(|r| ring_contains(r, p)) {
                    inside = !inside;
                }
                i += 1;
            }
            if inside && feature < features.len() {
                let area = self.areas.get(feature).copied().unwrap_or(f64::INFINITY);
                if best.is_none_or(|(a, _)| area < a) {
                    best = Some((area, feature));
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

fn ring_envelope(ring: &[[f32; 2]]) -> Option<AABB<[f64; 2]>> {
    let mut min = [f64::INFINITY; 2];
    let mut max = [f64::NEG_INFINITY; 2];
    for p in ring {
        for k in 0..2 {
            let v = f64::from(p[k]);
            if v.is_finite() {
                min[k] = min[k].min(v);
                max[k] = max[k].max(v);
            }
        }
    }
    (min[0] <= max[0] && min[1] <= max[1]).then(|| AABB::from_corners(min, max))
}

/// Even-odd point-in-feature over all rings (open or closed).
pub fn feature_contains(feature: &ProjectedFeature, p: WorldXY) -> bool {
    contains(feature, p)
}

fn contains(feature: &ProjectedFeature, p: WorldXY) -> bool {
    feature.bbox.contains(p)
        && feature.rings.iter().filter(|r| ring_contains(r, p)).count() % 2 == 1
}

/// Crossing-number test of one ring (open or closed).
fn ring_contains(ring: &[[f32; 2]], p: WorldXY) -> bool {
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut inside = false;
    let mut j = n - 1;
    for i in 0..n {
        let (xi, yi) = (f64::from(ring[i][0]), f64::from(ring[i][1]));
        let (xj, yj) = (f64::from(ring[j][0]), f64::from(ring[j][1]));
        if (yi > p.y) != (yj > p.y) && p.x < (xj - xi) * (p.y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}
