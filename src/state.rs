//! What the user has chosen: camera, year, layer toggles, filters, selection,
//! theme. One serialisable struct, kept between runs by eframe persistence and
//! written to / read from `*.view.json` files (see `docs/views.md`).
//!
//! No egui here: the app reads this state and UI code returns commands that
//! change it.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::analysis::sets::Counted;
use crate::geometry::{LonLat, ProjectionKind};
use crate::i18n::{Message, tr, trf};
use crate::model::{CorridorId, CountryCode, Dimension, OrgId, StanceId};

/// The newest version of the view format this build reads and writes.
/// Format 2 added `fill` and `statuses`; a view is written as format 1
/// when they mean what format 1 meant, so older versions still read it.
pub const VIEW_FORMAT: u32 = 2;

/// Which layer fills the countries (`fill` in a view, format 2). One at a
/// time: the others draw as outlines or markers, or the legend says they
/// are hidden and by what.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FillLayer {
    /// No layer fills; the land keeps its colours.
    None,
    /// The countries in the chosen set of organizations are shaded.
    #[default]
    Memberships,
    /// The stance's positions.
    Stance,
    /// The community (bloc) colours.
    Communities,
}

impl FillLayer {
    /// Every choice, in the order the panel lists them.
    pub const ALL: [Self; 4] = [
        Self::None,
        Self::Memberships,
        Self::Stance,
        Self::Communities,
    ];

    /// The label shown in the panel.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::None => tr("label-fill-none", "None"),
            Self::Memberships => tr("label-fill-memberships", "Memberships"),
            Self::Stance => tr("label-fill-stance", "Stance"),
            Self::Communities => tr("label-fill-communities", "Communities"),
        }
    }

    /// What the legend says of a layer this fill hides.
    pub fn hides_because(self) -> Cow<'static, str> {
        match self {
            Self::None => tr(
                "label-hides-none",
                "no layer fills the countries (Fill: none)",
            ),
            Self::Memberships => tr(
                "label-hides-memberships",
                "the memberships fill the countries",
            ),
            Self::Stance => tr("label-hides-stance", "the stance fills the countries"),
            Self::Communities => tr(
                "label-hides-communities",
                "the communities fill the countries",
            ),
        }
    }

    /// The fill a format-1 view meant: a stance shown took the countries'
    /// fills, else the community colours, else the membership shading.
    pub fn implied(layers: &Layers, stance: Option<&StanceId>, analysis: &Analysis) -> Self {
        if layers.stances && stance.is_some() {
            Self::Stance
        } else if analysis.communities {
            Self::Communities
        } else {
            Self::Memberships
        }
    }
}

/// The note shown after choosing a stance moved the year to the stance's
/// ("Year moved to 2008 for 62/243 — Back to 2022"). Not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearNote {
    /// The stance chosen.
    pub stance: StanceId,
    /// The year before.
    pub from: i32,
    /// The stance's year.
    pub to: i32,
}

/// A named region the camera can jump to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    CentralAsia,
    SouthCaucasus,
    Caspian,
    Region,
    World,
}

impl Preset {
    /// Every preset, in the order the toolbar shows them.
    pub const ALL: [Self; 5] = [
        Self::CentralAsia,
        Self::SouthCaucasus,
        Self::Caspian,
        Self::Region,
        Self::World,
    ];

    /// The label shown on buttons.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::CentralAsia => tr("preset-central-asia", "Central Asia"),
            Self::SouthCaucasus => tr("preset-south-caucasus", "South Caucasus"),
            Self::Caspian => tr("preset-caspian", "Caspian basin"),
            Self::Region => tr("preset-region", "Whole region"),
            Self::World => tr("preset-world", "World"),
        }
    }

    /// The id used in view files (`"central-asia"`, …).
    pub fn id(self) -> &'static str {
        match self {
            Self::CentralAsia => "central-asia",
            Self::SouthCaucasus => "south-caucasus",
            Self::Caspian => "caspian",
            Self::Region => "region",
            Self::World => "world",
        }
    }

    /// The geographic box the preset fits in the map, as
    /// `(west, south, east, north)` in degrees.
    pub fn bounds_deg(self) -> (f64, f64, f64, f64) {
        match self {
            Self::CentralAsia => (46.5, 35.0, 87.5, 55.8),
            Self::SouthCaucasus => (39.8, 38.3, 50.9, 43.7),
            Self::Caspian => (45.0, 36.0, 61.5, 47.8),
            Self::Region => (26.0, 29.0, 100.0, 57.5),
            Self::World => (-180.0, -58.0, 180.0, 84.0),
        }
    }

    /// The projection a preset is shown in: the world needs a world projection,
    /// everything else the regional conic.
    pub fn projection(self) -> ProjectionKind {
        match self {
            Self::World => ProjectionKind::World,
            _ => ProjectionKind::Regional,
        }
    }
}

/// Where the map looks: a geographic centre and a zoom factor.
///
/// At zoom 1 one screen point covers [`Camera::KM_PER_POINT_AT_ZOOM_1`] km of the
/// projection plane; zoom 2 shows things twice as large.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Camera {
    /// Centre of the map as `[lon, lat]` in degrees.
    pub center: [f64; 2],
    /// Magnification; see [`Camera::KM_PER_POINT_AT_ZOOM_1`].
    pub zoom: f64,
}

