//! [`Score`]: the strength of a relation, a finite number in [−1, +1], and its
//! display [`Band`].

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// The strength of a relation: −1 armed conflict … 0 neutral or balanced …
/// +1 alliance or strategic partnership. Always finite and in [−1, +1].
#[derive(Clone, Copy, PartialEq, Serialize)]
#[serde(into = "f64")]
pub struct Score(f64);

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        Self::new(value).map_err(|e| super::de_error(e.message()))
    }
}

/// Why a number is not a [`Score`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreError(pub f64);

impl ScoreError {
    /// What is wrong, as a message (English by `Display`).
    pub fn message(&self) -> Message {
        if self.0.is_finite() {
            Message::trf(
                "problem-score-range",
                "score { $value } is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)",
                &[("value", &self.0)],
            )
        } else {
            Message::trf(
                "problem-score-not-finite",
                "score must be a finite number between -1 and 1, not { $value }",
                &[("value", &self.0)],
            )
        }
    }
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for ScoreError {}

impl Score {
    /// Neutral (0).
    pub const NEUTRAL: Self = Self(0.0);

    /// A score; fails unless `value` is finite and in [−1, 1].
    pub fn new(value: f64) -> Result<Self, ScoreError> {
        if value.is_finite() && (-1.0..=1.0).contains(&value) {
            // Normalise -0.0 so that equality and ordering agree.
            Ok(Self(value + 0.0))
        } else {
            Err(ScoreError(value))
        }
    }

    /// The value in [−1, 1].
    pub fn value(self) -> f64 {
        self.0
    }

    /// The strength regardless of sign, in [0, 1].
    pub fn magnitude(self) -> f64 {
        self.0.abs()
    }

    /// The display band of this score.
    pub fn band(self) -> Band {
        Band::of(self.0)
    }
}

impl Eq for Score {}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl TryFrom<f64> for Score {
    type Error = ScoreError;

    fn try_from(value: f64) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Score> for f64 {
    fn from(s: Score) -> Self {
        s.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:+.2}", self.0)
    }
}

impl fmt::Debug for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Score({})", self.0)
    }
}

/// The display band of a [`Score`]. Symmetric around 0:
///
/// | band | score |
/// |---|---|
/// | hostile | s ≤ −0.6 |
/// | tense | −0.6 < s ≤ −0.35 |
/// | cool | −0.35 < s < −0.1 |
/// | neutral | −0.1 ≤ s ≤ 0.1 |
/// | friendly | 0.1 < s < 0.35 |
/// | close | 0.35 ≤ s < 0.6 |
/// | allied | s ≥ 0.6 |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// s ≤ −0.6: armed conflict, blockade, severed ties.
    Hostile,
    /// −0.6 < s ≤ −0.35.
    Tense,
    /// −0.35 < s < −0.1.
    Cool,
    /// −0.1 ≤ s ≤ 0.1: neutral or balanced.
    Neutral,
    /// 0.1 < s < 0.35.
    Friendly,
    /// 0.35 ≤ s < 0.6.
    Close,
    /// s ≥ 0.6: alliance or strategic partnership.
    Allied,
}

impl Band {
    /// Bound between hostile and tense, and between close and allied.
    pub const OUTER: f64 = 0.6;
    /// Bound between tense and cool, and between friendly and close.
    pub const MIDDLE: f64 = 0.35;
    /// Bound of the neutral band.
    pub const INNER: f64 = 0.1;

    /// Every band from most hostile to most allied (legend order).
    pub const ALL: [Self; 7] = [
        Self::Hostile,
        Self::Tense,
        Self::Cool,
        Self::Neutral,
        Self::Friendly,
        Self::Close,
        Self::Allied,
    ];

    /// The band of a value in [−1, 1] (values outside clamp to the ends).
    pub fn of(s: f64) -> Self {
        if s <= -Self::OUTER {
            Self::Hostile
        } else if s <= -Self::MIDDLE {
            Self::Tense
        } else if s < -Self::INNER {
            Self::Cool
        } else if s <= Self::INNER {
            Self::Neutral
        } else if s < Self::MIDDLE {
            Self::Friendly
        } else if s < Self::OUTER {
            Self::Close
        } else {
            Self::Allied
        }
    }

    /// The lower-case label ("hostile", …), in the window's language.
    pub fn label(self) -> std::borrow::Cow<'static, str> {
        use crate::i18n::tr;
        match self {
            Self::Hostile => tr("label-band-hostile", "hostile"),
            Self::Tense => tr("label-band-tense", "tense"),
            Self::Cool => tr("label-band-cool", "cool"),
            Self::Neutral => tr("label-band-neutral", "neutral"),
            Self::Friendly => tr("label-band-friendly", "friendly"),
            Self::Close => tr("label-band-close", "close"),
            Self::Allied => tr("label-band-allied", "allied"),
        }
    }

    /// The lower-case label in English, the same in every language
    /// (exports).
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Hostile => "hostile",
            Self::Tense => "tense",
            Self::Cool => "cool",
            Self::Neutral => "neutral",
            Self::Friendly => "friendly",
            Self::Close => "close",
            Self::Allied => "allied",
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label_en())
    }
}
