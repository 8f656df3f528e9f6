//! [`CountryCode`]: an ISO 3166-1 alpha-3 country code, checked against the
//! list of officially assigned codes (plus `XKX` for Kosovo), or the alpha-3
//! code of a former country from ISO 3166-3 (`SUN`, `DDR`, `YUG`, …), which
//! historical datasets such as the Correlates of War IGO data need.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// Every officially assigned ISO 3166-1 alpha-3 code (249), plus `XKX`
/// (Kosovo: user-assigned, but used by the EU, the IMF and Natural Earth).
/// Sorted, so that lookups can use a binary search.
pub const ASSIGNED: [&str; 250] = [
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "XKX", "YEM",
    "ZAF", "ZMB", "ZWE",
];

/// The alpha-3 codes of former countries (ISO 3166-3, "formerly used
/// codes"): states that dissolved, merged or split, such as the Soviet Union
/// (`SUN`), the German Democratic Republic (`DDR`), Yugoslavia (`YUG`),
/// Serbia and Montenegro (`SCG`), Czechoslovakia (`CSK`), South Yemen
/// (`YMD`) and North Vietnam (`VDR`). None of them is assigned today.
/// Sorted, so that lookups can use a binary search.
pub const FORMER: [&str; 30] = [
    "AFI", "ANT", "ATB", "ATN", "BUR", "BYS", "CSK", "CTE", "DDR", "DHY", "FXX", "GEL", "HVO",
    "JTN", "MID", "NHB", "NTZ", "PCI", "PCZ", "PUS", "RHO", "SCG", "SKM", "SUN", "TMP", "VDR",
    "WAK", "YMD", "YUG", "ZAR",
];

/// True if `s` (upper case) is an assigned or a former code.
fn is_known(s: &str) -> bool {
    ASSIGNED.binary_search(&s).is_ok() || FORMER.binary_search(&s).is_ok()
}

/// An ISO 3166-1 alpha-3 country code such as `KAZ`, upper case.
///
/// Only codes that are officially assigned (and `XKX` for Kosovo), or that
/// ISO 3166-3 lists as formerly used (`SUN`, `DDR`, `YUG`, …), can be
/// constructed, so past the loader a `CountryCode` is always a real code.
///
/// ```
/// use heartland::model::CountryCode;
/// let kaz = CountryCode::try_from("KAZ").unwrap();
/// assert_eq!(kaz.as_str(), "KAZ");
/// assert!(CountryCode::try_from("KZH").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct CountryCode([u8; 3]);

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::try_from(s).map_err(|e| super::de_error(e.message()))
    }
}

/// Why a string is not a [`CountryCode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CountryCodeError {
    /// Not three ASCII letters.
    Malformed(String),
    /// Three letters, but lower case (the format wants `KAZ`, not `kaz`).
    LowerCase(String),
    /// Three upper-case letters that are not an assigned code.
    Unassigned(String),
}

impl CountryCodeError {
    /// What is wrong, as a message (English by `Display`).
    pub fn message(&self) -> Message {
        match self {
            Self::Malformed(s) => Message::trf(
                "problem-code-malformed",
                "\"{ $given }\" is not a country code (expected three capital letters, an ISO 3166-1 alpha-3 code such as \"KAZ\")",
                &[("given", s)],
            ),
            Self::LowerCase(s) => Message::trf(
                "problem-code-lower-case",
                "country code \"{ $given }\" must be written in capitals (\"{ $upper }\")",
                &[("given", s), ("upper", &s.to_ascii_uppercase())],
            ),
            Self::Unassigned(s) => Message::trf(
                "problem-code-unknown",
                "unknown country code \"{ $given }\" (not an ISO 3166-1 alpha-3 code)",
                &[("given", s)],
            ),
        }
    }
}

impl fmt::Display for CountryCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for CountryCodeError {}

impl CountryCode {
    /// The three letters, e.g. `"KAZ"`.
    pub fn as_str(&self) -> &str {
        // The bytes are always three ASCII capitals (checked on construction).
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Every currently assigned code (and `XKX`), in alphabetical order.
    /// Former codes ([`CountryCode::is_former`]) are accepted but not listed.
    pub fn all() -> impl Iterator<Item = Self> {
        ASSIGNED.iter().filter_map(|s| Self::try_from(*s).ok())
    }

    /// True for the code of a former country (ISO 3166-3: `SUN`, `DDR`, …).
    pub fn is_former(&self) -> bool {
        FORMER.binary_search(&self.as_str()).is_ok()
    }
}

impl TryFrom<&str> for CountryCode {
    type Error = CountryCodeError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let bytes = s.as_bytes();
        let [a, b, c] = bytes else {
            return Err(CountryCodeError::Malformed(s.to_owned()));
        };
        if !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Err(CountryCodeError::Malformed(s.to_owned()));
        }
        if !bytes.iter().all(u8::is_ascii_uppercase) {
            let upper = s.to_ascii_uppercase();
            return if is_known(&upper) {
                Err(CountryCodeError::LowerCase(s.to_owned()))
            } else {
                Err(CountryCodeError::Unassigned(s.to_owned()))
            };
        }
        if !is_known(s) {
            return Err(CountryCodeError::Unassigned(s.to_owned()));
        }
        Ok(Self([*a, *b, *c]))
    }
}

impl TryFrom<String> for CountryCode {
    type Error = CountryCodeError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::try_from(s.as_str())
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.as_str().to_owned()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}
