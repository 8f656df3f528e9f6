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
pub mod compare;
mod corridors;
pub mod groups;
pub mod matrix;
mod memberships;
mod relations;
mod stances;

use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::sync::Arc;

pub use analysis::{DerivedBasis, DerivedCache, SharedMetrics, ShownDerived};
pub use corridors::{
    CorridorChoice, CorridorGeometry, ShownCorridor, ShownSegment, km_text, length_text,
    route_length_km, waypoints,
};
pub use memberships::{ShownMember, ShownMemberships, set_op, status_word};
pub use relations::ShownRelation;
pub use stances::{
    ShownStance, StanceCell, stance_short, stance_short_name, stance_title, stances_by_date,
};

use crate::analysis::{Metrics, VoteIndex};
use crate::model::{CorridorId, Dataset, OrgId, StanceId};
use crate::state::{
    Analysis, Counted, DerivedKind, FillLayer, Layers, MembershipSet, MetricsGraph, RelationFilter,
    Scope, Selection, State,
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
    /// The "at most k strongest per state" in effect on the relations.
    pub top_k: Option<usize>,
    /// Relations that pass the filters but are hidden by [`Self::top_k`].
    pub relations_hidden: usize,
    /// The relation arcs are drawn bundled ("Bundle relations", not
    /// zoomed out into group flows).
    pub bundled: bool,
    /// "Bundle relations" is on: the derived arcs are drawn bundled too,
    /// each kind apart ([`crate::layers::bundles::LineSet`]).
    pub derived_bundled: bool,
    /// Zoomed out with `relations.aggregate = "groups"`: the relations
    /// summed into flows between groups, drawn instead of their arcs.
    pub flows: Option<groups::ShownFlows>,
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
    pub hints: Vec<crate::i18n::Message>,
    /// The layer that fills the countries: the one chosen when it has
    /// something to fill with, else the first that has (stance, communities,
    /// memberships); [`FillLayer::None`] when chosen or nothing can.
    pub fill: FillLayer,
    /// The view's comparison (`compare`): the changes from A to B. In
    /// difference mode the map shows only these (the relations,
    /// memberships and stance above are then empty).
    pub difference: Option<compare::Difference>,
}

impl Shown {
    /// Whether `layer` has something to fill the countries with.
    fn can_fill(&self, layer: FillLayer, communities: bool) -> bool {
        match layer {
            FillLayer::None => true,
            FillLayer::Memberships => !self.memberships.set.is_empty(),
            FillLayer::Stance => self.stance.as_ref().is_some_and(|s| {
                s.cells
                    .values()
                    .any(|c| !matches!(c, StanceCell::NotUnMember))
            }),
            FillLayer::Communities => communities && self.metrics.is_some(),
        }
    }

