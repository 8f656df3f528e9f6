# Heartland interfeysi oʻzbek tilida (lotin yozuvi). Davlat va tashkilot
# nomlari bu yerda tarjima qilinmaydi: ularni maʼlumot fayllari beradi.

action-export-png = PNG eksport (oyna oʻlchamida)…
action-find = Mamlakatni topish…
action-help = Tugmalar birikmalari
action-larger = Hammasini kattalashtirish
action-normal-size = Hammasi odatiy oʻlchamda
action-open = Koʻrinish yoki turni ochish…
action-play-years = Yillarni ijro etish / toʻxtatish
action-presentation = Taqdimot rejimi
action-quit = Chiqish
action-redo = Qaytarish
action-save-data = Maʼlumotlardagi oʻzgarishlarni saqlash
action-save-view = Koʻrinishni saqlash…
action-smaller = Hammasini kichraytirish
action-tour-first = Birinchi qadam
action-tour-last = Oxirgi qadam
action-tour-leave = Turdan chiqish
action-tour-next = Keyingi qadam
action-tour-previous = Oldingi qadam
action-undo = Bekor qilish
action-zoom-in = Xaritani yaqinlashtirish
action-zoom-out = Xaritani uzoqlashtirish

analysis-communities = Hamjamiyat boʻyicha rang berish
analysis-communities-hint = Ishorali modullik boʻyicha bloklar (Luven qadamlari): doʻstona aloqalar davlatlarni yaqinlashtiradi, dushmanona aloqalar uzoqlashtiradi; bir xil maʼlumotlar doim bir xil bloklarni beradi
analysis-derived = Hosila munosabatlar (maʼlumotlarning oʻzidan)
analysis-derived-memberships-hint = Juftlik uchun: ikkalasi ham toʻliq aʼzo boʻlgan yil tashkilotlari ulushi
analysis-derived-votes-hint = Juftlik uchun: shu yilgacha qayd etilgan BMT ovoz berishlarida ikkalasi bir xil ovoz bergan ulush (ha, yoʻq, betaraf; qatnashmaganlar hisobga olinmaydi)
analysis-heading = Tahlil
analysis-metrics-on = Koʻrsatkichlar asosi
analysis-metrics-on-hint = Koʻrsatilgan munosabatlar: oʻlchov va kuch filtrlaridan keyingi yil munosabatlari; bir juftning bir nechta oʻlchovi oʻrtacha qiymat bilan hisoblanadi
analysis-open-plots = Grafiklarni ochish
analysis-open-plots-hint = Reytinglar, vaqt boʻyicha koʻrsatkichlar, xronologiyalar, pozitsiyalar taqsimoti
analysis-size-by = Davlat oʻlchami

anim-bad-name = { $file }: animatsiya .gif yoki .mp4 sifatida yoziladi
anim-busy = Animatsiya yozilmoqda; tugashini kuting yoki uni bekor qiling.
anim-cancelled = Animatsiya bekor qilindi; hech narsa yozilmadi.
anim-export = Eksport…
anim-failed = Animatsiya yozilmadi: { $reason }
anim-fps = Soniyasiga kadr
anim-from = Birinchi yil
anim-kind = animation.gif yoki .mp4
anim-menu = Animatsiyani eksport…
anim-not-started = Animatsiyani boshlab boʻlmaydi: { $reason }
anim-progress = Kadr { $done } / { $total }
anim-size = Oʻlcham
anim-stopped = Animatsiya kutilmaganda toʻxtadi; hech narsa yozilmadi.
anim-summary = { $count } ta kadr, har yilga bittadan, { $seconds } s; .gif sifatida, ffmpeg oʻrnatilgan boʻlsa .mp4 sifatida yoziladi
anim-title = Animatsiyani eksport qilish
anim-to = Oxirgi yil
anim-written = { $count } ta kadrli animatsiya { $file } ga yozildi

cancel = Bekor qilish

close-discard = Saqlamaslik
close-question = Maʼlumotlarda saqlanmagan oʻzgarishlar bor. Yopishdan oldin saqlansinmi?
close-save = Saqlash
close-title = Saqlanmagan oʻzgarishlar

conflict-reload = Qayta oʻqish
conflict-reload-hover = Jildni qayta oʻqish (saqlanmagan oʻzgarishlar yoʻqoladi)
conflict-save-as = Boshqacha saqlash…
conflict-save-as-hover = Koʻrsatilgan maʼlumotlarni boshqa jildga saqlash

