//! The Plots panel (C9): a metric's ranking in the year, a state's metric
//! over time, a relation's score per dimension over time, membership
//! timelines and a stance's breakdown. Each plot shows values on hover, and
//! clicking a bar or a row selects that state, organization or relation.
//!
//! The numbers come from the analysis and the shown model; what each plot
//! drew in the last frame is kept in [`PlotsDrawn`] (UI tests read it).

use std::sync::Arc;

use egui::{Color32, Rect, RichText, Ui};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, PlotPoints, VLine};

use crate::analysis::timeline::{self, Row as TimelineRow};
use crate::analysis::{Metric, Metrics, VoteIndex};
use crate::command::Command;
use crate::i18n::{tr, trf};
use crate::model::{CountryCode, Dataset, Dimension, MembershipStatus, OrgId, Relation};
use crate::shown::analysis::{MetricsKey, SharedMetrics, metrics_in};
use crate::shown::{Shown, StanceCell};
use crate::state::{Selection, State};
use crate::style::{NOT_RECORDED_FILL, org_color, position_color, score_color};

/// Bars in the ranking.
pub const RANKING_BARS: usize = 15;

pub use crate::state::PlotTab;

/// What the plots drew in the last frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlotsDrawn {
    /// Ranking bars: the state, its value, the bar on screen.
    pub bars: Vec<(CountryCode, f64, Rect)>,
    /// The rank printed beside each bar (equal values share a rank).
    pub ranks: Vec<usize>,
    /// The ranking's labels on screen (rank, name, value), bar by bar.
    pub bar_labels: Vec<Rect>,
    /// The ranking's plot area on screen.
    pub ranking_frame: Option<Rect>,
    /// The metric ranked.
    pub ranking_metric: Option<Metric>,
    /// The years on the x axis of "over time" (first, last).
    pub series_range: Option<(f64, f64)>,
    /// The metric series over time: year and value.
    pub series: Vec<(i32, Option<f64>)>,
    /// The membership timeline's rows.
    pub timeline: Vec<TimelineRow>,
    /// Timeline rows on screen (the label band of each row).
    pub timeline_rects: Vec<Rect>,
    /// The years labelled on the timeline's year axes.
    pub timeline_years: Vec<i32>,
    /// The timeline's plot area on screen (its year axis runs along the
    /// top edge, and along the bottom).
    pub timeline_frame: Option<Rect>,
    /// The stance breakdown: label and count.
    pub stance: Vec<(String, usize)>,
}

/// The Plots panel's own state.
#[derive(Debug)]
pub struct PlotsState {
    /// The panel is open.
    pub open: bool,
    /// The tab shown.
    pub tab: PlotTab,
    /// The metric ranked and plotted over time.
    pub metric: Metric,
    /// The organization of the timeline when no organization is selected.
    pub organization: Option<OrgId>,
    /// The map's "Size states by" metric last followed: when the map
    /// changes it, the ranking follows (the user may then pick another).
    followed: Option<Metric>,
    /// What was drawn last.
    pub drawn: PlotsDrawn,
    /// The metrics the plots read: the view's cache when shared
    /// ([`Self::sharing`]), so a year is computed once for both.
    cache: SharedMetrics,
    /// The matrix tab's state.
    pub matrix: super::matrix::MatrixState,
    /// The table tab's state.
    pub table: super::table::TableState,
}

impl Default for PlotsState {
    fn default() -> Self {
        Self {
            open: false,
            tab: PlotTab::default(),
            metric: Metric::Eigenvector,
            organization: None,
            followed: None,
            drawn: PlotsDrawn::default(),
            cache: SharedMetrics::default(),
            matrix: super::matrix::MatrixState::default(),
            table: super::table::TableState::default(),
        }
    }
}

