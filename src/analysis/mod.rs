//! Pure analysis of the dataset (no egui): membership set algebra, the
//! signed relation graph of a year and its metrics (strength, centralities,
//! communities, structural balance), a cache of them, and relations derived
//! from the data (shared memberships, UN vote agreement). See
//! `docs/analysis.md`.

pub mod aggregate;
pub mod balance;
pub mod cache;
pub mod centrality;
pub mod derived;
pub mod graph;
pub mod groups;
pub mod louvain;
pub mod metrics;
pub mod sets;
pub mod timeline;

pub use balance::Balance;
pub use cache::MetricsCache;
pub use derived::{
    KindWeights, SharedMembership, SharedMemberships, VoteAgreement, VoteAgreements, VoteIndex,
    shared_memberships,
};
pub use graph::{EdgeInput, EdgeKind, PairEdge, SignedGraph};
pub use metrics::{
    DEFAULT_SEED, Metric, Metrics, MetricsOptions, StateMetrics, Strength, bloc_number,
};
