//! The scene cache: projected, simplified, triangulated geometry and the
//! picking index, built once per (projection, level of detail) and reused
//! until the data, projection or zoom level changes. Painting a frame only
//! transforms what is here; it never re-projects or re-triangulates.
//!
//! Building a level takes 4-17 ms (release), more than a frame (the
//! bundled map's regional levels are read baked instead, in about a
//! millisecond: [`crate::geometry::baked`]): the window
//! turns on [`Scene::set_prefetch`], and the levels it has not built yet are
//! then built ahead, on another thread, so zooming or a tour's camera flight
//! never waits for one. A level asked for while it is still being built is
//! waited for (never built twice, never replaced by another level), so what
//! is drawn does not depend on the threads' timing.
//!
//! No egui here: stroke meshes that depend on screen scale live in
//! [`crate::map::MapCache`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, OnceLock};

use crate::geometry::{
    GeoAssets, PickIndex, ProjectedWorld, Projection, ProjectionKind, WorldXY, build_projected_on,
    graticule,
};
use crate::model::CountryCode;

/// Graticule spacing in degrees.
const GRATICULE_STEP_DEG: f64 = 10.0;

/// One level of detail in one projection, ready to paint and pick.
pub struct SceneLevel {
    /// Projected, triangulated countries, lakes, disputed areas, borders.
    pub world: ProjectedWorld,
    /// Hit-testing for countries, built at the first pick (a figure drawn
    /// from the command line never picks, and a window's first frame need
    /// not wait for it).
    countries_pick: OnceLock<PickIndex>,
    /// Hit-testing for disputed areas (checked before countries), likewise.
    disputed_pick: OnceLock<PickIndex>,
    /// The ISO code of each feature in `world.countries` (None for
    /// Natural Earth features without one).
    pub codes: Vec<Option<CountryCode>>,
}

impl SceneLevel {
    /// Read from the baked levels when this is one of them
    /// ([`crate::geometry::baked`]), else built on up to `threads` threads
    /// (see [`build_projected_on`]).
    fn build(geo: &GeoAssets, projection: &Projection, level: usize, threads: usize) -> Self {
        let world = crate::geometry::baked::projected(geo, projection, level)
            .unwrap_or_else(|| build_projected_on(geo, projection, level, threads));
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
            countries_pick: OnceLock::new(),
            disputed_pick: OnceLock::new(),
            codes,
        }
    }

    /// The country feature (index into `world.countries`) under a point.
    pub fn pick_country(&self, p: WorldXY) -> Option<usize> {
        self.countries_pick
            .get_or_init(|| PickIndex::new(&self.world.countries))
            .pick(&self.world.countries, p)
    }

    /// The disputed area (index into `world.disputed`) under a point.
    pub fn pick_disputed(&self, p: WorldXY) -> Option<usize> {
        self.disputed_pick
            .get_or_init(|| PickIndex::new(&self.world.disputed))
            .pick(&self.world.disputed, p)
    }
}

/// A level's key: projection and level index.
pub type LevelKey = (ProjectionKind, usize);

/// A thread building levels ahead, in order, sending each when it is built.
pub struct Prefetch {
    /// The levels it builds, in order.
    pub order: Vec<LevelKey>,
    /// How many of them it has started.
    started: Arc<AtomicUsize>,
    /// The levels still to arrive.
    pending: BTreeSet<LevelKey>,
    /// The built levels; disconnected if the thread ended early.
    rx: Receiver<(LevelKey, SceneLevel)>,
}

/// All levels built so far, keyed by projection and level index.
pub struct Scene {
    geo: Arc<GeoAssets>,
    /// The levels built so far (here or by a prefetch thread).
    pub levels: BTreeMap<LevelKey, Arc<SceneLevel>>,
    projections: BTreeMap<ProjectionKind, Projection>,
    graticules: BTreeMap<ProjectionKind, Arc<Vec<Vec<[f32; 2]>>>>,
    /// Whether [`Self::prefetch`] builds levels ahead (off by default: tests
    /// and command-line renders build only what they draw).
    prefetch_enabled: bool,
    /// Threads building levels ahead.
    pub prefetches: Vec<Prefetch>,
    /// The levels built on the calling thread because they were drawn (not
    /// built ahead), in the order they were built.
    built_when_drawn: Vec<LevelKey>,
}

impl Scene {
    /// A scene over the given geometry; nothing is built until asked.
    pub fn new(geo: Arc<GeoAssets>) -> Self {
        Self {
            geo,
            levels: BTreeMap::new(),
            projections: BTreeMap::new(),
            graticules: BTreeMap::new(),
            prefetch_enabled: false,
            prefetches: Vec::new(),
            built_when_drawn: Vec::new(),
        }
    }

    /// Build levels ahead on another thread when [`Self::prefetch`] is asked
    /// (the window), or only when they are drawn (the default).
    pub fn set_prefetch(&mut self, enabled: bool) {
        self.prefetch_enabled = enabled;
    }