/// What the plots read.
pub struct PlotsInput<'a> {
    /// The data.
    pub dataset: &'a Dataset,
    /// Bumped when the data changes (the metrics cache keys on it).
    pub data_generation: u64,
    /// The user's choices.
    pub state: &'a State,
    /// What the view shows.
    pub shown: &'a Shown,
    /// Bumped when what the view shows is recomputed (the matrix keys on
    /// it).
    pub shown_generation: u64,
    /// The years of the data.
    pub years: (i32, i32),
    /// The UN vote index (only read when the metrics are computed on UN
    /// vote agreement).
    pub votes: Arc<VoteIndex>,
}

impl PlotsState {
    /// Plots that read and fill `metrics`, the view's metrics cache
    /// ([`crate::shown::ShownCache::metrics_cache`]).
    pub fn sharing(metrics: SharedMetrics) -> Self {
        Self {
            cache: metrics,
            ..Self::default()
        }
    }

    /// The metrics of `year` for the input's choices (cached).
    fn metrics(&mut self, input: &PlotsInput<'_>, year: i32) -> Arc<Metrics> {
        let key = MetricsKey::of(input.state);
        let votes = || Arc::clone(&input.votes);
        self.cache
            .get_or_compute(input.data_generation, year, &key, || {
                metrics_in(input.dataset, input.state, year, &votes)
            })
    }

    /// The metrics of the year shown, for the inspector (cached).
    pub fn metrics_now(&mut self, input: &PlotsInput<'_>) -> Arc<Metrics> {
        self.metrics(input, input.state.year)
    }
}

/// The Plots panel at the bottom of the window, when open.
pub fn plots_panel(ui: &mut Ui, plots: &mut PlotsState, input: &PlotsInput<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    // The ranking opens on what the map sizes states by.
    let sized_by = input.state.analysis.size_by.metric();
    if sized_by != plots.followed {
        if let Some(metric) = sized_by {
            plots.metric = metric;
        }
        plots.followed = sized_by;
    }
    if !plots.open {
        plots.drawn = PlotsDrawn::default();
        return commands;
    }
    egui::Panel::bottom("plots")
        .resizable(true)
        .default_size(300.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(tr("plot-heading", "Plots"));
                for tab in PlotTab::ALL {
                    if ui.selectable_label(plots.tab == tab, tab.label()).clicked() {
                        plots.tab = tab;
                    }
                }
                if ui.button(tr("plot-close", "Close plots")).clicked() {
                    plots.open = false;
                }
            });
            plots.drawn = PlotsDrawn::default();
            match plots.tab {
                PlotTab::Ranking => ranking(ui, plots, input, &mut commands),
                PlotTab::OverTime => over_time(ui, plots, input),
                PlotTab::Relation => relation_tab(ui, input, &mut commands),
                PlotTab::Memberships => memberships(ui, plots, input, &mut commands),
                PlotTab::Stance => stance(ui, plots, input),
                PlotTab::Matrix => super::matrix::matrix_tab(
                    ui,
                    &mut plots.matrix,
                    input.dataset,
                    input.state,
                    input.shown,
                    (input.data_generation, input.shown_generation),
                    &mut commands,
                ),
                PlotTab::Table => super::table::table_tab(
                    ui,
                    &mut plots.table,
                    input.dataset,
                    input.state,
                    input.shown,
                    (input.data_generation, input.shown_generation),
                    &mut commands,
                ),
            }
        });
    commands
}

fn metric_choice(ui: &mut Ui, plots: &mut PlotsState) {
    egui::ComboBox::from_label(tr("plot-metric", "Metric"))
        .selected_text(plots.metric.label())
        .show_ui(ui, |ui| {
            for metric in Metric::ALL {
                ui.selectable_value(&mut plots.metric, metric, metric.label());
            }
        });
}

/// Height of a ranking row, points: room for its label and a gap.
const RANKING_ROW: f32 = 24.0;

