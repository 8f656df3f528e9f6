//! The rules of the house, checked on the source: the diagram in
//! `src/lib.rs` lists every top-level module once, top to bottom, with the
//! modules it imports (`crate::X` and `super::X` in its files); no module
//! imports from one listed above it; the modules below the window never
//! mention egui; the module list of `src/lib.rs` names each module once; and
//! no test lives under `src/` (they are all in `tests/it`).
//!
//! A module is `src/X.rs` with the files under `src/X/`, or `src/X/mod.rs`
//! with the files under `src/X/` (so `app` is one module whatever its
//! layout). Comment lines are not read (doc links are not imports), nor
//! would a `#[cfg(test)] mod …` be, though there is none now. When the
//! imports change, the failure prints the diagram as it is now, to paste
//! into `src/lib.rs` once the direction is right.

#![allow(
    clippy::expect_used,
    reason = "test helpers: an unreadable source file is a failed test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// The modules whose code never names egui or its parts (the data-to-pixels
/// way below the window: STYLE.md's and DESIGN.md's rule).
const EGUI_FREE: [&str; 12] = [
    "figure",
    "i18n",
    "model",
    "data",
    "geometry",
    "analysis",
    "shown",
    "edit",
    "tour",
    "export",
    "scene",
    "colorblind",
];

/// The crates of the window toolkit.
const EGUI_CRATES: [&str; 6] = ["egui", "eframe", "egui_plot", "epaint", "emath", "ecolor"];

/// The top-level modules: `src/X.rs` and `src/X/` (but not `lib.rs`, `main.rs`).
fn top_modules() -> BTreeSet<String> {
    std::fs::read_dir(SRC)
        .expect("src/ is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            if path.is_dir() {
                Some(name)
            } else {
                let stem = name.strip_suffix(".rs")?;
                (stem != "lib" && stem != "main").then(|| stem.to_owned())
            }
        })
        .collect()
}

/// Every `.rs` file under `dir`, in order.
fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a source folder is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// The files of one top-level module, each with its module path below the
/// crate (`src/app/files.rs` → `["app", "files"]`, `src/app/mod.rs` →
/// `["app"]`).
fn module_files(module: &str) -> Vec<(PathBuf, Vec<String>)> {
    let mut files = Vec::new();
    let single = Path::new(SRC).join(format!("{module}.rs"));
    if single.is_file() {
        files.push(single);
    }
    let dir = Path::new(SRC).join(module);
    if dir.is_dir() {
        rust_files(&dir, &mut files);
    }
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(SRC).expect("under src/");
            let mut segments: Vec<String> = relative
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if segments.last().is_some_and(|s| s == "mod") {
                segments.pop();
            }
            (path, segments)
        })
        .collect()
}

/// The code of a file as the checks read it (see [`strip`]).
fn code_of(path: &Path) -> String {
    strip(&std::fs::read_to_string(path).expect("a source file is readable"))
}

/// Code without comment lines and without its unit tests (a
/// `#[cfg(test)]` before a `mod … {`, up to the brace that closes it);
/// what is left out becomes empty lines, so line numbers stay the file's.
fn strip(text: &str) -> String {
    let mut code = String::new();
    let mut at = 0;
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        let line = &text[at..end];
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") && text[end..].trim_start().starts_with("mod ") {
            let close = block_end(text, end);
            code.extend(std::iter::repeat_n(
                '\n',
                text[at..close].matches('\n').count(),
            ));
            at = close;
        } else {
            if trimmed.starts_with("//") {
                code.push('\n');
            } else {
                code.push_str(line);
            }
            at = end;
        }
    }
    code
}

