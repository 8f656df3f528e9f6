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

figure-and = және
figure-attribution = Деректер { $date } күйінде · Шекаралар: Natural Earth (қоғамдық игілік)
figure-attribution-no-date = Деректер: өзектілік күні көрсетілмеген · Шекаралар: Natural Earth (қоғамдық игілік)
figure-capitals-sized = астаналар өлшемі: { $metric }
figure-citation = Heartland { $version } · деректер { $date } күйінде · дереккөздер: { $sources }
figure-citation-no-date = күні көрсетілмеген
figure-citation-no-sources = жоқ (дереккөзі бар бірде-бір дерек көрсетілмеген)
figure-communities = қауымдастықтар
figure-corridors = дәліздер
figure-date-day = { $year } жылғы { $day } { $month }
figure-date-month = { $year } жылғы { $month }
figure-members-not-in = { $rest } құрамында жоқ { $first } мүшелері
figure-members-of = { $orgs } мүшелері
figure-members-of-all = барлық ұйымның мүшелері: { $orgs }
figure-members-of-both = әрі { $a }, әрі { $b } мүшелері
figure-more-entries = … тағы { $count } жол (терезедегі шартты белгілерде бәрі бар)
figure-or = немесе
figure-relations = қатынастар
figure-relations-of = қатынастар ({ $dimensions })
figure-sources = Дереккөздер: { $sources }
figure-step = { $n }-қадам / { $count }
figure-title-countries = Елдер, { $year }
figure-title-stance = { $stance }: ұстанымдар
figure-title-stance-and = { $stance }: ұстанымдар · { $layers }, { $year }
figure-title-stance-map-of = { $stance }: ұстанымдар · { $year } жылғы карта

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

kind-cell-not-recorded = Дерек жоқ
kind-cell-not-un-member = БҰҰ мүшесі емес
kind-corridor-gas-pipeline = Газ құбыры
kind-corridor-multimodal = Мультимодальды
kind-corridor-oil-pipeline = Мұнай құбыры
kind-corridor-rail = Теміржол
kind-corridor-road = Автожол
kind-corridor-sea = Теңіз жолы
kind-corridor-status-abandoned = Тасталған
kind-corridor-status-operational = Жұмыс істейді
kind-corridor-status-proposed = Ұсынылған
kind-corridor-status-suspended = Тоқтатылған
kind-corridor-status-under-construction = Салынуда
kind-csv-folder = CSV файлдарына арналған қалта
kind-data-folder = деректер қалтасы
kind-dimension-economic = Экономика
kind-dimension-energy = Энергетика
kind-dimension-political = Саясат
kind-dimension-security = Қауіпсіздік
kind-dimension-transport = Көлік
kind-import = data.csv; other.geojson
kind-json = export.json
kind-mode-gas-pipeline = Газ құбыры
kind-mode-oil-pipeline = Мұнай құбыры
kind-mode-rail = Теміржол
kind-mode-road = Автожол
kind-mode-sea = Теңіз жолы
kind-new-folder = жаңа деректер қалтасы
kind-org-cultural = Мәдениет
kind-org-economic = Экономика
kind-org-energy = Энергетика
kind-org-political = Саясат
kind-org-religious = Дін
kind-org-security = Қауіпсіздік
kind-org-transport = Көлік
kind-place-capital = Астана
kind-place-city = Қала
kind-place-crossing = Шекара өткелі
kind-place-field = Мұнай немесе газ кен орны
kind-place-junction = Торап
kind-place-other = Басқа
kind-place-port = Порт
kind-place-terminal = Терминал
kind-png = image.png
kind-position-absent = Қатыспады
kind-position-abstain = Қалыс қалды
kind-position-accepts-without-recognising = Танымай қабылдайды
kind-position-neutral = Бейтарап
kind-position-no = Қарсы
kind-position-opposes = Қарсы шығады
kind-position-recognizes = Таниды
kind-position-rejects = Қабылдамайды
kind-position-silent = Үнсіз
kind-position-supports = Қолдайды
kind-position-yes = Жақтады
kind-stance-recognition = Тану
kind-stance-statement = Мәлімдеме
kind-stance-un-vote = БҰҰ-дағы дауыс беру
kind-status-associate = Қауымдастырылған мүше
kind-status-candidate = Үміткер
kind-status-member = Мүше
kind-status-observer = Бақылаушы
kind-status-partner = Серіктес
kind-status-suspended = Мүшелігі тоқтатылған
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json немесе .tour.json

