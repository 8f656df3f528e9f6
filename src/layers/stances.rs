//! Stances (C10): countries filled by their position on an issue (a UN vote,
//! a recognition question), from [`crate::shown::ShownStance`].

use std::collections::BTreeMap;

use egui::Color32;

use crate::model::CountryCode;
use crate::shown::{ShownStance, StanceCell};
use crate::style::position_color;

/// The fill of each country with a recorded position.
pub fn fills(stance: &ShownStance) -> BTreeMap<CountryCode, Color32> {
    stance
        .cells
        .iter()
        .filter_map(|(code, cell)| match cell {
            StanceCell::Recorded(p) => Some((*code, position_color(*p))),
            StanceCell::NotRecorded | StanceCell::NotUnMember => None,
        })
        .collect()
}