impl Camera {
    /// Scale at zoom 1: the whole region fits a laptop-sized window.
    pub const KM_PER_POINT_AT_ZOOM_1: f64 = 5.0;
    /// Smallest zoom (whole world in a small window).
    pub const MIN_ZOOM: f64 = 0.05;
    /// Largest zoom (a city and its surroundings).
    pub const MAX_ZOOM: f64 = 200.0;

    /// Kilometres of the projection plane per screen point.
    pub fn km_per_point(&self) -> f64 {
        Self::KM_PER_POINT_AT_ZOOM_1 / self.zoom
    }

    /// The centre as a [`LonLat`].
    pub fn center_lon_lat(&self) -> LonLat {
        LonLat {
            lon: self.center[0],
            lat: self.center[1],
        }
    }

    /// `zoom` limited to what the map supports.
    pub fn clamp_zoom(zoom: f64) -> f64 {
        if zoom.is_finite() {
            zoom.clamp(Self::MIN_ZOOM, Self::MAX_ZOOM)
        } else {
            1.0
        }
    }
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            center: [62.0, 44.0],
            zoom: 1.0,
        }
    }
}

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Which layers are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Layers {
    pub countries: bool,
    pub labels: bool,
    pub relations: bool,
    pub memberships: bool,
    pub corridors: bool,
    pub stances: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            countries: true,
            labels: true,
            relations: false,
            memberships: false,
            corridors: false,
            stances: false,
        }
    }
}

/// How the toggled organizations are combined on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MembershipSet {
    /// Members of any toggled organization.
    #[default]
    Union,
    /// Members of every toggled organization.
    Intersection,
    /// Members of the first organization and of none of the others.
    Difference,
}

/// How a view compares two moments (`compare` in a view, format 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CompareMode {
    /// Two maps side by side, one per moment, with one legend.
    #[default]
    SideBySide,
    /// One map of what changed from the earlier moment to the later one.
    Difference,
}

/// The other moment a view is compared with (`compare` in a view, format 2):
/// a year (the view's own year is the other) or a stance (the view's own
/// stance is the other). Exactly one of `year` and `stance`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    /// The year compared with the view's year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The stance compared with the view's stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<StanceId>,
    /// Side by side or the difference.
    #[serde(default)]
    pub mode: CompareMode,
}

impl Compare {
    /// Exactly one of `year` and `stance`, and a year in [`YEAR_RANGE`].
    fn check(&self) -> Result<(), (String, Message)> {
        match (self.year, &self.stance) {
            (Some(_), Some(_)) => Err((
                "compare".into(),
                Message::tr(
                    "viewfile-compare-both",
                    "both a year and a stance; compare with one of them (remove the other key)",
                ),
            )),
            (None, None) => Err((
                "compare".into(),
                Message::tr(
                    "viewfile-compare-neither",
                    "missing key \"year\" or \"stance\"; name the year or the stance to compare with",
                ),
            )),
            (Some(year), None) if !YEAR_RANGE.contains(&year) => Err((
                "compare.year".into(),
                Message::trf(
                    "viewfile-compare-year",
                    "year { $year } is out of range ({ $first }–{ $last })",
                    &[
                        ("year", &year),
                        ("first", YEAR_RANGE.start()),
                        ("last", YEAR_RANGE.end()),
                    ],
                ),
            )),
            _ => Ok(()),
        }
    }
}

/// Filters on the relations layer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelationFilter {
    /// Dimensions shown; empty shows none.
    pub dimensions: BTreeSet<Dimension>,
    /// Hide relations with |score| below this, in `[0, 1]`.
    pub min_strength: f64,
    /// Show only the relations of this country (its ego network).
    pub focus: Option<CountryCode>,
    /// Draw at most the `k` strongest relations per state
    /// ([`crate::analysis::aggregate::top_k_per_state`]); `None`: every
    /// relation. View format 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_k: Option<usize>,
    /// Draw the arcs bundled by kernel density
    /// ([`crate::geometry::bundle()`]); `false`: each arc on its own
    /// curve. View format 2.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bundle: bool,
    /// Zoomed out, draw flows between groups of states instead of the
    /// relations ([`crate::analysis::aggregate::group_flows`]). View format 2.
    #[serde(skip_serializing_if = "Aggregate::is_states")]
    pub aggregate: Aggregate,
    /// The user's groups, each taking its members out of the bundled
    /// grouping's ([`crate::analysis::groups::Grouping::with_user_groups`]).
    /// View format 2.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<crate::analysis::groups::UserGroup>,
    /// Groups the user opened into their states by clicking them (ids);
    /// not kept in views.
    #[serde(skip)]
    pub opened_groups: BTreeSet<String>,
}

/// What the relations layer draws zoomed out (`relations.aggregate`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aggregate {
    /// Every relation between its states (as format 1).
    #[default]
    States,
    /// Zoomed out, flows between groups of states, opening into their
    /// states as the user zooms in ([`GROUPS_OPEN_AT_ZOOM`]) or clicks a
    /// group.
    Groups,
}

impl Aggregate {
    /// Whether this is the default (every relation).
    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's skip_serializing_if passes a reference"
    )]
    pub fn is_states(&self) -> bool {
        *self == Self::States
    }
}

/// The zoom from which groups open into their states (1 is the region
/// fitting a laptop-sized window, so the whole region and its neighbours
/// show groups, and the region itself its states).
pub const GROUPS_OPEN_AT_ZOOM: f64 = 0.75;

impl Default for RelationFilter {
    fn default() -> Self {
        Self {
            dimensions: Dimension::ALL.into_iter().collect(),
            min_strength: 0.0,
            focus: None,
            top_k: None,
            bundle: false,
            aggregate: Aggregate::States,
            groups: Vec::new(),
            opened_groups: BTreeSet::new(),
        }
    }
}