fn ranking(ui: &mut Ui, plots: &mut PlotsState, input: &PlotsInput<'_>, out: &mut Vec<Command>) {
    let state = input.state;
    ui.horizontal(|ui| {
        metric_choice(ui, plots);
        ui.label(trf(
            "plot-ranking-title",
            "Top { $count }, on { $graph } in { $year }",
            &[
                ("count", &RANKING_BARS),
                ("graph", &state.analysis.graph.label().to_lowercase()),
                ("year", &state.year),
            ],
        ));
    });
    let metrics = plots.metrics(input, state.year);
    let metric = plots.metric;
    plots.drawn.ranking_metric = Some(metric);
    let ranking: Vec<(CountryCode, f64)> = metrics
        .ranking(metric)
        .into_iter()
        .take(RANKING_BARS)
        .collect();
    if ranking.is_empty() {
        ui.label(tr(
            "plot-ranking-empty",
            "No state has a tie in this graph and year: switch on dimensions or lower the threshold.",
        ));
        return;
    }
    // Equal values share a rank ("1, 2, 2, 4"), as in the inspector.
    let ranks: Vec<usize> = ranking
        .iter()
        .enumerate()
        .map(|(i, (code, _))| {
            metrics
                .state(*code)
                .and_then(|s| s.rank(metric))
                .unwrap_or(i + 1)
        })
        .collect();
    let n = ranking.len();
    let selected = state.selection.country;
    // Rank 1 at the top: bar i sits at y = n − 1 − i.
    let bars: Vec<Bar> = ranking
        .iter()
        .enumerate()
        .map(|(i, (code, value))| {
            let fill = if Some(*code) == selected {
                Color32::from_rgb(0xd5, 0x5e, 0x00)
            } else {
                Color32::from_rgb(0x00, 0x72, 0xb2)
            };
            Bar::new((n - 1 - i) as f64, *value)
                .name(format!("{} ({code})", input.dataset.country_name(*code)))
                .fill(fill)
                .width(0.8)
        })
        .collect();
    let text_color = ui.visuals().text_color();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galleys: Vec<_> = ranking
        .iter()
        .zip(&ranks)
        .map(|((code, value), rank)| {
            ui.painter().layout_no_wrap(
                format!(
                    "{rank}. {} {}",
                    input.dataset.country_name(*code),
                    crate::i18n::number(*value, 3)
                ),
                font.clone(),
                text_color,
            )
        })
        .collect();
    // Room at the right of the longest bar for the widest label: the x
    // range grows so that no label runs out of the plot.
    let widest = galleys.iter().map(|g| g.size().x).fold(0.0_f32, f32::max) + 12.0;
    let plot_width = (ui.available_width() - 16.0).max(widest + 80.0);
    let max_value = ranking.first().map_or(1.0, |(_, v)| v.max(0.0));
    let x_max = if max_value > 0.0 {
        max_value * f64::from(plot_width) / f64::from(plot_width - widest)
    } else {
        1.0
    };
    // Each row gets room for its label; when the panel is lower than the
    // rows, they scroll.
    let height = (n as f32 * RANKING_ROW + 40.0).max(ui.available_height().max(160.0));
    egui::ScrollArea::vertical()
        .id_salt("ranking-scroll")
        .show(ui, |ui| {
            let response = Plot::new("ranking")
                .height(height)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .allow_boxed_zoom(false)
                .include_x(0.0)
                .include_x(x_max)
                .include_y(-0.5)
                .include_y(n as f64 - 0.5)
                .set_margin_fraction(egui::vec2(0.0, 0.0))
                .show_axes([true, false])
                .x_axis_label(metric.label())
                .show(ui, |plot| {
                    plot.bar_chart(
                        BarChart::new(metric.label(), bars)
                            .horizontal()
                            .element_formatter(Box::new(|bar, _| {
                                format!("{}\n{}", bar.name, crate::i18n::number(bar.value, 4))
                            })),
                    );
                    plot.pointer_coordinate()
                });
            let frame = *response.transform.frame();
            plots.drawn.ranking_frame = Some(frame);
            // Each bar says its rank, whose it is and its value, at its end.
            let painter = ui.painter().with_clip_rect(frame.intersect(ui.clip_rect()));
            plots.drawn.bar_labels = ranking
                .iter()
                .zip(galleys)
                .enumerate()
                .map(|(i, ((_, value), galley))| {
                    let y = (n - 1 - i) as f64;
                    let end = response
                        .transform
                        .position_from_point(&PlotPoint::new(value.max(0.0), y));
                    let at = egui::pos2(end.x + 6.0, end.y - galley.size().y / 2.0);
                    let rect = Rect::from_min_size(at, galley.size());
                    painter.galley(at, galley, text_color);
                    rect
                })
                .collect();
            plots.drawn.bars = ranking
                .iter()
                .enumerate()
                .map(|(i, (code, value))| {
                    let y = (n - 1 - i) as f64;
                    let rect = response.transform.rect_from_values(
                        &PlotPoint::new(0.0, y - 0.4),
                        &PlotPoint::new(*value, y + 0.4),
                    );
                    (*code, *value, rect)
                })
                .collect();
            if response.response.clicked()
                && let Some(pointer) = response.inner
            {
                let row = pointer.y.round();
                if (pointer.y - row).abs() <= 0.4 && row >= 0.0 {
                    let from_top = n as i64 - 1 - row as i64;
                    if let Some((code, _)) =
                        usize::try_from(from_top).ok().and_then(|k| ranking.get(k))
                    {
                        out.push(Command::Select(Selection::country(*code)));
                    }
                }
            }
        });
    plots.drawn.ranks = ranks;
}

