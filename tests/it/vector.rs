//! SVG and PDF figures and the tour handout (issue 23, points 1 and 2):
//! the SVG is XML with a group per layer, a `<text>` for every text the PNG
//! draws and one path per country; the PDF's text can be extracted (the
//! title and the legend's entries), its fonts are embedded; a tour becomes
//! one page per step with its caption; bad output paths are refused with
//! the file and the reason, nothing half-written left behind.
//!
//! The SVG is read with quick-xml, the PDF with the test's own reader
//! (`pdf.rs`: its text through the fonts' `ToUnicode` maps).
#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use heartland::figure::{DisplayList, GroupId};
use heartland::geometry::{GeoAssets, bundled_geo_or_problem};
use heartland::model::OrgId;
use heartland::render::vector::{VItem, VectorFigure};
use heartland::render::{Framing, Renderer, export_scale};
use heartland::state::{Preset, State};

use crate::fixtures::heartland;

fn geo() -> Arc<GeoAssets> {
    let (geo, problem) = bundled_geo_or_problem();
    assert!(problem.is_none(), "bundled geometry: {problem:?}");
    geo
}

/// The region in 2024 with CSTO and EAEU, relations and corridors: every
/// layer that draws over the countries.
fn busy_view() -> State {
    let mut state = State::default();
    state.set_preset(Preset::Region);
    state.year = 2024;
    state.layers.memberships = true;
    state.layers.relations = true;
    state.layers.corridors = true;
    state.organizations = ["csto", "eaeu"]
        .into_iter()
        .map(|id| OrgId::try_from(id).expect("an id"))
        .collect();
    state
}

const SIZE: [u32; 2] = [1600, 1000];

/// Run `heartland` with `args`, which must succeed (else its standard
/// error is the failure).
fn heartland_ok(args: &[&str]) {
    let result = heartland(args);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
}

/// The PNG's display list and the names its map drew, from the PNG's own
/// pass.
fn png_texts(state: &State) -> (DisplayList, Vec<String>) {
    let dataset = heartland::data::load_bundled().dataset;
    let mut renderer = Renderer::new(geo());
    let (_, list) = renderer
        .render_figure(
            &dataset,
            state,
            SIZE,
            export_scale(SIZE),
            None,
            Framing::View,
        )
        .expect("a PNG");
    let names = renderer
        .map_cache()
        .placed
        .labels
        .iter()
        .map(|l| l.text.clone())
        .collect();
    (list, names)
}

fn vector(state: &State) -> VectorFigure {
    let dataset = heartland::data::load_bundled().dataset;
    Renderer::new(geo())
        .vector_figure(
            &dataset,
            state,
            (SIZE, export_scale(SIZE)),
            None,
            Framing::View,
        )
        .expect("a vector figure")
}

/// A `<text>`'s group, attributes and its `<tspan>`s' attributes.
type TextAttrs = (
    String,
    BTreeMap<String, String>,
    Vec<BTreeMap<String, String>>,
);

/// What the SVG holds, read as XML: group ids (with their parents' ids),
/// the texts, the paths' ids per group and the root's attributes.
#[derive(Default, Debug)]
struct Svg {
    groups: Vec<String>,
    texts: Vec<String>,
    /// Group id → the ids of the paths directly in it (`""` for none).
    paths: BTreeMap<String, Vec<String>>,
    /// Path id → its `d` and `fill-rule`.
    path_data: BTreeMap<String, (String, String)>,
    root: BTreeMap<String, String>,
    patterns: usize,
    /// Each `<text>`'s group, attributes and its `<tspan>`s' attributes,
    /// in the order of `texts`.
    text_attrs: Vec<TextAttrs>,
}

