//! Groups of states for "Aggregate: groups" on the relations layer (#25
//! point 1). No egui.
//!
//! The bundled grouping is the UN M49 sub-regions as the Unicode CLDR
//! records them (`assets/groups/m49.tsv`, extracted by
//! `scripts/build_groups.js` from CLDR 48's `territoryContainment.json`),
//! with one change that is this program's own choice, not the UN's: the
//! South Caucasus (Armenia, Azerbaijan, Georgia), which M49 puts in Western
//! Asia, is a group of its own ([`SOUTH_CAUCASUS`]), because the atlas is
//! about that region and its three states would otherwise be merged with
//! the Gulf and the Levant. Central Asia (M49 143) is already a sub-region.
//!
//! A view can change the grouping (`relations.groups`, see
//! `docs/views.md`): each group it names takes its members out of the
//! bundled groups. A state no group holds (a code CLDR does not place, such
//! as `SUN` or `XKX`, or a user's own unit) is in no group and is drawn as
//! itself: no membership is invented.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Message};
use crate::model::CountryCode;

/// The bundled grouping's file (CLDR's M49 sub-regions and their names).
pub const M49_TSV: &str = include_str!("../../assets/groups/m49.tsv");

/// The id of the program's own South Caucasus group.
pub const SOUTH_CAUCASUS: &str = "south-caucasus";

/// The states of [`SOUTH_CAUCASUS`], taken out of M49's Western Asia (145).
pub const SOUTH_CAUCASUS_MEMBERS: [&str; 3] = ["ARM", "AZE", "GEO"];

/// The most groups a view may name.
pub const MAX_USER_GROUPS: usize = 200;

/// A group a view names (`relations.groups[i]`): its name and members.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserGroup {
    /// The group's name, as the user wrote it (shown as is in every
    /// language).
    pub name: String,
    /// Its states, by ISO alpha-3 code.
    pub members: Vec<CountryCode>,
}

/// How a group's name is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupName {
    /// CLDR's names of an M49 region, in en, ru, kk, uz, az, tr.
    Cldr(Box<[String; 6]>),
    /// The program's own South Caucasus (a message, translated).
    SouthCaucasus,
    /// A user's group: its name as written.
    User(String),
}

/// One group of states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Stable id: the M49 code (`"143"`), [`SOUTH_CAUCASUS`], or
    /// `"user:<name>"`.
    pub id: String,
    /// Its name.
    pub name: GroupName,
    /// Its members, sorted.
    pub members: Vec<CountryCode>,
}

impl Group {
    /// The name in English (exports, the command line).
    pub fn english_name(&self) -> String {
        match &self.name {
            GroupName::Cldr(names) => names[0].clone(),
            GroupName::SouthCaucasus => south_caucasus().to_string(),
            GroupName::User(name) => name.clone(),
        }
    }

    /// The name in the reading thread's language (the window).
    pub fn name(&self) -> String {
        match &self.name {
            GroupName::Cldr(names) => {
                let column = match crate::i18n::locale() {
                    Locale::English | Locale::Pseudo => 0,
                    Locale::Russian => 1,
                    Locale::Kazakh => 2,
                    Locale::Uzbek => 3,
                    Locale::Azerbaijani => 4,
                    Locale::Turkish => 5,
                };
                names[column].clone()
            }
            GroupName::SouthCaucasus => south_caucasus().shown(),
            GroupName::User(name) => name.clone(),
        }
    }
}

fn south_caucasus() -> Message {
    Message::tr("groups-south-caucasus", "South Caucasus")
}

/// Groups of states, and which group each state is in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grouping {
    /// The groups, in id order (the bundled ones), then the user's in
    /// their order.
    pub groups: Vec<Group>,
    member_of: BTreeMap<CountryCode, usize>,
}

