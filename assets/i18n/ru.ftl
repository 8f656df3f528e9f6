# Интерфейс Heartland по-русски. Названия государств и организаций здесь не
# переводятся: их дают файлы данных.

action-export-figure = Экспорт рисунка (размер окна)…
action-find = Найти страну…
action-help = Сочетания клавиш
action-larger = Всё крупнее
action-normal-size = Всё в обычном размере
action-open = Открыть вид или тур…
action-play-years = Запустить / остановить годы
action-presentation = Режим презентации
action-quit = Выйти
action-redo = Повторить
action-save-data = Сохранить изменения данных
action-save-view = Сохранить вид…
action-smaller = Всё мельче
action-tour-first = Первый шаг
action-tour-last = Последний шаг
action-tour-leave = Выйти из тура
action-tour-next = Следующий шаг
action-tour-previous = Предыдущий шаг
action-undo = Отменить
action-zoom-in = Приблизить карту
action-zoom-out = Отдалить карту

analysis-communities = Цвет по сообществу
analysis-communities-hint = Блоки по знаковой модулярности (шаги Лувена): дружественные связи сближают государства, враждебные разводят; одни и те же данные всегда дают одни и те же блоки
analysis-derived = Производные отношения (из самих данных)
analysis-derived-memberships-hint = Для пары: доля организаций года, в которых обе стороны — полноправные члены
analysis-derived-votes-hint = Для пары: доля зарегистрированных голосований ООН до этого года, в которых обе голосовали одинаково (за, против, воздержался; отсутствие не учитывается)
analysis-heading = Анализ
analysis-metrics-on = Метрики по
analysis-metrics-on-hint = Показанные отношения: отношения года после фильтров по измерениям и силе; несколько измерений одной пары считаются по среднему
analysis-open-plots = Открыть графики
analysis-open-plots-hint = Рейтинги, метрики во времени, хронологии, распределение позиций
analysis-size-by = Размер государств по

anim-bad-name = { $file }: анимация записывается как .gif или .mp4
anim-busy = Анимация уже записывается; дождитесь её или отмените.
anim-cancelled = Анимация отменена; ничего не записано.
anim-dialog-filter = Анимация GIF или MP4
anim-dialog-title = Экспорт анимации
anim-export = Экспорт…
anim-failed = Анимация не записана: { $reason }
anim-fps = Кадров в секунду
anim-from = Первый год
anim-kind = animation.gif или .mp4
anim-menu = Экспорт анимации…
anim-not-started = Не удаётся начать анимацию: { $reason }
anim-progress = Кадр { $done } из { $total }
anim-size = Размер
anim-stopped = Анимация неожиданно остановилась; ничего не записано.
anim-summary =
    { $count ->
        [one] { $count } кадр, по одному на год, { $seconds } с; запись в .gif или, если установлен ffmpeg, в .mp4
        [few] { $count } кадра, по одному на год, { $seconds } с; запись в .gif или, если установлен ffmpeg, в .mp4
        [many] { $count } кадров, по одному на год, { $seconds } с; запись в .gif или, если установлен ffmpeg, в .mp4
       *[other] { $count } кадра, по одному на год, { $seconds } с; запись в .gif или, если установлен ffmpeg, в .mp4
    }
anim-title = Экспорт анимации
anim-to = Последний год
anim-written =
    { $count ->
        [one] Анимация из { $count } кадра записана в { $file }
        [few] Анимация из { $count } кадров записана в { $file }
        [many] Анимация из { $count } кадров записана в { $file }
       *[other] Анимация из { $count } кадра записана в { $file }
    }

bundle-computing = Дуги сводятся в пучки…
bundle-hover-count =
    { $count ->
        [one] { $count } отношение в этом пучке
        [few] { $count } отношения в этом пучке
        [many] { $count } отношений в этом пучке
       *[other] { $count } отношения в этом пучке
    }
bundle-hover-derived-count =
    { $count ->
        [one] { $count } производное отношение в этом пучке
        [few] { $count } производных отношения в этом пучке
        [many] { $count } производных отношений в этом пучке
       *[other] { $count } производного отношения в этом пучке
    }
bundle-hover-more = и ещё { $count }
bundle-inspector-heading =
    { $count ->
        [one] { $count } отношение в этом пучке
        [few] { $count } отношения в этом пучке
        [many] { $count } отношений в этом пучке
       *[other] { $count } отношения в этом пучке
    }
bundle-legend = Сведены в пучки по плотности (KDEEB): цвет — по-прежнему знак, толщина — сила
bundle-legend-derived = Производные дуги сведены в пучки по плотности (KDEEB), каждый вид отдельно: цвет — по-прежнему вид, толщина — доля
bundle-relations = Сводить отношения в пучки
bundle-relations-tip = Дуги, идущие в одну сторону, рисуются вместе, пучками (по ядерной оценке плотности). Цвет и толщина по-прежнему показывают знак и силу каждого отношения; наведите указатель на линию или нажмите на неё, чтобы увидеть её отношение.

cancel = Отмена

close-discard = Не сохранять
close-question = В данных есть несохранённые изменения. Сохранить их перед закрытием?
close-save = Сохранить
close-title = Несохранённые изменения

compare-by-stance = Позиции
compare-by-stance-needs = Сначала выберите позицию в списке «Позиции»
compare-by-year = Годы
compare-close = Закрыть сравнение
compare-figure-stances = { $from } и { $to }
compare-figure-title = { $layers }: { $changes }
compare-hint-no-change = С { $from } по { $to } в показанном ничего не изменилось
compare-inspector-none = В показанном ничего не изменилось
compare-inspector-position = Позиция
compare-inspector-row = { $kind }: { $subject }, { $before } → { $after }
compare-inspector-title = Изменения, { $from } → { $to }
compare-kind-membership-joined = Вступили
compare-kind-membership-left = Вышли
compare-kind-relation-ended = Прекратившиеся отношения
compare-kind-relation-new = Новые отношения
compare-kind-relation-stronger = Более сильные отношения
compare-kind-relation-weaker = Более слабые отношения
compare-kind-stance-changed = Позиция изменилась
compare-legend-count = { $kind }: { $count }
compare-legend-none = в показанном ничего не изменилось
compare-legend-title = Изменения, { $from } → { $to }
compare-legend-title-plain = Изменения
compare-menu = Сравнить два момента
compare-menu-hint = Две карты рядом со связанными камерами или одна карта изменений
compare-mode-difference = Разница
compare-mode-side-by-side = Рядом
compare-other-year = Год для сравнения
compare-title = Сравнение
compare-value-none = нет
compare-with-stance = Сравнивается с
compare-with-year = { $year } в сравнении с

conflict-reload = Перечитать
conflict-reload-hover = Прочитать папку заново (несохранённые изменения пропадут)
conflict-save-as = Сохранить как…
conflict-save-as-hover = Сохранить показанные данные в другую папку

data-in-use = Используются: { $source }
data-open-folder = Открыть папку данных…
data-problems = Проблемы в данных ({ $count })
data-reload = Перечитать с диска
data-save-into = Сохранить в новую папку…
data-type-folder = Ввести путь к папке данных…
data-use-bundled = Встроенные данные

date-day-needs-month = день указан без месяца
date-days-in-month = { $month } { $year }: дней в месяце — { $max }, а не { $day }
date-interval = с { $from } до { $to }
date-interval-open = с { $from }
date-invalid = неверная дата "{ $given }": { $reason }
date-month-range = месяц { $month } вне диапазона от 1 до 12
date-shape = запишите её как "YYYY", "YYYY-MM" или "YYYY-MM-DD"
date-that-month = этот месяц
date-to-before-from = "to" ({ $to }) должно быть позже "from" ({ $from }) ("to" не включается: это первый день, который уже не входит)
date-year-range = год { $year } вне диапазона от 1 до 9999

editlabel-add-membership = добавить членство { $country } в { $org }
editlabel-add-period = добавить период { $relation } с { $from }
editlabel-add-source = добавить источник { $id }
editlabel-change-membership = изменить членство { $country } в { $org }
editlabel-end-membership = завершить членство { $country } в { $org }
editlabel-end-period = завершить период { $relation } с { $from }
editlabel-redo-menu = Повторить: { $edit }
editlabel-set-note = изменить заметку
editlabel-set-period = изменить оценку { $relation } с { $from }
editlabel-undo-menu = Отменить: { $edit }

figure-and = и
figure-attribution = Данные на { $date } · Границы: Natural Earth (общественное достояние)
figure-attribution-no-date = Данные: дата актуальности не указана · Границы: Natural Earth (общественное достояние)
figure-capitals-sized = размер столиц: { $metric }
figure-citation = Heartland { $version } · данные на { $date } · источники: { $sources }
figure-citation-no-date = дата не указана
figure-citation-no-sources = нет (не показан ни один факт с источником)
figure-communities = сообщества
figure-corridors = коридоры
figure-date-day = { $day } { $month } { $year } г.
figure-date-month = { $month } { $year } г.
figure-members-not-in = члены { $first }, не входящие в { $rest }
figure-members-of = члены { $orgs }
figure-members-of-all = члены всех организаций: { $orgs }
figure-members-of-both = члены и { $a }, и { $b }
figure-more-entries =
    { $count ->
        [one] … ещё { $count } строка (в легенде окна — все)
        [few] … ещё { $count } строки (в легенде окна — все)
        [many] … ещё { $count } строк (в легенде окна — все)
       *[other] … ещё { $count } строки (в легенде окна — все)
    }
figure-or = или
figure-relations = отношения
figure-relations-of = отношения ({ $dimensions })
figure-sources = Источники: { $sources }
figure-step = Шаг { $n } из { $count }
figure-title-countries = Страны, { $year }
figure-title-stance = { $stance }: позиции
figure-title-stance-and = { $stance }: позиции · { $layers }, { $year }
figure-title-stance-map-of = { $stance }: позиции · карта { $year } г.
edit-apply = Применить
edit-choose = выберите…
edit-choose-organization = выберите организацию
edit-date = Дата
edit-ends = Конец
edit-evidence = Свидетельства
edit-from = Начало
edit-id = Id
edit-membership-title = { $country } в { $org } с { $from }
edit-new-membership-title = Новое членство: { $country }
edit-new-period-title = Новый период: { $relation }
edit-new-source-title = Новый источник
edit-not-a-number = «{ $text }» — не число; оценка — от -1 до 1
edit-note = Заметка
edit-note-title = Заметка к { $what }
edit-organization = Организация
edit-outlet = Издание
edit-period-name = { $relation } с { $from }
edit-period-title = Изменить { $relation } с { $from }
edit-score = Оценка
edit-source = Источник
edit-status = Статус
edit-title = Заголовок
edit-to = Конец
edit-url = Веб-адрес