fn read_svg(text: &str) -> Svg {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut svg = Svg::default();
    let mut stack: Vec<String> = Vec::new();
    let mut in_text = false;
    let mut current = String::new();
    loop {
        let event = reader.read_event().expect("the SVG is well-formed XML");
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
            let attrs: BTreeMap<String, String> = e
                .attributes()
                .map(|a| {
                    let a = a.expect("an attribute");
                    (
                        String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                        a.normalized_value(quick_xml::XmlVersion::default())
                            .expect("a value")
                            .into_owned(),
                    )
                })
                .collect();
            match name.as_str() {
                "svg" => svg.root = attrs.clone(),
                "g" => {
                    let id = attrs.get("id").cloned().unwrap_or_default();
                    svg.groups.push(id.clone());
                    if !empty {
                        stack.push(id);
                    }
                }
                "path" => {
                    let group = stack.last().cloned().unwrap_or_default();
                    let id = attrs.get("id").cloned().unwrap_or_default();
                    if !id.is_empty() {
                        svg.path_data.insert(
                            id.clone(),
                            (
                                attrs.get("d").cloned().unwrap_or_default(),
                                attrs.get("fill-rule").cloned().unwrap_or_default(),
                            ),
                        );
                    }
                    svg.paths.entry(group).or_default().push(id);
                }
                "pattern" => svg.patterns += 1,
                "text" if !empty => {
                    in_text = true;
                    current.clear();
                    let group = stack.last().cloned().unwrap_or_default();
                    svg.text_attrs.push((group, attrs.clone(), Vec::new()));
                }
                "tspan" if in_text => {
                    if let Some((_, _, spans)) = svg.text_attrs.last_mut() {
                        spans.push(attrs.clone());
                    }
                }
                _ => {}
            }
        }
        match event {
            Event::Text(t) if in_text => {
                current.push_str(&t.decode().expect("text"));
            }
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                current.push_str(match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "?",
                });
            }
            Event::End(e) => match e.name().as_ref() {
                b"g" => {
                    stack.pop();
                }
                b"text" => {
                    in_text = false;
                    svg.texts.push(current.clone());
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    svg
}

#[test]
fn an_svg_has_the_layer_groups_the_texts_the_png_draws_and_one_path_per_country() {
    let state = busy_view();
    let figure = vector(&state);
    let text = heartland::render::svg::to_svg(&figure, SIZE);
    let svg = read_svg(&text);

    // One group per layer, with the stable ids.
    for id in [
        "title",
        "map",
        "countries",
        "lakes",
        "borders",
        "stances",
        "corridors",
        "relations",
        "memberships",
        "labels",
        "scale-bar",
        "legend",
        "attribution",
        "citation",
    ] {
        assert_eq!(
            svg.groups.iter().filter(|g| *g == id).count(),
            1,
            "one group `{id}` in {:?}",
            svg.groups
        );
    }
    assert!(
        svg.root
            .get("font-family")
            .is_some_and(|f| f.contains("Ubuntu") && f.contains("'Noto Sans'")),
        "the font family is named: {:?}",
        svg.root
    );

    // A <text> for every text the PNG draws: the display list's (title,
    // legend, attribution, citation) and every name its map placed.
    let (list, names) = png_texts(&state);
    let written: BTreeSet<&str> = svg.texts.iter().map(String::as_str).collect();
    let mut expected: Vec<String> = list.texts().map(|(_, run)| run.text.clone()).collect();
    assert!(
        names.len() > 20,
        "the region's view names many places: {names:?}"
    );
    expected.extend(names);
    for text in &expected {
        assert!(
            written.contains(text.as_str()),
            "the PNG draws `{text}`; the SVG's texts: {written:?}"
        );
    }

    // Countries: one path per country, each with its id once, even-odd,
    // a real outline (not a triangle), and those far away not written.
    let countries = svg.paths.get("countries").expect("country paths");
    let ids: Vec<&String> = countries
        .iter()
        .filter(|id| id.starts_with("country-"))
        .collect();
    let unique: BTreeSet<&&String> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len(), "no country written twice");
    for code in [
        "KAZ", "UZB", "TKM", "KGZ", "TJK", "GEO", "ARM", "AZE", "RUS", "IRN", "TUR",
    ] {
        let id = format!("country-{code}");
        let (d, rule) = svg
            .path_data
            .get(&id)
            .unwrap_or_else(|| panic!("{id} drawn"));
        assert_eq!(rule, "evenodd", "{id}");
        let points = d.matches(['M', 'L']).count();
        assert!(
            points > 20,
            "{id} is an outline, not a triangle: {points} points"
        );
    }
    for far in ["USA", "BRA", "AUS"] {
        assert!(
            !svg.path_data.contains_key(&format!("country-{far}")),
            "{far} is not in the view"
        );
    }
    // The figure's own count agrees: as many country paths as the builder
    // made, every one of them a single path.
    let built = figure
        .group(GroupId::Countries)
        .expect("countries")
        .items
        .iter()
        .filter(|i| matches!(i, VItem::Path(p) if p.id.as_deref().is_some_and(|id| id.starts_with("country-"))))
        .count();
    assert_eq!(built, ids.len());

    // Relations, corridors and badges are drawn, as vectors.
    for layer in ["relations", "corridors"] {
        assert!(
            svg.paths.get(layer).is_some_and(|p| p.len() > 3),
            "{layer} has lines"
        );
    }
    assert!(
        text.contains("stroke-dasharray") || svg.paths.contains_key("corridors"),
        "dashed routes are dashes, not pieces"
    );
    let badges = figure.group(GroupId::Memberships).expect("badges");
    assert!(
        badges
            .items
            .iter()
            .filter(|i| matches!(i, VItem::Circle { .. }))
            .count()
            >= 6,
        "a badge per member"
    );
}

