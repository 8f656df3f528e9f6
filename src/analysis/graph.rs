//! The signed weighted graph of one year, built from plain inputs (the
//! relation arcs the map shows after its filters, or a derived relation).
//!
//! Several inputs between one pair of states (several dimensions, or a
//! directed relation each way) are combined into one undirected edge whose
//! weight is the **mean of the scores given** for that pair, each input
//! counting once; the edge keeps the list of the kinds it combines. The
//! centralities and communities use this undirected graph (a directed
//! relation counts for the pair). In- and out-strength use the directed
//! view: an input `a → b` counts for the arc from `a` to `b`, an undirected
//! input for both arcs, and each arc's weight is the mean of the inputs that
//! count for it.
//!
//! Inputs with a non-finite score, or whose two ends are the same state, are
//! ignored.

use std::fmt;

use crate::model::{CountryCode, Dimension};

/// What an input edge measures: a judged relation dimension, or one of the
/// relations derived from the data. Derived kinds are separate graphs: do
/// not mix them with judged dimensions in one graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// A judged relation score in one dimension (in [−1, 1]).
    Judged(Dimension),
    /// Shared organization memberships (derived, in [0, 1]).
    SharedMemberships,
    /// UN vote agreement (derived, in [0, 1]).
    UnVoteAgreement,
}

impl From<Dimension> for EdgeKind {
    fn from(d: Dimension) -> Self {
        Self::Judged(d)
    }
}

impl EdgeKind {
    /// A human label ("Political", "Shared memberships") in the window's
    /// language.
    pub fn label(self) -> std::borrow::Cow<'static, str> {
        match self {
            Self::Judged(d) => d.label(),
            Self::SharedMemberships => {
                crate::i18n::tr("label-derived-shared-memberships", "Shared memberships")
            }
            Self::UnVoteAgreement => {
                crate::i18n::tr("label-derived-un-vote-agreement", "UN vote agreement")
            }
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// One input edge: a relation between two states in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EdgeInput {
    /// First state (the actor, if directed).
    pub a: CountryCode,
    /// Second state (the target, if directed).
    pub b: CountryCode,
    /// What the score measures.
    pub kind: EdgeKind,
    /// The score: in [−1, 1] for judged relations, [0, 1] for derived ones.
    pub score: f64,
    /// True if the relation goes from `a` to `b` only.
    pub directed: bool,
}

impl EdgeInput {
    /// A judged relation in `dimension`.
    pub fn judged(
        a: CountryCode,
        b: CountryCode,
        dimension: Dimension,
        score: f64,
        directed: bool,
    ) -> Self {
        Self {
            a,
            b,
            kind: EdgeKind::Judged(dimension),
            score,
            directed,
        }
    }
}

/// One undirected edge of a [`SignedGraph`]: the combined inputs of a pair.
#[derive(Clone, Debug, PartialEq)]
pub struct PairEdge {
    /// The smaller code of the pair.
    pub a: CountryCode,
    /// The larger code of the pair.
    pub b: CountryCode,
    /// Index of `a` in [`SignedGraph::nodes`].
    pub ia: usize,
    /// Index of `b` in [`SignedGraph::nodes`].
    pub ib: usize,
    /// The mean of the scores of the inputs combined.
    pub weight: f64,
    /// The kinds combined, sorted, without repeats.
    pub kinds: Vec<EdgeKind>,
    /// How many inputs were combined.
    pub inputs: usize,
    /// True if any input was directed.
    pub directed: bool,
}

/// One directed arc: the mean of the inputs that count from `from` to `to`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DirectedArc {
    /// Index of the source node.
    pub from: usize,
    /// Index of the target node.
    pub to: usize,
    /// Mean score of the inputs counting for this arc.
    pub weight: f64,
}

/// The signed weighted graph of one year. Nodes are sorted by code; edges by
/// `(a, b)`; so everything computed on it is independent of input order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignedGraph {
    nodes: Vec<CountryCode>,
    edges: Vec<PairEdge>,
    arcs: Vec<DirectedArc>,
}

impl SignedGraph {
    /// The graph of `inputs`; its nodes are the states the inputs name.
    pub fn build(inputs: &[EdgeInput]) -> Self {
        Self::build_with_nodes(std::iter::empty(), inputs)
    }