fn over_time(ui: &mut Ui, plots: &mut PlotsState, input: &PlotsInput<'_>) {
    let state = input.state;
    ui.horizontal(|ui| metric_choice(ui, plots));
    let Some(country) = state.selection.country else {
        ui.label(tr(
            "plot-over-time-empty",
            "Select a state on the map or in the ranking to plot its metric over time.",
        ));
        return;
    };
    let (lo, hi) = input.years;
    let metric = plots.metric;
    let key = MetricsKey::of(state);
    let votes = || Arc::clone(&input.votes);
    let series = plots.cache.series(
        input.data_generation,
        &key,
        lo..=hi,
        country,
        metric,
        |year| metrics_in(input.dataset, state, year, &votes),
    );
    ui.label(trf(
        "plot-over-time-title",
        "{ $state }: { $metric } over time, on { $graph } (a gap: no tie that year)",
        &[
            ("state", &input.dataset.country_name(country)),
            ("metric", &metric.label().to_lowercase()),
            ("graph", &state.analysis.graph.label().to_lowercase()),
        ],
    ));
    // One line per run of years with a value, so gaps stay gaps.
    let mut runs: Vec<Vec<[f64; 2]>> = vec![Vec::new()];
    for (year, value) in &series {
        match value {
            Some(v) => {
                if let Some(run) = runs.last_mut() {
                    run.push([f64::from(*year), *v]);
                }
            }
            None => {
                if runs.last().is_some_and(|r| !r.is_empty()) {
                    runs.push(Vec::new());
                }
            }
        }
    }
    let name = metric.label();
    // The axis starts where the state's record does (the first year it
    // has a value), not at the data's first year.
    let first = series
        .iter()
        .find(|(_, v)| v.is_some())
        .map_or(lo, |(year, _)| *year);
    let response = Plot::new(("over-time", country.as_str()))
        .height(ui.available_height().max(160.0))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_x(f64::from(first))
        .include_x(f64::from(hi))
        .x_axis_label(tr("plot-year", "Year"))
        .show(ui, |plot| {
            for run in runs.into_iter().filter(|r| !r.is_empty()) {
                plot.line(
                    Line::new(name.as_ref(), PlotPoints::from(run))
                        .color(Color32::from_rgb(0x00, 0x72, 0xb2))
                        .width(2.0),
                );
            }
            if state.year >= first {
                plot.vline(VLine::new("year", f64::from(state.year)));
            }
        });
    let bounds = response.transform.bounds();
    plots.drawn.series_range = Some((bounds.min()[0], bounds.max()[0]));
    plots.drawn.series = series;
}