#[test]
fn every_line_the_layout_measured_is_held_to_its_width_in_the_svg() {
    // In a viewer without the figure's font (librsvg falls back to a wider
    // one) the citation's long lines ran past the right edge: each line of
    // the title, legend, attribution and citation keeps the width the
    // layout measured (`textLength`), and a long line is set word by word,
    // each word where the layout set it (librsvg ignores `textLength`).
    let state = busy_view();
    let (list, _) = png_texts(&state);
    let figure = vector(&state);
    let text = heartland::render::svg::to_svg(&figure, SIZE);
    let svg = read_svg(&text);
    let page_width = list.size[0];
    let mut checked = 0;
    let mut long_lines = 0;
    for (group, run) in list.texts() {
        if !matches!(
            group,
            GroupId::Title | GroupId::Legend | GroupId::Attribution | GroupId::Citation
        ) {
            continue;
        }
        let i = svg
            .texts
            .iter()
            .position(|t| *t == run.text)
            .unwrap_or_else(|| panic!("{:?} is in the SVG", run.text));
        let (svg_group, attrs, spans) = &svg.text_attrs[i];
        assert_eq!(svg_group, group.as_str(), "{:?}", run.text);
        let x: f32 = attrs.get("x").expect("x").parse().expect("a number");
        let width = run.extent[0];
        if width >= heartland::render::vector::LONG_LINE_SHARE * page_width {
            // A long line: word by word, each where the layout set it,
            // from the line's start to before its end.
            let xs: Vec<f32> = spans
                .iter()
                .map(|a| a.get("x").expect("a word's x").parse().expect("a number"))
                .collect();
            assert_eq!(
                xs.len(),
                run.text.split_whitespace().count(),
                "{:?}: a tspan a word",
                run.text
            );
            assert!((xs[0] - x).abs() < 0.01, "{:?} starts at x", run.text);
            assert!(
                xs.windows(2).all(|w| w[0] < w[1]) && xs[xs.len() - 1] < x + width,
                "{:?}: words in order within the measured line: {xs:?}",
                run.text
            );
            assert!(x >= 0.0 && x + width <= page_width, "{:?}", run.text);
            long_lines += 1;
        } else {
            assert!(spans.is_empty(), "{:?} is one run", run.text);
            let length: f32 = attrs
                .get("textLength")
                .unwrap_or_else(|| panic!("{:?} has a textLength: {attrs:?}", run.text))
                .parse()
                .expect("a number");
            assert!(
                (length - width).abs() < 0.01,
                "{:?}: {length} is the measured {width}",
                run.text
            );
            assert_eq!(
                attrs.get("lengthAdjust").map(String::as_str),
                Some("spacingAndGlyphs"),
                "{:?}",
                run.text
            );
            let start = if attrs.get("text-anchor").map(String::as_str) == Some("end") {
                x - length
            } else {
                x
            };
            assert!(
                start >= 0.0 && start + length <= page_width,
                "{:?} is held inside the page",
                run.text
            );
        }
        checked += 1;
    }
    let citation_lines = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Citation)
        .count();
    assert!(
        citation_lines >= 2,
        "the busy view's citation is long: {citation_lines} lines"
    );
    assert!(checked >= citation_lines + 3, "{checked} lines checked");
    assert!(long_lines >= 1, "the citation's first line is long");
    // The bundled fallbacks are named after the figure's own font, in the
    // order the window asks them for a letter.
    let family = svg.root.get("font-family").expect("a font family");
    assert!(
        family.starts_with("Ubuntu, 'Noto Sans', 'Noto Sans Armenian', 'Noto Sans Georgian'"),
        "{family}"
    );
}

#[test]
fn a_stance_map_hatches_the_states_not_recorded_with_a_pattern() {
    // The first stance of the bundled data with a state in view whose
    // position is not recorded.
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State::default();
    state.set_preset(Preset::Region);
    state.layers.stances = true;
    let stance = dataset
        .stances
        .keys()
        .find(|id| {
            state.stance = Some((*id).clone());
            let shown = heartland::shown::Shown::compute(&dataset, &state);
            shown.stance.is_some_and(|s| {
                s.states_in(heartland::shown::StanceCell::NotRecorded)
                    .next()
                    .is_some()
            })
        })
        .cloned();
    assert!(stance.is_some(), "a stance with states not recorded");
    state.stance = stance;
    let figure = vector(&state);
    let text = heartland::render::svg::to_svg(&figure, SIZE);
    let svg = read_svg(&text);
    let hatched = svg.paths.get("stances").map_or(0, Vec::len);
    let expected = figure.group(GroupId::Stances).expect("stances").items.len();
    assert!(expected > 0, "some states' positions are not recorded");
    assert_eq!(hatched, expected, "one hatched path per state not recorded");
    assert!(svg.patterns >= 1, "the hatching is an SVG pattern");
    assert!(text.contains("fill=\"url(#hatch-"), "the paths use it");
}

/// Text of each page of a PDF, whitespace removed (extraction may split
/// or join words at runs).
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    crate::pdf::Pdf::parse(bytes)
        .page_texts()
        .iter()
        .map(|text| squeeze(text))
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// How many font descriptors the PDF has, and how many of them embed their
/// font (a `FontFile2`/`FontFile3` stream).
fn embedded_fonts(bytes: &[u8]) -> (usize, usize) {
    crate::pdf::Pdf::parse(bytes).font_descriptors()
}

