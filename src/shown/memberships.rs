//! Memberships of the organizations switched on, and their chosen set (C4).

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::sets::{SetOp, membership_set};
use crate::model::{CountryCode, Dataset, Date, MembershipStatus, OrgId};
use crate::state::MembershipSet;

/// One country's status in one organization in the year shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownMember {
    /// The organization.
    pub organization: OrgId,
    /// The member state.
    pub country: CountryCode,
    /// Its status in the year.
    pub status: MembershipStatus,
    /// Start of the membership period in effect.
    pub since: Date,
    /// Index of that period in the organization's `memberships`.
    pub membership: usize,
}

/// What the memberships layer shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownMemberships {
    /// The organizations switched on that the data knows, in the order they
    /// were switched on (the first is the minuend of a difference).
    pub organizations: Vec<OrgId>,
    /// Every member, by organization (in the order above), then country.
    pub members: Vec<ShownMember>,
    /// How the organizations combine.
    pub set_op: MembershipSet,
    /// The countries in the chosen set (full members only).
    pub set: BTreeSet<CountryCode>,
    /// Per country, the organizations it is in with its status, in the
    /// order the organizations were switched on (the badges on the map).
    pub by_country: BTreeMap<CountryCode, Vec<(OrgId, MembershipStatus)>>,
}

/// The set operation of a view's `membership_set`.
pub fn set_op(set: MembershipSet) -> SetOp {
    match set {
        MembershipSet::Union => SetOp::Union,
        MembershipSet::Intersection => SetOp::Intersection,
        MembershipSet::Difference => SetOp::Difference,
    }
}

/// What to show for the organizations `orgs` in `year` (unknown ids are
/// skipped). Where several of a country's periods are in effect in the
/// year, the one that starts latest wins.
pub fn compute(
    dataset: &Dataset,
    orgs: &[OrgId],
    year: i32,
    set: MembershipSet,
) -> ShownMemberships {
    let mut organizations = Vec::new();
    let mut members = Vec::new();
    let mut by_country: BTreeMap<CountryCode, Vec<(OrgId, MembershipStatus)>> = BTreeMap::new();
    for org_id in orgs {
        let Some(org) = dataset.organizations.get(org_id) else {
            continue;
        };
        if organizations.contains(org_id) {
            continue;
        }
        organizations.push(org_id.clone());
        let mut latest: BTreeMap<CountryCode, (usize, &crate::model::Membership)> = BTreeMap::new();
        for (i, m) in org.memberships.iter().enumerate() {
            if !m.period.in_effect_in(year) {
                continue;
            }
            let later = latest
                .get(&m.country)
                .is_none_or(|(_, best)| m.period.from.first_day() >= best.period.from.first_day());
            if later {
                latest.insert(m.country, (i, m));
            }
        }
        for (country, (i, m)) in latest {
            by_country
                .entry(country)
                .or_default()
                .push((org_id.clone(), m.status));
            members.push(ShownMember {
                organization: org_id.clone(),
                country,
                status: m.status,
                since: m.period.from,
                membership: i,
            });
        }
    }
    let countries = if organizations.is_empty() {
        BTreeSet::new()
    } else {
        membership_set(dataset, &organizations, year, set_op(set))
    };
    ShownMemberships {
        organizations,
        members,
        set_op: set,
        set: countries,
        by_country,
    }
}
