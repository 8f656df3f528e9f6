//! [`Date`] (a year, a month or a day) and [`Interval`] (from inclusive, to
//! exclusive).
//!
//! ## Rules
//! - A date is written `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`; the year has
//!   four digits (0001–9999). February 29 exists only in leap years.
//! - A date stands for its **first day** when used as a bound: `"2016"` is
//!   2016-01-01, `"2016-05"` is 2016-05-01.
//! - An interval covers the days from `from` (inclusive) up to `to`
//!   (exclusive): `2016 … 2018` covers 2016 and 2017, not 2018. A missing
//!   `to` means "still true".
//! - An interval is *in effect in year Y* if it covers any day of Y.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// A calendar date given to a year, a month or a day.
///
/// Ordering: by year, then month, then day, where a missing part sorts before
/// any given one (`2016` < `2016-01` < `2016-01-01` < `2016-02`), consistent
/// with equality. For interval arithmetic use [`Date::first_day`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Date {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(|e| super::de_error(e.message()))
    }
}

/// Why a string is not a [`Date`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    /// The string that was given.
    pub given: String,
    /// What is wrong, in plain words (English by `Display`).
    pub reason: Message,
}

impl DateError {
    /// The whole error as a message, its reason inside it: `invalid date
    /// "2019-13-45": month 13 is not between 1 and 12`.
    pub fn message(&self) -> Message {
        Message::trf(
            "date-invalid",
            "invalid date \"{ $given }\": { $reason }",
            &[("given", &self.given)],
        )
        .with("reason", self.reason.clone())
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

/// The name of month `m` (1–12) as a message (its English is
/// [`MONTH_NAMES`]).
fn month_message(m: u8) -> Message {
    match m {
        1 => Message::tr("month-1", "January"),
        2 => Message::tr("month-2", "February"),
        3 => Message::tr("month-3", "March"),
        4 => Message::tr("month-4", "April"),
        5 => Message::tr("month-5", "May"),
        6 => Message::tr("month-6", "June"),
        7 => Message::tr("month-7", "July"),
        8 => Message::tr("month-8", "August"),
        9 => Message::tr("month-9", "September"),
        10 => Message::tr("month-10", "October"),
        11 => Message::tr("month-11", "November"),
        12 => Message::tr("month-12", "December"),
        _ => Message::tr("date-that-month", "that month"),
    }
}

impl std::error::Error for DateError {}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1–12) of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The months' English names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A whole year. The year must be in 1..=9999.
    pub fn year_only(year: i32) -> Result<Self, DateError> {
        Self::new(year, None, None)
    }

    /// A date from its parts; `day` requires `month`.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        let given = match (month, day) {
            (None, None) => format!("{year:04}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (None, Some(d)) => format!("{year:04}-??-{d:02}"),
        };
        let fail = |reason: Message| DateError {
            given: given.clone(),
            reason,
        };
        if !(1..=9999).contains(&year) {
            return Err(fail(Message::trf(
                "date-year-range",
                "year { $year } is not between 1 and 9999",
                &[("year", &year)],
            )));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(fail(Message::trf(
                "date-month-range",
                "month { $month } is not between 1 and 12",
                &[("month", &m)],
            )));
        }
        match (month, day) {
            (None, Some(_)) => {
                return Err(fail(Message::tr(
                    "date-day-needs-month",
                    "a day needs a month",
                )));
            }
            (Some(m), Some(d)) => {
                let max = days_in_month(year, m);
                if d == 0 || d > max {
                    return Err(fail(
                        Message::trf(
                            "date-days-in-month",
                            "{ $month } { $year } has { $max } days, not { $day }",
                            &[("year", &year), ("max", &max), ("day", &d)],
                        )
                        .with("month", month_message(m)),
                    ));
                }
            }
            _ => {}
        }
        Ok(Self { year, month, day })
    }

    /// Parse `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let fail = || DateError {
            given: s.to_owned(),
            reason: Message::tr(
                "date-shape",
                "write it as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"",
            ),
        };
        let mut parts = s.split('-');
        let year_text = parts.next().unwrap_or_default();
        let month_text = parts.next();
        let day_text = parts.next();
        if parts.next().is_some() {
            return Err(fail());
        }
        let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(year_text, 4)
            || !month_text.is_none_or(|m| digits(m, 2))
            || !day_text.is_none_or(|d| digits(d, 2))
        {
            return Err(fail());
        }
        let year: i32 = year_text.parse().map_err(|_| fail())?;
        let month: Option<u8> = month_text.map(str::parse).transpose().map_err(|_| fail())?;
        let day: Option<u8> = day_text.map(str::parse).transpose().map_err(|_| fail())?;
        Self::new(year, month, day).map_err(|e| DateError {
            given: s.to_owned(),
            reason: e.reason,
        })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), if given.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if given.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The first day this date stands for, as `(year, month, day)`.
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> Self {
        d.to_string()
    }
}