label-band-allied = одақтас
label-band-close = жақын
label-band-cool = салқын
label-band-friendly = достық
label-band-hostile = дұшпандық
label-band-neutral = бейтарап
label-band-tense = шиеленісті
label-corner-bottom-left = Төменгі сол жақ
label-corner-bottom-right = Төменгі оң жақ
label-corner-top-left = Жоғарғы сол жақ
label-corner-top-right = Жоғарғы оң жақ
label-counted-all = мүшелер, бақылаушылар, серіктестер және мүшелігі тоқтатылғандар
label-counted-members = тек мүшелер
label-counted-observers = мүшелер, бақылаушылар және серіктестер
label-counted-suspended = мүшелер, мүшелігі тоқтатылғандармен бірге
label-derived-shared-memberships = Ортақ мүшелік
label-derived-un-vote-agreement = БҰҰ-дағы дауыстардың сәйкестігі
label-fill-communities = Қауымдастықтар
label-fill-memberships = Мүшелік
label-fill-none = Жоқ
label-fill-stance = Ұстаным
label-graph-relations = Көрсетілген қатынастар
label-graph-shared-memberships = Ортақ мүшелік
label-graph-un-vote-agreement = БҰҰ-дағы дауыстардың сәйкестігі
label-hides-communities = елдерді қауымдастықтар бояйды
label-hides-memberships = елдерді мүшелік бояйды
label-hides-none = елдерді ешбір қабат боямайды (бояу: жоқ)
label-hides-stance = елдерді ұстаным бояйды
label-metric-balance = Теңгерімді үшбұрыштар
label-metric-betweenness = Делдалдық орталықтығы
label-metric-closeness = Жақындық орталықтығы
label-metric-degree = Байланыстар
label-metric-eigenvector = Меншікті вектор орталықтығы
label-metric-negative-strength = Теріс күш
label-metric-net-strength = Таза күш
label-metric-positive-strength = Оң күш
label-plot-matrix = Матрица
label-plot-memberships = Мүшелік хронологиясы
label-plot-over-time = Уақыт бойынша
label-plot-ranking = Рейтинг
label-plot-relation = Қатынас
label-plot-stance = Ұстанымдардың бөлінуі
label-plot-table = Кесте
label-size-betweenness = Делдалдық орталықтығы
label-size-eigenvector = Меншікті вектор орталықтығы
label-size-none = Жоқ
label-size-strength = Күш (оң байланыстар)

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

