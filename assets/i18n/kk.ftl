# Heartland интерфейсі қазақ тілінде (кирилл). Мемлекеттер мен ұйымдардың
# атаулары мұнда аударылмайды: оларды деректер файлдары береді.

action-export-png = PNG экспорттау (терезе өлшемі)…
action-find = Елді табу…
action-help = Пернелер тіркесімі
action-larger = Бәрін үлкейту
action-normal-size = Бәрі қалыпты өлшемде
action-open = Көріністі немесе турды ашу…
action-play-years = Жылдарды ойнату / тоқтату
action-presentation = Презентация режимі
action-quit = Шығу
action-redo = Қайталау
action-save-data = Деректердегі өзгерістерді сақтау
action-save-view = Көріністі сақтау…
action-smaller = Бәрін кішірейту
action-tour-first = Бірінші қадам
action-tour-last = Соңғы қадам
action-tour-leave = Турдан шығу
action-tour-next = Келесі қадам
action-tour-previous = Алдыңғы қадам
action-undo = Болдырмау
action-zoom-in = Картаны жақындату
action-zoom-out = Картаны алыстату

analysis-communities = Қауымдастық бойынша бояу
analysis-communities-hint = Таңбалы модулярлық бойынша блоктар (Лувен қадамдары): достық байланыстар мемлекеттерді жақындатады, дұшпандық байланыстар алыстатады; бірдей деректер әрқашан бірдей блоктар береді
analysis-derived = Туынды қатынастар (деректердің өзінен)
analysis-derived-memberships-hint = Жұп үшін: екеуі де толық мүше болған сол жылғы ұйымдардың үлесі
analysis-derived-votes-hint = Жұп үшін: сол жылға дейінгі БҰҰ-ның тіркелген дауыс берулерінің екеуі бірдей дауыс берген үлесі (иә, жоқ, қалыс; қатыспағандар есептелмейді)
analysis-heading = Талдау
analysis-metrics-on = Метрикалар негізі
analysis-metrics-on-hint = Көрсетілген қатынастар: өлшем мен күш сүзгілерінен кейінгі жыл қатынастары; бір жұптың бірнеше өлшемі орташа мәнмен есептеледі
analysis-open-plots = Графиктерді ашу
analysis-open-plots-hint = Рейтингтер, уақыт бойынша метрикалар, хронология, ұстанымдар бөлінісі
analysis-size-by = Мемлекет өлшемі

anim-bad-name = { $file }: анимация .gif немесе .mp4 ретінде жазылады
anim-busy = Анимация жазылып жатыр; аяқталуын күтіңіз немесе одан бас тартыңыз.
anim-cancelled = Анимациядан бас тартылды; ештеңе жазылмады.
anim-export = Экспорттау…
anim-failed = Анимация жазылмады: { $reason }
anim-fps = Секундына кадр
anim-from = Бірінші жыл
anim-kind = animation.gif немесе .mp4
anim-menu = Анимацияны экспорттау…
anim-not-started = Анимацияны бастау мүмкін емес: { $reason }
anim-progress = Кадр { $done } / { $total }
anim-size = Өлшемі
anim-stopped = Анимация күтпеген жерден тоқтады; ештеңе жазылмады.
anim-summary = { $count } кадр, әр жылға бір кадр, { $seconds } с; .gif ретінде, ал ffmpeg орнатылған болса .mp4 ретінде жазылады
anim-title = Анимацияны экспорттау
anim-to = Соңғы жыл
anim-written = { $count } кадрдан тұратын анимация { $file } ішіне жазылды

cancel = Бас тарту

close-discard = Сақтамау
close-question = Деректерде сақталмаған өзгерістер бар. Жабу алдында сақтау керек пе?
close-save = Сақтау
close-title = Сақталмаған өзгерістер

conflict-reload = Қайта оқу
conflict-reload-hover = Қалтаны қайта оқу (сақталмаған өзгерістер жоғалады)
conflict-save-as = Басқаша сақтау…
conflict-save-as-hover = Көрсетілген деректерді басқа қалтаға сақтау

