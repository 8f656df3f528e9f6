//! The bundled world geometry: Natural Earth 1:50m countries, lakes and
//! disputed territories at several levels of detail, decoded from the
//! quantized TopoJSON files in `assets/geo/` (see `assets/geo/SOURCE.md`).
//!
//! All shapes here are geographic: x = longitude, y = latitude, degrees.

use geo::{Coord, LineString, MultiLineString, MultiPolygon, Polygon};
use serde::Deserialize;

/// One country (or Natural Earth map unit) at one level of detail.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryGeom {
    /// ISO 3166-1 alpha-3 code, upper case; user-assigned `X..` codes for
    /// units without one (`XKX` Kosovo, `XNC` Northern Cyprus, `XSL`
    /// Somaliland, `XSG` Siachen Glacier).
    pub code: String,
    /// Natural Earth's short name ("Kazakhstan", "Bosnia and Herz.").
    pub name: String,
    /// The outline in lon/lat degrees. May be empty at coarse levels only
    /// if the unit has no area at all (never happens with the bundled data:
    /// the largest ring of every unit is kept).
    pub shape: MultiPolygon<f64>,
}

/// A lake or inland sea drawn over the land.
#[derive(Clone, Debug, PartialEq)]
pub struct LakeGeom {
    /// English name, or empty for lakes the source does not name.
    pub name: String,
    /// The outline in lon/lat degrees.
    pub shape: MultiPolygon<f64>,
}

/// Who held a disputed territory during a period.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// ISO alpha-3 of the state in control, or of the state backing the
    /// de facto authority named in [`Self::authority`].
    pub by: String,
    /// First year (inclusive); `None` = since before the data begins.
    #[serde(default)]
    pub from: Option<i32>,
    /// End year (exclusive, as everywhere in Heartland); `None` = still.
    #[serde(default)]
    pub to: Option<i32>,
    /// The authority actually in control when it is not the state `by`
    /// itself, e.g. "de facto Abkhaz authorities, backed by Russia".
    #[serde(default)]
    pub authority: Option<String>,
}

/// A disputed territory: drawn on top of (and cut out of) the country fills,
/// so it is never silently given to one side.
#[derive(Clone, Debug, PartialEq)]
pub struct DisputedGeom {
    /// Stable id (`crimea`, `abkhazia`, `south-ossetia`, `nagorno-karabakh`).
    pub id: String,
    /// English name.
    pub name: String,
    /// Control over time, oldest first.
    pub controlled_by: Vec<Control>,
    /// ISO alpha-3 codes of the states that claim it, sorted.
    pub claimed_by: Vec<String>,
    /// One neutral sentence of context.
    pub note: String,
    /// The outline at full detail (level 0), lon/lat degrees. Per-level
    /// outlines that match the simplified borders are in
    /// [`GeoLevel::disputed`].
    pub shape: MultiPolygon<f64>,
}

/// Everything at one level of detail.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoLevel {
    /// Douglas-Peucker tolerance the arcs were simplified with, in degrees
    /// of latitude (≈ 111 km per degree); 0 for the unsimplified level.
    pub tolerance_deg: f64,
    /// Countries sorted by code. The same codes in the same order at every
    /// level, so an index is valid across levels.
    pub countries: Vec<CountryGeom>,
    /// Lakes and inland seas (the Caspian first), same order at every level.
    pub lakes: Vec<LakeGeom>,
    /// Outlines of the disputed territories at this level, index-aligned
    /// with [`GeoAssets::disputed`].
    pub disputed: Vec<MultiPolygon<f64>>,
    /// International land borders, each drawn once (TopoJSON arcs shared by
    /// two units). Lines between a disputed territory and a state claiming
    /// it are left out: the disputed outline draws them.
    pub borders: MultiLineString<f64>,
    /// Coasts (arcs used by one unit only), including the Caspian shore.
    pub coastlines: MultiLineString<f64>,
}

/// All bundled geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoAssets {
    /// Levels of detail, finest first.
    pub levels: Vec<GeoLevel>,
    /// Disputed territories (facts and full-detail outline).
    pub disputed: Vec<DisputedGeom>,
}

