//! The legend on the map: one section for each overlay that is on, so a
//! screenshot or a PNG explains itself.

use std::borrow::Cow;

use egui::{Color32, FontId, Painter, Rect, Stroke, pos2, vec2};

use crate::i18n::{tr, trf, trn};
use crate::model::{CountryCode, Dataset, MembershipStatus};
use crate::shown::{Shown, StanceCell};
use crate::state::{
    Analysis, Corner, DerivedKind, FillLayer, Layers, LegendPlace, MembershipSet, MetricsGraph,
    Theme,
};
use crate::style::{mode_color, org_color, position_color, score_color, status_style};

use super::memberships;

/// One line of the legend.
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    /// A section title.
    Title(String),
    /// A line sample (colour, width, dash).
    Line(Color32, f32, Option<(f32, f32)>, String),
    /// A membership badge.
    Badge(Color32, MembershipStatus, String),
    /// A fill swatch.
    Fill(Color32, String),
    /// A hatched swatch ("not recorded": the hatch line colour).
    Hatch(Color32, String),
    /// A capital marker of this radius (points, at most the row height).
    Marker(f32, String),
    /// Plain text.
    Text(String),
}

/// What the legend lists: the overlays that are on, from what they show.
pub struct LegendInput<'a> {
    /// The data.
    pub dataset: &'a Dataset,
    /// What the view shows.
    pub shown: &'a Shown,
    /// Which layers are on.
    pub layers: Layers,
    /// The theme (corridor colours depend on it).
    pub theme: Theme,
    /// Marker sizes, community colours, derived relations.
    pub analysis: &'a Analysis,
}

/// Fill swatches for the countries tinted as members of the chosen set: one
/// per organization whose members alone are tinted in its colour, one for
/// countries in several, each in the fill the map gives its first country.
fn set_fill_rows(input: &LegendInput<'_>) -> Vec<Row> {
    let ds = input.dataset;
    let m = &input.shown.memberships;
    let palette = crate::palette::Palette::of(input.theme);
    let mut single: Vec<(&crate::model::OrgId, Color32)> = Vec::new();
    let mut several: Option<Color32> = None;
    for code in &m.set {
        let base = super::base::land_color(Some(*code), ds, &palette);
        match m.counted_in(*code) {
            [org] => {
                if !single.iter().any(|(o, _)| *o == org) {
                    single.push((org, base));
                }
            }
            _ => {
                several.get_or_insert(base);
            }
        }
    }
    let mut rows = Vec::new();
    for org in &m.organizations {
        if let Some((_, base)) = single.iter().find(|(o, _)| *o == org) {
            let tint = org_color(ds, org);
            let name = ds
                .organizations
                .get(org)
                .map_or_else(|| org.to_string(), |o| o.display_acronym().into_owned());
            let label = if m.organizations.len() > 1 {
                trf(
                    "legend-shaded-in-only",
                    "shaded: in { $name } only",
                    &[("name", &name)],
                )
            } else {
                trf(
                    "legend-shaded-in",
                    "shaded: in { $name }",
                    &[("name", &name)],
                )
            };
            rows.push(Row::Fill(
                memberships::mix(*base, tint, memberships::TINT_SHARE),
                label,
            ));
        }
    }
    if let Some(base) = several {
        let label = match m.set_op {
            MembershipSet::Intersection => tr("legend-shaded-in-all", "shaded: in all of them"),
            MembershipSet::Union | MembershipSet::Difference => {
                tr("legend-shaded-in-several", "shaded: in two or more of them")
            }
        };
        rows.push(Row::Fill(
            memberships::mix(base, memberships::SEVERAL_TINT, memberships::TINT_SHARE),
            label.into_owned(),
        ));
    }
    rows
}