    /// The fill layer in effect for the one `chosen`.
    fn fill_in_effect(&self, chosen: FillLayer, communities: bool) -> FillLayer {
        if chosen == FillLayer::None || self.can_fill(chosen, communities) {
            return chosen;
        }
        [
            FillLayer::Stance,
            FillLayer::Communities,
            FillLayer::Memberships,
        ]
        .into_iter()
        .find(|l| self.can_fill(*l, communities))
        .unwrap_or(FillLayer::None)
    }
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
            MetricsSource::Compute,
            &mut CorridorGeometry::default(),
        )
    }

    /// [`Self::compute`] with the UN vote index from a cache, the metrics
    /// from `metrics` and the corridors' geometry from a cache.
    pub fn compute_with(
        dataset: &Dataset,
        state: &State,
        votes: &dyn Fn() -> Arc<VoteIndex>,
        metrics: MetricsSource,
        corridor_geometry: &mut CorridorGeometry,
    ) -> Self {
        let year = state.year;
        let layers = state.layers;
        let mut hints = Vec::new();
        let relations = if layers.relations {
            if state.relations.dimensions.is_empty() {
                hints.push(crate::i18n::Message::tr(
                    "hint-choose-dimension",
                    "Choose a dimension in the Relations list",
                ));
            }
            relations::compute(dataset, year, &state.relations)
        } else {
            Vec::new()
        };
        let top_k = state.relations.top_k.filter(|_| layers.relations);
        let (relations, relations_hidden) = match top_k {
            Some(k) => relations::keep_top_k(relations, k),
            None => (relations, 0),
        };
        let flows = groups::zoomed_out(state)
            .then(|| groups::compute(dataset, &relations, &state.relations));
        let memberships = if layers.memberships {
            if state.organizations.is_empty() {
                hints.push(crate::i18n::Message::tr(
                    "hint-choose-organization",
                    "Choose an organization in the Organizations list",
                ));
            }
            memberships::compute(
                dataset,
                &state.organizations,
                year,
                state.membership_set,
                state.statuses,
            )
        } else {
            ShownMemberships::default()
        };
        let (corridors, corridor_choice) = if layers.corridors {
            let (chosen, choice) = corridors::chosen(dataset, state.ticked_corridors.as_ref());
            if choice == CorridorChoice::None {
                hints.push(crate::i18n::Message::tr(
                    "hint-tick-corridor",
                    "Tick a corridor in the Corridors list",
                ));
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
                hints.push(crate::i18n::Message::tr(
                    "hint-choose-stance",
                    "Choose an issue in the Stances list",
                ));
            }
            stance
        } else {
            None
        };
        let derived = state
            .analysis
            .derived
            .iter()
            .flat_map(|kind| {
                let scope = state.analysis.scope;
                analysis::derived(dataset, (*kind, scope), year, &state.relations, votes)
            })
            .collect();
        // Computed when the map uses them, or when a derived graph is
        // chosen (exports then give that graph's metrics).
        let needed =
            state.analysis.map_needs_metrics() || state.analysis.graph != MetricsGraph::Relations;
        let metrics = if needed {
            match metrics {
                MetricsSource::Compute => Some(Arc::new(analysis::metrics(dataset, state, votes))),
                MetricsSource::Cached(m) => Some(m),
                MetricsSource::Pending => {
                    hints.push(crate::i18n::Message::tr(
                        "hint-computing-metrics",
                        "Computing the network metrics…",
                    ));
                    None
                }
            }
        } else {
            None
        };
        let mut shown = Self {
            year,
            relations,
            top_k,
            relations_hidden,
            bundled: layers.relations && state.relations.bundle && flows.is_none(),
            derived_bundled: state.relations.bundle,
            flows,
            memberships,
            corridors,
            corridor_choice,
            stance,
            derived,
            metrics,
            hints,
            fill: FillLayer::None,
            difference: None,
        };
        shown.fill = shown.fill_in_effect(state.fill, state.analysis.communities);
        if state.compare.is_some() {
            shown.show_difference(dataset, state);
        }
        shown
    }
}

