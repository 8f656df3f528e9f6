//! The relations layer's "Zoomed out" choice (#25 point 1): every relation,
//! or flows between groups of states that open as the user zooms in.

use egui::{RichText, Ui};

use crate::i18n::{tr, trn};
use crate::shown::groups::zoomed_out;
use crate::state::{Aggregate, RelationFilter, State};

/// The choice, and a button that closes the groups opened by clicking.
/// Returns whether `filter` changed.
pub fn aggregate_ui(ui: &mut Ui, filter: &mut RelationFilter, state: &State) -> bool {
    let mut changed = false;
    let label = |a: Aggregate| match a {
        Aggregate::States => tr("groups-aggregate-states", "each relation"),
        Aggregate::Groups => tr("groups-aggregate-groups", "flows between groups"),
    };
    egui::ComboBox::from_label(tr("groups-aggregate", "Zoomed out"))
        .selected_text(label(filter.aggregate))
        .show_ui(ui, |ui| {
            for a in [Aggregate::States, Aggregate::Groups] {
                changed |= ui
                    .selectable_value(&mut filter.aggregate, a, label(a))
                    .changed();
            }
        });
    if filter.aggregate == Aggregate::Groups {
        if !zoomed_out(state) {
            ui.label(
                RichText::new(tr(
                    "groups-zoom-out-hint",
                    "Zoom out past the region to see the flows",
                ))
                .weak(),
            );
        }
        let opened = filter.opened_groups.len();
        if opened > 0
            && ui
                .button(trn(
                    "groups-close-opened",
                    "Close { $count } opened group",
                    "Close { $count } opened groups",
                    opened,
                    &[],
                ))
                .clicked()
        {
            filter.opened_groups.clear();
            changed = true;
        }
    }
    changed
}