/// Why geometry could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// The file is not valid JSON of the expected shape.
    #[error("{file}: {reason}")]
    Json {
        /// File name.
        file: String,
        /// serde's message, with line and column.
        reason: String,
    },
    /// The JSON is well-formed but its content is wrong.
    #[error("{file}: at {place}: {reason}")]
    Invalid {
        /// File name.
        file: String,
        /// JSON path of the offending value.
        place: String,
        /// What is wrong.
        reason: String,
    },
}

/// The bundled levels, finest first: (file name, bytes).
pub const BUNDLED_LEVELS: [(&str, &[u8]); 3] = [
    (
        "assets/geo/world-l0.topo.json",
        include_bytes!("../../assets/geo/world-l0.topo.json"),
    ),
    (
        "assets/geo/world-l1.topo.json",
        include_bytes!("../../assets/geo/world-l1.topo.json"),
    ),
    (
        "assets/geo/world-l2.topo.json",
        include_bytes!("../../assets/geo/world-l2.topo.json"),
    ),
];

const BUNDLED_DISPUTED: (&str, &[u8]) = (
    "assets/geo/disputed.json",
    include_bytes!("../../assets/geo/disputed.json"),
);

/// The simplification tolerance of each bundled level, finest first, in
/// degrees: what [`crate::scene::Scene::level_index_for`] chooses a level
/// by, known without decoding the files (a test checks it against them).
pub const BUNDLED_TOLERANCES_DEG: [f64; 3] = [0.0, 0.02, 0.1];

/// Decode the geometry bundled into the binary (all levels, eagerly).
///
/// # Errors
/// A [`GeoError`] naming the file and the reason if a bundled file is
/// corrupt (a build problem, not a user one).
pub fn load_bundled_geo() -> Result<GeoAssets, GeoError> {
    parse_geo(&BUNDLED_LEVELS, BUNDLED_DISPUTED)
}

/// The bundled geometry, or, if it cannot be decoded (a broken build), an
/// empty world and why: the window then opens and says so instead of
/// crashing.
pub fn bundled_geo_or_problem() -> (std::sync::Arc<GeoAssets>, Option<GeoError>) {
    match load_bundled_geo() {
        Ok(geo) => (std::sync::Arc::new(geo), None),
        Err(e) => (
            std::sync::Arc::new(GeoAssets {
                levels: Vec::new(),
                disputed: Vec::new(),
            }),
            Some(e),
        ),
    }
}

/// The bundled geometry with only the levels in `decoded` read from their
/// files: every other level keeps its place and its tolerance
/// ([`BUNDLED_TOLERANCES_DEG`]) but has no shapes at all. The disputed
/// territories' outlines are those of the finest decoded level.
///
/// For a one-off drawing that knows which level it needs (`heartland
/// render` of one view, see [`crate::render::bundled_geo_for`]): the other
/// levels are most of the decoding time. Drawing a level left out shows an
/// empty map, so a caller must check which levels it drew. Indices past the
/// bundled levels are ignored; with none decoded, there are no disputed
/// territories.
///
/// # Errors
/// As [`load_bundled_geo`], for the levels decoded.
pub fn load_bundled_geo_levels(decoded: &[usize]) -> Result<GeoAssets, GeoError> {
    let sources: Vec<LevelSource<'_>> = BUNDLED_LEVELS
        .iter()
        .zip(BUNDLED_TOLERANCES_DEG)
        .enumerate()
        .map(|(i, (&(file, bytes), tolerance_deg))| {
            if decoded.contains(&i) {
                LevelSource::Decode(file, bytes)
            } else {
                LevelSource::Skip { tolerance_deg }
            }
        })
        .collect();
    parse_sources(&sources, BUNDLED_DISPUTED)
}

/// Decode geometry from TopoJSON levels (finest first) and the disputed
/// facts file, in the format `scripts/build_geo.js` writes. Each input is
/// `(file name for messages, bytes)`.
///
/// # Errors
/// The first problem found, with file, JSON place and reason.
pub fn parse_geo(levels: &[(&str, &[u8])], disputed: (&str, &[u8])) -> Result<GeoAssets, GeoError> {
    let sources: Vec<LevelSource<'_>> = levels
        .iter()
        .map(|&(file, bytes)| LevelSource::Decode(file, bytes))
        .collect();
    if sources.is_empty() {
        // The facts file is still checked first.
        parse_disputed_facts(disputed.0, disputed.1)?;
        return Err(invalid(disputed.0, "levels", "no level of detail given"));
    }
    parse_sources(&sources, disputed)
}