legend-band-allied = одақтас
legend-band-cool = салқын
legend-band-friendly = достық
legend-band-hostile = дұшпандық
legend-band-neutral = бейтарап
legend-bloc = { $number }-блок: { $members }
legend-capitals-sized = Астаналар өлшемі: { $metric } ({ $graph })
legend-communities = Қауымдастықтар (таңбалы модулярлық, Лувен; { $graph })
legend-corridors = Дәліздер
legend-counted = Есептелгені: { $statuses }
legend-date-not-recorded = { $status } (күні жазылмаған)
legend-derived = { $kind } (туынды, ені = үлес)
legend-derived-pairs = { $what }: { $count } жұп
legend-derived-shared-memberships = екеуі де толық мүше болған жыл ұйымдарының үлесі
legend-derived-un-vote-agreement = осы жылға дейінгі БҰҰ-дағы тіркелген дауыс берулердің бірдей дауыс берілген үлесі
legend-every-state-zero = Барлық мемлекетте 0
legend-fold = Шартты белгілерді осы жолға жинау
legend-hidden = Жасырылған: { $reason }
legend-largest = ең үлкені: { $name } { $value }
legend-member = мүше
legend-move = Жылжыту
legend-move-hint = Шартты белгілерді картаның басқа бұрышына жылжыту
legend-no-bloc = Екі не одан көп мемлекеттен тұратын блок жоқ
legend-not-recorded = Дерек жоқ: { $count }
legend-not-un-member = Ол кезде БҰҰ мүшесі емес: { $count }
legend-not-yet-proposed = әлі ұсынылмаған
legend-observer-partner-associate = бақылаушы, серіктес, қауымдастырылған мүше
legend-on-relations = көрсетілген қатынастар бойынша
legend-on-shared-memberships = ортақ мүшелік бойынша
legend-on-un-vote-agreement = БҰҰ-дағы дауыстардың сәйкестігі бойынша
legend-organizations = Ұйымдар
legend-relations = Қатынастар (ені = күші)
legend-relations-hidden = { $count } әлсіз қатынас жасырылған (әр мемлекеттің алғашқы { $k })
legend-set-in-all = олардың барлығында
legend-set-in-any = олардың кез келгенінде
legend-set-in-first-only = біріншісінде, қалғандарының ешқайсысында емес
legend-set-in-it = онда
legend-shaded-count = Боялғаны: { $what } { $count } ел
legend-shaded-in = боялғаны: { $name } құрамында
legend-shaded-in-all = боялғаны: олардың барлығында
legend-shaded-in-only = боялғаны: тек { $name } құрамында
legend-shaded-in-several = боялғаны: олардың екеуінде не одан көбінде
legend-shading-hidden = { $what } { $count } ел; бояу жасырылған: { $reason }
legend-show = Шартты белгілерді көрсету
legend-smaller-blocs = { $count } шағын блок боялмаған
legend-suspended = мүшелігі тоқтатылған
legend-title = Шартты белгілер
legend-uncoloured = Боялмаған: блокқа кірмеген { $count } мемлекет

menu-data = Деректер
menu-edit = Түзету
menu-file = Файл
menu-help = Анықтама
menu-tours = Турлар
menu-view = Көрініс

month-1 = қаңтар
month-1-day = қаңтар
month-10 = қазан
month-10-day = қазан
month-11 = қараша
month-11-day = қараша
month-12 = желтоқсан
month-12-day = желтоқсан
month-2 = ақпан
month-2-day = ақпан
month-3 = наурыз
month-3-day = наурыз
month-4 = сәуір
month-4-day = сәуір
month-5 = мамыр
month-5-day = мамыр
month-6 = маусым
month-6-day = маусым
month-7 = шілде
month-7-day = шілде
month-8 = тамыз
month-8-day = тамыз
month-9 = қыркүйек
month-9-day = қыркүйек

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

table-copied =
    { $count ->
        [one] { $count } жол дәйексөзбен көшірілді
       *[other] { $count } жол дәйексөзбен көшірілді
    }
table-copy-hover = Жолдарды алмасу буферіне табуляциямен бөлінген мәтін ретінде, баған атауларымен және дәйексөз жолымен бірге салады — электрондық кестеге қоюға дайын
table-copy-listed = Көрсетілген жолдарды көшіру
table-copy-selected =
    { $count ->
        [one] Таңдалған { $count } жолды көшіру
       *[other] Таңдалған { $count } жолды көшіру
    }
table-empty = Бұл түрден картада ештеңе көрсетілмеген: жолдарын көру үшін оның қабатын қосыңыз (немесе ұстанымды таңдаңыз).
table-failed = Кестені құру мүмкін болмады: { $reason }
table-filter = Сүзгі:
table-filter-clear = Тазарту
table-filter-hint = кез келген бағандағы сөздер
table-kind-corridors = Дәліздер
table-kind-hover = Экспорттағы { $file } файлының жолдары
table-kind-memberships = Мүшелік
table-kind-metrics = Метрикалар
table-kind-relations = Қатынастар
table-kind-stance = Ұстаным
table-listed = { $total } жолдың { $listed } жолы · сұрыптау үшін баған атауын басыңыз · картада таңдау үшін жолды басыңыз (Ctrl — қосу, Shift — аралық)
table-nothing-matches = Сүзгінің барлық сөздері бар жол жоқ.
table-sort-hover = Осы баған бойынша сұрыптау; кері ретпен сұрыптау үшін тағы басыңыз

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