fn relation_tab(ui: &mut Ui, input: &PlotsInput<'_>, out: &mut Vec<Command>) {
    let ds = input.dataset;
    let (a, b) = match (
        &input.state.selection.relation,
        input.state.selection.country,
    ) {
        (Some((a, b, _)), _) => (*a, *b),
        _ => {
            ui.label(tr(
                "plot-relation-empty",
                "Select a relation (click an arc) to plot its score per dimension.",
            ));
            return;
        }
    };
    let relations: Vec<&Relation> = ds
        .relations
        .iter()
        .filter(|r| (r.a == a && r.b == b) || (r.a == b && r.b == a))
        .collect();
    ui.label(trf(
        "plot-relation-title",
        "{ $a } – { $b }: score per dimension over time",
        &[("a", &ds.country_name(a)), ("b", &ds.country_name(b))],
    ));
    relation_history(
        ui,
        ds,
        &relations,
        input.state.year,
        ui.available_height().max(160.0),
    );
    ui.horizontal_wrapped(|ui| {
        for r in &relations {
            if ui
                .link(if r.directed {
                    trf(
                        "plot-dimension-one-way",
                        "{ $dimension } (one-way)",
                        &[("dimension", &r.dimension.label())],
                    )
                } else {
                    trf(
                        "plot-dimension-both-ways",
                        "{ $dimension } (both ways)",
                        &[("dimension", &r.dimension.label())],
                    )
                })
                .clicked()
            {
                out.push(Command::Select(Selection {
                    relation: Some((r.a, r.b, r.dimension)),
                    ..Selection::default()
                }));
            }
        }
    });
}

/// The colour of a dimension's line when several share a plot.
fn dimension_color(d: Dimension) -> Color32 {
    const COLORS: [Color32; 5] = [
        Color32::from_rgb(0x00, 0x72, 0xb2),
        Color32::from_rgb(0xe6, 0x9f, 0x00),
        Color32::from_rgb(0x00, 0x9e, 0x73),
        Color32::from_rgb(0xcc, 0x79, 0xa7),
        Color32::from_rgb(0xd5, 0x5e, 0x00),
    ];
    let i = Dimension::ALL.iter().position(|x| *x == d).unwrap_or(0);
    COLORS[i % COLORS.len()]
}

/// Relation scores over time as step lines, one per relation (dimension),
/// with the year marked: the inspector shows one relation, the Plots panel
/// all of a pair's.
pub fn relation_history(
    ui: &mut Ui,
    ds: &Dataset,
    relations: &[&Relation],
    year: i32,
    height: f32,
) {
    let (lo, hi) = ds.year_range().unwrap_or((1991, 2026));
    let single = relations.len() == 1;
    let id: Vec<String> = relations
        .iter()
        .map(|r| format!("{}{}{}", r.a, r.b, r.dimension.as_str()))
        .collect();
    Plot::new(("relation-history", id.join("/")))
        .height(height)
        .include_y(-1.0)
        .include_y(1.0)
        .include_x(f64::from(lo))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .legend(egui_plot::Legend::default())
        .show(ui, |plot| {
            for r in relations {
                let mut points = Vec::new();
                for p in &r.series {
                    let from = f64::from(p.period.from.year());
                    let to = p
                        .period
                        .to
                        .as_ref()
                        .map_or(f64::from(hi) + 1.0, |t| f64::from(t.year()));
                    points.push([from, p.score.value()]);
                    points.push([to, p.score.value()]);
                }
                let color = if single {
                    score_color(r.score_at(year).map_or(0.0, crate::model::Score::value))
                } else {
                    dimension_color(r.dimension)
                };
                // A step line: egui_plot's band drawing (for dense series)
                // would turn its vertical steps into wedges.
                plot.line(
                    Line::new(r.dimension.label(), PlotPoints::from(points))
                        .allow_band(false)
                        .color(color)
                        .width(2.0),
                );
            }
            plot.vline(VLine::new(tr("plot-year-line", "year"), f64::from(year)));
        });
}

