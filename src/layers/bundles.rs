//! Bundled relation arcs ("Bundle relations", `relations.bundle`): the
//! arcs of what is shown, bundled by kernel density
//! ([`crate::geometry::bundle()`]) on the plane of the projection.
//!
//! A bundle depends on the content only (the data, the pairs of states
//! drawn — so the year and the filters — and the projection), never on the
//! camera: a pan or a zoom transforms the bundled lines like any other, and
//! a year that draws the same pairs reuses them. The window bundles on
//! another thread and draws the unbundled arcs until the bundles arrive
//! (the map says "Bundling…"); the headless render bundles at once.
//!
//! One line is bundled per pair of states (the pair's first arc, in the
//! pair's order); a pair's further arcs (other dimensions) follow it at a
//! small offset that grows with their parallel index, so they stay apart
//! as unbundled parallel arcs do. Fewer than two pairs: nothing to bundle,
//! the arcs are drawn as they were.
//!
//! The derived relations (Analysis ▸ derived relations) are bundled by the
//! same cache, each kind as a set of its own ([`LineSet`]): a judged score
//! and an agreement index mean different things, so their trunks are never
//! merged. Each set has its own key, cached bundles and running job.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};

use super::analysis::DerivedArc;
use super::relations::RelationArc;
use crate::geometry::{BundleOptions, ProjectionKind, WorldXY, bundle_until};
use crate::model::CountryCode;
use crate::shown::{ShownDerived, ShownRelation};
use crate::state::DerivedKind;

/// Bundles kept for contents shown before (a year slider going back and
/// forth over the same pairs reuses them), over all line sets.
const KEEP: usize = 8;

/// Which lines are bundled together: the judged relations, or the derived
/// relations of one kind. Sets are bundled apart from each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LineSet {
    /// The judged relation arcs.
    Judged,
    /// The derived relations of one kind.
    Derived(DerivedKind),
}

/// Offset of a pair's further arcs from its bundled line, per parallel
/// index, as a share of the distance between the two states (at the middle
/// of the line; none at the ends).
const PARALLEL_OFFSET: f64 = 0.03;

/// A pair of states in code order.
type Pair = (CountryCode, CountryCode);

/// What a bundle is computed from.
#[derive(Clone, Debug, PartialEq)]
struct BundleKey {
    set: LineSet,
    data: u64,
    projection: ProjectionKind,
    /// The pairs drawn, in the order of their first arc.
    pairs: Arc<Vec<Pair>>,
}

/// Bundled lines of one content: per pair, and the arcs made from them.
#[derive(Debug)]
struct Bundled {
    key: BundleKey,
    paths: BTreeMap<Pair, Vec<WorldXY>>,
    /// The drawn lines by (a, b, parallel), made once, so that an arc keeps
    /// its line (and the tessellated lines are reused) while only the year
    /// changes.
    curves: BTreeMap<(CountryCode, CountryCode, usize), Arc<Vec<WorldXY>>>,
}

/// One bundling running on another thread.
#[derive(Debug)]
struct Job {
    key: BundleKey,
    stop: Arc<AtomicBool>,
    rx: Receiver<Option<Vec<Vec<WorldXY>>>>,
}

/// Whether the arcs could be drawn bundled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleStatus {
    /// The arcs are bundled.
    Bundled,
    /// Fewer than two pairs: nothing to bundle, the arcs are as they were.
    Nothing,
    /// Being bundled on another thread: the arcs are as they were until
    /// then.
    Pending,
}

/// The bundles of the map: computed per content, kept for a few, and the
/// one being computed.
#[derive(Debug, Default)]
pub struct BundleCache {
    done: Vec<Bundled>,
    /// At most one job per line set.
    running: Vec<Job>,
    /// Bumped each time bundles arrive from the other thread.
    arrived: u64,
    /// How many bundlings were started (tests see cache hits).
    started: u64,
    options: BundleOptions,
}

impl BundleCache {
    /// Store what the other thread finished. True when something arrived
    /// (the map then draws again from it).
    pub fn take_arrivals(&mut self) -> bool {
        let mut any = false;
        let mut i = 0;
        while let Some(job) = self.running.get(i) {
            match job.rx.try_recv() {
                Ok(Some(lines)) => {
                    let job = self.running.remove(i);
                    self.store(job.key, lines);
                }
                Ok(None) | Err(TryRecvError::Disconnected) => {
                    self.running.remove(i);
                }
                Err(TryRecvError::Empty) => {
                    i += 1;
                    continue;
                }
            }
            self.arrived += 1;
            any = true;
        }
        any
    }