fn write_view(dir: &Path) -> String {
    let path = dir.join("orgs.view.json");
    std::fs::write(
        &path,
        r#"{ "format": 1, "preset": "region", "year": 2024,
             "layers": { "countries": true, "labels": true, "relations": true, "memberships": true,
                         "corridors": false, "stances": false },
             "organizations": ["csto", "eaeu"] }"#,
    )
    .expect("temp file");
    path.display().to_string()
}

#[test]
fn a_pdf_names_the_title_and_the_legend_entries_as_text_in_embedded_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = write_view(dir.path());
    let out = dir.path().join("figure.pdf");
    let result = heartland(&[
        "render",
        "--out",
        &out.display().to_string(),
        "--view",
        &view,
    ]);
    assert!(
        result.status.success(),
        "render failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let bytes = std::fs::read(&out).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    let pages = pdf_pages(&bytes);
    assert_eq!(pages.len(), 1);
    let page = &pages[0];

    let mut state = busy_view();
    state.layers.corridors = false;
    let (list, names) = png_texts(&state);
    let title: Vec<&str> = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Title)
        .map(|(_, r)| r.text.as_str())
        .collect();
    assert!(!title.is_empty());
    for line in title {
        assert!(
            page.contains(&squeeze(line)),
            "the title `{line}` in {page}"
        );
    }
    let legend: Vec<&str> = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Legend)
        .map(|(_, r)| r.text.as_str())
        .collect();
    assert!(legend.len() >= 4, "a legend: {legend:?}");
    for entry in legend {
        assert!(
            page.contains(&squeeze(entry)),
            "the legend's `{entry}` in {page}"
        );
    }
    assert!(names.len() > 20, "names are drawn: {names:?}");
    for name in &names {
        assert!(
            page.contains(&squeeze(name)),
            "{name} can be found in the PDF"
        );
    }
    let (descriptors, embedded) = embedded_fonts(&bytes);
    assert!(descriptors >= 1, "fonts are described");
    assert_eq!(embedded, descriptors, "every font is embedded");
    assert!(bytes.len() < 5_000_000, "{} bytes", bytes.len());
}

#[test]
fn a_name_outside_the_first_font_is_kept_in_the_pdf() {
    // "Oʻzbekiston" and "Azərbaycan" take letters from the fallback font.
    use heartland::figure::{Bounds, Rgba};
    use heartland::render::vector::{VGroup, VText};
    let text = |s: &str, y: f32| {
        VItem::Text(VText {
            pos: [20.0, y],
            text: s.to_owned(),
            size: 14.0,
            color: Rgba([0, 0, 0, 255]),
            halo: Some(Rgba([255, 255, 255, 255])),
            end: false,
            width: None,
            words: Vec::new(),
        })
    };
    let figure = VectorFigure {
        size: [300.0, 100.0],
        background: Rgba([255, 255, 255, 255]),
        title: "names".to_owned(),
        groups: vec![VGroup {
            id: GroupId::Labels,
            name: None,
            items: vec![
                text("Oʻzbekiston", 30.0),
                text("Azərbaycan Қазақстан", 60.0),
            ],
            children: Vec::new(),
            clip: Some(Bounds {
                min: [0.0, 0.0],
                max: [300.0, 100.0],
            }),
        }],
    };
    let bytes = heartland::render::pdf::to_pdf(&[figure], "names").expect("a PDF");
    let page = &pdf_pages(&bytes)[0];
    for name in ["Oʻzbekiston", "Azərbaycan", "Қазақстан"] {
        assert!(page.contains(name), "{name} in {page}");
    }
    let (descriptors, embedded) = embedded_fonts(&bytes);
    assert_eq!(descriptors, 2, "the first font and the fallback");
    assert_eq!(embedded, 2);
}

#[test]
fn the_format_follows_the_extension_or_format_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let svg = dir.path().join("map.svg");
    heartland_ok(&[
        "render",
        "--out",
        &svg.display().to_string(),
        "--size",
        "640x400",
    ]);
    let text = std::fs::read_to_string(&svg).expect("the SVG");
    assert!(text.starts_with("<?xml") && text.contains("<svg"), "an SVG");
    assert!(text.contains("width=\"640\" height=\"400\""), "its size");

    let forced = dir.path().join("map.png");
    heartland_ok(&[
        "render",
        "--out",
        &forced.display().to_string(),
        "--format",
        "pdf",
        "--size",
        "640x400",
    ]);
    let bytes = std::fs::read(&forced).expect("the file");
    assert!(
        bytes.starts_with(b"%PDF-"),
        "--format overrides the extension"
    );

    let unknown = dir.path().join("map.jpg");
    let result = heartland(&["render", "--out", &unknown.display().to_string()]);
    assert!(!result.status.success());
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(err.contains("map.jpg"), "names the file: {err}");
    for ext in [".png", ".svg", ".pdf"] {
        assert!(err.contains(ext), "lists {ext}: {err}");
    }
    assert!(!unknown.exists(), "nothing written");
}

