//! What UI code asks for. Widgets read state and return commands; the app
//! applies them at the end of the frame, so nothing changes mid-frame.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::edit::Edit;
use crate::model::{CorridorId, OrgId, StanceId};
use crate::state::{
    Analysis, Camera, Counted, FillLayer, Layers, MembershipSet, Preset, RelationFilter, Selection,
    State, Theme, YearNote,
};
pub use crate::tour::TourSource;

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
    /// Show the window in another language (remembered with the app's
    /// settings, not in the view).
    SetLanguage(crate::i18n::Locale),
    /// Show or hide the side panels (presentation mode hides them).
    SetPanels(bool),
    /// Move or fold the window's legend.
    SetLegend(crate::state::LegendPlace),
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
    /// Which layer fills the countries.
    SetFill(FillLayer),
    /// Which statuses count as in an organization.
    SetStatuses(Counted),
    /// Compare with another year or stance (`None`: one map).
    SetCompare(Option<crate::state::Compare>),
    /// Move the year to the stance's (the stance was just chosen), keeping
    /// a note so the user can go back.
    MoveYearForStance(i32),
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
    /// The answer to the import report's offer to supersede: `true` runs
    /// the last import again, ending each open period the day before a new
    /// one starts inside it (one undo step); `false` keeps the conflicts.
    AnswerSupersede(bool),
    /// The answer to "save the changes before closing?".
    CloseAnswer(CloseAnswer),
    /// Close the window (asking first about unsaved changes).
    Quit,
    /// Play or pause the years.
    TogglePlay,
    /// Play, step or edit a guided tour.
    Tour(TourCommand),
    /// Open, save or export files.
    File(FileCommand),
}

/// A [`Command`] that needs more than the [`State`]: the data in use, files,
/// the window. [`Command::apply`] hands these to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    /// See [`Command::OpenDataFolder`].
    OpenDataFolder(PathBuf),
    /// See [`Command::SetLanguage`].
    SetLanguage(crate::i18n::Locale),
    /// See [`Command::UseBundledData`].
    UseBundledData,
    /// See [`Command::OpenPlots`].
    OpenPlots(crate::state::PlotTab),
    /// See [`Command::Edit`].
    Edit(Vec<Edit>),
    /// See [`Command::Undo`].
    Undo,
    /// See [`Command::Redo`].
    Redo,
    /// See [`Command::Save`].
    Save,
    /// See [`Command::SaveInto`].
    SaveInto(PathBuf),
    /// See [`Command::Reload`].
    Reload,
    /// See [`Command::AskImport`].
    AskImport,
    /// See [`Command::Import`].
    Import(Vec<PathBuf>),
    /// See [`Command::CancelImport`].
    CancelImport,
    /// See [`Command::AnswerSupersede`].
    AnswerSupersede(bool),
    /// See [`Command::CloseAnswer`].
    CloseAnswer(CloseAnswer),
    /// See [`Command::Quit`].
    Quit,
    /// See [`Command::TogglePlay`].
    TogglePlay,
    /// See [`Command::Tour`].
    Tour(TourCommand),
    /// See [`Command::File`].
    File(FileCommand),
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

/// What the tour controls ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum TourCommand {
    /// Start playing a tour from its first step.
    Play(TourSource),
    /// Ask for a tour file, then play it.
    OpenFile,
    /// The next step.
    Next,
    /// The previous step.
    Previous,
    /// The first step.
    First,
    /// The last step.
    Last,
    /// Stop the tour and go back to the view the user had before.
    Leave,
    /// Open or close the tour editor.
    ToggleEditor,
    /// Save the editor's draft to a file (asks where).
    SaveDraft,
    /// Dismiss the first-launch card.
    DismissIntro,
}

