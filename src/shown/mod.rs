//! What the current view shows, as plain data: the relation arcs, the
//! memberships and the chosen set, the corridors and the stance of the
//! chosen year after the user's filters. No egui, no colours, no screen
//! geometry.
//!
//! The one place every number the user sees comes from: the map's layers
//! turn a [`Shown`] into shapes with the palette, the hover texts and the
//! inspector read it, and `heartland export` writes it out as rows. It is
//! recomputed when the data or a choice that changes the content changes
//! (year, layers, filters, organizations, corridors, stance, selection),
//! never on pan, zoom or hover: see [`ShownCache`].

pub mod analysis;
mod corridors;
mod memberships;
mod relations;
mod stances;

use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::sync::Arc;

pub use analysis::{DerivedBasis, DerivedCache, ShownDerived};
pub use corridors::{
    CorridorChoice, CorridorGeometry, ShownCorridor, ShownSegment, route_length_km, waypoints,
};
pub use memberships::{ShownMember, ShownMemberships, set_op};
pub use relations::ShownRelation;
pub use stances::{ShownStance, StanceCell};

use crate::analysis::{Metrics, MetricsCache, VoteIndex};
use crate::model::{CorridorId, Dataset, OrgId, StanceId};
use crate::state::{
    Analysis, DerivedKind, Layers, MembershipSet, MetricsGraph, RelationFilter, Selection, State,
};

/// Everything the view shows for one year, in deterministic order. A layer
/// that is off contributes nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    /// The year shown.
    pub year: i32,
    /// Relation arcs after the filters, in the data's order (by pair, then
    /// dimension).
    pub relations: Vec<ShownRelation>,
    /// Members of the organizations switched on, and the chosen set.
    pub memberships: ShownMemberships,
    /// Corridors drawn, in id order.
    pub corridors: Vec<ShownCorridor>,
    /// Whether the corridors drawn are the ticked ones or, none being
    /// ticked, all of them.
    pub corridor_choice: CorridorChoice,
    /// The stance shown, if one is chosen and the layer is on.
    pub stance: Option<ShownStance>,
    /// Derived relations switched on (shared memberships, UN vote
    /// agreement), by kind, then pair.
    pub derived: Vec<ShownDerived>,
    /// The metrics of the analysis graph, when the map uses them (marker
    /// sizes or community colours).
    pub metrics: Option<Arc<Metrics>>,
    /// Short hints for a layer that is on but has nothing chosen ("Choose an
    /// issue in the Stances list"), so it never shows nothing silently.
    pub hints: Vec<String>,
}

impl Shown {
    /// What `state` shows of `dataset`.
    pub fn compute(dataset: &Dataset, state: &State) -> Self {
        let index = OnceCell::new();
        let votes = || Arc::clone(index.get_or_init(|| Arc::new(VoteIndex::new(dataset))));
        Self::compute_with(
            dataset,
            state,
            &votes,
            None,
            &mut CorridorGeometry::default(),
        )
    }

    /// [`Self::compute`] with the UN vote index from a cache and, if
    /// `cached` is given, these metrics of the year (from a cache) instead of
    /// computing them.
    pub fn compute_with(
        dataset: &Dataset,
        state: &State,
        votes: &dyn Fn() -> Arc<VoteIndex>,
        cached: Option<Arc<Metrics>>,
        corridor_geometry: &mut CorridorGeometry,
    ) -> Self {
        let year = state.year;
        let layers = state.layers;
        let mut hints = Vec::new();
        let relations = if layers.relations {
            if state.relations.dimensions.is_empty() {
                hints.push("Choose a dimension in the Relations list".to_owned());
            }
            relations::compute(dataset, year, &state.relations)
        } else {
            Vec::new()
        };
        let memberships = if layers.memberships {
            if state.organizations.is_empty() {
                hints.push("Choose an organization in the Organizations list".to_owned());
            }
            memberships::compute(dataset, &state.organizations, year, state.membership_set)
        } else {
            ShownMemberships::default()
        };
        let (corridors, corridor_choice) = if layers.corridors {
            let (chosen, choice) = corridors::chosen(dataset, state.ticked_corridors.as_ref());
            if choice == CorridorChoice::None {
                hints.push("Tick a corridor in the Corridors list".to_owned());
            }
            (
                corridors::compute(dataset, &chosen, year, corridor_geometry),
                choice,
            )
        } else {
            (Vec::new(), CorridorChoice::default())
        };
        let stance = if layers.stances {
            let stance = state
                .stance
                .as_ref()
                .and_then(|id| stances::compute(dataset, id, year));
            if stance.is_none() {
                hints.push("Choose an issue in the Stances list".to_owned());
            }
            stance
        } else {
            None
        };
        let derived = state
            .analysis
            .derived
            .iter()
            .flat_map(|kind| analysis::derived(dataset, *kind, year, &state.relations, votes))
            .collect();
        // Computed when the map uses them, or when a derived graph is
        // chosen (exports then give that graph's metrics).
        let metrics = (state.analysis.map_needs_metrics()
            || state.analysis.graph != MetricsGraph::Relations)
            .then(|| cached.unwrap_or_else(|| Arc::new(analysis::metrics(dataset, state, votes))));
        Self {
            year,
            relations,
            memberships,
            corridors,
            corridor_choice,
            stance,
            derived,
            metrics,
            hints,
        }
    }
}