/// The rows of the legend.
pub fn rows(input: &LegendInput<'_>) -> Vec<Row> {
    let mut rows = Vec::new();
    let ds = input.dataset;
    let shown = input.shown;
    if let Some(diff) = super::compare::on_map(shown) {
        // A difference map shows only the changes.
        return super::compare::legend_rows(diff, ds);
    }
    if input.layers.relations {
        rows.push(Row::Title(
            tr("legend-relations", "Relations (width = strength)").into_owned(),
        ));
        for (score, label) in [
            (0.8, tr("legend-band-allied", "allied")),
            (0.3, tr("legend-band-friendly", "friendly")),
            (0.0, tr("legend-band-neutral", "neutral")),
            (-0.3, tr("legend-band-cool", "cool")),
            (-0.8, tr("legend-band-hostile", "hostile")),
        ] {
            rows.push(Row::Line(
                score_color(score),
                crate::style::score_width(score),
                None,
                label.into_owned(),
            ));
        }
        if let Some(k) = shown.top_k {
            rows.push(Row::Text(trn(
                "legend-relations-hidden",
                "{ $count } weaker relation hidden (top { $k } per state)",
                "{ $count } weaker relations hidden (top { $k } per state)",
                shown.relations_hidden,
                &[("k", &k)],
            )));
        }
        if shown.bundled {
            rows.push(Row::Text(
                tr(
                    "bundle-legend",
                    "Bundled by density (KDEEB): colour is still sign, width strength",
                )
                .into_owned(),
            ));
        }
        rows.extend(super::groups::legend_rows(shown));
    }
    let m = &shown.memberships;
    if input.layers.memberships && !m.organizations.is_empty() {
        rows.push(Row::Title(
            tr("legend-organizations", "Organizations").into_owned(),
        ));
        for org in &m.organizations {
            if let Some(o) = ds.organizations.get(org) {
                rows.push(Row::Badge(
                    org_color(ds, org),
                    MembershipStatus::Member,
                    // The acronym alone keeps the legend narrow; the layers
                    // panel and the inspector give the full name.
                    o.display_acronym().into_owned(),
                ));
            }
        }
        let grey = Color32::from_gray(110);
        rows.push(Row::Badge(
            grey,
            MembershipStatus::Member,
            tr("legend-member", "member").into_owned(),
        ));
        rows.push(Row::Badge(
            grey,
            MembershipStatus::Observer,
            tr(
                "legend-observer-partner-associate",
                "observer, partner, associate",
            )
            .into_owned(),
        ));
        rows.push(Row::Badge(
            grey,
            MembershipStatus::Suspended,
            tr("legend-suspended", "suspended").into_owned(),
        ));
        // The rule of statuses, named: the counts below follow it.
        rows.push(Row::Text(trf(
            "legend-counted",
            "Counted: { $statuses }",
            &[("statuses", &m.counted.label())],
        )));
        let what = match m.set_op {
            _ if m.organizations.len() == 1 => tr("legend-set-in-it", "in it"),
            MembershipSet::Union => tr("legend-set-in-any", "in any of them"),
            MembershipSet::Intersection => tr("legend-set-in-all", "in all of them"),
            MembershipSet::Difference => tr(
                "legend-set-in-first-only",
                "in the first and none of the others",
            ),
        };
        let n = m.set.len();
        if shown.fill == FillLayer::Memberships {
            if m.organizations.len() > 1 {
                rows.push(Row::Text(trn(
                    "legend-shaded-count",
                    "Shaded: { $count } country { $what }",
                    "Shaded: { $count } countries { $what }",
                    n,
                    &[("what", &what)],
                )));
            }
            // Every tint on the map, with the fill it gives.
            rows.extend(set_fill_rows(input));
        } else if n > 0 {
            rows.push(Row::Text(trn(
                "legend-shading-hidden",
                "{ $count } country { $what }; shading hidden: { $reason }",
                "{ $count } countries { $what }; shading hidden: { $reason }",
                n,
                &[("what", &what), ("reason", &shown.fill.hides_because())],
            )));
        }
    }
    if input.layers.corridors && !shown.corridors.is_empty() {
        let mut modes: Vec<_> = shown
            .corridors
            .iter()
            .flat_map(|c| c.segments.iter().map(|s| s.mode))
            .collect();
        modes.sort_unstable();
        modes.dedup();
        let mut statuses: Vec<_> = shown
            .corridors
            .iter()
            .map(|c| (c.status, c.undated))
            .collect();
        statuses.sort_unstable();
        statuses.dedup();
        rows.push(Row::Title(tr("legend-corridors", "Corridors").into_owned()));
        for mode in modes {
            rows.push(Row::Line(
                mode_color(mode, input.theme),
                3.5,
                None,
                mode.label().into_owned(),
            ));
        }
        for (status, undated) in statuses {
            let style = status_style(status);
            let color = if style.greyed {
                Color32::from_gray(0x90)
            } else {
                Color32::from_gray(70)
            };
            let label = match status {
                None => tr("legend-not-yet-proposed", "not yet proposed").into_owned(),
                Some(s) if undated => trf(
                    "legend-date-not-recorded",
                    "{ $status } (date not recorded)",
                    &[("status", &s.label())],
                ),
                Some(s) => s.label().into_owned(),
            };
            rows.push(Row::Line(color, style.width, style.dash, label));
        }
    }
    if let Some(st) = &shown.stance
        && let Some(stance) = ds.stances.get(&st.id)
    {
        rows.push(Row::Title(crate::shown::stance_title(stance)));
        if shown.fill != FillLayer::Stance && st.in_effect {
            rows.push(Row::Text(hidden(shown.fill)));
        }
        let counts: &[(StanceCell, usize)] = if shown.fill == FillLayer::Stance {
            &st.counts
        } else {
            &[]
        };
        // A cell nobody is in has nothing drawn in its colour: no entry.
        for (cell, n) in counts.iter().filter(|(_, n)| *n > 0) {
            match cell {
                StanceCell::Recorded(position) => rows.push(Row::Fill(
                    position_color(*position),
                    format!("{}: {n}", position.label()),
                )),
                StanceCell::NotRecorded => rows.push(Row::Hatch(
                    crate::style::NOT_RECORDED_HATCH,
                    trf(
                        "legend-not-recorded",
                        "Not recorded: { $count }",
                        &[("count", n)],
                    ),
                )),
                StanceCell::NotUnMember => {
                    rows.push(Row::Text(trf(
                        "legend-not-un-member",
                        "Not a UN member then: { $count }",
                        &[("count", n)],
                    )));
                }
            }
        }
    }
    analysis_rows(input, &mut rows);
    rows
}

