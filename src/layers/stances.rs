//! Stances (C10): countries filled by their position on an issue (a UN vote,
//! a recognition question), with counts for the legend.

use std::collections::BTreeMap;

use egui::Color32;

use crate::model::{CountryCode, Dataset, Position, Stance, StanceId};

use super::style::position_color;

/// What the stances layer shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stances {
    /// The stance shown, if any.
    pub id: Option<StanceId>,
    /// Fill colour per country with a position.
    pub fills: BTreeMap<CountryCode, Color32>,
    /// How many countries took each position, in the order of
    /// [`Position::allowed_for`] the stance's kind.
    pub counts: Vec<(Position, usize)>,
}

/// The stance to show in `year`: the chosen one. Stances are dated events;
/// before its date a stance has no positions yet, so nothing is filled.
pub fn compute(dataset: &Dataset, chosen: Option<&StanceId>, year: i32) -> Stances {
    let Some((id, stance)) = chosen.and_then(|id| dataset.stances.get(id).map(|s| (id, s))) else {
        return Stances::default();
    };
    if stance.date.year() > year {
        return Stances {
            id: Some(id.clone()),
            fills: BTreeMap::new(),
            counts: counts(stance, false),
        };
    }
    Stances {
        id: Some(id.clone()),
        fills: stance
            .positions
            .iter()
            .map(|(c, p)| (*c, position_color(*p)))
            .collect(),
        counts: counts(stance, true),
    }
}

fn counts(stance: &Stance, in_effect: bool) -> Vec<(Position, usize)> {
    Position::allowed_for(stance.kind)
        .iter()
        .map(|p| {
            let n = if in_effect {
                stance.positions.values().filter(|q| *q == p).count()
            } else {
                0
            };
            (*p, n)
        })
        .collect()
}