#[test]
fn a_tour_handout_has_one_page_per_step_with_its_caption() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tour_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/tours/00-introduction.tour.json"
    );
    let out = dir.path().join("handout.pdf");
    heartland_ok(&[
        "render",
        "--tour",
        tour_path,
        "--out",
        &out.display().to_string(),
        "--size",
        "1280x800",
    ]);
    let bytes = std::fs::read(&out).expect("the handout");
    let pages = pdf_pages(&bytes);
    let dataset = heartland::data::load_bundled().dataset;
    let text = std::fs::read_to_string(tour_path).expect("the tour");
    let tour = heartland::tour::Tour::load(text.as_bytes(), "intro", &dataset).expect("a tour");
    assert_eq!(pages.len(), tour.steps.len(), "one page per step");
    for (i, (page, step)) in pages.iter().zip(&tour.steps).enumerate() {
        assert!(
            page.contains(&squeeze(&step.title)),
            "page {}: {}",
            i + 1,
            step.title
        );
        let first_words: String = step.caption.split_whitespace().take(6).collect();
        assert!(
            page.contains(&first_words),
            "page {} has its caption `{first_words}`",
            i + 1
        );
        assert!(
            page.contains(&squeeze(&format!("Step {} of {}", i + 1, tour.steps.len()))),
            "page {} says where it is",
            i + 1
        );
    }
    let (descriptors, embedded) = embedded_fonts(&bytes);
    assert_eq!(embedded, descriptors);

    // `--out DIR/` keeps writing PNG slides.
    let slides = dir.path().join("slides");
    heartland_ok(&[
        "render",
        "--tour",
        tour_path,
        "--out",
        &slides.display().to_string(),
        "--size",
        "320x200",
    ]);
    let pngs = std::fs::read_dir(&slides)
        .expect("the folder")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "png"))
        })
        .count();
    assert_eq!(pngs, tour.steps.len());
}

#[test]
fn a_bad_output_path_names_the_file_and_the_reason_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder that does not exist.
    let missing = dir.path().join("no-such-folder").join("map.svg");
    let result = heartland(&[
        "render",
        "--out",
        &missing.display().to_string(),
        "--size",
        "320x200",
    ]);
    assert!(!result.status.success());
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(err.contains("map.svg"), "names the file: {err}");
    assert!(
        err.to_lowercase().contains("no such")
            || err.to_lowercase().contains("not exist")
            || err.to_lowercase().contains("folder"),
        "says why: {err}"
    );
    // A "folder" that is a file (cannot be written into, even as root).
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").expect("temp file");
    for name in ["map.pdf", "map.svg"] {
        let inside = file.join(name);
        let result = heartland(&[
            "render",
            "--out",
            &inside.display().to_string(),
            "--size",
            "320x200",
        ]);
        assert!(!result.status.success());
        let err = String::from_utf8_lossy(&result.stderr);
        assert!(err.contains(name), "names the file: {err}");
    }
    // A tour handout into a missing folder.
    let tour_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/tours/00-introduction.tour.json"
    );
    let result = heartland(&[
        "render",
        "--tour",
        tour_path,
        "--out",
        &dir.path()
            .join("gone")
            .join("handout.pdf")
            .display()
            .to_string(),
        "--size",
        "320x200",
    ]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("handout.pdf"));
    // Nothing half-written: only the file made above.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("a-file")], "{left:?}");
}

/// The window's export: one dialog offering PNG, SVG and PDF; the file's
/// type decides what is written.
#[test]
fn the_window_exports_svg_and_pdf_through_the_one_export_dialog() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, Queryable as _};
    use heartland::app::dialogs::{DialogAnswer, SharedDialogs};

    let dir = tempfile::tempdir().expect("temp dir");
    let svg_path = dir.path().join("window.svg");
    let pdf_path = dir.path().join("window.pdf");
    let mut harness = crate::common::app_harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "CSTO")
        .click();
    harness.run_steps(2);
    let dialogs = SharedDialogs::default();
    for path in [&svg_path, &pdf_path] {
        dialogs
            .0
            .lock()
            .expect("lock")
            .push(DialogAnswer::Chosen(vec![path.clone()]));
    }
    harness.state_mut().set_dialogs(Box::new(dialogs.clone()));
    for path in [&svg_path, &pdf_path] {
        harness.get_by_label("File").click();
        harness.run_steps(2);
        harness
            .get(
                By::new()
                    .role(Role::Button)
                    .label_contains("Export figure 1920×1080"),
            )
            .click();
        harness.run_steps(3);
        for _ in 0..600 {
            if !harness.state().is_exporting() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
            harness.step();
        }
        harness.step();
        let notice = harness.state().notice().unwrap_or_default().to_owned();
        assert!(path.exists(), "{} written: {notice}", path.display());
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        assert!(
            notice.contains(&ext.to_uppercase()) && notice.contains("1920×1080"),
            "{notice}"
        );
    }
    // The dialog asked offered the three formats.
    let asked = dialogs.0.lock().expect("lock").asked.clone();
    let request = asked.last().expect("a dialog was asked");
    let offered: Vec<String> = request
        .filters
        .iter()
        .flat_map(|(_, e)| e.clone())
        .collect();
    assert_eq!(offered, ["png", "svg", "pdf"], "{request:?}");

    let svg = std::fs::read_to_string(&svg_path).expect("the SVG");
    let read = read_svg(&svg);
    assert!(read.groups.iter().any(|g| g == "memberships"));
    assert_eq!(read.root.get("width").map(String::as_str), Some("1920"));
    let bytes = std::fs::read(&pdf_path).expect("the PDF");
    let page = &pdf_pages(&bytes)[0];
    assert!(
        page.contains("CSTO"),
        "the legend names the organization: {page}"
    );
}

