//! Louvain communities on the positive part of a graph, seeded and
//! deterministic across processes, and Newman modularity.
//!
//! The algorithm follows `NetworkX`'s `louvain_communities` (resolution 1,
//! threshold 1e-7): nodes are visited in an order shuffled by a seeded
//! generator (`SplitMix64`, written here, so the order depends only on the
//! seed and the sorted node list); a node moves to the neighbouring community
//! with the largest modularity gain, the first in ascending community number
//! on a tie; levels are aggregated until modularity gains no more than the
//! threshold. Nothing depends on hash-map iteration order. The partitions
//! can differ from `NetworkX`'s (its generator and tie order differ); the
//! modularity reached is compared in the tests.

use std::collections::BTreeMap;

use super::centrality::Adjacency;

/// Modularity gain below which Louvain stops (as `NetworkX`).
pub const THRESHOLD: f64 = 1e-7;

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
/// weighted undirected graph `adj`, resolution 1, as `nx.community.modularity`.
/// 0 for a graph without edges.
pub fn modularity(adj: &Adjacency, community: &[usize]) -> f64 {
    let m2: f64 = adj.iter().flatten().map(|x| x.1).sum();
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

/// One aggregation level: adjacency without self-loops, self-loop weights,
/// and weighted degrees (a self-loop counts twice).
struct Level {
    nbrs: Vec<Vec<(usize, f64)>>,
    degree: Vec<f64>,
}

impl Level {
    fn from_adjacency(adj: &Adjacency) -> Self {
        let degree = adj.iter().map(|l| l.iter().map(|x| x.1).sum()).collect();
        Self {
            nbrs: adj.to_vec(),
            degree,
        }
    }

    /// Local moves: returns each node's community (renumbered 0..k in order
    /// of first appearance by node) and whether any node moved.
    fn one_level(&self, m: f64, rng: &mut SplitMix64) -> (Vec<usize>, bool) {
        let n = self.nbrs.len();
        let mut com: Vec<usize> = (0..n).collect();
        let mut tot = self.degree.clone();
        let mut order: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut order);
        let mut improvement = false;
        // Weight from the node to each community: dense, with the list of
        // communities touched, visited in ascending order (ties go to the
        // lowest-numbered community).
        let mut to_com = vec![0.0; n];
        let mut touched: Vec<usize> = Vec::new();
        loop {
            let mut moves = 0;
            for &u in &order {
                for &c in &touched {
                    to_com[c] = 0.0;
                }
                touched.clear();
                for &(v, w) in &self.nbrs[u] {
                    if to_com[com[v]] == 0.0 {
                        touched.push(com[v]);
                    }
                    to_com[com[v]] += w;
                }
                touched.sort_unstable();
                touched.dedup();
                let degree = self.degree[u];
                let own = com[u];
                tot[own] -= degree;
                let remove = -to_com[own] / m + (tot[own] * degree) / (2.0 * m * m);
                let mut best = (0.0, own);
                for &c in &touched {
                    let w = to_com[c];
                    let gain = remove + w / m - (tot[c] * degree) / (2.0 * m * m);
                    if gain > best.0 {
                        best = (gain, c);
                    }
                }
                tot[best.1] += degree;
                if best.1 != own {
                    com[u] = best.1;
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

    /// The graph of communities: community `c`'s inner weight becomes a
    /// self-loop (kept in the degree), weights between communities add up.
    fn aggregate(&self, com: &[usize]) -> Self {
        let k = com.iter().copied().max().map_or(0, |c| c + 1);
        let mut degree = vec![0.0; k];
        let mut between: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); k];
        for (u, nbrs) in self.nbrs.iter().enumerate() {
            degree[com[u]] += self.degree[u];
            for &(v, w) in nbrs {
                if com[u] != com[v] {
                    *between[com[u]].entry(com[v]).or_insert(0.0) += w;
                }
            }
        }
        Self {
            nbrs: between
                .into_iter()
                .map(|b| b.into_iter().collect())
                .collect(),
            degree,
        }
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

/// Louvain communities of the positive graph `adj` with `seed`: a community
/// number per node (numbered 0..k in order of each community's first node).
/// Isolated nodes are communities of their own.
pub fn louvain(adj: &Adjacency, seed: u64) -> Vec<usize> {
    let n = adj.len();
    let mut partition: Vec<usize> = (0..n).collect();
    let m2: f64 = adj.iter().flatten().map(|x| x.1).sum();
    if m2 <= 0.0 {
        return partition;
    }
    let m = m2 / 2.0;
    let mut rng = SplitMix64::new(seed);
    let mut level = Level::from_adjacency(adj);
    let mut q = modularity(adj, &partition);
    loop {
        let (inner, improvement) = level.one_level(m, &mut rng);
        if !improvement {
            break;
        }
        let next: Vec<usize> = partition.iter().map(|&c| inner[c]).collect();
        let next_q = modularity(adj, &next);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Two triangles joined by one weak edge: two communities.
    fn two_triangles() -> Vec<Vec<(usize, f64)>> {
        let edges = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
            (2, 3, 0.1),
        ];
        let mut adj = vec![Vec::new(); 6];
        for (a, b, w) in edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        for l in &mut adj {
            l.sort_by_key(|x| x.0);
        }
        adj
    }

    #[test]
    fn finds_the_two_triangles() {
        let adj = two_triangles();
        for seed in 0..20 {
            let c = louvain(&adj, seed);
            assert_eq!(c, vec![0, 0, 0, 1, 1, 1], "seed {seed}");
        }
        let q = modularity(&adj, &[0, 0, 0, 1, 1, 1]);
        // m = 6.1; each side: inner 3, degree 6.1 → 2·(3/6.1 − 0.25).
        assert!(
            (q - 2.0 * (3.0 / 6.1 - 0.25)).abs() < 1e-12,
            "modularity {q}"
        );
    }

    #[test]
    fn no_edges_gives_singletons() {
        let adj = vec![Vec::new(); 3];
        assert_eq!(louvain(&adj, 1), vec![0, 1, 2], "singletons");
        assert!(modularity(&adj, &[0, 1, 2]).abs() < 1e-15, "no edges");
        assert!(louvain(&[], 1).is_empty(), "no nodes");
    }

    #[test]
    fn generator_is_fixed() {
        let mut g = SplitMix64::new(0);
        // Reference values of SplitMix64 from seed 0.
        assert_eq!(g.next_u64(), 0xE220_A839_7B1D_CDAF, "first");
        assert_eq!(g.next_u64(), 0x6E78_9E6A_A1B9_65F4, "second");
    }
}