/// The legend of the analysis: derived arcs, marker sizes, community fills.
fn analysis_rows(input: &LegendInput<'_>, rows: &mut Vec<Row>) {
    let shown = input.shown;
    let analysis = input.analysis;
    for kind in &analysis.derived {
        let count = shown.derived.iter().filter(|d| d.kind == *kind).count();
        rows.push(Row::Title(trf(
            "legend-derived",
            "{ $kind } (derived, width = share)",
            &[("kind", &kind.label())],
        )));
        let what = match kind {
            DerivedKind::SharedMemberships => tr(
                "legend-derived-shared-memberships",
                "share of the year's organizations both are full members of",
            ),
            DerivedKind::UnVoteAgreement => tr(
                "legend-derived-un-vote-agreement",
                "share of recorded UN votes to this year cast alike",
            ),
        };
        rows.push(Row::Line(
            crate::style::derived_color(*kind),
            3.0,
            Some((8.0, 4.0)),
            trn(
                "legend-derived-pairs",
                "{ $what }: { $count } pair",
                "{ $what }: { $count } pairs",
                count,
                &[("what", &what)],
            ),
        ));
    }
    // Bundled as soon as a kind has two pairs to bundle (fewer: drawn as
    // they were).
    let bundled = analysis.derived.iter().any(|kind| {
        shown
            .derived
            .iter()
            .filter(|d| d.kind == *kind)
            .nth(1)
            .is_some()
    });
    if shown.derived_bundled && bundled {
        rows.push(Row::Text(
            tr(
                "bundle-legend-derived",
                "Derived arcs bundled by density (KDEEB), each kind apart: colour is still the kind, width the share",
            )
            .into_owned(),
        ));
    }
    let Some(metrics) = shown.metrics.as_deref() else {
        return;
    };
    let graph = graph_phrase(analysis.graph);
    if let Some(metric) = analysis.size_by.metric() {
        rows.push(Row::Title(trf(
            "legend-capitals-sized",
            "Capitals sized by { $metric } ({ $graph })",
            &[
                ("metric", &crate::figure::lowercase(&metric.label())),
                ("graph", &graph),
            ],
        )));
        let ranking = metrics.ranking(metric);
        match ranking.first() {
            Some((top, max)) if *max > 0.0 => {
                rows.push(Row::Marker(
                    super::analysis::MAX_MARKER_RADIUS,
                    trf(
                        "legend-largest",
                        "largest: { $name } { $value }",
                        &[
                            ("name", &input.dataset.country_name(*top)),
                            ("value", &fmt_value(*max)),
                        ],
                    ),
                ));
                rows.push(Row::Marker(
                    super::analysis::MIN_MARKER_RADIUS,
                    "0".to_owned(),
                ));
            }
            _ => rows.push(Row::Text(
                tr("legend-every-state-zero", "Every state has 0").into_owned(),
            )),
        }
    }
    if analysis.communities {
        rows.push(Row::Title(trf(
            "legend-communities",
            "Communities (signed modularity, Louvain; { $graph })",
            &[("graph", &graph)],
        )));
        if shown.fill != FillLayer::Communities {
            rows.push(Row::Text(hidden(shown.fill)));
            return;
        }
        for (i, members) in metrics.communities.iter().enumerate() {
            if members.len() < 2 {
                continue;
            }
            let land = crate::palette::Palette::of(input.theme).land_core;
            let Some(color) = crate::style::community_fill(i, land) else {
                continue;
            };
            let names: Vec<&str> = members.iter().map(CountryCode::as_str).collect();
            rows.push(Row::Fill(
                color,
                trf(
                    "legend-bloc",
                    "Bloc { $number }: { $members }",
                    &[
                        ("number", &crate::analysis::bloc_number(i)),
                        ("members", &names.join(" ")),
                    ],
                ),
            ));
        }
        let (coloured, more) = super::analysis::blocs(metrics);
        if coloured == 0 {
            rows.push(Row::Text(
                tr("legend-no-bloc", "No bloc of two or more states").into_owned(),
            ));
        }
        if more > 0 {
            rows.push(Row::Text(trn(
                "legend-smaller-blocs",
                "{ $count } smaller bloc not coloured",
                "{ $count } smaller blocs not coloured",
                more,
                &[],
            )));
        }
        let alone = metrics.communities.iter().filter(|c| c.len() == 1).count();
        if alone > 0 {
            rows.push(Row::Text(trn(
                "legend-uncoloured",
                "Uncoloured: { $count } state in no bloc",
                "Uncoloured: { $count } states in no bloc",
                alone,
                &[],
            )));
        }
    }
}