data-in-use = Қолданыста: { $source }
data-open-folder = Деректер қалтасын ашу…
data-problems = Деректердегі ақаулар ({ $count })
data-reload = Дискіден қайта оқу
data-save-into = Жаңа қалтаға сақтау…
data-type-folder = Деректер қалтасының жолын енгізу…
data-use-bundled = Кіріктірілген деректер

file-export-csv = Көрсетілген деректерді CSV-ге экспорттау…
file-export-json = Көрсетілген деректерді JSON-ға экспорттау…
file-export-png-size = PNG экспорттау { $width }×{ $height }…
file-import = Импорттау…
file-import-hover = CSV (қатынастар, мүшелік, COW, БҰҰ дауыс берулері) немесе GeoJSON файлдарынан жазбалар қосу
file-open-data-folder = Деректер қалтасын ашу…
file-open-view = Көріністі ашу…
file-recent-views = Соңғы көріністер

find-label = Ел атауы:
find-none = Деректерде мұндай атаулы ел жоқ.
find-title = Елді табу

folder-hint = /жол/деректер қалтасы
folder-label = Деректер қалтасы:
folder-open = Ашу

help-drop = Көріністі, турды немесе деректер қалтасын ашу
help-export-png = Картаны PNG-ге экспорттау (терезе өлшемі)
help-find = Елді табу
help-help = Пернелер тіркесімдерінің осы тізімі
help-keys-drop = Файлды сүйреп әкелу
help-keys-slider = Солға / оңға көрсеткі
help-larger = Бәрін үлкейту
help-menus = Әр тіркесім мәзірде де бар, пернелері қасында жазылған.
help-normal-size = Бәрі қалыпты өлшемде
help-open = Көріністі немесе турды ашу
help-play-years = Жылдарды ойнату / тоқтату
help-presentation = Презентация режимі: панельдерді жасыру, бәрін үлкейту
help-quit = Шығу (өзгерістер сақталмаса, алдымен сұрайды)
help-redo = Болдырылмаған түзетуді қайталау
help-save-data = Деректердегі өзгерістерді сақтау (кіріктірілген деректер үшін — жаңа қалтаға)
help-save-view = Көріністі сақтау
help-slider = Жүгірткі фокуста болғанда жылды ауыстыру
help-smaller = Бәрін кішірейту
help-title = Пернелер тіркесімі
help-tour-first = Тур: бірінші қадам
help-tour-last = Тур: соңғы қадам
help-tour-leave = Тур: шығып, өз көрінісіңізге оралу
help-tour-next = Тур: келесі қадам
help-tour-previous = Тур: алдыңғы қадам
help-undo = Соңғы түзетуді болдырмау
help-zoom-in = Картаны жақындату
help-zoom-out = Картаны алыстату

import-button = Импорттау
import-hint = /жол/a.csv; /жол/b.geojson (CSV немесе GeoJSON файлдары, ; арқылы)
import-keep-conflicts = Қайшылықтарды қалдыру
import-keep-conflicts-hint = Деректерді сол күйінде қалдыру; қайшылықтар тізімде қалады
import-label = Файлдарды импорттау:
import-supersede = Алмастыру
import-supersede-hint = Қайта импорттау: әр ашық кезең жаңасы басталардан бір күн бұрын жабылады (бір болдырмау қадамы)
import-supersede-report =
    { $count ->
        [one] { $files } импорты: { $count } кезең басқа мәртебесі немесе бағасы бар ашық кезеңнің ішінде басталады (ақаулар тізімінде) және импортталмады.
       *[other] { $files } импорты: { $count } кезең басқа мәртебесі немесе бағасы бар ашық кезеңнің ішінде басталады (ақаулар тізімінде) және импортталмады.
    }

kind-csv-folder = CSV файлдарына арналған қалта
kind-data-folder = деректер қалтасы
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = жаңа деректер қалтасы
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json немесе .tour.json