/// What the File menu, its shortcuts and dropped files ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileCommand {
    /// Ask for a view or tour file and open it.
    Open,
    /// Ask for a `*.view.json` and show it.
    OpenView,
    /// Open this file or folder by what it is (a view, a tour, a data
    /// folder): a dropped file, a recent file.
    OpenPath(PathBuf),
    /// Ask for a data folder and load it.
    OpenDataFolder,
    /// Ask where, then save the current view.
    SaveView,
    /// Ask where, then export the map as PNG at this size in pixels
    /// (`None`: the map's size in the window).
    ExportPng(Option<[u32; 2]>),
    /// Ask for a folder, then write the data shown there as CSV.
    ExportCsv,
    /// Ask where, then write the data shown as one JSON file.
    ExportJson,
    /// Open the animation window (years, frame rate, size; then where).
    ExportAnimation,
    /// Open the "find a country" field.
    Find,
    /// Show or hide the list of keyboard shortcuts.
    Help,
}

impl Command {
    /// Apply a command that only changes [`State`]. A command that needs
    /// more (the data, files, the window) comes back as an [`AppCommand`]
    /// for the app. Every command is matched by name, here and in the app's
    /// dispatch: a new command that nobody handles does not compile.
    pub fn apply(self, state: &mut State) -> Option<AppCommand> {
        let before = matches!(
            self,
            Self::SetLayers(_)
                | Self::SetStance(_)
                | Self::SetAnalysis(_)
                | Self::ToggleOrganization(_)
                | Self::SetOrganizations(_)
        )
        .then(|| state.clone());
        let out = self.apply_inner(state);
        if let Some(before) = before {
            state.follow_fill(&before);
        }
        out
    }

    fn apply_inner(self, state: &mut State) -> Option<AppCommand> {
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
            Self::SetYear(year) => {
                if state.year != year {
                    state.year_note = None;
                }
                state.year = year;
            }
            Self::SetLayers(layers) => state.layers = layers,
            Self::SetTheme(theme) => state.theme = theme,
            Self::SetLanguage(locale) => return Some(AppCommand::SetLanguage(locale)),
            Self::SetPanels(show) => state.show_panels = show,
            Self::SetLegend(place) => state.legend = place,
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
            Self::SetStance(stance) => {
                if state.stance != stance {
                    state.year_note = None;
                }
                state.stance = stance;
            }
            Self::MoveYearForStance(year) => {
                if let Some(stance) = &state.stance
                    && state.year != year
                {
                    state.year_note = Some(YearNote {
                        stance: stance.clone(),
                        from: state.year,
                        to: year,
                    });
                    state.year = year;
                }
            }
            Self::SetFill(fill) => state.fill = fill,
            Self::SetStatuses(statuses) => state.statuses = statuses,
            Self::SetCompare(compare) => state.compare = compare,
            Self::SetAnalysis(analysis) => state.analysis = analysis,
            Self::OpenDataFolder(dir) => return Some(AppCommand::OpenDataFolder(dir)),
            Self::UseBundledData => return Some(AppCommand::UseBundledData),
            Self::OpenPlots(tab) => return Some(AppCommand::OpenPlots(tab)),
            Self::Edit(edits) => return Some(AppCommand::Edit(edits)),
            Self::Undo => return Some(AppCommand::Undo),
            Self::Redo => return Some(AppCommand::Redo),
            Self::Save => return Some(AppCommand::Save),
            Self::SaveInto(dir) => return Some(AppCommand::SaveInto(dir)),
            Self::Reload => return Some(AppCommand::Reload),
            Self::AskImport => return Some(AppCommand::AskImport),
            Self::Import(paths) => return Some(AppCommand::Import(paths)),
            Self::CancelImport => return Some(AppCommand::CancelImport),
            Self::AnswerSupersede(yes) => return Some(AppCommand::AnswerSupersede(yes)),
            Self::CloseAnswer(answer) => return Some(AppCommand::CloseAnswer(answer)),
            Self::Quit => return Some(AppCommand::Quit),
            Self::TogglePlay => return Some(AppCommand::TogglePlay),
            Self::Tour(command) => return Some(AppCommand::Tour(command)),
            Self::File(command) => return Some(AppCommand::File(command)),
        }
        None
    }
}
