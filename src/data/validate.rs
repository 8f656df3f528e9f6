//! `heartland validate [DIR]`: load a data folder (or the bundled data) and
//! print every problem, one per line, then a summary.

use std::io::Write;
use std::path::Path;

use super::{Loaded, load_bundled, load_dir};

/// Validate `dir` (or the bundled data when `None`), writing every problem
/// on its own line and then a summary to `out`. Returns the exit code:
/// 0 when clean, 1 when there are problems. (Usage errors, code 2, are the
/// caller's.)
pub fn run(dir: Option<&Path>, out: &mut dyn Write) -> u8 {
    let (shown, loaded) = match dir {
        Some(d) => (d.display().to_string(), load_dir(d)),
        None => ("assets/data (bundled)".to_owned(), load_bundled()),
    };
    let mut lines: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    let code = if loaded.problems.is_empty() {
        lines.push(format!("{shown}: OK — {}", summary(&loaded)));
        0
    } else {
        let n = loaded.problems.len();
        let noun = if n == 1 { "problem" } else { "problems" };
        lines.push(format!(
            "{n} {noun} in {shown} (loaded: {})",
            summary(&loaded)
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

/// "17 countries, 40 places, …" for the summary line.
fn summary(loaded: &Loaded) -> String {
    let ds = &loaded.dataset;
    let memberships: usize = ds.organizations.values().map(|o| o.memberships.len()).sum();
    let periods: usize = ds.relations.iter().map(|r| r.series.len()).sum();
    let as_of = ds
        .as_of
        .map_or_else(|| "no as_of date".to_owned(), |d| format!("as of {d}"));
    format!(
        "{} countries, {} places, {} organizations ({} memberships), {} relations ({} periods), {} corridors, {} stances, {} sources, {as_of}",
        ds.countries.len(),
        ds.places.len(),
        ds.organizations.len(),
        memberships,
        ds.relations.len(),
        periods,
        ds.corridors.len(),
        ds.stances.len(),
        ds.sources.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_folder_is_reported_with_exit_code_1() {
        let mut out = Vec::new();
        let code = run(Some(Path::new("/nonexistent/heartland-data")), &mut out);
        let text = String::from_utf8_lossy(&out);
        assert_eq!(code, 1, "problems give exit code 1: {text}");
        assert!(
            text.starts_with("/nonexistent/heartland-data: cannot open the data folder"),
            "first line names the folder: {text}"
        );
        assert!(text.contains("problem"), "summary line: {text}");
    }
}