file-export-csv = Экспорт показанных данных в CSV…
file-export-figure-size = Экспорт рисунка { $width }×{ $height }…
file-export-json = Экспорт показанных данных в JSON…
file-export-preview = Предпросмотр экспорта
file-import = Импорт…
file-import-hover = Добавить записи из файлов CSV (отношения, членство, COW, голосования ООН) или GeoJSON
file-open-data-folder = Открыть папку данных…
file-open-view = Открыть вид…
file-preview-title = Заголовок: { $title }
file-recent-views = Недавние виды

files-dialog-export-csv = Экспорт показанных данных в CSV (выберите папку)
files-dialog-export-figure = Экспорт карты в PNG, SVG или PDF
files-dialog-export-json = Экспорт показанных данных в JSON
files-dialog-import = Импорт файлов данных
files-dialog-open-any = Открыть вид или тур
files-dialog-open-folder = Открыть папку данных
files-dialog-open-tour = Открыть тур
files-dialog-open-view = Открыть вид
files-dialog-save-into = Сохранить изменённые данные в новую папку
files-dialog-save-tour = Сохранить тур
files-dialog-save-view = Сохранить вид
files-figure-exported = { $format } { $width }×{ $height } экспортирован в { $file }
files-figure-not-exported = { $format } не экспортирован: { $reason }
files-filter-pdf = Документ PDF
files-filter-png = Изображение PNG
files-filter-svg = Рисунок SVG
files-filter-tour = Тур Heartland
files-filter-view = Вид Heartland
files-filter-view-or-tour = Виды и туры Heartland
files-kind-device = устройство
files-kind-folder = папка
files-kind-pipe = именованный канал (FIFO)
files-kind-socket = сокет
files-not-regular = { $file }: это { $kind }, а не обычный файл; окно открывает файлы видов и туров (канал можно прочитать командой `heartland render --view`)
files-title-bundled = встроенные данные
files-tour-not-saved = Не сохранено: { $reason }
files-tour-saved = Сохранено в { $file }

find-label = Название страны:
find-none = В данных нет страны с таким названием.
find-title = Найти страну

folder-hint = /путь/к/папке данных
folder-label = Папка данных:
folder-open = Открыть

groups-aggregate = При отдалении
groups-aggregate-groups = потоки между группами
groups-aggregate-states = каждое отношение
groups-close-opened =
    { $count ->
        [one] Закрыть { $count } открытую группу
        [few] Закрыть { $count } открытые группы
        [many] Закрыть { $count } открытых групп
       *[other] Закрыть { $count } открытой группы
    }
groups-flow-negative =
    { $count ->
        [one] { $count } отрицательное отношение, сумма { $sum }
        [few] { $count } отрицательных отношения, сумма { $sum }
        [many] { $count } отрицательных отношений, сумма { $sum }
       *[other] { $count } отрицательного отношения, сумма { $sum }
    }
groups-flow-positive =
    { $count ->
        [one] { $count } положительное отношение, сумма { $sum }
        [few] { $count } положительных отношения, сумма { $sum }
        [many] { $count } положительных отношений, сумма { $sum }
       *[other] { $count } положительного отношения, сумма { $sum }
    }
groups-legend-negative = отрицательные отношения, в сумме
groups-legend-open = Приблизьте карту или щёлкните группу, чтобы увидеть её государства
groups-legend-positive = положительные отношения, в сумме
groups-legend-summed =
    { $count ->
        [one] { $count } отношение сложено в потоки
        [few] { $count } отношения сложены в потоки
        [many] { $count } отношений сложено в потоки
       *[other] { $count } отношения сложено в потоки
    }
groups-legend-title = Потоки между группами (ширина = суммарная сила)
groups-member-twice = { $code } уже входит в группу { $first }; государство может входить только в одну группу
groups-name-empty = у группы должно быть название
groups-name-twice = название { $name } уже занято группой { $first }
groups-no-members = в группе должно быть хотя бы одно государство (коды ISO alpha-3)
groups-node-click = Щёлкните, чтобы раскрыть { $name } на государства
groups-node-inside =
    { $count ->
        [one] { $count } отношение между её государствами
        [few] { $count } отношения между её государствами
        [many] { $count } отношений между её государствами
       *[other] { $count } отношения между её государствами
    }
groups-south-caucasus = Южный Кавказ
groups-too-many = Групп: { $count }, это больше, чем рисует эта версия (не более { $max })
groups-zoom-out-hint = Отдалите карту за пределы региона, чтобы увидеть потоки

help-drop = Открыть вид, тур или папку данных
help-export-figure = Экспорт карты как рисунка: PNG, SVG или PDF (размер окна)
help-find = Найти страну
help-help = Этот список сочетаний клавиш
help-keys-drop = Перетащить файл
help-keys-slider = Стрелка влево / вправо
help-larger = Сделать всё крупнее
help-menus = Каждое сочетание клавиш есть и в меню, с клавишами рядом.
help-normal-size = Всё в обычном размере
help-open = Открыть вид или тур
help-play-years = Запустить / остановить годы
help-presentation = Режим презентации: скрыть панели, всё увеличить
help-quit = Выйти (с вопросом, если изменения не сохранены)
help-redo = Повторить отменённую правку
help-save-data = Сохранить изменения данных (для встроенных данных — в новую папку)
help-save-view = Сохранить вид
help-slider = Сменить год, когда ползунок в фокусе
help-smaller = Сделать всё мельче
help-title = Сочетания клавиш
help-tour-first = Тур: первый шаг
help-tour-last = Тур: последний шаг
help-tour-leave = Тур: выйти и вернуться к своему виду
help-tour-next = Тур: следующий шаг
help-tour-previous = Тур: предыдущий шаг
help-undo = Отменить последнюю правку
help-zoom-in = Приблизить карту
help-zoom-out = Отдалить карту

hint-choose-dimension = Выберите измерение в списке «Отношения»
hint-choose-organization = Выберите организацию в списке «Организации»
hint-choose-stance = Выберите вопрос в списке «Позиции»
hint-computing-agreement = Вычисляется совпадение голосов в ООН…
hint-computing-derived = Вычисляются производные отношения…
hint-computing-metrics = Вычисляются сетевые метрики…
hint-tick-corridor = Отметьте коридор в списке «Коридоры»

import-button = Импортировать
import-hint = /путь/a.csv; /путь/b.geojson (файлы CSV или GeoJSON через ;)
import-keep-conflicts = Оставить конфликты
import-keep-conflicts-hint = Оставить данные как есть; конфликты остаются в списке
import-label = Импорт файлов:
import-supersede = Заменить
import-supersede-hint = Импортировать снова, закрыв каждый открытый период днём раньше начала нового (один шаг отмены)
import-supersede-report =
    { $count ->
        [one] Импорт { $files }: { $count } период начинается внутри открытого периода с другим статусом или оценкой (см. список проблем) и не импортирован.
        [few] Импорт { $files }: { $count } периода начинаются внутри открытого периода с другим статусом или оценкой (см. список проблем) и не импортированы.
        [many] Импорт { $files }: { $count } периодов начинаются внутри открытого периода с другим статусом или оценкой (см. список проблем) и не импортированы.
       *[other] Импорт { $files }: { $count } периода начинаются внутри открытого периода с другим статусом или оценкой (см. список проблем) и не импортированы.
    }

importer-cancelled = импорт отменён; ничего не импортировано
importer-cannot-open = не удаётся открыть файл ({ $error })
importer-cannot-read = не удаётся прочитать файл ({ $error })
importer-cell-not-utf8 = не является текстом в UTF-8 (сохраните файл как «CSV UTF-8»)
importer-cli-cannot-make-folder = не удаётся создать папку ({ $error })
importer-cli-checked-only = только проверено: укажите --into DIR, чтобы записать папку данных
importer-cli-corridors =
    { $count ->
        [one] { $count } коридор
        [few] { $count } коридора
        [many] { $count } коридоров
       *[other] { $count } коридора
    }
importer-cli-countries =
    { $count ->
        [one] { $count } страна
        [few] { $count } страны
        [many] { $count } стран
       *[other] { $count } страны
    }
importer-cli-into-file = это файл, а не папка; укажите папку, в которую импортировать (если её нет, она будет создана)
importer-cli-memberships =
    { $count ->
        [one] { $count } членство
        [few] { $count } членства
        [many] { $count } членств
       *[other] { $count } членства
    }
importer-cli-organizations =
    { $count ->
        [one] { $count } организация
        [few] { $count } организации
        [many] { $count } организаций
       *[other] { $count } организации
    }
importer-cli-periods =
    { $count ->
        [one] { $count } период отношений (заменено: { $replaced })
        [few] { $count } периода отношений (заменено: { $replaced })
        [many] { $count } периодов отношений (заменено: { $replaced })
       *[other] { $count } периода отношений (заменено: { $replaced })
    }
importer-cli-places =
    { $count ->
        [one] { $count } место
        [few] { $count } места
        [many] { $count } мест
       *[other] { $count } места
    }
importer-cli-problems =
    { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
        [many] { $count } проблем
       *[other] { $count } проблемы
    }
importer-cli-saved = сохранено: { $folder }
importer-cli-stances =
    { $count ->
        [one] { $count } позиция
        [few] { $count } позиции
        [many] { $count } позиций
       *[other] { $count } позиции
    }
importer-cli-summary = { $file }: добавлено: { $countries }, { $organizations }, { $memberships }, { $periods }, { $places }, { $corridors }, { $stances }; уже записано: { $recorded }{ $superseded }; { $problems }
importer-cli-superseded = , заменено открытых периодов: { $count }
importer-cli-waiting = ожидание: другой Heartland записывает { $folder }…
importer-cli-warning = предупреждение: { $problem }
importer-corridor-exists = идентификатор коридора «{ $id }» уже есть в данных; объект не импортирован (переименуйте его или сначала удалите имеющийся коридор)
importer-corridor-points = каждому отрезку нужны хотя бы две точки, каждая — известное место или координата на земном шаре
importer-country-needed = нужна страна (код ISO alpha-3, например KAZ, или название)
importer-country-not-in-data = страны «{ $country }» нет в countries.json (сначала добавьте её туда)
importer-cow-bad-ccode = ccode должен быть кодом государства COW (целым числом); строка пропущена
importer-cow-bad-value = { $column }: «{ $value }» — не значение COW (1 полное членство, 2 ассоциированное, 3 наблюдатель, 0 нет, -9 нет данных, -1 не существует); прочитано как «нет данных»
importer-cow-bad-year = year должен быть годом, например 1992; строка пропущена
importer-cow-no-id = столбец «{ $column }» не даёт пригодного идентификатора организации; столбец пропущен
importer-cow-no-iso =
    { $count ->
        [one] у государства COW { $ccode } ({ $name }) нет кода ISO; его { $count } строка пропущена
        [few] у государства COW { $ccode } ({ $name }) нет кода ISO; его { $count } строки пропущены
        [many] у государства COW { $ccode } ({ $name }) нет кода ISO; его { $count } строк пропущено
       *[other] у государства COW { $ccode } ({ $name }) нет кода ISO; его { $count } строки пропущены
    }
