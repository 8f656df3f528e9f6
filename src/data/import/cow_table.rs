//! The bundled table from Correlates of War state codes to ISO 3166 alpha-3
//! codes (`assets/cow_states.csv`; its rules are written at its top and in
//! `docs/import.md`): renamed states keep their current code, dissolved
//! ones take their ISO 3166-3 former code (`SUN`, `DDR`, `YUG`, `SCG`,
//! `CSK`, `YMD`, `VDR`), and a COW code may map to different codes in
//! different years (365: `RUS` to 1921, `SUN` 1922–1991, `RUS` from 1992).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::CountryCode;

const BUNDLED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/cow_states.csv"
));

/// One line of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct CowEntry {
    /// First year the line applies to (inclusive), if bounded.
    pub first_year: Option<i32>,
    /// Last year the line applies to (inclusive), if bounded.
    pub last_year: Option<i32>,
    /// The ISO code, or `None` for a state that has none (Hanover, …).
    pub iso: Option<CountryCode>,
    /// The state's name.
    pub name: String,
}

/// COW state code → ISO alpha-3, by year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CowTable {
    entries: BTreeMap<u32, Vec<CowEntry>>,
}

impl CowTable {
    /// The table bundled with the program (`assets/cow_states.csv`).
    pub fn bundled() -> &'static Self {
        static TABLE: OnceLock<CowTable> = OnceLock::new();
        TABLE.get_or_init(|| Self::parse(BUNDLED).unwrap_or_default())
    }

    /// Parse the table's text (`#` lines are comments). Any bad line is an
    /// error naming it (a test checks that the bundled table has none).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut entries: BTreeMap<u32, Vec<CowEntry>> = BTreeMap::new();
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        match lines.next() {
            Some((_, header)) if header.trim() == "ccode,abbrev,first_year,last_year,iso3,name" => {
            }
            _ => {
                return Err(
                    "the header must be ccode,abbrev,first_year,last_year,iso3,name".into(),
                );
            }
        }
        for (index, line) in lines {
            let fail = |why: &str| format!("line {}: {why}: {line}", index + 1);
            let fields: Vec<&str> = line.splitn(6, ',').map(str::trim).collect();
            let [ccode, _abbrev, first, last, iso, name] = fields.as_slice() else {
                return Err(fail("expected six fields"));
            };
            let ccode: u32 = ccode.parse().map_err(|_| fail("bad ccode"))?;
            let year = |s: &str| -> Result<Option<i32>, String> {
                if s.is_empty() {
                    Ok(None)
                } else {
                    s.parse().map(Some).map_err(|_| fail("bad year"))
                }
            };
            let iso = if iso.is_empty() {
                None
            } else {
                Some(CountryCode::try_from(*iso).map_err(|e| fail(&e.to_string()))?)
            };
            let entry = CowEntry {
                first_year: year(first)?,
                last_year: year(last)?,
                iso,
                name: (*name).to_owned(),
            };
            let list = entries.entry(ccode).or_default();
            if list.iter().any(|e| overlap(e, &entry)) {
                return Err(fail("years overlap an earlier line of the same ccode"));
            }
            list.push(entry);
        }
        Ok(Self { entries })
    }

    /// The line for `ccode` in `year`, if the table has one.
    pub fn entry(&self, ccode: u32, year: i32) -> Option<&CowEntry> {
        self.entries.get(&ccode)?.iter().find(|e| {
            e.first_year.is_none_or(|f| f <= year) && e.last_year.is_none_or(|l| year <= l)
        })
    }

    /// The name of ISO code `iso` in the table; where several COW states
    /// share it, the shortest name, which is the common one (Germany,
    /// Yemen, Vietnam).
    pub fn iso_name(&self, iso: CountryCode) -> Option<&str> {
        self.entries()
            .filter(|(_, e)| e.iso == Some(iso))
            .map(|(_, e)| e.name.as_str())
            .min_by_key(|n| n.len())
    }

    /// Every line, by COW code.
    pub fn entries(&self) -> impl Iterator<Item = (u32, &CowEntry)> {
        self.entries
            .iter()
            .flat_map(|(c, list)| list.iter().map(move |e| (*c, e)))
    }
}

fn overlap(x: &CowEntry, y: &CowEntry) -> bool {
    let starts = |e: &CowEntry| e.first_year.unwrap_or(i32::MIN);
    let ends = |e: &CowEntry| e.last_year.unwrap_or(i32::MAX);
    starts(x) <= ends(y) && starts(y) <= ends(x)
}

/// The ISO alpha-3 code of COW state `ccode` in `year`, from the bundled
/// table (`705` → `KAZ`; `365` → `SUN` in 1980, `RUS` in 2000).
pub fn cow_to_iso(ccode: u32, year: i32) -> Option<CountryCode> {
    CowTable::bundled().entry(ccode, year)?.iso
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(ccode: u32, year: i32) -> Option<String> {
        cow_to_iso(ccode, year).map(|c| c.to_string())
    }

    #[test]
    fn bundled_table_parses_completely() {
        let table = CowTable::parse(BUNDLED).unwrap();
        assert!(table.entries().count() >= 220, "all COW states are listed");
        assert_eq!(&table, CowTable::bundled(), "bundled() is the parsed table");
    }

    #[test]
    fn known_codes_map() {
        for (ccode, year, code) in [
            (705, 2000, "KAZ"),
            (373, 2000, "AZE"),
            (365, 2000, "RUS"),
            (710, 2000, "CHN"),
            (640, 2000, "TUR"),
            (704, 2000, "UZB"),
            (372, 2000, "GEO"),
            (365, 1980, "SUN"),
            (365, 1900, "RUS"),
            (265, 1980, "DDR"),
            (315, 1980, "CSK"),
            (345, 1980, "YUG"),
            (345, 1999, "SCG"),
            (345, 2010, "SRB"),
            (680, 1980, "YMD"),
            (816, 1970, "VDR"),
            (816, 1990, "VNM"),
        ] {
            assert_eq!(iso(ccode, year).as_deref(), Some(code), "{ccode} in {year}");
        }
        assert_eq!(iso(240, 1850), None, "Hanover has no ISO code");
        let table = CowTable::bundled();
        let name = |c: &str| table.iso_name(CountryCode::try_from(c).unwrap());
        assert_eq!(name("DEU"), Some("Germany"), "common name of two COW codes");
        assert_eq!(name("SUN"), Some("Soviet Union"), "former state");
        assert_eq!(iso(9999, 2000), None, "not a COW code");
    }

    #[test]
    fn bad_tables_are_refused() {
        let header = "ccode,abbrev,first_year,last_year,iso3,name\n";
        assert!(CowTable::parse("x\n").is_err(), "header");
        assert!(
            CowTable::parse(&format!("{header}7,X,,,KZH,Bad\n")).is_err(),
            "bad ISO"
        );
        assert!(
            CowTable::parse(&format!("{header}7,X,,1990,KAZ,A\n7,X,1990,,KAZ,B\n")).is_err(),
            "overlapping years"
        );
    }
}
