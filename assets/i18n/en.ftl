# Heartland's interface in English: the English of the code (tests/it/i18n.rs
# compares them; UPDATE_FTL=1 writes this file). Translators: copy this file.

action-clear-selection = Clear the selection
action-export-figure = Export figure (window size)…
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
anim-dialog-filter = GIF or MP4 animation
anim-dialog-title = Export an animation
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

bundle-computing = Bundling…
bundle-hover-count =
    { $count ->
        [one] { $count } relation in this bundle
       *[other] { $count } relations in this bundle
    }
bundle-hover-derived-count =
    { $count ->
        [one] { $count } derived relation in this bundle
       *[other] { $count } derived relations in this bundle
    }
bundle-hover-more =
    { $count ->
        [one] and { $count } more
       *[other] and { $count } more
    }
bundle-inspector-heading =
    { $count ->
        [one] { $count } relation in this bundle
       *[other] { $count } relations in this bundle
    }
bundle-legend = Bundled by density (KDEEB): colour is still sign, width strength
bundle-legend-derived = Derived arcs bundled by density (KDEEB), each kind apart: colour is still the kind, width the share
bundle-relations = Bundle relations
bundle-relations-tip = Draw arcs that run the same way together, as bundles (kernel density). Colour and width still show each relation's sign and strength; hover or click a line for its relation.

cancel = Cancel

close-discard = Discard
close-question = The data has changes that are not saved. Save them before closing?
close-save = Save
close-title = Unsaved changes

compare-by-stance = Stances
compare-by-stance-needs = Choose a stance in the Stances list first
compare-by-year = Years
compare-close = Close comparison
compare-figure-stances = { $from } and { $to }
compare-figure-title = { $layers }: { $changes }
compare-hint-no-change = Nothing shown changed from { $from } to { $to }
compare-inspector-none = No change in what is shown
compare-inspector-position = Position
compare-inspector-row = { $kind }: { $subject }, { $before } → { $after }
compare-inspector-title = Changes, { $from } → { $to }
compare-kind-membership-joined = Joined
compare-kind-membership-left = Left
compare-kind-relation-ended = Ended relation
compare-kind-relation-new = New relation
compare-kind-relation-stronger = Stronger relation
compare-kind-relation-weaker = Weaker relation
compare-kind-stance-changed = Position changed
compare-legend-count = { $kind }: { $count }
compare-legend-none = no change in what is shown
compare-legend-title = Changes, { $from } → { $to }
compare-legend-title-plain = Changes
compare-menu = Compare two moments
compare-menu-hint = Two maps side by side with linked cameras, or one map of what changed
compare-mode-difference = Difference
compare-mode-side-by-side = Side by side
compare-other-year = Year compared with
compare-title = Compare
compare-value-none = none
compare-with-stance = Compared with
compare-with-year = { $year } compared with

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

date-day-needs-month = a day needs a month
date-days-in-month = { $month } { $year } has { $max } days, not { $day }
date-interval = { $from } to { $to }
date-interval-open = from { $from }
date-invalid = invalid date "{ $given }": { $reason }
date-month-range = month { $month } is not between 1 and 12
date-shape = write it as "YYYY", "YYYY-MM" or "YYYY-MM-DD"
date-that-month = that month
date-to-before-from = "to" ({ $to }) must be after "from" ({ $from }) ("to" is exclusive: the first day no longer covered)
date-year-range = year { $year } is not between 1 and 9999

edit-apply = Apply
edit-choose = choose…
edit-choose-organization = choose an organization
edit-date = Date
edit-ends = Ends
edit-evidence = Evidence
edit-from = From
edit-id = Id
edit-membership-title = { $country } in { $org } from { $from }
edit-new-membership-title = New membership of { $country }
edit-new-period-title = New period of { $relation }
edit-new-source-title = New source
edit-not-a-number = "{ $text }" is not a number; a score is from -1 to 1
edit-note = Note
edit-note-title = Note on { $what }
edit-organization = Organization
edit-outlet = Outlet
edit-period-name = { $relation } from { $from }
edit-period-title = Edit { $relation } from { $from }
edit-score = Score
edit-source = Source
edit-status = Status
edit-title = Title
edit-to = To
edit-url = Web address

editlabel-add-membership = add a membership of { $country } in { $org }
editlabel-add-period = add a period of { $relation } from { $from }
editlabel-add-source = add the source { $id }
editlabel-change-membership = change a membership of { $country } in { $org }
editlabel-end-membership = end a membership of { $country } in { $org }
editlabel-end-period = end the period of { $relation } from { $from }
editlabel-redo-menu = Redo: { $edit }
editlabel-set-note = change a note
editlabel-set-period = change the score of { $relation } from { $from }
editlabel-undo-menu = Undo: { $edit }