/// The shade of a membership status on a timeline.
fn status_alpha(status: MembershipStatus) -> f32 {
    if crate::style::status_is_full(status) {
        1.0
    } else if status == MembershipStatus::Suspended {
        0.25
    } else {
        0.5
    }
}

fn memberships(
    ui: &mut Ui,
    plots: &mut PlotsState,
    input: &PlotsInput<'_>,
    out: &mut Vec<Command>,
) {
    let ds = input.dataset;
    let state = input.state;
    let (rows, title) = if let Some(country) = state.selection.country {
        (
            timeline::country_timeline(ds, country),
            trf(
                "plot-country-organizations",
                "{ $state }: its organizations",
                &[("state", &ds.country_name(country))],
            ),
        )
    } else {
        let org = state
            .selection
            .organization
            .clone()
            .or_else(|| plots.organization.clone())
            .or_else(|| state.organizations.first().cloned())
            .or_else(|| ds.organizations.keys().next().cloned());
        ui.horizontal(|ui| {
            let current = org
                .as_ref()
                .and_then(|o| ds.organizations.get(o))
                .map_or_else(String::new, |o| o.display_acronym().into_owned());
            egui::ComboBox::from_label(tr("plot-organization", "Organization"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for o in ds.organizations.values() {
                        if ui
                            .selectable_label(
                                org.as_ref() == Some(&o.id),
                                o.display_acronym().as_ref(),
                            )
                            .clicked()
                        {
                            plots.organization = Some(o.id.clone());
                            out.push(Command::Select(Selection {
                                organization: Some(o.id.clone()),
                                ..Selection::default()
                            }));
                        }
                    }
                });
        });
        match org {
            Some(org) => {
                let name = ds
                    .organizations
                    .get(&org)
                    .map_or_else(|| org.to_string(), |o| o.display_acronym().into_owned());
                (
                    timeline::organization_timeline(ds, &org),
                    trf(
                        "plot-organization-members",
                        "{ $organization }: its members",
                        &[("organization", &name)],
                    ),
                )
            }
            None => (Vec::new(), String::new()),
        }
    };
    ui.label(trf(
        "plot-timeline-title",
        "{ $title } (dark: member; light: observer, partner, associate; faint: suspended)",
        &[("title", &title)],
    ));
    if rows.is_empty() {
        ui.label(tr("plot-timeline-empty", "No membership in the data."));
        return;
    }
    let (_, hi) = input.years;
    let end = f64::from(hi) + 1.0;
    let n = rows.len();
    let mut bars = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let y = (n - 1 - i) as f64;
        let base = org_color(ds, &row.organization);
        for span in &row.spans {
            let to = span.to.unwrap_or(end);
            bars.push(
                Bar::new(y, to - span.from)
                    .base_offset(span.from)
                    .width(0.7)
                    .fill(base.gamma_multiply(status_alpha(span.status)))
                    .name(format!(
                        "{}: {} {}",
                        row.label,
                        span.status.label(),
                        span.text
                    )),
            );
        }
    }
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let height = (n as f32 * 22.0 + 80.0).max(ui.available_height().min(400.0));
    // A year axis along the top, seen without scrolling, and one along the
    // bottom; the formatter notes the years it labels.
    let cell = std::cell::RefCell::new(Vec::new());
    let labelled = &cell;
    let year_axis = |placement| {
        egui_plot::AxisHints::new_x()
            .label(tr("plot-year", "Year"))
            .placement(placement)
            .formatter(move |mark, _| {
                let year = mark.value.round();
                if (mark.value - year).abs() > 1e-6 {
                    return String::new();
                }
                labelled.borrow_mut().push(year as i32);
                format!("{year:.0}")
            })
    };
    let axes = vec![
        year_axis(egui_plot::VPlacement::Top),
        year_axis(egui_plot::VPlacement::Bottom),
    ];
    egui::ScrollArea::vertical().show(ui, |ui| {
        let response = Plot::new("membership-timeline")
            .height(height)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
            // Every row's name at full strength: rows are 22 points apart,
            // closer than egui_plot's default spacing for opaque labels.
            .custom_y_axes(vec![
                egui_plot::AxisHints::new_y()
                    .min_thickness(110.0)
                    .label_spacing(14.0..=16.0)
                    .formatter(move |mark, _| {
                        let i = mark.value.round();
                        if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                            return String::new();
                        }
                        usize::try_from(n as i64 - 1 - i as i64)
                            .ok()
                            .and_then(|k| labels.get(k).cloned())
                            .unwrap_or_default()
                    }),
            ])
            .custom_x_axes(axes)
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new("memberships", bars)
                        .horizontal()
                        .element_formatter(Box::new(|bar, _| bar.name.clone())),
                );
                plot.vline(VLine::new("year", f64::from(state.year)));
                plot.pointer_coordinate()
            });
        plots.drawn.timeline_frame = Some(*response.transform.frame());
        plots.drawn.timeline_rects = (0..n)
            .map(|i| {
                let y = (n - 1 - i) as f64;
                response.transform.rect_from_values(
                    &PlotPoint::new(f64::from(input.years.0), y - 0.35),
                    &PlotPoint::new(end, y + 0.35),
                )
            })
            .collect();
        if response.response.clicked()
            && let Some(pointer) = response.inner
        {
            let row = pointer.y.round();
            if row >= 0.0
                && let Some(r) = usize::try_from(n as i64 - 1 - row as i64)
                    .ok()
                    .and_then(|k| rows.get(k))
            {
                out.push(Command::Select(if state.selection.country.is_some() {
                    Selection {
                        organization: Some(r.organization.clone()),
                        ..Selection::default()
                    }
                } else {
                    Selection::country(r.country)
                }));
            }
        }
    });
    let mut years = cell.into_inner();
    years.sort_unstable();
    years.dedup();
    plots.drawn.timeline_years = years;
    plots.drawn.timeline = rows;
}

