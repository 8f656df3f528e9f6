//! Flows between groups of states (#25 point 1): what the relations layer
//! shows zoomed out with `relations.aggregate = "groups"`. No egui.
//!
//! The relations that pass the filters (and top-k) are summed by pair of
//! nodes ([`crate::analysis::aggregate::group_flows`]): a node is a group
//! of the grouping ([`Grouping`]), or a state drawn as itself (in no group,
//! or in a group the user opened by clicking it). A node sits at the
//! centroid of its members' capitals in the data (on the sphere), so it
//! does not move with the year.

use std::collections::BTreeMap;

use crate::analysis::aggregate::{Flow, Node, SignedTie, group_flows};
use crate::analysis::groups::{Group, Grouping};
use crate::geometry::LonLat;
use crate::model::{CountryCode, Dataset};
use crate::state::{Aggregate, GROUPS_OPEN_AT_ZOOM, RelationFilter, State};

use super::ShownRelation;

/// One end of the flows drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownNode {
    /// Which node.
    pub node: Node,
    /// The group, for a group node.
    pub group: Option<Group>,
    /// Its states that are in the data (a state node: itself).
    pub members: Vec<CountryCode>,
    /// Where it is drawn: the centroid of its members' capitals; `None`
    /// when none has a capital on record.
    pub at: Option<LonLat>,
    /// The relations inside it (both states in the group).
    pub inside: usize,
}

impl ShownNode {
    /// Its name in the window's language.
    pub fn name(&self, dataset: &Dataset) -> String {
        match (&self.group, self.node) {
            (Some(g), _) => g.name(),
            (None, Node::State(c)) => dataset.country_name(c),
            (None, Node::Group(i)) => i.to_string(),
        }
    }
}

/// One flow between two different nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownFlow {
    /// Index of one end in [`ShownFlows::nodes`].
    pub a: usize,
    /// Index of the other end.
    pub b: usize,
    /// The relations summed, by sign.
    pub flow: Flow,
}

/// The relations summed into flows between groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownFlows {
    /// The nodes that have a relation, in node order (groups by the
    /// grouping's order, then states by code).
    pub nodes: Vec<ShownNode>,
    /// The flows between two different nodes, by pair.
    pub flows: Vec<ShownFlow>,
    /// How many relations were summed (every relation shown).
    pub relations: usize,
}

/// Whether `state` shows flows between groups: relations on, aggregated by
/// groups, and zoomed out past [`GROUPS_OPEN_AT_ZOOM`]. (The content
/// changes only when the zoom crosses it, not on every zoom.)
pub fn zoomed_out(state: &State) -> bool {
    state.layers.relations
        && state.relations.aggregate == Aggregate::Groups
        && state.camera.zoom < GROUPS_OPEN_AT_ZOOM
}

/// The flows of `relations` under `filter`'s grouping, with the groups in
/// `filter.opened_groups` drawn as their states.
pub fn compute(
    dataset: &Dataset,
    relations: &[ShownRelation],
    filter: &RelationFilter,
) -> ShownFlows {
    let owned;
    let grouping = if filter.groups.is_empty() {
        Grouping::bundled()
    } else {
        owned = Grouping::with_user_groups(&filter.groups);
        &owned
    };
    let node_of = |c: CountryCode| match grouping.group_of(c) {
        Some(i) if !filter.opened_groups.contains(&grouping.groups[i].id) => Node::Group(i),
        _ => Node::State(c),
    };
    let ties: Vec<SignedTie> = relations
        .iter()
        .map(|r| SignedTie {
            a: r.a,
            b: r.b,
            score: r.score.value(),
        })
        .collect();
    let all = group_flows(&ties, node_of);
    let mut index: BTreeMap<Node, usize> = BTreeMap::new();
    let mut nodes: Vec<ShownNode> = Vec::new();
    let mut node_index = |n: Node, nodes: &mut Vec<ShownNode>| {
        *index.entry(n).or_insert_with(|| {
            nodes.push(node(dataset, grouping, n));
            nodes.len() - 1
        })
    };
    let mut flows = Vec::new();
    for flow in all {
        let a = node_index(flow.a, &mut nodes);
        if flow.a == flow.b {
            if let Some(n) = nodes.get_mut(a) {
                n.inside += flow.count();
            }
            continue;
        }
        let b = node_index(flow.b, &mut nodes);
        flows.push(ShownFlow { a, b, flow });
    }
    ShownFlows {
        nodes,
        flows,
        relations: relations.len(),
    }
}

fn node(dataset: &Dataset, grouping: &Grouping, n: Node) -> ShownNode {
    let (group, members) = match n {
        Node::Group(i) => {
            let group = grouping.groups.get(i).cloned();
            let members = group
                .as_ref()
                .map(|g| {
                    g.members
                        .iter()
                        .copied()
                        .filter(|c| dataset.countries.contains_key(c))
                        .collect()
                })
                .unwrap_or_default();
            (group, members)
        }
        Node::State(c) => (None, vec![c]),
    };
    let at = centroid(
        members
            .iter()
            .filter_map(|c| dataset.capital_of(*c))
            .map(|p| LonLat {
                lon: p.lon,
                lat: p.lat,
            }),
    );
    ShownNode {
        node: n,
        group,
        members,
        at,
        inside: 0,
    }
}

/// The centroid of points on the sphere (the mean of their unit vectors),
/// so a group across the antimeridian is not placed on the far side.
pub fn centroid(points: impl IntoIterator<Item = LonLat>) -> Option<LonLat> {
    let (mut x, mut y, mut z, mut n) = (0.0, 0.0, 0.0, 0usize);
    for p in points {
        let (lon, lat) = (p.lon.to_radians(), p.lat.to_radians());
        x += lat.cos() * lon.cos();
        y += lat.cos() * lon.sin();
        z += lat.sin();
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let h = x.hypot(y);
    if h < 1e-12 && z.abs() < 1e-12 {
        return None;
    }
    Some(LonLat {
        lon: y.atan2(x).to_degrees(),
        lat: z.atan2(h).to_degrees(),
    })
}
