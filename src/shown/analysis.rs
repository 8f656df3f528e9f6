//! Network analysis in the view (C8, C9): the metrics of the graph the
//! analysis is computed on, and the derived relations drawn as arcs. No
//! egui.
//!
//! The graph is the one the user chose ([`MetricsGraph`]): the judged
//! relations of the year after the dimension and strength filters (whether
//! or not the relations layer is on; the focus country only dims, it does
//! not change the graph), or one derived relation kind among the atlas's
//! states (every country whose `group` is not `"Other"`: the region and its
//! neighbours, where the map draws arcs). See `docs/analysis.md`.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::analysis::{
    EdgeInput, EdgeKind, KindWeights, Metric, Metrics, MetricsCache, VoteIndex, shared_memberships,
};
use crate::model::{CountryCode, Dataset, OrgId};
use crate::state::{DerivedKind, MetricsGraph, RelationFilter, Scope, State};

use super::relations;

/// The group of the states outside the atlas's region (drawn, but with no
/// derived arcs).
pub const OUTSIDE_GROUP: &str = "Other";

/// What a derived value was computed from (the inspector shows it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DerivedBasis {
    /// The organizations both states are full members of in the year.
    Organizations {
        /// Those organizations, by id.
        shared: Vec<OrgId>,
        /// How many organizations had a full member that year (the
        /// denominator).
        of: usize,
    },
    /// The recorded UN votes up to the year on which both cast a vote.
    Votes {
        /// Votes on which both cast a vote (yes, no or abstain).
        compared: usize,
        /// Of those, votes on which both voted alike.
        agreed: usize,
    },
}

/// One derived relation between two states, in `[0, 1]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownDerived {
    /// Which derived relation.
    pub kind: DerivedKind,
    /// The smaller code of the pair.
    pub a: CountryCode,
    /// The larger code of the pair.
    pub b: CountryCode,
    /// The value, in `[0, 1]`.
    pub value: f64,
    /// What it was computed from.
    pub basis: DerivedBasis,
    /// Outside the focus country's relations (shown faintly).
    pub dimmed: bool,
}

/// The atlas's states: every country not in the [`OUTSIDE_GROUP`], sorted.
pub fn atlas_states(dataset: &Dataset) -> BTreeSet<CountryCode> {
    dataset
        .countries
        .values()
        .filter(|c| c.group != OUTSIDE_GROUP)
        .map(|c| c.code)
        .collect()
}

/// Cached across frames: the UN vote index, built once per dataset (it
/// scans every recorded vote).
#[derive(Debug, Default)]
pub struct DerivedCache {
    votes: Option<(u64, Arc<VoteIndex>)>,
}

impl DerivedCache {
    /// The vote index of data generation `generation`, if built.
    pub fn cached_votes(&self, generation: u64) -> Option<Arc<VoteIndex>> {
        match &self.votes {
            Some((g, index)) if *g == generation => Some(Arc::clone(index)),
            _ => None,
        }
    }

    /// Keep an index built elsewhere (on another thread).
    pub fn insert(&mut self, generation: u64, index: Arc<VoteIndex>) {
        self.votes = Some((generation, index));
    }

    /// The vote index of `dataset`, built if `generation` is new.
    pub fn votes(&mut self, dataset: &Dataset, generation: u64) -> Arc<VoteIndex> {
        match &self.votes {
            Some((g, index)) if *g == generation => Arc::clone(index),
            _ => {
                let index = Arc::new(VoteIndex::new(dataset));
                self.votes = Some((generation, Arc::clone(&index)));
                index
            }
        }
    }
}

/// The values of one derived kind in `year` among the atlas's states (or,
/// with [`Scope::All`], among every state in the data), sorted by pair,
/// with the relation filter's threshold applied and the focus country
/// dimming the rest.
pub fn derived(
    dataset: &Dataset,
    (kind, scope): (DerivedKind, Scope),
    year: i32,
    filter: &RelationFilter,
    votes: &dyn Fn() -> Arc<VoteIndex>,
) -> Vec<ShownDerived> {
    let atlas = match scope {
        Scope::Focus => atlas_states(dataset),
        Scope::All => dataset.countries.keys().copied().collect(),
    };
    // Each pair as (a, b, value, basis), whatever the kind.
    let pairs: Vec<(CountryCode, CountryCode, f64, DerivedBasis)> = match kind {
        DerivedKind::SharedMemberships => {
            let shared = shared_memberships(dataset, year, &KindWeights::default());
            let of = shared.organizations.len();
            shared
                .pairs
                .into_iter()
                .map(|p| {
                    let basis = DerivedBasis::Organizations {
                        shared: p.organizations,
                        of,
                    };
                    (p.a, p.b, p.value, basis)
                })
                .collect()
        }
        DerivedKind::UnVoteAgreement => votes()
            .agreement(year)
            .pairs
            .into_iter()
            .map(|p| {
                let basis = DerivedBasis::Votes {
                    compared: p.compared,
                    agreed: p.agreed,
                };
                (p.a, p.b, p.value, basis)
            })
            .collect(),
    };
    let mut out: Vec<ShownDerived> = pairs
        .into_iter()
        .filter(|(a, b, ..)| atlas.contains(a) && atlas.contains(b))
        .map(|(a, b, value, basis)| ShownDerived {
            kind,
            a,
            b,
            value,
            basis,
            dimmed: filter.focus.is_some_and(|f| f != a && f != b),
        })
        .collect();
    out.retain(|d| d.value.is_finite() && d.value >= filter.min_strength);
    out.sort_by_key(|x| (x.a, x.b));
    out
}