fn stance(ui: &mut Ui, plots: &mut PlotsState, input: &PlotsInput<'_>) {
    let ds = input.dataset;
    let Some(shown) = &input.shown.stance else {
        ui.label(tr(
            "plot-stance-empty",
            "Switch on Stances and choose an issue to see its breakdown.",
        ));
        return;
    };
    let title = ds.stances.get(&shown.id).map_or_else(
        || shown.id.to_string(),
        |s| format!("{} ({})", s.title, s.date),
    );
    ui.label(RichText::new(title).strong());
    let counts: Vec<(String, usize, Color32)> = shown
        .counts
        .iter()
        .map(|(cell, n)| {
            let color = match cell {
                StanceCell::Recorded(p) => position_color(*p),
                StanceCell::NotRecorded => NOT_RECORDED_FILL,
                StanceCell::NotUnMember => Color32::from_gray(0xd0),
            };
            (cell.label().into_owned(), *n, color)
        })
        .collect();
    let bars: Vec<Bar> = counts
        .iter()
        .enumerate()
        .map(|(i, (label, n, color))| {
            Bar::new(i as f64, *n as f64)
                .name(label)
                .fill(*color)
                .stroke(egui::Stroke::new(1.0, Color32::from_gray(90)))
                .width(0.7)
        })
        .collect();
    let labels: Vec<String> = counts.iter().map(|(l, ..)| l.clone()).collect();
    Plot::new(("stance-breakdown", shown.id.as_str()))
        .height(ui.available_height().max(160.0))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .y_axis_label(tr("plot-states", "States"))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("states", bars)
                    .element_formatter(Box::new(|bar, _| format!("{}: {}", bar.name, bar.value))),
            );
        });
    plots.drawn.stance = counts.into_iter().map(|(l, n, _)| (l, n)).collect();
}
