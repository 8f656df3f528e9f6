//! The Analysis section of the layers panel (C8, C9): size capitals by a
//! metric, colour countries by community, switch on derived relations,
//! choose the graph the metrics are computed on, open the plots.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::tr;
use crate::state::{DerivedKind, MetricsGraph, SizeBy, State};

/// The Analysis section.
pub fn analysis_section(ui: &mut Ui, state: &State, commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr("analysis-heading", "Analysis")).strong());
    let mut analysis = state.analysis.clone();
    let mut changed = false;
    // The label above and the box as wide as the panel: picking the longest
    // option ("Strength (positive ties)") moves nothing below it.
    let label = ui.label(tr("analysis-size-by", "Size states by"));
    egui::ComboBox::from_id_salt("size-states-by")
        .width(ui.available_width() - ui.spacing().icon_width - 8.0)
        .selected_text(analysis.size_by.label())
        .show_ui(ui, |ui| {
            for size_by in SizeBy::ALL {
                changed |= ui
                    .selectable_value(&mut analysis.size_by, size_by, size_by.label())
                    .changed();
            }
        })
        .response
        .labelled_by(label.id);
    changed |= ui
        .checkbox(
            &mut analysis.communities,
            tr("analysis-communities", "Colour by community"),
        )
        .on_hover_text(tr(
            "analysis-communities-hint",
            "Blocs by signed modularity (Louvain moves): friendly ties pull states together, hostile ties push them apart; the same data always gives the same blocs",
        ))
        .changed();
    egui::ComboBox::from_label(tr("analysis-metrics-on", "Metrics on"))
        .selected_text(analysis.graph.label())
        .show_ui(ui, |ui| {
            for graph in MetricsGraph::ALL {
                changed |= ui
                    .selectable_value(&mut analysis.graph, graph, graph.label())
                    .changed();
            }
        })
        .response
        .on_hover_text(tr(
            "analysis-metrics-on-hint",
            "Relations shown: the year's relations after the dimension and strength filters; \
             several dimensions of a pair count as their mean",
        ));
    ui.label(
        RichText::new(tr(
            "analysis-derived",
            "Derived relations (from the data itself)",
        ))
        .small(),
    );
    for kind in DerivedKind::ALL {
        let mut on = analysis.derived.contains(&kind);
        let hover = match kind {
            DerivedKind::SharedMemberships => tr(
                "analysis-derived-memberships-hint",
                "Per pair: the share of the year's organizations both are full members of",
            ),
            DerivedKind::UnVoteAgreement => tr(
                "analysis-derived-votes-hint",
                "Per pair: the share of recorded UN votes up to the year on which both voted alike \
                 (yes, no, abstain; absences left out)",
            ),
        };
        if ui
            .checkbox(&mut on, kind.label())
            .on_hover_text(hover)
            .changed()
        {
            if on {
                analysis.derived.insert(kind);
            } else {
                analysis.derived.remove(&kind);
            }
            changed = true;
        }
    }
    changed |= scope_ui(ui, &mut analysis);
    if changed {
        commands.push(Command::SetAnalysis(analysis));
    }
    if ui
        .button(tr("analysis-open-plots", "Open plots"))
        .on_hover_text(tr(
            "analysis-open-plots-hint",
            "Rankings, metrics over time, timelines, stance breakdowns",
        ))
        .clicked()
    {
        commands.push(Command::OpenPlots(crate::state::PlotTab::Ranking));
    }
}

/// Between which states derived relations are computed (#25 point 4).
fn scope_ui(ui: &mut Ui, analysis: &mut crate::state::Analysis) -> bool {
    use crate::state::Scope;
    let label = |s: Scope| match s {
        Scope::Focus => tr("scope-focus", "the region and its neighbours"),
        Scope::All => tr("scope-all", "every state in the data"),
    };
    let mut changed = false;
    egui::ComboBox::from_label(tr("scope-label", "Derived between"))
        .selected_text(label(analysis.scope))
        .show_ui(ui, |ui| {
            for s in [Scope::Focus, Scope::All] {
                changed |= ui
                    .selectable_value(&mut analysis.scope, s, label(s))
                    .changed();
            }
        })
        .response
        .on_hover_text(tr(
            "scope-hint",
            "Shared memberships and UN vote agreement between the atlas's states (those whose group is not Other), or between every state in the data; with many states, computed on another thread",
        ));
    changed
}
