//! [`Metrics`]: everything computed on the graph of one year, per state and
//! overall, with ranks, in a deterministic order.

use std::collections::BTreeMap;

use super::balance::{Balance, balance};
use super::centrality::{eigenvector, shortest_path_centralities};
use super::louvain::{signed_louvain, signed_modularity};
use super::{EdgeInput, SignedGraph};
use crate::model::CountryCode;

/// The community seed (signed Louvain) used unless the caller gives another ("HEARTLAN").
pub const DEFAULT_SEED: u64 = 0x4845_4152_544C_414E;

/// Signed strength of a state: sums and counts of its positive and negative
/// ties.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Strength {
    /// s⁺ = Σ max(w, 0).
    pub positive: f64,
    /// s⁻ = Σ max(−w, 0) (a positive number).
    pub negative: f64,
    /// s⁺ − s⁻ = Σ w.
    pub net: f64,
    /// Ties counted (any sign, weight 0 included).
    pub ties: usize,
    /// Ties with w > 0.
    pub positive_ties: usize,
    /// Ties with w < 0.
    pub negative_ties: usize,
}

impl Strength {
    fn add(&mut self, w: f64) {
        self.positive += w.max(0.0);
        self.negative += (-w).max(0.0);
        self.net += w;
        self.ties += 1;
        self.positive_ties += usize::from(w > 0.0);
        self.negative_ties += usize::from(w < 0.0);
    }
}

/// A per-state metric that can be ranked, sized by and exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Positive strength s⁺.
    PositiveStrength,
    /// Negative strength s⁻.
    NegativeStrength,
    /// Net strength s⁺ − s⁻.
    NetStrength,
    /// Number of ties (pairs with an edge).
    Degree,
    /// Eigenvector centrality (maximum 1).
    Eigenvector,
    /// Betweenness centrality (normalised).
    Betweenness,
    /// Closeness centrality (Wasserman–Faust).
    Closeness,
    /// Share of balanced triangles through the state.
    Balance,
}

impl Metric {
    /// Every metric, in column order.
    pub const ALL: [Self; 8] = [
        Self::PositiveStrength,
        Self::NegativeStrength,
        Self::NetStrength,
        Self::Degree,
        Self::Eigenvector,
        Self::Betweenness,
        Self::Closeness,
        Self::Balance,
    ];

    /// A human label, in the window's language.
    pub fn label(self) -> std::borrow::Cow<'static, str> {
        use crate::i18n::tr;
        match self {
            Self::PositiveStrength => tr("label-metric-positive-strength", "Positive strength"),
            Self::NegativeStrength => tr("label-metric-negative-strength", "Negative strength"),
            Self::NetStrength => tr("label-metric-net-strength", "Net strength"),
            Self::Degree => tr("label-metric-degree", "Ties"),
            Self::Eigenvector => tr("label-metric-eigenvector", "Eigenvector centrality"),
            Self::Betweenness => tr("label-metric-betweenness", "Betweenness centrality"),
            Self::Closeness => tr("label-metric-closeness", "Closeness centrality"),
            Self::Balance => tr("label-metric-balance", "Balanced triangles"),
        }
    }

    /// A short machine name (export column).
    pub fn key(self) -> &'static str {
        match self {
            Self::PositiveStrength => "strength_pos",
            Self::NegativeStrength => "strength_neg",
            Self::NetStrength => "strength_net",
            Self::Degree => "degree",
            Self::Eigenvector => "eigenvector",
            Self::Betweenness => "betweenness",
            Self::Closeness => "closeness",
            Self::Balance => "balance",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The metrics of one state.
#[derive(Clone, Debug, PartialEq)]
pub struct StateMetrics {
    /// The state.
    pub state: CountryCode,
    /// Strength over the undirected combined edges.
    pub strength: Strength,
    /// Strength over the arcs leaving the state (directed view).
    pub strength_out: Strength,
    /// Strength over the arcs reaching the state (directed view).
    pub strength_in: Strength,
    /// Eigenvector centrality on the positive part, maximum 1.
    pub eigenvector: f64,
    /// Betweenness on the positive part, distance 1/w, normalised.
    pub betweenness: f64,
    /// Wasserman–Faust closeness on the positive part, distance 1/w.
    pub closeness: f64,
    /// Its community: index into [`Metrics::communities`] (0-based; shown
    /// to people as [`StateMetrics::bloc`]).
    pub community: usize,
    /// Triangles through the state.
    pub balance: Balance,
    ranks: [usize; Metric::ALL.len()],
}

impl StateMetrics {
    /// The value of `metric`; `None` only for balance without triangles.
    pub fn value(&self, metric: Metric) -> Option<f64> {
        match metric {
            Metric::PositiveStrength => Some(self.strength.positive),
            Metric::NegativeStrength => Some(self.strength.negative),
            Metric::NetStrength => Some(self.strength.net),
            Metric::Degree => Some(self.strength.ties as f64),
            Metric::Eigenvector => Some(self.eigenvector),
            Metric::Betweenness => Some(self.betweenness),
            Metric::Closeness => Some(self.closeness),
            Metric::Balance => self.balance.share(),
        }
    }

    /// The number of its community as people see it, in the legend, the
    /// inspector and `metrics.csv`: [`bloc_number`] of [`Self::community`].
    pub fn bloc(&self) -> usize {
        bloc_number(self.community)
    }

    /// The state's rank for `metric` (1 = largest value; equal values share
    /// a rank, "1, 2, 2, 4"); `None` where the value is `None`.
    pub fn rank(&self, metric: Metric) -> Option<usize> {
        let r = self.ranks[metric.index()];
        (r > 0).then_some(r)
    }
}

/// Options of [`Metrics::compute`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetricsOptions {
    /// Seed of the signed Louvain community detection.
    pub seed: u64,
}

