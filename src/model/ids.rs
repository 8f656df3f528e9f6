//! Typed ids for the records of the dataset: lowercase-kebab slugs such as
//! `middle-corridor` or `kazantsev-2023`.
//!
//! Each kind of record has its own id type, so an organization id cannot be
//! passed where a corridor id is expected.

use std::fmt;

use crate::i18n::Message;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Why a string is not a valid id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdError {
    /// The string that was given.
    pub given: String,
    /// What kind of id was expected ("organization id", …).
    pub kind: &'static str,
}

impl IdError {
    /// What is wrong, as a message (English by `Display`).
    pub fn message(&self) -> Message {
        let given = &self.given;
        let kind = kind_message(self.kind);
        if given.is_empty() {
            Message::tr("problem-id-empty", "the { $kind } is empty").with("kind", kind)
        } else if given.len() > MAX_ID_LEN {
            Message::trf(
                "problem-id-too-long",
                "the { $kind } \"{ $given }\" is longer than { $max } characters",
                &[("given", given), ("max", &MAX_ID_LEN)],
            )
            .with("kind", kind)
        } else {
            Message::trf(
                "problem-id-invalid",
                "\"{ $given }\" is not a valid { $kind } (use lower-case letters, digits and single hyphens, like \"middle-corridor\")",
                &[("given", given)],
            )
            .with("kind", kind)
        }
    }
}

/// The words for a kind of id ("organization id"), as a message.
pub(crate) fn kind_message(kind: &str) -> Message {
    match kind {
        "organization id" => Message::tr("problem-id-kind-organization", "organization id"),
        "corridor id" => Message::tr("problem-id-kind-corridor", "corridor id"),
        "place id" => Message::tr("problem-id-kind-place", "place id"),
        "source id" => Message::tr("problem-id-kind-source", "source id"),
        "stance id" => Message::tr("problem-id-kind-stance", "stance id"),
        other => Message::verbatim(other),
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for IdError {}

/// True if `s` is a lowercase-kebab slug: `a-z`/`0-9` words joined by single
/// hyphens, at most [`MAX_ID_LEN`] bytes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(into = "String")]
        pub struct $name(Box<str>);

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::try_from(s).map_err(|e| super::de_error(e.message()))
            }
        }

        impl $name {
            /// What this id names, for messages ("organization id").
            pub const KIND: &'static str = $kind;

            /// The id as written in the data files.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<&str> for $name {
            type Error = IdError;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                if is_slug(s) {
                    Ok(Self(s.into()))
                } else {
                    Err(IdError { given: s.to_owned(), kind: $kind })
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::try_from(s.as_str())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0.into()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), &self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

slug_id!(
    /// The id of an organization (`csto`, `eaeu`).
    OrgId,
    "organization id"
);
slug_id!(
    /// The id of a corridor (`middle-corridor`).
    CorridorId,
    "corridor id"
);
slug_id!(
    /// The id of a place: a capital, port, terminal or crossing (`aktau`).
    PlaceId,
    "place id"
);
slug_id!(
    /// The id of a source document (`kazantsev-2023`).
    SourceId,
    "source id"
);
slug_id!(
    /// The id of a stance: a vote or a recognition question (`unga-62-243`).
    StanceId,
    "stance id"
);
