//! Two moments of a view compared (`compare` in a view; View ▸ Compare):
//! the two states of the two sides, and the difference from the earlier
//! moment to the later one as rows — relations new, ended, stronger and
//! weaker, memberships joined and left, stance positions changed — each
//! with both values and both sources. No egui.
//!
//! The moments are the view's own year and `compare.year` (or the view's
//! stance and `compare.stance`); whichever comes first is *A*, the other
//! *B*, so "new" always means new by the later moment. A relation's
//! strength is |score|, as for `min_strength` and `top_k`: a relation is
//! stronger when |score| grew (both scores are in the row, so a turn from
//! −0.3 to +0.5 shows its signs). Memberships count under the view's
//! `statuses` (the one rule of the set, the shading and the legend).

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::{memberships, relations, stances};
use crate::i18n::tr;
use crate::model::{
    CountryCode, Dataset, Dimension, MembershipStatus, OrgId, Score, SourceId, StanceId,
};
use crate::shown::StanceCell;
use crate::state::{Compare, CompareMode, State};

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Moment {
    /// A year.
    Year(i32),
    /// A stance (a dated issue).
    Stance(StanceId),
}

impl Moment {
    /// The moment in English (exports, titles): the year, or the stance's
    /// short name with its year.
    pub fn label_en(&self, dataset: &Dataset) -> String {
        match self {
            Self::Year(y) => y.to_string(),
            Self::Stance(id) => dataset
                .stances
                .get(id)
                .map_or_else(|| id.to_string(), stances::stance_short),
        }
    }
}

/// What kind of change a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// A relation in B, not in A.
    RelationNew,
    /// A relation in A, not in B.
    RelationEnded,
    /// A relation in both, |score| larger in B.
    RelationStronger,
    /// A relation in both, |score| smaller in B.
    RelationWeaker,
    /// A state counted as in an organization in B, not in A.
    MembershipJoined,
    /// A state counted as in an organization in A, not in B.
    MembershipLeft,
    /// A state whose position differs between stance A and stance B.
    StanceChanged,
}

impl ChangeKind {
    /// Every kind, in the legend's order.
    pub const ALL: [Self; 7] = [
        Self::RelationNew,
        Self::RelationEnded,
        Self::RelationStronger,
        Self::RelationWeaker,
        Self::MembershipJoined,
        Self::MembershipLeft,
        Self::StanceChanged,
    ];

    /// The value in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RelationNew => "relation-new",
            Self::RelationEnded => "relation-ended",
            Self::RelationStronger => "relation-stronger",
            Self::RelationWeaker => "relation-weaker",
            Self::MembershipJoined => "membership-joined",
            Self::MembershipLeft => "membership-left",
            Self::StanceChanged => "stance-changed",
        }
    }

    /// The legend's words in English (figures, exports).
    pub fn label_en(self) -> &'static str {
        match self {
            Self::RelationNew => "New relation",
            Self::RelationEnded => "Ended relation",
            Self::RelationStronger => "Stronger relation",
            Self::RelationWeaker => "Weaker relation",
            Self::MembershipJoined => "Joined",
            Self::MembershipLeft => "Left",
            Self::StanceChanged => "Position changed",
        }
    }

    /// The legend's words in the window's language.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::RelationNew => tr("compare-kind-relation-new", "New relation"),
            Self::RelationEnded => tr("compare-kind-relation-ended", "Ended relation"),
            Self::RelationStronger => tr("compare-kind-relation-stronger", "Stronger relation"),
            Self::RelationWeaker => tr("compare-kind-relation-weaker", "Weaker relation"),
            Self::MembershipJoined => tr("compare-kind-membership-joined", "Joined"),
            Self::MembershipLeft => tr("compare-kind-membership-left", "Left"),
            Self::StanceChanged => tr("compare-kind-stance-changed", "Position changed"),
        }
    }

    /// A relation change (drawn as an arc), not a state's (drawn as a
    /// fill).
    pub fn is_relation(self) -> bool {
        matches!(
            self,
            Self::RelationNew | Self::RelationEnded | Self::RelationStronger | Self::RelationWeaker
        )
    }
}