/// A span of time: from `from` (inclusive) to `to` (exclusive, `None` =
/// still true). Always non-empty: `to` is after `from`.
///
/// Serialises as `{"from": "…", "to": "…"}` (`to` left out when open).
/// Ordered by `from`, then `to` (an open end sorts first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interval {
    /// The first day covered (the first day of this date).
    pub from: Date,
    /// The first day no longer covered; `None` means still true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

/// Why two dates do not make an [`Interval`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntervalError {
    /// The start.
    pub from: Date,
    /// The end that is not after the start.
    pub to: Date,
}

impl IntervalError {
    /// What is wrong, as a message (English by `Display`).
    pub fn message(&self) -> Message {
        Message::trf(
            "date-to-before-from",
            "\"to\" ({ $to }) must be after \"from\" ({ $from }) (\"to\" is exclusive: the first day no longer covered)",
            &[("to", &self.to), ("from", &self.from)],
        )
    }
}

impl fmt::Display for IntervalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for IntervalError {}

impl Interval {
    /// An interval; fails if `to` is not after `from` (compared by first days,
    /// so `"2016"` to `"2016"` is empty and rejected).
    pub fn new(from: Date, to: Option<Date>) -> Result<Self, IntervalError> {
        match to {
            Some(to) if to.first_day() <= from.first_day() => Err(IntervalError { from, to }),
            _ => Ok(Self { from, to }),
        }
    }

    /// True if the interval covers any day of `year`.
    ///
    /// ```
    /// use heartland::model::{Date, Interval};
    /// let d = |s| Date::parse(s).unwrap();
    /// let i = Interval::new(d("2016"), Some(d("2018"))).unwrap();
    /// assert!(!i.in_effect_in(2015));
    /// assert!(i.in_effect_in(2017));
    /// assert!(!i.in_effect_in(2018)); // `to` is exclusive
    /// ```
    pub fn in_effect_in(&self, year: i32) -> bool {
        let starts_by_end_of_year = self.from.first_day() <= (year, 12, 31);
        let ends_after_start_of_year = self.to.is_none_or(|to| to.first_day() > (year, 1, 1));
        starts_by_end_of_year && ends_after_start_of_year
    }

    /// True if the two intervals share at least one day.
    pub fn overlaps(&self, other: &Self) -> bool {
        let before =
            |a: &Self, b: &Self| a.to.is_some_and(|to| to.first_day() <= b.from.first_day());
        !before(self, other) && !before(other, self)
    }

    /// The last year with a day covered, or `None` if the interval is open.
    pub fn last_year(&self) -> Option<i32> {
        self.to.map(|to| match to.first_day() {
            (y, 1, 1) => y - 1,
            (y, _, _) => y,
        })
    }
}

impl Interval {
    /// The interval in words (`1998 to 2012-06-28`, `from 1998`) as a
    /// message: English by `Display`.
    pub fn message(&self) -> Message {
        match self.to {
            Some(to) => Message::trf(
                "date-interval",
                "{ $from } to { $to }",
                &[("from", &self.from), ("to", &to)],
            ),
            None => Message::trf(
                "date-interval-open",
                "from { $from }",
                &[("from", &self.from)],
            ),
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            Some(to) => write!(f, "{} to {}", self.from, to),
            None => write!(f, "from {}", self.from),
        }
    }
}
