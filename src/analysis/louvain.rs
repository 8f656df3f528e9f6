//! Signed communities: Louvain moves on signed modularity, seeded and
//! deterministic across processes.
//!
//! Signed modularity (Gómez, Jensen & Arenas 2009, *Phys. Rev. E* 80,
//! 016114) of a partition of a graph with positive weights `w⁺` and negative
//! weights `w⁻` (taken as positive numbers) is
//!
//! ```text
//! Q = 1/(2w⁺ + 2w⁻) · Σ_ij [ (w⁺_ij − k⁺_i k⁺_j / 2w⁺) − (w⁻_ij − k⁻_i k⁻_j / 2w⁻) ] δ(c_i, c_j)
//!   = (2w⁺ · Q⁺ − 2w⁻ · Q⁻) / (2w⁺ + 2w⁻)
//! ```
//!
//! where `Q⁺` and `Q⁻` are Newman's modularity of the partition on the
//! positive and on the negative part. A positive tie inside a community
//! raises `Q`, a negative tie inside lowers it: hostility pushes states
//! apart. On a graph without negative ties `Q` is Newman's modularity.
//!
//! It is optimised with the Louvain method (local moves, then aggregation of
//! each community into one node, until `Q` gains no more than
//! [`THRESHOLD`]), as `NetworkX`'s `louvain_communities` does for the
//! unsigned case, with these rules:
//!
//! - nodes are visited in an order shuffled by a seeded generator
//!   (`SplitMix64`, written here, so the order depends only on the seed and
//!   the sorted node list);
//! - a node may move to **any** community, or to an empty one of its own,
//!   not only to a neighbour's: under signed modularity a state with only
//!   negative ties can gain by joining a community it has no tie with;
//! - it moves only if the gain beats staying by more than [`EPSILON`]; among
//!   equal gains the lowest community number wins;
//! - nothing depends on hash-map iteration order.
//!
//! The same graph and seed give the same partition in every run and process.

use std::collections::BTreeMap;

use super::centrality::Adjacency;

/// Modularity gain below which Louvain stops (as `NetworkX`).
pub const THRESHOLD: f64 = 1e-7;

/// A move must beat staying by more than this (rounding noise must not make
/// nodes swap back and forth).
pub const EPSILON: f64 = 1e-12;

/// At most this many sweeps over the nodes at one level (each sweep that
/// moves a node raises `Q`, so this is only a guard).
const MAX_SWEEPS: usize = 1000;

/// A small seeded generator (`SplitMix64`): the same seed gives the same
/// sequence on every platform and in every process.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Shuffle `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let bound = u64::try_from(i + 1).unwrap_or(u64::MAX);
            let j = usize::try_from(self.next_u64() % bound).unwrap_or(0);
            items.swap(i, j);
        }
    }
}

/// Newman modularity of `community` (a community number per node) on the
/// weighted undirected graph `adj` (weights > 0), resolution 1, as
/// `nx.community.modularity`. 0 for a graph without edges.
pub fn modularity(adj: &Adjacency, community: &[usize]) -> f64 {
    let m2 = total(adj);
    if m2 <= 0.0 {
        return 0.0;
    }
    let k = community.iter().copied().max().map_or(0, |c| c + 1);
    let mut inner = vec![0.0; k];
    let mut degree = vec![0.0; k];
    for (u, nbrs) in adj.iter().enumerate() {
        for &(v, w) in nbrs {
            degree[community[u]] += w;
            if community[u] == community[v] {
                inner[community[u]] += w;
            }
        }
    }
    inner
        .iter()
        .zip(&degree)
        .map(|(l, d)| l / m2 - (d / m2) * (d / m2))
        .sum()
}

/// Signed modularity (Gómez, Jensen & Arenas 2009) of `community` on the
/// graph whose positive part is `pos` and negative part `neg` (weights as
/// positive numbers; both lists cover the same nodes, `neg` may be empty):
/// `(2w⁺·Q⁺ − 2w⁻·Q⁻) / (2w⁺ + 2w⁻)`. Equals [`modularity`] without negative
/// ties; 0 for a graph without edges.
pub fn signed_modularity(pos: &Adjacency, neg: &Adjacency, community: &[usize]) -> f64 {
    let (m2p, m2n) = (total(pos), total(neg));
    if m2p + m2n <= 0.0 {
        return 0.0;
    }
    (m2p * modularity(pos, community) - m2n * modularity(neg, community)) / (m2p + m2n)
}

/// Twice the total weight (each undirected edge is listed at both ends).
fn total(adj: &Adjacency) -> f64 {
    adj.iter().flatten().map(|x| x.1).sum()
}

/// Weighted degrees (a self-loop would count twice; there are none in the
/// input, aggregation keeps inner weights in the degrees only).
fn degrees(adj: &Adjacency, n: usize) -> Vec<f64> {
    (0..n)
        .map(|u| adj.get(u).map_or(0.0, |l| l.iter().map(|x| x.1).sum()))
        .collect()
}

/// One aggregation level: positive and negative adjacency between distinct
/// nodes, and the positive and negative degrees (inner weights of the
/// communities merged into a node included).
struct Level {
    pos: Vec<Vec<(usize, f64)>>,
    neg: Vec<Vec<(usize, f64)>>,
    kp: Vec<f64>,
    kn: Vec<f64>,
}

impl Level {
    fn new(pos: &Adjacency, neg: &Adjacency) -> Self {
        let n = pos.len();
        let mut neg = neg.to_vec();
        neg.resize(n, Vec::new());
        Self {
            pos: pos.to_vec(),
            kp: degrees(pos, n),
            kn: degrees(&neg, n),
            neg,
        }
    }

