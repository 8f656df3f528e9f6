# Heartland's interface in English: the English of the code (tests/it/i18n.rs
# compares them; UPDATE_FTL=1 writes this file). Translators: copy this file.

action-clear-selection = Clear the selection
action-export-png = Export PNG (window size)…
action-find = Find a country…
action-help = Keyboard shortcuts
action-larger = Everything larger
action-normal-size = Everything at normal size
action-open = Open view or tour…
action-play-years = Play / pause the years
action-presentation = Presentation mode
action-quit = Quit
action-redo = Redo
action-save-data = Save changes to the data
action-save-view = Save view…
action-smaller = Everything smaller
action-tour-first = First step
action-tour-last = Last step
action-tour-leave = Leave the tour
action-tour-next = Next step
action-tour-previous = Previous step
action-undo = Undo
action-zoom-in = Zoom the map in
action-zoom-out = Zoom the map out

analysis-communities = Colour by community
analysis-communities-hint = Blocs by signed modularity (Louvain moves): friendly ties pull states together, hostile ties push them apart; the same data always gives the same blocs
analysis-derived = Derived relations (from the data itself)
analysis-derived-memberships-hint = Per pair: the share of the year's organizations both are full members of
analysis-derived-votes-hint = Per pair: the share of recorded UN votes up to the year on which both voted alike (yes, no, abstain; absences left out)
analysis-heading = Analysis
analysis-metrics-on = Metrics on
analysis-metrics-on-hint = Relations shown: the year's relations after the dimension and strength filters; several dimensions of a pair count as their mean
analysis-open-plots = Open plots
analysis-open-plots-hint = Rankings, metrics over time, timelines, stance breakdowns
analysis-size-by = Size states by

anim-bad-name = { $file }: an animation is written as .gif or .mp4
anim-busy = An animation is being written; wait for it or cancel it.
anim-cancelled = The animation was cancelled; nothing was written.
anim-export = Export…
anim-failed = The animation was not written: { $reason }
anim-fps = Frames per second
anim-from = From
anim-kind = animation.gif or .mp4
anim-menu = Export animation…
anim-not-started = Cannot start the animation: { $reason }
anim-progress = Frame { $done } of { $total }
anim-size = Size
anim-stopped = The animation stopped unexpectedly; nothing was written.
anim-summary =
    { $count ->
        [one] { $count } frame, one per year, { $seconds } s; written as .gif, or as .mp4 where ffmpeg is installed
       *[other] { $count } frames, one per year, { $seconds } s; written as .gif, or as .mp4 where ffmpeg is installed
    }
anim-title = Export animation
anim-to = To
anim-written =
    { $count ->
        [one] Wrote an animation of { $count } frame to { $file }
       *[other] Wrote an animation of { $count } frames to { $file }
    }

cancel = Cancel

close-discard = Discard
close-question = The data has changes that are not saved. Save them before closing?
close-save = Save
close-title = Unsaved changes

conflict-reload = Reload
conflict-reload-hover = Read the folder again (changes not saved are dropped)
conflict-save-as = Save as…
conflict-save-as-hover = Save the data shown into another folder

data-in-use = In use: { $source }
data-open-folder = Open data folder…
data-problems =
    { $count ->
        [one] Problems in the data ({ $count })
       *[other] Problems in the data ({ $count })
    }
data-reload = Reload from disk
data-save-into = Save into a new folder…
data-type-folder = Type a data folder path…
data-use-bundled = Use bundled data

file-export-csv = Export data shown as CSV…
file-export-json = Export data shown as JSON…
file-export-png-size = Export PNG { $width }×{ $height }…
file-import = Import…
file-import-hover = Add records from CSV (relations, memberships, COW, UN votes) or GeoJSON files
file-open-data-folder = Open data folder…
file-open-view = Open view…
file-recent-views = Recent views

find-label = Country name:
find-none = No country has this name in the data.
find-title = Find a country

folder-hint = /path/to/data folder
folder-label = Data folder:
folder-open = Open

