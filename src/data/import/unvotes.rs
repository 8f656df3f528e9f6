//! UN General Assembly roll-calls, one row per resolution and member, in
//! the two shapes in use:
//! - the UN Digital Library export: `ms_code` (ISO alpha-3), `ms_vote` (`Y`
//!   yes, `N` no, `A` abstain, `X` or blank non-voting), `resolution`
//!   (`A/RES/62/243`), `date`, and optionally `title`, `ms_name`, `undl_id`;
//! - Voeten's dataset: `rcid` (roll-call id), `ccode` (COW code), `vote` (1
//!   yes, 2 abstain, 3 no, 8 absent, 9 not a member), `date`, and
//!   optionally `unres`, `short`, `descr`.
//!
//! Each resolution becomes a stance of kind `un-vote` (id `unga-62-243`
//! from the symbol), its title, its date (from its first row) and the
//! totals computed from its rows. Non-voting members are `absent`; "not a
//! member" leaves the state without a position.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;

use super::cow_table::CowTable;
use super::table::Table;
use super::{
    Format, ImportOptions, ImportedStance, Located, Problems, Reason, Records, Stop, VoteTotals,
    cell, clean_text, slugify,
};
use crate::i18n::Message;
use crate::model::{
    Country, CountryCode, Date, MAX_ID_LEN, Position, Stance, StanceId, StanceKind,
};

/// A vote as read: a position, or "not a member" (no position, not counted).
enum Vote {
    Cast(Position),
    NotMember,
}

fn dl_vote(bytes: &[u8]) -> Option<Vote> {
    let text = std::str::from_utf8(bytes).ok()?.trim().to_ascii_lowercase();
    Some(Vote::Cast(match text.as_str() {
        "y" | "yes" => Position::Yes,
        "n" | "no" => Position::No,
        "a" | "abstain" | "abstention" => Position::Abstain,
        "x" | "" | "non-voting" => Position::Absent,
        _ => return None,
    }))
}

fn voeten_vote(bytes: &[u8]) -> Option<Vote> {
    let text = std::str::from_utf8(bytes).ok()?.trim();
    let v: i64 = text.strip_suffix(".0").unwrap_or(text).parse().ok()?;
    Some(match v {
        1 => Vote::Cast(Position::Yes),
        2 => Vote::Cast(Position::Abstain),
        3 => Vote::Cast(Position::No),
        8 => Vote::Cast(Position::Absent),
        9 => Vote::NotMember,
        _ => return None,
    })
}

/// A date as the exports write it: `YYYY-MM-DD`, possibly followed by a time.
pub fn vote_date(text: &str) -> Result<Date, Message> {
    let day = match text.get(..10) {
        Some(d) if text.len() > 10 && matches!(text.as_bytes().get(10), Some(b'T' | b' ')) => d,
        _ => text,
    };
    Date::parse(day).map_err(Reason::reason)
}

/// `A/RES/62/243` → `unga-62-243`; `R/62/243` (Voeten) likewise.
pub fn id_from_symbol(symbol: &str) -> String {
    let upper = symbol.trim().to_ascii_uppercase();
    let rest = upper
        .strip_prefix("A/RES/")
        .or_else(|| upper.strip_prefix("R/"))
        .unwrap_or(&upper);
    let slug = slugify(rest);
    if slug.is_empty() {
        String::new()
    } else {
        format!("unga-{slug}")
    }
}

/// One resolution being gathered.
struct Group {
    /// The row's key (DL `undl_id` or `resolution`, Voeten `rcid`).
    key: Vec<u8>,
    /// `None` when its first row was unusable: its other rows are skipped.
    stance: Option<(String, String, Date)>,
    positions: BTreeMap<CountryCode, Position>,
    totals: VoteTotals,
    line: u64,
}

/// The columns of one shape.
struct Columns {
    key: usize,
    country: usize,
    vote: usize,
    date: usize,
    symbol: Option<usize>,
    titles: Vec<usize>,
    name: Option<usize>,
}