importer-cow-repeated-row = государство { $ccode } в { $year } г. уже было в строке { $line }; эта строка пропущена
importer-cow-same-id = у столбца «{ $column }» тот же идентификатор «{ $id }», что и у столбца { $other }; столбец пропущен
importer-cow-two-statuses = { $column }: у { $state } два разных статуса в { $year } г. (из двух кодов COW одного кода ISO); этот пропущен
importer-cow-unknown-code =
    { $count ->
        [one] кода государства COW { $ccode } нет во встроенной таблице (assets/cow_states.csv); его { $count } строка пропущена
        [few] кода государства COW { $ccode } нет во встроенной таблице (assets/cow_states.csv); его { $count } строки пропущены
        [many] кода государства COW { $ccode } нет во встроенной таблице (assets/cow_states.csv); его { $count } строк пропущено
       *[other] кода государства COW { $ccode } нет во встроенной таблице (assets/cow_states.csv); его { $count } строки пропущены
    }
importer-cow-wrong-header = неверный заголовок: ожидается «ccode,year,state», затем по столбцу на организацию; найдено «{ $found }»
importer-empty = файл пуст
importer-expected-headers = отношения { $relations }; членство { $memberships }; COW IGO { $cow }; UN Digital Library { $undl }; Voeten { $voeten }; или объект GeoJSON
importer-format-cow = данные Correlates of War IGO по государствам и годам
importer-format-geojson = GeoJSON
importer-format-memberships = CSV членства
importer-format-relations = CSV отношений
importer-format-undl = выгрузка поимённых голосований UN Digital Library
importer-format-voeten = данные Воэтена о голосованиях Генеральной Ассамблеи ООН
importer-geojson-at-sea = нет «country», а точка ({ $lon }, { $lat }) лежит в море или вне всех стран карты; укажите страну (ISO alpha-3)
importer-geojson-coordinate-not-number = координата не является числом (слишком большое число, например 1e400, читается как null); объект не импортирован
importer-geojson-corridor-mode = у коридора должен быть «mode»
importer-geojson-corridor-name = у коридора должно быть «name»
importer-geojson-corridor-status = у коридора должен быть «status»
importer-geojson-disputed = нет «country», а точка лежит в { $territory }, спорной территории: карта не говорит, чья она; укажите страну (ISO alpha-3)
importer-geojson-missing = отсутствует или пусто: { $what }
importer-geojson-no-features = у FeatureCollection должен быть список «features»
importer-geojson-no-geometry = у объекта нет геометрии
importer-geojson-no-iso = нет «country», а точка лежит в { $name } ({ $code }), у которой нет кода ISO; укажите страну
importer-geojson-no-lines = в MultiLineString нет линий
importer-geojson-no-map = нет «country», а карту, по которой её найти, не удалось прочитать; укажите страну (ISO alpha-3)
importer-geojson-no-type = ожидается GeoJSON «FeatureCollection» или «Feature», а не объект без «type»
importer-geojson-not-a-code = ожидается код страны, например «KAZ», а не { $value }
importer-geojson-not-a-feature = не объект GeoJSON (Feature): { $reason }
importer-geojson-not-a-feature-object = не объект GeoJSON (Feature): ожидается объект { $shape }
importer-geojson-not-a-list = ожидается список кодов стран, а не { $value }
importer-geojson-not-a-string = ожидается строка, а не { $value }
importer-geojson-not-utf8 = файл не является текстом в UTF-8 (байт 0x{ $byte }); сохраните его заново в UTF-8
importer-geojson-place-name = у места должно быть «name»
importer-geojson-position = позиции нужны долгота и широта
importer-geojson-short-line = линии нужны хотя бы две позиции (в ней { $count })
importer-geojson-to-without-from = «to» требует «from»: укажите дату, с которой действует статус, или уберите обе для статуса, дата которого не записана
importer-geojson-wrong-geometry = { $geometry } там, где ожидается Point (место) или LineString / MultiLineString (коридор)
importer-geojson-wrong-type = ожидается GeoJSON «FeatureCollection» или «Feature», а не «{ $type }»
importer-in-column = { $column }: { $reason }
importer-is-folder = это папка; укажите файлы в ней, чтобы импортировать их
importer-larger-than-limit = файл больше { $limit } МБ — наибольшего размера файла «{ $format }» (разделите его на файлы поменьше); ничего не импортировано
importer-membership-conflict = конфликт: эта строка говорит { $country } { $status } в { $organization } ({ $period }, { $source }), данные говорят { $existing-status } ({ $existing }, { $existing-source }); не импортировано
importer-membership-overlap = этот период ({ $period }, { $status }) перекрывает имеющийся период { $existing } для { $country } в { $organization } с тем же статусом, но другими датами; заменяет имеющийся только период с точно теми же датами, поэтому он не импортирован (измените даты в файле или в данных)
importer-more-problems =
    { $count ->
        [one] ещё { $count } проблема не показана (показаны только первые { $max })
        [few] ещё { $count } проблемы не показаны (показаны только первые { $max })
        [many] ещё { $count } проблем не показано (показаны только первые { $max })
       *[other] ещё { $count } проблемы не показаны (показаны только первые { $max })
    }
importer-no-column-names = нет названий столбцов
importer-no-rows = в файле есть заголовок, но нет строк
importer-no-source = без источника
importer-no-stance-id = не удаётся составить идентификатор позиции из «{ $id }»; резолюция пропущена
importer-not-a-corridor-kind = «{ $value }» — не вид коридора (ожидается одно из: { $expected })
importer-not-a-corridor-status = «{ $value }» — не статус коридора (ожидается одно из: { $expected })
importer-not-a-dimension = «{ $value }» — не измерение (ожидается одно из: { $expected })
importer-not-a-mode = «{ $value }» — не вид транспорта (ожидается одно из: { $expected })
importer-not-a-place-kind = «{ $value }» — не вид места (ожидается одно из: { $expected })
importer-not-a-score = «{ $value }» — не число (оценка от -1 до 1)
importer-not-a-status = «{ $value }» — не статус членства (ожидается одно из: { $expected })
importer-not-a-vote-undl = { $column }: «{ $value }» — не голос (Y, N, A, X или пусто); строка пропущена
importer-not-a-vote-voeten = { $column }: «{ $value }» — не голос (1 за, 2 воздержался, 3 против, 8 отсутствовал, 9 не член); строка пропущена
importer-not-csv = не удаётся прочитать файл как CSV ({ $error })
importer-not-json = некорректный JSON: { $reason }
importer-organization-not-in-data = неизвестный идентификатор организации «{ $organization }» (его нет в organizations.json)
importer-place-exists = идентификатор места «{ $id }» уже есть в данных; объект не импортирован (переименуйте его или сначала удалите имеющееся место)
importer-relation-conflict = конфликт: эта строка оценивает { $relation } в { $score } ({ $period }, { $source }), данные оценивают в { $existing-score } ({ $existing }, { $existing-source }); не импортировано
importer-relation-named = отношение { $a }–{ $b } в измерении { $dimension }
importer-relation-overlap = этот период ({ $period }) перекрывает имеющийся период { $existing } для { $country } в { $relation }; заменяет имеющийся только период с точно теми же датами, поэтому он не импортирован
importer-relation-with-itself = отношение { $state } с самим собой; «a» и «b» должны быть разными государствами
importer-relation-with-itself-merge = отношение { $state } с самим собой
importer-resolution-skipped = { $column }: { $reason }; резолюция пропущена
importer-row-fields =
    { $count ->
        [one] в этой строке { $count } поле, а в заголовке { $columns }; строка пропущена
        [few] в этой строке { $count } поля, а в заголовке { $columns }; строка пропущена
        [many] в этой строке { $count } полей, а в заголовке { $columns }; строка пропущена
       *[other] в этой строке { $count } поля, а в заголовке { $columns }; строка пропущена
    }
importer-source = источник { $source }
importer-stance-exists = идентификатор позиции «{ $id }» уже есть в данных; резолюция не импортирована
importer-supersede-hint = { $conflict } (чтобы закрыть открытый период днём раньше начала этого, импортируйте с --supersede или выберите «Заменить» в отчёте об импорте в окне)
importer-too-large = размер файла { $size } МБ; файл «{ $format }» может быть не больше { $limit } МБ (разделите его на файлы поменьше)
importer-unknown-column = неизвестный столбец «{ $column }» пропущен (столбцы: { $columns })
importer-unknown-country = «{ $value }» — ни код ISO alpha-3, ни название страны из данных
importer-unknown-format = не удаётся определить формат по заголовку ({ $header }); ожидается одно из: { $expected }
importer-unknown-organization = «{ $value }» — ни идентификатор, ни сокращение организации из данных
importer-unknown-source = неизвестный идентификатор источника «{ $source }» (его нет в sources.json; сначала добавьте источник)
importer-unreadable-row = нечитаемая строка: { $error }
importer-voeten-no-dates = в исходном файле голосований Воэтена нет дат: сначала объедините его с файлом описаний (rcid, date, unres, short)
importer-vote-countries-missing = стран нет в countries.json: { $countries }; их позиции не включены
importer-vote-cow-no-iso =
    { $count ->
        [one] у государства COW { $ccode } ({ $name }) нет кода ISO в год голосования; его { $count } голос учтён в итогах, но без позиции
        [few] у государства COW { $ccode } ({ $name }) нет кода ISO в год голосования; его { $count } голоса учтены в итогах, но без позиции
        [many] у государства COW { $ccode } ({ $name }) нет кода ISO в год голосования; его { $count } голосов учтено в итогах, но без позиции
       *[other] у государства COW { $ccode } ({ $name }) нет кода ISO в год голосования; его { $count } голоса учтены в итогах, но без позиции
    }
importer-vote-cow-unknown =
    { $count ->
        [one] «{ $ccode }» — не код государства COW из встроенной таблицы; его { $count } голос учтён в итогах, но без позиции
        [few] «{ $ccode }» — не код государства COW из встроенной таблицы; его { $count } голоса учтены в итогах, но без позиции
        [many] «{ $ccode }» — не код государства COW из встроенной таблицы; его { $count } голосов учтено в итогах, но без позиции
       *[other] «{ $ccode }» — не код государства COW из встроенной таблицы; его { $count } голоса учтены в итогах, но без позиции
    }
importer-vote-not-iso = { $column }: «{ $value }» — не код ISO alpha-3; голос учтён в итогах, но без позиции
importer-votes-twice = { $state } голосует по этой резолюции дважды; используется более поздняя строка
importer-wide-encoding-csv = файл в UTF-16 (или другой широкой кодировке), а не в UTF-8; сохраните или экспортируйте его как «CSV UTF-8»
importer-wide-encoding-json = файл в UTF-16 (или другой широкой кодировке), а не в UTF-8; сохраните его заново в UTF-8 (в QGIS: Экспорт, Сохранить объекты как…, Кодировка UTF-8)
importer-wrong-header = неверный заголовок: ожидаются столбцы «{ $expected }» (нет: { $missing }); найдено «{ $found }»

