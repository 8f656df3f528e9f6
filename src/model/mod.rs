//! Domain types of Heartland: typed ids, country codes, dates and intervals,
//! scores, the closed vocabularies, and the [`Dataset`] they make up.
//!
//! Nothing here knows about files or egui: the loader in [`crate::data`]
//! builds a [`Dataset`] from JSON and checks it, so code that holds a
//! `Dataset` can trust its types (codes are assigned, dates exist, scores are
//! in range, intervals are non-empty, references resolve).

pub mod country_code;
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

use std::cell::RefCell;

use crate::i18n::Message;

thread_local! {
    /// The message of the last value refused while deserializing on this
    /// thread ([`de_error`]), for [`take_de_message`].
    static DE_MESSAGE: RefCell<Option<Message>> = const { RefCell::new(None) };
}

/// A serde error for a value this module refuses (a date, a code, an id, a
/// score), whose reason is `message`. Serde keeps only the English text;
/// the message is kept aside on this thread, so the loader can show the
/// reason in the reader's language ([`take_de_message`]).
pub(crate) fn de_error<E: serde::de::Error>(message: Message) -> E {
    let error = E::custom(&message);
    DE_MESSAGE.with(|m| *m.borrow_mut() = Some(message));
    error
}

/// The message of the last value refused while deserializing on this
/// thread, if its English is `text` (the text of the serde error being
/// reported): `None` for serde's own errors (a wrong type, a missing field).
pub fn take_de_message(text: &str) -> Option<Message> {
    DE_MESSAGE
        .with(|m| m.borrow_mut().take())
        .filter(|m| m.as_str() == text)
}