/// "Hidden: the stance fills the countries": why a layer's fill is not
/// drawn.
fn hidden(fill: FillLayer) -> String {
    trf(
        "legend-hidden",
        "Hidden: { $reason }",
        &[("reason", &fill.hides_because())],
    )
}

/// The graph the metrics are computed on, as the legend's titles name it
/// ("on relations shown").
fn graph_phrase(graph: MetricsGraph) -> Cow<'static, str> {
    match graph {
        MetricsGraph::Relations => tr("legend-on-relations", "on relations shown"),
        MetricsGraph::SharedMemberships => {
            tr("legend-on-shared-memberships", "on shared memberships")
        }
        MetricsGraph::UnVoteAgreement => tr("legend-on-un-vote-agreement", "on UN vote agreement"),
    }
}

/// A metric value for the legend: three significant decimals.
fn fmt_value(x: f64) -> String {
    if x.abs() >= 10.0 {
        crate::i18n::number(x, 1)
    } else {
        crate::i18n::number(x, 3)
    }
}

/// Row height and swatch width of the legend, points.
const ROW: f32 = 20.0;
const SWATCH: f32 = 26.0;
/// Height of the window legend's header (fold button, "Legend", corner).
pub const HEADER: f32 = 26.0;
/// The window legend's largest share of the map's height.
pub const MAX_HEIGHT_SHARE: f32 = 0.45;
/// Gap between the legend and the map's edge, points.
const MARGIN: f32 = 10.0;
/// Band at the foot of the map kept for the scale bar (bottom left) and the
/// attribution (bottom right): a legend in a bottom corner sits above it.
pub const FOOT: f32 = 46.0;

