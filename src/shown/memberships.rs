//! Memberships of the organizations switched on, and their chosen set (C4).

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::sets::{Counted, SetOp, membership_set};
use crate::i18n::tr;
use crate::model::{CountryCode, Dataset, Date, MembershipStatus, OrgId, Organization};

/// How `org` itself names `status`, in lower case: the more specific word
/// when the organization's name, note or source (the records of its members)
/// uses it — the SCO's records speak of "dialogue partners" —, else the
/// general word ("partner", as in NATO's Partnership for Peace).
pub fn status_word(dataset: &Dataset, org: &Organization, status: MembershipStatus) -> String {
    let specific: &[&str] = match status {
        MembershipStatus::Partner => &["dialogue partner"],
        MembershipStatus::Associate => &["associate member"],
        MembershipStatus::Observer => &["observer state"],
        MembershipStatus::Member | MembershipStatus::Candidate | MembershipStatus::Suspended => &[],
    };
    let own_words = [
        Some(org.name.as_str()),
        org.note.as_deref(),
        org.source.as_ref().and_then(|s| dataset.source_title(s)),
    ];
    let said = |word: &str| {
        own_words
            .iter()
            .flatten()
            .any(|text| text.to_lowercase().contains(word))
    };
    // Found in the organization's own (English) words; shown in the
    // window's language.
    specific.iter().copied().find(|w| said(w)).map_or_else(
        || crate::i18n::lowercase(&status.label()),
        |w| {
            match w {
                "dialogue partner" => tr("status-word-dialogue-partner", "dialogue partner"),
                "associate member" => tr("status-word-associate-member", "associate member"),
                _ => tr("status-word-observer-state", "observer state"),
            }
            .into_owned()
        },
    )
}
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
    /// Which statuses count as in an organization (the one rule).
    pub counted: Counted,
    /// The countries in the chosen set (the statuses `counted` counts).
    pub set: BTreeSet<CountryCode>,
    /// Per country, the organizations it is in with its status, in the
    /// order the organizations were switched on (the badges on the map).
    pub by_country: BTreeMap<CountryCode, Vec<(OrgId, MembershipStatus)>>,
    /// Per country, the organizations it counts as in under `counted`, in
    /// the same order (the "in two or more" shading reads it).
    pub counted_in: BTreeMap<CountryCode, Vec<OrgId>>,
}

impl ShownMemberships {
    /// The organizations `code` counts as in (empty if none).
    pub fn counted_in(&self, code: CountryCode) -> &[OrgId] {
        self.counted_in.get(&code).map_or(&[], Vec::as_slice)
    }
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
    counted: Counted,
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
        membership_set(dataset, &organizations, year, set_op(set), counted)
    };
    let counted_in = by_country
        .iter()
        .map(|(code, list)| {
            let orgs: Vec<OrgId> = list
                .iter()
                .filter(|(_, status)| counted.counts(*status))
                .map(|(org, _)| org.clone())
                .collect();
            (*code, orgs)
        })
        .filter(|(_, orgs)| !orgs.is_empty())
        .collect();
    ShownMemberships {
        organizations,
        members,
        set_op: set,
        counted,
        set: countries,
        by_country,
        counted_in,
    }
}