kind-cell-not-recorded = Нет данных
kind-cell-not-un-member = Не член ООН
kind-corridor-gas-pipeline = Газопровод
kind-corridor-multimodal = Мультимодальный
kind-corridor-oil-pipeline = Нефтепровод
kind-corridor-rail = Железная дорога
kind-corridor-road = Автодорога
kind-corridor-sea = Морской путь
kind-corridor-status-abandoned = Заброшен
kind-corridor-status-operational = Действует
kind-corridor-status-proposed = Предложен
kind-corridor-status-suspended = Приостановлен
kind-corridor-status-under-construction = Строится
inspector-add-membership = Добавить членство
inspector-add-period = Добавить период
inspector-add-source = Добавить источник
inspector-capital = Столица: { $capital }
inspector-capital-missing = Столица: нет в данных
inspector-clear-selection = Снять выделение
inspector-community = Сообщество { $number }; в нём также: { $others }
inspector-community-none = Сообщество: ни в одном блоке
inspector-corridor = Коридор
inspector-corridor-kind-status = { $kind } · { $status } в { $year } г.
inspector-corridor-missing = Этого коридора нет в данных.
inspector-countries = Страны: { $countries }
inspector-country-missing = Этой страны нет в данных.
inspector-date-not-recorded = Дата не записана: { $status }
inspector-derived = Производные отношения в { $year } г.
inspector-derived-organizations =
    { $count ->
        [one] оба — полноправные члены { $shared } из { $count } организации, имевшей членов в том году: { $names }
        [few] оба — полноправные члены { $shared } из { $count } организаций, имевших членов в том году: { $names }
        [many] оба — полноправные члены { $shared } из { $count } организаций, имевших членов в том году: { $names }
       *[other] оба — полноправные члены { $shared } из { $count } организаций, имевших членов в том году: { $names }
    }
inspector-derived-votes =
    { $count ->
        [one] голосовали одинаково в { $agreed } из { $count } зарегистрированного голосования ООН, где голосовали оба, до { $year }
        [few] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН, где голосовали оба, до { $year }
        [many] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН, где голосовали оба, до { $year }
       *[other] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН, где голосовали оба, до { $year }
    }
inspector-derived-with = { $kind } · { $state }: { $value }
inspector-edit = Изменить
inspector-edit-membership-hover = Изменить или завершить это членство
inspector-edit-period = Изменить { $period }
inspector-edit-period-hover = Изменить оценку, свидетельства, источник или конец этого периода
inspector-evidence = Свидетельства
inspector-facts = Факты
inspector-heading = Инспектор
inspector-intro = Нажмите на страну, дугу отношения или коридор на карте, чтобы увидеть здесь их факты и источники.
inspector-kind-founded = { $kind }, основана { $date }
inspector-language-ar = арабский
inspector-language-az = азербайджанский
inspector-language-de = немецкий
inspector-language-en = английский
inspector-language-fa = персидский
inspector-language-fr = французский
inspector-language-hy = армянский
inspector-language-ka = грузинский
inspector-language-kk = казахский
inspector-language-ky = киргизский
inspector-language-ru = русский
inspector-language-tg = таджикский
inspector-language-tk = туркменский
inspector-language-tr = турецкий
inspector-language-uz = узбекский
inspector-language-zh = китайский
inspector-lat-lon = { $lat }° с. ш. { $lon }° в. д.
inspector-length-hover = Записанная длина — та, что даёт её источник; нарисованный маршрут идёт через несколько точек и короче настоящей линии
inspector-members-counted = В { $year }: учтено { $count } ({ $rule }), в списке { $listed }
inspector-memberships = Членство (на { $year } г.)
inspector-metric-no-triangle = { $metric }: нет треугольника
inspector-metric-rank = { $metric }: { $value } (место { $rank } из { $of })
inspector-network = Сеть в { $year } г. (по графу «{ $graph }»)
inspector-no-score = { $year }: в данных нет оценки
inspector-no-tie = В этом графе и году связей нет.
inspector-none = В данных нет.
inspector-none-this-year = В данных за этот год нет.
inspector-not-a-member = не член
inspector-not-yet-proposed = ещё не предложен
inspector-note = Заметка
inspector-organization = Организация
inspector-organization-missing = Этой организации нет в данных.
inspector-plot-over-time = График во времени
inspector-plot-pair = Построить график всех измерений этой пары
inspector-relation = Отношение
inspector-relation-dimension = Отношение: { $dimension }
inspector-relation-missing = Этого отношения нет в данных.
inspector-relations-in = Отношения в { $year } г.
inspector-route = Маршрут
inspector-since = с { $from }
inspector-source = Источник: { $source }
inspector-source-language = Язык источника: { $language }
inspector-source-none = Источник: не указан
inspector-source-unknown = Источник: { $id } (нет в sources.json)
inspector-stances = Позиции
inspector-status = Статус
inspector-status-not-counted = { $status } (не учитывается: { $counted })
inspector-status-undated = { $status } (дата не записана)

kind-csv-folder = папка для файлов CSV
kind-data-folder = папка данных
kind-dimension-economic = Экономика
kind-dimension-energy = Энергетика
kind-dimension-political = Политика
kind-dimension-security = Безопасность
kind-dimension-transport = Транспорт
kind-import = data.csv; other.geojson
kind-json = export.json
kind-mode-gas-pipeline = Газопровод
kind-mode-oil-pipeline = Нефтепровод
kind-mode-rail = Железная дорога
kind-mode-road = Автодорога
kind-mode-sea = Морской путь
kind-new-folder = новая папка данных
kind-org-cultural = Культура
kind-org-economic = Экономика
kind-org-energy = Энергетика
kind-org-political = Политика
kind-org-religious = Религия
kind-org-security = Безопасность
kind-org-transport = Транспорт
kind-place-capital = Столица
kind-place-city = Город
kind-place-crossing = Пограничный переход
kind-place-field = Месторождение нефти или газа
kind-place-junction = Узел
kind-place-other = Другое
kind-place-port = Порт
kind-place-terminal = Терминал
kind-png = image.png
kind-position-absent = Не участвовал
kind-position-abstain = Воздержался
kind-position-accepts-without-recognising = Принимает без признания
kind-position-neutral = Нейтрален
kind-position-no = Против
kind-position-opposes = Выступает против
kind-position-recognizes = Признаёт
kind-position-rejects = Отвергает
kind-position-silent = Молчит
kind-position-supports = Поддерживает
kind-position-yes = За
kind-stance-recognition = Признание
kind-stance-statement = Заявление
kind-stance-un-vote = Голосование в ООН
kind-status-associate = Ассоциированный член
kind-status-candidate = Кандидат
kind-status-member = Член
kind-status-observer = Наблюдатель
kind-status-partner = Партнёр
kind-status-suspended = Членство приостановлено
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json или .tour.json

label-band-allied = союзнические
label-band-close = близкие
label-band-cool = прохладные
label-band-friendly = дружественные
label-band-hostile = враждебные
label-band-neutral = нейтральные
label-band-tense = напряжённые
label-corner-bottom-left = Внизу слева
label-corner-bottom-right = Внизу справа
label-corner-top-left = Вверху слева
label-corner-top-right = Вверху справа
label-counted-all = члены, наблюдатели, партнёры и члены с приостановленным членством
label-counted-members = только члены
label-counted-observers = члены, наблюдатели и партнёры
label-counted-suspended = члены, включая приостановленных
label-derived-shared-memberships = Общее членство
label-derived-un-vote-agreement = Совпадение голосов в ООН
label-fill-communities = Сообщества
label-fill-memberships = Членство
label-fill-none = Нет
label-fill-stance = Позиция
label-graph-relations = Показанные отношения
label-graph-shared-memberships = Общее членство
label-graph-un-vote-agreement = Совпадение голосов в ООН
label-hides-communities = страны заливают сообщества
label-hides-memberships = страны заливает членство
label-hides-none = страны не заливает ни один слой (заливка: нет)
label-hides-stance = страны заливает позиция
label-metric-balance = Сбалансированные треугольники
label-metric-betweenness = Центральность по посредничеству
label-metric-closeness = Центральность по близости
label-metric-degree = Связи
label-metric-eigenvector = Центральность по собственному вектору
label-metric-negative-strength = Отрицательная сила
label-metric-net-strength = Чистая сила
label-metric-positive-strength = Положительная сила
label-plot-matrix = Матрица
label-plot-memberships = Хронология членства
label-plot-over-time = Во времени
label-plot-ranking = Рейтинг
label-plot-relation = Отношение
label-plot-stance = Распределение позиций
label-plot-table = Таблица
label-size-betweenness = Центральность по посредничеству
label-size-eigenvector = Центральность по собственному вектору
label-size-none = Нет
label-size-strength = Сила (положительные связи)
launch-folder-gone = этой папки данных больше нет; показаны встроенные данные

layers-all-corridors = Все коридоры
layers-all-countries = все страны
layers-all-organizations = Все организации
layers-and = и
layers-corridors = Коридоры
layers-count-as-in = Считать членами:
layers-count-observers = наблюдателей и партнёров
layers-count-observers-hint = Считать также наблюдателей, партнёров и ассоциированных членов
layers-count-suspended = приостановленных членов
layers-count-suspended-hint = Считать также членов, чьё членство приостановлено
layers-counted = Учтены: { $statuses }
layers-countries = Страны
layers-fill-by = Заливка стран по
layers-fill-by-hint = Страны заливает один слой за раз; остальные видны как значки и контуры, или легенда сообщает, что они скрыты
layers-focus = Фокус
layers-found-of = { $found } из { $all }
layers-heading = Слои
layers-in-all = В { $orgs } ({ $year }): { $count }
layers-in-any = В { $orgs } ({ $year }): { $count }
layers-in-first-not-rest = В { $first }, но не в { $rest } ({ $year }): { $count }
layers-labels = Подписи
layers-memberships = Членство
layers-min-score = мин. |оценка|
layers-no-corridor-ticked = Ничего не отмечено: показаны все коридоры.
layers-no-corridors = Без коридоров
layers-no-organizations = Без организаций
layers-or = или
layers-organizations = Организации
layers-relations = Отношения
layers-search = Поиск
layers-search-clear = Очистить
layers-search-clear-hint = Очистить поиск
layers-search-organizations = организации
layers-search-stances = позиции
layers-set-difference = Разность
layers-set-intersection = Пересечение
layers-set-union = Объединение
layers-stance-none = Нет
layers-stances = Позиции
layers-year-back = Назад к { $year }
layers-year-back-hint = Показать год, который был до выбора позиции
layers-year-moved = Год сдвинут на { $year } ради { $what } —