data-in-use = Foydalanilmoqda: { $source }
data-open-folder = Maʼlumotlar jildini ochish…
data-problems = Maʼlumotlardagi muammolar ({ $count })
data-reload = Diskdan qayta oʻqish
data-save-into = Yangi jildga saqlash…
data-type-folder = Maʼlumotlar jildi yoʻlini kiritish…
data-use-bundled = Ichki maʼlumotlar

file-export-csv = Koʻrsatilgan maʼlumotlarni CSV ga eksport…
file-export-json = Koʻrsatilgan maʼlumotlarni JSON ga eksport…
file-export-png-size = PNG eksport { $width }×{ $height }…
file-import = Import…
file-import-hover = CSV (munosabatlar, aʼzolik, COW, BMT ovozlari) yoki GeoJSON fayllaridan yozuvlar qoʻshish
file-open-data-folder = Maʼlumotlar jildini ochish…
file-open-view = Koʻrinishni ochish…
file-recent-views = Soʻnggi koʻrinishlar

find-label = Mamlakat nomi:
find-none = Maʼlumotlarda bunday nomli mamlakat yoʻq.
find-title = Mamlakatni topish

folder-hint = /yoʻl/maʼlumotlar jildi
folder-label = Maʼlumotlar jildi:
folder-open = Ochish

help-drop = Koʻrinish, tur yoki maʼlumotlar jildini ochish
help-export-png = Xaritani PNG ga eksport (oyna oʻlchamida)
help-find = Mamlakatni topish
help-help = Tugmalar birikmalarining shu roʻyxati
help-keys-drop = Faylni tashlash
help-keys-slider = Chap / oʻng strelka
help-larger = Hammasini kattalashtirish
help-menus = Har bir birikma menyuda ham bor, tugmalari yonida yozilgan.
help-normal-size = Hammasi odatiy oʻlchamda
help-open = Koʻrinish yoki turni ochish
help-play-years = Yillarni ijro etish / toʻxtatish
help-presentation = Taqdimot rejimi: panellarni yashirish, hammasini kattalashtirish
help-quit = Chiqish (oʻzgarishlar saqlanmagan boʻlsa, avval soʻraydi)
help-redo = Bekor qilingan tahrirni qaytarish
help-save-data = Maʼlumotlardagi oʻzgarishlarni saqlash (ichki maʼlumotlar uchun — yangi jildga)
help-save-view = Koʻrinishni saqlash
help-slider = Surgich fokusda boʻlganda yilni almashtirish
help-smaller = Hammasini kichraytirish
help-title = Tugmalar birikmalari
help-tour-first = Tur: birinchi qadam
help-tour-last = Tur: oxirgi qadam
help-tour-leave = Tur: chiqib, oʻz koʻrinishingizga qaytish
help-tour-next = Tur: keyingi qadam
help-tour-previous = Tur: oldingi qadam
help-undo = Oxirgi tahrirni bekor qilish
help-zoom-in = Xaritani yaqinlashtirish
help-zoom-out = Xaritani uzoqlashtirish

import-button = Import qilish
import-hint = /yoʻl/a.csv; /yoʻl/b.geojson (CSV yoki GeoJSON fayllari, ; bilan ajratilgan)
import-keep-conflicts = Ziddiyatlarni qoldirish
import-keep-conflicts-hint = Maʼlumotlarni oʻz holicha qoldirish; ziddiyatlar roʻyxatda qoladi
import-label = Fayllarni import qilish:
import-supersede = Almashtirish
import-supersede-hint = Qayta import qilish: har bir ochiq davr yangisi boshlanishidan bir kun oldin yopiladi (bitta bekor qilish qadami)
import-supersede-report = { $files } importi: { $count } ta davr boshqa maqom yoki baholi ochiq davr ichida boshlanadi (muammolar roʻyxatida) va import qilinmadi.

kind-csv-folder = CSV fayllari uchun jild
kind-data-folder = maʼlumotlar jildi
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = yangi maʼlumotlar jildi
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json yoki .tour.json

