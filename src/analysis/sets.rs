//! Set algebra over organization memberships: "CSTO members that are not in
//! the EAEU", "members of both SCO and OTS".

use std::collections::BTreeSet;

use crate::model::{CountryCode, Dataset, MembershipStatus, OrgId};

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
    ds.organizations.get(org).map_or_else(BTreeSet::new, |o| {
        o.members_in(year)
            .into_iter()
            .filter(|(_, status)| *status == MembershipStatus::Member)
            .map(|(c, _)| c)
            .collect()
    })
}

/// Combine the full members in `year` of `orgs` with `op`. Only status
/// `member` counts (observers, partners, candidates and suspended members do
/// not). No organizations give the empty set; an unknown id counts as an
/// organization without members.
pub fn membership_set(ds: &Dataset, orgs: &[OrgId], year: i32, op: SetOp) -> BTreeSet<CountryCode> {
    let mut sets = orgs.iter().map(|o| full_members(ds, o, year));
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
            membership_set(&ds, &both, 2021, SetOp::Union),
            codes(&["ARM", "KAZ", "TJK"]),
            "observer UZB does not count"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Intersection),
            codes(&["ARM", "KAZ"]),
            "in both"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Difference),
            codes(&["TJK"]),
            "CSTO members not in the EAEU"
        );
        assert_eq!(
            membership_set(&ds, &both, 2010, SetOp::Difference),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "EAEU did not exist in 2010"
        );
    }

    #[test]
    fn edge_cases() {
        let ds = dataset();
        assert!(
            membership_set(&ds, &[], 2021, SetOp::Union).is_empty(),
            "no organizations"
        );
        assert_eq!(
            membership_set(&ds, &ids(&["csto", "nope"]), 2021, SetOp::Intersection),
            BTreeSet::new(),
            "unknown organization has no members"
        );
        assert_eq!(
            membership_set(&ds, &ids(&["csto"]), 2010, SetOp::Intersection),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "a single organization is its own set"
        );
    }
}
