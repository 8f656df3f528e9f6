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

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> CountryCode {
        CountryCode::try_from(s).unwrap_or_else(|_| unreachable!("valid test code"))
    }

    #[test]
    fn a_relation_weak_for_both_states_is_hidden() {
        // A star around RUS plus one weak tie between two leaves.
        let ties = [
            Tie {
                a: c("RUS"),
                b: c("KAZ"),
                magnitude: 0.9,
            },
            Tie {
                a: c("RUS"),
                b: c("KGZ"),
                magnitude: 0.8,
            },
            Tie {
                a: c("RUS"),
                b: c("TJK"),
                magnitude: 0.2,
            },
            Tie {
                a: c("KAZ"),
                b: c("KGZ"),
                magnitude: 0.1,
            },
        ];
        // k = 1: RUS keeps KAZ; KAZ keeps RUS; KGZ keeps RUS (0.8); TJK
        // keeps RUS (its only one). KAZ–KGZ is nobody's first.
        assert_eq!(top_k_per_state(&ties, 1), [true, true, true, false]);
        assert_eq!(top_k_per_state(&ties, 2), [true, true, true, true]);
        assert_eq!(top_k_per_state(&ties, 0), [false; 4]);
    }
}