    /// Changes whenever bundles arrived.
    pub fn arrived(&self) -> u64 {
        self.arrived
    }

    /// Whether a bundling is running on another thread.
    pub fn is_pending(&self) -> bool {
        !self.running.is_empty()
    }

    /// How many bundlings were started since the cache was made.
    pub fn started(&self) -> u64 {
        self.started
    }

    /// Replace the lines of `arcs` (made from `shown`, in the map's
    /// [`super::relations::ArcCurves`]) by their bundled lines: from the
    /// cache, computed now (`background` false: the headless render), or
    /// started on another thread (`background` true: the window; the arcs
    /// stay as they are meanwhile).
    pub fn apply(
        &mut self,
        arcs: &mut [RelationArc],
        shown: &[ShownRelation],
        (data, projection): (u64, ProjectionKind),
        background: bool,
    ) -> BundleStatus {
        let mut firsts: BTreeMap<Pair, usize> = BTreeMap::new();
        let mut pairs = Vec::new();
        for (i, arc) in arcs.iter().enumerate() {
            let Some(r) = shown.get(arc.shown) else {
                continue;
            };
            if let std::collections::btree_map::Entry::Vacant(slot) = firsts.entry(r.pair()) {
                slot.insert(i);
                pairs.push(r.pair());
            }
        }
        let key = BundleKey {
            set: LineSet::Judged,
            data,
            projection,
            pairs: Arc::new(pairs),
        };
        let lines = |pairs: &[Pair]| -> Vec<Vec<WorldXY>> {
            pairs
                .iter()
                .map(|pair| {
                    let first = firsts.get(pair).and_then(|i| arcs.get(*i));
                    first.map_or_else(Vec::new, |arc| in_pair_order(arc, shown, *pair))
                })
                .collect()
        };
        let index = match self.bundled(key, lines, background) {
            Ok(index) => index,
            Err(status) => return status,
        };
        let Some(bundled) = self.done.get_mut(index) else {
            return BundleStatus::Nothing;
        };
        for arc in arcs.iter_mut() {
            let Some(r) = shown.get(arc.shown) else {
                continue;
            };
            let pair = r.pair();
            let Some(path) = bundled.paths.get(&pair) else {
                continue;
            };
            let curve = bundled
                .curves
                .entry((r.a, r.b, r.parallel))
                .or_insert_with(|| Arc::new(follow(path, r.parallel, r.a != pair.0)));
            arc.points = Arc::clone(curve);
            arc.bundled = true;
        }
        BundleStatus::Bundled
    }

    /// [`Self::apply`] for the derived arcs: each kind bundled as a set of
    /// its own (one line per pair, from the pair's first state). The status
    /// is the least finished of the kinds: pending if any is, bundled if
    /// any is, else nothing.
    pub fn apply_derived(
        &mut self,
        arcs: &mut [DerivedArc],
        derived: &[ShownDerived],
        (data, projection): (u64, ProjectionKind),
        background: bool,
    ) -> BundleStatus {
        let mut kinds: BTreeMap<DerivedKind, Vec<usize>> = BTreeMap::new();
        for (i, arc) in arcs.iter().enumerate() {
            if let Some(d) = derived.get(arc.shown) {
                kinds.entry(d.kind).or_default().push(i);
            }
        }
        let mut status = BundleStatus::Nothing;
        for (kind, members) in kinds {
            let pairs: Vec<Pair> = members
                .iter()
                .filter_map(|i| arcs.get(*i).and_then(|arc| derived.get(arc.shown)))
                .map(|d| (d.a, d.b))
                .collect();
            let key = BundleKey {
                set: LineSet::Derived(kind),
                data,
                projection,
                pairs: Arc::new(pairs),
            };
            let lines = |_: &[Pair]| -> Vec<Vec<WorldXY>> {
                members
                    .iter()
                    .filter_map(|i| arcs.get(*i))
                    .map(|arc| arc.points.as_ref().clone())
                    .collect()
            };
            let index = match self.bundled(key, lines, background) {
                Ok(index) => index,
                Err(BundleStatus::Pending) => {
                    status = BundleStatus::Pending;
                    continue;
                }
                Err(_) => continue,
            };
            let Some(bundled) = self.done.get_mut(index) else {
                continue;
            };
            for i in &members {
                let Some(arc) = arcs.get_mut(*i) else {
                    continue;
                };
                let Some(d) = derived.get(arc.shown) else {
                    continue;
                };
                let Some(path) = bundled.paths.get(&(d.a, d.b)) else {
                    continue;
                };
                let curve = bundled
                    .curves
                    .entry((d.a, d.b, 0))
                    .or_insert_with(|| Arc::new(path.clone()));
                arc.points = Arc::clone(curve);
                arc.bundled = true;
            }
            if status == BundleStatus::Nothing {
                status = BundleStatus::Bundled;
            }
        }
        status
    }

