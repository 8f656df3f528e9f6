# Интерфейс Heartland по-русски. Названия государств и организаций здесь не
# переводятся: их дают файлы данных.

action-export-png = Экспорт PNG (размер окна)…
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

cancel = Отмена

close-discard = Не сохранять
close-question = В данных есть несохранённые изменения. Сохранить их перед закрытием?
close-save = Сохранить
close-title = Несохранённые изменения

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

file-export-csv = Экспорт показанных данных в CSV…
file-export-json = Экспорт показанных данных в JSON…
file-export-png-size = Экспорт PNG { $width }×{ $height }…
file-import = Импорт…
file-import-hover = Добавить записи из файлов CSV (отношения, членство, COW, голосования ООН) или GeoJSON
file-open-data-folder = Открыть папку данных…
file-open-view = Открыть вид…
file-recent-views = Недавние виды

find-label = Название страны:
find-none = В данных нет страны с таким названием.
find-title = Найти страну

folder-hint = /путь/к/папке данных
folder-label = Папка данных:
folder-open = Открыть

help-drop = Открыть вид, тур или папку данных
help-export-png = Экспорт карты в PNG (размер окна)
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

kind-csv-folder = папка для файлов CSV
kind-data-folder = папка данных
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = новая папка данных
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json или .tour.json

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

menu-data = Данные
menu-edit = Правка
menu-file = Файл
menu-help = Справка
menu-tours = Туры
menu-view = Вид

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

presentation-off = Показать панели
presentation-off-hover = Выйти из режима презентации: снова показать панели (F11)
presentation-on = Режим презентации
presentation-on-hover = Режим презентации: для проектора скрыть панели и всё увеличить (F11)

preset-caspian = Каспийский бассейн
preset-central-asia = Центральная Азия
preset-region = Весь регион
preset-south-caucasus = Южный Кавказ
preset-world = Мир

problems-close = Закрыть
problems-explain = Записи с проблемами пропущены; всё остальное показано. Исправьте файлы и откройте папку снова.
problems-heading = Проблемы в данных ({ $count })

prompt-hint = /путь/к/{ $kind }
prompt-ok = ОК
prompt-path = Путь:
prompt-question = { $title }: диалог выбора файла здесь не открывается; введите путь.
prompt-title = Введите путь
prompt-will-be = Будет записано как { $path }

recovery-discard = Отбросить
recovery-explain = Прошлый сеанс завершился с несохранёнными правками в { $data }. Восстановление вернёт:
recovery-restore = Восстановить
recovery-title = Восстановить несохранённые правки?
recovery-unsaved = Восстановленные правки не сохранены, пока вы их не сохраните.

redo-nothing = Нечего повторять
redo-what = Повторить: { $edit } (Ctrl+Shift+Z)

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

status-bundled-never-written = Встроенные данные не перезаписываются: введите новую папку для сохранения.

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
tour-editor-delete = Удалить
tour-editor-down = Ниже
tour-editor-save = Сохранить тур…
tour-editor-step = Шаг { $n }
tour-editor-step-caption = Подпись шага { $n }
tour-editor-step-title = Заголовок шага { $n }
tour-editor-title = Название тура
tour-editor-up = Выше
tour-first = В начало
tour-first-hint = Первый шаг (Home)
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