/// Import a roll-call file of either shape.
pub(crate) fn import(
    format: Format,
    reader: impl Read,
    options: &ImportOptions<'_>,
    problems: &mut Problems,
) -> Result<Records, Stop> {
    let mut records = Records::default();
    let Some(mut table) = Table::open(reader, problems)? else {
        return Ok(records);
    };
    let voeten = format == Format::Voeten;
    let wanted: &[&str] = if voeten {
        &["rcid", "ccode", "vote", "date"]
    } else {
        &["ms_code", "ms_vote", "resolution", "date"]
    };
    let Some(cols) = table.require(wanted, None, problems) else {
        if voeten && table.column("date").is_none() {
            problems.at(
                "line 1",
                Message::tr(
                    "importer-voeten-no-dates",
                    "Voeten's raw voting file has no dates: join it with the descriptions file (rcid, date, unres, short) first",
                ),
            );
        }
        return Ok(records);
    };
    let [c0, c1, c2, c3] = cols.as_slice() else {
        return Ok(records);
    };
    let cols = if voeten {
        Columns {
            key: *c0,
            country: *c1,
            vote: *c2,
            date: *c3,
            symbol: table.column("unres"),
            titles: ["short", "descr", "unres"]
                .iter()
                .filter_map(|n| table.column(n))
                .collect(),
            name: None,
        }
    } else {
        Columns {
            key: table.column("undl_id").unwrap_or(*c2),
            country: *c0,
            vote: *c1,
            date: *c3,
            symbol: Some(*c2),
            titles: ["title", "resolution"]
                .iter()
                .filter_map(|n| table.column(n))
                .collect(),
            name: table.column("ms_name"),
        }
    };
    let cow = CowTable::bundled();
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut current: Option<usize> = None;
    let mut unmapped: BTreeMap<String, (u64, usize)> = BTreeMap::new();
    let mut names: BTreeMap<CountryCode, String> = BTreeMap::new();

    while table.next(problems)? {
        let key = table.bytes(cols.key);
        let found = current
            .filter(|g| groups.get(*g).is_some_and(|g| g.key == key))
            .or_else(|| index.get(key).copied());
        let g = match found {
            Some(g) => g,
            None => {
                let stance = new_stance(&table, &cols, voeten, problems);
                groups.push(Group {
                    key: key.to_vec(),
                    stance,
                    positions: BTreeMap::new(),
                    totals: VoteTotals::default(),
                    line: table.line(),
                });
                let g = groups.len() - 1;
                index.insert(key.to_vec(), g);
                g
            }
        };
        current = Some(g);
        let Some(group) = groups.get_mut(g) else {
            continue;
        };
        let Some(date) = group.stance.as_ref().map(|s| s.2) else {
            continue;
        };
        let vote = if voeten {
            voeten_vote(table.bytes(cols.vote))
        } else {
            dl_vote(table.bytes(cols.vote))
        };
        let position = match vote {
            Some(Vote::Cast(p)) => p,
            Some(Vote::NotMember) => continue,
            None => {
                let value = String::from_utf8_lossy(table.bytes(cols.vote));
                let args: [(&'static str, &dyn std::fmt::Display); 2] =
                    [("column", &table.name(cols.vote)), ("value", &value.trim())];
                let message = if voeten {
                    Message::trf(
                        "importer-not-a-vote-voeten",
                        "{ $column }: \"{ $value }\" is not a vote (1 yes, 2 abstain, 3 no, 8 absent, 9 not a member); the row is skipped",
                        &args,
                    )
                } else {
                    Message::trf(
                        "importer-not-a-vote-undl",
                        "{ $column }: \"{ $value }\" is not a vote (Y, N, A, X or blank); the row is skipped",
                        &args,
                    )
                };
                problems.at(table.at(cols.vote), message);
                continue;
            }
        };
        match position {
            Position::Yes => group.totals.yes += 1,
            Position::No => group.totals.no += 1,
            Position::Abstain => group.totals.abstain += 1,
            _ => group.totals.absent += 1,
        }
        let raw = String::from_utf8_lossy(table.bytes(cols.country))
            .trim()
            .to_owned();
        let code = if voeten {
            raw.parse::<u32>()
                .ok()
                .and_then(|c| cow.entry(c, date.year()))
                .and_then(|e| e.iso)
                .ok_or(true)
        } else {
            CountryCode::try_from(raw.to_ascii_uppercase().as_str()).map_err(|_| false)
        };
        let code = match code {
            Ok(c) => c,
            Err(from_table) => {
                let slot = unmapped.entry(raw.clone()).or_insert((table.line(), 0));
                slot.1 += 1;
                if !from_table && slot.1 == 1 {
                    problems.at(
                        table.at(cols.country),
                        Message::trf(
                            "importer-vote-not-iso",
                            "{ $column }: \"{ $value }\" is not an ISO alpha-3 code; the vote is counted in the totals but has no position",
                            &[("column", &table.name(cols.country)), ("value", &raw)],
                        ),
                    );
                }
                continue;
            }
        };
        if group.positions.insert(code, position).is_some() {
            problems.at(
                table.at(cols.country),
                Message::trf(
                    "importer-votes-twice",
                    "{ $state } votes twice on this resolution; the later row is used",
                    &[("state", &code)],
                ),
            );
        }
        if let Some(c) = cols.name
            && !names.contains_key(&code)
            && let Ok(Some(name)) = table.text(c).and_then(|t| clean_text(t, false))
        {
            names.insert(code, name);
        }
    }
    if voeten {
        for (raw, (line, count)) in &unmapped {
            let why = match raw
                .parse::<u32>()
                .ok()
                .and_then(|c| cow.entry(c, 2000).map(|e| e.name.clone()))
            {
                Some(name) => Message::trn(
                    "importer-vote-cow-no-iso",
                    "COW state { $ccode } ({ $name }) has no ISO code in the vote's year; its { $count } vote is counted in the totals but given no position",
                    "COW state { $ccode } ({ $name }) has no ISO code in the vote's year; its { $count } votes are counted in the totals but given no position",
                    *count,
                    &[("ccode", raw), ("name", &name)],
                ),
                None => Message::trn(
                    "importer-vote-cow-unknown",
                    "\"{ $ccode }\" is not a COW state code of the bundled table; its { $count } vote is counted in the totals but given no position",
                    "\"{ $ccode }\" is not a COW state code of the bundled table; its { $count } votes are counted in the totals but given no position",
                    *count,
                    &[("ccode", raw)],
                ),
            };
            problems.at(cell(*line, cols.country + 1), why);
        }
    }

    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let mut countries: BTreeSet<CountryCode> = BTreeSet::new();
    for group in groups {
        let Some((base, title, date)) = group.stance else {
            continue;
        };
        if group.totals == VoteTotals::default() && group.positions.is_empty() {
            // No valid vote at all (each bad row is already reported).
            continue;
        }
        let count = used.entry(base.clone()).or_insert(0);
        *count += 1;
        let id_text = if *count == 1 {
            base
        } else {
            let suffix = format!("-{count}");
            let mut cut = base;
            cut.truncate(MAX_ID_LEN - suffix.len());
            format!("{}{suffix}", cut.trim_end_matches('-'))
        };
        let Ok(id) = StanceId::try_from(id_text.as_str()) else {
            problems.at(
                format!("line {}", group.line),
                Message::trf(
                    "importer-no-stance-id",
                    "cannot make a stance id from \"{ $id }\"; the resolution is skipped",
                    &[("id", &id_text)],
                ),
            );
            continue;
        };
        countries.extend(group.positions.keys().copied());
        records.stances.push(Located {
            location: format!("line {}", group.line),
            record: ImportedStance {
                stance: Stance {
                    id,
                    title,
                    date,
                    kind: StanceKind::UnVote,
                    positions: group.positions,
                    totals: None,
                    source: options.source.clone(),
                    evidence: None,
                    note: None,
                },
                totals: group.totals,
            },
        });
    }
    for code in countries {
        let name = names
            .remove(&code)
            .or_else(|| cow.iso_name(code).map(str::to_owned))
            .unwrap_or_else(|| code.to_string());
        records.countries.push(Located {
            location: String::new(),
            record: Country {
                code,
                name,
                capital: None,
                group: "Other".to_owned(),
                source: options.source.clone(),
                evidence: None,
                note: None,
            },
        });
    }
    if records.stances.is_empty() && !problems.any() {
        problems.at("", super::csv::no_rows());
    }
    Ok(records)
}

/// The id, title and date of the resolution on the current row, or a
/// problem and `None`.
fn new_stance<R: Read>(
    table: &Table<R>,
    cols: &Columns,
    voeten: bool,
    problems: &mut Problems,
) -> Option<(String, String, Date)> {
    let date = match table.text(cols.date).and_then(vote_date) {
        Ok(d) => d,
        Err(message) => {
            problems.at(
                table.at(cols.date),
                resolution_skipped(table.name(cols.date), message),
            );
            return None;
        }
    };
    let mut title = None;
    for c in &cols.titles {
        match table.text(*c).and_then(|t| clean_text(t, false)) {
            Ok(Some(t)) => {
                title = Some(t);
                break;
            }
            Ok(None) => {}
            Err(message) => {
                problems.at(table.at(*c), resolution_skipped(table.name(*c), message));
                return None;
            }
        }
    }
    let key = String::from_utf8_lossy(table.bytes(cols.key))
        .trim()
        .to_owned();
    let symbol = cols
        .symbol
        .and_then(|c| table.text(c).ok())
        .map(id_from_symbol)
        .unwrap_or_default();
    let id = if !symbol.is_empty() {
        symbol
    } else if voeten {
        format!("unga-rcid-{}", slugify(&key))
    } else {
        format!("unga-undl-{}", slugify(&key))
    };
    let title = title.unwrap_or_else(|| format!("UN General Assembly roll-call {key}"));
    Some((id, title, date))
}

/// "`column`: `reason`; the resolution is skipped".
fn resolution_skipped(column: &str, reason: Message) -> Message {
    Message::trf(
        "importer-resolution-skipped",
        "{ $column }: { $reason }; the resolution is skipped",
        &[("column", &column)],
    )
    .with("reason", reason)
}
