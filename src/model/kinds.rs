//! The closed vocabularies of the data files: organization kinds, membership
//! statuses, relation dimensions, corridor kinds and statuses, segment modes,
//! place kinds, stance kinds and positions.
//!
//! Each value is written in the files in lower-case kebab form
//! (`"under-construction"`), available as [`as_str`](Dimension::as_str); each
//! also has a human [`label`](Dimension::label) for the window, in its
//! language, and the English one, [`label_en`](Dimension::label_en), for
//! what is written to files (exports are the same in every language).

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! kebab_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, tr($id:literal, $label:literal); )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in the order the documentation lists them.
            pub const ALL: [Self; <[&str]>::len(&[$($text),+])] = [$(Self::$variant),+];

            /// The value as written in the data files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// A human label for the UI, in the window's language
            /// ([`crate::i18n::tr`]).
            pub fn label(self) -> std::borrow::Cow<'static, str> {
                match self {
                    $(Self::$variant => crate::i18n::tr($id, $label),)+
                }
            }

            /// The English label, the same in every language: for what is
            /// written to files (exports), never for the window.
            pub fn label_en(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }

            /// The value written as `s` in the data files, if any.
            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $($text => Some(Self::$variant),)+
                    _ => None,
                }
            }

            /// The accepted spellings, quoted and comma-separated (for messages).
            pub fn expected() -> String {
                [$(concat!("\"", $text, "\"")),+].join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

kebab_enum!(
    /// What an organization is mainly about.
    OrgKind {
        Security = "security", tr("kind-org-security", "Security");
        Economic = "economic", tr("kind-org-economic", "Economic");
        Political = "political", tr("kind-org-political", "Political");
        Religious = "religious", tr("kind-org-religious", "Religious");
        Cultural = "cultural", tr("kind-org-cultural", "Cultural");
        Transport = "transport", tr("kind-org-transport", "Transport");
        Energy = "energy", tr("kind-org-energy", "Energy");
    }
);

kebab_enum!(
    /// A country's status in an organization during a period. Not being in any
    /// period means not a member.
    MembershipStatus {
        /// Full member.
        Member = "member", tr("kind-status-member", "Member");
        /// Observer.
        Observer = "observer", tr("kind-status-observer", "Observer");
        /// Partner (the SCO's "dialogue partner", a Partnership for Peace
        /// partner): each organization's own word is given by
        /// `shown::status_word`.
        Partner = "partner", tr("kind-status-partner", "Partner");
        /// Associate member.
        Associate = "associate", tr("kind-status-associate", "Associate member");
        /// Candidate for membership.
        Candidate = "candidate", tr("kind-status-candidate", "Candidate");
        /// Membership suspended (by the state or by the organization).
        Suspended = "suspended", tr("kind-status-suspended", "Suspended");
    }
);

kebab_enum!(
    /// The dimension a relation score measures.
    Dimension {
        Political = "political", tr("kind-dimension-political", "Political");
        Security = "security", tr("kind-dimension-security", "Security");
        Economic = "economic", tr("kind-dimension-economic", "Economic");
        Energy = "energy", tr("kind-dimension-energy", "Energy");
        Transport = "transport", tr("kind-dimension-transport", "Transport");
    }
);

kebab_enum!(
    /// What kind of route a corridor is as a whole.
    CorridorKind {
        Rail = "rail", tr("kind-corridor-rail", "Rail");
        Road = "road", tr("kind-corridor-road", "Road");
        Sea = "sea", tr("kind-corridor-sea", "Sea");
        Multimodal = "multimodal", tr("kind-corridor-multimodal", "Multimodal");
        OilPipeline = "oil-pipeline", tr("kind-corridor-oil-pipeline", "Oil pipeline");
        GasPipeline = "gas-pipeline", tr("kind-corridor-gas-pipeline", "Gas pipeline");
    }
);

kebab_enum!(
    /// How one segment of a corridor is travelled.
    SegmentMode {
        Rail = "rail", tr("kind-mode-rail", "Rail");
        Road = "road", tr("kind-mode-road", "Road");
        Sea = "sea", tr("kind-mode-sea", "Sea");
        OilPipeline = "oil-pipeline", tr("kind-mode-oil-pipeline", "Oil pipeline");
        GasPipeline = "gas-pipeline", tr("kind-mode-gas-pipeline", "Gas pipeline");
    }
);

kebab_enum!(
    /// The state of a corridor during a period.
    CorridorStatus {
        Proposed = "proposed", tr("kind-corridor-status-proposed", "Proposed");
        UnderConstruction = "under-construction",
            tr("kind-corridor-status-under-construction", "Under construction");
        Operational = "operational", tr("kind-corridor-status-operational", "Operational");
        Suspended = "suspended", tr("kind-corridor-status-suspended", "Suspended");
        Abandoned = "abandoned", tr("kind-corridor-status-abandoned", "Abandoned");
    }
);

kebab_enum!(
    /// What a place is.
    PlaceKind {
        Capital = "capital", tr("kind-place-capital", "Capital");
        City = "city", tr("kind-place-city", "City");
        Port = "port", tr("kind-place-port", "Port");
        Terminal = "terminal", tr("kind-place-terminal", "Terminal");
        Crossing = "crossing", tr("kind-place-crossing", "Border crossing");
        Junction = "junction", tr("kind-place-junction", "Junction");
        Field = "field", tr("kind-place-field", "Oil or gas field");
        Other = "other", tr("kind-place-other", "Other");
    }
);

kebab_enum!(
    /// What a stance records; decides which positions are allowed.
    StanceKind {
        /// A UN vote: yes, no, abstain, absent.
        UnVote = "un-vote", tr("kind-stance-un-vote", "UN vote");
        /// A recognition question: recognizes, accepts without recognising,
        /// rejects, silent.
        Recognition = "recognition", tr("kind-stance-recognition", "Recognition");
        /// A public statement: supports, opposes, neutral, silent.
        Statement = "statement", tr("kind-stance-statement", "Statement");
    }
);

kebab_enum!(
    /// A country's position in a stance. Which values are allowed depends on
    /// the [`StanceKind`]: see [`Position::allowed_for`].
    Position {
        Yes = "yes", tr("kind-position-yes", "Yes");
        No = "no", tr("kind-position-no", "No");
        Abstain = "abstain", tr("kind-position-abstain", "Abstained");
        Absent = "absent", tr("kind-position-absent", "Absent");
        Recognizes = "recognizes", tr("kind-position-recognizes", "Recognizes");
        /// An official statement that accepts or understands the change (a
        /// referendum as the will of the population, a decision treated
        /// "with understanding") without recognising it. Format 2.
        AcceptsWithoutRecognising = "accepts-without-recognising",
            tr("kind-position-accepts-without-recognising", "Accepts without recognising");
        Rejects = "rejects", tr("kind-position-rejects", "Rejects");
        Supports = "supports", tr("kind-position-supports", "Supports");
        Opposes = "opposes", tr("kind-position-opposes", "Opposes");
        Neutral = "neutral", tr("kind-position-neutral", "Neutral");
        Silent = "silent", tr("kind-position-silent", "Silent");
    }
);

impl Position {
    /// Whether a file using this position must say `"format": 2` (a value
    /// that Heartland format-1 readers refuse).
    pub fn needs_format_2(self) -> bool {
        matches!(self, Self::AcceptsWithoutRecognising)
    }

    /// The positions a stance of `kind` may use, in legend order.
    pub fn allowed_for(kind: StanceKind) -> &'static [Self] {
        match kind {
            StanceKind::UnVote => &[Self::Yes, Self::No, Self::Abstain, Self::Absent],
            StanceKind::Recognition => &[
                Self::Recognizes,
                Self::AcceptsWithoutRecognising,
                Self::Rejects,
                Self::Silent,
            ],
            StanceKind::Statement => &[Self::Supports, Self::Opposes, Self::Neutral, Self::Silent],
        }
    }
}