/// The legend's rows laid out: one galley per row, the width and height of
/// the rows.
pub struct Laid {
    galleys: Vec<std::sync::Arc<egui::Galley>>,
    /// Width of the widest row, points.
    pub width: f32,
    /// Height of all rows, points.
    pub height: f32,
    /// Width the window legend's header needs: its fold icon, its title and
    /// its Move button in the window's language ("Шартты белгілер" and
    /// "Жылжыту" need more than "Legend" and "Move").
    pub header_width: f32,
}

/// How far a row's text starts from its swatch's left edge.
fn indent(row: &Row) -> f32 {
    if matches!(row, Row::Title(_) | Row::Text(_)) {
        0.0
    } else {
        SWATCH + 6.0
    }
}

/// The height of a row of `galley`: one row, plus its further lines.
fn row_height(g: &egui::Galley) -> f32 {
    let lines = g.rows.len().max(1) as f32;
    ROW + (g.size().y - g.size().y / lines)
}

/// Lay the rows out, wrapping long lines (an issue's title) at `max_width`.
pub fn lay_out(painter: &Painter, rows: &[Row], text: Color32, max_width: f32) -> Laid {
    let font = FontId::proportional(13.0);
    let title_font = FontId::proportional(14.0);
    let galleys: Vec<_> = rows
        .iter()
        .map(|row| {
            let wrap = max_width - indent(row);
            match row {
                Row::Title(t) => painter.layout(t.clone(), title_font.clone(), text, wrap),
                Row::Line(.., t)
                | Row::Badge(.., t)
                | Row::Fill(_, t)
                | Row::Hatch(_, t)
                | Row::Marker(_, t)
                | Row::Text(t) => painter.layout(t.clone(), font.clone(), text, wrap),
            }
        })
        .collect();
    let width = galleys
        .iter()
        .zip(rows)
        .map(|(g, row)| g.size().x + indent(row))
        .fold(0.0_f32, f32::max)
        .min(max_width);
    let height = galleys.iter().map(|g| row_height(g)).sum();
    // The header's words as egui lays its buttons out (body size), with the
    // icon, the buttons' padding, the spacing between and the margins.
    let header_word = |word: String| {
        painter
            .layout_no_wrap(word, FontId::proportional(14.0), text)
            .size()
            .x
    };
    let header_width = header_word(tr("legend-title", "Legend").into_owned())
        + header_word(tr("legend-move", "Move").into_owned())
        + 14.0
        + 3.0 * 8.0
        + 2.0 * 2.0 * 4.0
        + 2.0 * 6.0
        + 8.0;
    Laid {
        galleys,
        width,
        height,
        header_width,
    }
}

/// The widest the legend's rows may be in a map of `map` size: 45 % of
/// the map's width, at most 360 points.
pub fn max_width(map: Rect) -> f32 {
    (map.width() * 0.45).clamp(120.0, 360.0)
}

/// Paint the legend in the top-right corner of `rect` (the headless
/// render; the window shows [`window_legend`]). Long lines (an issue's
/// title) wrap to at most 45 % of the map's width. Returns the rectangle
/// it took.
pub fn paint(
    painter: &Painter,
    rect: Rect,
    rows: &[Row],
    text: Color32,
    background: Color32,
) -> Option<Rect> {
    if rows.is_empty() {
        return None;
    }
    let laid = lay_out(painter, rows, text, (rect.width() * 0.45).max(120.0));
    // Top right: in the opening view that is Siberia, where the map has
    // least to say; the west (Europe, the Caucasus) stays clear.
    let size = vec2(laid.width + 16.0, laid.height + 10.0);
    let origin = pos2(
        (rect.right() - 10.0 - size.x).max(rect.left() + 10.0),
        rect.top() + 10.0,
    );
    let back = Rect::from_min_size(origin, size);
    painter.rect_filled(back, 6.0, background);
    paint_rows(
        painter,
        origin + vec2(8.0, 5.0),
        rows,
        laid,
        text,
        background,
    );
    Some(back)
}

