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
file-export-json = Export data shown as JSON…
file-export-png-size = Export PNG { $width }×{ $height }…
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
tour-last = Last
tour-last-hint = Last step (End)
tour-leave = Leave tour
tour-leave-hint = Back to your own view (Esc)
tour-next = Next
tour-next-hint = Next step (Right arrow, Page Down or Space)
tour-previous = Previous
tour-previous-hint = Previous step (Left arrow or Page Up)

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