legend-band-allied = союзные
legend-band-cool = прохладные
legend-band-friendly = дружественные
legend-band-hostile = враждебные
legend-band-neutral = нейтральные
legend-bloc = Блок { $number }: { $members }
legend-capitals-sized = Размер столиц: { $metric } ({ $graph })
legend-communities = Сообщества (знаковая модулярность, Лувен; { $graph })
legend-corridors = Коридоры
legend-counted = Учтены: { $statuses }
legend-date-not-recorded = { $status } (дата не записана)
legend-derived = { $kind } (производное, ширина = доля)
legend-derived-pairs =
    { $count ->
        [one] { $what }: { $count } пара
        [few] { $what }: { $count } пары
        [many] { $what }: { $count } пар
       *[other] { $what }: { $count } пары
    }
legend-derived-shared-memberships = доля организаций года, в которых обе стороны — полноправные члены
legend-derived-un-vote-agreement = доля зарегистрированных голосований ООН до этого года, в которых голоса совпали
legend-every-state-zero = У всех государств 0
legend-fold = Свернуть легенду до этой строки
legend-hidden = Скрыто: { $reason }
legend-largest = наибольшее: { $name } { $value }
legend-member = член
legend-move = Переместить
legend-move-hint = Переместить легенду в другой угол карты
legend-no-bloc = Нет блока из двух или более государств
legend-not-recorded = Нет данных: { $count }
legend-not-un-member = Не член ООН на тот момент: { $count }
legend-not-yet-proposed = ещё не предложен
legend-observer-partner-associate = наблюдатель, партнёр, ассоциированный член
legend-on-relations = по показанным отношениям
legend-on-shared-memberships = по общему членству
legend-on-un-vote-agreement = по совпадению голосов в ООН
legend-organizations = Организации
legend-relations = Отношения (ширина = сила)
legend-relations-hidden =
    { $count ->
        [one] { $count } более слабое отношение скрыто (первые { $k } у каждого государства)
        [few] { $count } более слабых отношения скрыты (первые { $k } у каждого государства)
        [many] { $count } более слабых отношений скрыто (первые { $k } у каждого государства)
       *[other] { $count } более слабых отношения скрыты (первые { $k } у каждого государства)
    }
legend-set-in-all = во всех из них
legend-set-in-any = хотя бы в одной из них
legend-set-in-first-only = в первой и ни в одной из остальных
legend-set-in-it = в ней
legend-shaded-count =
    { $count ->
        [one] Закрашено: { $count } страна { $what }
        [few] Закрашено: { $count } страны { $what }
        [many] Закрашено: { $count } стран { $what }
       *[other] Закрашено: { $count } страны { $what }
    }
legend-shaded-in = закрашено: в { $name }
legend-shaded-in-all = закрашено: во всех из них
legend-shaded-in-only = закрашено: только в { $name }
legend-shaded-in-several = закрашено: в двух или более из них
legend-shading-hidden =
    { $count ->
        [one] { $count } страна { $what }; заливка скрыта: { $reason }
        [few] { $count } страны { $what }; заливка скрыта: { $reason }
        [many] { $count } стран { $what }; заливка скрыта: { $reason }
       *[other] { $count } страны { $what }; заливка скрыта: { $reason }
    }
legend-show = Показать легенду
legend-smaller-blocs =
    { $count ->
        [one] { $count } меньший блок не окрашен
        [few] { $count } меньших блока не окрашены
        [many] { $count } меньших блоков не окрашено
       *[other] { $count } меньших блока не окрашены
    }
legend-suspended = членство приостановлено
legend-title = Легенда
legend-uncoloured =
    { $count ->
        [one] Без цвета: { $count } государство вне блоков
        [few] Без цвета: { $count } государства вне блоков
        [many] Без цвета: { $count } государств вне блоков
       *[other] Без цвета: { $count } государства вне блоков
    }
map-corridor-countries = Страны: { $countries }
map-corridor-modes-status = { $modes } · { $status } в { $year } г.
map-corridor-not-yet-proposed = ещё не предложен
map-corridor-undated = { $status } (дата не записана)
map-disputed = { $name } — спорная территория
map-disputed-claimed = Претенденты: { $claimants }
map-disputed-controlled = Под контролем: { $who }
map-disputed-controlled-from-to = Под контролем: { $who } ({ $from }–{ $to })
map-disputed-controlled-since = Под контролем: { $who } (с { $from })
map-disputed-controlled-until = Под контролем: { $who } (до { $to })
map-label = Карта
map-length-not-recorded = Длина не записана · нарисованный маршрут, около { $drawn } км
map-length-recorded = Длина: { $km } км · нарисованный маршрут, около { $drawn } км
map-length-recorded-source = Длина: { $km } км ({ $source }) · нарисованный маршрут, около { $drawn } км
map-relation-hover = Отношение ({ $dimension }) в { $year } г.: { $band } ({ $value })
map-scale-km = { $km } км
map-scale-m = { $m } м

matrix-basis-organizations =
    { $count ->
        [one] оба — полноправные члены { $shared } из { $count } организации
        [few] оба — полноправные члены { $shared } из { $count } организаций
        [many] оба — полноправные члены { $shared } из { $count } организаций
       *[other] оба — полноправные члены { $shared } из { $count } организаций
    }
matrix-basis-votes =
    { $count ->
        [one] голосовали одинаково в { $agreed } из { $count } зарегистрированного голосования ООН
        [few] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН
        [many] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН
       *[other] голосовали одинаково в { $agreed } из { $count } зарегистрированных голосований ООН
    }
matrix-blocs =
    { $count ->
        [one] { $count } блок (знаковые сообщества, обведены).
        [few] { $count } блока (знаковые сообщества, обведены).
        [many] { $count } блоков (знаковые сообщества, обведены).
       *[other] { $count } блока (знаковые сообщества, обведены).
    }
matrix-cell-directed = { $dimension }: { $value } ({ $from } по отношению к { $to })
matrix-cell-from = Откуда: { $basis }
matrix-cell-nothing = { $a } – { $b }: ничего не показано
matrix-cell-source = Источник: { $source }
matrix-cell-source-none = Источник: не записан
matrix-empty = Включите «Отношения» или производное отношение (общее членство, совпадение голосов в ООН), чтобы увидеть матрицу.
matrix-states =
    { $count ->
        [one] { $count } государство, по силе внутри своего блока.
        [few] { $count } государства, по силе внутри блока.
        [many] { $count } государств, по силе внутри блока.
       *[other] { $count } государства, по силе внутри блока.
    }
matrix-title-derived = { $kind } в { $year } г. (темнее — выше).
matrix-title-relations = Оценённые отношения в { $year } г. (сильнейшее у пары; красный — враждебные … синий — дружественные).

menu-data = Данные
menu-edit = Правка
menu-file = Файл
menu-help = Справка
menu-tours = Туры
menu-view = Вид

month-1 = январь
month-1-day = января
month-10 = октябрь
month-10-day = октября
month-11 = ноябрь
month-11-day = ноября
month-12 = декабрь
month-12-day = декабря
month-2 = февраль
month-2-day = февраля
month-3 = март
month-3-day = марта
month-4 = апрель
month-4-day = апреля
month-5 = май
month-5-day = мая
month-6 = июнь
month-6-day = июня
month-7 = июль
month-7-day = июля
month-8 = август
month-8-day = августа
month-9 = сентябрь
month-9-day = сентября

notice-dialog-open = Диалог выбора файла уже открыт.
notice-export-failed = Экспорт не удался: { $reason }
notice-export-not-started = Не удаётся начать экспорт: { $reason }
notice-export-stopped = Экспорт PNG неожиданно остановился
notice-exported-files =
    { $count ->
        [one] Экспортирован { $count } файл в { $place }
        [few] Экспортировано { $count } файла в { $place }
        [many] Экспортировано { $count } файлов в { $place }
       *[other] Экспортировано { $count } файла в { $place }
    }
notice-exporting = Экспорт PNG…
notice-no-dialog = Не удаётся открыть диалог выбора файла: { $error }
notice-open-other = { $file }: здесь Heartland открывает виды (*.view.json), туры (*.tour.json) и папки данных
notice-view-not-on-data = Вид нельзя открыть на этих данных: { $reasons }
notice-view-not-opened = Вид не открывается: { $reason }
notice-view-not-saved = Вид не сохранён: { $reason }
notice-view-saved = Вид сохранён в { $file }

plot-close = Закрыть графики
plot-country-organizations = { $state }: его организации
plot-dimension-both-ways = { $dimension } (в обе стороны)
plot-dimension-one-way = { $dimension } (в одну сторону)
plot-heading = Графики
plot-metric = Метрика
plot-organization = Организация
plot-organization-members = { $organization }: её члены
plot-over-time-empty = Выберите государство на карте или в рейтинге, чтобы построить его метрику во времени.
plot-over-time-title = { $state }: { $metric } во времени, по графу «{ $graph }» (разрыв: в тот год связей нет)
plot-ranking-empty = Ни у одного государства нет связей в этом графе и году: включите измерения или снизьте порог.
plot-ranking-title = Первые { $count }, по графу «{ $graph }» в { $year } г.
plot-relation-empty = Выберите отношение (нажмите на дугу), чтобы построить его оценку по измерениям.
plot-relation-title = { $a } – { $b }: оценка по измерениям во времени
plot-stance-empty = Включите «Позиции» и выберите вопрос, чтобы увидеть распределение.
plot-states = Государства
plot-timeline-empty = В данных нет членства.
plot-timeline-title = { $title } (тёмное: член; светлое: наблюдатель, партнёр, ассоциированный член; бледное: приостановлено)
plot-year = Год
plot-year-line = год

presentation-off = Показать панели
presentation-off-hover = Выйти из режима презентации: снова показать панели (F11)
presentation-on = Режим презентации
presentation-on-hover = Режим презентации: для проектора скрыть панели и всё увеличить (F11)

preset-caspian = Каспийский бассейн
preset-central-asia = Центральная Азия
preset-region = Весь регион
preset-south-caucasus = Южный Кавказ
preset-world = Мир

