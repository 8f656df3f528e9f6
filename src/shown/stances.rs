//! The stance shown: each state's position on an issue, and the counts per
//! position, with the states whose position the data does not hold (C10).

use std::collections::BTreeMap;

use crate::model::{
    CountryCode, Dataset, Date, Interval, OrgId, Position, Stance, StanceId, StanceKind,
};

/// Whether `title` already gives the year `year` (so it is not repeated).
fn gives_year(title: &str, year: i32) -> bool {
    title.contains(&year.to_string())
}

/// A stance's title with its date in brackets, unless the title already
/// gives its year ("Recognition of Kosovo's declaration of independence
/// (17 February 2008)" stays as it is).
pub fn stance_title(stance: &Stance) -> String {
    if gives_year(&stance.title, stance.date.year()) {
        stance.title.clone()
    } else {
        format!("{} ({})", stance.title, stance.date)
    }
}

/// A stance's short name (its title up to a colon) with its year, unless
/// that part already gives it ("UN GA resolution 62/243 (2008)").
pub fn stance_short(stance: &Stance) -> String {
    let short = stance_short_name(stance);
    if gives_year(short, stance.date.year()) {
        short.to_owned()
    } else {
        format!("{short} ({})", stance.date.year())
    }
}

/// A stance's title up to a colon ("UN GA resolution ES-11/1").
pub fn stance_short_name(stance: &Stance) -> &str {
    stance
        .title
        .split(':')
        .next()
        .unwrap_or(&stance.title)
        .trim()
}

/// The stances of `dataset` by date (then id): the order lists show them.
pub fn stances_by_date(dataset: &Dataset) -> Vec<(&StanceId, &Stance)> {
    let mut list: Vec<_> = dataset.stances.iter().collect();
    list.sort_by(|(a_id, a), (b_id, b)| {
        a.date
            .first_day()
            .cmp(&b.date.first_day())
            .then_with(|| a_id.cmp(b_id))
    });
    list
}

/// What the map shows for one state on a stance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StanceCell {
    /// A position the data records.
    Recorded(Position),
    /// A state that could have taken a position (for a UN vote: a UN member
    /// on the vote's date) whose position the data does not hold.
    NotRecorded,
    /// For a UN vote: a state in the data that was not a UN member on the
    /// vote's date (Kosovo, Palestine, Taiwan…), counted apart.
    NotUnMember,
}

impl StanceCell {
    /// The label in legends and plots, in the window's language.
    pub fn label(self) -> std::borrow::Cow<'static, str> {
        match self {
            Self::Recorded(p) => p.label(),
            Self::NotRecorded => crate::i18n::tr("kind-cell-not-recorded", "Not recorded"),
            Self::NotUnMember => crate::i18n::tr("kind-cell-not-un-member", "Not a UN member"),
        }
    }

    /// The English label, the same in every language (exports).
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Recorded(p) => p.label_en(),
            Self::NotRecorded => "Not recorded",
            Self::NotUnMember => "Not a UN member",
        }
    }

    /// The value in exports (`yes`, …, `not-recorded`, `not-un-member`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Recorded(p) => p.as_str(),
            Self::NotRecorded => "not-recorded",
            Self::NotUnMember => "not-un-member",
        }
    }
}

/// The stance shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownStance {
    /// Its id.
    pub id: StanceId,
    /// Its kind.
    pub kind: StanceKind,
    /// Its date.
    pub date: Date,
    /// False before the stance's date: nothing is filled yet (the issue
    /// was not yet put).
    pub in_effect: bool,
    /// Each state's cell, by code: recorded positions, and the states
    /// counted as not recorded or not UN members. Empty when not in effect.
    pub cells: BTreeMap<CountryCode, StanceCell>,
    /// How many states fall in each cell: the kind's positions in legend
    /// order, then "not recorded", then (UN votes, when the data has the
    /// United Nations with its members' dates) "not a UN member".
    pub counts: Vec<(StanceCell, usize)>,
    /// Whether UN membership on the vote's date was known (the data has the
    /// organization `un`); without it, every state in the data without a
    /// position is "not recorded".
    pub membership_known: bool,
}

impl ShownStance {
    /// The count of one cell (0 if not listed).
    pub fn count(&self, cell: StanceCell) -> usize {
        self.counts
            .iter()
            .find(|(c, _)| *c == cell)
            .map_or(0, |(_, n)| *n)
    }

    /// The states in one cell, in code order.
    pub fn states_in(&self, cell: StanceCell) -> impl Iterator<Item = CountryCode> + '_ {
        self.cells
            .iter()
            .filter(move |(_, c)| **c == cell)
            .map(|(code, _)| *code)
    }
}

/// The id of the United Nations in the data.
pub const UN_ID: &str = "un";

/// Whether `interval` covers the first day of `date`.
fn covers(interval: &Interval, date: Date) -> bool {
    let day = date.first_day();
    interval.from.first_day() <= day && interval.to.is_none_or(|to| day < to.first_day())
}

/// The stance `id` as shown in `year`, or `None` if the data lacks it.
pub fn compute(dataset: &Dataset, id: &StanceId, year: i32) -> Option<ShownStance> {
    let stance = dataset.stances.get(id)?;
    let un = OrgId::try_from(UN_ID)
        .ok()
        .and_then(|un| dataset.organizations.get(&un))
        .filter(|_| stance.kind == StanceKind::UnVote);
    let in_effect = stance.date.year() <= year;
    let mut cells: BTreeMap<CountryCode, StanceCell> = BTreeMap::new();
    if in_effect {
        for (code, position) in &stance.positions {
            cells.insert(*code, StanceCell::Recorded(*position));
        }
        match un {
            Some(un) => {
                let members_then: std::collections::BTreeSet<CountryCode> = un
                    .memberships
                    .iter()
                    .filter(|m| covers(&m.period, stance.date))
                    .map(|m| m.country)
                    .collect();
                for code in &members_then {
                    cells.entry(*code).or_insert(StanceCell::NotRecorded);
                }
                for code in dataset.countries.keys() {
                    cells.entry(*code).or_insert(StanceCell::NotUnMember);
                }
            }
            None => {
                for code in dataset.countries.keys() {
                    cells.entry(*code).or_insert(StanceCell::NotRecorded);
                }
            }
        }
    }
    let mut order: Vec<StanceCell> = Position::allowed_for(stance.kind)
        .iter()
        .map(|p| StanceCell::Recorded(*p))
        .collect();
    order.push(StanceCell::NotRecorded);
    if un.is_some() {
        order.push(StanceCell::NotUnMember);
    }
    let counts = order
        .into_iter()
        .map(|cell| (cell, cells.values().filter(|c| **c == cell).count()))
        .collect();
    Some(ShownStance {
        id: id.clone(),
        kind: stance.kind,
        date: stance.date,
        in_effect,
        cells,
        counts,
        membership_known: un.is_some(),
    })
}
