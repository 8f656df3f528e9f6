//! Membership timelines (C9): for an organization, its members; for a
//! country, its organizations; each row a list of periods with their status,
//! as fractional years for a plot. No egui.

use crate::model::{
    CountryCode, Dataset, Date, MembershipStatus, OrgId, days_in_month, is_leap_year,
};

/// One period on a timeline row.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Start, as a fractional year (1 July 1994 → about 1994.5).
    pub from: f64,
    /// End (exclusive), or `None` if still true.
    pub to: Option<f64>,
    /// The status during the period.
    pub status: MembershipStatus,
    /// The period as the data gives it ("1994-04-20 – 1999-04-02").
    pub text: String,
}

/// One row: a country in an organization, or an organization of a country.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The member state.
    pub country: CountryCode,
    /// The organization.
    pub organization: OrgId,
    /// The row's label (the country's name, or the organization's acronym).
    pub label: String,
    /// Its periods, in time order.
    pub spans: Vec<Span>,
}

/// A date as a fractional year (the first day the date covers).
pub fn fractional_year(date: &Date) -> f64 {
    let (y, m, d) = date.first_day();
    let days_before: u32 = (1..m).map(|month| u32::from(days_in_month(y, month))).sum();
    let days_before = f64::from(days_before) + f64::from(d.saturating_sub(1));
    let days = if is_leap_year(y) { 366.0 } else { 365.0 };
    f64::from(y) + days_before / days
}

fn span(m: &crate::model::Membership) -> Span {
    let text = match &m.period.to {
        Some(to) => format!("{} – {}", m.period.from, to),
        None => format!("since {}", m.period.from),
    };
    Span {
        from: fractional_year(&m.period.from),
        to: m.period.to.as_ref().map(fractional_year),
        status: m.status,
        text,
    }
}

/// Rows by the start of their first period, then by label.
fn sort_rows(rows: &mut [Row]) {
    let start = |r: &Row| r.spans.first().map_or(f64::INFINITY, |s| s.from);
    rows.sort_by(|x, y| {
        start(x)
            .total_cmp(&start(y))
            .then_with(|| x.label.cmp(&y.label))
    });
}

/// The members of `org` over time, one row per country, sorted by the start
/// of its first period, then by name.
pub fn organization_timeline(ds: &Dataset, org: &OrgId) -> Vec<Row> {
    let Some(o) = ds.organizations.get(org) else {
        return Vec::new();
    };
    let mut rows: Vec<Row> = Vec::new();
    for m in &o.memberships {
        match rows.iter_mut().find(|r| r.country == m.country) {
            Some(row) => row.spans.push(span(m)),
            None => rows.push(Row {
                country: m.country,
                organization: org.clone(),
                label: ds.country_name(m.country),
                spans: vec![span(m)],
            }),
        }
    }
    for row in &mut rows {
        row.spans.sort_by(|x, y| x.from.total_cmp(&y.from));
    }
    sort_rows(&mut rows);
    rows
}

/// The organizations of `country` over time, one row per organization,
/// sorted like [`organization_timeline`].
pub fn country_timeline(ds: &Dataset, country: CountryCode) -> Vec<Row> {
    let mut rows: Vec<Row> = ds
        .organizations
        .values()
        .filter_map(|o| {
            let mut spans: Vec<Span> = o
                .memberships
                .iter()
                .filter(|m| m.country == country)
                .map(span)
                .collect();
            if spans.is_empty() {
                return None;
            }
            spans.sort_by(|x, y| x.from.total_cmp(&y.from));
            Some(Row {
                country,
                organization: o.id.clone(),
                label: o.display_acronym().into_owned(),
                spans,
            })
        })
        .collect();
    sort_rows(&mut rows);
    rows
}
