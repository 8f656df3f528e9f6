//! Figures: a view laid out once as a backend-neutral display list — the
//! title above the map, the map, the legend beside or below it, the tour
//! caption band, the attribution and the citation at the foot — which the
//! PNG rasteriser paints ([`crate::render`]) and which vector writers (SVG,
//! PDF) can write item by item.
//!
//! Nothing here imports egui: text is measured through [`Measure`], which
//! the renderer backs with the very fonts it paints with, and colours are
//! plain sRGB bytes.
//!
//! ## Units
//! Points, y down, origin at the figure's top-left corner. A PNG scales
//! points to pixels by its pixels-per-point.

mod layout;
pub mod text;

pub use layout::{FigureInput, FigureStyle, GridInput, layout, layout_grid};
pub use text::{
    attribution, citation, figure_sources, human_date, lowercase, moment_label, title, wrap_text,
    wrap_text_lines,
};

use crate::model::{Dataset, MembershipStatus};
use crate::state::Camera;
use crate::tour::Tour;

/// A colour: sRGB bytes, straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

/// An axis-aligned box, points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Top-left corner.
    pub min: [f32; 2],
    /// Bottom-right corner.
    pub max: [f32; 2],
}

impl Bounds {
    /// The box from its corner and size.
    pub fn from_min_size(min: [f32; 2], size: [f32; 2]) -> Self {
        Self {
            min,
            max: [min[0] + size[0], min[1] + size[1]],
        }
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max[0] - self.min[0]
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max[1] - self.min[1]
    }

    /// Whether the two boxes share interior area (touching edges do not).
    pub fn overlaps(&self, other: &Self) -> bool {
        crate::geometry::rects_overlap(self.min, self.max, other.min, other.max)
    }

    /// Whether `other` lies inside this box (edges included).
    pub fn contains(&self, other: &Self) -> bool {
        other.min[0] >= self.min[0]
            && other.min[1] >= self.min[1]
            && other.max[0] <= self.max[0]
            && other.max[1] <= self.max[1]
    }

    /// The smallest box holding both.
    pub fn union(&self, other: &Self) -> Self {
        Self {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }
}

/// The stable id of a group: the layer an editor (Inkscape, Illustrator)
/// shows for it once the figure is written as SVG or PDF.
///
/// The display list has the map as one group, painted by the map widget
/// into its box; the vector figures ([`crate::render::vector`]) split it
/// into the map's layers, from `sea` to `labels`, inside `map`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GroupId {
    /// What the figure shows, and when: above the map.
    Title,
    /// The map.
    Map,
    /// The legend, beside or below the map.
    Legend,
    /// A tour step's caption band, under the map.
    Caption,
    /// Where the borders come from and how current the data is.
    Attribution,
    /// How to cite the figure: program, data date, sources.
    Citation,
    /// The map's layers, in drawing order (vector figures only): the sea.
    Sea,
    /// Meridians and parallels.
    Graticule,
    /// One filled path per country (the data's colours), and disputed areas.
    Countries,
    /// Lakes and inland seas, and their shores.
    Lakes,
    /// Coastlines and borders.
    Borders,
    /// Disputed areas' hatching and outline, the selected country's outline.
    Disputed,
    /// A stance's "not recorded" hatching.
    Stances,
    /// Corridor routes.
    Corridors,
    /// Relation arcs.
    Relations,
    /// Zoomed out by groups: the groups' discs and names (their flows are
    /// in [`GroupId::Relations`]).
    Groups,
    /// Derived relations and sized markers (analysis).
    Analysis,
    /// Membership badges.
    Memberships,
    /// The scale bar.
    ScaleBar,
    /// Capitals and country names.
    Labels,
}