figure-and = and
figure-attribution = Data as of { $date } · Borders: Natural Earth (public domain)
figure-attribution-no-date = Data: no as-of date given · Borders: Natural Earth (public domain)
figure-capitals-sized = capitals sized by { $metric }
figure-citation = Heartland { $version } · data as of { $date } · sources: { $sources }
figure-citation-no-date = no as-of date given
figure-citation-no-sources = none (no sourced fact is shown)
figure-communities = communities
figure-corridors = corridors
figure-date-day = { $day } { $month } { $year }
figure-date-month = { $month } { $year }
figure-members-not-in = { $first } members not in { $rest }
figure-members-of = { $orgs } members
figure-members-of-all = Members of all of { $orgs }
figure-members-of-both = Members of both { $a } and { $b }
figure-more-entries =
    { $count ->
        [one] … { $count } more entry (the window's legend lists all)
       *[other] … { $count } more entries (the window's legend lists all)
    }
figure-or = or
figure-relations = relations
figure-relations-of = { $dimensions } relations
figure-sources = Sources: { $sources }
figure-step = Step { $n } of { $count }
figure-title-countries = Countries, { $year }
figure-title-stance = { $stance }: stances
figure-title-stance-and = { $stance }: stances · { $layers }, { $year }
figure-title-stance-map-of = { $stance }: stances · map of { $year }

file-export-csv = Export data shown as CSV…
file-export-figure-size = Export figure { $width }×{ $height }…
file-export-json = Export data shown as JSON…
file-export-preview = Export preview
file-import = Import…
file-import-hover = Add records from CSV (relations, memberships, COW, UN votes) or GeoJSON files
file-open-data-folder = Open data folder…
file-open-view = Open view…
file-preview-title = Title: { $title }
file-recent-views = Recent views

files-dialog-export-csv = Export the data shown as CSV (choose a folder)
files-dialog-export-figure = Export the map as PNG, SVG or PDF
files-dialog-export-json = Export the data shown as JSON
files-dialog-import = Import data files
files-dialog-open-any = Open a view or a tour
files-dialog-open-folder = Open a data folder
files-dialog-open-tour = Open a tour
files-dialog-open-view = Open a view
files-dialog-save-into = Save the edited data into a new folder
files-dialog-save-tour = Save the tour
files-dialog-save-view = Save the view
files-figure-exported = Exported a { $width }×{ $height } { $format } to { $file }
files-figure-not-exported = The { $format } was not exported: { $reason }
files-filter-pdf = PDF document
files-filter-png = PNG image
files-filter-svg = SVG drawing
files-filter-tour = Heartland tour
files-filter-view = Heartland view
files-filter-view-or-tour = Heartland views and tours
files-kind-device = a device
files-kind-folder = a folder
files-kind-pipe = a named pipe (FIFO)
files-kind-socket = a socket
files-not-regular = { $file }: is { $kind }, not a regular file; the window opens view and tour files (a pipe can be read with `heartland render --view`)
files-title-bundled = bundled data
files-tour-not-saved = Not saved: { $reason }
files-tour-saved = Saved to { $file }

find-label = Country name:
find-none = No country has this name in the data.
find-title = Find a country

folder-hint = /path/to/data folder
folder-label = Data folder:
folder-open = Open

groups-aggregate = Zoomed out
groups-aggregate-groups = flows between groups
groups-aggregate-states = each relation
groups-close-opened =
    { $count ->
        [one] Close { $count } opened group
       *[other] Close { $count } opened groups
    }
groups-flow-negative =
    { $count ->
        [one] { $count } negative relation, summed { $sum }
       *[other] { $count } negative relations, summed { $sum }
    }
groups-flow-positive =
    { $count ->
        [one] { $count } positive relation, summed { $sum }
       *[other] { $count } positive relations, summed { $sum }
    }
groups-legend-negative = negative relations, summed
groups-legend-open = Zoom in or click a group to see its states
groups-legend-positive = positive relations, summed
groups-legend-summed =
    { $count ->
        [one] { $count } relation summed into flows
       *[other] { $count } relations summed into flows
    }
groups-legend-title = Flows between groups (width = summed strength)
groups-member-twice = { $code } is already in group { $first }; a state can be in one group only
groups-name-empty = a group needs a name
groups-name-twice = the name { $name } is already used by group { $first }
groups-no-members = a group needs at least one state (ISO alpha-3 codes)
groups-node-click = Click to open { $name } into its states
groups-node-inside =
    { $count ->
        [one] { $count } relation between its states
       *[other] { $count } relations between its states
    }
groups-south-caucasus = South Caucasus
groups-too-many = { $count } groups is more than this version draws (at most { $max })
groups-zoom-out-hint = Zoom out past the region to see the flows

help-clear-selection = Clear the selection (the halo on the map, the inspector)
help-drop = Open a view, a tour or a data folder
help-export-figure = Export the map as a figure: PNG, SVG or PDF (window size)
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

hint-choose-dimension = Choose a dimension in the Relations list
hint-choose-organization = Choose an organization in the Organizations list
hint-choose-stance = Choose an issue in the Stances list
hint-computing-agreement = Computing UN vote agreement…
hint-computing-derived = Computing derived relations…
hint-computing-metrics = Computing the network metrics…
hint-tick-corridor = Tick a corridor in the Corridors list

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

importer-cancelled = import cancelled; nothing was imported
importer-cannot-open = cannot open the file ({ $error })
importer-cannot-read = cannot read the file ({ $error })
importer-cell-not-utf8 = is not valid UTF-8 text (save the file as "CSV UTF-8")
importer-cli-cannot-make-folder = cannot make the folder ({ $error })
importer-cli-checked-only = checked only: give --into DIR to write a data folder
importer-cli-corridors =
    { $count ->
        [one] { $count } corridor
       *[other] { $count } corridors
    }
importer-cli-countries =
    { $count ->
        [one] { $count } country
       *[other] { $count } countries
    }
importer-cli-into-file = this is a file, not a folder; give the folder to import into (a new one is made where there is none)
importer-cli-memberships =
    { $count ->
        [one] { $count } membership
       *[other] { $count } memberships
    }
importer-cli-organizations =
    { $count ->
        [one] { $count } organization
       *[other] { $count } organizations
    }
importer-cli-periods =
    { $count ->
        [one] { $count } relation period ({ $replaced } replaced)
       *[other] { $count } relation periods ({ $replaced } replaced)
    }
importer-cli-places =
    { $count ->
        [one] { $count } place
       *[other] { $count } places
    }
importer-cli-problems =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
importer-cli-saved = saved { $folder }
importer-cli-stances =
    { $count ->
        [one] { $count } stance
       *[other] { $count } stances
    }
importer-cli-summary = { $file }: added { $countries }, { $organizations }, { $memberships }, { $periods }, { $places }, { $corridors }, { $stances }, { $recorded } already recorded{ $superseded }; { $problems }
importer-cli-superseded = , { $count } superseded
importer-cli-waiting = waiting for another Heartland to finish writing { $folder }…
importer-cli-warning = warning: { $problem }
importer-corridor-exists = corridor id "{ $id }" is already in the dataset; the feature is not imported (rename it, or remove the existing corridor first)
importer-corridor-points = every segment needs at least two points, each a known place or a coordinate on the globe
importer-country-needed = a country is needed (an ISO alpha-3 code such as KAZ, or a name)
importer-country-not-in-data = country "{ $country }" is not in countries.json (add it there first)
importer-cow-bad-ccode = ccode must be a COW state code (a whole number); the row is skipped
importer-cow-bad-value = { $column }: "{ $value }" is not a COW value (1 full, 2 associate, 3 observer, 0 none, -9 missing, -1 not in existence); read as missing
importer-cow-bad-year = year must be a year such as 1992; the row is skipped
importer-cow-no-id = column "{ $column }" gives no usable organization id; the column is skipped
importer-cow-no-iso =
    { $count ->
        [one] COW state { $ccode } ({ $name }) has no ISO code; its { $count } row is skipped
       *[other] COW state { $ccode } ({ $name }) has no ISO code; its { $count } rows are skipped
    }
importer-cow-repeated-row = state { $ccode } in { $year } was already given on line { $line }; this row is skipped
importer-cow-same-id = column "{ $column }" has the same id "{ $id }" as column { $other }; the column is skipped
importer-cow-two-statuses = { $column }: { $state } has two different statuses in { $year } (from two COW codes of one ISO code); this one is skipped
importer-cow-unknown-code =
    { $count ->
        [one] COW state code { $ccode } is not in the bundled table (assets/cow_states.csv); its { $count } row is skipped
       *[other] COW state code { $ccode } is not in the bundled table (assets/cow_states.csv); its { $count } rows are skipped
    }
importer-cow-wrong-header = wrong header: expected "ccode,year,state" then one column per organization; found "{ $found }"
importer-empty = the file is empty
importer-expected-headers = relations { $relations }; memberships { $memberships }; COW IGO { $cow }; UN Digital Library { $undl }; Voeten { $voeten }; or a GeoJSON object
importer-format-cow = Correlates of War IGO state-year data
importer-format-geojson = GeoJSON
importer-format-memberships = CSV memberships
importer-format-relations = CSV relations
importer-format-undl = UN Digital Library roll-call export
importer-format-voeten = Voeten UN General Assembly voting data
importer-geojson-at-sea = no "country", and the point ({ $lon }, { $lat }) is at sea or outside every country on the map; give the country (ISO alpha-3)
importer-geojson-coordinate-not-number = a coordinate is not a number (a number too large to represent, like 1e400, is read as null); the feature is not imported
importer-geojson-corridor-mode = a corridor needs a "mode"
importer-geojson-corridor-name = a corridor needs a "name"
importer-geojson-corridor-status = a corridor needs a "status"
importer-geojson-disputed = no "country", and the point lies in { $territory }, a disputed territory: the map does not say whose it is; give the country (ISO alpha-3)
importer-geojson-missing = missing or empty: { $what }
importer-geojson-no-features = a FeatureCollection needs a "features" list
importer-geojson-no-geometry = the feature has no geometry
importer-geojson-no-iso = no "country", and the point lies in { $name } ({ $code }), which has no ISO code; give the country
importer-geojson-no-lines = the MultiLineString has no lines
importer-geojson-no-map = no "country", and the map to find it on could not be read; give the country (ISO alpha-3)
importer-geojson-no-type = expected a GeoJSON "FeatureCollection" or "Feature", not an object without "type"
importer-geojson-not-a-code = expected a country code such as "KAZ", not { $value }
importer-geojson-not-a-feature = not a GeoJSON feature: { $reason }
importer-geojson-not-a-feature-object = not a GeoJSON feature: expected an object { $shape }
importer-geojson-not-a-list = expected a list of country codes, not { $value }
importer-geojson-not-a-string = expected a string, not { $value }
importer-geojson-not-utf8 = the file is not valid UTF-8 text (byte 0x{ $byte }); save it again as UTF-8
importer-geojson-place-name = a place needs a "name"
importer-geojson-position = a position needs a longitude and a latitude
importer-geojson-short-line = a line needs at least two positions (it has { $count })
importer-geojson-to-without-from = "to" needs "from": give the date the status holds from, or leave out both for a status whose date is not recorded
importer-geojson-wrong-geometry = a { $geometry } where a Point (a place) or a LineString / MultiLineString (a corridor) is expected
importer-geojson-wrong-type = expected a GeoJSON "FeatureCollection" or "Feature", not "{ $type }"
importer-in-column = { $column }: { $reason }
importer-is-folder = is a folder; give the files in it to import
importer-larger-than-limit = the file is larger than { $limit } MB, the most a { $format } file may be (split it into smaller files); nothing was imported
importer-membership-conflict = conflict: this row says { $country } { $status } in { $organization } ({ $period }, { $source }), the data says { $existing-status } ({ $existing }, { $existing-source }); not imported
importer-membership-overlap = this period ({ $period }, { $status }) overlaps the existing period { $existing } of { $country } in { $organization } with the same status but other dates; only a period with exactly the same dates replaces an existing one, so it is not imported (change the dates in the file or in the data)
importer-more-problems =
    { $count ->
        [one] { $count } more problem not listed (only the first { $max } are)
       *[other] { $count } more problems not listed (only the first { $max } are)
    }
importer-no-column-names = no column names
importer-no-rows = the file has a header but no rows
importer-no-source = no source
importer-no-stance-id = cannot make a stance id from "{ $id }"; the resolution is skipped
importer-not-a-corridor-kind = "{ $value }" is not a corridor kind (expected one of { $expected })
importer-not-a-corridor-status = "{ $value }" is not a corridor status (expected one of { $expected })
importer-not-a-dimension = "{ $value }" is not a dimension (expected one of { $expected })
importer-not-a-mode = "{ $value }" is not a mode (expected one of { $expected })
importer-not-a-place-kind = "{ $value }" is not a place kind (expected one of { $expected })
importer-not-a-score = "{ $value }" is not a number (a score between -1 and 1)
importer-not-a-status = "{ $value }" is not a membership status (expected one of { $expected })
importer-not-a-vote-undl = { $column }: "{ $value }" is not a vote (Y, N, A, X or blank); the row is skipped
importer-not-a-vote-voeten = { $column }: "{ $value }" is not a vote (1 yes, 2 abstain, 3 no, 8 absent, 9 not a member); the row is skipped
importer-not-csv = cannot read the file as CSV ({ $error })
importer-not-json = not valid JSON: { $reason }
importer-organization-not-in-data = unknown organization id "{ $organization }" (not in organizations.json)
importer-place-exists = place id "{ $id }" is already in the dataset; the feature is not imported (rename it, or remove the existing place first)
importer-relation-conflict = conflict: this row scores { $relation } { $score } ({ $period }, { $source }), the data scores it { $existing-score } ({ $existing }, { $existing-source }); not imported
importer-relation-named = the { $dimension } relation { $a }–{ $b }
importer-relation-overlap = this period ({ $period }) overlaps the existing period { $existing } of { $country } in { $relation }; only a period with exactly the same dates replaces an existing one, so it is not imported
importer-relation-with-itself = a relation of { $state } with itself; "a" and "b" must be different states
importer-relation-with-itself-merge = a relation of { $state } with itself
importer-resolution-skipped = { $column }: { $reason }; the resolution is skipped
importer-row-fields =
    { $count ->
        [one] this row has { $count } field but the header has { $columns }; the row is skipped
       *[other] this row has { $count } fields but the header has { $columns }; the row is skipped
    }
importer-source = source { $source }
importer-stance-exists = stance id "{ $id }" is already in the dataset; the resolution is not imported
importer-supersede-hint = { $conflict } (to end the open period the day before this one starts, import with --supersede, or choose "Supersede" in the window's import report)
importer-too-large = the file is { $size } MB; a { $format } file may be at most { $limit } MB (split it into smaller files)
importer-unknown-column = unknown column "{ $column }" is ignored (the columns are { $columns })
importer-unknown-country = "{ $value }" is neither an ISO alpha-3 code nor the name of a country in the dataset
importer-unknown-format = cannot tell the format from the header ({ $header }); expected one of: { $expected }
importer-unknown-organization = "{ $value }" is neither the id nor the acronym of an organization in the dataset
importer-unknown-source = unknown source id "{ $source }" (not in sources.json; add the source first)
importer-unreadable-row = unreadable row: { $error }
importer-voeten-no-dates = Voeten's raw voting file has no dates: join it with the descriptions file (rcid, date, unres, short) first
importer-vote-countries-missing = countries not in countries.json: { $countries }; their positions are left out
importer-vote-cow-no-iso =
    { $count ->
        [one] COW state { $ccode } ({ $name }) has no ISO code in the vote's year; its { $count } vote is counted in the totals but given no position
       *[other] COW state { $ccode } ({ $name }) has no ISO code in the vote's year; its { $count } votes are counted in the totals but given no position
    }
importer-vote-cow-unknown =
    { $count ->
        [one] "{ $ccode }" is not a COW state code of the bundled table; its { $count } vote is counted in the totals but given no position
       *[other] "{ $ccode }" is not a COW state code of the bundled table; its { $count } votes are counted in the totals but given no position
    }
importer-vote-not-iso = { $column }: "{ $value }" is not an ISO alpha-3 code; the vote is counted in the totals but has no position
importer-votes-twice = { $state } votes twice on this resolution; the later row is used
importer-wide-encoding-csv = the file is in UTF-16 (or another wide encoding), not UTF-8; save or export it as "CSV UTF-8"
importer-wide-encoding-json = the file is in UTF-16 (or another wide encoding), not UTF-8; save it again as UTF-8 (in QGIS: Export, Save Features As…, Encoding UTF-8)
importer-wrong-header = wrong header: expected the columns "{ $expected }" (missing: { $missing }); found "{ $found }"

inspector-add-membership = Add a membership
inspector-add-period = Add a period
inspector-add-source = Add a source
inspector-capital = Capital: { $capital }
inspector-capital-missing = Capital: not in the data
inspector-clear-selection = Clear selection
inspector-community = Community { $number }: with { $others }
inspector-community-none = Community: in no bloc
inspector-corridor = Corridor
inspector-corridor-kind-status = { $kind } · { $status } in { $year }
inspector-corridor-missing = This corridor is not in the data.
inspector-countries = Countries: { $countries }
inspector-country-missing = This country is not in the data.
inspector-date-not-recorded = Date not recorded: { $status }
inspector-derived = Derived relations in { $year }
inspector-derived-organizations =
    { $count ->
        [one] full members together of { $shared } of the { $count } organization with members that year: { $names }
       *[other] full members together of { $shared } of the { $count } organizations with members that year: { $names }
    }
inspector-derived-votes =
    { $count ->
        [one] voted alike on { $agreed } of the { $count } recorded UN vote both cast up to { $year }
       *[other] voted alike on { $agreed } of the { $count } recorded UN votes both cast up to { $year }
    }
inspector-derived-with = { $kind } with { $state }: { $value }
inspector-edit = Edit
inspector-edit-membership-hover = Change or end this membership
inspector-edit-period = Edit { $period }
inspector-edit-period-hover = Change the score, evidence, source or end of this period
inspector-evidence = Evidence
inspector-facts = Facts
inspector-heading = Inspector
inspector-intro = Click a country, a relation arc or a corridor on the map to see its facts and their sources here.
inspector-kind-founded = { $kind }, founded { $date }
inspector-language-ar = Arabic
inspector-language-az = Azerbaijani
inspector-language-de = German
inspector-language-en = English
inspector-language-fa = Persian
inspector-language-fr = French
inspector-language-hy = Armenian
inspector-language-ka = Georgian
inspector-language-kk = Kazakh
inspector-language-ky = Kyrgyz
inspector-language-ru = Russian
inspector-language-tg = Tajik
inspector-language-tk = Turkmen
inspector-language-tr = Turkish
inspector-language-uz = Uzbek
inspector-language-zh = Chinese
inspector-lat-lon = { $lat }°N { $lon }°E
inspector-length-hover = The recorded length is the one its source gives; the drawn route runs through a few waypoints and is shorter than the real line
inspector-members-counted =
    { $count ->
        [one] In { $year }: { $count } counted ({ $rule }), { $listed } listed
       *[other] In { $year }: { $count } counted ({ $rule }), { $listed } listed
    }
inspector-memberships = Memberships (as of { $year })
inspector-metric-no-triangle = { $metric }: no triangle
inspector-metric-rank = { $metric }: { $value } (rank { $rank } of { $of })
inspector-network = Network in { $year } (on { $graph })
inspector-no-score = { $year }: no score in the data
inspector-no-tie = No tie in this graph and year.
inspector-none = None in the data.
inspector-none-this-year = None in the data for this year.
inspector-not-a-member = not a member
inspector-not-yet-proposed = not yet proposed
inspector-note = Note
inspector-organization = Organization
inspector-organization-missing = This organization is not in the data.
inspector-plot-over-time = Plot over time
inspector-plot-pair = Plot every dimension of this pair
inspector-relation = Relation
inspector-relation-dimension = { $dimension } relation
inspector-relation-missing = This relation is not in the data.
inspector-relations-in = Relations in { $year }
inspector-route = Route
inspector-since = since { $from }
inspector-source = Source: { $source }
inspector-source-language = Source language: { $language }
inspector-source-none = Source: not given
inspector-source-unknown = Source: { $id } (not in sources.json)
inspector-stances = Stances
inspector-status = Status
inspector-status-not-counted = { $status } (not counted: { $counted })
inspector-status-undated = { $status } (date not recorded)

intro-heading = New to Heartland?
intro-no-thanks = No thanks
intro-take-tour = Take the introductory tour
intro-text = A short guided tour shows what the map can tell: alliances, votes, routes and how they change over the years.

kind-cell-not-recorded = Not recorded
kind-cell-not-un-member = Not a UN member
kind-corridor-gas-pipeline = Gas pipeline
kind-corridor-multimodal = Multimodal
kind-corridor-oil-pipeline = Oil pipeline
kind-corridor-rail = Rail
kind-corridor-road = Road
kind-corridor-sea = Sea
kind-corridor-status-abandoned = Abandoned
kind-corridor-status-operational = Operational
kind-corridor-status-proposed = Proposed
kind-corridor-status-suspended = Suspended
kind-corridor-status-under-construction = Under construction
kind-csv-folder = folder for the CSV files
kind-data-folder = data folder
kind-dimension-economic = Economic
kind-dimension-energy = Energy
kind-dimension-political = Political
kind-dimension-security = Security
kind-dimension-transport = Transport
kind-import = data.csv; other.geojson
kind-json = export.json
kind-mode-gas-pipeline = Gas pipeline
kind-mode-oil-pipeline = Oil pipeline
kind-mode-rail = Rail
kind-mode-road = Road
kind-mode-sea = Sea
kind-new-folder = new data folder
kind-org-cultural = Cultural
kind-org-economic = Economic
kind-org-energy = Energy
kind-org-political = Political
kind-org-religious = Religious
kind-org-security = Security
kind-org-transport = Transport
kind-place-capital = Capital
kind-place-city = City
kind-place-crossing = Border crossing
kind-place-field = Oil or gas field
kind-place-junction = Junction
kind-place-other = Other
kind-place-port = Port
kind-place-terminal = Terminal
kind-png = image.png
kind-position-absent = Absent
kind-position-abstain = Abstained
kind-position-accepts-without-recognising = Accepts without recognising
kind-position-neutral = Neutral
kind-position-no = No
kind-position-opposes = Opposes
kind-position-recognizes = Recognizes
kind-position-rejects = Rejects
kind-position-silent = Silent
kind-position-supports = Supports
kind-position-yes = Yes
kind-stance-recognition = Recognition
kind-stance-statement = Statement
kind-stance-un-vote = UN vote
kind-status-associate = Associate member
kind-status-candidate = Candidate
kind-status-member = Member
kind-status-observer = Observer
kind-status-partner = Partner
kind-status-suspended = Suspended
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json or .tour.json

label-band-allied = allied
label-band-close = close
label-band-cool = cool
label-band-friendly = friendly
label-band-hostile = hostile
label-band-neutral = neutral
label-band-tense = tense
label-corner-bottom-left = Bottom left
label-corner-bottom-right = Bottom right
label-corner-top-left = Top left
label-corner-top-right = Top right
label-counted-all = members, observers, partners and suspended members
label-counted-members = members only
label-counted-observers = members, observers and partners
label-counted-suspended = members, suspended members too
label-derived-shared-memberships = Shared memberships
label-derived-un-vote-agreement = UN vote agreement
label-fill-communities = Communities
label-fill-memberships = Memberships
label-fill-none = None
label-fill-stance = Stance
label-graph-relations = Relations shown
label-graph-shared-memberships = Shared memberships
label-graph-un-vote-agreement = UN vote agreement
label-hides-communities = the communities fill the countries
label-hides-memberships = the memberships fill the countries
label-hides-none = no layer fills the countries (Fill: none)
label-hides-stance = the stance fills the countries
label-metric-balance = Balanced triangles
label-metric-betweenness = Betweenness centrality
label-metric-closeness = Closeness centrality
label-metric-degree = Ties
label-metric-eigenvector = Eigenvector centrality
label-metric-negative-strength = Negative strength
label-metric-net-strength = Net strength
label-metric-positive-strength = Positive strength
label-plot-matrix = Matrix
label-plot-memberships = Membership timeline
label-plot-over-time = Over time
label-plot-ranking = Ranking
label-plot-relation = Relation
label-plot-stance = Stance breakdown
label-plot-table = Table
label-size-betweenness = Betweenness centrality
label-size-eigenvector = Eigenvector centrality
label-size-none = None
label-size-strength = Strength (positive ties)

launch-folder-gone = this data folder no longer exists; showing the bundled data

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

legend-band-allied = allied
legend-band-cool = cool
legend-band-friendly = friendly
legend-band-hostile = hostile
legend-band-neutral = neutral
legend-bloc = Bloc { $number }: { $members }
legend-capitals-sized = Capitals sized by { $metric } ({ $graph })
legend-communities = Communities (signed modularity, Louvain; { $graph })
legend-corridors = Corridors
legend-counted = Counted: { $statuses }
legend-date-not-recorded = { $status } (date not recorded)
legend-derived = { $kind } (derived, width = share)
legend-derived-pairs =
    { $count ->
        [one] { $what }: { $count } pair
       *[other] { $what }: { $count } pairs
    }
legend-derived-shared-memberships = share of the year's organizations both are full members of
legend-derived-un-vote-agreement = share of recorded UN votes to this year cast alike
legend-every-state-zero = Every state has 0
legend-fold = Fold the legend to this line
legend-hidden = Hidden: { $reason }
legend-largest = largest: { $name } { $value }
legend-member = member
legend-move = Move
legend-move-hint = Move the legend to another corner of the map
legend-no-bloc = No bloc of two or more states
legend-not-recorded = Not recorded: { $count }
legend-not-un-member = Not a UN member then: { $count }
legend-not-yet-proposed = not yet proposed
legend-observer-partner-associate = observer, partner, associate
legend-on-relations = on relations shown
legend-on-shared-memberships = on shared memberships
legend-on-un-vote-agreement = on UN vote agreement
legend-organizations = Organizations
legend-relations = Relations (width = strength)
legend-relations-hidden =
    { $count ->
        [one] { $count } weaker relation hidden (top { $k } per state)
       *[other] { $count } weaker relations hidden (top { $k } per state)
    }
legend-set-in-all = in all of them
legend-set-in-any = in any of them
legend-set-in-first-only = in the first and none of the others
legend-set-in-it = in it
legend-shaded-count =
    { $count ->
        [one] Shaded: { $count } country { $what }
       *[other] Shaded: { $count } countries { $what }
    }
legend-shaded-in = shaded: in { $name }
legend-shaded-in-all = shaded: in all of them
legend-shaded-in-only = shaded: in { $name } only
legend-shaded-in-several = shaded: in two or more of them
legend-shading-hidden =
    { $count ->
        [one] { $count } country { $what }; shading hidden: { $reason }
       *[other] { $count } countries { $what }; shading hidden: { $reason }
    }
legend-show = Show the legend
legend-smaller-blocs =
    { $count ->
        [one] { $count } smaller bloc not coloured
       *[other] { $count } smaller blocs not coloured
    }
legend-suspended = suspended
legend-title = Legend
legend-uncoloured =
    { $count ->
        [one] Uncoloured: { $count } state in no bloc
       *[other] Uncoloured: { $count } states in no bloc
    }

map-corridor-countries = Countries: { $countries }
map-corridor-modes-status = { $modes } · { $status } in { $year }
map-corridor-not-yet-proposed = not yet proposed
map-corridor-undated = { $status } (date not recorded)
map-disputed = { $name } — disputed territory
map-disputed-claimed = Claimed by: { $claimants }
map-disputed-controlled = Controlled by: { $who }
map-disputed-controlled-from-to = Controlled by: { $who } ({ $from }–{ $to })
map-disputed-controlled-since = Controlled by: { $who } (since { $from })
map-disputed-controlled-until = Controlled by: { $who } (until { $to })
map-label = Map
map-length-not-recorded = Length not recorded · drawn route, approx. { $drawn } km
map-length-recorded = Length: { $km } km · drawn route, approx. { $drawn } km
map-length-recorded-source = Length: { $km } km ({ $source }) · drawn route, approx. { $drawn } km
map-relation-hover = { $dimension } relation in { $year }: { $band } ({ $value })
map-scale-km = { $km } km
map-scale-m = { $m } m

matrix-basis-organizations =
    { $count ->
        [one] full members together of { $shared } of { $count } organization
       *[other] full members together of { $shared } of { $count } organizations
    }
matrix-basis-votes =
    { $count ->
        [one] voted alike in { $agreed } of { $count } recorded UN vote
       *[other] voted alike in { $agreed } of { $count } recorded UN votes
    }
matrix-blocs =
    { $count ->
        [one] { $count } bloc (signed communities, outlined).
       *[other] { $count } blocs (signed communities, outlined).
    }
matrix-cell-directed = { $dimension }: { $value } ({ $from } towards { $to })
matrix-cell-from = From: { $basis }
matrix-cell-nothing = { $a } – { $b }: nothing shown
matrix-cell-source = Source: { $source }
matrix-cell-source-none = Source: not recorded
matrix-empty = Switch on Relations, or a derived relation (shared memberships, UN vote agreement), to see its matrix.
matrix-states =
    { $count ->
        [one] { $count } state, by strength within its bloc.
       *[other] { $count } states, by strength within a bloc.
    }
matrix-title-derived = { $kind } in { $year } (darker: higher).
matrix-title-relations = Judged relations in { $year } (a pair's strongest; red hostile … blue friendly).

menu-data = Data
menu-edit = Edit
menu-file = File
menu-help = Help
menu-tours = Tours
menu-view = View

month-1 = January
month-1-day = January
month-10 = October
month-10-day = October
month-11 = November
month-11-day = November
month-12 = December
month-12-day = December
month-2 = February
month-2-day = February
month-3 = March
month-3-day = March
month-4 = April
month-4-day = April
month-5 = May
month-5-day = May
month-6 = June
month-6-day = June
month-7 = July
month-7-day = July
month-8 = August
month-8-day = August
month-9 = September
month-9-day = September

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

plot-close = Close plots
plot-country-organizations = { $state }: its organizations
plot-dimension-both-ways = { $dimension } (both ways)
plot-dimension-one-way = { $dimension } (one-way)
plot-heading = Plots
plot-metric = Metric
plot-organization = Organization
plot-organization-members = { $organization }: its members
plot-over-time-empty = Select a state on the map or in the ranking to plot its metric over time.
plot-over-time-title = { $state }: { $metric } over time, on { $graph } (a gap: no tie that year)
plot-ranking-empty = No state has a tie in this graph and year: switch on dimensions or lower the threshold.
plot-ranking-title = Top { $count }, on { $graph } in { $year }
plot-relation-empty = Select a relation (click an arc) to plot its score per dimension.
plot-relation-title = { $a } – { $b }: score per dimension over time
plot-stance-empty = Switch on Stances and choose an issue to see its breakdown.
plot-states = States
plot-timeline-empty = No membership in the data.
plot-timeline-title = { $title } (dark: member; light: observer, partner, associate; faint: suspended)
plot-year = Year
plot-year-line = year

presentation-off = Show panels
presentation-off-hover = Leave presentation mode: show the panels again (F11)
presentation-on = Presentation mode
presentation-on-hover = Presentation mode: for projectors, hide the panels and enlarge everything (F11)

preset-caspian = Caspian basin
preset-central-asia = Central Asia
preset-region = Whole region
preset-south-caucasus = South Caucasus
preset-world = World

problem-as-of-not-date = "as_of" must be a date string such as "2025-11-30", not { $found }
problem-cannot-open = cannot open the file ({ $error })
problem-cannot-read = cannot read the file ({ $error })
problem-capital-elsewhere = the capital "{ $id }" lies in { $in }, not in { $code }; the capital is left out
problem-char-del = DEL
problem-char-escape = escape
problem-char-line-break = a line break
problem-char-nul = NUL
problem-char-tab = tab
problem-code-lower-case = country code "{ $given }" must be written in capitals ("{ $upper }")
problem-code-malformed = "{ $given }" is not a country code (expected three capital letters, an ISO 3166-1 alpha-3 code such as "KAZ")
problem-code-type = expected a country code such as "KAZ", not { $found }
problem-code-unknown = unknown country code "{ $given }" (not an ISO 3166-1 alpha-3 code)
problem-colour = colour "{ $value }" is not of the form "#rrggbb" (like "#b03a2e"); the default colour is used
problem-country-not-listed = country "{ $code }" is not in countries.json (add it there first)
problem-duplicate-field = duplicate field { $field }
problem-duplicate-id = duplicate id "{ $id }": already used by { $records }[{ $index }]; this record is skipped
problem-duplicate-relation = duplicate relation { $a }–{ $b } ({ $dimension }): already given at relations[{ $index }]; put all periods in one "series"
problem-expected-boolean = a boolean
problem-expected-count = a whole number, 0 or more
problem-expected-integer = a whole number
problem-expected-object-here = expected an object { $braces } here, not { $found }
problem-fact-type = a fact must be a string, a number or true/false, not { $found }
problem-file-empty = the file is empty; it must be a JSON object such as { $example }
problem-file-not-object = the file must be a JSON object such as { $example }, not { $found }
problem-file-over-limit = file is over the limit of { $limit } MB
problem-file-recovered = { $file } (recovered)
problem-file-too-large = file is { $size } MB; the limit is { $limit } MB
problem-folder-cannot-open = cannot open the data folder ({ $error }); using the bundled data
problem-folder-no-data = no data files in this folder (expected any of { $files }); using the bundled data
problem-folder-not-folder = is not a folder; using the bundled data
problem-format-1-holds-2 = the file says "format": 1 but holds { $what }, which is format 2; it was read anyway: write "format": 2 at the top
problem-format-2-corridor = corridor "{ $id }": { $what }
problem-format-2-position = stance "{ $id }": position "{ $position }" of { $country }
problem-format-2-source-language = source "{ $id }": language
problem-format-2-undated-status = a status without a date (no "from")
problem-format-missing = missing key "format"; write "format": { $version } at the top (assumed { $version })
problem-format-newer = the file was made by a newer Heartland (format { $format }; this version reads up to { $version }); the file is skipped: open it with a newer Heartland
problem-format-not-number = "format" must be a version number such as { $version }, not { $value }; the file is skipped
problem-found-boolean = boolean { $value }
problem-found-list = a list
problem-found-number = the number { $value }
problem-found-object = an object
problem-found-string = string { $value }
problem-geometry = the map geometry could not be loaded: { $error }
problem-given-twice = given more than once; only the first copy is used
problem-id-empty = the { $kind } is empty
problem-id-invalid = "{ $given }" is not a valid { $kind } (use lower-case letters, digits and single hyphens, like "middle-corridor")
problem-id-kind-corridor = corridor id
problem-id-kind-organization = organization id
problem-id-kind-place = place id
problem-id-kind-source = source id
problem-id-kind-stance = stance id
problem-id-too-long = the { $kind } "{ $given }" is longer than { $max } characters
problem-invalid-length = invalid length { $length }, expected { $expected }
problem-invalid-type = invalid type: { $found }, expected { $expected }
problem-invalid-value = invalid value: { $found }, expected { $expected }
problem-json-boolean = true or false
problem-json-list = a list [ … ]
problem-json-null = null
problem-json-number = a number
problem-json-number-out-of-range = a number is too large to represent (like 1e999); scores must be between -1 and 1
problem-json-object = an object { $braces }
problem-json-string = a string
problem-json-syntax = JSON syntax error: { $error }
problem-json-too-deep = the JSON is nested too deeply (more than 128 levels)
problem-json-truncated = the file ends in the middle of the JSON (is it truncated?): { $error }
problem-kind-device = a device
problem-kind-folder = a folder
problem-kind-pipe = a named pipe (FIFO)
problem-kind-socket = a socket
problem-latitude = latitude { $value } is off the globe (it must be between -90 and 90)
problem-length-range = length { $km } km is not a route length (it must be more than 0 and at most { $max } km)
problem-length-source-alone = "length_source" without "length_km": give the length it is the source of
problem-line = line { $line }
problem-line-column = line { $line }, column { $column }
problem-list = { $list }, { $item }
problem-longitude = longitude { $value } is off the globe (it must be between -180 and 180)
problem-membership-overlaps = this period ({ $period }) overlaps memberships[{ $index }] ({ $other }) of { $country }; periods of one country in one organization must not overlap
problem-missing-field = missing field { $field }
problem-not-data-file-name = not a data file name (expected one of { $files })
problem-not-regular-file = is { $kind }, not a regular file; a data file must be a regular file
problem-not-utf8 = the file is not valid UTF-8 text (byte 0x{ $byte }); save it as UTF-8
problem-number-too-large = the number { $number } is too large to represent; it is read as null
problem-numbers-too-large = more than { $count } numbers are too large to represent; the file is skipped
problem-pair-length = a [lon, lat] pair must hold exactly two numbers, not { $count }
problem-pair-not-numbers = a [lon, lat] pair must hold two numbers
problem-period-overlaps = this period ({ $period }) overlaps { $key }[{ $index }] ({ $other }); { $rule }
problem-position-not-allowed = position { $value } is not allowed for a "{ $kind }" stance (expected one of { $allowed })
problem-records-missing = missing key "{ $records }" (the list of records), as in { $example }
problem-records-not-list = "{ $records }" must be a list [ … ] of records, not { $found }
problem-recovery-file = { $file }: { $reason }
problem-recovery-folder-gone = the folder of the recovered edits is gone; the bundled data is used for the files not recovered
problem-recovery-folder-not-path = the recovery file's "folder" is not a path
problem-recovery-newer = the recovery file was made by a newer Heartland (format { $format }; this version reads up to { $version })
problem-recovery-no-files = the recovery file has no "files"
problem-recovery-no-format = the recovery file has no valid "format"
problem-recovery-not-json = the recovery file is not readable JSON ({ $error })
problem-recovery-not-object = the recovery file is not a JSON object
problem-recovery-not-text = the recovery file's { $name } is not text
problem-recovery-unknown-file = the recovery file names an unknown file { $name }
problem-references-left-out =
    { $count ->
        [one] since this file could not be read, { $count } reference to its records in other files is left out (not listed one by one)
       *[other] since this file could not be read, { $count } references to its records in other files are left out (not listed one by one)
    }
problem-relation-no-period = a relation needs at least one period in "series"
problem-relation-periods-overlap = periods of one relation must not overlap
problem-relation-with-itself = a relation of { $code } with itself; "a" and "b" must be different states
problem-save-action-create-folder = create the folder
problem-save-action-flush = flush to disk
problem-save-action-flush-folder = flush to disk the folder
problem-save-action-links = follow the links of
problem-save-action-lock = lock the folder
problem-save-action-look = look at
problem-save-action-open-folder = open the folder
problem-save-action-open-lock = open the lock file
problem-save-action-permissions = set the permissions of
problem-save-action-read-link = read the link
problem-save-action-rename = rename a temporary file over
problem-save-action-temporary = create a temporary file in
problem-save-action-write = write
problem-save-busy = { $dir } is being written by another Heartland (a save or an import), still after { $seconds } s; nothing was saved. Try again when it has finished
problem-save-conflict = { $files } changed on disk since it was loaded (edited elsewhere?); nothing was saved. Reload the folder, or save into another folder
problem-save-exists = { $file } already exists; choose an empty folder
problem-save-had-problems =
    { $count ->
        [one] { $file } had { $count } problem when it was loaded; saving it would leave out the records that could not be read. Fix the file and reload, or save into another folder
       *[other] { $file } had { $count } problems when it was loaded; saving it would leave out the records that could not be read. Fix the file and reload, or save into another folder
    }
problem-save-io = cannot { $action } { $path }: { $error }
problem-save-not-file = { $path } is { $what }, not a regular file; nothing was written. Give the name of a regular file
problem-save-not-folder = { $dir } is not a folder; give the path of a folder
problem-save-too-large = { $file } would be { $size } MB, over the { $max } MB a data file may hold, so it would not load back; nothing was saved. Keep fewer records in this folder (split the data across several folders)
problem-score-not-finite = score must be a finite number between -1 and 1, not { $value }
problem-score-range = score { $value } is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)
problem-second-undated-status = a corridor has at most one status without a date, and status[{ $index }] is one; give this one its "from" date or remove it
problem-segment-too-short = a segment needs at least two valid points in "via" (it has { $count })
problem-source-bundled = bundled data
problem-source-language = "{ $tag }" is not a language tag (write a BCP 47 code such as "en", "ru" or "kk-Cyrl"); the language is left out
problem-status-periods-overlap = status periods must not overlap
problem-syntax-colon = expected `:`
problem-syntax-eof-list = EOF while parsing a list
problem-syntax-eof-object = EOF while parsing an object
problem-syntax-eof-string = EOF while parsing a string
problem-syntax-eof-value = EOF while parsing a value
problem-syntax-escape = invalid escape
problem-syntax-ident = expected ident
problem-syntax-key = key must be a string
problem-syntax-list = expected `,` or `]`
problem-syntax-number = invalid number
problem-syntax-object = expected `,` or `{ $brace }`
problem-syntax-trailing-characters = trailing characters
problem-syntax-trailing-comma = trailing comma
problem-syntax-value = expected value
problem-text-bidi = contains the invisible bidirectional control character U+{ $code }; remove it
problem-text-control = contains the control character U+{ $code }; remove it
problem-text-control-named = contains the control character U+{ $code } ({ $name }); remove it
problem-text-control-single-line = contains the control character U+{ $code } ({ $name }); remove it (only evidence and notes may hold line breaks and tabs)
problem-to-needs-from = "to" needs "from": give the date the status holds from, or leave out both for a status whose date is not recorded
problem-totals-exceeded = the recorded positions exceed the totals ({ $which }); the totals are left out
problem-totals-not-vote = "totals" is allowed only on a "un-vote" stance, not on a "{ $kind }" one; the totals are left out
problem-totals-position-over = { $recorded } "{ $position }" recorded but the total is { $total }
problem-unknown-capital = unknown place id "{ $id }" (not among the valid records of places.json); the capital is left out
problem-unknown-field-either = unknown field { $field }, expected { $first } or { $second }
problem-unknown-field-none = unknown field { $field }, there are no fields
problem-unknown-field-one-of = unknown field { $field }, expected one of { $expected }
problem-unknown-field-single = unknown field { $field }, expected { $expected }
problem-unknown-length-source = unknown source id "{ $id }" (not among the valid records of sources.json); the length is left out
problem-unknown-organization = unknown organization id "{ $id }" (not among the valid records of organizations.json)
problem-unknown-place = unknown place id "{ $id }" (not among the valid records of places.json)
problem-unknown-source = unknown source id "{ $id }" (not among the valid records of sources.json)
problem-unknown-top-key = unknown key "{ $key }" (expected "format" and "{ $records }")
problem-unknown-top-key-as-of = unknown key "{ $key }" (expected "format", "{ $records }" and optionally "as_of")
problem-unknown-variant-either = unknown variant { $value }, expected { $first } or { $second }
problem-unknown-variant-none = unknown variant { $value }, there are no variants
problem-unknown-variant-one-of = unknown variant { $value }, expected one of { $expected }
problem-unknown-variant-single = unknown variant { $value }, expected { $expected }
problem-validate-as-of = as of { $date }
problem-validate-bundled = assets/data (bundled)
problem-validate-colours-alike = organizations.json: "{ $a }" ({ $a_colour }) and "{ $b }" ({ $b_colour }) have colours that are hard to tell apart (CIEDE2000 difference { $difference }, below { $limit }); give one of them another "color"
problem-validate-count =
    { $count ->
        [one] { $count } problem in { $folder } (loaded: { $summary })
       *[other] { $count } problems in { $folder } (loaded: { $summary })
    }
problem-validate-no-as-of = no as_of date
problem-validate-ok = { $folder }: OK — { $summary }
problem-validate-summary = { $countries } countries, { $places } places, { $organizations } organizations ({ $memberships } memberships), { $relations } relations ({ $periods } periods), { $corridors } corridors, { $stances } stances, { $sources } sources, { $as_of }
problem-validate-warning = warning: { $text }
problem-waypoint-type = expected a place id (a string) or a [lon, lat] pair, not { $found }

problems-close = Close
problems-explain = Records with problems were left out; everything else is shown. Fix the files and open the folder again.
problems-heading = Problems in the data ({ $count })

prompt-hint = /path/to/{ $kind }
prompt-ok = OK
prompt-path = Path:
prompt-question = { $title }: no file dialog can open here; type the path.
prompt-title = Type a path
prompt-will-be = Will be written as { $path }

recovery-bundled-data = the bundled data
recovery-discard = Discard
recovery-explain = The last session ended with edits to { $data } that were not saved. Restoring brings back:
recovery-not-restored = Unsaved edits of the last session could not be restored: { $reason }
recovery-restore = Restore
recovery-title = Restore unsaved edits?
recovery-unsaved = Restored edits are unsaved until you save them.

redo-nothing = Nothing to redo
redo-what = Redo: { $edit } (Ctrl+Shift+Z)

refusal-bad-date = invalid date "{ $given }": { $reason }
refusal-control-character = the { $what } contains a control character (U+{ $code }); remove it
refusal-duplicate-source = there is already a source "{ $id }"
refusal-end-membership-overlap = the period would then overlap the membership { $other } of { $country } in { $org }; periods of one country in one organization must not overlap
refusal-end-overlap = the period would then overlap the period { $other } of { $relation }; periods of one relation must not overlap
refusal-field-author = author
refusal-field-evidence = evidence
refusal-field-file = file
refusal-field-note = note
refusal-field-outlet = outlet
refusal-field-title = title
refusal-field-url = url
refusal-membership-overlap = this period ({ $period }) overlaps the membership { $other } of { $country } in { $org }; periods of one country in one organization must not overlap
refusal-no-membership = { $org } has no membership of { $country } starting { $from }
refusal-no-organization = there is no organization "{ $org }"
refusal-no-period = { $relation } has no period starting { $from }
refusal-no-record = there is no such record ({ $record })
refusal-no-relation = there is no relation { $relation }
refusal-no-such-membership = no such membership
refusal-no-such-period = no such period
refusal-period-overlap = this period ({ $period }) overlaps the period { $other } of { $relation }; periods of one relation must not overlap
refusal-score-finite = score must be a finite number between -1 and 1, not { $score }
refusal-score-range = score { $score } is outside the range -1 to 1 (-1 armed conflict, 0 neutral, 1 alliance)
refusal-self-relation = a relation of { $state } with itself; the two states must be different
refusal-source-id-empty = the source id is empty
refusal-source-id-invalid = "{ $id }" is not a valid source id (use lower-case letters, digits and single hyphens, like "middle-corridor")
refusal-source-id-too-long = the source id "{ $id }" is longer than { $max } characters
refusal-source-title = a source needs a title
refusal-to-not-after-from = "to" ({ $to }) must be after "from" ({ $from }) ("to" is exclusive: the first day no longer covered)
refusal-unknown-country = country "{ $code }" is not in the data (add it to countries.json first)
refusal-unknown-source = unknown source id "{ $id }" (add the source first)

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

scope-all = every state in the data
scope-focus = the region and its neighbours
scope-hint = Shared memberships and UN vote agreement between the atlas's states (those whose group is not Other), or between every state in the data; with many states, computed on another thread
scope-label = Derived between

session-added =
    { $count ->
        [one] { $count } record added
       *[other] { $count } records added
    }
session-added-superseding =
    { $count ->
        [one] { $count } record added ({ $superseded } superseding an open period)
       *[other] { $count } records added ({ $superseded } superseding an open period)
    }
session-changed-on-disk = { $files } changed on disk outside Heartland. Reload the folder, or save the data shown into another folder.
session-done = Done: { $edit }.
session-import-cancelled = Import cancelled; nothing was added.
session-import-label = import of { $files }
session-import-not-started = Could not start the import: { $reason }
session-import-running = An import is running; wait for it or cancel it.
session-import-superseding-label = import of { $files }, superseding
session-imported = Imported { $files }: { $added }, { $problems }.
session-importing = Importing…
session-load-not-started = could not start loading: { $reason }
session-load-stopped = loading stopped unexpectedly; the data shown is unchanged
session-not-done = Not done: { $edit }: { $reason }
session-not-saved = Not saved: { $reason }
session-problems-listed =
    { $count ->
        [one] { $count } problem listed
       *[other] { $count } problems listed
    }
session-recovery-not-kept = Unsaved edits could not be kept for recovery after a crash: { $reason }
session-recovery-not-removed = The recovery file { $file } could not be removed: { $reason }
session-redone = Redone: { $edit }.
session-restore-label = restore of unsaved edits
session-restored = Restored the unsaved edits of the last session; save them to keep them.
session-saved-files = Saved { $files }.
session-saved-into = Saved into { $folder }.
session-saved-nothing = Saved (no file needed writing).
session-undone = Undone: { $edit }.

status-bundled-never-written = The bundled data is never written: type a new folder to save into.
status-word-associate-member = associate member
status-word-dialogue-partner = dialogue partner
status-word-observer-state = observer state

table-copied =
    { $count ->
        [one] { $count } row copied, with the citation
       *[other] { $count } rows copied, with the citation
    }
table-copy-hover = Puts the rows on the clipboard as tab-separated text, with the column names and a citation line, ready to paste into a spreadsheet
table-copy-listed = Copy the rows listed
table-copy-selected =
    { $count ->
        [one] Copy { $count } selected row
       *[other] Copy { $count } selected rows
    }
table-empty = Nothing of this kind is shown: switch its layer on (or choose a stance) to list its rows.
table-failed = The table could not be built: { $reason }
table-filter = Filter:
table-filter-clear = Clear
table-filter-hint = words in any column
table-kind-corridors = Corridors
table-kind-hover = The rows of { $file } in the export
table-kind-memberships = Memberships
table-kind-metrics = Metrics
table-kind-relations = Relations
table-kind-stance = Stance
table-listed = { $listed } of { $total } rows · click a column's name to sort · click a row to select it on the map (Ctrl: add, Shift: range)
table-nothing-matches = No row contains every word of the filter.
table-sort-hover = Sort by this column; click again for the other direction

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
tour-editor-being-edited = the tour being edited
tour-editor-delete = Delete
tour-editor-down = Down
tour-editor-new-caption = { $place } in { $year }.
tour-editor-save = Save tour…
tour-editor-step = Step { $n }
tour-editor-step-caption = Caption of step { $n }
tour-editor-step-title = Title of step { $n }
tour-editor-the-map = The map
tour-editor-title = Tour title
tour-editor-up = Up
tour-first = First
tour-first-hint = First step (Home)
tour-in-english = (English)
tour-last = Last
tour-last-hint = Last step (End)
tour-leave = Leave tour
tour-leave-hint = Back to your own view (Esc)
tour-next = Next
tour-next-hint = Next step (Right arrow, Page Down or Space)
tour-previous = Previous
tour-previous-hint = Previous step (Left arrow or Page Up)

tourfile-author-empty = the author line is empty
tourfile-caption-empty = the caption is empty
tourfile-caption-too-long =
    { $count ->
        [one] the caption has { $count } character; at most { $max } fit on a slide
       *[other] the caption has { $count } characters; at most { $max } fit on a slide
    }
tourfile-format-hint = { $reason }; a tour says "format": { $format }
tourfile-format-understated = the file says "format": { $said } but holds translations ({ $place }), which are format { $format }; it was read anyway: write "format": { $format } at the top
tourfile-format-zero = "format" must be a version number; a tour says "format": { $format }
tourfile-language-english = English is the tour's own text: write it in "title" and "caption", not under "translations"
tourfile-language-unknown = "{ $code }" is not a language Heartland knows; translations are for { $codes }
tourfile-newer = the tour was made by a newer Heartland (format { $format }; this version reads up to { $max }); open it with a newer Heartland
tourfile-no-steps = a tour needs at least one step
tourfile-source-id-empty = the source id is empty
tourfile-source-id-invalid = "{ $id }" is not a valid source id (use lower-case letters, digits and single hyphens, like "middle-corridor")
tourfile-source-id-too-long = the source id "{ $id }" is longer than { $max } characters
tourfile-title-empty = the title is empty
tourfile-title-too-long =
    { $count ->
        [one] the title has { $count } character; at most { $max } fit on a slide
       *[other] the title has { $count } characters; at most { $max } fit on a slide
    }
tourfile-unknown-corridor = unknown corridor "{ $id }" (not in corridors.json)
tourfile-unknown-country = unknown country "{ $code }" (not in countries.json)
tourfile-unknown-organization = unknown organization "{ $id }" (not in organizations.json)
tourfile-unknown-source = unknown source "{ $id }" (not in sources.json)
tourfile-unknown-stance = unknown stance "{ $id }" (not in stances.json)
tourfile-warning = { $file }: { $reason }
tourfile-warning-at = { $file }: { $place }: { $reason }

tourplay-cannot-play = The tour cannot be played: { $reason }
tourplay-default-title = My tour
tourplay-no-bundled-tour = { $name }: no bundled tour has this name
tourplay-not-saved = Not saved: { $reason }

tours-bundled = Bundled tours
tours-editor = Tour editor
tours-open = Open tour file…
tours-recent = Recent tour files

undo-nothing = Nothing to undo
undo-what = Undo: { $edit } (Ctrl+Z)

view-language = Language
view-regions = Regions

viewfile-compare-both = both a year and a stance; compare with one of them (remove the other key)
viewfile-compare-neither = missing key "year" or "stance"; name the year or the stance to compare with
viewfile-compare-year = year { $year } is out of range ({ $first }–{ $last })
viewfile-empty = the file is empty; a { $what } file is a JSON object { $object }
viewfile-format-hint = { $reason }; a view says "format": { $format }
viewfile-format-unsupported = view format { $format } is not supported (formats 1 to { $max })
viewfile-found-bool = true or false
viewfile-found-list = a list { $list }
viewfile-found-number = a number
viewfile-found-object = an object { $object }
viewfile-found-string = a string
viewfile-found-the-number = the number { $number }
viewfile-found-the-text = the text { $text }
viewfile-key-text = the key "{ $key }" { $problem }
viewfile-latitude = latitude { $value } is off the globe (must be between -90 and 90)
viewfile-line-column = line { $line } column { $column }
viewfile-list-length =
    { $count ->
        [one] this list has { $count } item; expected { $expected }
       *[other] this list has { $count } items; expected { $expected }
    }
viewfile-longitude = longitude { $value } is off the globe (must be between -180 and 180)
viewfile-min-strength = { $value } is out of range (must be between 0 and 1)
viewfile-missing-key = missing key { $key }; add it
viewfile-newer = made by a newer Heartland (format { $format }; this version reads up to { $max })
viewfile-no-form = the value does not have any of the allowed forms
viewfile-not-object = a { $what } file must be a JSON object { $object }, not { $found }
viewfile-not-utf8 = the file is not UTF-8 text (byte 0x{ $byte }); save it as UTF-8
viewfile-number-too-large = a number is too large to represent (like 1e999)
viewfile-syntax = JSON syntax error: { $detail }; check the text just before this place
viewfile-text = the text { $problem }
viewfile-too-deep = the JSON is nested too deeply (more than 128 levels)
viewfile-top-k-zero = 0 would hide every relation (must be 1 or more; leave the key out to draw every relation)
viewfile-trailing = there is more text after the end of the { $what }; a file holds one JSON object { $object }
viewfile-truncated = the file ends in the middle of the JSON (is it truncated?): { $detail }; complete the { $what } or save it again
viewfile-type-bool = true or false
viewfile-type-integer = a whole number
viewfile-type-items =
    { $count ->
        [one] a list of { $count } item
       *[other] a list of { $count } items
    }
viewfile-type-list = a list { $list }
viewfile-type-natural = a whole number, 0 or more
viewfile-type-number = a number
viewfile-type-object = an object { $object }
viewfile-type-text = a text in quotes
viewfile-unknown-key = unknown key { $key }; check its spelling
viewfile-unknown-key-expected = unknown key { $key } (expected { $expected }); check its spelling
viewfile-unknown-key-none-allowed = unknown key { $key } (no key is allowed here); check its spelling
viewfile-unknown-key-one-of = unknown key { $key } (expected one of { $expected }); check its spelling
viewfile-unknown-value = unknown value { $value }
viewfile-unknown-value-expected = unknown value { $value } (expected { $expected })
viewfile-unknown-value-one-of = unknown value { $value } (expected one of { $expected })
viewfile-value-not-allowed = { $found } is not allowed here; expected { $expected }
viewfile-wrong-type = expected { $expected }, not { $found }
viewfile-year = year { $value } is out of range ({ $min }–{ $max })
viewfile-zoom = zoom { $value } is out of range (must be between { $min } and { $max })
