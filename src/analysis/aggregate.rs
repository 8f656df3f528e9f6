//! Aggregation of dense relation graphs (#25 point 1): keep at most the `k`
//! strongest relations per state. No egui.
//!
//! Rule: each state ranks its own relations by magnitude `|score|`
//! (strongest first; equal magnitudes in the records' order, so the result
//! is deterministic); a relation is kept when it is among the `k` first of
//! **either** of its two states. So every state keeps its `k` strongest
//! ties (a state with fewer keeps them all), and a relation is hidden only
//! when it is weak for both of its states. The count hidden is what the
//! legend states.
//!
//! And flows between groups of states ([`group_flows`]): zoomed out, the
//! relations between the members of two groups are drawn as one flow per
//! sign, whose weight is the sum of their strengths; positive and negative
//! are summed apart, so a hostile and a friendly relation never cancel
//! into "neutral".

use std::collections::BTreeMap;

use crate::model::CountryCode;

/// One relation as the rule sees it: its two states and its magnitude.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tie {
    /// One state.
    pub a: CountryCode,
    /// The other state.
    pub b: CountryCode,
    /// Its strength, `|score|` (NaN counts as 0).
    pub magnitude: f64,
}

/// Which of `ties` to keep (one flag per tie, same order) under "at most
/// the `k` strongest per state"; `k = 0` keeps none.
pub fn top_k_per_state(ties: &[Tie], k: usize) -> Vec<bool> {
    let mut keep = vec![false; ties.len()];
    if k == 0 {
        return keep;
    }
    let mut by_state: BTreeMap<CountryCode, Vec<usize>> = BTreeMap::new();
    for (i, t) in ties.iter().enumerate() {
        by_state.entry(t.a).or_default().push(i);
        if t.b != t.a {
            by_state.entry(t.b).or_default().push(i);
        }
    }
    let magnitude = |i: usize| {
        let m = ties[i].magnitude;
        if m.is_nan() { 0.0 } else { m.abs() }
    };
    for mut own in by_state.into_values() {
        // Stable sort: equal magnitudes stay in the records' order.
        own.sort_by(|x, y| magnitude(*y).total_cmp(&magnitude(*x)));
        for i in own.into_iter().take(k) {
            keep[i] = true;
        }
    }
    keep
}

/// One end of a flow: a group, or a state drawn as itself (in no group, or
/// its group opened).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// A group, by its index in the grouping.
    Group(usize),
    /// A state.
    State(CountryCode),
}

/// One relation as the flows see it: its two states and its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SignedTie {
    /// One state.
    pub a: CountryCode,
    /// The other state.
    pub b: CountryCode,
    /// Its score in `[-1, 1]` (NaN counts as 0).
    pub score: f64,
}

/// The relations between two nodes (or, with `a == b`, inside one), summed
/// by sign. Undirected: a directed relation counts for the pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flow {
    /// One end (the smaller).
    pub a: Node,
    /// The other end.
    pub b: Node,
    /// Sum of the positive scores (≥ 0).
    pub positive: f64,
    /// Sum of the negative scores (≤ 0).
    pub negative: f64,
    /// How many relations are positive.
    pub positive_count: usize,
    /// How many are negative.
    pub negative_count: usize,
    /// How many score exactly 0 (counted, weighing nothing).
    pub neutral_count: usize,
}

impl Flow {
    /// Every relation in the flow.
    pub fn count(&self) -> usize {
        self.positive_count + self.negative_count + self.neutral_count
    }
}

/// The flows between the nodes `node_of` puts the states in, by pair of
/// nodes (smaller first; a pair with `a == b` holds the relations inside a
/// node), in node order. Each relation is in exactly one flow; positive and
/// negative scores are summed apart.
pub fn group_flows(ties: &[SignedTie], node_of: impl Fn(CountryCode) -> Node) -> Vec<Flow> {
    let mut flows: BTreeMap<(Node, Node), Flow> = BTreeMap::new();
    for t in ties {
        let (x, y) = (node_of(t.a), node_of(t.b));
        let key = if x <= y { (x, y) } else { (y, x) };
        let flow = flows.entry(key).or_insert_with(|| Flow {
            a: key.0,
            b: key.1,
            positive: 0.0,
            negative: 0.0,
            positive_count: 0,
            negative_count: 0,
            neutral_count: 0,
        });
        let s = if t.score.is_nan() { 0.0 } else { t.score };
        if s > 0.0 {
            flow.positive += s;
            flow.positive_count += 1;
        } else if s < 0.0 {
            flow.negative += s;
            flow.negative_count += 1;
        } else {
            flow.neutral_count += 1;
        }
    }
    flows.into_values().collect()
}