impl GroupId {
    /// The id written to vector files (`id="legend"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Map => "map",
            Self::Legend => "legend",
            Self::Caption => "caption",
            Self::Attribution => "attribution",
            Self::Citation => "citation",
            Self::Sea => "sea",
            Self::Graticule => "graticule",
            Self::Countries => "countries",
            Self::Lakes => "lakes",
            Self::Borders => "borders",
            Self::Disputed => "disputed",
            Self::Stances => "stances",
            Self::Corridors => "corridors",
            Self::Relations => "relations",
            Self::Groups => "groups",
            Self::Analysis => "analysis",
            Self::Memberships => "memberships",
            Self::ScaleBar => "scale-bar",
            Self::Labels => "labels",
        }
    }
}

/// One line of text, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// Top-left corner of the line box.
    pub pos: [f32; 2],
    /// The text (one line: wrapping is done by the layout).
    pub text: String,
    /// Font size, points (the proportional font).
    pub size: f32,
    /// Colour.
    pub color: Rgba,
    /// Measured width and line height, points.
    pub extent: [f32; 2],
}

impl TextRun {
    /// The box the line takes.
    pub fn bounds(&self) -> Bounds {
        Bounds::from_min_size(self.pos, self.extent)
    }
}

/// The sample drawn before a legend entry's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    /// A line (relations, corridors): colour, width, dash and gap lengths.
    Line(Rgba, f32, Option<(f32, f32)>),
    /// A membership badge of this status.
    Badge(Rgba, MembershipStatus),
    /// A filled swatch.
    Fill(Rgba),
    /// A hatched swatch ("not recorded"): the hatch line colour.
    Hatch(Rgba),
    /// A capital marker of this radius (points).
    Marker(f32),
}

/// One entry of the legend, as the layers' legend lists it.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendEntry {
    /// A section title.
    Title(String),
    /// A sample and what it means.
    Sample(Swatch, String),
    /// Plain text.
    Text(String),
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A filled box with rounded corners (radius, points).
    Fill(Bounds, Rgba, f32),
    /// A line of text.
    Text(TextRun),
    /// A legend sample in its box (the sample is centred in it).
    Swatch(Bounds, Swatch),
    /// The map, painted by the map widget into this box.
    Map(Bounds),
}

/// Items drawn together, with a stable id and the box they take.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The group's id.
    pub id: GroupId,
    /// The box all its items lie in.
    pub bounds: Bounds,
    /// What to draw, in order.
    pub items: Vec<Item>,
}

/// A figure: its size and its groups, drawn in order over the background.
#[derive(Clone, Debug, PartialEq)]
pub struct DisplayList {
    /// Width and height, points.
    pub size: [f32; 2],
    /// The page colour.
    pub background: Rgba,
    /// The groups, in drawing order.
    pub groups: Vec<Group>,
}

impl DisplayList {
    /// The group with this id, if the figure has one.
    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The map's box.
    pub fn map_bounds(&self) -> Option<Bounds> {
        self.group(GroupId::Map).and_then(|g| {
            g.items.iter().find_map(|item| match item {
                Item::Map(b) => Some(*b),
                _ => None,
            })
        })
    }

    /// Every map's box, in drawing order: one, or one per panel of small
    /// multiples ([`layout_grid`]).
    pub fn map_boxes(&self) -> Vec<Bounds> {
        self.groups
            .iter()
            .filter(|g| g.id == GroupId::Map)
            .flat_map(|g| &g.items)
            .filter_map(|item| match item {
                Item::Map(b) => Some(*b),
                _ => None,
            })
            .collect()
    }

    /// Every text line of the figure, in drawing order (for tests and for
    /// writers that index text).
    pub fn texts(&self) -> impl Iterator<Item = (GroupId, &TextRun)> {
        self.groups.iter().flat_map(|g| {
            g.items.iter().filter_map(move |item| match item {
                Item::Text(run) => Some((g.id, run)),
                _ => None,
            })
        })
    }
}