    /// Local moves with twice the total positive and negative weights
    /// `m2p`, `m2n`: each node's community (renumbered 0..k in order of
    /// first appearance by node) and whether any node moved.
    fn one_level(&self, m2p: f64, m2n: f64, rng: &mut SplitMix64) -> (Vec<usize>, bool) {
        let n = self.pos.len();
        let mut com: Vec<usize> = (0..n).collect();
        let mut size = vec![1_usize; n];
        let mut tot_p = self.kp.clone();
        let mut tot_n = self.kn.clone();
        let mut order: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut order);
        let mut improvement = false;
        // The node's positive and negative weight to each community (dense,
        // cleared through the list of communities touched).
        let mut to_p = vec![0.0; n];
        let mut to_n = vec![0.0; n];
        let mut touched: Vec<usize> = Vec::new();
        for _ in 0..MAX_SWEEPS {
            let mut moves = 0;
            for &u in &order {
                for &c in &touched {
                    to_p[c] = 0.0;
                    to_n[c] = 0.0;
                }
                touched.clear();
                for &(v, w) in &self.pos[u] {
                    to_p[com[v]] += w;
                    touched.push(com[v]);
                }
                for &(v, w) in &self.neg[u] {
                    to_n[com[v]] += w;
                    touched.push(com[v]);
                }
                let (kp, kn) = (self.kp[u], self.kn[u]);
                let own = com[u];
                tot_p[own] -= kp;
                tot_n[own] -= kn;
                size[own] -= 1;
                // The gain of joining community c (up to a factor common to
                // every c): its ties to c minus what the null model expects,
                // positive part minus negative part. An empty community
                // gains 0.
                let gain = |c: usize| {
                    let p = if m2p > 0.0 {
                        to_p[c] - kp * tot_p[c] / m2p
                    } else {
                        0.0
                    };
                    let q = if m2n > 0.0 {
                        to_n[c] - kn * tot_n[c] / m2n
                    } else {
                        0.0
                    };
                    p - q
                };
                let stay = gain(own);
                let mut best = (stay, own);
                let mut empty = None;
                for (c, &members) in size.iter().enumerate() {
                    if c == own {
                        continue;
                    }
                    if members == 0 {
                        empty = empty.or(Some(c));
                        continue;
                    }
                    // Ascending c with a strict `>`: ties go to the lowest.
                    let g = gain(c);
                    if g > stay + EPSILON && (best.1 == own || g > best.0) {
                        best = (g, c);
                    }
                }
                if size[own] > 0
                    && let Some(c) = empty
                    && 0.0 > stay + EPSILON
                    && 0.0 > best.0
                {
                    best = (0.0, c);
                }
                let to = best.1;
                tot_p[to] += kp;
                tot_n[to] += kn;
                size[to] += 1;
                if to != own {
                    com[u] = to;
                    moves += 1;
                    improvement = true;
                }
            }
            if moves == 0 {
                break;
            }
        }
        (renumber(&com), improvement)
    }

    /// The graph of communities: weights between communities add up (per
    /// sign), degrees add up (so inner weights stay in them).
    fn aggregate(&self, com: &[usize]) -> Self {
        let k = com.iter().copied().max().map_or(0, |c| c + 1);
        let merge = |adj: &[Vec<(usize, f64)>], deg: &[f64]| {
            let mut degree = vec![0.0; k];
            let mut between: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); k];
            for (u, nbrs) in adj.iter().enumerate() {
                degree[com[u]] += deg[u];
                for &(v, w) in nbrs {
                    if com[u] != com[v] {
                        *between[com[u]].entry(com[v]).or_insert(0.0) += w;
                    }
                }
            }
            let lists: Vec<Vec<(usize, f64)>> = between
                .into_iter()
                .map(|b| b.into_iter().collect())
                .collect();
            (lists, degree)
        };
        let (pos, kp) = merge(&self.pos, &self.kp);
        let (neg, kn) = merge(&self.neg, &self.kn);
        Self { pos, neg, kp, kn }
    }
}

/// Renumber community labels 0..k in order of first appearance.
fn renumber(com: &[usize]) -> Vec<usize> {
    let mut map = BTreeMap::new();
    com.iter()
        .map(|c| {
            let next = map.len();
            *map.entry(*c).or_insert(next)
        })
        .collect()
}

/// Signed Louvain communities of the graph with positive part `pos` and
/// negative part `neg` (weights as positive numbers; `neg` may be empty),
/// with `seed`: a community number per node (numbered 0..k in order of each
/// community's first node). Nodes without ties are communities of their
/// own.
pub fn signed_louvain(pos: &Adjacency, neg: &Adjacency, seed: u64) -> Vec<usize> {
    let n = pos.len();
    let mut partition: Vec<usize> = (0..n).collect();
    let (m2p, m2n) = (total(pos), total(neg));
    if m2p + m2n <= 0.0 {
        return partition;
    }
    let mut rng = SplitMix64::new(seed);
    let mut level = Level::new(pos, neg);
    let mut q = signed_modularity(pos, neg, &partition);
    loop {
        let (inner, improvement) = level.one_level(m2p, m2n, &mut rng);
        if !improvement {
            break;
        }
        let next: Vec<usize> = partition.iter().map(|&c| inner[c]).collect();
        let next_q = signed_modularity(pos, neg, &next);
        // As `NetworkX`: the level's partition is kept, and the loop stops
        // when it gained no more than the threshold.
        partition = next;
        if next_q - q <= THRESHOLD {
            break;
        }
        q = next_q;
        level = level.aggregate(&inner);
    }
    renumber(&partition)
}

/// Louvain communities of a graph without negative ties (the signed method
/// with an empty negative part; the modularity is Newman's).
pub fn louvain(adj: &Adjacency, seed: u64) -> Vec<usize> {
    signed_louvain(adj, &[], seed)
}