/// A level to decode, `(file name for messages, bytes)`, or one to leave
/// empty.
enum LevelSource<'a> {
    Decode(&'a str, &'a [u8]),
    Skip { tolerance_deg: f64 },
}

impl LevelSource<'_> {
    /// The level: decoded, or empty with its tolerance.
    fn level(&self, facts: &[DisputedFacts]) -> Result<(GeoLevel, bool), GeoError> {
        match *self {
            Self::Decode(file, bytes) => parse_level(file, bytes, facts).map(|l| (l, true)),
            Self::Skip { tolerance_deg } => Ok((
                GeoLevel {
                    tolerance_deg,
                    countries: Vec::new(),
                    lakes: Vec::new(),
                    disputed: Vec::new(),
                    borders: MultiLineString(Vec::new()),
                    coastlines: MultiLineString(Vec::new()),
                },
                false,
            )),
        }
    }

    /// The file name, for messages.
    fn file(&self) -> &str {
        match self {
            Self::Decode(file, _) => file,
            Self::Skip { .. } => "",
        }
    }
}

/// [`parse_geo`] over levels some of which may be skipped.
fn parse_sources(
    sources: &[LevelSource<'_>],
    disputed: (&str, &[u8]),
) -> Result<GeoAssets, GeoError> {
    let facts = parse_disputed_facts(disputed.0, disputed.1)?;
    // The levels are independent: each is decoded on its own thread (the
    // first to decode, the finest and largest, on this one), which halves
    // the wait on two cores; a level left empty needs no thread. The
    // result, and the first error, are those of the level order.
    let here = sources
        .iter()
        .position(|source| matches!(source, LevelSource::Decode(..)));
    let results: Vec<Result<(GeoLevel, bool), GeoError>> = std::thread::scope(|scope| {
        let facts = &facts;
        let spawned: Vec<_> = sources
            .iter()
            .enumerate()
            .map(|(i, source)| {
                (matches!(source, LevelSource::Decode(..)) && Some(i) != here)
                    .then(|| scope.spawn(move || source.level(facts)))
            })
            .collect();
        spawned
            .into_iter()
            .zip(sources)
            .map(|(handle, source)| match handle {
                Some(handle) => handle.join().unwrap_or_else(|_| {
                    Err(invalid(source.file(), "", "decoding this level panicked"))
                }),
                None => source.level(facts),
            })
            .collect()
    });
    let parsed = results.into_iter().collect::<Result<Vec<_>, _>>()?;
    let finest_shapes = parsed
        .iter()
        .find(|(_, decoded)| *decoded)
        .map(|(level, _)| level.disputed.as_slice());
    let disputed = match finest_shapes {
        Some(shapes) => facts
            .into_iter()
            .zip(shapes)
            .map(|(f, shape)| DisputedGeom {
                id: f.id,
                name: f.name,
                controlled_by: f.controlled_by,
                claimed_by: f.claimed_by,
                note: f.note,
                shape: shape.clone(),
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(GeoAssets {
        levels: parsed.into_iter().map(|(level, _)| level).collect(),
        disputed,
    })
}

impl GeoAssets {
    /// The level at an index (finest = 0), or an error naming the index.
    ///
    /// # Errors
    /// [`GeoError::Invalid`] if there is no such level.
    pub fn level(&self, index: usize) -> Result<&GeoLevel, GeoError> {
        self.levels.get(index).ok_or_else(|| {
            invalid(
                "bundled geometry",
                &format!("levels[{index}]"),
                &format!("only {} levels", self.levels.len()),
            )
        })
    }

    /// The country with an alpha-3 code at a level, if any.
    pub fn country(&self, level: usize, code: &str) -> Option<&CountryGeom> {
        let countries = &self.levels.get(level)?.countries;
        countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .and_then(|i| countries.get(i))
    }
}

fn invalid(file: &str, place: &str, reason: &str) -> GeoError {
    GeoError::Invalid {
        file: file.to_owned(),
        place: place.to_owned(),
        reason: reason.to_owned(),
    }
}

// --- disputed.json --------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisputedFile {
    format: u32,
    disputed: Vec<DisputedFacts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisputedFacts {
    id: String,
    name: String,
    controlled_by: Vec<Control>,
    claimed_by: Vec<String>,
    note: String,
}

fn parse_disputed_facts(file: &str, bytes: &[u8]) -> Result<Vec<DisputedFacts>, GeoError> {
    let parsed: DisputedFile = serde_json::from_slice(bytes).map_err(|e| GeoError::Json {
        file: file.to_owned(),
        reason: e.to_string(),
    })?;
    if parsed.format != 1 {
        return Err(invalid(
            file,
            "format",
            &format!("unsupported format {}, expected 1", parsed.format),
        ));
    }
    Ok(parsed.disputed)
}

// --- TopoJSON --------------------------------------------------------------

#[derive(Deserialize)]
struct Topology<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    heartland: Option<LevelMeta>,
    transform: Transform,
    objects: Objects,
    /// The arcs' JSON text, decoded by [`Arcs::parse`]: they are most of a
    /// file (tens of thousands of integer pairs), and reading them directly
    /// takes a fraction of the time of going through serde.
    #[serde(borrow)]
    arcs: &'a serde_json::value::RawValue,
}

#[derive(Deserialize)]
struct LevelMeta {
    tolerance_deg: f64,
}

/// A TopoJSON `transform`: quantized arc positions times `scale` plus
/// `translate` are longitude and latitude.
#[derive(Deserialize)]
pub struct Transform {
    /// Degrees per quantization step (longitude, latitude).
    pub scale: [f64; 2],
    /// The position of quantized (0, 0), in degrees.
    pub translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
    lakes: Collection,
    disputed: Collection,
    borders: Lines,
    coastlines: Lines,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<TopoPolygons>,
}

#[derive(Deserialize)]
struct TopoPolygons {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    properties: Option<Properties>,
    #[serde(default)]
    arcs: Vec<Vec<Vec<i64>>>,
}

#[derive(Deserialize)]
struct Properties {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
struct Lines {
    #[serde(rename = "type")]
    kind: String,
    arcs: Vec<Vec<i64>>,
}

/// Arcs decoded to absolute lon/lat: arc `k` is
/// `points[starts[k]..starts[k + 1]]`.
pub struct Arcs {
    points: Vec<Coord<f64>>,
    /// Where each arc starts in `points`, then `points.len()`.
    starts: Vec<usize>,
}

impl Arcs {
    /// Decode the TopoJSON `arcs` array, `[[[x, y], [dx, dy], …], …]`
    /// (quantized, delta-encoded integers), from its JSON text. An error is
    /// `(place, reason)`, the place a JSON path (`arcs[3][17]`).
    pub fn parse(json: &str, t: &Transform) -> Result<Self, (String, String)> {
        let mut text = JsonText {
            bytes: json.as_bytes(),
            pos: 0,
        };
        let mut arcs = Self {
            points: Vec::with_capacity(json.len() / 8),
            starts: vec![0],
        };
        let fail = |place: String, reason: &str| Err((place, reason.to_owned()));
        if !text.eat(b'[') {
            return fail("arcs".to_owned(), "expected an array of arcs");
        }
        if !text.eat(b']') {
            for i in 0.. {
                if !text.eat(b'[') {
                    return fail(format!("arcs[{i}]"), "expected an array of positions");
                }
                let (mut x, mut y) = (0_i64, 0_i64);
                if !text.eat(b']') {
                    for j in 0.. {
                        let delta = text.eat(b'[').then(|| text.int()).flatten().and_then(|dx| {
                            let dy = text.eat(b',').then(|| text.int()).flatten()?;
                            text.eat(b']').then_some((dx, dy))
                        });
                        let Some((dx, dy)) = delta else {
                            return fail(
                                format!("arcs[{i}][{j}]"),
                                "expected a position [x, y] of two integers",
                            );
                        };
                        let (Some(nx), Some(ny)) = (x.checked_add(dx), y.checked_add(dy)) else {
                            return fail(format!("arcs[{i}][{j}]"), "coordinate out of range");
                        };
                        (x, y) = (nx, ny);
                        arcs.points.push(Coord {
                            x: x as f64 * t.scale[0] + t.translate[0],
                            y: y as f64 * t.scale[1] + t.translate[1],
                        });
                        if text.eat(b']') {
                            break;
                        }
                        if !text.eat(b',') {
                            return fail(
                                format!("arcs[{i}]"),
                                "expected `,` or `]` after a position",
                            );
                        }
                    }
                }
                arcs.starts.push(arcs.points.len());
                if text.eat(b']') {
                    break;
                }
                if !text.eat(b',') {
                    return fail("arcs".to_owned(), "expected `,` or `]` after an arc");
                }
            }
        }
        if text.peek().is_some() {
            return fail("arcs".to_owned(), "unexpected text after the arcs");
        }
        Ok(arcs)
    }

    /// Number of arcs.
    fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Arc `k`'s points.
    pub fn get(&self, k: usize) -> Option<&[Coord<f64>]> {
        let (&start, &end) = (self.starts.get(k)?, self.starts.get(k + 1)?);
        self.points.get(start..end)
    }

    /// Append the points of arc `index` (negative = reversed, `!i`) to
    /// `out`, skipping the first point when `out` already ends there.
    fn append(&self, index: i64, out: &mut Vec<Coord<f64>>) -> Option<()> {
        let (k, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = self.get(usize::try_from(k).ok()?)?;
        let skip = usize::from(!out.is_empty());
        if reversed {
            out.extend(arc.iter().rev().skip(skip));
        } else {
            out.extend(arc.iter().skip(skip));
        }
        Some(())
    }
}

/// A cursor over JSON text, for [`Arcs::parse`].
struct JsonText<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl JsonText<'_> {
    /// The next byte that is not JSON whitespace, if any (not consumed).
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
        self.bytes.get(self.pos).copied()
    }

    /// Consume `byte` if it comes next (after whitespace).
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    /// A JSON integer that fits `i64`; `None` for anything else (a
    /// fraction or exponent, no digits, too many digits).
    fn int(&mut self) -> Option<i64> {
        let negative = self.eat(b'-');
        let start = self.pos;
        let mut value: i64 = 0;
        while let Some(&digit @ b'0'..=b'9') = self.bytes.get(self.pos) {
            value = value
                .checked_mul(10)?
                .checked_add(i64::from(digit - b'0'))?;
            self.pos += 1;
        }
        if self.pos == start || matches!(self.bytes.get(self.pos), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        Some(if negative { -value } else { value })
    }
}

struct LevelCtx<'a> {
    file: &'a str,
    arcs: Arcs,
}

impl LevelCtx<'_> {
    /// The line through arcs `indices`; an error names the place the
    /// `place` closure gives (only written when there is one).
    fn line(
        &self,
        indices: &[i64],
        place: impl Fn() -> String,
    ) -> Result<LineString<f64>, GeoError> {
        // Every point of its arcs, less the one each shares with the last.
        let points: usize = indices
            .iter()
            .map(|&i| {
                let k = if i < 0 { !i } else { i };
                usize::try_from(k)
                    .ok()
                    .and_then(|k| self.arcs.get(k))
                    .map_or(0, <[_]>::len)
            })
            .sum();
        let mut coords = Vec::with_capacity(points);
        for (j, &i) in indices.iter().enumerate() {
            self.arcs.append(i, &mut coords).ok_or_else(|| {
                invalid(
                    self.file,
                    &format!("{}[{j}]", place()),
                    &format!("arc index {i} out of range (have {})", self.arcs.len()),
                )
            })?;
        }
        Ok(LineString(coords))
    }

    fn multipolygon(&self, g: &TopoPolygons, place: &str) -> Result<MultiPolygon<f64>, GeoError> {
        if g.kind != "MultiPolygon" {
            return Err(invalid(
                self.file,
                &format!("{place}.type"),
                &format!("expected MultiPolygon, found {:?}", g.kind),
            ));
        }
        let mut polygons = Vec::with_capacity(g.arcs.len());
        for (p, rings) in g.arcs.iter().enumerate() {
            let mut lines = Vec::with_capacity(rings.len());
            for (r, ring) in rings.iter().enumerate() {
                lines.push(self.line(ring, || format!("{place}.arcs[{p}][{r}]"))?);
            }
            let mut lines = lines.into_iter();
            if let Some(exterior) = lines.next() {
                polygons.push(Polygon::new(exterior, lines.collect()));
            }
        }
        Ok(MultiPolygon(polygons))
    }

    fn lines(&self, l: &Lines, place: &str) -> Result<MultiLineString<f64>, GeoError> {
        if l.kind != "MultiLineString" {
            return Err(invalid(
                self.file,
                &format!("{place}.type"),
                &format!("expected MultiLineString, found {:?}", l.kind),
            ));
        }
        let mut out = Vec::with_capacity(l.arcs.len());
        for (i, line) in l.arcs.iter().enumerate() {
            out.push(self.line(line, || format!("{place}.arcs[{i}]"))?);
        }
        Ok(MultiLineString(out))
    }
}

fn parse_level(file: &str, bytes: &[u8], facts: &[DisputedFacts]) -> Result<GeoLevel, GeoError> {
    let topo: Topology<'_> = serde_json::from_slice(bytes).map_err(|e| GeoError::Json {
        file: file.to_owned(),
        reason: e.to_string(),
    })?;
    if topo.kind != "Topology" {
        return Err(invalid(
            file,
            "type",
            &format!("expected \"Topology\", found {:?}", topo.kind),
        ));
    }
    let t = &topo.transform;
    if !(t.scale.iter().chain(&t.translate).all(|v| v.is_finite())) {
        return Err(invalid(file, "transform", "non-finite scale or translate"));
    }
    let arcs = Arcs::parse(topo.arcs.get(), t)
        .map_err(|(place, reason)| invalid(file, &place, &reason))?;
    let ctx = LevelCtx { file, arcs };
    let objects = &topo.objects;

    let mut countries = Vec::with_capacity(objects.countries.geometries.len());
    for (i, g) in objects.countries.geometries.iter().enumerate() {
        let place = format!("objects.countries.geometries[{i}]");
        let code =
            g.id.clone()
                .ok_or_else(|| invalid(file, &place, "country without an id"))?;
        let name = g
            .properties
            .as_ref()
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| code.clone());
        countries.push(CountryGeom {
            shape: ctx.multipolygon(g, &place)?,
            code,
            name,
        });
    }
    if let Some(w) = countries.windows(2).find(|w| w[0].code >= w[1].code) {
        return Err(invalid(
            file,
            "objects.countries",
            &format!("codes not sorted or repeated at {:?}", w[1].code),
        ));
    }

    let mut lakes = Vec::with_capacity(objects.lakes.geometries.len());
    for (i, g) in objects.lakes.geometries.iter().enumerate() {
        let place = format!("objects.lakes.geometries[{i}]");
        lakes.push(LakeGeom {
            name: g
                .properties
                .as_ref()
                .and_then(|p| p.name.clone())
                .unwrap_or_default(),
            shape: ctx.multipolygon(g, &place)?,
        });
    }

    if objects.disputed.geometries.len() != facts.len() {
        return Err(invalid(
            file,
            "objects.disputed",
            &format!(
                "{} shapes but disputed.json lists {} territories",
                objects.disputed.geometries.len(),
                facts.len()
            ),
        ));
    }
    let mut disputed = Vec::with_capacity(facts.len());
    for (i, (g, f)) in objects.disputed.geometries.iter().zip(facts).enumerate() {
        let place = format!("objects.disputed.geometries[{i}]");
        if g.id.as_deref() != Some(f.id.as_str()) {
            return Err(invalid(
                file,
                &format!("{place}.id"),
                &format!(
                    "expected {:?} (order of disputed.json), found {:?}",
                    f.id, g.id
                ),
            ));
        }
        disputed.push(ctx.multipolygon(g, &place)?);
    }

    Ok(GeoLevel {
        tolerance_deg: topo.heartland.map_or(0.0, |m| m.tolerance_deg),
        borders: ctx.lines(&objects.borders, "objects.borders")?,
        coastlines: ctx.lines(&objects.coastlines, "objects.coastlines")?,
        countries,
        lakes,
        disputed,
    })
}