impl Shown {
    /// Keep the comparison's difference; in difference mode, show only it:
    /// its relations as arcs (in row order, for the arcs' colours by kind),
    /// the rest of the year's content left out.
    fn show_difference(&mut self, dataset: &Dataset, state: &State) {
        let difference = compare::difference(dataset, state);
        if compare::is_difference(state) {
            self.relations = difference
                .rows
                .iter()
                .filter_map(|row| {
                    let index = row.relation?;
                    let record = dataset.relations.get(index)?;
                    let compare::ChangeValue::Score(score) = row.after.or(row.before)? else {
                        return None;
                    };
                    let (period_index, period) = record
                        .series
                        .iter()
                        .enumerate()
                        .find(|(_, p)| p.score == score)?;
                    Some(ShownRelation {
                        relation: index,
                        period_index,
                        a: record.a,
                        b: record.b,
                        dimension: record.dimension,
                        score,
                        band: score.band(),
                        directed: record.directed,
                        period: period.period,
                        dimmed: false,
                        parallel: 0,
                    })
                })
                .collect();
            // Parallel arcs of a pair bend apart, as on the plain map.
            let mut seen: std::collections::BTreeMap<
                (crate::model::CountryCode, crate::model::CountryCode),
                usize,
            > = std::collections::BTreeMap::new();
            for r in &mut self.relations {
                let n = seen.entry(r.pair()).or_insert(0);
                r.parallel = *n;
                *n += 1;
            }
            self.top_k = None;
            self.relations_hidden = 0;
            self.memberships = ShownMemberships::default();
            self.stance = None;
            self.derived.clear();
            self.fill = FillLayer::None;
            self.hints.clear();
            if difference.rows.is_empty() {
                self.hints.push(crate::i18n::Message::trf(
                    "compare-hint-no-change",
                    "Nothing shown changed from { $from } to { $to }",
                    &[
                        (
                            "from",
                            &difference
                                .moments
                                .as_ref()
                                .map_or(String::new(), |m| m.0.label_en(dataset)),
                        ),
                        (
                            "to",
                            &difference
                                .moments
                                .as_ref()
                                .map_or(String::new(), |m| m.1.label_en(dataset)),
                        ),
                    ],
                ));
            }
        }
        self.difference = Some(difference);
    }
}

/// Where [`Shown::compute_with`] takes the year's metrics from.
#[derive(Clone, Debug)]
pub enum MetricsSource {
    /// Compute them now.
    Compute,
    /// These, from a cache.
    Cached(Arc<Metrics>),
    /// They are being computed on another thread: none yet.
    Pending,
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
    fill: FillLayer,
    statuses: Counted,
    compare: Option<crate::state::Compare>,
    /// Flows between groups instead of relations ([`groups::zoomed_out`]).
    groups_zoomed_out: bool,
    /// Bumped when work done on another thread arrives.
    arrived: u64,
}

impl ShownKey {
    fn of(state: &State, generation: u64, arrived: u64) -> Self {
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
            fill: state.fill,
            statuses: state.statuses,
            compare: state.compare.clone(),
            groups_zoomed_out: groups::zoomed_out(state),
            arrived,
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
    /// forth with sizes or communities on computes each year once; shared
    /// with the plots ([`Self::metrics_cache`]).
    metrics: SharedMetrics,
    /// Corridor legs and lengths (they do not change with the year).
    corridors: CorridorGeometry,
    /// Work running on other threads, and when to start it.
    background: Background,
    /// Bumped each time the content is recomputed (caches downstream key on
    /// it).
    generation: u64,
    /// Derived relations between every state (`analysis.scope = "all"`)
    /// computed on other threads, by data generation, year and kind,
    /// before the threshold and focus.
    derived_all: std::collections::BTreeMap<(u64, i32, DerivedKind), Arc<Vec<ShownDerived>>>,
}

impl ShownCache {
    /// What `state` shows of `dataset`; `data_generation` changes whenever
    /// the dataset is replaced or edited. Everything is computed on this
    /// thread (tests, the headless render).
    pub fn get(&mut self, dataset: &Dataset, data_generation: u64, state: &State) -> &Shown {
        self.update(dataset, None, data_generation, state);
        &self.shown
    }

    /// [`Self::get`] for the window: the UN vote index of a large record
    /// and the metrics of a large graph are computed on other threads, and
    /// the view shows a hint until they arrive (call [`Self::is_computing`]
    /// to keep repainting meanwhile).
    pub fn get_in_background(
        &mut self,
        dataset: &Arc<Dataset>,
        data_generation: u64,
        state: &State,
    ) -> &Shown {
        self.update(dataset, Some(dataset), data_generation, state);
        &self.shown
    }

    /// Whether work started by [`Self::get_in_background`] is still running.
    pub fn is_computing(&self) -> bool {
        self.background.votes.is_some()
            || !self.background.metrics.is_empty()
            || !self.background.derived.is_empty()
    }

