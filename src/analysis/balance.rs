//! Structural balance: the share of balanced triangles in a signed graph.
//!
//! A triangle is three states pairwise joined by a combined edge of nonzero
//! weight; it is balanced when the product of the three signs is positive
//! (+ + +, or one + and two −: "the enemy of my enemy is my friend"), and
//! unbalanced otherwise (+ + −, − − −). Edges whose combined weight is
//! exactly 0 have no sign and close no triangle.

use super::SignedGraph;

/// Triangle counts of a whole graph or of one state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// Triangles (through the state, for a state).
    pub triangles: usize,
    /// Of which balanced.
    pub balanced: usize,
}

impl Balance {
    /// The share of balanced triangles, or `None` if there are none.
    pub fn share(&self) -> Option<f64> {
        (self.triangles > 0).then(|| self.balanced as f64 / self.triangles as f64)
    }
}

/// The balance of the whole graph and of each node (in node order).
pub fn balance(graph: &SignedGraph) -> (Balance, Vec<Balance>) {
    let n = graph.nodes().len();
    // Higher neighbours of each node with the sign of the edge, sorted.
    let mut up: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n];
    for e in graph.edges().iter().filter(|e| e.weight != 0.0) {
        up[e.ia].push((e.ib, e.weight > 0.0));
    }
    let mut total = Balance::default();
    let mut per = vec![Balance::default(); n];
    for u in 0..n {
        for (i, &(v, uv)) in up[u].iter().enumerate() {
            // w > v among u's higher neighbours, and v–w an edge.
            let (mut x, ys) = (i + 1, &up[v]);
            let xs = &up[u];
            let mut y = 0;
            while x < xs.len() && y < ys.len() {
                match xs[x].0.cmp(&ys[y].0) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => {
                        let w = xs[x].0;
                        let positives = [uv, xs[x].1, ys[y].1].iter().filter(|s| **s).count();
                        // Product of signs > 0 ⇔ an even number of negatives.
                        let balanced = (3 - positives) % 2 == 0;
                        total.triangles += 1;
                        total.balanced += usize::from(balanced);
                        for t in [u, v, w] {
                            per[t].triangles += 1;
                            per[t].balanced += usize::from(balanced);
                        }
                        x += 1;
                        y += 1;
                    }
                }
            }
        }
    }
    (total, per)
}
