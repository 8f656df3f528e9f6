//! Relations derived from the data itself, as separate graphs with values in
//! [0, 1] (never averaged with judged scores):
//!
//! - **shared memberships** ([`shared_memberships`]): per pair and year, the
//!   organizations both states are *full members* of in that year (status
//!   `member`; observers, dialogue partners, associates, candidates and
//!   suspended members do not count, as in [`super::sets`]). Each
//!   organization counts with the weight of its kind ([`KindWeights`], 1 by
//!   default). The value is the weighted count divided by the total weight
//!   of the organizations that have at least one full member that year: the
//!   share of that year's organizations the pair has in common.
//! - **UN vote agreement** ([`VoteIndex`]): per pair, over the recorded UN
//!   votes (stances of kind `un-vote`) dated in or before the year, the
//!   share of the votes on which both cast the same vote, among the votes on
//!   which both cast one. "Yes", "no" and "abstain" are votes cast (two
//!   abstentions agree; yes against abstain disagrees); "absent" and a
//!   position not recorded are not, and leave the vote out of the pair's
//!   comparison.

use std::collections::{BTreeMap, BTreeSet};

use super::{EdgeInput, EdgeKind};
use crate::model::{
    CountryCode, Dataset, MembershipStatus, OrgId, OrgKind, Position, StanceId, StanceKind,
};

/// The weight of each organization kind in shared memberships.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KindWeights([f64; OrgKind::ALL.len()]);

impl Default for KindWeights {
    fn default() -> Self {
        Self([1.0; OrgKind::ALL.len()])
    }
}

impl KindWeights {
    /// Only organizations of `kinds` count (weight 1), the rest not at all.
    pub fn only(kinds: &[OrgKind]) -> Self {
        let mut w = Self([0.0; OrgKind::ALL.len()]);
        for k in kinds {
            w.set(*k, 1.0);
        }
        w
    }

    /// The weight of `kind`.
    pub fn get(&self, kind: OrgKind) -> f64 {
        self.0[kind as usize]
    }

    /// Set the weight of `kind` (negative and non-finite weights count as 0).
    pub fn set(&mut self, kind: OrgKind, weight: f64) {
        self.0[kind as usize] = if weight.is_finite() {
            weight.max(0.0)
        } else {
            0.0
        };
    }
}

/// The shared memberships of one pair in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedMembership {
    /// The smaller code.
    pub a: CountryCode,
    /// The larger code.
    pub b: CountryCode,
    /// The organizations both are full members of, by id.
    pub organizations: Vec<OrgId>,
    /// Their summed kind weights.
    pub weighted: f64,
    /// `weighted` divided by [`SharedMemberships::total_weight`], in [0, 1].
    pub value: f64,
}

/// Shared memberships of every pair in one year.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SharedMemberships {
    /// The year.
    pub year: i32,
    /// The organizations with at least one full member that year and a
    /// nonzero kind weight.
    pub organizations: Vec<OrgId>,
    /// Their summed kind weights (the denominator of the values).
    pub total_weight: f64,
    /// Pairs sharing at least one such organization, sorted by `(a, b)`.
    pub pairs: Vec<SharedMembership>,
}

/// The shared memberships of every pair of states in `year`.
pub fn shared_memberships(ds: &Dataset, year: i32, weights: &KindWeights) -> SharedMemberships {
    let mut organizations = Vec::new();
    let mut total_weight = 0.0;
    let mut pairs: BTreeMap<(CountryCode, CountryCode), Vec<OrgId>> = BTreeMap::new();
    for org in ds.organizations.values() {
        let w = weights.get(org.kind);
        if w <= 0.0 {
            continue;
        }
        let members: Vec<CountryCode> = org
            .members_in(year)
            .into_iter()
            .filter(|(_, s)| *s == MembershipStatus::Member)
            .map(|(c, _)| c)
            .collect();
        if members.is_empty() {
            continue;
        }
        organizations.push(org.id.clone());
        total_weight += w;
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                pairs.entry((*a, *b)).or_default().push(org.id.clone());
            }
        }
    }
    let pairs = pairs
        .into_iter()
        .map(|((a, b), organizations)| {
            let weighted: f64 = organizations
                .iter()
                .filter_map(|id| ds.organizations.get(id))
                .map(|o| weights.get(o.kind))
                .sum();
            SharedMembership {
                a,
                b,
                organizations,
                weighted,
                value: (weighted / total_weight).clamp(0.0, 1.0),
            }
        })
        .collect();
    SharedMemberships {
        year,
        organizations,
        total_weight,
        pairs,
    }
}