/// What is selected (at most one thing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Selection {
    pub country: Option<CountryCode>,
    pub organization: Option<OrgId>,
    pub corridor: Option<CorridorId>,
    /// A relation, as `[a, b, dimension]`.
    pub relation: Option<(CountryCode, CountryCode, Dimension)>,
    /// The relations of the bundle clicked on the map (strongest first),
    /// listed by the inspector; not kept in views.
    #[serde(skip)]
    pub bundle: Vec<(CountryCode, CountryCode, Dimension)>,
    /// The derived relations of the bundle clicked on the map (strongest
    /// first), listed by the inspector; not kept in views.
    #[serde(skip)]
    pub derived_bundle: Vec<(CountryCode, CountryCode, DerivedKind)>,
}

impl Selection {
    /// Nothing selected.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Select only this country.
    pub fn country(code: CountryCode) -> Self {
        Self {
            country: Some(code),
            ..Self::default()
        }
    }
}

/// What the capital markers are sized by (`analysis.size_by` in a view).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SizeBy {
    /// Capitals all the same size.
    #[default]
    None,
    /// Positive strength s⁺.
    Strength,
    /// Eigenvector centrality.
    Eigenvector,
    /// Betweenness centrality.
    Betweenness,
}

impl SizeBy {
    /// Every choice, in the order the panel lists them.
    pub const ALL: [Self; 4] = [
        Self::None,
        Self::Strength,
        Self::Eigenvector,
        Self::Betweenness,
    ];

    /// The label shown.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::None => tr("label-size-none", "None"),
            Self::Strength => tr("label-size-strength", "Strength (positive ties)"),
            Self::Eigenvector => tr("label-size-eigenvector", "Eigenvector centrality"),
            Self::Betweenness => tr("label-size-betweenness", "Betweenness centrality"),
        }
    }

    /// The metric it sizes by.
    pub fn metric(self) -> Option<crate::analysis::Metric> {
        use crate::analysis::Metric;
        match self {
            Self::None => None,
            Self::Strength => Some(Metric::PositiveStrength),
            Self::Eigenvector => Some(Metric::Eigenvector),
            Self::Betweenness => Some(Metric::Betweenness),
        }
    }
}

/// A relation derived from the data itself (values in `[0, 1]`, a graph of
/// its own, never averaged with judged scores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DerivedKind {
    /// Share of the year's organizations both states are full members of.
    SharedMemberships,
    /// Share of the recorded UN votes up to the year on which both voted
    /// alike.
    UnVoteAgreement,
}

impl DerivedKind {
    /// Both kinds.
    pub const ALL: [Self; 2] = [Self::SharedMemberships, Self::UnVoteAgreement];

    /// The label shown.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::SharedMemberships => tr("label-derived-shared-memberships", "Shared memberships"),
            Self::UnVoteAgreement => tr("label-derived-un-vote-agreement", "UN vote agreement"),
        }
    }
}

/// Which graph the metrics are computed on (`analysis.graph` in a view).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricsGraph {
    /// The judged relations the map shows (dimensions, threshold, year).
    #[default]
    Relations,
    /// Shared memberships in the year.
    SharedMemberships,
    /// UN vote agreement up to the year.
    UnVoteAgreement,
}

impl MetricsGraph {
    /// Every choice.
    pub const ALL: [Self; 3] = [
        Self::Relations,
        Self::SharedMemberships,
        Self::UnVoteAgreement,
    ];

    /// The label shown.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::Relations => tr("label-graph-relations", "Relations shown"),
            Self::SharedMemberships => tr("label-graph-shared-memberships", "Shared memberships"),
            Self::UnVoteAgreement => tr("label-graph-un-vote-agreement", "UN vote agreement"),
        }
    }
}

/// Network analysis on the map: marker sizes, community colours, derived
/// relations (`analysis` in a view; see `docs/analysis.md`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Analysis {
    /// Capital markers sized by a metric.
    pub size_by: SizeBy,
    /// Countries tinted by community (signed-modularity bloc).
    pub communities: bool,
    /// Derived relations drawn as arcs.
    pub derived: BTreeSet<DerivedKind>,
    /// The graph the metrics (sizes, communities, rankings) are computed on.
    pub graph: MetricsGraph,
    /// Which states the derived relations are computed between (view
    /// format 2).
    #[serde(skip_serializing_if = "Scope::is_focus")]
    pub scope: Scope,
}

/// Which states derived relations (shared memberships, UN vote agreement)
/// are computed between (`analysis.scope`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The atlas's states: every country whose `group` is not `"Other"`
    /// (as format 1).
    #[default]
    Focus,
    /// Every state in the data.
    All,
}

impl Scope {
    /// Whether this is the default (the atlas's states).
    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's skip_serializing_if passes a reference"
    )]
    pub fn is_focus(&self) -> bool {
        *self == Self::Focus
    }
}

impl Analysis {
    /// Whether the map needs the metrics (sizes or community colours).
    pub fn map_needs_metrics(&self) -> bool {
        self.size_by != SizeBy::None || self.communities
    }
}

/// Which plot is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlotTab {
    /// A metric's ranking in the year.
    #[default]
    Ranking,
    /// A state's metric over time.
    OverTime,
    /// A relation's score per dimension over time.
    Relation,
    /// Membership timeline of an organization or a country.
    Memberships,
    /// The stance shown, by position.
    Stance,
    /// States × states, ordered by community.
    Matrix,
    /// The rows of what is shown, as the export writes them.
    Table,
}

