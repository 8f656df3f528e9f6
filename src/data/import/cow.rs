//! The Correlates of War IGO state-year file: `ccode, year, state`, then one
//! column per organization, each cell 1 (full member), 2 (associate), 3
//! (observer), 0 (not a member), −9 (missing) or −1 (the organization did
//! not exist that year). Columns are found by header name.
//!
//! Folding years into intervals, per state and organization, in year order:
//! consecutive rows with the same status (and the same ISO code) make one
//! interval when they are at most [`COW_FOLD_GAP_YEARS`] apart, so the
//! five-yearly rows before 1965 fold across their gaps, while a longer gap
//! (a state absent from the system for years) ends the interval; a missing
//! value (−9) neither starts nor ends an interval. An interval runs from the first
//! year observed to the year after the last one observed: a change is dated
//! at the first observation that shows it, and the years of a gap that ends
//! a status are left out rather than guessed. The data ends in its last
//! year, so intervals end there too (`to` is the next year).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use super::cow_table::CowTable;
use super::table::Table;
use super::{
    COW_FOLD_GAP_YEARS, ImportOptions, ImportedMembership, Located, Problems, Records, Stop, cell,
    slugify,
};
use crate::i18n::Message;
use crate::model::{
    Country, CountryCode, Date, Interval, Membership, MembershipStatus, OrgId, OrgKind,
    Organization,
};

/// The kind given to organizations created from COW columns (the data does
/// not say what an organization is about).
pub const COW_DEFAULT_KIND: OrgKind = OrgKind::Political;

/// A cell that is not one of the documented values, read as missing.
const MISSING: i8 = -9;

struct Row {
    ccode: u32,
    year: i32,
    line: u64,
    values: Vec<i8>,
}

/// An organization column: its index in the row, id and header name.
struct Column {
    field: usize,
    id: OrgId,
    written: String,
}

/// A run of one status being folded.
struct Run {
    status: i8,
    iso: CountryCode,
    first: i32,
    last: i32,
    line: u64,
}

/// One folded interval before de-duplication across COW codes.
struct Folded {
    column: usize,
    iso: CountryCode,
    status: i8,
    first: i32,
    last: i32,
    line: u64,
}

/// A membership cell of the file: its status code (`-9` missing, `-1` not
/// applicable, `0`…`3`), or `None` when it is not a number in that range.
pub fn value(bytes: &[u8]) -> Option<i8> {
    let trimmed = bytes.trim_ascii();
    match trimmed {
        b"1" => Some(1),
        b"2" => Some(2),
        b"3" => Some(3),
        b"0" => Some(0),
        b"-9" => Some(-9),
        b"-1" => Some(-1),
        _ => {
            let text = std::str::from_utf8(trimmed).ok()?;
            let v: i8 = text.strip_suffix(".0").unwrap_or(text).parse().ok()?;
            [1, 2, 3, 0, -9, -1].contains(&v).then_some(v)
        }
    }
}

fn status_of(v: i8) -> Option<MembershipStatus> {
    match v {
        1 => Some(MembershipStatus::Member),
        2 => Some(MembershipStatus::Associate),
        3 => Some(MembershipStatus::Observer),
        _ => None,
    }
}