layers-all-corridors = Барлық дәліздер
layers-all-countries = барлық елдер
layers-all-organizations = Барлық ұйымдар
layers-and = және
layers-corridors = Дәліздер
layers-count-as-in = Мүше деп санау:
layers-count-observers = бақылаушылар мен серіктестер
layers-count-observers-hint = Бақылаушыларды, серіктестерді және қауымдас мүшелерді де санау
layers-count-suspended = мүшелігі тоқтатылғандар
layers-count-suspended-hint = Мүшелігі тоқтатылған мүшелерді де санау
layers-counted = Есептелгені: { $statuses }
layers-countries = Елдер
layers-fill-by = Елдерді бояу негізі
layers-fill-by-hint = Елдерді бір мезетте бір қабат бояйды; қалғандары белгі мен контур болып көрінеді, не аңыз олардың жасырылғанын айтады
layers-focus = Назар
layers-found-of = { $all } ішінен { $found }
layers-heading = Қабаттар
layers-in-all = { $orgs } ішінде ({ $year }): { $count }
layers-in-any = { $orgs } ішінде ({ $year }): { $count }
layers-in-first-not-rest = { $first } ішінде, бірақ { $rest } ішінде емес ({ $year }): { $count }
layers-labels = Жазулар
layers-memberships = Мүшелік
layers-min-score = ең аз |баға|
layers-no-corridor-ticked = Ештеңе белгіленбеген: барлық дәліз көрсетіледі.
layers-no-corridors = Дәліздерсіз
layers-no-organizations = Ұйымдарсыз
layers-or = немесе
layers-organizations = Ұйымдар
layers-relations = Қатынастар
layers-search = Іздеу
layers-search-clear = Тазарту
layers-search-clear-hint = Іздеуді тазарту
layers-search-organizations = ұйымдар
layers-search-stances = ұстанымдар
layers-set-difference = Айырма
layers-set-intersection = Қиылысу
layers-set-union = Бірігу
layers-stance-none = Жоқ
layers-stances = Ұстанымдар
layers-year-back = { $year } жылға оралу
layers-year-back-hint = Ұстанымды таңдағанға дейінгі жылды көрсету
layers-year-moved = { $what } үшін жыл { $year } жылға ауыстырылды —

menu-data = Деректер
menu-edit = Түзету
menu-file = Файл
menu-help = Анықтама
menu-tours = Турлар
menu-view = Көрініс

notice-dialog-open = Файл таңдау терезесі ашық тұр.
notice-export-failed = Экспорт сәтсіз аяқталды: { $reason }
notice-export-not-started = Экспортты бастау мүмкін емес: { $reason }
notice-export-stopped = PNG экспорты күтпеген жерден тоқтады
notice-exported-files = { $count } файл { $place } ішіне экспортталды
notice-exporting = PNG экспортталуда…
notice-no-dialog = Файл таңдау терезесін ашу мүмкін емес: { $error }
notice-open-other = { $file }: Heartland мұнда көріністерді (*.view.json), турларды (*.tour.json) және деректер қалталарын ашады
notice-view-not-on-data = Көріністі бұл деректерде ашу мүмкін емес: { $reasons }
notice-view-not-opened = Көрініс ашылмайды: { $reason }
notice-view-not-saved = Көрініс сақталмады: { $reason }
notice-view-saved = Көрініс сақталды: { $file }

presentation-off = Панельдерді көрсету
presentation-off-hover = Презентация режимінен шығу: панельдерді қайта көрсету (F11)
presentation-on = Презентация режимі
presentation-on-hover = Презентация режимі: проектор үшін панельдерді жасырып, бәрін үлкейту (F11)

preset-caspian = Каспий алабы
preset-central-asia = Орталық Азия
preset-region = Бүкіл аймақ
preset-south-caucasus = Оңтүстік Кавказ
preset-world = Әлем

problems-close = Жабу
problems-explain = Ақауы бар жазбалар шығарылып тасталды; қалғанының бәрі көрсетілген. Файлдарды түзетіп, қалтаны қайта ашыңыз.
problems-heading = Деректердегі ақаулар ({ $count })