impl PlotTab {
    /// Every tab, in order.
    pub const ALL: [Self; 7] = [
        Self::Ranking,
        Self::OverTime,
        Self::Relation,
        Self::Memberships,
        Self::Stance,
        Self::Matrix,
        Self::Table,
    ];

    /// The tab's label.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::Ranking => tr("label-plot-ranking", "Ranking"),
            Self::OverTime => tr("label-plot-over-time", "Over time"),
            Self::Relation => tr("label-plot-relation", "Relation"),
            Self::Memberships => tr("label-plot-memberships", "Membership timeline"),
            Self::Stance => tr("label-plot-stance", "Stance breakdown"),
            Self::Matrix => tr("label-plot-matrix", "Matrix"),
            Self::Table => tr("label-plot-table", "Table"),
        }
    }
}

/// Everything the user has chosen. Persisted between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// The preset last chosen (informative once the user pans).
    pub preset: Option<Preset>,
    /// The projection the map is drawn in.
    pub projection: ProjectionKind,
    /// Where the map looks.
    pub camera: Camera,
    /// True when the camera should be fitted to `preset` on the next frame
    /// (the fit needs the size of the map, which only the map widget knows).
    pub fit_preset_pending: bool,
    /// The year every layer shows.
    pub year: i32,
    pub layers: Layers,
    /// Organizations toggled on, in the order they were switched on (the
    /// first is the minuend of a difference).
    pub organizations: Vec<OrgId>,
    pub membership_set: MembershipSet,
    pub relations: RelationFilter,
    /// The corridors ticked; `None` when none is ticked, and then the
    /// corridors layer draws every corridor. `Some` of an empty set (only
    /// from a view file's `"corridors": []`) draws none.
    pub ticked_corridors: Option<BTreeSet<CorridorId>>,
    pub stance: Option<StanceId>,
    pub selection: Selection,
    /// Marker sizes, community colours, derived relations.
    pub analysis: Analysis,
    /// Which layer fills the countries.
    pub fill: FillLayer,
    /// Which statuses count as in an organization (sets, shading, counts,
    /// exports).
    pub statuses: Counted,
    /// Set when choosing a stance moved the year; cleared when the year or
    /// the stance changes again.
    #[serde(skip)]
    pub year_note: Option<YearNote>,
    pub theme: Theme,
    /// Side panels shown (hidden in presentation mode).
    pub show_panels: bool,
    /// Where the window's legend sits and whether it is folded: a setting
    /// of the app (kept between runs), not part of a view file.
    pub legend: LegendPlace,
    /// Compared with another year or stance (View ▸ Compare); `None`: one
    /// map.
    pub compare: Option<Compare>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            preset: Some(Preset::Region),
            projection: ProjectionKind::Regional,
            camera: Camera::default(),
            fit_preset_pending: true,
            year: 2024,
            layers: Layers::default(),
            organizations: Vec::new(),
            membership_set: MembershipSet::default(),
            relations: RelationFilter::default(),
            ticked_corridors: None,
            stance: None,
            selection: Selection::default(),
            analysis: Analysis::default(),
            fill: FillLayer::default(),
            statuses: Counted::default(),
            year_note: None,
            theme: Theme::default(),
            show_panels: true,
            legend: LegendPlace::default(),
            compare: None,
        }
    }
}

/// A corner of the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Corner {
    TopLeft,
    /// Over Siberia in the opening view, where the map has least to say.
    #[default]
    TopRight,
    BottomLeft,
    BottomRight,
}

impl Corner {
    /// Every corner, in reading order.
    pub const ALL: [Self; 4] = [
        Self::TopLeft,
        Self::TopRight,
        Self::BottomLeft,
        Self::BottomRight,
    ];

    /// The label shown.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Self::TopLeft => tr("label-corner-top-left", "Top left"),
            Self::TopRight => tr("label-corner-top-right", "Top right"),
            Self::BottomLeft => tr("label-corner-bottom-left", "Bottom left"),
            Self::BottomRight => tr("label-corner-bottom-right", "Bottom right"),
        }
    }

    /// On the left side.
    pub fn is_left(self) -> bool {
        matches!(self, Self::TopLeft | Self::BottomLeft)
    }

    /// At the top.
    pub fn is_top(self) -> bool {
        matches!(self, Self::TopLeft | Self::TopRight)
    }
}

/// Where the window's legend sits and whether only its header shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LegendPlace {
    /// The corner of the map it sits in.
    pub corner: Corner,
    /// Folded to its header.
    pub collapsed: bool,
}

impl State {
    /// Jump to a preset: switch projection and fit on the next frame.
    pub fn set_preset(&mut self, preset: Preset) {
        self.preset = Some(preset);
        self.projection = preset.projection();
        self.fit_preset_pending = true;
    }