/// The byte after the brace that closes the first block opened at or after
/// `from`, reading Rust's comments, strings, raw strings and character
/// literals so that braces inside them do not count.
fn block_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let is_ident = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
    let after = |i: usize, needle: &str| text[i..].find(needle).map_or(text.len(), |j| i + j);
    let mut depth = 0_usize;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = after(i, "\n"),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = after(i + 2, "*/") + 1,
            b'r' if !(i > 0
                && is_ident(i - 1)
                && !(bytes[i - 1] == b'b' && (i < 2 || !is_ident(i - 2))))
                && matches!(bytes.get(i + 1), Some(b'#' | b'"')) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(i + 1 + hashes) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    i = after(i + 2 + hashes, &close) + close.len() - 1;
                }
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' => {
                // A character literal is skipped whole; a lifetime is not one.
                if bytes.get(i + 1) == Some(&b'\\') {
                    i = after(i + 3, "'");
                } else if let Some(c) = text[i + 1..].chars().next()
                    && bytes.get(i + 1 + c.len_utf8()) == Some(&b'\'')
                {
                    i += 1 + c.len_utf8();
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// The first segment of each path at the start of `text` (`model::X` →
/// `model`; `{model::{X, Y}, data}` → `model`, `data`).
fn first_segments(text: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = text.strip_prefix('{') else {
        return vec![ident(text)];
    };
    // The items of the group: split at its own commas, not at nested ones.
    let mut items = vec![String::new()];
    let mut depth = 0_usize;
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ => {}
        }
        if let Some(item) = items.last_mut() {
            item.push(c);
        }
    }
    items
        .iter()
        .map(|item| ident(item.trim_start_matches(',')))
        .collect()
}

/// The crate-level names a file's code reaches: after `crate::`, and after
/// as many `super::` as lead from the file's module back to the crate root.
fn crate_names(code: &str, module_path: &[String]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        names.extend(first_segments(&code[at + "crate::".len()..]));
    }
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        let before = rest[..at].chars().next_back();
        let mut after = &rest[at..];
        let mut ups = 0;
        while let Some(next) = after.strip_prefix("super::") {
            ups += 1;
            after = next;
        }
        let word_start = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
        if word_start && ups == module_path.len() {
            names.extend(first_segments(after));
        }
        rest = after;
    }
    names
}

/// The derived graph: each top-level module → the other top-level modules
/// its code names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let top = top_modules();
    top.iter()
        .map(|module| {
            let mut to = BTreeSet::new();
            for (path, module_path) in module_files(module) {
                for name in crate_names(&code_of(&path), &module_path) {
                    if top.contains(&name) && name != *module {
                        to.insert(name);
                    }
                }
            }
            (module.clone(), to)
        })
        .collect()
}

/// The crate documentation of `src/lib.rs` (its `//!` lines, without the marker).
fn lib_doc() -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(SRC).join("lib.rs")).expect("src/lib.rs is readable");
    text.lines()
        .filter_map(|line| line.strip_prefix("//!"))
        .map(|line| line.strip_prefix(' ').unwrap_or(line).to_owned())
        .collect()
}

/// The diagram of `src/lib.rs`: its `text` block, one line per module from
/// the top, `module → imported, …` (or the module alone when it imports none).
fn diagram() -> Vec<(String, BTreeSet<String>)> {
    let doc = lib_doc();
    let start = doc
        .iter()
        .position(|line| line == "```text")
        .expect("src/lib.rs has a ```text diagram");
    doc[start + 1..]
        .iter()
        .take_while(|line| *line != "```")
        .map(|line| {
            let (module, to) = line.split_once('→').unwrap_or((line, ""));
            let to = to
                .split(',')
                .map(|name| name.trim().to_owned())
                .filter(|name| !name.is_empty())
                .collect();
            (module.trim().to_owned(), to)
        })
        .collect()
}