help-clear-selection = Clear the selection (the halo on the map, the inspector)
help-drop = Open a view, a tour or a data folder
help-export-png = Export the map as PNG (window size)
help-find = Find a country
help-help = This list of shortcuts
help-keys-drop = Drop a file
help-keys-slider = Left / Right arrow
help-larger = Make everything larger
help-menus = Every shortcut is also in a menu, with its keys beside it.
help-normal-size = Everything at its normal size
help-open = Open a view or a tour
help-play-years = Play / pause the years
help-presentation = Presentation mode: hide the panels, enlarge everything
help-quit = Quit (asks first when changes are not saved)
help-redo = Redo the edit undone
help-save-data = Save the changes to the data (a new folder for the bundled data)
help-save-view = Save the view
help-slider = Step the year when the slider has focus
help-smaller = Make everything smaller
help-title = Keyboard shortcuts
help-tour-first = Tour: first step
help-tour-last = Tour: last step
help-tour-leave = Tour: leave, back to your view
help-tour-next = Tour: next step
help-tour-previous = Tour: previous step
help-undo = Undo the last edit
help-zoom-in = Zoom the map in
help-zoom-out = Zoom the map out

import-button = Import
import-hint = /path/a.csv; /path/b.geojson (CSV or GeoJSON files, separated by ;)
import-keep-conflicts = Keep as conflicts
import-keep-conflicts-hint = Leave the data as it is; the conflicts stay listed
import-label = Import files:
import-supersede = Supersede
import-supersede-hint = Import again, ending each open period the day before the new one starts (one undo step)
import-supersede-report =
    { $count ->
        [one] Import of { $files }: { $count } period starts inside an open period with another status or score (listed in the problems), and it was not imported.
       *[other] Import of { $files }: { $count } periods start inside an open period with another status or score (listed in the problems), and they were not imported.
    }

intro-heading = New to Heartland?
intro-no-thanks = No thanks
intro-take-tour = Take the introductory tour
intro-text = A short guided tour shows what the map can tell: alliances, votes, routes and how they change over the years.

kind-csv-folder = folder for the CSV files
kind-data-folder = data folder
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = new data folder
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json or .tour.json

layers-all-corridors = All corridors
layers-all-countries = all countries
layers-all-organizations = All organizations
layers-and = and
layers-corridors = Corridors
layers-count-as-in = Count as in:
layers-count-observers = observers and partners
layers-count-observers-hint = Also count observers, partners and associate members
layers-count-suspended = suspended members
layers-count-suspended-hint = Also count members whose membership is suspended
layers-counted = Counted: { $statuses }
layers-countries = Countries
layers-fill-by = Fill countries by
layers-fill-by-hint = One layer fills the countries at a time; the others show as badges and outlines, or the legend says they are hidden
layers-focus = Focus
layers-found-of = { $found } of { $all }
layers-heading = Layers
layers-in-all = In { $orgs } ({ $year }): { $count }
layers-in-any = In { $orgs } ({ $year }): { $count }
layers-in-first-not-rest = In { $first }, not in { $rest } ({ $year }): { $count }
layers-labels = Labels
layers-memberships = Memberships
layers-min-score = min |score|
layers-no-corridor-ticked = None ticked: every corridor is drawn.
layers-no-corridors = No corridors
layers-no-organizations = No organizations
layers-or = or
layers-organizations = Organizations
layers-relations = Relations
layers-search = Search
layers-search-clear = Clear
layers-search-clear-hint = Clear the search
layers-search-organizations = organizations
layers-search-stances = stances
layers-set-difference = Difference
layers-set-intersection = Intersection
layers-set-union = Union
layers-stance-none = None
layers-stances = Stances
layers-top-k = Only the strongest per state
layers-top-k-prefix = top
layers-year-back = Back to { $year }
layers-year-back-hint = Show the year you had before choosing the stance
layers-year-moved = Year moved to { $year } for { $what } —

menu-data = Data
menu-edit = Edit
menu-file = File
menu-help = Help
menu-tours = Tours
menu-view = View

