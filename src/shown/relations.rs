//! Relation arcs of a year after the filters (C3).

use crate::model::{
    Band, CountryCode, Dataset, Dimension, Interval, Period, Relation, Score, SourceId,
};
use crate::state::RelationFilter;

/// One relation as shown in a year: its pair, dimension and score, the
/// period in effect with its evidence and source.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownRelation {
    /// Index of the relation in [`Dataset::relations`].
    pub relation: usize,
    /// Index of the period in effect in the relation's `series`.
    pub period_index: usize,
    /// First state (the actor, if directed).
    pub a: CountryCode,
    /// Second state (the target, if directed).
    pub b: CountryCode,
    /// What the score measures.
    pub dimension: Dimension,
    /// Score in the year.
    pub score: Score,
    /// The score's display band.
    pub band: Band,
    /// One-way, from `a` towards `b`.
    pub directed: bool,
    /// The period in effect.
    pub period: Interval,
    /// Outside the focus country's relations (shown faintly).
    pub dimmed: bool,
    /// Which of the pair's arcs this is (0 for the first dimension shown
    /// between the two states, 1 for the next, …), so parallel arcs bend
    /// apart.
    pub parallel: usize,
}

impl ShownRelation {
    /// The relation record.
    pub fn record<'a>(&self, dataset: &'a Dataset) -> Option<&'a Relation> {
        dataset.relations.get(self.relation)
    }

    /// The period record.
    pub fn period_record<'a>(&self, dataset: &'a Dataset) -> Option<&'a Period> {
        self.record(dataset)?.series.get(self.period_index)
    }

    /// The evidence for the score: the period's, else the relation's.
    pub fn evidence<'a>(&self, dataset: &'a Dataset) -> Option<&'a str> {
        let relation = self.record(dataset)?;
        let period = relation.series.get(self.period_index)?;
        period.evidence.as_deref().or(relation.evidence.as_deref())
    }

    /// The source of the score: the period's, else the relation's.
    pub fn source<'a>(&self, dataset: &'a Dataset) -> Option<&'a SourceId> {
        let relation = self.record(dataset)?;
        let period = relation.series.get(self.period_index)?;
        period.source.as_ref().or(relation.source.as_ref())
    }

    /// `(a, b)` with the smaller code first.
    pub fn pair(&self) -> (CountryCode, CountryCode) {
        if self.a <= self.b {
            (self.a, self.b)
        } else {
            (self.b, self.a)
        }
    }
}

/// The relations of `year` that pass `filter`, in the data's order. A
/// relation with no period in effect in the year is absent; the focus
/// country only dims the others.
pub fn compute(dataset: &Dataset, year: i32, filter: &RelationFilter) -> Vec<ShownRelation> {
    let mut out: Vec<ShownRelation> = Vec::new();
    for (index, relation) in dataset.relations.iter().enumerate() {
        if !filter.dimensions.contains(&relation.dimension) {
            continue;
        }
        let Some((period_index, period)) = relation
            .series
            .iter()
            .enumerate()
            .filter(|(_, p)| p.period.in_effect_in(year))
            .max_by_key(|(_, p)| p.period.from.first_day())
        else {
            continue;
        };
        if period.score.magnitude() < filter.min_strength {
            continue;
        }
        let candidate = ShownRelation {
            relation: index,
            period_index,
            a: relation.a,
            b: relation.b,
            dimension: relation.dimension,
            score: period.score,
            band: period.score.band(),
            directed: relation.directed,
            period: period.period,
            dimmed: filter
                .focus
                .is_some_and(|f| relation.a != f && relation.b != f),
            parallel: 0,
        };
        let parallel = match out.last() {
            Some(previous) if previous.pair() == candidate.pair() => previous.parallel + 1,
            _ => 0,
        };
        out.push(ShownRelation {
            parallel,
            ..candidate
        });
    }
    out
}

/// At most the `k` strongest of `relations` per state
/// ([`crate::analysis::aggregate::top_k_per_state`]), in the same order,
/// with the parallel arcs of a pair numbered again; and how many were
/// hidden.
pub fn keep_top_k(relations: Vec<ShownRelation>, k: usize) -> (Vec<ShownRelation>, usize) {
    use crate::analysis::aggregate::{Tie, top_k_per_state};
    let ties: Vec<Tie> = relations
        .iter()
        .map(|r| Tie {
            a: r.a,
            b: r.b,
            magnitude: r.score.magnitude(),
        })
        .collect();
    let keep = top_k_per_state(&ties, k);
    let total = relations.len();
    let mut out: Vec<ShownRelation> = Vec::with_capacity(total);
    for (r, kept) in relations.into_iter().zip(keep) {
        if !kept {
            continue;
        }
        let parallel = match out.last() {
            Some(previous) if previous.pair() == r.pair() => previous.parallel + 1,
            _ => 0,
        };
        out.push(ShownRelation { parallel, ..r });
    }
    let hidden = total - out.len();
    (out, hidden)
}