layers-all-corridors = Barcha yoʻlaklar
layers-all-countries = barcha mamlakatlar
layers-all-organizations = Barcha tashkilotlar
layers-and = va
layers-corridors = Yoʻlaklar
layers-count-as-in = Aʼzo deb hisoblash:
layers-count-observers = kuzatuvchilar va hamkorlar
layers-count-observers-hint = Kuzatuvchilar, hamkorlar va assotsiativ aʼzolarni ham hisoblash
layers-count-suspended = aʼzoligi toʻxtatilganlar
layers-count-suspended-hint = Aʼzoligi toʻxtatilgan aʼzolarni ham hisoblash
layers-counted = Hisoblangan: { $statuses }
layers-countries = Mamlakatlar
layers-fill-by = Mamlakatlarni boʻyash asosi
layers-fill-by-hint = Mamlakatlarni bir vaqtda bitta qatlam boʻyaydi; qolganlari belgi va kontur boʻlib koʻrinadi yoki izoh ularning yashirilganini aytadi
layers-focus = Diqqat markazi
layers-found-of = { $all } tadan { $found } ta
layers-heading = Qatlamlar
layers-in-all = { $orgs } tarkibida ({ $year }): { $count }
layers-in-any = { $orgs } tarkibida ({ $year }): { $count }
layers-in-first-not-rest = { $first } tarkibida, { $rest } tarkibida emas ({ $year }): { $count }
layers-labels = Yozuvlar
layers-memberships = Aʼzolik
layers-min-score = eng kam |baho|
layers-no-corridor-ticked = Hech biri belgilanmagan: barcha yoʻlaklar koʻrsatiladi.
layers-no-corridors = Yoʻlaklarsiz
layers-no-organizations = Tashkilotlarsiz
layers-or = yoki
layers-organizations = Tashkilotlar
layers-relations = Munosabatlar
layers-search = Qidirish
layers-search-clear = Tozalash
layers-search-clear-hint = Qidiruvni tozalash
layers-search-organizations = tashkilotlar
layers-search-stances = pozitsiyalar
layers-set-difference = Ayirma
layers-set-intersection = Kesishma
layers-set-union = Birlashma
layers-stance-none = Yoʻq
layers-stances = Pozitsiyalar
layers-year-back = { $year } yilga qaytish
layers-year-back-hint = Pozitsiyani tanlashdan oldingi yilni koʻrsatish
layers-year-moved = { $what } uchun yil { $year } ga oʻtkazildi —

menu-data = Maʼlumotlar
menu-edit = Tahrir
menu-file = Fayl
menu-help = Yordam
menu-tours = Turlar
menu-view = Koʻrinish

notice-dialog-open = Fayl tanlash oynasi allaqachon ochiq.
notice-export-failed = Eksport muvaffaqiyatsiz: { $reason }
notice-export-not-started = Eksportni boshlab boʻlmaydi: { $reason }
notice-export-stopped = PNG eksporti kutilmaganda toʻxtadi
notice-exported-files = { $count } ta fayl { $place } ga eksport qilindi
notice-exporting = PNG eksport qilinmoqda…
notice-no-dialog = Fayl tanlash oynasini ochib boʻlmaydi: { $error }
notice-open-other = { $file }: Heartland bu yerda koʻrinishlar (*.view.json), turlar (*.tour.json) va maʼlumotlar jildlarini ochadi
notice-view-not-on-data = Koʻrinishni bu maʼlumotlarda ochib boʻlmaydi: { $reasons }
notice-view-not-opened = Koʻrinish ochilmaydi: { $reason }
notice-view-not-saved = Koʻrinish saqlanmadi: { $reason }
notice-view-saved = Koʻrinish saqlandi: { $file }

presentation-off = Panellarni koʻrsatish
presentation-off-hover = Taqdimot rejimidan chiqish: panellarni yana koʻrsatish (F11)
presentation-on = Taqdimot rejimi
presentation-on-hover = Taqdimot rejimi: proyektor uchun panellarni yashirib, hammasini kattalashtirish (F11)

preset-caspian = Kaspiy havzasi
preset-central-asia = Markaziy Osiyo
preset-region = Butun mintaqa
preset-south-caucasus = Janubiy Kavkaz
preset-world = Dunyo

problems-close = Yopish
problems-explain = Muammoli yozuvlar chiqarib tashlandi; qolgan hammasi koʻrsatilgan. Fayllarni tuzatib, jildni qayta oching.
problems-heading = Maʼlumotlardagi muammolar ({ $count })