/// Import a COW IGO state-year file.
pub(crate) fn import(
    reader: impl Read,
    options: &ImportOptions<'_>,
    problems: &mut Problems,
) -> Result<Records, Stop> {
    let mut records = Records::default();
    let Some(mut table) = Table::open(reader, problems)? else {
        return Ok(records);
    };
    let find = |n: &str| table.column(n);
    let (Some(cc), Some(cy)) = (find("ccode"), find("year")) else {
        problems.at(
            "line 1",
            Message::trf(
                "importer-cow-wrong-header",
                "wrong header: expected \"ccode,year,state\" then one column per organization; found \"{ $found }\"",
                &[("found", &table.written.join(","))],
            ),
        );
        return Ok(records);
    };
    let cs = find("state");
    let mut columns: Vec<Column> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for field in 0..table.names.len() {
        if field == cc || field == cy || Some(field) == cs {
            continue;
        }
        let written = table.name(field).to_owned();
        let slug = slugify(&written);
        let Ok(id) = OrgId::try_from(slug.as_str()) else {
            problems.at(
                cell(1, field + 1),
                Message::trf(
                    "importer-cow-no-id",
                    "column \"{ $column }\" gives no usable organization id; the column is skipped",
                    &[("column", &written)],
                ),
            );
            continue;
        };
        if let Some(prev) = seen.get(&slug) {
            problems.at(
                cell(1, field + 1),
                Message::trf(
                    "importer-cow-same-id",
                    "column \"{ $column }\" has the same id \"{ $id }\" as column { $other }; the column is skipped",
                    &[("column", &written), ("id", &slug), ("other", &(prev + 1))],
                ),
            );
            continue;
        }
        seen.insert(slug, field);
        columns.push(Column { field, id, written });
    }

    let mut rows: Vec<Row> = Vec::new();
    while table.next(problems)? {
        let ccode = std::str::from_utf8(table.bytes(cc))
            .ok()
            .and_then(|t| t.trim().parse::<u32>().ok());
        let year = std::str::from_utf8(table.bytes(cy))
            .ok()
            .and_then(|t| t.trim().parse::<i32>().ok())
            .filter(|y| (1..=9998).contains(y));
        let (Some(ccode), Some(year)) = (ccode, year) else {
            let (field, why) = if ccode.is_none() {
                (
                    cc,
                    Message::tr(
                        "importer-cow-bad-ccode",
                        "ccode must be a COW state code (a whole number); the row is skipped",
                    ),
                )
            } else {
                (
                    cy,
                    Message::tr(
                        "importer-cow-bad-year",
                        "year must be a year such as 1992; the row is skipped",
                    ),
                )
            };
            problems.at(table.at(field), why);
            continue;
        };
        let mut values = Vec::with_capacity(columns.len());
        for col in &columns {
            let raw = table.bytes(col.field);
            values.push(value(raw).unwrap_or_else(|| {
                problems.at(
                    table.at(col.field),
                    Message::trf(
                        "importer-cow-bad-value",
                        "{ $column }: \"{ $value }\" is not a COW value (1 full, 2 associate, 3 observer, 0 none, -9 missing, -1 not in existence); read as missing",
                        &[
                            ("column", &col.written),
                            ("value", &String::from_utf8_lossy(raw).trim()),
                        ],
                    ),
                );
                MISSING
            }));
        }
        rows.push(Row {
            ccode,
            year,
            line: table.line(),
            values,
        });
    }
    rows.sort_by_key(|r| (r.ccode, r.year, r.line));
    let mut unique: Vec<Row> = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(prev) = unique.last()
            && prev.ccode == row.ccode
            && prev.year == row.year
        {
            problems.at(
                format!("line {}", row.line),
                Message::trf(
                    "importer-cow-repeated-row",
                    "state { $ccode } in { $year } was already given on line { $line }; this row is skipped",
                    &[
                        ("ccode", &row.ccode),
                        ("year", &row.year),
                        ("line", &prev.line),
                    ],
                ),
            );
            continue;
        }
        unique.push(row);
    }

    // COW code and year → ISO code; unmapped codes reported once each.
    let cow = CowTable::bundled();
    let mut unmapped: BTreeMap<u32, (u64, usize, Option<String>)> = BTreeMap::new();
    let mut iso_of_row: Vec<Option<CountryCode>> = Vec::with_capacity(unique.len());
    for row in &unique {
        let entry = cow.entry(row.ccode, row.year);
        let iso = entry.and_then(|e| e.iso);
        if iso.is_none() {
            let slot =
                unmapped
                    .entry(row.ccode)
                    .or_insert((row.line, 0, entry.map(|e| e.name.clone())));
            slot.1 += 1;
        }
        iso_of_row.push(iso);
    }
    for (ccode, (line, count, name)) in &unmapped {
        let why = match name {
            Some(name) => Message::trn(
                "importer-cow-no-iso",
                "COW state { $ccode } ({ $name }) has no ISO code; its { $count } row is skipped",
                "COW state { $ccode } ({ $name }) has no ISO code; its { $count } rows are skipped",
                *count,
                &[("ccode", ccode), ("name", name)],
            ),
            None => Message::trn(
                "importer-cow-unknown-code",
                "COW state code { $ccode } is not in the bundled table (assets/cow_states.csv); its { $count } row is skipped",
                "COW state code { $ccode } is not in the bundled table (assets/cow_states.csv); its { $count } rows are skipped",
                *count,
                &[("ccode", ccode)],
            ),
        };
        problems.at(cell(*line, cc + 1), why);
    }

    let mut folded: Vec<Folded> = Vec::new();
    let mut start = 0;
    while start < unique.len() {
        let ccode = unique.get(start).map_or(0, |r| r.ccode);
        let end = unique
            .iter()
            .skip(start)
            .position(|r| r.ccode != ccode)
            .map_or(unique.len(), |n| start + n);
        for (column, _) in columns.iter().enumerate() {
            let mut run: Option<Run> = None;
            let mut previous_year: Option<i32> = None;
            for (k, row) in unique.iter().enumerate().take(end).skip(start) {
                let v = row.values.get(column).copied().unwrap_or(MISSING);
                let iso = iso_of_row.get(k).copied().flatten();
                let gap = previous_year.is_some_and(|p| row.year - p > COW_FOLD_GAP_YEARS);
                previous_year = Some(row.year);
                if v == MISSING && iso.is_some() && !gap {
                    continue;
                }
                let continues = !gap
                    && run
                        .as_ref()
                        .is_some_and(|r| r.status == v && Some(r.iso) == iso);
                if continues {
                    if let Some(r) = run.as_mut() {
                        r.last = row.year;
                    }
                    continue;
                }
                if let Some(r) = run.take() {
                    folded.push(Folded {
                        column,
                        iso: r.iso,
                        status: r.status,
                        first: r.first,
                        last: r.last,
                        line: r.line,
                    });
                }
                if let (Some(iso), Some(_)) = (iso, status_of(v)) {
                    run = Some(Run {
                        status: v,
                        iso,
                        first: row.year,
                        last: row.year,
                        line: row.line,
                    });
                }
            }
            if let Some(r) = run {
                folded.push(Folded {
                    column,
                    iso: r.iso,
                    status: r.status,
                    first: r.first,
                    last: r.last,
                    line: r.line,
                });
            }
        }
        start = end;
    }

    // Two COW codes may map to one ISO code (Germany 255 and 260): join
    // touching or overlapping intervals of one status; report a clash.
    folded.sort_by_key(|f| (f.column, f.iso, f.first, f.last));
    let mut joined: Vec<Folded> = Vec::with_capacity(folded.len());
    for f in folded {
        if let Some(prev) = joined.last_mut()
            && prev.column == f.column
            && prev.iso == f.iso
            && (f.first <= prev.last || (f.first == prev.last + 1 && prev.status == f.status))
        {
            if prev.status == f.status {
                prev.last = prev.last.max(f.last);
            } else {
                let name = columns.get(f.column).map_or("", |c| c.written.as_str());
                problems.at(
                    cell(f.line, columns.get(f.column).map_or(0, |c| c.field) + 1),
                    Message::trf(
                        "importer-cow-two-statuses",
                        "{ $column }: { $state } has two different statuses in { $year } (from two COW codes of one ISO code); this one is skipped",
                        &[("column", &name), ("state", &f.iso), ("year", &f.first)],
                    ),
                );
            }
            continue;
        }
        joined.push(f);
    }

    let mut used: BTreeSet<CountryCode> = BTreeSet::new();
    for f in joined {
        let (Some(col), Some(status)) = (columns.get(f.column), status_of(f.status)) else {
            continue;
        };
        let period = match (Date::year_only(f.first), Date::year_only(f.last + 1)) {
            (Ok(from), Ok(to)) => Interval::new(from, Some(to)),
            _ => continue,
        };
        let Ok(period) = period else { continue };
        used.insert(f.iso);
        records.memberships.push(Located {
            location: cell(f.line, col.field + 1),
            record: ImportedMembership {
                organization: col.id.clone(),
                membership: Membership {
                    country: f.iso,
                    status,
                    period,
                    source: options.source.clone(),
                    evidence: None,
                    note: None,
                },
            },
        });
    }
    for col in &columns {
        records.organizations.push(Located {
            location: cell(1, col.field + 1),
            record: Organization {
                id: col.id.clone(),
                acronym: col.written.clone(),
                name: col.written.clone(),
                kind: COW_DEFAULT_KIND,
                founded: None,
                color: None,
                memberships: Vec::new(),
                facts: std::collections::BTreeMap::new(),
                source: options.source.clone(),
                evidence: None,
                note: None,
            },
        });
    }
    for code in used {
        records.countries.push(Located {
            location: String::new(),
            record: Country {
                code,
                name: cow.iso_name(code).unwrap_or(code.as_str()).to_owned(),
                capital: None,
                group: "Other".to_owned(),
                source: options.source.clone(),
                evidence: None,
                note: None,
            },
        });
    }
    Ok(records)
}