impl Grouping {
    /// The bundled grouping: CLDR's M49 sub-regions with the South Caucasus
    /// taken out of Western Asia.
    pub fn bundled() -> &'static Self {
        static BUNDLED: OnceLock<Grouping> = OnceLock::new();
        BUNDLED.get_or_init(|| Self::from_m49(M49_TSV))
    }

    /// The grouping a view asks for: the bundled one, with each of `user`'s
    /// groups taking its members out of the group they were in. Groups
    /// left empty are dropped.
    pub fn with_user_groups(user: &[UserGroup]) -> Self {
        let base = Self::bundled();
        if user.is_empty() {
            return base.clone();
        }
        let taken: BTreeSet<CountryCode> = user
            .iter()
            .flat_map(|g| g.members.iter().copied())
            .collect();
        let mut groups: Vec<Group> = base
            .groups
            .iter()
            .map(|g| Group {
                members: g
                    .members
                    .iter()
                    .copied()
                    .filter(|c| !taken.contains(c))
                    .collect(),
                ..g.clone()
            })
            .filter(|g| !g.members.is_empty())
            .collect();
        for g in user {
            let mut members = g.members.clone();
            members.sort();
            members.dedup();
            groups.push(Group {
                id: format!("user:{}", g.name),
                name: GroupName::User(g.name.clone()),
                members,
            });
        }
        Self::of(groups)
    }

    fn of(groups: Vec<Group>) -> Self {
        let mut member_of = BTreeMap::new();
        for (i, g) in groups.iter().enumerate() {
            for c in &g.members {
                member_of.insert(*c, i);
            }
        }
        Self { groups, member_of }
    }

    /// Parse the bundled file (see `scripts/build_groups.js`); rows that do
    /// not parse are skipped (the file is ours, and a test reads it whole).
    fn from_m49(text: &str) -> Self {
        let mut names: BTreeMap<String, [String; 6]> = BTreeMap::new();
        let mut members: BTreeMap<String, Vec<CountryCode>> = BTreeMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let cells: Vec<&str> = line.split('\t').collect();
            match cells.as_slice() {
                ["region", code, en, ru, kk, uz, az, tr] => {
                    names.insert(
                        (*code).to_owned(),
                        [*en, *ru, *kk, *uz, *az, *tr].map(str::to_owned),
                    );
                }
                ["member", alpha3, region] => {
                    if let Ok(code) = CountryCode::try_from(*alpha3) {
                        members.entry((*region).to_owned()).or_default().push(code);
                    }
                }
                _ => {}
            }
        }
        let caucasus: Vec<CountryCode> = SOUTH_CAUCASUS_MEMBERS
            .iter()
            .filter_map(|c| CountryCode::try_from(*c).ok())
            .collect();
        let mut groups: Vec<Group> = names
            .into_iter()
            .map(|(id, names)| {
                let mut own = members.remove(&id).unwrap_or_default();
                own.retain(|c| !caucasus.contains(c));
                own.sort();
                Group {
                    id,
                    name: GroupName::Cldr(Box::new(names)),
                    members: own,
                }
            })
            .filter(|g| !g.members.is_empty())
            .collect();
        groups.push(Group {
            id: SOUTH_CAUCASUS.to_owned(),
            name: GroupName::SouthCaucasus,
            members: caucasus,
        });
        groups.sort_by(|a, b| a.id.cmp(&b.id));
        Self::of(groups)
    }

    /// The index of the group `c` is in, if any.
    pub fn group_of(&self, c: CountryCode) -> Option<usize> {
        self.member_of.get(&c).copied()
    }

    /// The group with this id.
    pub fn by_id(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
}

/// Check the groups a view names: a name that is empty or used twice, a
/// group with no members, a state in two groups. `Err` gives the key path
/// (`relations.groups[1].members[2]`) and the reason.
pub fn check_user_groups(groups: &[UserGroup]) -> Result<(), (String, Message)> {
    if groups.len() > MAX_USER_GROUPS {
        return Err((
            "relations.groups".into(),
            Message::trf(
                "groups-too-many",
                "{ $count } groups is more than this version draws (at most { $max })",
                &[("count", &groups.len()), ("max", &MAX_USER_GROUPS)],
            ),
        ));
    }
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    let mut placed: BTreeMap<CountryCode, usize> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        let name = g.name.trim();
        if name.is_empty() {
            return Err((
                format!("relations.groups[{i}].name"),
                Message::tr("groups-name-empty", "a group needs a name"),
            ));
        }
        if let Some(first) = names.insert(name, i) {
            return Err((
                format!("relations.groups[{i}].name"),
                Message::trf(
                    "groups-name-twice",
                    "the name { $name } is already used by group { $first }",
                    &[
                        ("name", &name),
                        ("first", &format!("relations.groups[{first}]")),
                    ],
                ),
            ));
        }
        if g.members.is_empty() {
            return Err((
                format!("relations.groups[{i}].members"),
                Message::tr(
                    "groups-no-members",
                    "a group needs at least one state (ISO alpha-3 codes)",
                ),
            ));
        }
        for (j, c) in g.members.iter().enumerate() {
            if let Some(first) = placed.insert(*c, i)
                && first != i
            {
                return Err((
                    format!("relations.groups[{i}].members[{j}]"),
                    Message::trf(
                        "groups-member-twice",
                        "{ $code } is already in group { $first }; a state can be in one group only",
                        &[
                            ("code", &c.as_str()),
                            ("first", &format!("relations.groups[{first}]")),
                        ],
                    ),
                ));
            }
        }
    }
    Ok(())
}