impl SharedMemberships {
    /// The pair `x`–`y` (either order), if they share an organization.
    pub fn pair(&self, x: CountryCode, y: CountryCode) -> Option<&SharedMembership> {
        let key = if x <= y { (x, y) } else { (y, x) };
        self.pairs
            .binary_search_by(|p| (p.a, p.b).cmp(&key))
            .ok()
            .map(|i| &self.pairs[i])
    }

    /// The pairs as undirected graph inputs of kind
    /// [`EdgeKind::SharedMemberships`], for the metrics.
    pub fn edge_inputs(&self) -> Vec<EdgeInput> {
        self.pairs
            .iter()
            .map(|p| EdgeInput {
                a: p.a,
                b: p.b,
                kind: EdgeKind::SharedMemberships,
                score: p.value,
                directed: false,
            })
            .collect()
    }
}

/// One vote of a [`VoteIndex`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexedVote {
    /// The stance.
    pub id: StanceId,
    /// The year of its date.
    pub year: i32,
}

/// Per-state bit sets of the recorded UN votes (sorted by date, then id):
/// which votes each state voted yes, no or abstain on. Built once per
/// dataset; agreement for any year is then a few popcounts per pair.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VoteIndex {
    votes: Vec<IndexedVote>,
    states: Vec<CountryCode>,
    /// Per state, three bit sets (yes, no, abstain) of `words` words each.
    bits: Vec<[Vec<u64>; 3]>,
}

/// The agreement of one pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VoteAgreement {
    /// The smaller code.
    pub a: CountryCode,
    /// The larger code.
    pub b: CountryCode,
    /// Votes on which both cast a vote.
    pub compared: usize,
    /// Of which they cast the same.
    pub agreed: usize,
    /// `agreed / compared`, in [0, 1].
    pub value: f64,
}

/// Vote agreement of every pair for one year.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VoteAgreements {
    /// The year.
    pub year: i32,
    /// The votes counted (dated in or before the year), by date then id.
    pub votes: Vec<StanceId>,
    /// Pairs that both voted on at least one of them, sorted by `(a, b)`.
    pub pairs: Vec<VoteAgreement>,
}

fn slot(p: Position) -> Option<usize> {
    match p {
        Position::Yes => Some(0),
        Position::No => Some(1),
        Position::Abstain => Some(2),
        _ => None,
    }
}

impl VoteIndex {
    /// Index the UN votes of `ds`.
    pub fn new(ds: &Dataset) -> Self {
        let mut stances: Vec<_> = ds
            .stances
            .values()
            .filter(|s| s.kind == StanceKind::UnVote)
            .collect();
        stances.sort_by(|x, y| x.date.cmp(&y.date).then(x.id.cmp(&y.id)));
        let states: Vec<CountryCode> = stances
            .iter()
            .flat_map(|s| s.positions.iter())
            .filter(|(_, p)| slot(**p).is_some())
            .map(|(c, _)| *c)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let words = stances.len().div_ceil(64);
        let mut bits = vec![[vec![0; words], vec![0; words], vec![0; words]]; states.len()];
        for (v, s) in stances.iter().enumerate() {
            for (c, p) in &s.positions {
                if let (Some(k), Ok(i)) = (slot(*p), states.binary_search(c)) {
                    bits[i][k][v / 64] |= 1 << (v % 64);
                }
            }
        }
        let votes = stances
            .iter()
            .map(|s| IndexedVote {
                id: s.id.clone(),
                year: s.date.year(),
            })
            .collect();
        Self {
            votes,
            states,
            bits,
        }
    }