/// One side's value in a row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ChangeValue {
    /// A relation's score.
    Score(Score),
    /// A state's status in an organization.
    Status(MembershipStatus),
    /// A state's cell on a stance.
    Cell(StanceCell),
}

impl ChangeValue {
    /// The value in exports (`0.4`, `member`, `abstain`).
    pub fn export_text(self) -> String {
        match self {
            Self::Score(s) => format!("{}", s.value()),
            Self::Status(s) => s.as_str().to_owned(),
            Self::Cell(c) => c.as_str().to_owned(),
        }
    }

    /// The value in the window's language (`+0.40`, `observer`, `abstain`).
    pub fn shown(self) -> String {
        match self {
            Self::Score(s) => format!("{:+.2}", s.value()),
            Self::Status(s) => crate::i18n::lowercase(&s.label()),
            Self::Cell(c) => crate::i18n::lowercase(&c.label()),
        }
    }
}

/// One change from A to B.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeRow {
    /// What changed.
    pub kind: ChangeKind,
    /// The state (for a relation, its first state).
    pub a: CountryCode,
    /// A relation's second state.
    pub b: Option<CountryCode>,
    /// A relation's dimension.
    pub dimension: Option<Dimension>,
    /// A relation's index in [`Dataset::relations`].
    pub relation: Option<usize>,
    /// A membership's organization.
    pub organization: Option<OrgId>,
    /// The value in A (`None`: none then).
    pub before: Option<ChangeValue>,
    /// The value in B (`None`: none then).
    pub after: Option<ChangeValue>,
    /// The source of the value in A.
    pub source_before: Option<SourceId>,
    /// The source of the value in B.
    pub source_after: Option<SourceId>,
}

impl ChangeRow {
    /// Whether the row concerns `code` (as a state, or a relation's end).
    pub fn concerns(&self, code: CountryCode) -> bool {
        self.a == code || self.b == Some(code)
    }

    /// How much |score| changed (relations in both moments).
    pub fn strength_change(&self) -> Option<f64> {
        match (self.before, self.after) {
            (Some(ChangeValue::Score(x)), Some(ChangeValue::Score(y))) => {
                Some(y.magnitude() - x.magnitude())
            }
            _ => None,
        }
    }
}

/// The difference from A to B.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Difference {
    /// The earlier moment, and the later one.
    pub moments: Option<(Moment, Moment)>,
    /// Every change, by kind (in [`ChangeKind::ALL`]'s order), then state,
    /// then the other state, dimension or organization.
    pub rows: Vec<ChangeRow>,
    /// Difference mode: the map shows these changes (side by side, it
    /// shows the two moments and the inspector the changes).
    pub on_map: bool,
}