notice-dialog-open = A file dialog is already open.
notice-export-failed = The export failed: { $reason }
notice-export-not-started = Cannot start the export: { $reason }
notice-export-stopped = The PNG export stopped unexpectedly
notice-exported-files =
    { $count ->
        [one] Exported { $count } file to { $place }
       *[other] Exported { $count } files to { $place }
    }
notice-exporting = Exporting the PNG…
notice-no-dialog = Cannot open a file dialog: { $error }
notice-open-other = { $file }: Heartland opens views (*.view.json), tours (*.tour.json) and data folders here
notice-view-not-on-data = The view cannot be opened on this data: { $reasons }
notice-view-not-opened = The view cannot be opened: { $reason }
notice-view-not-saved = The view was not saved: { $reason }
notice-view-saved = View saved to { $file }

presentation-off = Show panels
presentation-off-hover = Leave presentation mode: show the panels again (F11)
presentation-on = Presentation mode
presentation-on-hover = Presentation mode: for projectors, hide the panels and enlarge everything (F11)

preset-caspian = Caspian basin
preset-central-asia = Central Asia
preset-region = Whole region
preset-south-caucasus = South Caucasus
preset-world = World

problems-close = Close
problems-explain = Records with problems were left out; everything else is shown. Fix the files and open the folder again.
problems-heading = Problems in the data ({ $count })

prompt-hint = /path/to/{ $kind }
prompt-ok = OK
prompt-path = Path:
prompt-question = { $title }: no file dialog can open here; type the path.
prompt-title = Type a path
prompt-will-be = Will be written as { $path }

recovery-discard = Discard
recovery-explain = The last session ended with edits to { $data } that were not saved. Restoring brings back:
recovery-restore = Restore
recovery-title = Restore unsaved edits?
recovery-unsaved = Restored edits are unsaved until you save them.

redo-nothing = Nothing to redo
redo-what = Redo: { $edit } (Ctrl+Shift+Z)

region-hover = Show a region (keys 1–5)
region-name = Region: { $region }
region-none = Region

save-here = Save here
save-hover = Unsaved changes: save them into the data folder (Ctrl+S)
save-into-hint = /path/to/new data folder
save-into-label = Save into a new folder:
save-nothing = No unsaved changes
save-saved = Save
save-unsaved = Save •

status-bundled-never-written = The bundled data is never written: type a new folder to save into.

theme-dark = Dark theme
theme-light = Light theme

time-pause = Pause
time-play = Play
time-play-hover = Play / pause the years (Space)
time-year = Year

toast-close = Close notice

toolbar-cancel-import = Cancel import
toolbar-loading = Loading…
toolbar-problems =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
toolbar-problems-hover = Records left out of the data, and why: show or hide the list
toolbar-problems-name =
    { $count ->
        [one] { $count } problem in the data
       *[other] { $count } problems in the data
    }

tour-editor-add-step = Add this view as a step
tour-editor-add-step-hint = The map as it is now, with the year, layers and selection
tour-editor-author = Author
tour-editor-delete = Delete
tour-editor-down = Down
tour-editor-save = Save tour…
tour-editor-step = Step { $n }
tour-editor-step-caption = Caption of step { $n }
tour-editor-step-title = Title of step { $n }
tour-editor-title = Tour title
tour-editor-up = Up
tour-first = First
tour-first-hint = First step (Home)
tour-last = Last
tour-last-hint = Last step (End)
tour-leave = Leave tour
tour-leave-hint = Back to your own view (Esc)
tour-next = Next
tour-next-hint = Next step (Right arrow, Page Down or Space)
tour-previous = Previous
tour-previous-hint = Previous step (Left arrow or Page Up)

tours-bundled = Bundled tours
tours-editor = Tour editor
tours-open = Open tour file…
tours-recent = Recent tour files

undo-nothing = Nothing to undo
undo-what = Undo: { $edit } (Ctrl+Z)

view-language = Language
view-regions = Regions
