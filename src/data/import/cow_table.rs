//! The bundled table from Correlates of War state codes to ISO 3166 alpha-3
//! codes (`assets/cow_states.csv`; its rules are written at its top and in
//! `docs/import.md`): renamed states keep their current code, dissolved
//! ones take their ISO 3166-3 former code (`SUN`, `DDR`, `YUG`, `SCG`,
//! `CSK`, `YMD`, `VDR`), and a COW code may map to different codes in
//! different years (365: `RUS` to 1921, `SUN` 1922–1991, `RUS` from 1992).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::CountryCode;

/// The bundled table (`assets/cow_states.csv`): Correlates of War state
/// codes and their ISO 3166 alpha-3 codes.
pub const BUNDLED: &str = include_str!(concat!(
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
