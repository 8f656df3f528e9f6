//! What UI code asks for. Widgets read state and return commands; the app
//! applies them at the end of the frame, so nothing changes mid-frame.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::edit::Edit;
use crate::model::{CorridorId, OrgId, StanceId};
use crate::state::{
    Analysis, Camera, Layers, MembershipSet, Preset, RelationFilter, Selection, State, Theme,
};

/// One change the user asked for.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Move the camera (pan or zoom).
    SetCamera(Camera),
    /// Jump to a region preset.
    SetPreset(Preset),
    /// The camera was fitted to the pending preset.
    PresetFitted(Camera),
    /// Change what is selected.
    Select(Selection),
    /// Show another year.
    SetYear(i32),
    /// Switch layers on or off.
    SetLayers(Layers),
    /// Light or dark.
    SetTheme(Theme),
    /// Show or hide the side panels (presentation mode hides them).
    SetPanels(bool),
    /// Toggle one organization on the memberships layer.
    ToggleOrganization(OrgId),
    /// Set the organizations on the memberships layer (all / none).
    SetOrganizations(Vec<OrgId>),
    /// Change the relation filters.
    SetRelationFilter(RelationFilter),
    /// Set the corridors ticked (`None`: none ticked, all drawn).
    SetCorridors(Option<BTreeSet<CorridorId>>),
    /// Choose the stance shown.
    SetStance(Option<StanceId>),
    /// Marker sizes, community colours, derived relations.
    SetAnalysis(Analysis),
    /// How toggled organizations combine.
    SetMembershipSet(MembershipSet),
    /// Open the Plots panel at a tab.
    OpenPlots(crate::state::PlotTab),
    /// Open a user's data folder.
    OpenDataFolder(PathBuf),
    /// Go back to the bundled data.
    UseBundledData,
    /// Apply edits to the data, in order, each one undo step (all checked
    /// first: if one is refused, none is applied).
    Edit(Vec<Edit>),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save the edits (the bundled data: ask for a new folder first).
    Save,
    /// Save the data shown into a new folder (a copy of the bundled files
    /// with the edits saved into it), then show that folder.
    SaveInto(PathBuf),
    /// Read the data folder again from disk (edits not saved are dropped).
    Reload,
    /// Ask for files to import (the dialogs, or a typed path).
    AskImport,
    /// Import these files (csv, GeoJSON) into the data shown.
    Import(Vec<PathBuf>),
    /// Stop the import that is running.
    CancelImport,
    /// The answer to "save the changes before closing?".
    CloseAnswer(CloseAnswer),
}

/// What the user chose when closing with unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseAnswer {
    /// Save, then close (if the save succeeds).
    Save,
    /// Close without saving.
    Discard,
    /// Stay open.
    Cancel,
}

impl Command {
    /// Apply a command that only changes [`State`]. Returns the command back
    /// when it needs the app (files, data reload).
    pub fn apply(self, state: &mut State) -> Option<Self> {
        match self {
            Self::SetCamera(camera) => {
                state.camera = camera;
                state.preset = None;
            }
            Self::SetPreset(preset) => state.set_preset(preset),
            Self::PresetFitted(camera) => {
                state.camera = camera;
                state.fit_preset_pending = false;
            }
            Self::Select(selection) => state.selection = selection,
            Self::SetYear(year) => state.year = year,
            Self::SetLayers(layers) => state.layers = layers,
            Self::SetTheme(theme) => state.theme = theme,
            Self::SetPanels(show) => state.show_panels = show,
            Self::ToggleOrganization(org) => {
                if let Some(i) = state.organizations.iter().position(|o| *o == org) {
                    state.organizations.remove(i);
                } else {
                    state.organizations.push(org);
                }
            }
            Self::SetMembershipSet(set) => state.membership_set = set,
            Self::SetOrganizations(orgs) => state.organizations = orgs,
            Self::SetRelationFilter(filter) => state.relations = filter,
            Self::SetCorridors(corridors) => state.ticked_corridors = corridors,
            Self::SetStance(stance) => state.stance = stance,
            Self::SetAnalysis(analysis) => state.analysis = analysis,
            other @ (Self::OpenDataFolder(_)
            | Self::UseBundledData
            | Self::OpenPlots(_)
            | Self::Edit(_)
            | Self::Undo
            | Self::Redo
            | Self::Save
            | Self::SaveInto(_)
            | Self::Reload
            | Self::AskImport
            | Self::Import(_)
            | Self::CancelImport
            | Self::CloseAnswer(_)) => return Some(other),
        }
        None
    }
}