    /// Apply a saved view on top of this state: keys the view has replace
    /// ours, keys it lacks keep their value.
    pub fn apply_view(&mut self, view: &View) {
        if let Some(preset) = view.preset {
            self.set_preset(preset);
        }
        if let Some(camera) = view.camera {
            self.camera = camera;
            self.fit_preset_pending = false;
        }
        if let Some(year) = view.year {
            self.year = year;
        }
        if let Some(layers) = view.layers {
            self.layers = layers;
        }
        if let Some(orgs) = &view.organizations {
            self.organizations.clone_from(orgs);
        }
        if let Some(set) = view.membership_set {
            self.membership_set = set;
        }
        if let Some(relations) = &view.relations {
            self.relations = relations.clone();
        }
        if let Some(corridors) = &view.corridors {
            self.ticked_corridors = Some(corridors.iter().cloned().collect());
        }
        if let Some(stance) = &view.stance {
            self.stance = Some(stance.clone());
        }
        if let Some(selection) = &view.selection {
            self.selection = selection.clone();
        }
        if let Some(analysis) = &view.analysis {
            self.analysis = analysis.clone();
        }
        if let Some(fill) = view.fill {
            self.fill = fill;
        } else if view.layers.is_some() || view.stance.is_some() || view.analysis.is_some() {
            // A view without `fill` (format 1) means what format 1 meant.
            self.fill = self.implied_fill();
        }
        if let Some(statuses) = view.statuses {
            self.statuses = statuses;
        }
        if let Some(theme) = view.theme {
            self.theme = theme;
        }
        if let Some(compare) = &view.compare {
            self.compare = Some(Compare::clone(compare));
        }
        self.year_note = None;
    }

    /// The fill format 1 meant for this state's layers, stance and analysis.
    pub fn implied_fill(&self) -> FillLayer {
        FillLayer::implied(&self.layers, self.stance.as_ref(), &self.analysis)
    }

    /// After a change from `before`: a layer that can fill the countries and
    /// was just switched on (a stance chosen, communities on, organizations
    /// on) takes the fill; a fill whose layer was switched off goes to what
    /// format 1 would have filled with.
    pub fn follow_fill(&mut self, before: &Self) {
        let stance_on = |s: &Self| s.layers.stances && s.stance.is_some();
        let orgs_on = |s: &Self| s.layers.memberships && !s.organizations.is_empty();
        if stance_on(self) && (!stance_on(before) || self.stance != before.stance) {
            self.fill = FillLayer::Stance;
        } else if self.analysis.communities && !before.analysis.communities {
            self.fill = FillLayer::Communities;
        } else if orgs_on(self) && !orgs_on(before) {
            self.fill = FillLayer::Memberships;
        } else {
            let still_on = match self.fill {
                FillLayer::None => true,
                FillLayer::Memberships => self.layers.memberships,
                FillLayer::Stance => stance_on(self),
                FillLayer::Communities => self.analysis.communities,
            };
            if !still_on {
                self.fill = self.implied_fill();
            }
        }
    }

    /// The state as a complete view (every key written). Format 1 when the
    /// fill and the statuses counted are what format 1 meant (so an older
    /// Heartland still reads it), else format 2 with `fill` and `statuses`.
    pub fn to_view(&self) -> View {
        let format_1 = self.fill == self.implied_fill()
            && self.statuses == Counted::default()
            && self.relations.top_k.is_none()
            && !self.relations.bundle
            && self.compare.is_none()
            && self.relations.aggregate.is_states()
            && self.relations.groups.is_empty()
            && self.analysis.scope.is_focus();
        View {
            format: Some(if format_1 { 1 } else { VIEW_FORMAT }),
            preset: self.preset,
            camera: Some(self.camera),
            year: Some(self.year),
            layers: Some(self.layers),
            organizations: Some(self.organizations.clone()),
            membership_set: Some(self.membership_set),
            relations: Some(self.relations.clone()),
            corridors: self
                .ticked_corridors
                .as_ref()
                .map(|ticked| ticked.iter().cloned().collect()),
            stance: self.stance.clone(),
            selection: Some(self.selection.clone()),
            analysis: Some(self.analysis.clone()),
            fill: (!format_1).then_some(self.fill),
            statuses: (!format_1).then_some(self.statuses),
            theme: Some(self.theme),
            compare: self.compare.clone().map(Box::new),
        }
    }
}

/// A saved view (`*.view.json`): every key optional; a missing key keeps the
/// default. Unknown keys are an error, so typos never pass silently.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<Preset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera: Option<Camera>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layers: Option<Layers>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizations: Option<Vec<OrgId>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership_set: Option<MembershipSet>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relations: Option<RelationFilter>,
    /// The corridors ticked; missing: none ticked, so all are drawn; `[]`:
    /// none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corridors: Option<Vec<CorridorId>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stance: Option<StanceId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<Selection>,
    /// Marker sizes, community colours, derived relations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analysis: Option<Analysis>,
    /// Which layer fills the countries (format 2; missing: what format 1
    /// meant, see [`FillLayer::implied`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fill: Option<FillLayer>,
    /// Which statuses count as in an organization (format 2; missing:
    /// members only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Counted>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// Compared with another year or stance (format 2); boxed, so a view
    /// stays small where it is passed by value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compare: Option<Box<Compare>>,
}

/// Why a view file could not be used: which file, where in it, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewError {
    /// The file as the user named it.
    pub file: String,
    /// The key path (`camera.zoom`) or `line L column C`.
    pub location: String,
    /// Plain-language reason (English by `Display`; [`Message::shown`] in
    /// the window's language).
    pub reason: Message,
}

impl ViewError {
    /// The error as [`fmt::Display`] writes it, in this thread's language
    /// (the window, or the command line with `--lang`): the file and the
    /// key path stay as written, the reason and `line L column C` are
    /// translated.
    pub fn shown(&self) -> String {
        shown_error(&self.file, &self.location, &self.reason)
    }
}