/// Every group (`<g id>`) and every `<text>` of an SVG with the ids of the
/// groups around it, outermost first; every `id` attribute.
#[derive(Default, Debug)]
struct SvgTree {
    groups: Vec<(String, Vec<String>)>,
    texts: Vec<(String, Vec<String>)>,
    ids: Vec<String>,
}

fn svg_tree(text: &str) -> SvgTree {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut tree = SvgTree::default();
    let mut stack: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    loop {
        let event = reader.read_event().expect("the SVG is well-formed XML");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let id = e
                    .attributes()
                    .filter_map(Result::ok)
                    .find(|a| a.key.as_ref() == b"id")
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                if let Some(id) = &id {
                    tree.ids.push(id.clone());
                }
                let start = matches!(event, Event::Start(_));
                match e.name().as_ref() {
                    b"g" => {
                        let id = id.unwrap_or_default();
                        tree.groups.push((id.clone(), stack.clone()));
                        if start {
                            stack.push(id);
                        }
                    }
                    b"text" if start => current = Some(String::new()),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some(c) = &mut current {
                    c.push_str(&t.decode().expect("text"));
                }
            }
            Event::GeneralRef(_) => {
                if let Some(c) = &mut current {
                    c.push('&');
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"g" => {
                    stack.pop();
                }
                b"text" => {
                    if let Some(c) = current.take() {
                        tree.texts.push((c, stack.clone()));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    tree
}

/// The panels of a figure of panels as SVG: one group `panel-<key>` per
/// panel holding a `<text>` of its heading and the map's layers
/// (`countries-<key>`, …), the single-map ids not used, one legend with
/// `legend_texts`, every id once.
fn check_panel_svg(svg: &str, panels: &[(&str, &str)], legend_texts: &[String]) {
    let tree = svg_tree(svg);
    let mut ids = tree.ids.clone();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "every id is unique");
    let count = |id: &str| tree.groups.iter().filter(|(g, _)| g == id).count();
    for (key, heading) in panels {
        let panel = format!("panel-{key}");
        assert_eq!(count(&panel), 1, "one group {panel}");
        assert!(
            tree.texts
                .iter()
                .any(|(t, around)| t == heading && around.contains(&panel)),
            "{panel} is titled `{heading}`"
        );
        for layer in [
            "sea",
            "countries",
            "borders",
            "relations",
            "memberships",
            "labels",
        ] {
            let id = format!("{layer}-{key}");
            assert!(
                tree.groups
                    .iter()
                    .any(|(g, around)| *g == id && around.contains(&panel)),
                "{id} inside {panel}"
            );
        }
        assert!(
            tree.ids
                .iter()
                .any(|id| id == &format!("country-KAZ-{key}")),
            "Kazakhstan's path in {panel}"
        );
        let names = tree
            .texts
            .iter()
            .filter(|(_, around)| around.contains(&format!("labels-{key}")))
            .count();
        assert!(names > 10, "{panel} names places as text: {names}");
    }
    for single in ["map", "countries", "relations", "labels"] {
        assert_eq!(count(single), 0, "no group `{single}` outside the panels");
    }
    assert_eq!(count("legend"), 1, "one legend");
    assert_eq!(count("title"), 1, "one title");
    let legend: Vec<&str> = tree
        .texts
        .iter()
        .filter(|(_, around)| around.iter().any(|g| g == "legend"))
        .map(|(t, _)| t.as_str())
        .collect();
    assert!(legend_texts.len() >= 4, "{legend_texts:?}");
    for entry in legend_texts {
        assert!(legend.contains(&entry.as_str()), "`{entry}` in {legend:?}");
    }
}

/// `heartland` run with `args` writing `stem.svg` and `stem.pdf`: each a
/// figure of `panels` (key, heading) with one legend of `legend`.
fn check_panel_files(stem: &Path, args: &[&str], panels: &[(&str, &str)], legend: &[String]) {
    let headings: Vec<&str> = panels.iter().map(|(_, heading)| *heading).collect();
    for ext in ["svg", "pdf"] {
        let out = stem.with_extension(ext);
        let out_arg = out.display().to_string();
        let mut all = args.to_vec();
        all.extend(["--out", &out_arg]);
        heartland_ok(&all);
        let bytes = std::fs::read(&out).expect("the figure");
        if ext == "svg" {
            check_panel_svg(&String::from_utf8(bytes).expect("UTF-8"), panels, legend);
        } else {
            check_panel_pdf(&bytes, &headings, legend);
        }
    }
}

/// The same figure as PDF: one page naming every panel's heading and the
/// legend's entries, its fonts embedded; a place drawn in each panel is
/// named once per panel.
fn check_panel_pdf(bytes: &[u8], headings: &[&str], legend_texts: &[String]) {
    let pages = pdf_pages(bytes);
    assert_eq!(pages.len(), 1, "one page");
    let page = &pages[0];
    for heading in headings {
        assert!(page.contains(&squeeze(heading)), "`{heading}` in {page}");
    }
    for entry in legend_texts {
        assert!(page.contains(&squeeze(entry)), "`{entry}` in {page}");
    }
    assert!(
        page.matches("Astana").count() >= headings.len(),
        "each panel names Astana: {page}"
    );
    let (descriptors, embedded) = embedded_fonts(bytes);
    assert!(descriptors >= 1, "fonts are described");
    assert_eq!(embedded, descriptors, "every font is embedded");
}

fn legend_of(list: &DisplayList) -> Vec<String> {
    list.texts()
        .filter(|(g, _)| *g == GroupId::Legend)
        .map(|(_, r)| r.text.clone())
        .collect()
}

#[test]
fn small_multiples_are_written_as_svg_and_pdf_one_group_per_panel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = write_view(dir.path());
    let years = ["1995", "2005", "2015", "2025"];
    let size = [1600, 1000];
    // The PNG's layout: its legend is the one the vector files write.
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State::default();
    state.apply_view(
        &heartland::state::View::from_json(
            &std::fs::read(&view).expect("the view"),
            "orgs.view.json",
        )
        .expect("a view"),
    );
    let (_, list) = heartland::render::motion::render_grid(
        geo(),
        &dataset,
        &state,
        &[1995, 2005, 2015, 2025],
        2,
        (size, export_scale(size)),
    )
    .expect("the PNG");
    let legend = legend_of(&list);
    let panels: Vec<(&str, &str)> = years.iter().map(|y| (*y, *y)).collect();
    let years = years.join(",");
    let args = [
        "render", "--view", &view, "--years", &years, "--grid", "2x2",
    ];
    check_panel_files(&dir.path().join("grid"), &args, &panels, &legend);
}

/// A view of CSTO and EAEU members, 2024 compared side by side with 1995.
fn side_by_side_view(dir: &Path) -> String {
    let path = dir.join("compare.view.json");
    std::fs::write(
        &path,
        r#"{ "format": 2, "preset": "region", "year": 2024,
             "layers": { "countries": true, "labels": true, "relations": true, "memberships": true },
             "organizations": ["csto", "eaeu"],
             "compare": { "year": 1995, "mode": "side-by-side" } }"#,
    )
    .expect("temp file");
    path.display().to_string()
}

#[test]
fn a_comparison_side_by_side_is_written_as_svg_and_pdf_two_panels_a_and_b() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = side_by_side_view(dir.path());
    let size = [1600, 1000];
    let dataset = heartland::data::load_bundled().dataset;
    let mut state = State::default();
    state.apply_view(
        &heartland::state::View::from_json(&std::fs::read(&view).expect("view"), "compare")
            .expect("a view"),
    );
    let (_, list) =
        heartland::render::motion::render_side_by_side(geo(), &dataset, &state, (size, 1.0))
            .expect("side by side")
            .expect("the PNG");
    let legend = legend_of(&list);
    let args = ["render", "--view", &view, "--size", "1600x1000"];
    let panels = [("a", "1995"), ("b", "2024")];
    check_panel_files(&dir.path().join("compare"), &args, &panels, &legend);
}

#[test]
fn a_tour_step_compared_side_by_side_is_two_panels_in_slides_handout_and_gif() {
    use heartland::render::motion;
    let dir = tempfile::tempdir().expect("temp dir");
    let tour_path = dir.path().join("compare.tour.json");
    std::fs::write(
        &tour_path,
        r#"{ "format": 1, "title": "Then and now", "author": "Test",
             "steps": [
               { "title": "Members in 2024", "caption": "CSTO and EAEU members.",
                 "view": { "preset": "region", "year": 2024, "layers": { "countries": true, "labels": true, "memberships": true },
                           "organizations": ["csto", "eaeu"] } },
               { "title": "Then and now", "caption": "1995 beside 2024.",
                 "view": { "format": 2, "preset": "region", "year": 2024,
                           "layers": { "countries": true, "labels": true, "memberships": true },
                           "organizations": ["csto", "eaeu"],
                           "compare": { "year": 1995, "mode": "side-by-side" } } } ] }"#,
    )
    .expect("temp file");
    let dataset = heartland::data::load_bundled().dataset;
    let text = std::fs::read(&tour_path).expect("the tour");
    let tour = heartland::tour::Tour::load(&text, "compare", &dataset).expect("a tour");
    let size = [960, 600];
    let scale = export_scale(size);

    // GIF frames: the compared step is two titled panels, the other one map.
    let frames = motion::tour_frames(&tour, &dataset);
    let lists = motion::write_animation(
        &geo(),
        &dataset,
        &frames,
        motion::AnimationSettings {
            size,
            scale,
            fps: 1.0,
            framing: Framing::View,
        },
        (&dir.path().join("tour.gif"), motion::AnimationFormat::Gif),
        motion::Job::default(),
    )
    .expect("the GIF");
    assert_eq!(lists[0].map_boxes().len(), 1, "a step with one map");
    assert_eq!(lists[1].map_boxes().len(), 2, "two panels");
    let headings: Vec<&str> = lists[1]
        .texts()
        .filter(|(g, _)| *g == GroupId::Map)
        .map(|(_, r)| r.text.as_str())
        .collect();
    assert_eq!(headings, ["1995", "2024"]);
    assert!(
        lists[1]
            .texts()
            .any(|(g, r)| g == GroupId::Caption && r.text.contains("1995 beside 2024")),
        "the step's caption under the panels"
    );

    // PNG slides: the compared step's slide is the figure of two panels.
    let slides = dir.path().join("slides");
    heartland_ok(&[
        "render",
        "--tour",
        &tour_path.display().to_string(),
        "--out",
        &slides.display().to_string(),
        "--size",
        "960x600",
    ]);
    let slide = slides.join(heartland::tour::slide_file_name(1, &tour.steps[1].title));
    let slide = image::open(&slide).expect("the slide").to_rgba8();
    let state = tour.steps[1].state();
    let panels = heartland::render::panels::Panels::side_by_side(&dataset, &state)
        .expect("compared side by side");
    let caption = heartland::render::Caption::of_step(&tour, 1, &dataset);
    let (expected, _) = Renderer::new(geo())
        .render_panels(&dataset, (&state, &panels), (size, scale), caption.as_ref())
        .expect("the panels");
    assert!(slide == expected, "the slide is the two panels");

    // The handout: the compared page names each place once per panel.
    let handout = dir.path().join("handout.pdf");
    heartland_ok(&[
        "render",
        "--tour",
        &tour_path.display().to_string(),
        "--out",
        &handout.display().to_string(),
        "--size",
        "1280x800",
    ]);
    let pages = pdf_pages(&std::fs::read(&handout).expect("the handout"));
    assert_eq!(pages.len(), 2, "one page per step");
    assert_eq!(pages[0].matches("Astana").count(), 1, "{}", pages[0]);
    assert_eq!(pages[1].matches("Astana").count(), 2, "{}", pages[1]);
    assert!(pages[1].contains("1995beside2024"), "{}", pages[1]);
}