/// The rectangle the window legend takes on a map of `map`: its corner,
/// its header, and its rows up to [`MAX_HEIGHT_SHARE`] of the map's
/// height (the rest scrolls), clear of the scale bar and the attribution
/// (a bottom corner sits above the map's [`FOOT`]). The preset fit keeps
/// the preset's region out of it.
pub fn window_rect(map: Rect, laid: &Laid, place: LegendPlace) -> Rect {
    let width = (laid.width + 16.0).max(HEADER_WIDTH).max(laid.header_width);
    let max_height = (map.height() * MAX_HEIGHT_SHARE).max(HEADER);
    let body = if place.collapsed {
        0.0
    } else {
        laid.height + 10.0
    };
    let size = vec2(
        width.min(map.width() - 2.0 * MARGIN).max(0.0),
        (HEADER + body).min(max_height),
    );
    let x = if place.corner.is_left() {
        map.left() + MARGIN
    } else {
        map.right() - MARGIN - size.x
    };
    let y = if place.corner.is_top() {
        map.top() + MARGIN
    } else {
        (map.bottom() - FOOT - size.y).max(map.top() + MARGIN)
    };
    Rect::from_min_size(pos2(x, y), size)
}

/// The narrowest the window legend is: room for its header's controls.
const HEADER_WIDTH: f32 = 170.0;

/// The legend in the window: a header that folds it and moves it to
/// another corner, and its rows, scrolling within [`MAX_HEIGHT_SHARE`] of
/// the map's height. Returns the rectangle it took and the new placement
/// when the user changed it.
pub fn window_legend(
    ui: &mut egui::Ui,
    map: Rect,
    rows: &[Row],
    place: LegendPlace,
    (text, background): (Color32, Color32),
) -> (Option<Rect>, Option<LegendPlace>) {
    if rows.is_empty() {
        return (None, None);
    }
    let laid = lay_out(ui.painter(), rows, text, max_width(map));
    let rect = window_rect(map, &laid, place);
    ui.painter().rect_filled(rect, 6.0, background);
    // The legend holds the pointer: no map drag, zoom or click under it.
    let _ = ui.interact(
        rect,
        ui.scope_id().with("legend-back"),
        egui::Sense::click(),
    );
    let mut changed = None;
    let inner = rect.shrink2(vec2(6.0, 3.0));
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(egui::Layout::top_down(egui::Align::Min)),
        |ui| {
            ui.set_clip_rect(rect.intersect(map));
            ui.visuals_mut().override_text_color = Some(text);
            ui.horizontal(|ui| {
                ui.set_height(HEADER - 6.0);
                let (_, icon_response) =
                    ui.allocate_exact_size(vec2(14.0, 14.0), egui::Sense::click());
                egui::collapsing_header::paint_default_icon(
                    ui,
                    if place.collapsed { 0.0 } else { 1.0 },
                    &icon_response,
                );
                let header = ui
                    .add(
                        egui::Button::new(
                            egui::RichText::new(tr("legend-title", "Legend")).strong(),
                        )
                        .frame(false),
                    )
                    .on_hover_text(if place.collapsed {
                        tr("legend-show", "Show the legend")
                    } else {
                        tr("legend-fold", "Fold the legend to this line")
                    });
                if header.clicked() || icon_response.clicked() {
                    changed = Some(LegendPlace {
                        collapsed: !place.collapsed,
                        ..place
                    });
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.menu_button(tr("legend-move", "Move"), |ui| {
                        for corner in Corner::ALL {
                            if ui.radio(place.corner == corner, corner.label()).clicked() {
                                changed = Some(LegendPlace { corner, ..place });
                                ui.close();
                            }
                        }
                    })
                    .response
                    .on_hover_text(tr(
                        "legend-move-hint",
                        "Move the legend to another corner of the map",
                    ));
                });
            });
            if !place.collapsed {
                let body = (rect.bottom() - ui.cursor().top() - 3.0).max(0.0);
                egui::ScrollArea::vertical()
                    .max_height(body)
                    .auto_shrink([false, true])
                    .scroll_bar_visibility(
                        egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded,
                    )
                    .show(ui, |ui| {
                        let (r, _) = ui.allocate_exact_size(
                            vec2(laid.width, laid.height + 4.0),
                            egui::Sense::hover(),
                        );
                        name_rows(ui, r.min + vec2(2.0, 2.0), rows, &laid);
                        paint_rows(
                            ui.painter(),
                            r.min + vec2(2.0, 2.0),
                            rows,
                            laid,
                            text,
                            background,
                        );
                    });
            }
        },
    );
    (Some(rect), changed)
}

