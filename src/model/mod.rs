//! Domain types of Heartland: typed ids, country codes, dates and intervals,
//! scores, the closed vocabularies, and the [`Dataset`] they make up.
//!
//! Nothing here knows about files or egui: the loader in [`crate::data`]
//! builds a [`Dataset`] from JSON and checks it, so code that holds a
//! `Dataset` can trust its types (codes are assigned, dates exist, scores are
//! in range, intervals are non-empty, references resolve).

mod country_code;
mod dataset;
mod date;
mod ids;
mod kinds;
mod score;

pub use country_code::{CountryCode, CountryCodeError};
pub use dataset::{
    Corridor, Country, Dataset, Membership, Organization, Period, Place, Relation, Segment, Source,
    Stance, StatusPeriod, UndatedStatus, VoteTotals, Waypoint,
};
pub use date::{
    Date, DateError, Interval, IntervalError, MONTH_NAMES, days_in_month, is_leap_year,
};
pub use ids::{CorridorId, IdError, MAX_ID_LEN, OrgId, PlaceId, SourceId, StanceId, is_slug};
pub use kinds::{
    CorridorKind, CorridorStatus, Dimension, MembershipStatus, OrgKind, PlaceKind, Position,
    SegmentMode, StanceKind,
};
pub use score::{Band, Score, ScoreError};
