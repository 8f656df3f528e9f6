//! Eigenvector, betweenness and closeness centrality on the positive part of
//! a graph, written to give the same numbers as `NetworkX` 3:
//!
//! - [`eigenvector`]: `nx.eigenvector_centrality(G, weight="weight")` (power
//!   iteration on A + I from the all-ones vector), iterated to a tighter
//!   tolerance, then scaled so that the maximum is 1;
//! - [`betweenness`]: `nx.betweenness_centrality(G, weight="distance",
//!   normalized=True)` with distance = 1/w (Brandes with Dijkstra, ties
//!   decided by exact equality of the summed distances, as `NetworkX` does);
//! - [`closeness`]: `nx.closeness_centrality(G, distance="distance",
//!   wf_improved=True)` (Wasserman–Faust, for disconnected graphs).
//!
//! The input is the adjacency of [`SignedGraph::positive_adjacency`](super::SignedGraph::positive_adjacency):
//! for each node its neighbours with positive weight, sorted.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Positive-part adjacency: for each node, `(neighbour, weight > 0)`.
pub type Adjacency = [Vec<(usize, f64)>];

/// Most power iterations before [`eigenvector`] stops (reached only when two
/// components have nearly the same leading eigenvalue).
pub const EIGENVECTOR_MAX_ITER: usize = 2_000;

/// Convergence tolerance per node (L1 change of the unit-norm vector).
pub const EIGENVECTOR_TOL: f64 = 1e-13;

/// Eigenvector centrality, scaled so that the largest value is 1. Nodes
/// without a positive tie get 0 (also when no node has one).
pub fn eigenvector(adj: &Adjacency) -> Vec<f64> {
    let n = adj.len();
    if adj.iter().all(Vec::is_empty) {
        return vec![0.0; n];
    }
    let nf = n as f64;
    let mut x = vec![1.0 / nf; n];
    for _ in 0..EIGENVECTOR_MAX_ITER {
        let last = x.clone();
        for (u, nbrs) in adj.iter().enumerate() {
            for &(v, w) in nbrs {
                x[v] += last[u] * w;
            }
        }
        let norm = x.iter().map(|v| v * v).sum::<f64>().sqrt();
        let norm = if norm > 0.0 { norm } else { 1.0 };
        x.iter_mut().for_each(|v| *v /= norm);
        let change: f64 = x.iter().zip(&last).map(|(a, b)| (a - b).abs()).sum();
        if change < nf * EIGENVECTOR_TOL {
            break;
        }
    }
    for (v, nbrs) in x.iter_mut().zip(adj) {
        if nbrs.is_empty() {
            *v = 0.0;
        }
    }
    let max = x.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        x.iter_mut().for_each(|v| *v /= max);
    }
    x
}

/// A heap entry ordered by smallest distance first, then insertion order.
#[derive(Clone, Copy)]
struct Entry {
    dist: f64,
    seq: usize,
    node: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .dist
            .total_cmp(&self.dist)
            .then(other.seq.cmp(&self.seq))
    }
}

/// Reusable buffers for single-source Dijkstra with path counting.
struct Dijkstra {
    dist: Vec<f64>,
    done: Vec<bool>,
    sigma: Vec<f64>,
    preds: Vec<Vec<usize>>,
    order: Vec<usize>,
    heap: BinaryHeap<Entry>,
}

impl Dijkstra {
    fn new(n: usize) -> Self {
        Self {
            dist: vec![f64::INFINITY; n],
            done: vec![false; n],
            sigma: vec![0.0; n],
            preds: vec![Vec::new(); n],
            order: Vec::with_capacity(n),
            heap: BinaryHeap::new(),
        }
    }

    /// Shortest paths from `s` with distance 1/w; fills `order` (nodes in
    /// the order they are settled), `dist`, `sigma` and `preds`.
    fn run(&mut self, adj: &Adjacency, s: usize) {
        self.dist.fill(f64::INFINITY);
        self.done.fill(false);
        self.sigma.fill(0.0);
        self.preds.iter_mut().for_each(Vec::clear);
        self.order.clear();
        self.heap.clear();
        let mut seq = 0;
        self.dist[s] = 0.0;
        self.sigma[s] = 1.0;
        self.heap.push(Entry {
            dist: 0.0,
            seq,
            node: s,
        });
        while let Some(Entry { dist, node: v, .. }) = self.heap.pop() {
            if self.done[v] || dist > self.dist[v] {
                continue;
            }
            self.done[v] = true;
            self.order.push(v);
            for &(w, weight) in &adj[v] {
                if self.done[w] {
                    continue;
                }
                let d = dist + 1.0 / weight;
                if d < self.dist[w] {
                    self.dist[w] = d;
                    self.sigma[w] = self.sigma[v];
                    self.preds[w].clear();
                    self.preds[w].push(v);
                    seq += 1;
                    self.heap.push(Entry {
                        dist: d,
                        seq,
                        node: w,
                    });
                } else if d.total_cmp(&self.dist[w]) == Ordering::Equal {
                    self.sigma[w] += self.sigma[v];
                    self.preds[w].push(v);
                }
            }
        }
    }
}

/// Betweenness centrality with distance 1/w, normalised as `NetworkX` does
/// for an undirected graph: the dependencies summed over every source,
/// divided by (n − 1)(n − 2). All 0 when n ≤ 2.
pub fn betweenness(adj: &Adjacency) -> Vec<f64> {
    shortest_path_centralities(adj).0
}

/// Closeness centrality with distance 1/w, Wasserman–Faust improved: for a
/// node reaching r nodes (itself included) at total distance D,
/// ((r − 1) / D) · ((r − 1) / (n − 1)); 0 for a node that reaches no other.
pub fn closeness(adj: &Adjacency) -> Vec<f64> {
    shortest_path_centralities(adj).1
}

/// [`betweenness`] and [`closeness`] from one Dijkstra run per source.
pub fn shortest_path_centralities(adj: &Adjacency) -> (Vec<f64>, Vec<f64>) {
    let n = adj.len();
    let mut bc = vec![0.0; n];
    let mut cc = vec![0.0; n];
    let mut dj = Dijkstra::new(n);
    let mut delta = vec![0.0; n];
    for (s, close) in cc.iter_mut().enumerate() {
        dj.run(adj, s);
        let total: f64 = dj.order.iter().map(|&v| dj.dist[v]).sum();
        if total > 0.0 && n > 1 {
            let (r, nf) = ((dj.order.len() - 1) as f64, (n - 1) as f64);
            *close = (r / total) * (r / nf);
        }
        delta.fill(0.0);
        for &w in dj.order.iter().rev() {
            let coeff = (1.0 + delta[w]) / dj.sigma[w];
            for &v in &dj.preds[w] {
                delta[v] += dj.sigma[v] * coeff;
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        bc.iter_mut().for_each(|v| *v *= scale);
    }
    (bc, cc)
}