prompt-hint = /жол/{ $kind }
prompt-ok = Жарайды
prompt-path = Жол:
prompt-question = { $title }: мұнда файл таңдау терезесі ашылмайды; жолды енгізіңіз.
prompt-title = Жолды енгізіңіз
prompt-will-be = Былай жазылады: { $path }

recovery-discard = Тастау
recovery-explain = Өткен сеанс { $data } ішіндегі сақталмаған түзетулермен аяқталды. Қалпына келтіру мыналарды қайтарады:
recovery-restore = Қалпына келтіру
recovery-title = Сақталмаған түзетулерді қалпына келтіру керек пе?
recovery-unsaved = Қалпына келтірілген түзетулер сіз сақтағанға дейін сақталмаған күйде болады.

redo-nothing = Қайталайтын ештеңе жоқ
redo-what = Қайталау: { $edit } (Ctrl+Shift+Z)

region-hover = Аймақты көрсету (1–5 пернелері)
region-name = Аймақ: { $region }
region-none = Аймақ

save-here = Осында сақтау
save-hover = Сақталмаған өзгерістер: оларды деректер қалтасына сақтау (Ctrl+S)
save-into-hint = /жол/жаңа деректер қалтасы
save-into-label = Жаңа қалтаға сақтау:
save-nothing = Сақталмаған өзгеріс жоқ
save-saved = Сақтау
save-unsaved = Сақтау •

status-bundled-never-written = Кіріктірілген деректер қайта жазылмайды: сақтау үшін жаңа қалтаны енгізіңіз.

theme-dark = Күңгірт тақырып
theme-light = Ашық тақырып

time-pause = Кідірту
time-play = Ойнату
time-play-hover = Жылдарды ойнату / тоқтату (бос орын)
time-year = Жыл

toast-close = Хабарламаны жабу

toolbar-cancel-import = Импорттан бас тарту
toolbar-loading = Жүктелуде…
toolbar-problems = { $count } ақау
toolbar-problems-hover = Деректерге кірмеген жазбалар және себебі: тізімді көрсету не жасыру
toolbar-problems-name = Деректерде { $count } ақау

tours-bundled = Кіріктірілген турлар
tours-editor = Тур редакторы
tours-open = Тур файлын ашу…
tours-recent = Соңғы тур файлдары

undo-nothing = Болдырмайтын ештеңе жоқ
undo-what = Болдырмау: { $edit } (Ctrl+Z)

view-language = Тіл
view-regions = Аймақтар

intro-heading = Heartland-ты алғаш ашып тұрсыз ба?
intro-no-thanks = Жоқ, рақмет
intro-take-tour = Кіріспе турдан өту
intro-text = Қысқа тур картаның не айта алатынын көрсетеді: одақтар, дауыс берулер, бағыттар және олардың жылдар бойы өзгеруі.
tour-editor-add-step = Осы көріністі қадам ретінде қосу
tour-editor-add-step-hint = Картаның қазіргі күйі: жыл, қабаттар және таңдау
tour-editor-author = Авторы
tour-editor-delete = Жою
tour-editor-down = Төмен
tour-editor-save = Турды сақтау…
tour-editor-step = { $n }-қадам
tour-editor-step-caption = { $n }-қадамның жазуы
tour-editor-step-title = { $n }-қадамның тақырыбы
tour-editor-title = Тур атауы
tour-editor-up = Жоғары
tour-first = Басы
tour-first-hint = Бірінші қадам (Home)
tour-last = Соңы
tour-last-hint = Соңғы қадам (End)
tour-leave = Турдан шығу
tour-leave-hint = Өз көрінісіңізге оралу (Esc)
tour-next = Келесі
tour-next-hint = Келесі қадам (оңға көрсеткі, Page Down немесе бос орын)
tour-previous = Алдыңғы
tour-previous-hint = Алдыңғы қадам (солға көрсеткі немесе Page Up)

# Added after merging (shortcut table, top k per state); a native speaker should review.
action-clear-selection = Белгілеуді алып тастау
help-clear-selection = Белгілеуді алып тастау (картадағы жиек, инспектор)
layers-top-k = Әр мемлекеттің ең күшті байланыстары ғана
layers-top-k-prefix = алғашқы