/// Text measurement, backed by the fonts the figure is painted with.
pub trait Measure {
    /// The width of `text` on one line at `size` points.
    fn width(&mut self, text: &str, size: f32) -> f32;
    /// The height of one line at `size` points.
    fn line_height(&mut self, size: f32) -> f32;
    /// The width of each of `words` (none with a space) at `size` points,
    /// for guessing how many fit on a line (the line itself is then
    /// measured). Each word measured alone, unless a measure can do better
    /// (egui's fonts lay the words out once, together).
    fn word_widths(&mut self, words: &[&str], size: f32) -> Vec<f32> {
        words.iter().map(|word| self.width(word, size)).collect()
    }
}

/// A measure for tests and previews without fonts: every character is
/// `0.55 × size` wide, a line `1.25 × size` high.
#[derive(Clone, Copy, Debug, Default)]
pub struct ApproxMeasure;

impl Measure for ApproxMeasure {
    fn width(&mut self, text: &str, size: f32) -> f32 {
        text.chars().count() as f32 * size * 0.55
    }

    fn line_height(&mut self, size: f32) -> f32 {
        size * 1.25
    }
}

/// Text shown in a tour step's caption band (in the window, under the
/// map, and on a slide): where the step is in its tour, its title, its
/// caption and the sources it cites.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Caption {
    /// Small, first line: "Step 3 of 7" (empty: none).
    pub step: String,
    /// The tour's title, beside the step.
    pub tour: String,
    /// Large: the step's title ("The 2022 annexations").
    pub title: String,
    /// A few sentences.
    pub body: String,
    /// Beside the body when it is the English standing in for a missing
    /// translation: "(English)" in the language shown (empty: none).
    pub fallback: String,
    /// Small print under the body: "Sources: …" (empty: the step cites none).
    pub sources: String,
}

impl Caption {
    /// The caption of step `index` (from 0) of `tour`, with its sources'
    /// titles looked up in `dataset`, in this thread's language (the
    /// English, marked, where the step has no translation).
    pub fn of_step(tour: &Tour, index: usize, dataset: &Dataset) -> Option<Self> {
        let step = tour.steps.get(index)?;
        let sources = step.source_lines(dataset);
        let locale = crate::i18n::locale();
        let text = step.text_in(locale);
        Some(Self {
            step: crate::i18n::trf(
                "figure-step",
                "Step { $n } of { $count }",
                &[("n", &(index + 1)), ("count", &tour.steps.len())],
            ),
            tour: title_marked(tour),
            title: text.title.to_owned(),
            body: text.caption.to_owned(),
            fallback: if text.fallback {
                crate::i18n::tr("tour-in-english", "(English)").into_owned()
            } else {
                String::new()
            },
            sources: if sources.is_empty() {
                String::new()
            } else {
                crate::i18n::trf(
                    "figure-sources",
                    "Sources: { $sources }",
                    &[("sources", &sources.join("; "))],
                )
            },
        })
    }
}

/// A tour's title in this thread's language, followed by "(English)" (in
/// that language) when it is the English standing in for a missing
/// translation.
pub fn title_marked(tour: &Tour) -> String {
    match tour.title_in(crate::i18n::locale()) {
        (title, false) => title.to_owned(),
        (title, true) => format!(
            "{title} {}",
            crate::i18n::tr("tour-in-english", "(English)")
        ),
    }
}

/// The camera that shows, in a figure's map of `map` points, everything a
/// window map of `window` points showed with `camera`: the same centre,
/// zoomed out (or in) by the smaller of the two sides' ratios, so the
/// window's extent fits whole and the longer side gains margin. A size
/// that is not positive leaves the camera as it is.
pub fn frame_extent(camera: Camera, window: [f32; 2], map: [f32; 2]) -> Camera {
    let ok = |v: f32| v.is_finite() && v > 0.0;
    if !(window.iter().chain(&map).all(|v| ok(*v))) {
        return camera;
    }
    let ratio = (map[0] / window[0]).min(map[1] / window[1]);
    Camera {
        center: camera.center,
        zoom: Camera::clamp_zoom(camera.zoom * f64::from(ratio)),
    }
}