/// `file: location: reason` in this thread's language (a view's or a
/// tour's error): `line L column C` and the reason translated, the file and
/// a key path as written.
pub fn shown_error(file: &str, location: &str, reason: &Message) -> String {
    if location.is_empty() {
        format!("{file}: {}", reason.shown())
    } else {
        format!("{file}: {}: {}", shown_location(location), reason.shown())
    }
}

/// A location of [`parse_document`] in this thread's language: `line L
/// column C` translated, a key path (`camera.zoom`) as it is.
pub fn shown_location(location: &str) -> String {
    let numbers = location
        .strip_prefix("line ")
        .and_then(|rest| rest.split_once(" column "));
    match numbers {
        Some((line, column))
            if line.parse::<usize>().is_ok() && column.parse::<usize>().is_ok() =>
        {
            trf(
                "viewfile-line-column",
                "line { $line } column { $column }",
                &[("line", &line), ("column", &column)],
            )
        }
        _ => location.to_owned(),
    }
}

impl fmt::Display for ViewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: {}: {}", self.file, self.location, self.reason)
        }
    }
}

impl std::error::Error for ViewError {}

/// Years a view may ask for.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

impl View {
    /// Parse and check a view file's bytes. `file` names it in errors.
    ///
    /// # Errors
    /// Syntax errors, unknown keys, wrong types, unknown enum values and
    /// out-of-range values, each with the file, the key path and the reason.
    pub fn from_json(bytes: &[u8], file: &str) -> Result<Self, ViewError> {
        let err = |location: String, reason: Message| ViewError {
            file: file.to_owned(),
            location,
            reason,
        };
        let view: Self = parse_document(bytes, "view", &[]).map_err(|(location, reason)| {
            let reason = if location == "format" {
                Message::trf(
                    "viewfile-format-hint",
                    "{ $reason }; a view says \"format\": { $format }",
                    &[("format", &VIEW_FORMAT)],
                )
                .with("reason", reason)
            } else {
                reason
            };
            err(location, reason)
        })?;
        view.check().map_err(|(key, reason)| err(key, reason))?;
        Ok(view)
    }

    /// Value checks serde cannot express.
    fn check(&self) -> Result<(), (String, Message)> {
        if let Some(format) = self.format {
            if format > VIEW_FORMAT {
                return Err((
                    "format".into(),
                    Message::trf(
                        "viewfile-newer",
                        "made by a newer Heartland (format { $format }; this version reads up to { $max })",
                        &[("format", &format), ("max", &VIEW_FORMAT)],
                    ),
                ));
            }
            if format == 0 {
                return Err((
                    "format".into(),
                    Message::trf(
                        "viewfile-format-unsupported",
                        "view format { $format } is not supported (formats 1 to { $max })",
                        &[("format", &format), ("max", &VIEW_FORMAT)],
                    ),
                ));
            }
        }
        if let Some(camera) = &self.camera {
            let [lon, lat] = camera.center;
            if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
                return Err((
                    "camera.center[0]".into(),
                    Message::trf(
                        "viewfile-longitude",
                        "longitude { $value } is off the globe (must be between -180 and 180)",
                        &[("value", &lon)],
                    ),
                ));
            }
            if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
                return Err((
                    "camera.center[1]".into(),
                    Message::trf(
                        "viewfile-latitude",
                        "latitude { $value } is off the globe (must be between -90 and 90)",
                        &[("value", &lat)],
                    ),
                ));
            }
            if !(camera.zoom.is_finite()
                && (Camera::MIN_ZOOM..=Camera::MAX_ZOOM).contains(&camera.zoom))
            {
                return Err((
                    "camera.zoom".into(),
                    Message::trf(
                        "viewfile-zoom",
                        "zoom { $value } is out of range (must be between { $min } and { $max })",
                        &[
                            ("value", &camera.zoom),
                            ("min", &Camera::MIN_ZOOM),
                            ("max", &Camera::MAX_ZOOM),
                        ],
                    ),
                ));
            }
        }
        if let Some(year) = self.year
            && !YEAR_RANGE.contains(&year)
        {
            return Err((
                "year".into(),
                Message::trf(
                    "viewfile-year",
                    "year { $value } is out of range ({ $min }–{ $max })",
                    &[
                        ("value", &year),
                        ("min", YEAR_RANGE.start()),
                        ("max", YEAR_RANGE.end()),
                    ],
                ),
            ));
        }
        if let Some(relations) = &self.relations {
            let m = relations.min_strength;
            if !(m.is_finite() && (0.0..=1.0).contains(&m)) {
                return Err((
                    "relations.min_strength".into(),
                    Message::trf(
                        "viewfile-min-strength",
                        "{ $value } is out of range (must be between 0 and 1)",
                        &[("value", &m)],
                    ),
                ));
            }
            if relations.top_k == Some(0) {
                return Err((
                    "relations.top_k".into(),
                    Message::tr(
                        "viewfile-top-k-zero",
                        "0 would hide every relation (must be 1 or more; leave the key out to draw every relation)",
                    ),
                ));
            }
            crate::analysis::groups::check_user_groups(&relations.groups)?;
        }
        if let Some(compare) = &self.compare {
            compare.check()?;
        }
        Ok(())
    }

    /// The view as pretty JSON, ready to save.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// Parse one JSON document (UTF-8 byte-order marks are accepted) into `T`.
