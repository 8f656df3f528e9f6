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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Interval, Membership, OrgKind, Organization};

    fn code(s: &str) -> CountryCode {
        CountryCode::try_from(s).unwrap()
    }

    fn org(id: &str, members: &[(&str, MembershipStatus, &str, Option<&str>)]) -> Organization {
        let d = |s: &str| Date::parse(s).unwrap();
        Organization {
            id: OrgId::try_from(id).unwrap(),
            acronym: id.to_uppercase(),
            name: id.to_owned(),
            kind: OrgKind::Security,
            founded: None,
            color: None,
            memberships: members
                .iter()
                .map(|(c, status, from, to)| Membership {
                    country: code(c),
                    status: *status,
                    period: Interval::new(d(from), to.map(d)).unwrap(),
                    source: None,
                    evidence: None,
                    note: None,
                })
                .collect(),
            facts: std::collections::BTreeMap::new(),
            source: None,
            evidence: None,
            note: None,
        }
    }

    fn dataset() -> Dataset {
        use MembershipStatus::{Member, Observer};
        let mut ds = Dataset::default();
        for o in [
            org(
                "csto",
                &[
                    ("KAZ", Member, "1992", None),
                    ("UZB", Member, "2006-08-16", Some("2012-06-28")),
                    ("TJK", Member, "1992", None),
                    ("ARM", Member, "1992", None),
                ],
            ),
            org(
                "eaeu",
                &[
                    ("KAZ", Member, "2015", None),
                    ("ARM", Member, "2015", None),
                    ("UZB", Observer, "2020-12", None),
                ],
            ),
        ] {
            ds.organizations.insert(o.id.clone(), o);
        }
        ds
    }

    fn ids(list: &[&str]) -> Vec<OrgId> {
        list.iter().map(|s| OrgId::try_from(*s).unwrap()).collect()
    }

    fn codes(list: &[&str]) -> BTreeSet<CountryCode> {
        list.iter().map(|s| code(s)).collect()
    }

    #[test]
    fn union_intersection_difference() {
        let ds = dataset();
        let both = ids(&["csto", "eaeu"]);
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Union, Counted::MEMBERS),
            codes(&["ARM", "KAZ", "TJK"]),
            "observer UZB does not count"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Intersection, Counted::MEMBERS),
            codes(&["ARM", "KAZ"]),
            "in both"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Difference, Counted::MEMBERS),
            codes(&["TJK"]),
            "CSTO members not in the EAEU"
        );
        assert_eq!(
            membership_set(&ds, &both, 2010, SetOp::Difference, Counted::MEMBERS),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "EAEU did not exist in 2010"
        );
    }

    #[test]
    fn edge_cases() {
        let ds = dataset();
        assert!(
            membership_set(&ds, &[], 2021, SetOp::Union, Counted::MEMBERS).is_empty(),
            "no organizations"
        );
        assert_eq!(
            membership_set(
                &ds,
                &ids(&["csto", "nope"]),
                2021,
                SetOp::Intersection,
                Counted::MEMBERS
            ),
            BTreeSet::new(),
            "unknown organization has no members"
        );
        assert_eq!(
            membership_set(
                &ds,
                &ids(&["csto"]),
                2010,
                SetOp::Intersection,
                Counted::MEMBERS
            ),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "a single organization is its own set"
        );
    }

    #[test]
    fn the_rule_decides_which_statuses_count() {
        let ds = dataset();
        let both = ids(&["csto", "eaeu"]);
        let with_observers = Counted {
            observers: true,
            suspended: false,
        };
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Union, with_observers),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "observer UZB counts when observers do"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Intersection, with_observers),
            codes(&["ARM", "KAZ"]),
            "UZB is an observer of the EAEU but not in the CSTO in 2021"
        );
        assert!(Counted::default().counts(MembershipStatus::Member));
        assert!(!Counted::default().counts(MembershipStatus::Suspended));
        assert!(
            Counted {
                observers: false,
                suspended: true
            }
            .counts(MembershipStatus::Suspended)
        );
        assert!(!with_observers.counts(MembershipStatus::Candidate));
        assert_eq!(Counted::default().label(), "members only");
    }
}