impl Difference {
    /// How many rows of `kind`.
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.rows.iter().filter(|r| r.kind == kind).count()
    }

    /// The kinds with at least one row, with their counts, in legend order.
    pub fn counts(&self) -> Vec<(ChangeKind, usize)> {
        ChangeKind::ALL
            .into_iter()
            .map(|k| (k, self.count(k)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The title of the legend and the figure: "Changes, 2014 → 2022".
    pub fn title(&self, dataset: &Dataset) -> String {
        match &self.moments {
            Some((a, b)) => crate::i18n::trf(
                "compare-legend-title",
                "Changes, { $from } → { $to }",
                &[("from", &a.label_en(dataset)), ("to", &b.label_en(dataset))],
            ),
            None => tr("compare-legend-title-plain", "Changes").into_owned(),
        }
    }

    /// The rows that concern `code`.
    pub fn of_country(&self, code: CountryCode) -> impl Iterator<Item = &ChangeRow> {
        self.rows.iter().filter(move |r| r.concerns(code))
    }

    /// The state changes (joined, left, position changed) by state: the
    /// first kind in legend order, which the map fills the state with.
    pub fn fills(&self) -> BTreeMap<CountryCode, ChangeKind> {
        let mut out = BTreeMap::new();
        for row in self.rows.iter().filter(|r| !r.kind.is_relation()) {
            out.entry(row.a).or_insert(row.kind);
        }
        out
    }
}

/// The title of a figure of two stances side by side: "A and B".
pub fn both_title(a: &str, b: &str) -> String {
    crate::i18n::trf(
        "compare-figure-stances",
        "{ $from } and { $to }",
        &[("from", &a), ("to", &b)],
    )
}

/// The view's own moment and the compared one, in time order (A, B).
pub fn moments(dataset: &Dataset, state: &State, compare: &Compare) -> Option<(Moment, Moment)> {
    if let Some(year) = compare.year {
        let (a, b) = if year <= state.year {
            (year, state.year)
        } else {
            (state.year, year)
        };
        return Some((Moment::Year(a), Moment::Year(b)));
    }
    let other = compare.stance.clone()?;
    let own = state.stance.clone()?;
    let date = |id: &StanceId| {
        dataset
            .stances
            .get(id)
            .map(|s| (s.date.first_day(), id.clone()))
    };
    match (date(&other), date(&own)) {
        (Some(x), Some(y)) if y < x => Some((Moment::Stance(own), Moment::Stance(other))),
        _ => Some((Moment::Stance(other), Moment::Stance(own))),
    }
}

/// The state of one side: the view with the side's year or stance, and no
/// comparison. A stance side shows the stance, filling the countries.
pub fn side_state(state: &State, moment: &Moment) -> State {
    let mut side = state.clone();
    side.compare = None;
    match moment {
        Moment::Year(y) => side.year = *y,
        Moment::Stance(id) => {
            side.stance = Some(id.clone());
            side.layers.stances = true;
        }
    }
    side
}

/// The two sides of `state`'s comparison in time order, or `None` without
/// one (or a stance comparison without a stance in the view).
pub fn sides(dataset: &Dataset, state: &State) -> Option<[State; 2]> {
    let compare = state.compare.as_ref()?;
    let (a, b) = moments(dataset, state, compare)?;
    Some([side_state(state, &a), side_state(state, &b)])
}

/// Whether `state` compares in difference mode.
pub fn is_difference(state: &State) -> bool {
    state
        .compare
        .as_ref()
        .is_some_and(|c| c.mode == CompareMode::Difference)
}

/// The difference of `state`'s comparison (empty without one). Relations
/// follow the relations layer and its dimensions and minimum strength (not
/// `top_k` nor the focus, which only choose what to draw); memberships the
/// organizations switched on; positions the two stances.
pub fn difference(dataset: &Dataset, state: &State) -> Difference {
    let Some(compare) = state.compare.as_ref() else {
        return Difference::default();
    };
    let Some((a, b)) = moments(dataset, state, compare) else {
        return Difference::default();
    };
    let mut rows = Vec::new();
    match (&a, &b) {
        (Moment::Year(ya), Moment::Year(yb)) => {
            if state.layers.relations {
                relation_rows(dataset, state, *ya, *yb, &mut rows);
            }
            if state.layers.memberships {
                membership_rows(dataset, state, *ya, *yb, &mut rows);
            }
        }
        (Moment::Stance(sa), Moment::Stance(sb)) => stance_rows(dataset, sa, sb, &mut rows),
        _ => {}
    }
    rows.sort_by(|x, y| {
        (x.kind, x.a, x.b, x.dimension, &x.organization, x.relation).cmp(&(
            y.kind,
            y.a,
            y.b,
            y.dimension,
            &y.organization,
            y.relation,
        ))
    });
    Difference {
        moments: Some((a, b)),
        rows,
        on_map: compare.mode == CompareMode::Difference,
    }
}

fn relation_rows(dataset: &Dataset, state: &State, ya: i32, yb: i32, rows: &mut Vec<ChangeRow>) {
    let at = |year| -> BTreeMap<usize, relations::ShownRelation> {
        relations::compute(dataset, year, &state.relations)
            .into_iter()
            .map(|r| (r.relation, r))
            .collect()
    };
    let (before, after) = (at(ya), at(yb));
    let mut indices: Vec<usize> = before.keys().chain(after.keys()).copied().collect();
    indices.sort_unstable();
    indices.dedup();
    for index in indices {
        let (x, y) = (before.get(&index), after.get(&index));
        let kind = match (x, y) {
            (None, Some(_)) => ChangeKind::RelationNew,
            (Some(_), None) => ChangeKind::RelationEnded,
            (Some(x), Some(y)) if y.score.magnitude() > x.score.magnitude() => {
                ChangeKind::RelationStronger
            }
            (Some(x), Some(y)) if y.score.magnitude() < x.score.magnitude() => {
                ChangeKind::RelationWeaker
            }
            _ => continue,
        };
        let Some(record) = dataset.relations.get(index) else {
            continue;
        };
        rows.push(ChangeRow {
            kind,
            a: record.a,
            b: Some(record.b),
            dimension: Some(record.dimension),
            relation: Some(index),
            organization: None,
            before: x.map(|r| ChangeValue::Score(r.score)),
            after: y.map(|r| ChangeValue::Score(r.score)),
            source_before: x.and_then(|r| r.source(dataset)).cloned(),
            source_after: y.and_then(|r| r.source(dataset)).cloned(),
        });
    }
}

fn membership_rows(dataset: &Dataset, state: &State, ya: i32, yb: i32, rows: &mut Vec<ChangeRow>) {
    let counted = state.statuses;
    let at = |year| {
        memberships::compute(
            dataset,
            &state.organizations,
            year,
            state.membership_set,
            counted,
        )
        .members
        .into_iter()
        .map(|m| ((m.organization.clone(), m.country), m))
        .collect::<BTreeMap<_, _>>()
    };
    let (before, after) = (at(ya), at(yb));
    let source = |m: &memberships::ShownMember| {
        let org = dataset.organizations.get(&m.organization)?;
        org.memberships
            .get(m.membership)
            .and_then(|p| p.source.clone())
            .or_else(|| org.source.clone())
    };
    let mut keys: Vec<&(OrgId, CountryCode)> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let (x, y) = (before.get(key), after.get(key));
        let counts =
            |m: Option<&memberships::ShownMember>| m.is_some_and(|m| counted.counts(m.status));
        let kind = match (counts(x), counts(y)) {
            (false, true) => ChangeKind::MembershipJoined,
            (true, false) => ChangeKind::MembershipLeft,
            _ => continue,
        };
        rows.push(ChangeRow {
            kind,
            a: key.1,
            b: None,
            dimension: None,
            relation: None,
            organization: Some(key.0.clone()),
            before: x.map(|m| ChangeValue::Status(m.status)),
            after: y.map(|m| ChangeValue::Status(m.status)),
            source_before: x.and_then(source),
            source_after: y.and_then(source),
        });
    }
}

fn stance_rows(dataset: &Dataset, sa: &StanceId, sb: &StanceId, rows: &mut Vec<ChangeRow>) {
    let cells = |id: &StanceId| {
        let year = dataset.stances.get(id).map(|s| s.date.year())?;
        stances::compute(dataset, id, year).map(|s| s.cells)
    };
    let (Some(before), Some(after)) = (cells(sa), cells(sb)) else {
        return;
    };
    let source = |id: &StanceId| dataset.stances.get(id).and_then(|s| s.source.clone());
    let mut codes: Vec<CountryCode> = before.keys().chain(after.keys()).copied().collect();
    codes.sort_unstable();
    codes.dedup();
    let recorded = |c: Option<&StanceCell>| matches!(c, Some(StanceCell::Recorded(_)));
    for code in codes {
        let (x, y) = (before.get(&code), after.get(&code));
        if x == y || !(recorded(x) || recorded(y)) {
            continue;
        }
        rows.push(ChangeRow {
            kind: ChangeKind::StanceChanged,
            a: code,
            b: None,
            dimension: None,
            relation: None,
            organization: None,
            before: x.map(|c| ChangeValue::Cell(*c)),
            after: y.map(|c| ChangeValue::Cell(*c)),
            source_before: source(sa),
            source_after: source(sb),
        });
    }
}