/// The derived graph in the diagram's form and order (for pasting).
fn as_diagram(order: &[String], graph: &BTreeMap<String, BTreeSet<String>>) -> String {
    let width = order.iter().map(|m| m.chars().count()).max().unwrap_or(0);
    order
        .iter()
        .map(|module| {
            let to: Vec<&str> = graph
                .get(module)
                .map(|to| to.iter().map(String::as_str).collect())
                .unwrap_or_default();
            if to.is_empty() {
                module.clone()
            } else {
                format!("{module:width$} → {}", to.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_module_imports_from_one_above_it_and_the_diagram_shows_the_imports() {
    let graph = imports();
    let diagram = diagram();
    let order: Vec<String> = diagram.iter().map(|(m, _)| m.clone()).collect();

    let listed: BTreeSet<&String> = order.iter().collect();
    assert_eq!(listed.len(), order.len(), "each module once: {order:?}");
    let top: BTreeSet<&String> = graph.keys().collect();
    assert_eq!(
        listed, top,
        "the diagram of src/lib.rs lists the top-level modules of src/"
    );
    assert_eq!(order.first().map(String::as_str), Some("app"), "app on top");

    let rank: BTreeMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, m)| (m.as_str(), i))
        .collect();
    let upward: Vec<String> = graph
        .iter()
        .flat_map(|(from, to)| to.iter().map(move |to| (from, to)))
        .filter(|(from, to)| rank[to.as_str()] < rank[from.as_str()])
        .map(|(from, to)| format!("{from} → {to}"))
        .collect();
    assert!(
        upward.is_empty(),
        "imports from a module above (in the order of src/lib.rs's diagram): {upward:#?}"
    );

    let drawn: BTreeMap<String, BTreeSet<String>> = diagram.into_iter().collect();
    let arrows = |g: &BTreeMap<String, BTreeSet<String>>| -> BTreeSet<String> {
        g.iter()
            .flat_map(|(from, to)| to.iter().map(move |to| format!("{from} → {to}")))
            .collect()
    };
    let (exist, shown) = (arrows(&graph), arrows(&drawn));
    let missing: Vec<&String> = exist.difference(&shown).collect();
    let stale: Vec<&String> = shown.difference(&exist).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the diagram of src/lib.rs does not show the imports that exist \
         (not drawn: {missing:?}; drawn, not there: {stale:?}); today they are:\n{}",
        as_diagram(&order, &graph)
    );
}

#[test]
fn the_modules_below_the_window_never_mention_egui() {
    let top = top_modules();
    let mut found = Vec::new();
    for module in EGUI_FREE {
        assert!(top.contains(module), "{module} is a module of src/");
        for (path, _) in module_files(module) {
            let code = code_of(&path);
            for (number, line) in code.lines().enumerate() {
                let mut words = line.split(|c: char| !(c.is_alphanumeric() || c == '_'));
                if let Some(name) = words.find(|w| EGUI_CRATES.contains(w)) {
                    let file = path.strip_prefix(SRC).unwrap_or(&path).display();
                    found.push(format!("src/{file}:{}: {name}", number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "egui below the window: {found:#?}");
}

#[test]
fn the_crate_docs_list_each_module_once() {
    // The bullets `- [`a`], [`b`]: …` of src/lib.rs: the modules each names
    // before its colon.
    let mut named = Vec::new();
    for line in lib_doc() {
        let Some(bullet) = line.strip_prefix("- ") else {
            continue;
        };
        let head = bullet.split(':').next().unwrap_or_default();
        named.extend(
            head.split(',')
                .filter_map(|link| link.trim().strip_prefix("[`")?.strip_suffix("`]"))
                .map(str::to_owned),
        );
    }
    let mut sorted = named.clone();
    sorted.sort();
    let top: Vec<String> = top_modules().into_iter().collect();
    assert_eq!(
        sorted, top,
        "each top-level module named once in src/lib.rs's list: {named:?}"
    );
}

#[test]
fn the_checks_read_imports_as_rust_resolves_them() {
    // `super::` from a file of a module's folder stays inside the module;
    // from the module's own file it reaches the crate root.
    let app = ["app".to_owned()];
    let room = ["app".to_owned(), "files".to_owned()];
    let code = "use super::{model::{Dataset, Date}, data};\nuse crate::{shown, tour::Player};\n";
    let expected: BTreeSet<String> = ["data", "model", "shown", "tour"].map(str::to_owned).into();
    assert_eq!(crate_names(code, &app), expected, "from src/app.rs");
    let expected: BTreeSet<String> = ["shown", "tour"].map(str::to_owned).into();
    assert_eq!(crate_names(code, &room), expected, "from src/app/files.rs");
    assert_eq!(
        crate_names("use super::super::map;", &room),
        ["map".to_owned()].into(),
        "two levels up from src/app/files.rs"
    );
    assert!(
        crate_names("let x = mycrate::model::f();", &app).is_empty(),
        "only the word crate"
    );
    let text = "//! [`crate::map`]\nuse crate::model;\n/// [`crate::panels`]\n\
                #[cfg(test)]\nmod tests {\n    use crate::app;\n    \
                fn f() -> char {\n        let _ = \"}\";\n        '{'\n    }\n}\n\
                use crate::state;\n";
    assert_eq!(
        crate_names(&strip(text), &room),
        ["model".to_owned(), "state".to_owned()].into(),
        "neither comment lines nor unit tests are read; what follows the tests is"
    );
    // Every unit-test module of src/ is skipped whole, up to its end.
    for module in top_modules() {
        for (path, _) in module_files(&module) {
            assert!(
                !code_of(&path).contains("#[test]"),
                "{}: a test module is read as code",
                path.display()
            );
        }
    }
}

/// `cargo tree` lines (`name version [features]`) of the workspace's
/// default members for the given kinds of edge, without duplicates.
fn tree_lines(edges: &str) -> BTreeSet<String> {
    cargo_tree(&["-f", "{p} [{f}]", "-e", edges])
}

/// The lines `cargo tree --prefix none ARGS` prints, without duplicates.
fn cargo_tree(args: &[&str]) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args(["tree", "--offline", "--prefix", "none"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim_end_matches(" (*)").to_owned())
        .collect()
}

/// One build for running and testing: every dependency of the app is built
/// with the same features whether the tests' dev-dependencies are in the
/// graph or not, so `cargo test --release` after `cargo run --release` (and
/// the packaging build after the tests) compiles no dependency twice. When
/// this fails, name the missing features in `Cargo.toml`'s dependencies.
#[test]
fn running_and_testing_build_the_dependencies_with_the_same_features() {
    // `cargo run` and `cargo test` resolve the workspace's default members
    // (this package and the benchmarks in benches/) together; compared on
    // the packages the app itself is built from, since criterion's own
    // dependencies are built by neither.
    let app = cargo_tree(&["-p", "heartland", "-f", "{p}", "-e", "normal,build"]);
    assert!(app.len() > 100, "the app's graph: {} packages", app.len());
    let built_for_app = |lines: BTreeSet<String>| -> BTreeSet<String> {
        lines
            .into_iter()
            .filter(|line| app.contains(line.split(" [").next().unwrap_or(line)))
            .collect()
    };
    let normal = built_for_app(tree_lines("normal,build"));
    let with_dev = built_for_app(tree_lines("normal,build,dev"));
    let differ: Vec<&String> = normal.difference(&with_dev).collect();
    assert!(
        differ.is_empty(),
        "the test build turns on other features of: {differ:#?}"
    );
}

/// The window's hub keeps the frame, the dispatch and the questions to the
/// user, nothing more (issue 19): new work goes into a room of its own
/// under `src/app/`.
#[test]
fn the_windows_hub_stays_small() {
    let path = Path::new(SRC).join("app/mod.rs");
    let lines = std::fs::read_to_string(&path)
        .expect("src/app/mod.rs reads")
        .lines()
        .count();
    assert!(
        lines <= 600,
        "src/app/mod.rs has {lines} lines (at most 600): give new work its own room under src/app/"
    );
}

/// Whether a line of code is a test or test-only code: `#[test]`, or a
/// `cfg` naming `test` (`#[cfg(test)]`, `#[cfg(any(test, …))]`, `cfg!(test)`).
fn is_test_line(line: &str) -> bool {
    let code = line.trim_start();
    if code.starts_with("//") {
        return false;
    }
    code.contains("#[test]")
        || (code.contains("cfg")
            && code
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == "test"))
}

/// One build for running and testing (issue 19): the library's own test
/// harness is not built (`[lib] test = false`), so a unit test under `src/`
/// would compile away and never run. Every test lives in `tests/it`.
#[test]
fn no_tests_under_src() {
    let mut files = Vec::new();
    rust_files(Path::new(SRC), &mut files);
    assert!(files.len() > 50, "src/ has {} files", files.len());
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a source file is readable");
        for (number, line) in text.lines().enumerate() {
            if is_test_line(line) {
                let shown = path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(&path);
                found.push(format!(
                    "{}:{}: {}",
                    shown.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "tests under src/ never run (Cargo.toml: `[lib] test = false`, one build for \
         running and testing); put them in tests/it/<family>.rs (a module listed in \
         tests/it/main.rs), reaching the library through its public API:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_test_check_sees_tests_and_not_their_names() {
    assert!(is_test_line("    #[test]"), "a test attribute");
    assert!(is_test_line("#[cfg(test)]"), "a test module");
    assert!(
        is_test_line("    #[cfg(any(test, feature = \"x\"))]"),
        "cfg any"
    );
    assert!(is_test_line("    if cfg!(test) {"), "cfg! macro");
    assert!(!is_test_line("    // #[test] in a comment"), "a comment");
    assert!(
        !is_test_line("    #[cfg(feature = \"testing\")]"),
        "another word"
    );
    assert!(!is_test_line("    let test = 1;"), "a variable");
}