    /// Start work on another thread above these sizes: UN votes in the data
    /// (the vote index) and relations in the data (the metrics).
    pub fn set_background_limits(&mut self, votes: usize, relations: usize) {
        self.background.vote_limit = Some(votes);
        self.background.relation_limit = Some(relations);
    }

    fn update(
        &mut self,
        dataset: &Dataset,
        shared: Option<&Arc<Dataset>>,
        data_generation: u64,
        state: &State,
    ) {
        self.take_arrivals(data_generation);
        let key = ShownKey::of(state, data_generation, self.background.arrived);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let a = &state.analysis;
        let needs_votes = a.derived.contains(&DerivedKind::UnVoteAgreement)
            || a.graph == MetricsGraph::UnVoteAgreement;
        let mut index = None;
        if needs_votes {
            index = self.derived.cached_votes(data_generation);
            if index.is_none() {
                match shared {
                    Some(ds) if self.background.votes_in_background(ds) => {
                        self.background.start_votes(ds, data_generation);
                    }
                    _ => index = Some(self.derived.votes(dataset, data_generation)),
                }
            }
        }
        let votes_pending = needs_votes && index.is_none();
        let index = index.unwrap_or_default();
        let metrics_key = analysis::MetricsKey::of(state);
        let needs_metrics = a.map_needs_metrics() || a.graph != MetricsGraph::Relations;
        let source = match self.metrics.get(data_generation, state.year, &metrics_key) {
            Some(m) => MetricsSource::Cached(m),
            None if !needs_metrics => MetricsSource::Compute,
            None if votes_pending && a.graph == MetricsGraph::UnVoteAgreement => {
                MetricsSource::Pending
            }
            None => match shared {
                Some(ds) if self.background.metrics_in_background(ds) => {
                    self.background.start_metrics(
                        ds,
                        data_generation,
                        state,
                        &metrics_key,
                        Arc::clone(&index),
                    );
                    MetricsSource::Pending
                }
                _ => MetricsSource::Compute,
            },
        };
        let computed_here = matches!(source, MetricsSource::Compute);
        if let Some(ds) = shared
            && needs_metrics
            && !(votes_pending && a.graph == MetricsGraph::UnVoteAgreement)
            && self.background.metrics_in_background(ds)
        {
            self.prefetch_metrics(ds, data_generation, state, &metrics_key, &index);
        }
        // Derived relations between every state of a large dataset: on
        // other threads (the content is computed without them, and they are
        // added from what has arrived).
        let derived_apart = shared.filter(|ds| {
            a.scope == Scope::All
                && !a.derived.is_empty()
                && self.background.derived_in_background(ds)
        });
        let without_derived;
        let computed_state = if derived_apart.is_some() {
            let mut s = state.clone();
            s.analysis.derived.clear();
            without_derived = s;
            &without_derived
        } else {
            state
        };
        self.shown = Shown::compute_with(
            dataset,
            computed_state,
            &|| Arc::clone(&index),
            source,
            self.corridors.for_generation(data_generation),
        );
        if let Some(ds) = derived_apart {
            let pending = self.derived_from_background(
                ds,
                data_generation,
                state,
                (!votes_pending).then_some(&index),
            );
            if pending {
                self.shown.hints.push(crate::i18n::Message::tr(
                    "hint-computing-derived",
                    "Computing derived relations…",
                ));
            }
        }
        if votes_pending {
            self.shown.hints.push(crate::i18n::Message::tr(
                "hint-computing-agreement",
                "Computing UN vote agreement…",
            ));
        }
        if computed_here && let Some(m) = &self.shown.metrics {
            self.metrics
                .insert(data_generation, state.year, metrics_key, Arc::clone(m));
        }
        self.key = Some(key);
        self.generation += 1;
    }

