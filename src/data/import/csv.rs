//! CSV relations (`a,b,dimension,from,to,score,evidence,source`) and CSV
//! memberships (`organization,country,status,from,to,source`), as a
//! spreadsheet exports them. Countries are ISO alpha-3 codes or names of
//! countries in the dataset (any case); organizations are ids or acronyms of
//! organizations in the dataset (any case).

use std::collections::BTreeMap;
use std::io::Read;

use super::table::Table;
use super::{
    ImportOptions, ImportedMembership, ImportedPeriod, Located, Problems, Reason, Records, Stop,
    clean_text,
};
use crate::i18n::Message;
use crate::model::{
    CountryCode, Dataset, Date, Dimension, Interval, Membership, MembershipStatus, OrgId, Period,
    Score, SourceId,
};

/// The columns of a relations file, in the documented order.
pub(crate) const RELATION_COLUMNS: [&str; 8] = [
    "a",
    "b",
    "dimension",
    "from",
    "to",
    "score",
    "evidence",
    "source",
];

/// The columns of a memberships file, in the documented order.
pub(crate) const MEMBERSHIP_COLUMNS: [&str; 6] =
    ["organization", "country", "status", "from", "to", "source"];

/// Names and acronyms of the dataset, for lookups.
struct Names {
    countries: BTreeMap<String, CountryCode>,
    organizations: BTreeMap<String, OrgId>,
}

impl Names {
    fn of(context: &Dataset) -> Self {
        let countries = context
            .countries
            .values()
            .map(|c| (c.name.to_lowercase(), c.code))
            .collect();
        let mut organizations: BTreeMap<String, OrgId> = context
            .organizations
            .values()
            .map(|o| (o.acronym.to_lowercase(), o.id.clone()))
            .collect();
        for id in context.organizations.keys() {
            organizations.insert(id.as_str().to_owned(), id.clone());
        }
        Self {
            countries,
            organizations,
        }
    }

    fn country(&self, text: &str) -> Result<CountryCode, Message> {
        if text.is_empty() {
            return Err(Message::tr(
                "importer-country-needed",
                "a country is needed (an ISO alpha-3 code such as KAZ, or a name)",
            ));
        }
        if text.len() == 3
            && let Ok(code) = CountryCode::try_from(text.to_ascii_uppercase().as_str())
        {
            return Ok(code);
        }
        self.countries.get(&text.to_lowercase()).copied().ok_or_else(|| {
            Message::trf(
                "importer-unknown-country",
                "\"{ $value }\" is neither an ISO alpha-3 code nor the name of a country in the dataset",
                &[("value", &text)],
            )
        })
    }

    fn organization(&self, text: &str) -> Result<OrgId, Message> {
        if let Some(id) = self.organizations.get(&text.to_lowercase()) {
            return Ok(id.clone());
        }
        OrgId::try_from(text.to_lowercase().as_str()).map_err(|_| {
            Message::trf(
                "importer-unknown-organization",
                "\"{ $value }\" is neither the id nor the acronym of an organization in the dataset",
                &[("value", &text)],
            )
        })
    }
}

/// Reads the fields of one row, reporting each bad one.
struct RowReader<'t, 'p, R: Read> {
    table: &'t Table<R>,
    problems: &'p mut Problems,
    bad: bool,
}

impl<R: Read> RowReader<'_, '_, R> {
    fn get<T>(&mut self, i: usize, parse: impl FnOnce(&str) -> Result<T, Message>) -> Option<T> {
        let result = self.table.text(i).and_then(parse);
        match result {
            Ok(v) => Some(v),
            Err(message) => {
                self.report(i, message);
                None
            }
        }
    }

    fn report(&mut self, i: usize, message: Message) {
        self.problems
            .at(self.table.at(i), in_column(self.table.name(i), message));
        self.bad = true;
    }
}

/// "`column`: `reason`": a cell's problem, named by its column as the
/// header writes it.
pub(crate) fn in_column(column: &str, reason: Message) -> Message {
    Message::trf(
        "importer-in-column",
        "{ $column }: { $reason }",
        &[("column", &column)],
    )
    .with("reason", reason)
}

fn date(text: &str) -> Result<Date, Message> {
    Date::parse(text).map_err(Reason::reason)
}

fn optional_date(text: &str) -> Result<Option<Date>, Message> {
    if text.is_empty() {
        Ok(None)
    } else {
        date(text).map(Some)
    }
}

fn source(text: &str, default: Option<&SourceId>) -> Result<Option<SourceId>, Message> {
    if text.is_empty() {
        Ok(default.cloned())
    } else {
        SourceId::try_from(text).map(Some).map_err(Reason::reason)
    }
}

/// A score; a decimal comma is accepted (`0,7`), as some spreadsheets write it.
pub fn score(text: &str) -> Result<Score, Message> {
    let normalised = if text.contains('.') {
        text.to_owned()
    } else {
        text.replace(',', ".")
    };
    let value: f64 = normalised.parse().map_err(|_| {
        Message::trf(
            "importer-not-a-score",
            "\"{ $value }\" is not a number (a score between -1 and 1)",
            &[("value", &text)],
        )
    })?;
    Score::new(value).map_err(Reason::reason)
}