impl Default for MetricsOptions {
    fn default() -> Self {
        Self { seed: DEFAULT_SEED }
    }
}

/// Everything computed on one year's graph.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Metrics {
    /// Per state, sorted by code.
    pub states: Vec<StateMetrics>,
    /// Signed communities (signed modularity, Louvain moves), largest
    /// first, then by smallest member code; members sorted. States without
    /// a tie, or that gain nothing by joining any other, are communities of
    /// one. Community `i` is shown as bloc [`bloc_number`]`(i)`.
    pub communities: Vec<Vec<CountryCode>>,
    /// Signed modularity of the communities (Gómez, Jensen & Arenas 2009;
    /// Newman's modularity when there is no negative tie; 0 without edges).
    pub modularity: f64,
    /// Triangles of the whole graph.
    pub balance: Balance,
    /// Number of combined (undirected) edges.
    pub edges: usize,
}

impl Metrics {
    /// Compute all metrics of the graph of `inputs` with default options.
    pub fn from_inputs(inputs: &[EdgeInput]) -> Self {
        Self::compute(&SignedGraph::build(inputs), MetricsOptions::default())
    }

    /// Compute all metrics of `graph`.
    pub fn compute(graph: &SignedGraph, options: MetricsOptions) -> Self {
        let nodes = graph.nodes();
        let n = nodes.len();
        let mut strength = vec![Strength::default(); n];
        for e in graph.edges() {
            strength[e.ia].add(e.weight);
            strength[e.ib].add(e.weight);
        }
        let mut out = vec![Strength::default(); n];
        let mut inn = vec![Strength::default(); n];
        for arc in graph.arcs() {
            out[arc.from].add(arc.weight);
            inn[arc.to].add(arc.weight);
        }
        let adj = graph.positive_adjacency();
        let eig = eigenvector(&adj);
        let (btw, clo) = shortest_path_centralities(&adj);
        let neg = graph.negative_adjacency();
        let raw = signed_louvain(&adj, &neg, options.seed);
        let modularity = signed_modularity(&adj, &neg, &raw);
        let (balance_all, balance_per) = balance(graph);

        // Stable community numbers: largest first, then smallest member.
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (node, c) in raw.iter().enumerate() {
            groups.entry(*c).or_default().push(node);
        }
        let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
        groups.sort_by(|x, y| y.len().cmp(&x.len()).then(x[0].cmp(&y[0])));
        let mut community = vec![0; n];
        for (k, g) in groups.iter().enumerate() {
            for &node in g {
                community[node] = k;
            }
        }
        let communities = groups
            .iter()
            .map(|g| g.iter().map(|&i| nodes[i]).collect())
            .collect();

        let mut states: Vec<StateMetrics> = (0..n)
            .map(|i| StateMetrics {
                state: nodes[i],
                strength: strength[i],
                strength_out: out[i],
                strength_in: inn[i],
                eigenvector: eig[i],
                betweenness: btw[i],
                closeness: clo[i],
                community: community[i],
                balance: balance_per[i],
                ranks: [0; Metric::ALL.len()],
            })
            .collect();
        for metric in Metric::ALL {
            let ranks = competition_ranks(&states, metric);
            for (s, r) in states.iter_mut().zip(ranks) {
                s.ranks[metric.index()] = r;
            }
        }
        Self {
            states,
            communities,
            modularity,
            balance: balance_all,
            edges: graph.edges().len(),
        }
    }

    /// The metrics of `c`, if it is in the graph.
    pub fn state(&self, c: CountryCode) -> Option<&StateMetrics> {
        self.states
            .binary_search_by(|s| s.state.cmp(&c))
            .ok()
            .map(|i| &self.states[i])
    }

    /// The states with a value for `metric`, largest first (ties by code),
    /// with their values: the ranking bar chart.
    pub fn ranking(&self, metric: Metric) -> Vec<(CountryCode, f64)> {
        let mut list: Vec<(CountryCode, f64)> = self
            .states
            .iter()
            .filter_map(|s| Some((s.state, s.value(metric)?)))
            .collect();
        list.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        list
    }

    /// How many states have a value for `metric` ("rank 3 of *17*").
    pub fn ranked(&self, metric: Metric) -> usize {
        self.states
            .iter()
            .filter(|s| s.value(metric).is_some())
            .count()
    }
}

/// The number people see for community `index` of
/// [`Metrics::communities`]: 1-based, so bloc 1 is the largest (ties: the
/// one with the smallest member code). The legend, the inspector and the
/// `community` column of `metrics.csv` all use it.
pub fn bloc_number(index: usize) -> usize {
    index + 1
}

/// Values within this relative distance share a rank (so rounding noise in
/// sums does not split a tie).
const TIE: f64 = 1e-12;

fn competition_ranks(states: &[StateMetrics], metric: Metric) -> Vec<usize> {
    let values: Vec<Option<f64>> = states.iter().map(|s| s.value(metric)).collect();
    values
        .iter()
        .map(|v| {
            v.map_or(0, |v| {
                1 + values
                    .iter()
                    .flatten()
                    .filter(|o| **o - v > TIE * v.abs().max(1.0))
                    .count()
            })
        })
        .collect()
}