    /// Start the metrics of the years beside `state.year` (within the
    /// data's years) on other threads, so moving the year slider over a
    /// large dataset finds them computed (#25 point 4).
    fn prefetch_metrics(
        &mut self,
        ds: &Arc<Dataset>,
        data_generation: u64,
        state: &State,
        key: &analysis::MetricsKey,
        index: &Arc<VoteIndex>,
    ) {
        let (first, last) = ds.year_range().unwrap_or((state.year, state.year));
        for year in [state.year + 1, state.year - 1] {
            if !(first..=last).contains(&year)
                || self.metrics.get(data_generation, year, key).is_some()
            {
                continue;
            }
            let mut at = state.clone();
            at.year = year;
            self.background
                .start_metrics(ds, data_generation, &at, key, Arc::clone(index));
        }
    }

    /// Fill the shown derived relations of `state` (scope "all") from what
    /// other threads computed, starting what is missing; the UN vote
    /// agreement waits for the vote index (`votes`). Returns whether some
    /// are still being computed.
    fn derived_from_background(
        &mut self,
        ds: &Arc<Dataset>,
        data_generation: u64,
        state: &State,
        votes: Option<&Arc<VoteIndex>>,
    ) -> bool {
        self.derived_all.retain(|(g, ..), _| *g == data_generation);
        let mut pending = false;
        let filter = &state.relations;
        let mut shown = Vec::new();
        for kind in &state.analysis.derived {
            match self.derived_all.get(&(data_generation, state.year, *kind)) {
                Some(all) => shown.extend(
                    all.iter()
                        .filter(|d| d.value >= filter.min_strength)
                        .map(|d| ShownDerived {
                            dimmed: filter.focus.is_some_and(|f| f != d.a && f != d.b),
                            ..d.clone()
                        }),
                ),
                None => {
                    pending = true;
                    let votes = match (kind, votes) {
                        (DerivedKind::UnVoteAgreement, None) => continue,
                        (_, v) => v.cloned().unwrap_or_default(),
                    };
                    self.background
                        .start_derived(ds, data_generation, state.year, *kind, votes);
                }
            }
        }
        self.shown.derived = shown;
        pending
    }