#[test]
fn heartland_timings_says_where_the_time_of_a_render_goes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("timed.png");
    let run = |timed: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_heartland"));
        cmd.args(["render", "--size", "400x250", "--out"]).arg(&out);
        if timed {
            cmd.env("HEARTLAND_TIMINGS", "1");
        } else {
            cmd.env_remove("HEARTLAND_TIMINGS");
        }
        let result = cmd.output().expect("heartland runs");
        assert!(
            result.status.success(),
            "{}",
            String::from_utf8_lossy(&result.stderr)
        );
        String::from_utf8_lossy(&result.stderr).into_owned()
    };
    let timed = run(true);
    let steps = [
        "view read",
        "data read and checked",
        "map geometry decoded",
        "shown, figure laid out",
        "map painted",
        "tessellated",
        "rasterised",
        "PNG encoded",
        "written",
    ];
    let lines: Vec<&str> = timed
        .lines()
        .filter(|l| l.starts_with("timing: "))
        .collect();
    for step in steps {
        assert!(
            lines.iter().any(|l| l.contains(step) && l.contains(" ms")),
            "`{step}` in {timed}"
        );
    }
    // Totals grow from step to step, the last one is the whole render.
    let totals: Vec<f64> = lines
        .iter()
        .filter_map(|l| {
            l.split("total")
                .nth(1)?
                .trim()
                .trim_end_matches(')')
                .trim_end_matches("ms")
                .trim()
                .parse()
                .ok()
        })
        .collect();
    assert_eq!(totals.len(), lines.len(), "{timed}");
    assert!(totals.windows(2).all(|w| w[0] <= w[1]), "{totals:?}");
    assert!(
        !run(false).contains("timing:"),
        "nothing without the variable"
    );
}