/// Everything in [`State`] that changes what is shown (not the camera, the
/// theme or the panels).
#[derive(Clone, Debug, PartialEq)]
struct ShownKey {
    generation: u64,
    year: i32,
    layers: Layers,
    filter: RelationFilter,
    organizations: Vec<OrgId>,
    set: MembershipSet,
    corridors: Option<BTreeSet<CorridorId>>,
    stance: Option<StanceId>,
    selection: Selection,
    analysis: Analysis,
}

impl ShownKey {
    fn of(state: &State, generation: u64) -> Self {
        Self {
            generation,
            year: state.year,
            layers: state.layers,
            filter: state.relations.clone(),
            organizations: state.organizations.clone(),
            set: state.membership_set,
            corridors: state.ticked_corridors.clone(),
            stance: state.stance.clone(),
            selection: state.selection.clone(),
            analysis: state.analysis.clone(),
        }
    }
}

/// The last [`Shown`], recomputed only when what it depends on changes.
#[derive(Debug, Default)]
pub struct ShownCache {
    key: Option<ShownKey>,
    shown: Shown,
    derived: DerivedCache,
    /// The metrics of the years already shown, so moving the year back and
    /// forth with sizes or communities on computes each year once.
    metrics: MetricsCache<analysis::MetricsKey>,
    /// Corridor legs and lengths (they do not change with the year).
    corridors: CorridorGeometry,
    /// Bumped each time the content is recomputed (caches downstream key on
    /// it).
    generation: u64,
}

impl ShownCache {
    /// What `state` shows of `dataset`; `data_generation` changes whenever
    /// the dataset is replaced or edited.
    pub fn get(&mut self, dataset: &Dataset, data_generation: u64, state: &State) -> &Shown {
        let key = ShownKey::of(state, data_generation);
        if self.key.as_ref() != Some(&key) {
            let a = &state.analysis;
            let needs_votes = a.derived.contains(&DerivedKind::UnVoteAgreement)
                || a.graph == MetricsGraph::UnVoteAgreement;
            let index = if needs_votes {
                self.derived.votes(dataset, data_generation)
            } else {
                Arc::new(VoteIndex::default())
            };
            let metrics_key = analysis::MetricsKey::of(state);
            let cached = self.metrics.get(data_generation, state.year, &metrics_key);
            let was_cached = cached.is_some();
            self.shown = Shown::compute_with(
                dataset,
                state,
                &|| Arc::clone(&index),
                cached,
                self.corridors.for_generation(data_generation),
            );
            if !was_cached && let Some(m) = &self.shown.metrics {
                self.metrics
                    .insert(data_generation, state.year, metrics_key, Arc::clone(m));
            }
            self.key = Some(key);
            self.generation += 1;
        }
        &self.shown
    }

    /// The last content computed (empty before the first [`Self::get`]).
    pub fn last(&self) -> &Shown {
        &self.shown
    }

    /// The UN vote index of `dataset` (cached per data generation).
    pub fn vote_index(&mut self, dataset: &Dataset, data_generation: u64) -> Arc<VoteIndex> {
        self.derived.votes(dataset, data_generation)
    }

    /// How many years' metrics were computed and kept (tests see cache hits).
    pub fn metrics_computed(&self) -> usize {
        self.metrics.computed()
    }

    /// Changes whenever the content was recomputed.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}