/// The graph inputs of the metrics for `state`'s year and choices.
pub fn metric_inputs(
    dataset: &Dataset,
    state: &State,
    votes: &dyn Fn() -> Arc<VoteIndex>,
) -> Vec<EdgeInput> {
    let year = state.year;
    let derived_inputs = |kind: DerivedKind, edge: EdgeKind| -> Vec<EdgeInput> {
        // The threshold and focus of the relations list do not change the
        // graph: the derived graph is every pair with a value.
        let filter = RelationFilter {
            min_strength: 0.0,
            focus: None,
            ..RelationFilter::default()
        };
        derived(dataset, (kind, state.analysis.scope), year, &filter, votes)
            .into_iter()
            .map(|d| EdgeInput {
                a: d.a,
                b: d.b,
                kind: edge,
                score: d.value,
                directed: false,
            })
            .collect()
    };
    match state.analysis.graph {
        MetricsGraph::Relations => relations::compute(dataset, year, &state.relations)
            .iter()
            .map(|r| EdgeInput::judged(r.a, r.b, r.dimension, r.score.value(), r.directed))
            .collect(),
        MetricsGraph::SharedMemberships => {
            derived_inputs(DerivedKind::SharedMemberships, EdgeKind::SharedMemberships)
        }
        MetricsGraph::UnVoteAgreement => {
            derived_inputs(DerivedKind::UnVoteAgreement, EdgeKind::UnVoteAgreement)
        }
    }
}

/// The metrics for `state`'s year and choices (empty metrics when the graph
/// has no edge).
pub fn metrics(dataset: &Dataset, state: &State, votes: &dyn Fn() -> Arc<VoteIndex>) -> Metrics {
    let inputs = metric_inputs(dataset, state, votes);
    if inputs.is_empty() {
        Metrics::default()
    } else {
        Metrics::from_inputs(&inputs)
    }
}

/// What the metrics of a year depend on besides the data and the year: the
/// graph chosen and, for judged relations, the dimensions and threshold (a
/// key of [`crate::analysis::MetricsCache`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MetricsKey {
    graph: MetricsGraph,
    scope: Scope,
    dimensions: Vec<crate::model::Dimension>,
    min_strength_bits: u64,
}

impl MetricsKey {
    /// The key of `state`'s choices.
    pub fn of(state: &State) -> Self {
        let relations = state.analysis.graph == MetricsGraph::Relations;
        Self {
            graph: state.analysis.graph,
            scope: if relations {
                Scope::Focus
            } else {
                state.analysis.scope
            },
            dimensions: if relations {
                state.relations.dimensions.iter().copied().collect()
            } else {
                Vec::new()
            },
            min_strength_bits: if relations {
                state.relations.min_strength.to_bits()
            } else {
                0
            },
        }
    }
}

/// The metrics of `year` with `state`'s other choices.
pub fn metrics_in(
    dataset: &Dataset,
    state: &State,
    year: i32,
    votes: &dyn Fn() -> Arc<VoteIndex>,
) -> Metrics {
    let mut at = state.clone();
    at.year = year;
    metrics(dataset, &at, votes)
}

/// The one metrics cache of the window: the view ([`super::ShownCache`])
/// fills it for the year shown, and the plots read it (the ranking, a
/// state's metric over time, the inspector's numbers), so a year's metrics
/// are computed once whoever asks first. A handle: clones share the cache.
#[derive(Clone, Debug, Default)]
pub struct SharedMetrics(Arc<Mutex<MetricsCache<MetricsKey>>>);

impl SharedMetrics {
    /// The cache, locked (held while a year's metrics are computed: none of
    /// the computations reads the cache; a panic while it was held left it
    /// whole, each change being one insert).
    fn lock(&self) -> MutexGuard<'_, MetricsCache<MetricsKey>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// See [`MetricsCache::get`].
    pub fn get(&self, generation: u64, year: i32, key: &MetricsKey) -> Option<Arc<Metrics>> {
        self.lock().get(generation, year, key)
    }

    /// See [`MetricsCache::insert`].
    pub fn insert(&self, generation: u64, year: i32, key: MetricsKey, metrics: Arc<Metrics>) {
        self.lock().insert(generation, year, key, metrics);
    }

    /// See [`MetricsCache::get_or_compute`].
    pub fn get_or_compute(
        &self,
        generation: u64,
        year: i32,
        key: &MetricsKey,
        compute: impl FnOnce() -> Metrics,
    ) -> Arc<Metrics> {
        self.lock().get_or_compute(generation, year, key, compute)
    }

    /// See [`MetricsCache::series`].
    pub fn series(
        &self,
        generation: u64,
        key: &MetricsKey,
        years: impl IntoIterator<Item = i32>,
        state: CountryCode,
        metric: Metric,
        compute: impl FnMut(i32) -> Metrics,
    ) -> Vec<(i32, Option<f64>)> {
        self.lock()
            .series(generation, key, years, state, metric, compute)
    }

    /// How many years' metrics were stored.
    pub fn computed(&self) -> usize {
        self.lock().computed()
    }
}
