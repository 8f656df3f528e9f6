//! Set algebra over organization memberships: "CSTO members that are not in
//! the EAEU", "members of both SCO and OTS".

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{CountryCode, Dataset, MembershipStatus, OrgId};

/// Which statuses count as being "in" an organization: the one rule used by
/// the set (union, intersection, difference), the "in two or more" shading,
/// the legend's counts, the inspector, the plots and every export. Full
/// members always count; by default nothing else does (`statuses` in a view,
/// format 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Counted {
    /// Observers, partners and associate members count too.
    pub observers: bool,
    /// Suspended members count too.
    pub suspended: bool,
}

impl Counted {
    /// Full members only (the default).
    pub const MEMBERS: Self = Self {
        observers: false,
        suspended: false,
    };

    /// Whether a state with `status` counts as in the organization.
    /// Candidates never do (they are not in it yet).
    pub fn counts(self, status: MembershipStatus) -> bool {
        match status {
            MembershipStatus::Member => true,
            MembershipStatus::Observer
            | MembershipStatus::Partner
            | MembershipStatus::Associate => self.observers,
            MembershipStatus::Suspended => self.suspended,
            MembershipStatus::Candidate => false,
        }
    }

    /// The rule in words, as the legend and the panel name it, in the
    /// window's language.
    pub fn label(self) -> std::borrow::Cow<'static, str> {
        use crate::i18n::tr;
        match (self.observers, self.suspended) {
            (false, false) => tr("label-counted-members", "members only"),
            (true, false) => tr("label-counted-observers", "members, observers and partners"),
            (false, true) => tr("label-counted-suspended", "members, suspended members too"),
            (true, true) => tr(
                "label-counted-all",
                "members, observers, partners and suspended members",
            ),
        }
    }

    /// The rule in English, the same in every language (exports).
    pub fn label_en(self) -> &'static str {
        match (self.observers, self.suspended) {
            (false, false) => "members only",
            (true, false) => "members, observers and partners",
            (false, true) => "members, suspended members too",
            (true, true) => "members, observers, partners and suspended members",
        }
    }
}

/// How to combine the member sets of several organizations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum SetOp {
    /// Members of any of them.
    #[default]
    Union,
    /// Members of all of them.
    Intersection,
    /// Members of the first and of none of the others.
    Difference,
}

/// The full members (status `member`) of `org` in `year`; empty if the
/// organization is unknown.
pub fn full_members(ds: &Dataset, org: &OrgId, year: i32) -> BTreeSet<CountryCode> {
    members(ds, org, year, Counted::MEMBERS)
}

/// The states in `org` in `year` under the rule `counted` (each state's
/// status is that of its latest-starting period in the year); empty if the
/// organization is unknown.
pub fn members(ds: &Dataset, org: &OrgId, year: i32, counted: Counted) -> BTreeSet<CountryCode> {
    ds.organizations.get(org).map_or_else(BTreeSet::new, |o| {
        o.members_in(year)
            .into_iter()
            .filter(|(_, status)| counted.counts(*status))
            .map(|(c, _)| c)
            .collect()
    })
}

/// Combine the members in `year` of `orgs` with `op`, counting the statuses
/// `counted` counts (by default only status `member`: observers, partners,
/// candidates and suspended members do not). No organizations give the
/// empty set; an unknown id counts as an organization without members.
pub fn membership_set(
    ds: &Dataset,
    orgs: &[OrgId],
    year: i32,
    op: SetOp,
    counted: Counted,
) -> BTreeSet<CountryCode> {
    let mut sets = orgs.iter().map(|o| members(ds, o, year, counted));
    let Some(first) = sets.next() else {
        return BTreeSet::new();
    };
    sets.fold(first, |acc, s| match op {
        SetOp::Union => acc.union(&s).copied().collect(),
        SetOp::Intersection => acc.intersection(&s).copied().collect(),
        SetOp::Difference => acc.difference(&s).copied().collect(),
    })
}
