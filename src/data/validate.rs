//! `heartland validate [DIR]`: load a data folder (or the bundled data) and
//! print every problem, one per line, then a summary.

use std::io::Write;
use std::path::Path;

use super::{Loaded, load_bundled, load_dir};
use crate::i18n::{tr, trf, trn};

/// Validate `dir` (or the bundled data when `None`), writing every problem
/// on its own line and then a summary to `out`. Returns the exit code:
/// 0 when clean, 1 when there are problems. (Usage errors, code 2, are the
/// caller's.)
pub fn run(dir: Option<&Path>, out: &mut dyn Write) -> u8 {
    let (shown, loaded) = match dir {
        Some(d) => (d.display().to_string(), load_dir(d)),
        None => (
            tr("problem-validate-bundled", "assets/data (bundled)").into_owned(),
            load_bundled(),
        ),
    };
    // Each problem in the language `--lang` chose (English without it).
    let mut lines: Vec<String> = loaded.problems.iter().map(super::Problem::shown).collect();
    // Warnings do not change the exit code: the data is valid, only hard
    // to read on the map.
    lines.extend(
        organization_color_warnings(&loaded.dataset)
            .into_iter()
            .map(|w| {
                trf(
                    "problem-validate-warning",
                    "warning: { $text }",
                    &[("text", &w)],
                )
            }),
    );
    let code = if loaded.problems.is_empty() {
        lines.push(trf(
            "problem-validate-ok",
            "{ $folder }: OK — { $summary }",
            &[("folder", &shown), ("summary", &summary(&loaded))],
        ));
        0
    } else {
        lines.push(trn(
            "problem-validate-count",
            "{ $count } problem in { $folder } (loaded: { $summary })",
            "{ $count } problems in { $folder } (loaded: { $summary })",
            loaded.problems.len(),
            &[("folder", &shown), ("summary", &summary(&loaded))],
        ));
        1
    };
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            // The output is gone (closed pipe); the exit code still tells.
            break;
        }
    }
    code
}

/// Pairs of organizations whose own colours look almost the same under
/// normal vision (CIEDE2000 below
/// [`crate::colorblind::ORG_COLOR_WARN_DELTA_E`]): toggled together, a
/// reader cannot tell their members apart. One line per pair, by id order.
pub fn organization_color_warnings(dataset: &crate::model::Dataset) -> Vec<String> {
    use crate::colorblind::{ORG_COLOR_WARN_DELTA_E, Vision, delta_e, hex};
    let colored: Vec<_> = dataset
        .organizations
        .iter()
        .filter_map(|(id, org)| org.color.map(|c| (id, c)))
        .collect();
    let mut out = Vec::new();
    for (i, (a, ca)) in colored.iter().enumerate() {
        for (b, cb) in &colored[i + 1..] {
            let d = delta_e(*ca, *cb, Vision::Normal);
            if d < ORG_COLOR_WARN_DELTA_E {
                out.push(trf(
                    "problem-validate-colours-alike",
                    "organizations.json: \"{ $a }\" ({ $a_colour }) and \"{ $b }\" ({ $b_colour }) have colours that are hard to tell apart (CIEDE2000 difference { $difference }, below { $limit }); give one of them another \"color\"",
                    &[
                        ("a", a),
                        ("a_colour", &hex(*ca)),
                        ("b", b),
                        ("b_colour", &hex(*cb)),
                        ("difference", &crate::i18n::number(d, 1)),
                        ("limit", &crate::i18n::number(ORG_COLOR_WARN_DELTA_E, 0)),
                    ],
                ));
            }
        }
    }
    out
}

/// "17 countries, 40 places, …" for the summary line.
fn summary(loaded: &Loaded) -> String {
    let ds = &loaded.dataset;
    let memberships: usize = ds.organizations.values().map(|o| o.memberships.len()).sum();
    let periods: usize = ds.relations.iter().map(|r| r.series.len()).sum();
    let as_of = ds.as_of.map_or_else(
        || tr("problem-validate-no-as-of", "no as_of date").into_owned(),
        |d| trf("problem-validate-as-of", "as of { $date }", &[("date", &d)]),
    );
    trf(
        "problem-validate-summary",
        "{ $countries } countries, { $places } places, { $organizations } organizations ({ $memberships } memberships), { $relations } relations ({ $periods } periods), { $corridors } corridors, { $stances } stances, { $sources } sources, { $as_of }",
        &[
            ("countries", &ds.countries.len()),
            ("places", &ds.places.len()),
            ("organizations", &ds.organizations.len()),
            ("memberships", &memberships),
            ("relations", &ds.relations.len()),
            ("periods", &periods),
            ("corridors", &ds.corridors.len()),
            ("stances", &ds.stances.len()),
            ("sources", &ds.sources.len()),
            ("as_of", &as_of),
        ],
    )
}