/// Import a relations file.
pub(crate) fn relations(
    reader: impl Read,
    context: &Dataset,
    options: &ImportOptions<'_>,
    problems: &mut Problems,
) -> Result<Records, Stop> {
    let mut records = Records::default();
    let Some(mut table) = Table::open(reader, problems)? else {
        return Ok(records);
    };
    let Some(cols) = table.require(&RELATION_COLUMNS, Some(&["note"]), problems) else {
        return Ok(records);
    };
    let [ca, cb, cdim, cfrom, cto, cscore, cevidence, csource] = cols.as_slice() else {
        return Ok(records);
    };
    let cnote = table.column("note");
    let names = Names::of(context);
    while table.next(problems)? {
        let mut row = RowReader {
            table: &table,
            problems,
            bad: false,
        };
        let a = row.get(*ca, |t| names.country(t));
        let b = row.get(*cb, |t| names.country(t));
        let dimension = row.get(*cdim, |t| {
            Dimension::parse(&t.to_lowercase()).ok_or_else(|| {
                Message::trf(
                    "importer-not-a-dimension",
                    "\"{ $value }\" is not a dimension (expected one of { $expected })",
                    &[("value", &t), ("expected", &Dimension::expected())],
                )
            })
        });
        let from = row.get(*cfrom, date);
        let to = row.get(*cto, optional_date);
        let score = row.get(*cscore, score);
        let evidence = row.get(*cevidence, |t| clean_text(t, true));
        let source = row.get(*csource, |t| source(t, options.source.as_ref()));
        let note = match cnote {
            Some(c) => row.get(c, |t| clean_text(t, true)),
            None => Some(None),
        };
        let period = match (from, to) {
            (Some(from), Some(to)) => match Interval::new(from, to) {
                Ok(p) => Some(p),
                Err(e) => {
                    row.report(*cto, e.reason());
                    None
                }
            },
            _ => None,
        };
        if let (Some(a), Some(b)) = (a, b)
            && a == b
        {
            row.report(
                *cb,
                Message::trf(
                    "importer-relation-with-itself",
                    "a relation of { $state } with itself; \"a\" and \"b\" must be different states",
                    &[("state", &a)],
                ),
            );
        }
        if row.bad {
            continue;
        }
        let (Some(a), Some(b), Some(dimension), Some(period), Some(score)) =
            (a, b, dimension, period, score)
        else {
            continue;
        };
        records.periods.push(Located {
            location: format!("line {}", table.line()),
            record: ImportedPeriod {
                a,
                b,
                dimension,
                period: Period {
                    period,
                    score,
                    evidence: evidence.flatten(),
                    source: source.flatten(),
                    note: note.flatten(),
                },
            },
        });
    }
    if records.periods.is_empty() && !problems.any() {
        problems.at("", no_rows());
    }
    Ok(records)
}

/// Import a memberships file.
pub(crate) fn memberships(
    reader: impl Read,
    context: &Dataset,
    options: &ImportOptions<'_>,
    problems: &mut Problems,
) -> Result<Records, Stop> {
    let mut records = Records::default();
    let Some(mut table) = Table::open(reader, problems)? else {
        return Ok(records);
    };
    let Some(cols) = table.require(&MEMBERSHIP_COLUMNS, Some(&["evidence", "note"]), problems)
    else {
        return Ok(records);
    };
    let [corg, ccountry, cstatus, cfrom, cto, csource] = cols.as_slice() else {
        return Ok(records);
    };
    let cevidence = table.column("evidence");
    let cnote = table.column("note");
    let names = Names::of(context);
    while table.next(problems)? {
        let mut row = RowReader {
            table: &table,
            problems,
            bad: false,
        };
        let organization = row.get(*corg, |t| names.organization(t));
        let country = row.get(*ccountry, |t| names.country(t));
        let status = row.get(*cstatus, |t| {
            MembershipStatus::parse(&t.to_lowercase()).ok_or_else(|| {
                Message::trf(
                    "importer-not-a-status",
                    "\"{ $value }\" is not a membership status (expected one of { $expected })",
                    &[("value", &t), ("expected", &MembershipStatus::expected())],
                )
            })
        });
        let from = row.get(*cfrom, date);
        let to = row.get(*cto, optional_date);
        let source = row.get(*csource, |t| source(t, options.source.as_ref()));
        let mut text = |c: Option<usize>| match c {
            Some(c) => row.get(c, |t| clean_text(t, true)),
            None => Some(None),
        };
        let evidence = text(cevidence);
        let note = text(cnote);
        let period = match (from, to) {
            (Some(from), Some(to)) => match Interval::new(from, to) {
                Ok(p) => Some(p),
                Err(e) => {
                    row.report(*cto, e.reason());
                    None
                }
            },
            _ => None,
        };
        if row.bad {
            continue;
        }
        let (Some(organization), Some(country), Some(status), Some(period)) =
            (organization, country, status, period)
        else {
            continue;
        };
        records.memberships.push(Located {
            location: format!("line {}", table.line()),
            record: ImportedMembership {
                organization,
                membership: Membership {
                    country,
                    status,
                    period,
                    source: source.flatten(),
                    evidence: evidence.flatten(),
                    note: note.flatten(),
                },
            },
        });
    }
    if records.memberships.is_empty() && !problems.any() {
        problems.at("", no_rows());
    }
    Ok(records)
}

/// "the file has a header but no rows".
pub(crate) fn no_rows() -> Message {
    Message::tr("importer-no-rows", "the file has a header but no rows")
}