    /// The index in `done` of the bundles of `key`: cached, computed now
    /// (`background` false) from `lines` (one per pair of the key, in the
    /// key's order), or started on another thread (`Err(Pending)`). Fewer
    /// than two pairs: `Err(Nothing)`.
    fn bundled(
        &mut self,
        key: BundleKey,
        lines: impl FnOnce(&[Pair]) -> Vec<Vec<WorldXY>>,
        background: bool,
    ) -> Result<usize, BundleStatus> {
        if key.pairs.len() < 2 {
            return Err(BundleStatus::Nothing);
        }
        if let Some(i) = self.done.iter().position(|b| b.key == key) {
            return Ok(i);
        }
        let lines = lines(&key.pairs);
        if background {
            self.start(key, lines);
            return Err(BundleStatus::Pending);
        }
        let bundled = bundle_until(&lines, &self.options, &|| false).unwrap_or(lines);
        self.started += 1;
        self.store(key, bundled);
        Ok(self.done.len() - 1)
    }

    fn store(&mut self, key: BundleKey, lines: Vec<Vec<WorldXY>>) {
        self.done.retain(|b| b.key != key);
        if self.done.len() >= KEEP {
            self.done.remove(0);
        }
        let paths = key.pairs.iter().copied().zip(lines).collect();
        self.done.push(Bundled {
            key,
            paths,
            curves: BTreeMap::new(),
        });
    }

    /// Bundle `lines` on another thread, unless that is already running;
    /// a bundling of other content of the same line set that is running is
    /// told to stop.
    fn start(&mut self, key: BundleKey, lines: Vec<Vec<WorldXY>>) {
        if let Some(i) = self.running.iter().position(|j| j.key.set == key.set) {
            let job = self.running.remove(i);
            if job.key == key {
                self.running.insert(i, job);
                return;
            }
            job.stop.store(true, Ordering::Relaxed);
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stop_there = Arc::clone(&stop);
        let options = self.options;
        let spawned = std::thread::Builder::new()
            .name("heartland-bundle".to_owned())
            .spawn(move || {
                let bundled =
                    bundle_until(&lines, &options, &|| stop_there.load(Ordering::Relaxed));
                // The receiver may be gone (new content): nothing to do.
                let _ = tx.send(bundled);
            });
        if spawned.is_ok() {
            self.started += 1;
            self.running.push(Job { key, stop, rx });
        }
    }
}

/// An arc's line from the pair's first state to its second.
fn in_pair_order(arc: &RelationArc, shown: &[ShownRelation], pair: Pair) -> Vec<WorldXY> {
    let mut points = arc.points.as_ref().clone();
    if shown.get(arc.shown).is_some_and(|r| r.a != pair.0) {
        points.reverse();
    }
    points
}

/// The line of a pair's arc number `parallel` along the pair's bundled
/// `path` (in pair order): the path itself for the first, offset to its
/// left for the others (more for each), reversed when the arc runs from
/// the pair's second state.
fn follow(path: &[WorldXY], parallel: usize, reversed: bool) -> Vec<WorldXY> {
    let mut out = path.to_vec();
    if parallel > 0 && path.len() >= 3 {
        let (first, last) = (path[0], path[path.len() - 1]);
        let chord = (last.x - first.x).hypot(last.y - first.y);
        let n = path.len() - 1;
        for (i, p) in out.iter_mut().enumerate().take(n).skip(1) {
            let (before, after) = (path[i - 1], path[i + 1]);
            let (dx, dy) = (after.x - before.x, after.y - before.y);
            let length = dx.hypot(dy);
            if length <= 0.0 || !length.is_finite() {
                continue;
            }
            let t = i as f64 / n as f64;
            let offset =
                PARALLEL_OFFSET * chord * parallel as f64 * (std::f64::consts::PI * t).sin();
            // (−dy, dx): the direction turned a quarter to the left.
            p.x -= dy / length * offset;
            p.y += dx / length * offset;
        }
    }
    if reversed {
        out.reverse();
    }
    out
}