/// The text of a row.
fn row_text(row: &Row) -> &str {
    match row {
        Row::Title(t)
        | Row::Line(.., t)
        | Row::Badge(.., t)
        | Row::Fill(_, t)
        | Row::Hatch(_, t)
        | Row::Marker(_, t)
        | Row::Text(t) => t,
    }
}

/// Give each painted row of the window legend its text as an accessible
/// label, so a screen reader (and a UI test) reads the legend as it is
/// drawn.
fn name_rows(ui: &egui::Ui, origin: egui::Pos2, rows: &[Row], laid: &Laid) {
    let mut y = origin.y;
    for (i, (row, galley)) in rows.iter().zip(&laid.galleys).enumerate() {
        let height = row_height(galley);
        let area = Rect::from_min_size(pos2(origin.x, y), vec2(laid.width, height));
        let response = ui.interact(
            area,
            ui.scope_id().with(("legend-row", i)),
            egui::Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, row_text(row)));
        y += height;
    }
}

/// Paint the laid-out rows from `origin` (top left of the first row).
fn paint_rows(
    painter: &Painter,
    origin: egui::Pos2,
    rows: &[Row],
    laid: Laid,
    text: Color32,
    background: Color32,
) {
    let mut y = origin.y;
    for (row, galley) in rows.iter().zip(laid.galleys) {
        let x = origin.x;
        let mid = y + ROW / 2.0;
        let text_x = match row {
            Row::Title(_) | Row::Text(_) => x,
            Row::Line(color, w, dash, _) => {
                let points = vec![pos2(x, mid), pos2(x + SWATCH, mid)];
                let stroke = Stroke::new(*w, *color);
                match dash {
                    Some((d, g)) => {
                        painter.extend(egui::Shape::dashed_line(&points, stroke, *d, *g));
                    }
                    None => {
                        painter.line_segment([points[0], points[1]], stroke);
                    }
                }
                x + SWATCH + 6.0
            }
            Row::Badge(color, status, _) => {
                memberships::paint_badge(
                    painter,
                    pos2(x + SWATCH / 2.0, mid),
                    *status,
                    *color,
                    background,
                );
                x + SWATCH + 6.0
            }
            Row::Fill(color, _) => {
                let r =
                    Rect::from_center_size(pos2(x + SWATCH / 2.0, mid), vec2(SWATCH - 6.0, 12.0));
                painter.rect_filled(r, 2.0, *color);
                x + SWATCH + 6.0
            }
            Row::Marker(radius, _) => {
                // Drawn at its size up to the row's height, so the largest
                // marker reads as "large" without stretching the legend.
                let r = radius.min(ROW / 2.0 - 1.0);
                painter.circle(
                    pos2(x + SWATCH / 2.0, mid),
                    r,
                    text.gamma_multiply(0.45),
                    Stroke::new(1.5, background),
                );
                x + SWATCH + 6.0
            }
            Row::Hatch(color, _) => {
                let r =
                    Rect::from_center_size(pos2(x + SWATCH / 2.0, mid), vec2(SWATCH - 6.0, 12.0));
                painter.rect_filled(r, 2.0, crate::style::NOT_RECORDED_FILL);
                let ring = vec![vec![
                    [r.min.x, r.min.y],
                    [r.max.x, r.min.y],
                    [r.max.x, r.max.y],
                    [r.min.x, r.max.y],
                ]];
                for [a, b] in super::hatch::hatch_segments(&ring, 4.0) {
                    painter.line_segment(
                        [pos2(a[0], a[1]), pos2(b[0], b[1])],
                        Stroke::new(1.2, *color),
                    );
                }
                x + SWATCH + 6.0
            }
        };
        // The first line is centred on the swatch; further lines follow.
        let line = galley.size().y / galley.rows.len().max(1) as f32;
        let step = row_height(&galley);
        painter.galley(pos2(text_x, mid - line / 2.0), galley, text);
        y += step;
    }
}