    /// The graph of `inputs` with `nodes` added (states shown without any
    /// relation still count as nodes, which changes normalisations).
    pub fn build_with_nodes(
        nodes: impl IntoIterator<Item = CountryCode>,
        inputs: &[EdgeInput],
    ) -> Self {
        let usable = || inputs.iter().filter(|e| e.a != e.b && e.score.is_finite());
        let mut all: Vec<CountryCode> = nodes.into_iter().collect();
        all.extend(usable().flat_map(|e| [e.a, e.b]));
        all.sort_unstable();
        all.dedup();
        let index = |c: CountryCode| all.binary_search(&c).unwrap_or_default();

        // Sums are taken in a canonical order (sorted by kind, then score) so
        // that shuffled inputs give bit-identical weights.
        let mut pairs: Vec<(usize, usize, Combined)> = Vec::new();
        let mut arcs: Vec<(usize, usize, Combined)> = Vec::new();
        for e in usable() {
            let (ia, ib) = (index(e.a), index(e.b));
            pairs.push((ia.min(ib), ia.max(ib), (e.kind, e.score, e.directed)));
            arcs.push((ia, ib, (e.kind, e.score, e.directed)));
            if !e.directed {
                arcs.push((ib, ia, (e.kind, e.score, e.directed)));
            }
        }
        let canonical = |x: &(usize, usize, Combined), y: &(usize, usize, Combined)| {
            (x.0, x.1, x.2.0)
                .cmp(&(y.0, y.1, y.2.0))
                .then(x.2.1.total_cmp(&y.2.1))
        };
        pairs.sort_by(canonical);
        arcs.sort_by(canonical);
        let same_pair =
            |x: &(usize, usize, Combined), y: &(usize, usize, Combined)| x.0 == y.0 && x.1 == y.1;
        let edges = pairs
            .chunk_by(same_pair)
            .map(|list| {
                let (ia, ib) = (list[0].0, list[0].1);
                let mut kinds: Vec<EdgeKind> = list.iter().map(|x| x.2.0).collect();
                kinds.dedup();
                PairEdge {
                    a: all[ia],
                    b: all[ib],
                    ia,
                    ib,
                    weight: mean(list.iter().map(|x| x.2.1)),
                    kinds,
                    inputs: list.len(),
                    directed: list.iter().any(|x| x.2.2),
                }
            })
            .collect();
        let arcs = arcs
            .chunk_by(same_pair)
            .map(|list| DirectedArc {
                from: list[0].0,
                to: list[0].1,
                weight: mean(list.iter().map(|x| x.2.1)),
            })
            .collect();
        Self {
            nodes: all,
            edges,
            arcs,
        }
    }

    /// The states, sorted by code.
    pub fn nodes(&self) -> &[CountryCode] {
        &self.nodes
    }

    /// The undirected combined edges, sorted by `(a, b)`.
    pub fn edges(&self) -> &[PairEdge] {
        &self.edges
    }

    /// The directed arcs, sorted by `(from, to)`.
    pub fn arcs(&self) -> &[DirectedArc] {
        &self.arcs
    }

    /// The index of `c` among the nodes.
    pub fn index_of(&self, c: CountryCode) -> Option<usize> {
        self.nodes.binary_search(&c).ok()
    }

    /// The combined edge between `x` and `y`, in either order.
    pub fn edge(&self, x: CountryCode, y: CountryCode) -> Option<&PairEdge> {
        let (a, b) = if x <= y { (x, y) } else { (y, x) };
        self.edges
            .binary_search_by(|e| (e.a, e.b).cmp(&(a, b)))
            .ok()
            .map(|i| &self.edges[i])
    }

    /// The positive part as adjacency lists: for each node, its neighbours
    /// with weight > 0, sorted by index.
    pub fn positive_adjacency(&self) -> Vec<Vec<(usize, f64)>> {
        let mut adj = vec![Vec::new(); self.nodes.len()];
        for e in self.edges.iter().filter(|e| e.weight > 0.0) {
            adj[e.ia].push((e.ib, e.weight));
            adj[e.ib].push((e.ia, e.weight));
        }
        for list in &mut adj {
            list.sort_by_key(|x| x.0);
        }
        adj
    }

    /// The negative part as adjacency lists: for each node, its neighbours
    /// with weight < 0, the weight as a positive number (|w|), sorted by
    /// index.
    pub fn negative_adjacency(&self) -> Vec<Vec<(usize, f64)>> {
        let mut adj = vec![Vec::new(); self.nodes.len()];
        for e in self.edges.iter().filter(|e| e.weight < 0.0) {
            adj[e.ia].push((e.ib, -e.weight));
            adj[e.ib].push((e.ia, -e.weight));
        }
        for list in &mut adj {
            list.sort_by_key(|x| x.0);
        }
        adj
    }
}

/// One input as combined into a pair: kind, score, directed.
type Combined = (EdgeKind, f64, bool);

/// The mean of `values`; 0 if there are none.
fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0_u32), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / f64::from(n) }
}