    /// Store what other threads finished (dropping what belongs to older
    /// data).
    fn take_arrivals(&mut self, data_generation: u64) {
        let bg = &mut self.background;
        let mut running = Vec::new();
        for job in bg.derived.drain(..) {
            match job.rx.try_recv() {
                Ok(all) => {
                    self.derived_all
                        .insert((job.generation, job.year, job.kind), Arc::new(all));
                    bg.arrived += 1;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => running.push(job),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => bg.arrived += 1,
            }
        }
        bg.derived = running;
        if let Some((generation, rx)) = &bg.votes {
            match rx.try_recv() {
                Ok(index) => {
                    if *generation == data_generation {
                        self.derived.insert(*generation, Arc::new(index));
                    }
                    bg.votes = None;
                    bg.arrived += 1;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    bg.votes = None;
                    bg.arrived += 1;
                }
            }
        }
        let mut still = Vec::new();
        for job in bg.metrics.drain(..) {
            match job.rx.try_recv() {
                Ok(m) => {
                    self.metrics
                        .insert(job.generation, job.year, job.key, Arc::new(m));
                    bg.arrived += 1;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => still.push(job),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => bg.arrived += 1,
            }
        }
        bg.metrics = still;
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

    /// The metrics cache this view fills, for the plots to read and fill
    /// too (a handle to the same cache).
    pub fn metrics_cache(&self) -> SharedMetrics {
        self.metrics.clone()
    }

    /// Changes whenever the content was recomputed.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}

/// Above these sizes the window computes on another thread.
const VOTES_IN_BACKGROUND: usize = 1_000;
const RELATIONS_IN_BACKGROUND: usize = 2_000;

/// One metrics computation running on another thread.
#[derive(Debug)]
struct MetricsJob {
    generation: u64,
    year: i32,
    key: analysis::MetricsKey,
    rx: std::sync::mpsc::Receiver<Metrics>,
}

/// Above this many states in the data, derived relations between every
/// state are computed on another thread.
const DERIVED_STATES_IN_BACKGROUND: usize = 60;

/// One derived relation kind between every state, for one year, running on
/// another thread.
#[derive(Debug)]
struct DerivedJob {
    generation: u64,
    year: i32,
    kind: DerivedKind,
    rx: std::sync::mpsc::Receiver<Vec<ShownDerived>>,
}

/// Work running on other threads for [`ShownCache::get_in_background`].
#[derive(Debug, Default)]
struct Background {
    votes: Option<(u64, std::sync::mpsc::Receiver<VoteIndex>)>,
    metrics: Vec<MetricsJob>,
    derived: Vec<DerivedJob>,
    /// Bumped when a result arrives (the view is then recomputed).
    arrived: u64,
    vote_limit: Option<usize>,
    relation_limit: Option<usize>,
}

impl Background {
    fn votes_in_background(&self, ds: &Dataset) -> bool {
        let votes = ds
            .stances
            .values()
            .filter(|s| s.kind == crate::model::StanceKind::UnVote)
            .count();
        votes > self.vote_limit.unwrap_or(VOTES_IN_BACKGROUND)
    }

    fn metrics_in_background(&self, ds: &Dataset) -> bool {
        ds.relations.len() > self.relation_limit.unwrap_or(RELATIONS_IN_BACKGROUND)
    }

    fn derived_in_background(&self, ds: &Dataset) -> bool {
        self.votes_in_background(ds)
            || ds.countries.len()
                > self
                    .relation_limit
                    .map_or(DERIVED_STATES_IN_BACKGROUND, |l| {
                        l.min(DERIVED_STATES_IN_BACKGROUND)
                    })
    }

    fn start_derived(
        &mut self,
        ds: &Arc<Dataset>,
        generation: u64,
        year: i32,
        kind: DerivedKind,
        votes: Arc<VoteIndex>,
    ) {
        if self
            .derived
            .iter()
            .any(|j| j.generation == generation && j.year == year && j.kind == kind)
        {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ds = Arc::clone(ds);
        let spawned = std::thread::Builder::new()
            .name("heartland-derived".to_owned())
            .spawn(move || {
                // Every pair with a value: the threshold and the focus are
                // applied when shown.
                let filter = RelationFilter {
                    min_strength: 0.0,
                    focus: None,
                    ..RelationFilter::default()
                };
                let all = analysis::derived(&ds, (kind, Scope::All), year, &filter, &|| {
                    Arc::clone(&votes)
                });
                let _ = tx.send(all);
            });
        if spawned.is_ok() {
            self.derived.push(DerivedJob {
                generation,
                year,
                kind,
                rx,
            });
        }
    }

    fn start_votes(&mut self, ds: &Arc<Dataset>, generation: u64) {
        if self.votes.as_ref().is_some_and(|(g, _)| *g == generation) {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ds = Arc::clone(ds);
        let spawned = std::thread::Builder::new()
            .name("heartland-votes".to_owned())
            .spawn(move || {
                // The receiver may be gone (new data): nothing to do then.
                let _ = tx.send(VoteIndex::new(&ds));
            });
        if spawned.is_ok() {
            self.votes = Some((generation, rx));
        }
    }

    fn start_metrics(
        &mut self,
        ds: &Arc<Dataset>,
        generation: u64,
        state: &State,
        key: &analysis::MetricsKey,
        votes: Arc<VoteIndex>,
    ) {
        if self
            .metrics
            .iter()
            .any(|j| j.generation == generation && j.year == state.year && j.key == *key)
        {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ds = Arc::clone(ds);
        let year = state.year;
        let state = state.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-metrics".to_owned())
            .spawn(move || {
                let m = analysis::metrics(&ds, &state, &|| Arc::clone(&votes));
                let _ = tx.send(m);
            });
        if spawned.is_ok() {
            self.metrics.push(MetricsJob {
                generation,
                year,
                key: key.clone(),
                rx,
            });
        }
    }
}
