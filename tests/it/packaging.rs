//! Packaging: the files that make Heartland a desktop program (desktop
//! entry, MIME types, `AppStream` metainfo, icons) agree with each other and
//! with the program (application id, version), and the command line the
//! desktop uses (`heartland FILE`, `--version`, `package-files`) behaves.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use heartland::APP_ID;

const VIEW_TYPE: &str = "application/x-heartland-view+json";
const TOUR_TYPE: &str = "application/x-heartland-tour+json";

fn packaging(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging")
        .join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn heartland(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs")
}

/// The value of `key=` in a desktop entry.
fn desktop_value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
}

#[test]
fn the_desktop_entry_is_named_and_matched_by_the_application_id() {
    let entry = read(&packaging(&format!("{APP_ID}.desktop")));
    assert_eq!(
        desktop_value(&entry, "StartupWMClass"),
        Some(APP_ID),
        "the window's class must match the entry"
    );
    assert_eq!(desktop_value(&entry, "Icon"), Some(APP_ID), "icon name");
    assert_eq!(
        desktop_value(&entry, "Exec"),
        Some("heartland %f"),
        "the entry passes the file opened to the positional argument"
    );
    let types: Vec<&str> = desktop_value(&entry, "MimeType")
        .unwrap_or_default()
        .split(';')
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        types,
        [VIEW_TYPE, TOUR_TYPE],
        "the entry opens views and tours"
    );
}

#[test]
fn the_mime_types_glob_views_and_tours() {
    let xml = read(&packaging(&format!("{APP_ID}.mime.xml")));
    for (ty, glob) in [(VIEW_TYPE, "*.view.json"), (TOUR_TYPE, "*.tour.json")] {
        let start = xml
            .find(&format!("<mime-type type=\"{ty}\">"))
            .unwrap_or_else(|| panic!("{ty} is declared"));
        let block = &xml[start..start + xml[start..].find("</mime-type>").unwrap()];
        assert!(
            block.contains(&format!("<glob pattern=\"{glob}\"")),
            "{ty} matches {glob}"
        );
        assert!(
            block.contains("<sub-class-of type=\"application/json\"/>"),
            "{ty} is JSON"
        );
    }
}

#[test]
fn the_metainfo_names_the_id_the_entry_and_this_version() {
    let xml = read(&packaging(&format!("{APP_ID}.metainfo.xml")));
    assert!(xml.contains(&format!("<id>{APP_ID}</id>")), "component id");
    assert!(
        xml.contains(&format!(
            "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
        )),
        "launchable"
    );
    let first_release = xml
        .split("<release ")
        .nth(1)
        .and_then(|r| r.split("version=\"").nth(1))
        .and_then(|r| r.split('"').next());
    assert_eq!(
        first_release,
        Some(env!("CARGO_PKG_VERSION")),
        "the newest release in the metainfo is the version in Cargo.toml"
    );
    for ty in [VIEW_TYPE, TOUR_TYPE] {
        assert!(
            xml.contains(&format!("<mediatype>{ty}</mediatype>")),
            "{ty} provided"
        );
    }
}

#[test]
fn the_icon_is_rendered_at_every_size() {
    for size in [48u32, 128, 256, 512] {
        let png = packaging(&format!("icons/{size}/{APP_ID}.png"));
        let (w, h) = image::image_dimensions(&png).unwrap();
        assert_eq!((w, h), (size, size), "{}", png.display());
    }
    let svg = read(&packaging(&format!("icons/{APP_ID}.svg")));
    assert!(svg.contains("viewBox=\"0 0 128 128\""), "square SVG icon");
}

#[test]
fn version_prints_the_cargo_version() {
    let out = heartland(&["--version"]);
    assert!(out.status.success(), "--version exits 0");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("heartland {}", env!("CARGO_PKG_VERSION")),
        "--version output"
    );
}

#[test]
fn a_missing_file_to_open_is_refused_naming_it() {
    let out = heartland(&["no-such-dir/lesson.view.json"]);
    assert_eq!(out.status.code(), Some(2), "usage error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no-such-dir/lesson.view.json") && stderr.contains("no such file"),
        "the message names the path and the reason: {stderr}"
    );
}

#[test]
fn a_file_to_open_and_a_subcommand_together_are_refused() {
    let out = heartland(&["Cargo.toml", "validate"]);
    assert_eq!(out.status.code(), Some(2), "usage error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot be given with a subcommand"),
        "says why: {stderr}"
    );
}

#[test]
fn a_subcommand_name_wins_over_the_positional_path() {
    let out = heartland(&["validate"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "`heartland validate` validates the bundled data: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn package_files_writes_man_pages_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("gen");
    let out = heartland(&["package-files", "--out", out_dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "package-files: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let man = read(&out_dir.join("heartland.1"));
    assert!(man.starts_with(".ie"), "a roff page");
    for word in ["validate", "render", "export", "import", "FILE.view.json"] {
        assert!(man.contains(word), "heartland.1 mentions {word}");
    }
    assert!(
        !man.contains("package\\-files"),
        "the hidden subcommand stays out of the manual"
    );
    for page in ["validate", "render", "export", "import"] {
        assert!(
            out_dir.join(format!("heartland-{page}.1")).is_file(),
            "heartland-{page}.1"
        );
    }
    for (file, marker) in [
        ("heartland.bash", "complete -F"),
        ("_heartland", "#compdef heartland"),
        ("heartland.fish", "complete -c heartland"),
    ] {
        let text = read(&out_dir.join(file));
        assert!(
            text.contains(marker) && text.contains("validate"),
            "{file} completes the subcommands"
        );
    }
}