problem-as-of-not-date = "as_of" должно быть строкой с датой, например "2025-11-30", а не { $found }
problem-cannot-open = не удаётся открыть файл ({ $error })
problem-cannot-read = не удаётся прочитать файл ({ $error })
problem-capital-elsewhere = столица "{ $id }" находится в { $in }, а не в { $code }; столица не учтена
problem-char-del = DEL
problem-char-escape = Escape
problem-char-line-break = перевод строки
problem-char-nul = NUL
problem-char-tab = табуляция
problem-code-lower-case = код страны "{ $given }" нужно писать заглавными буквами ("{ $upper }")
problem-code-malformed = "{ $given }" — не код страны (нужны три заглавные латинские буквы, код ISO 3166-1 alpha-3, например "KAZ")
problem-code-type = ожидался код страны, например "KAZ", а не { $found }
problem-code-unknown = неизвестный код страны "{ $given }" (не код ISO 3166-1 alpha-3)
problem-colour = цвет "{ $value }" не в виде "#rrggbb" (например, "#b03a2e"); используется цвет по умолчанию
problem-country-not-listed = страны "{ $code }" нет в countries.json (сначала добавьте её туда)
problem-duplicate-field = поле { $field } указано дважды
problem-duplicate-id = повторяющийся id "{ $id }": он уже есть в { $records }[{ $index }]; эта запись пропущена
problem-duplicate-relation = повторное отношение { $a }–{ $b } ({ $dimension }): оно уже задано в relations[{ $index }]; поместите все периоды в один "series"
problem-expected-boolean = логическое значение (true или false)
problem-expected-count = целое число не меньше 0
problem-expected-integer = целое число
problem-expected-object-here = здесь ожидался объект { $braces }, а не { $found }
problem-fact-type = факт должен быть строкой, числом или true/false, а не { $found }
problem-file-empty = файл пуст; это должен быть объект JSON, например { $example }
problem-file-not-object = файл должен быть объектом JSON, например { $example }, а не { $found }
problem-file-over-limit = файл превышает предел в { $limit } МБ
problem-file-recovered = { $file } (восстановлен)
problem-file-too-large = размер файла { $size } МБ; предел — { $limit } МБ
problem-folder-cannot-open = не удаётся открыть папку данных ({ $error }); используются встроенные данные
problem-folder-no-data = в этой папке нет файлов данных (ожидался любой из: { $files }); используются встроенные данные
problem-folder-not-folder = это не папка; используются встроенные данные
problem-format-1-holds-2 = в файле указано "format": 1, но он содержит { $what }, а это формат 2; файл всё же прочитан: напишите в начале "format": 2
problem-format-2-corridor = коридор "{ $id }": { $what }
problem-format-2-position = позиция "{ $id }": значение "{ $position }" у { $country }
problem-format-2-source-language = источник "{ $id }": language
problem-format-2-undated-status = статус без даты (без "from")
problem-format-missing = нет ключа "format"; напишите в начале "format": { $version } (принят формат { $version })
problem-format-newer = файл создан более новой версией Heartland (формат { $format }; эта версия читает форматы до { $version }); файл пропущен: откройте его более новой версией Heartland
problem-format-not-number = "format" должен быть номером версии, например { $version }, а не { $value }; файл пропущен
problem-found-boolean = логическое значение { $value }
problem-found-list = список
problem-found-number = число { $value }
problem-found-object = объект
problem-found-string = строка { $value }
problem-geometry = не удалось загрузить геометрию карты: { $error }
problem-given-twice = указан более одного раза; используется только первая копия
problem-id-empty = { $kind } пуст
problem-id-invalid = "{ $given }" — недопустимый { $kind } (используйте строчные латинские буквы, цифры и одиночные дефисы, например "middle-corridor")
problem-id-kind-corridor = id коридора
problem-id-kind-organization = id организации
problem-id-kind-place = id места
problem-id-kind-source = id источника
problem-id-kind-stance = id позиции
problem-id-too-long = { $kind } "{ $given }" длиннее { $max } символов
problem-invalid-length = неверная длина { $length }, ожидалось { $expected }
problem-invalid-type = неверный тип: { $found }, ожидалось { $expected }
problem-invalid-value = неверное значение: { $found }, ожидалось { $expected }
problem-json-boolean = true или false
problem-json-list = список [ … ]
problem-json-null = null
problem-json-number = число
problem-json-number-out-of-range = число слишком велико (например, 1e999); оценки должны быть от -1 до 1
problem-json-object = объект { $braces }
problem-json-string = строка
problem-json-syntax = синтаксическая ошибка JSON: { $error }
problem-json-too-deep = слишком глубокая вложенность JSON (более 128 уровней)
problem-json-truncated = файл обрывается посреди JSON (он обрезан?): { $error }
problem-kind-device = устройство
problem-kind-folder = папка
problem-kind-pipe = именованный канал (FIFO)
problem-kind-socket = сокет
problem-latitude = широта { $value } вне земного шара (она должна быть от -90 до 90)
problem-length-range = длина { $km } км не годится для маршрута (она должна быть больше 0 и не больше { $max } км)
problem-length-source-alone = "length_source" без "length_km": укажите длину, источником которой он служит
problem-line = строка { $line }
problem-line-column = строка { $line }, столбец { $column }
problem-list = { $list }, { $item }
problem-longitude = долгота { $value } вне земного шара (она должна быть от -180 до 180)
problem-membership-overlaps = этот период ({ $period }) пересекается с memberships[{ $index }] ({ $other }) у { $country }; периоды одной страны в одной организации не должны пересекаться
problem-missing-field = нет поля { $field }
problem-not-data-file-name = это имя не файла данных (ожидалось одно из: { $files })
problem-not-regular-file = это { $kind }, а не обычный файл; файл данных должен быть обычным файлом
problem-not-utf8 = файл не является текстом в UTF-8 (байт 0x{ $byte }); сохраните его в UTF-8
problem-number-too-large = число { $number } слишком велико; оно прочитано как null
problem-numbers-too-large = слишком больших чисел больше { $count }; файл пропущен
problem-pair-length = пара [lon, lat] должна содержать ровно два числа, а не { $count }
problem-pair-not-numbers = пара [lon, lat] должна содержать два числа
problem-period-overlaps = этот период ({ $period }) пересекается с { $key }[{ $index }] ({ $other }); { $rule }
problem-position-not-allowed = значение { $value } недопустимо для позиции вида "{ $kind }" (ожидалось одно из: { $allowed })
problem-records-missing = нет ключа "{ $records }" (списка записей), как в { $example }
problem-records-not-list = "{ $records }" должен быть списком записей [ … ], а не { $found }
problem-recovery-file = { $file }: { $reason }
problem-recovery-folder-gone = папки с восстановленными правками больше нет; для невосстановленных файлов используются встроенные данные
problem-recovery-folder-not-path = "folder" в файле восстановления — не путь
problem-recovery-newer = файл восстановления создан более новой версией Heartland (формат { $format }; эта версия читает форматы до { $version })
problem-recovery-no-files = в файле восстановления нет "files"
problem-recovery-no-format = в файле восстановления нет допустимого "format"
problem-recovery-not-json = файл восстановления не читается как JSON ({ $error })
problem-recovery-not-object = файл восстановления — не объект JSON
problem-recovery-not-text = { $name } в файле восстановления — не текст
problem-recovery-unknown-file = файл восстановления называет неизвестный файл { $name }
problem-references-left-out =
    { $count ->
        [one] этот файл не удалось прочитать, поэтому { $count } ссылка на его записи в других файлах пропущена (не перечислена по отдельности)
        [few] этот файл не удалось прочитать, поэтому { $count } ссылки на его записи в других файлах пропущены (не перечислены по отдельности)
        [many] этот файл не удалось прочитать, поэтому { $count } ссылок на его записи в других файлах пропущено (не перечислены по отдельности)
       *[other] этот файл не удалось прочитать, поэтому { $count } ссылки на его записи в других файлах пропущено (не перечислены по отдельности)
    }
problem-relation-no-period = у отношения должен быть хотя бы один период в "series"
problem-relation-periods-overlap = периоды одного отношения не должны пересекаться
problem-relation-with-itself = отношение { $code } с самим собой; "a" и "b" должны быть разными государствами
problem-save-action-create-folder = создать папку
problem-save-action-flush = сбросить на диск
problem-save-action-flush-folder = сбросить на диск папку
problem-save-action-links = пройти по ссылкам
problem-save-action-lock = заблокировать папку
problem-save-action-look = осмотреть
problem-save-action-open-folder = открыть папку
problem-save-action-open-lock = открыть файл блокировки
problem-save-action-permissions = задать права доступа для
problem-save-action-read-link = прочитать ссылку
problem-save-action-rename = переименовать временный файл поверх
problem-save-action-temporary = создать временный файл в
problem-save-action-write = записать
problem-save-busy = { $dir } записывает другой Heartland (сохранение или импорт), и через { $seconds } с он ещё не закончил; ничего не сохранено. Попробуйте снова, когда он закончит
problem-save-conflict = { $files }: файл изменился на диске после загрузки (его правили в другом месте?); ничего не сохранено. Загрузите папку заново или сохраните в другую папку
problem-save-exists = { $file } уже существует; выберите пустую папку
problem-save-had-problems =
    { $count ->
        [one] в { $file } при загрузке была { $count } проблема; сохранение потеряло бы записи, которые не удалось прочитать. Исправьте файл и загрузите заново или сохраните в другую папку
        [few] в { $file } при загрузке были { $count } проблемы; сохранение потеряло бы записи, которые не удалось прочитать. Исправьте файл и загрузите заново или сохраните в другую папку
        [many] в { $file } при загрузке было { $count } проблем; сохранение потеряло бы записи, которые не удалось прочитать. Исправьте файл и загрузите заново или сохраните в другую папку
       *[other] в { $file } при загрузке было { $count } проблемы; сохранение потеряло бы записи, которые не удалось прочитать. Исправьте файл и загрузите заново или сохраните в другую папку
    }
