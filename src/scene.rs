//! The scene cache: projected, simplified, triangulated geometry and the
//! picking index, built once per (projection, level of detail) and reused
//! until the data, projection or zoom level changes. Painting a frame only
//! transforms what is here; it never re-projects or re-triangulates.
//!
//! No egui here: stroke meshes that depend on screen scale live in
//! [`crate::map::MapCache`].

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::geometry::{
    GeoAssets, PickIndex, ProjectedWorld, Projection, ProjectionKind, WorldXY, build_projected,
    graticule,
};
use crate::model::CountryCode;

/// Graticule spacing in degrees.
const GRATICULE_STEP_DEG: f64 = 10.0;

/// One level of detail in one projection, ready to paint and pick.
pub struct SceneLevel {
    /// Projected, triangulated countries, lakes, disputed areas, borders.
    pub world: ProjectedWorld,
    /// Hit-testing for countries.
    pub countries_pick: PickIndex,
    /// Hit-testing for disputed areas (checked before countries).
    pub disputed_pick: PickIndex,
    /// The ISO code of each feature in `world.countries` (None for
    /// Natural Earth features without one).
    pub codes: Vec<Option<CountryCode>>,
}

impl SceneLevel {
    fn build(geo: &GeoAssets, projection: &Projection, level: usize) -> Self {
        let world = build_projected(geo, projection, level);
        let countries_pick = PickIndex::new(&world.countries);
        let disputed_pick = PickIndex::new(&world.disputed);
        let codes = world
            .countries
            .iter()
            .map(|f| {
                geo.levels
                    .get(level)
                    .and_then(|l| l.countries.get(f.source_index))
                    .and_then(|c| CountryCode::try_from(c.code.as_str()).ok())
            })
            .collect();
        Self {
            world,
            countries_pick,
            disputed_pick,
            codes,
        }
    }

    /// The country feature (index into `world.countries`) under a point.
    pub fn pick_country(&self, p: WorldXY) -> Option<usize> {
        self.countries_pick.pick(&self.world.countries, p)
    }

    /// The disputed area (index into `world.disputed`) under a point.
    pub fn pick_disputed(&self, p: WorldXY) -> Option<usize> {
        self.disputed_pick.pick(&self.world.disputed, p)
    }
}

/// All levels built so far, keyed by projection and level index.
pub struct Scene {
    geo: Arc<GeoAssets>,
    levels: BTreeMap<(ProjectionKind, usize), Arc<SceneLevel>>,
    projections: BTreeMap<ProjectionKind, Projection>,
    graticules: BTreeMap<ProjectionKind, Arc<Vec<Vec<[f32; 2]>>>>,
}

impl Scene {
    /// A scene over the given geometry; nothing is built until asked.
    pub fn new(geo: Arc<GeoAssets>) -> Self {
        Self {
            geo,
            levels: BTreeMap::new(),
            projections: BTreeMap::new(),
            graticules: BTreeMap::new(),
        }
    }

    /// The raw geometry (names, codes, disputed facts).
    pub fn geo(&self) -> &GeoAssets {
        &self.geo
    }

    /// The raw geometry, shared.
    pub fn geo_arc(&self) -> &Arc<GeoAssets> {
        &self.geo
    }

    /// The projection of a kind (cached: constructing one is cheap, but keeps
    /// the same instance for every caller).
    pub fn projection(&mut self, kind: ProjectionKind) -> &Projection {
        self.projections
            .entry(kind)
            .or_insert_with(|| Projection::new(kind))
    }

    /// Which level of detail suits a scale: the coarsest whose simplification
    /// tolerance stays under about half a pixel.
    pub fn level_index_for(&self, km_per_pixel: f64) -> usize {
        const KM_PER_DEGREE: f64 = 111.0;
        let levels = &self.geo.levels;
        let mut best = 0;
        for (i, level) in levels.iter().enumerate() {
            if level.tolerance_deg * KM_PER_DEGREE <= 0.6 * km_per_pixel {
                best = i;
            }
        }
        best
    }

    /// The levels built so far (projection, level index), in order.
    pub fn built_levels(&self) -> Vec<(ProjectionKind, usize)> {
        self.levels.keys().copied().collect()
    }

    /// The level for a projection and scale, building it on first use.
    pub fn level(&mut self, kind: ProjectionKind, km_per_pixel: f64) -> Arc<SceneLevel> {
        let index = self.level_index_for(km_per_pixel);
        self.level_at(kind, index)
    }

    /// A specific level, building it on first use.
    pub fn level_at(&mut self, kind: ProjectionKind, index: usize) -> Arc<SceneLevel> {
        if let Some(level) = self.levels.get(&(kind, index)) {
            return Arc::clone(level);
        }
        let projection = self.projection(kind).clone();
        let built = Arc::new(SceneLevel::build(&self.geo, &projection, index));
        self.levels.insert((kind, index), Arc::clone(&built));
        built
    }

    /// Graticule lines of a projection, in plane km (f32), built once.
    pub fn graticule(&mut self, kind: ProjectionKind) -> Arc<Vec<Vec<[f32; 2]>>> {
        if let Some(g) = self.graticules.get(&kind) {
            return Arc::clone(g);
        }
        let lines = graticule(self.projection(kind), GRATICULE_STEP_DEG)
            .into_iter()
            .map(|line| line.iter().map(|p| [p.x as f32, p.y as f32]).collect())
            .collect();
        let lines = Arc::new(lines);
        self.graticules.insert(kind, Arc::clone(&lines));
        lines
    }
}