    /// The indexed votes, by date then id.
    pub fn votes(&self) -> &[IndexedVote] {
        &self.votes
    }

    /// How many votes are dated in or before `year` (a prefix).
    fn count_until(&self, year: i32) -> usize {
        self.votes.partition_point(|v| v.year <= year)
    }

    /// (compared, agreed) of states `i` and `j` over the first `k` votes.
    fn counts(&self, i: usize, j: usize, k: usize) -> (usize, usize) {
        let (x, y) = (&self.bits[i], &self.bits[j]);
        let (mut compared, mut agreed) = (0, 0);
        for w in 0..k.div_ceil(64) {
            let mask = if (w + 1) * 64 <= k {
                u64::MAX
            } else {
                (1_u64 << (k % 64)) - 1
            };
            let cast_x = x[0][w] | x[1][w] | x[2][w];
            let cast_y = y[0][w] | y[1][w] | y[2][w];
            let same = (x[0][w] & y[0][w]) | (x[1][w] & y[1][w]) | (x[2][w] & y[2][w]);
            compared += (cast_x & cast_y & mask).count_ones() as usize;
            agreed += (same & mask).count_ones() as usize;
        }
        (compared, agreed)
    }

    /// Agreement of every pair over the votes dated in or before `year`.
    pub fn agreement(&self, year: i32) -> VoteAgreements {
        let k = self.count_until(year);
        let mut pairs = Vec::new();
        for i in 0..self.states.len() {
            for j in i + 1..self.states.len() {
                let (compared, agreed) = self.counts(i, j, k);
                if compared > 0 {
                    pairs.push(VoteAgreement {
                        a: self.states[i],
                        b: self.states[j],
                        compared,
                        agreed,
                        value: agreed as f64 / compared as f64,
                    });
                }
            }
        }
        VoteAgreements {
            year,
            votes: self.votes[..k].iter().map(|v| v.id.clone()).collect(),
            pairs,
        }
    }

    /// The votes behind one pair's value in `year`: each vote both cast a
    /// vote on, with the two positions, by date then id (for the inspector).
    pub fn detail(
        &self,
        ds: &Dataset,
        x: CountryCode,
        y: CountryCode,
        year: i32,
    ) -> Vec<(StanceId, Position, Position)> {
        let k = self.count_until(year);
        self.votes[..k]
            .iter()
            .filter_map(|v| {
                let s = ds.stances.get(&v.id)?;
                let (px, py) = (*s.positions.get(&x)?, *s.positions.get(&y)?);
                (slot(px).is_some() && slot(py).is_some()).then(|| (v.id.clone(), px, py))
            })
            .collect()
    }
}

impl VoteAgreements {
    /// The pair `x`–`y` (either order), if both voted on a common vote.
    pub fn pair(&self, x: CountryCode, y: CountryCode) -> Option<&VoteAgreement> {
        let key = if x <= y { (x, y) } else { (y, x) };
        self.pairs
            .binary_search_by(|p| (p.a, p.b).cmp(&key))
            .ok()
            .map(|i| &self.pairs[i])
    }

    /// The pairs as undirected graph inputs of kind
    /// [`EdgeKind::UnVoteAgreement`], for the metrics.
    pub fn edge_inputs(&self) -> Vec<EdgeInput> {
        self.pairs
            .iter()
            .map(|p| EdgeInput {
                a: p.a,
                b: p.b,
                kind: EdgeKind::UnVoteAgreement,
                score: p.value,
                directed: false,
            })
            .collect()
    }
}