problem-save-io = не удаётся { $action } { $path }: { $error }
problem-save-not-file = { $path } — это { $what }, а не обычный файл; ничего не записано. Укажите имя обычного файла
problem-save-not-folder = { $dir } — не папка; укажите путь к папке
problem-save-too-large = { $file } занял бы { $size } МБ, больше { $max } МБ, допустимых для файла данных, и не загрузился бы обратно; ничего не сохранено. Держите в этой папке меньше записей (разделите данные на несколько папок)
problem-score-not-finite = оценка должна быть конечным числом от -1 до 1, а не { $value }
problem-score-range = оценка { $value } вне диапазона от -1 до 1 (-1 вооружённый конфликт, 0 нейтрально, 1 союз)
problem-second-undated-status = у коридора может быть лишь один статус без даты, и status[{ $index }] уже такой; укажите для этого статуса дату "from" или удалите его
problem-segment-too-short = участку нужны хотя бы две допустимые точки в "via" (сейчас их { $count })
problem-source-bundled = встроенные данные
problem-source-language = "{ $tag }" — не код языка (укажите код BCP 47, например "en", "ru" или "kk-Cyrl"); язык не учтён
problem-status-periods-overlap = периоды статусов не должны пересекаться
problem-syntax-colon = ожидалось `:`
problem-syntax-eof-list = файл закончился внутри списка
problem-syntax-eof-object = файл закончился внутри объекта
problem-syntax-eof-string = файл закончился внутри строки
problem-syntax-eof-value = файл закончился там, где ожидалось значение
problem-syntax-escape = неверная escape-последовательность
problem-syntax-ident = ожидалось слово (true, false или null)
problem-syntax-key = ключ должен быть строкой
problem-syntax-list = ожидалось `,` или `]`
problem-syntax-number = неверное число
problem-syntax-object = ожидалось `,` или `{ $brace }`
problem-syntax-trailing-characters = лишние символы после конца JSON
problem-syntax-trailing-comma = лишняя запятая в конце
problem-syntax-value = ожидалось значение
problem-text-bidi = содержит невидимый управляющий символ направления текста U+{ $code }; удалите его
problem-text-control = содержит управляющий символ U+{ $code }; удалите его
problem-text-control-named = содержит управляющий символ U+{ $code } ({ $name }); удалите его
problem-text-control-single-line = содержит управляющий символ U+{ $code } ({ $name }); удалите его (переводы строк и табуляции допустимы только в evidence и note)
problem-to-needs-from = "to" требует "from": укажите дату, с которой действует статус, или уберите обе даты, если дата статуса не записана
problem-totals-exceeded = записанных голосов больше, чем в итогах ({ $which }); итоги не учтены
problem-totals-not-vote = "totals" допустимы только у позиции вида "un-vote", а не "{ $kind }"; итоги не учтены
problem-totals-position-over = записано "{ $position }": { $recorded }, а в итогах — { $total }
problem-unknown-capital = неизвестный id места "{ $id }" (его нет среди допустимых записей places.json); столица не учтена
problem-unknown-field-either = неизвестное поле { $field }, ожидалось { $first } или { $second }
problem-unknown-field-none = неизвестное поле { $field }, полей здесь нет
problem-unknown-field-one-of = неизвестное поле { $field }, ожидалось одно из: { $expected }
problem-unknown-field-single = неизвестное поле { $field }, ожидалось { $expected }
problem-unknown-length-source = неизвестный id источника "{ $id }" (его нет среди допустимых записей sources.json); длина не учтена
problem-unknown-organization = неизвестный id организации "{ $id }" (его нет среди допустимых записей organizations.json)
problem-unknown-place = неизвестный id места "{ $id }" (его нет среди допустимых записей places.json)
problem-unknown-source = неизвестный id источника "{ $id }" (его нет среди допустимых записей sources.json)
problem-unknown-top-key = неизвестный ключ "{ $key }" (ожидались "format" и "{ $records }")
problem-unknown-top-key-as-of = неизвестный ключ "{ $key }" (ожидались "format", "{ $records }" и, если нужно, "as_of")
problem-unknown-variant-either = неизвестное значение { $value }, ожидалось { $first } или { $second }
problem-unknown-variant-none = неизвестное значение { $value }, допустимых значений нет
problem-unknown-variant-one-of = неизвестное значение { $value }, ожидалось одно из: { $expected }
problem-unknown-variant-single = неизвестное значение { $value }, ожидалось { $expected }
problem-validate-as-of = по состоянию на { $date }
problem-validate-bundled = assets/data (встроенные)
problem-validate-colours-alike = organizations.json: у "{ $a }" ({ $a_colour }) и "{ $b }" ({ $b_colour }) трудноразличимые цвета (разница CIEDE2000 { $difference }, меньше { $limit }); задайте одной из них другой "color"
problem-validate-count =
    { $count ->
        [one] { $count } проблема в { $folder } (загружено: { $summary })
        [few] { $count } проблемы в { $folder } (загружено: { $summary })
        [many] { $count } проблем в { $folder } (загружено: { $summary })
       *[other] { $count } проблемы в { $folder } (загружено: { $summary })
    }
problem-validate-no-as-of = без даты as_of
problem-validate-ok = { $folder }: OK — { $summary }
problem-validate-summary = стран: { $countries }, мест: { $places }, организаций: { $organizations } (членств: { $memberships }), отношений: { $relations } (периодов: { $periods }), коридоров: { $corridors }, позиций: { $stances }, источников: { $sources }, { $as_of }
problem-validate-warning = предупреждение: { $text }
problem-waypoint-type = ожидался id места (строка) или пара [lon, lat], а не { $found }

problems-close = Закрыть
problems-explain = Записи с проблемами пропущены; всё остальное показано. Исправьте файлы и откройте папку снова.
problems-heading = Проблемы в данных ({ $count })

prompt-hint = /путь/к/{ $kind }
prompt-ok = ОК
prompt-path = Путь:
prompt-question = { $title }: диалог выбора файла здесь не открывается; введите путь.
prompt-title = Введите путь
prompt-will-be = Будет записано как { $path }

recovery-bundled-data = наборе встроенных данных
recovery-discard = Отбросить
recovery-explain = Прошлый сеанс завершился с несохранёнными правками в { $data }. Восстановление вернёт:
recovery-not-restored = Несохранённые правки прошлого сеанса не удалось восстановить: { $reason }
recovery-restore = Восстановить
recovery-title = Восстановить несохранённые правки?
recovery-unsaved = Восстановленные правки не сохранены, пока вы их не сохраните.

redo-nothing = Нечего повторять
redo-what = Повторить: { $edit } (Ctrl+Shift+Z)

refusal-bad-date = недопустимая дата «{ $given }»: { $reason }
refusal-control-character = поле «{ $what }» содержит управляющий символ (U+{ $code }); удалите его
refusal-duplicate-source = источник «{ $id }» уже есть
refusal-end-membership-overlap = тогда период пересечётся с членством { $other } { $country } в { $org }; периоды одной страны в одной организации не должны пересекаться
refusal-end-overlap = тогда период пересечётся с периодом { $other } отношения { $relation }; периоды одного отношения не должны пересекаться
refusal-field-author = автор
refusal-field-evidence = свидетельства
refusal-field-file = файл
refusal-field-note = заметка
refusal-field-outlet = издание
refusal-field-title = заголовок
refusal-field-url = веб-адрес
refusal-membership-overlap = этот период ({ $period }) пересекается с членством { $other } { $country } в { $org }; периоды одной страны в одной организации не должны пересекаться
refusal-no-membership = в { $org } нет членства { $country }, начинающегося { $from }
refusal-no-organization = организации «{ $org }» нет
refusal-no-period = у { $relation } нет периода, начинающегося { $from }
refusal-no-record = такой записи нет ({ $record })
refusal-no-relation = отношения { $relation } нет
refusal-no-such-membership = такого членства нет
refusal-no-such-period = такого периода нет
refusal-period-overlap = этот период ({ $period }) пересекается с периодом { $other } отношения { $relation }; периоды одного отношения не должны пересекаться
refusal-score-finite = оценка должна быть конечным числом от -1 до 1, а не { $score }
refusal-score-range = оценка { $score } вне диапазона от -1 до 1 (-1 — вооружённый конфликт, 0 — нейтрально, 1 — союз)
refusal-self-relation = отношение { $state } с самим собой; два государства должны быть разными
refusal-source-id-empty = id источника пуст
refusal-source-id-invalid = «{ $id }» — недопустимый id источника (пишите строчными латинскими буквами, цифрами и одиночными дефисами, как "middle-corridor")
refusal-source-id-too-long = id источника «{ $id }» длиннее { $max } символов
refusal-source-title = у источника должен быть заголовок
refusal-to-not-after-from = "to" ({ $to }) должно быть позже "from" ({ $from }) ("to" не включается: это первый день, который уже не покрыт)
refusal-unknown-country = страны «{ $code }» нет в данных (сначала добавьте её в countries.json)
refusal-unknown-source = неизвестный id источника «{ $id }» (сначала добавьте источник)

region-hover = Показать регион (клавиши 1–5)
region-name = Регион: { $region }
region-none = Регион

save-here = Сохранить здесь
save-hover = Несохранённые изменения: сохранить их в папку данных (Ctrl+S)
save-into-hint = /путь/к/новой папке данных
save-into-label = Сохранить в новую папку:
save-nothing = Несохранённых изменений нет
save-saved = Сохранить
save-unsaved = Сохранить •

scope-all = все государства в данных
scope-focus = регион и его соседи
scope-hint = Общие членства и совпадение голосований в ООН между государствами атласа (теми, чья группа не Other) или между всеми государствами в данных; при большом числе государств вычисляется в другом потоке
scope-label = Производные между

session-added =
    { $count ->
        [one] { $count } запись добавлена
        [few] { $count } записи добавлены
        [many] { $count } записей добавлено
       *[other] { $count } записи добавлено
    }
session-added-superseding =
    { $count ->
        [one] { $count } запись добавлена (из них заменяют открытый период: { $superseded })
        [few] { $count } записи добавлены (из них заменяют открытый период: { $superseded })
        [many] { $count } записей добавлено (из них заменяют открытый период: { $superseded })
       *[other] { $count } записи добавлено (из них заменяют открытый период: { $superseded })
    }
session-changed-on-disk = Файлы изменены на диске вне Heartland: { $files }. Перечитайте папку или сохраните показанные данные в другую папку.
session-done = Сделано: { $edit }.
session-import-cancelled = Импорт отменён; ничего не добавлено.
session-import-label = импорт { $files }
session-import-not-started = Не удалось начать импорт: { $reason }
session-import-running = Идёт импорт; дождитесь его окончания или отмените его.
session-import-superseding-label = импорт { $files } с заменой
session-imported = Импорт { $files }: { $added }, { $problems }.
session-importing = Импорт…
session-load-not-started = не удалось начать загрузку: { $reason }
session-load-stopped = загрузка неожиданно прервалась; показанные данные не изменились
session-not-done = Не сделано: { $edit }: { $reason }
session-not-saved = Не сохранено: { $reason }
session-problems-listed =
    { $count ->
        [one] { $count } проблема в списке
        [few] { $count } проблемы в списке
        [many] { $count } проблем в списке
       *[other] { $count } проблемы в списке
    }
session-recovery-not-kept = Несохранённые правки не удалось сохранить для восстановления после сбоя: { $reason }
session-recovery-not-removed = Файл восстановления { $file } не удалось удалить: { $reason }
session-redone = Повторено: { $edit }.
session-restore-label = восстановление несохранённых правок
session-restored = Несохранённые правки прошлого сеанса восстановлены; сохраните их, чтобы не потерять.
session-saved-files = Сохранено: { $files }.
session-saved-into = Сохранено в { $folder }.
session-saved-nothing = Сохранено (ни один файл не нужно было записывать).
session-undone = Отменено: { $edit }.

status-bundled-never-written = Встроенные данные не перезаписываются: введите новую папку для сохранения.
status-word-associate-member = ассоциированный член
status-word-dialogue-partner = партнёр по диалогу
status-word-observer-state = государство-наблюдатель

table-copied =
    { $count ->
        [one] Скопирована { $count } строка, с цитированием
        [few] Скопированы { $count } строки, с цитированием
        [many] Скопировано { $count } строк, с цитированием
       *[other] Скопировано { $count } строки, с цитированием
    }