prompt-hint = /yoʻl/{ $kind }
prompt-ok = OK
prompt-path = Yoʻl:
prompt-question = { $title }: bu yerda fayl tanlash oynasi ochilmaydi; yoʻlni kiriting.
prompt-title = Yoʻlni kiriting
prompt-will-be = Shunday yoziladi: { $path }

recovery-discard = Tashlab yuborish
recovery-explain = Oldingi seans { $data } dagi saqlanmagan tahrirlar bilan tugadi. Tiklash quyidagilarni qaytaradi:
recovery-restore = Tiklash
recovery-title = Saqlanmagan tahrirlar tiklansinmi?
recovery-unsaved = Tiklangan tahrirlar siz saqlamaguningizcha saqlanmagan boʻlib qoladi.

redo-nothing = Qaytariladigan narsa yoʻq
redo-what = Qaytarish: { $edit } (Ctrl+Shift+Z)

region-hover = Mintaqani koʻrsatish (1–5 tugmalari)
region-name = Mintaqa: { $region }
region-none = Mintaqa

save-here = Shu yerga saqlash
save-hover = Saqlanmagan oʻzgarishlar: ularni maʼlumotlar jildiga saqlash (Ctrl+S)
save-into-hint = /yoʻl/yangi maʼlumotlar jildi
save-into-label = Yangi jildga saqlash:
save-nothing = Saqlanmagan oʻzgarish yoʻq
save-saved = Saqlash
save-unsaved = Saqlash •

status-bundled-never-written = Ichki maʼlumotlar hech qachon qayta yozilmaydi: saqlash uchun yangi jild kiriting.

theme-dark = Qorongʻi mavzu
theme-light = Yorugʻ mavzu

time-pause = Pauza
time-play = Ijro
time-play-hover = Yillarni ijro etish / toʻxtatish (Boʻshliq)
time-year = Yil

toast-close = Xabarnomani yopish

toolbar-cancel-import = Importni bekor qilish
toolbar-loading = Yuklanmoqda…
toolbar-problems = { $count } ta muammo
toolbar-problems-hover = Maʼlumotlarga kirmagan yozuvlar va sababi: roʻyxatni koʻrsatish yoki yashirish
toolbar-problems-name = Maʼlumotlarda { $count } ta muammo

tours-bundled = Ichki turlar
tours-editor = Tur muharriri
tours-open = Tur faylini ochish…
tours-recent = Soʻnggi tur fayllari

undo-nothing = Bekor qilinadigan narsa yoʻq
undo-what = Bekor qilish: { $edit } (Ctrl+Z)

view-language = Til
view-regions = Mintaqalar

intro-heading = Heartland bilan yangi tanishyapsizmi?
intro-no-thanks = Yoʻq, rahmat
intro-take-tour = Kirish turini koʻrish
intro-text = Qisqa tur xarita nimani aytib bera olishini koʻrsatadi: ittifoqlar, ovoz berishlar, yoʻnalishlar va ularning yillar davomida oʻzgarishi.
tour-editor-add-step = Bu koʻrinishni qadam sifatida qoʻshish
tour-editor-add-step-hint = Xaritaning hozirgi holati: yil, qatlamlar va tanlov
tour-editor-author = Muallif
tour-editor-delete = Oʻchirish
tour-editor-down = Pastga
tour-editor-save = Turni saqlash…
tour-editor-step = { $n }-qadam
tour-editor-step-caption = { $n }-qadam izohi
tour-editor-step-title = { $n }-qadam sarlavhasi
tour-editor-title = Tur nomi
tour-editor-up = Yuqoriga
tour-first = Boshi
tour-first-hint = Birinchi qadam (Home)
tour-last = Oxiri
tour-last-hint = Oxirgi qadam (End)
tour-leave = Turdan chiqish
tour-leave-hint = Oʻz koʻrinishingizga qaytish (Esc)
tour-next = Keyingi
tour-next-hint = Keyingi qadam (oʻng strelka, Page Down yoki Boʻshliq)
tour-previous = Oldingi
tour-previous-hint = Oldingi qadam (chap strelka yoki Page Up)

# Added after merging (shortcut table, top k per state); a native speaker should review.
action-clear-selection = Tanlovni bekor qilish
help-clear-selection = Tanlovni bekor qilish (xaritadagi hoshiya, inspektor)
layers-top-k = Har bir davlatning faqat eng kuchlilari
layers-top-k-prefix = eng kuchli