    /// Start building, on another thread, every level of `kind` neither
    /// built nor being built, those nearest `near` first (the zoom moves to
    /// neighbouring levels first), then the other projections' levels but
    /// the finest, coarsest first (what a switch to the world view draws at
    /// window sizes). Nothing when prefetching is off or all are built;
    /// cheap enough to ask every frame. (Not every level of every
    /// projection: the finest takes the most memory, and a projection's
    /// three levels about 5.5 MB.)
    pub fn prefetch(&mut self, kind: ProjectionKind, near: usize) {
        if !self.prefetch_enabled {
            return;
        }
        self.take_prefetched();
        let n = self.geo.levels.len();
        let mut ordered: Vec<LevelKey> = (0..n).map(|index| (kind, index)).collect();
        ordered.sort_by_key(|&(_, index)| (index.abs_diff(near), index));
        for other in ProjectionKind::ALL
            .into_iter()
            .filter(|&other| other != kind)
        {
            ordered.extend((1..n).rev().map(|index| (other, index)));
        }
        let wanted: Vec<LevelKey> = ordered
            .into_iter()
            .filter(|key| {
                !self.levels.contains_key(key)
                    && !self.prefetches.iter().any(|p| p.pending.contains(key))
            })
            .collect();
        if wanted.is_empty() {
            return;
        }
        let geo = Arc::clone(&self.geo);
        let projections: BTreeMap<ProjectionKind, Projection> = ProjectionKind::ALL
            .into_iter()
            .map(|k| (k, self.projection(k).clone()))
            .collect();
        let (tx, rx) = mpsc::channel();
        let keys = wanted.clone();
        let started = Arc::new(AtomicUsize::new(0));
        let thread_started = Arc::clone(&started);
        let spawned = std::thread::Builder::new()
            .name("heartland-levels".to_owned())
            .spawn(move || {
                for (i, key @ (kind, index)) in keys.into_iter().enumerate() {
                    let Some(projection) = projections.get(&kind) else {
                        return;
                    };
                    thread_started.store(i + 1, Ordering::Release);
                    // One thread: the other core stays the window's.
                    let level = SceneLevel::build(&geo, projection, index, 1);
                    if tx.send((key, level)).is_err() {
                        return;
                    }
                }
            });
        // Without a thread, levels are built when drawn, as without prefetching.
        if spawned.is_ok() {
            self.prefetches.push(Prefetch {
                pending: wanted.iter().copied().collect(),
                order: wanted,
                started,
                rx,
            });
        }
    }

    /// Keep the levels built ahead that have arrived.
    fn take_prefetched(&mut self) {
        for prefetch in &mut self.prefetches {
            loop {
                match prefetch.rx.try_recv() {
                    Ok((key, level)) => {
                        prefetch.pending.remove(&key);
                        // Kept unless built meanwhile (see below).
                        self.levels.entry(key).or_insert_with(|| Arc::new(level));
                    }
                    Err(mpsc::TryRecvError::Empty) => break,
                    // The thread ended early: what is left is built when drawn.
                    Err(mpsc::TryRecvError::Disconnected) => {
                        prefetch.pending.clear();
                        break;
                    }
                }
            }
        }
        self.prefetches.retain(|p| !p.pending.is_empty());
    }

    /// Wait until every thread building ahead has ended, keeping what they
    /// built (for tests that compare what was built ahead with what is built
    /// when drawn).
    pub fn finish_prefetching(&mut self) {
        for prefetch in std::mem::take(&mut self.prefetches) {
            for (key, level) in prefetch.rx {
                self.levels.entry(key).or_insert_with(|| Arc::new(level));
            }
        }
    }

    /// Wait for `key` if a prefetch thread is building it now (keeping what
    /// arrives before it). Nothing if none is, or if its turn has not come
    /// yet: then it is built here, at once, rather than after the levels
    /// queued before it, and the thread's copy is dropped when it comes.
    fn wait_for_prefetched(&mut self, key: LevelKey) {
        let Some(prefetch) = self
            .prefetches
            .iter_mut()
            .find(|p| p.pending.contains(&key))
        else {
            return;
        };
        let position = prefetch.order.iter().position(|k| *k == key);
        if position.is_none_or(|i| i >= prefetch.started.load(Ordering::Acquire)) {
            prefetch.pending.remove(&key);
            return;
        }
        while prefetch.pending.contains(&key) {
            if let Ok((k, level)) = prefetch.rx.recv() {
                prefetch.pending.remove(&k);
                self.levels.entry(k).or_insert_with(|| Arc::new(level));
            } else {
                // The thread ended early: build what is left here.
                prefetch.pending.clear();
            }
        }
        self.prefetches.retain(|p| !p.pending.is_empty());
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

    /// The levels this scene built itself because they were asked for (not
    /// those built ahead on another thread), in the order they were built.
    pub fn levels_built_when_drawn(&self) -> &[(ProjectionKind, usize)] {
        &self.built_when_drawn
    }

    /// A specific level, building it on first use.
    pub fn level_at(&mut self, kind: ProjectionKind, index: usize) -> Arc<SceneLevel> {
        if !self.prefetches.is_empty() {
            self.take_prefetched();
            self.wait_for_prefetched((kind, index));
        }
        if let Some(level) = self.levels.get(&(kind, index)) {
            return Arc::clone(level);
        }
        let projection = self.projection(kind).clone();
        let built = Arc::new(SceneLevel::build(&self.geo, &projection, index, usize::MAX));
        self.levels.insert((kind, index), Arc::clone(&built));
        self.built_when_drawn.push((kind, index));
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