table-copy-hover = Помещает строки в буфер обмена как текст, разделённый табуляцией, с названиями столбцов и строкой цитирования, — для вставки в электронную таблицу
table-copy-listed = Копировать показанные строки
table-copy-selected =
    { $count ->
        [one] Копировать { $count } выбранную строку
        [few] Копировать { $count } выбранные строки
        [many] Копировать { $count } выбранных строк
       *[other] Копировать { $count } выбранной строки
    }
table-empty = Ничего такого на карте не показано: включите соответствующий слой (или выберите позицию), чтобы увидеть его строки.
table-failed = Не удалось построить таблицу: { $reason }
table-filter = Фильтр:
table-filter-clear = Очистить
table-filter-hint = слова в любом столбце
table-kind-corridors = Коридоры
table-kind-hover = Строки файла { $file } в экспорте
table-kind-memberships = Членство
table-kind-metrics = Метрики
table-kind-relations = Отношения
table-kind-stance = Позиция
table-listed = { $listed } из { $total } строк · щелчок по названию столбца сортирует · щелчок по строке выделяет её на карте (Ctrl — добавить, Shift — диапазон)
table-nothing-matches = Нет строки, содержащей все слова фильтра.
table-sort-hover = Сортировать по этому столбцу; повторный щелчок — в обратном порядке

theme-dark = Тёмная тема
theme-light = Светлая тема

time-pause = Пауза
time-play = Пуск
time-play-hover = Запустить / остановить годы (пробел)
time-year = Год

toast-close = Закрыть уведомление

toolbar-cancel-import = Отменить импорт
toolbar-loading = Загрузка…
toolbar-problems =
    { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
        [many] { $count } проблем
       *[other] { $count } проблемы
    }
toolbar-problems-hover = Записи, не вошедшие в данные, и причины: показать или скрыть список
toolbar-problems-name =
    { $count ->
        [one] { $count } проблема в данных
        [few] { $count } проблемы в данных
        [many] { $count } проблем в данных
       *[other] { $count } проблемы в данных
    }

tourfile-author-empty = строка автора пуста
tourfile-caption-empty = подпись пуста
tourfile-caption-too-long =
    { $count ->
        [one] в подписи { $count } символ; на слайде помещается не больше { $max }
        [few] в подписи { $count } символа; на слайде помещается не больше { $max }
        [many] в подписи { $count } символов; на слайде помещается не больше { $max }
       *[other] в подписи { $count } символа; на слайде помещается не больше { $max }
    }
tourfile-format-hint = { $reason }; в файле тура пишется "format": { $format }
tourfile-format-understated = в файле указано "format": { $said }, но он содержит переводы ({ $place }), а это формат { $format }; файл всё же прочитан: напишите в начале "format": { $format }
tourfile-format-zero = "format" должен быть номером версии; в файле тура пишется "format": { $format }
tourfile-language-english = английский — собственный текст тура: пишите его в "title" и "caption", а не в "translations"
tourfile-language-unknown = «{ $code }» — язык, которого Heartland не знает; переводы возможны на { $codes }
tourfile-newer = тур создан более новой версией Heartland (формат { $format }; эта версия читает форматы до { $max }); откройте его в более новой версии Heartland
tourfile-no-steps = в туре должен быть хотя бы один шаг
tourfile-source-id-empty = id источника пуст
tourfile-source-id-invalid = «{ $id }» — недопустимый id источника (пишите строчными латинскими буквами, цифрами и одиночными дефисами, как "middle-corridor")
tourfile-source-id-too-long = id источника «{ $id }» длиннее { $max } символов
tourfile-title-empty = заголовок пуст
tourfile-title-too-long =
    { $count ->
        [one] в заголовке { $count } символ; на слайде помещается не больше { $max }
        [few] в заголовке { $count } символа; на слайде помещается не больше { $max }
        [many] в заголовке { $count } символов; на слайде помещается не больше { $max }
       *[other] в заголовке { $count } символа; на слайде помещается не больше { $max }
    }
tourfile-unknown-corridor = неизвестный коридор «{ $id }» (нет в corridors.json)
tourfile-unknown-country = неизвестная страна «{ $code }» (нет в countries.json)
tourfile-unknown-organization = неизвестная организация «{ $id }» (нет в organizations.json)
tourfile-unknown-source = неизвестный источник «{ $id }» (нет в sources.json)
tourfile-unknown-stance = неизвестная позиция «{ $id }» (нет в stances.json)
tourfile-warning = { $file }: { $reason }
tourfile-warning-at = { $file }: { $place }: { $reason }

tourplay-cannot-play = Тур не удаётся воспроизвести: { $reason }
tourplay-default-title = Мой тур
tourplay-no-bundled-tour = { $name }: встроенного тура с таким именем нет
tourplay-not-saved = Не сохранено: { $reason }

tours-bundled = Встроенные туры
tours-editor = Редактор туров
tours-open = Открыть файл тура…
tours-recent = Недавние файлы туров

undo-nothing = Нечего отменять
undo-what = Отменить: { $edit } (Ctrl+Z)

view-language = Язык
view-regions = Регионы

intro-heading = Впервые в Heartland?
intro-no-thanks = Нет, спасибо
intro-take-tour = Пройти вводный тур
intro-text = Короткий тур показывает, что может рассказать карта: союзы, голосования, маршруты и их изменения по годам.
tour-editor-add-step = Добавить этот вид как шаг
tour-editor-add-step-hint = Карта в нынешнем виде: год, слои и выделение
tour-editor-author = Автор
tour-editor-being-edited = редактируемый тур
tour-editor-delete = Удалить
tour-editor-down = Ниже
tour-editor-new-caption = { $place } в { $year }.
tour-editor-save = Сохранить тур…
tour-editor-step = Шаг { $n }
tour-editor-step-caption = Подпись шага { $n }
tour-editor-step-title = Заголовок шага { $n }
tour-editor-the-map = Карта
tour-editor-title = Название тура
tour-editor-up = Выше
tour-first = В начало
tour-first-hint = Первый шаг (Home)
tour-in-english = (на английском)
tour-last = В конец
tour-last-hint = Последний шаг (End)
tour-leave = Выйти из тура
tour-leave-hint = Вернуться к своему виду (Esc)
tour-next = Далее
tour-next-hint = Следующий шаг (стрелка вправо, Page Down или пробел)
tour-previous = Назад
tour-previous-hint = Предыдущий шаг (стрелка влево или Page Up)

# Added after merging (shortcut table, top k per state); a native speaker should review.
action-clear-selection = Снять выделение
help-clear-selection = Снять выделение (обводку на карте, инспектор)
layers-top-k = Только самые сильные у каждого государства
layers-top-k-prefix = первые

viewfile-compare-both = и год, и позиция; сравнивайте с одним из них (уберите другой ключ)
viewfile-compare-neither = нет ключа "year" или "stance"; укажите год или позицию для сравнения
viewfile-compare-year = год { $year } вне диапазона ({ $first }–{ $last })
viewfile-empty = файл пуст; файл { $what ->
        [tour] тура
       *[view] вида
    } — это объект JSON { $object }
viewfile-format-hint = { $reason }; в файле вида пишется "format": { $format }
viewfile-format-unsupported = формат вида { $format } не поддерживается (форматы от 1 до { $max })
viewfile-found-bool = true или false
viewfile-found-list = список { $list }
viewfile-found-number = число
viewfile-found-object = объект { $object }
viewfile-found-string = строка
viewfile-found-the-number = число { $number }
viewfile-found-the-text = текст { $text }
viewfile-key-text = ключ «{ $key }»: { $problem }
viewfile-latitude = широта { $value } вне земного шара (должна быть от -90 до 90)
viewfile-line-column = строка { $line }, столбец { $column }
viewfile-list-length =
    { $count ->
        [one] в этом списке { $count } элемент; ожидается { $expected }
        [few] в этом списке { $count } элемента; ожидается { $expected }
        [many] в этом списке { $count } элементов; ожидается { $expected }
       *[other] в этом списке { $count } элемента; ожидается { $expected }
    }
viewfile-longitude = долгота { $value } вне земного шара (должна быть от -180 до 180)
viewfile-min-strength = { $value } вне допустимых пределов (должно быть от 0 до 1)
viewfile-missing-key = нет ключа { $key }; добавьте его
viewfile-newer = создан более новой версией Heartland (формат { $format }; эта версия читает форматы до { $max })
viewfile-no-form = значение не имеет ни одной из допустимых форм
viewfile-not-object = файл { $what ->
        [tour] тура
       *[view] вида
    } должен быть объектом JSON { $object }, а не { $found }
viewfile-not-utf8 = файл — не текст UTF-8 (байт 0x{ $byte }); сохраните его в UTF-8
viewfile-number-too-large = число слишком велико (вроде 1e999)
viewfile-syntax = ошибка синтаксиса JSON: { $detail }; проверьте текст прямо перед этим местом
viewfile-text = текст: { $problem }
viewfile-too-deep = JSON вложен слишком глубоко (больше 128 уровней)
viewfile-top-k-zero = 0 скрыл бы все отношения (нужно 1 или больше; чтобы рисовать все отношения, уберите этот ключ)
viewfile-trailing = после конца { $what ->
        [tour] тура
       *[view] вида
    } есть ещё текст; в файле — один объект JSON { $object }
viewfile-truncated = файл обрывается посреди JSON (не обрезан ли он?): { $detail }; допишите { $what ->
        [tour] тур
       *[view] вид
    } или сохраните его снова
viewfile-type-bool = true или false
viewfile-type-integer = целое число
viewfile-type-items =
    { $count ->
        [one] список из { $count } элемента
       *[other] список из { $count } элементов
    }
viewfile-type-list = список { $list }
viewfile-type-natural = целое число, 0 или больше
viewfile-type-number = число
viewfile-type-object = объект { $object }
viewfile-type-text = текст в кавычках
viewfile-unknown-key = неизвестный ключ { $key }; проверьте написание
viewfile-unknown-key-expected = неизвестный ключ { $key } (ожидается { $expected }); проверьте написание
viewfile-unknown-key-none-allowed = неизвестный ключ { $key } (здесь ключи не допускаются); проверьте написание
viewfile-unknown-key-one-of = неизвестный ключ { $key } (ожидается один из: { $expected }); проверьте написание
viewfile-unknown-value = неизвестное значение { $value }
viewfile-unknown-value-expected = неизвестное значение { $value } (ожидается { $expected })
viewfile-unknown-value-one-of = неизвестное значение { $value } (ожидается одно из: { $expected })
viewfile-value-not-allowed = { $found } здесь не допускается; ожидается { $expected }
viewfile-wrong-type = ожидается { $expected }, а не { $found }
viewfile-year = год { $value } вне допустимых пределов ({ $min }–{ $max })
viewfile-zoom = масштаб { $value } вне допустимых пределов (должен быть от { $min } до { $max })