/// On failure, `(location, reason)`: the key path (`camera.zoom`), or `line L
/// column C` for a syntax error, and a plain-language reason that says what
/// to do; `what` names the document ("view", "tour"). Shared by the view and
/// tour formats.
///
/// Every text in the document (keys and values) is checked as the data
/// loaders check theirs ([`crate::data::text`]): C0 controls, DEL, C1
/// controls and the bidirectional embeddings, overrides and isolates are
/// refused, the joiners U+200C/U+200D kept; tab and line breaks only in the
/// keys named in `multiline` (a tour's `caption`).
pub fn parse_document<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    what: &'static str,
    multiline: &[&str],
) -> Result<T, (String, Message)> {
    use serde_json::Value;
    let bytes = crate::data::text::strip_boms(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let byte = bytes.get(at).copied().unwrap_or(0);
        (
            byte_location(bytes, at),
            Message::trf(
                "viewfile-not-utf8",
                "the file is not UTF-8 text (byte 0x{ $byte }); save it as UTF-8",
                &[("byte", &format!("{byte:02X}"))],
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err((
            String::new(),
            Message::trf(
                "viewfile-empty",
                "the file is empty; a { $what } file is a JSON object { $object }",
                &[("what", &what), ("object", &OBJECT)],
            ),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Value::deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| {
            let location = format!("line {} column {}", e.line(), e.column());
            (location, syntax_reason(&e, what))
        })?;
    let Value::Object(top) = &value else {
        let found = match &value {
            Value::Array(_) => Message::trf(
                "viewfile-found-list",
                "a list { $list }",
                &[("list", &LIST)],
            ),
            Value::String(_) => Message::tr("viewfile-found-string", "a string"),
            Value::Number(_) => Message::tr("viewfile-found-number", "a number"),
            Value::Bool(_) => Message::tr("viewfile-found-bool", "true or false"),
            Value::Null | Value::Object(_) => Message::verbatim("null"),
        };
        return Err((
            String::new(),
            Message::trf(
                "viewfile-not-object",
                "a { $what } file must be a JSON object { $object }, not { $found }",
                &[("what", &what), ("object", &OBJECT)],
            )
            .with("found", found),
        ));
    };
    for (key, value) in top {
        text_check(key, value, &crate::data::text::escaped(key), multiline)?;
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let location = if path == "." { String::new() } else { path };
        (location, plain_serde(&e.into_inner().to_string()))
    })
}

/// A JSON object and a JSON list as messages show them (values, so the
/// message files need no braces of their own).
const OBJECT: &str = "{ … }";
const LIST: &str = "[ … ]";

/// Line and column (1-based, in characters) of byte `at` of `bytes`.
fn byte_location(bytes: &[u8], at: usize) -> String {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(before.get(start..).unwrap_or_default())
        .chars()
        .count()
        + 1;
    format!("line {line} column {column}")
}

/// The first key or text under `value` (at key path `path`, reached by
/// key `key`) that holds a character no text may hold.
fn text_check(
    key: &str,
    value: &serde_json::Value,
    path: &str,
    multiline: &[&str],
) -> Result<(), (String, Message)> {
    use crate::data::text::{escaped, text_problem_message as text_problem};
    use serde_json::Value;
    if let Some(problem) = text_problem(key, false) {
        return Err((
            path.to_owned(),
            Message::trf(
                "viewfile-key-text",
                "the key \"{ $key }\" { $problem }",
                &[("key", &escaped(key))],
            )
            .with("problem", problem),
        ));
    }
    match value {
        Value::String(text) => match text_problem(text, multiline.contains(&key)) {
            Some(problem) => Err((
                path.to_owned(),
                Message::trf("viewfile-text", "the text { $problem }", &[])
                    .with("problem", problem),
            )),
            None => Ok(()),
        },
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| text_check(key, item, &format!("{path}[{i}]"), multiline)),
        Value::Object(fields) => fields
            .iter()
            .try_for_each(|(k, v)| text_check(k, v, &format!("{path}.{}", escaped(k)), multiline)),
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

/// A JSON syntax error in plain words (the location is reported apart);
/// `serde_json`'s own words about it are a value, in English.
fn syntax_reason(e: &serde_json::Error, what: &'static str) -> Message {
    let raw = e.to_string();
    let bare = raw.rfind(" at line ").map_or(raw.as_str(), |i| &raw[..i]);
    match e.classify() {
        serde_json::error::Category::Eof => Message::trf(
            "viewfile-truncated",
            "the file ends in the middle of the JSON (is it truncated?): { $detail }; complete the { $what } or save it again",
            &[("detail", &bare), ("what", &what)],
        ),
        _ if bare == "trailing characters" => Message::trf(
            "viewfile-trailing",
            "there is more text after the end of the { $what }; a file holds one JSON object { $object }",
            &[("what", &what), ("object", &OBJECT)],
        ),
        _ if bare == "recursion limit exceeded" => Message::tr(
            "viewfile-too-deep",
            "the JSON is nested too deeply (more than 128 levels)",
        ),
        _ if bare == "number out of range" => Message::tr(
            "viewfile-number-too-large",
            "a number is too large to represent (like 1e999)",
        ),
        _ => Message::trf(
            "viewfile-syntax",
            "JSON syntax error: { $detail }; check the text just before this place",
            &[("detail", &bare)],
        ),
    }
}

/// serde's wording of a value that does not fit, in the user's words: no
/// Rust type names (`u32`, `struct RawTour`), quotes instead of backticks,
/// and what to write instead. The keys and values quoted are values of the
/// message; a wording this does not know (a check of the program's own
/// types, like an id's) is kept as it is.
pub fn plain_serde(message: &str) -> Message {
    let msg = message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
        .replace('`', "\"");
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        if let Some(key) = rest.strip_suffix(", there are no fields") {
            return Message::trf(
                "viewfile-unknown-key-none-allowed",
                "unknown key { $key } (no key is allowed here); check its spelling",
                &[("key", &key)],
            );
        }
        return match rest.split_once(", expected ") {
            Some((key, expected)) => match expected.strip_prefix("one of ") {
                Some(list) => Message::trf(
                    "viewfile-unknown-key-one-of",
                    "unknown key { $key } (expected one of { $expected }); check its spelling",
                    &[("key", &key), ("expected", &list)],
                ),
                None => Message::trf(
                    "viewfile-unknown-key-expected",
                    "unknown key { $key } (expected { $expected }); check its spelling",
                    &[("key", &key), ("expected", &expected)],
                ),
            },
            None => Message::trf(
                "viewfile-unknown-key",
                "unknown key { $key }; check its spelling",
                &[("key", &rest)],
            ),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return Message::trf(
            "viewfile-missing-key",
            "missing key { $key }; add it",
            &[("key", &rest)],
        );
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return match rest.split_once(", expected ") {
            Some((value, expected)) => match expected.strip_prefix("one of ") {
                Some(list) => Message::trf(
                    "viewfile-unknown-value-one-of",
                    "unknown value { $value } (expected one of { $expected })",
                    &[("value", &value), ("expected", &list)],
                ),
                None => Message::trf(
                    "viewfile-unknown-value-expected",
                    "unknown value { $value } (expected { $expected })",
                    &[("value", &value), ("expected", &expected)],
                ),
            },
            None => Message::trf(
                "viewfile-unknown-value",
                "unknown value { $value }",
                &[("value", &rest)],
            ),
        };
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Message::tr(
            "viewfile-wrong-type",
            "expected { $expected }, not { $found }",
        )
        .with("expected", plain_type(expected))
        .with("found", plain_found(found));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Message::tr(
            "viewfile-value-not-allowed",
            "{ $found } is not allowed here; expected { $expected }",
        )
        .with("found", plain_found(found))
        .with("expected", plain_type(expected));
    }
    if let Some(rest) = msg.strip_prefix("invalid length ")
        && let Some((n, expected)) = rest.split_once(", expected ")
        && let Ok(n) = n.parse::<usize>()
    {
        return Message::trn(
            "viewfile-list-length",
            "this list has { $count } item; expected { $expected }",
            "this list has { $count } items; expected { $expected }",
            n,
            &[],
        )
        .with("expected", plain_type(expected));
    }
    if msg.starts_with("data did not match any variant") {
        return Message::tr(
            "viewfile-no-form",
            "the value does not have any of the allowed forms",
        );
    }
    Message::verbatim(msg)
}

/// What serde expected, without Rust type names.
fn plain_type(expected: &str) -> Message {
    let t = expected.trim();
    let items = |n: &str| match n.parse::<usize>() {
        Ok(n) => Message::trn(
            "viewfile-type-items",
            "a list of { $count } item",
            "a list of { $count } items",
            n,
            &[],
        ),
        Err(_) => Message::verbatim(t),
    };
    match t {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            Message::tr("viewfile-type-natural", "a whole number, 0 or more")
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
            Message::tr("viewfile-type-integer", "a whole number")
        }
        "f32" | "f64" => Message::tr("viewfile-type-number", "a number"),
        "a sequence" => Message::trf("viewfile-type-list", "a list { $list }", &[("list", &LIST)]),
        "a map" => Message::trf(
            "viewfile-type-object",
            "an object { $object }",
            &[("object", &OBJECT)],
        ),
        "a boolean" => Message::tr("viewfile-type-bool", "true or false"),
        "a string" | "a borrowed string" => Message::tr("viewfile-type-text", "a text in quotes"),
        "unit" => Message::verbatim("null"),
        _ if t.starts_with("struct ") || t.starts_with("a struct") => Message::trf(
            "viewfile-type-object",
            "an object { $object }",
            &[("object", &OBJECT)],
        ),
        _ if t.starts_with("an array of length ") => {
            items(t.trim_start_matches("an array of length "))
        }
        _ if t.starts_with("a tuple of size ") => items(t.trim_start_matches("a tuple of size ")),
        _ => Message::verbatim(t),
    }
}

/// What serde found, in plain words (`integer "-1"` → `-1`).
fn plain_found(found: &str) -> Message {
    let unquote = |s: &str| s.trim().trim_matches('"').to_owned();
    if let Some(n) = found.strip_prefix("integer ") {
        return Message::verbatim(unquote(n));
    }
    if let Some(n) = found.strip_prefix("floating point ") {
        return Message::trf(
            "viewfile-found-the-number",
            "the number { $number }",
            &[("number", &unquote(n))],
        );
    }
    if let Some(s) = found.strip_prefix("string ") {
        return Message::trf(
            "viewfile-found-the-text",
            "the text { $text }",
            &[("text", &crate::data::text::escaped(s.trim()))],
        );
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        return Message::verbatim(unquote(b));
    }
    match found {
        "sequence" => Message::trf(
            "viewfile-found-list",
            "a list { $list }",
            &[("list", &LIST)],
        ),
        "map" => Message::trf(
            "viewfile-found-object",
            "an object { $object }",
            &[("object", &OBJECT)],
        ),
        "unit value" | "null" => Message::verbatim("null"),
        other => Message::verbatim(other),
    }
}
