# Heartland interfeysi Azərbaycan dilində (latın qrafikası). Dövlət və
# təşkilat adları burada tərcümə edilmir: onları məlumat faylları verir.

action-export-png = PNG ixrac et (pəncərə ölçüsündə)…
action-find = Ölkə tap…
action-help = Klaviatura qısayolları
action-larger = Hər şeyi böyüt
action-normal-size = Hər şey adi ölçüdə
action-open = Görünüş və ya tur aç…
action-play-years = İlləri oynat / dayandır
action-presentation = Təqdimat rejimi
action-quit = Çıx
action-redo = Təkrarla
action-save-data = Məlumatlardakı dəyişiklikləri saxla
action-save-view = Görünüşü saxla…
action-smaller = Hər şeyi kiçilt
action-tour-first = İlk addım
action-tour-last = Son addım
action-tour-leave = Turdan çıx
action-tour-next = Növbəti addım
action-tour-previous = Əvvəlki addım
action-undo = Geri al
action-zoom-in = Xəritəni yaxınlaşdır
action-zoom-out = Xəritəni uzaqlaşdır

analysis-communities = İcmaya görə rənglə
analysis-communities-hint = İşarəli modulyarlığa görə bloklar (Luven addımları): dostluq əlaqələri dövlətləri yaxınlaşdırır, düşmənçilik əlaqələri uzaqlaşdırır; eyni məlumatlar həmişə eyni blokları verir
analysis-derived = Törəmə münasibətlər (məlumatların özündən)
analysis-derived-memberships-hint = Cüt üçün: hər ikisinin tamhüquqlu üzv olduğu həmin ilin təşkilatlarının payı
analysis-derived-votes-hint = Cüt üçün: həmin ilədək qeydə alınmış BMT səsverməsində hər ikisinin eyni səs verdiyi pay (lehinə, əleyhinə, bitərəf; iştirak etməyənlər nəzərə alınmır)
analysis-heading = Təhlil
analysis-metrics-on = Göstəricilərin əsası
analysis-metrics-on-hint = Göstərilən münasibətlər: ölçü və güc filtrlərindən sonra ilin münasibətləri; bir cütün bir neçə ölçüsü orta qiymətlə hesablanır
analysis-open-plots = Qrafikləri aç
analysis-open-plots-hint = Reytinqlər, zamanla göstəricilər, xronologiyalar, mövqelərin bölgüsü
analysis-size-by = Dövlətin ölçüsü

anim-bad-name = { $file }: animasiya .gif və ya .mp4 kimi yazılır
anim-busy = Animasiya yazılır; bitməsini gözləyin və ya onu ləğv edin.
anim-cancelled = Animasiya ləğv edildi; heç nə yazılmadı.
anim-export = İxrac et…
anim-failed = Animasiya yazılmadı: { $reason }
anim-fps = Saniyədə kadr
anim-from = İlk il
anim-kind = animation.gif və ya .mp4
anim-menu = Animasiyanı ixrac et…
anim-not-started = Animasiya başlaya bilmir: { $reason }
anim-progress = Kadr { $done } / { $total }
anim-size = Ölçü
anim-stopped = Animasiya gözlənilmədən dayandı; heç nə yazılmadı.
anim-summary = { $count } kadr, hər il üçün bir kadr, { $seconds } san; .gif kimi, ffmpeg quraşdırılıbsa .mp4 kimi yazılır
anim-title = Animasiyanı ixrac et
anim-to = Son il
anim-written = { $count } kadrlıq animasiya { $file } yerinə yazıldı

cancel = Ləğv et

close-discard = Saxlama
close-question = Məlumatlarda saxlanmamış dəyişikliklər var. Bağlamazdan əvvəl saxlanılsın?
close-save = Saxla
close-title = Saxlanmamış dəyişikliklər

conflict-reload = Yenidən oxu
conflict-reload-hover = Qovluğu yenidən oxu (saxlanmamış dəyişikliklər itəcək)
conflict-save-as = Fərqli saxla…
conflict-save-as-hover = Göstərilən məlumatları başqa qovluğa saxla

data-in-use = İstifadədə: { $source }
data-open-folder = Məlumat qovluğunu aç…
data-problems = Məlumatlardakı problemlər ({ $count })
data-reload = Diskdən yenidən oxu
data-save-into = Yeni qovluğa saxla…
data-type-folder = Məlumat qovluğunun yolunu yaz…
data-use-bundled = Daxili məlumatlar

file-export-csv = Göstərilən məlumatları CSV kimi ixrac et…
file-export-json = Göstərilən məlumatları JSON kimi ixrac et…
file-export-png-size = PNG ixrac et { $width }×{ $height }…
file-import = İdxal et…
file-import-hover = CSV (münasibətlər, üzvlüklər, COW, BMT səsvermələri) və ya GeoJSON fayllarından qeydlər əlavə et
file-open-data-folder = Məlumat qovluğunu aç…
file-open-view = Görünüş aç…
file-recent-views = Son görünüşlər

find-label = Ölkənin adı:
find-none = Məlumatlarda bu adda ölkə yoxdur.
find-title = Ölkə tap

folder-hint = /yol/məlumat qovluğu
folder-label = Məlumat qovluğu:
folder-open = Aç

help-drop = Görünüş, tur və ya məlumat qovluğu aç
help-export-png = Xəritəni PNG kimi ixrac et (pəncərə ölçüsündə)
help-find = Ölkə tap
help-help = Qısayolların bu siyahısı
help-keys-drop = Faylı at
help-keys-slider = Sol / sağ ox
help-larger = Hər şeyi böyüt
help-menus = Hər qısayol menyuda da var, düymələri yanında yazılıb.
help-normal-size = Hər şey adi ölçüdə
help-open = Görünüş və ya tur aç
help-play-years = İlləri oynat / dayandır
help-presentation = Təqdimat rejimi: panelləri gizlət, hər şeyi böyüt
help-quit = Çıx (dəyişikliklər saxlanmayıbsa, əvvəlcə soruşur)
help-redo = Geri alınan düzəlişi təkrarla
help-save-data = Məlumatlardakı dəyişiklikləri saxla (daxili məlumatlar üçün yeni qovluğa)
help-save-view = Görünüşü saxla
help-slider = Sürüşdürücü fokusda olanda ili dəyiş
help-smaller = Hər şeyi kiçilt
help-title = Klaviatura qısayolları
help-tour-first = Tur: ilk addım
help-tour-last = Tur: son addım
help-tour-leave = Tur: çıx, öz görünüşünə qayıt
help-tour-next = Tur: növbəti addım
help-tour-previous = Tur: əvvəlki addım
help-undo = Son düzəlişi geri al
help-zoom-in = Xəritəni yaxınlaşdır
help-zoom-out = Xəritəni uzaqlaşdır

import-button = İdxal et
import-hint = /yol/a.csv; /yol/b.geojson (CSV və ya GeoJSON faylları, ; ilə ayrılmış)
import-keep-conflicts = Ziddiyyətləri saxla
import-keep-conflicts-hint = Məlumatları olduğu kimi saxla; ziddiyyətlər siyahıda qalır
import-label = Faylları idxal et:
import-supersede = Əvəz et
import-supersede-hint = Yenidən idxal et: hər açıq dövr yenisi başlamazdan bir gün əvvəl bağlanır (bir geri alma addımı)
import-supersede-report = { $files } idxalı: { $count } dövr başqa status və ya qiymətli açıq dövrün içində başlayır (problemlər siyahısında) və idxal edilmədi.

kind-csv-folder = CSV faylları üçün qovluq
kind-data-folder = məlumat qovluğu
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = yeni məlumat qovluğu
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json və ya .tour.json

layers-all-corridors = Bütün dəhlizlər
layers-all-countries = bütün ölkələr
layers-all-organizations = Bütün təşkilatlar
layers-and = və
layers-corridors = Dəhlizlər
layers-count-as-in = Üzv sayılsın:
layers-count-observers = müşahidəçilər və tərəfdaşlar
layers-count-observers-hint = Müşahidəçiləri, tərəfdaşları və assosiativ üzvləri də say
layers-count-suspended = üzvlüyü dayandırılanlar
layers-count-suspended-hint = Üzvlüyü dayandırılmış üzvləri də say
layers-counted = Sayılır: { $statuses }
layers-countries = Ölkələr
layers-fill-by = Ölkələri rəngləmə əsası
layers-fill-by-hint = Ölkələri eyni anda bir qat rəngləyir; digərləri nişan və kontur kimi görünür, ya da legenda onların gizləndiyini bildirir
layers-focus = Diqqət
layers-found-of = { $all } içindən { $found }
layers-heading = Qatlar
layers-in-all = { $orgs } daxilində ({ $year }): { $count }
layers-in-any = { $orgs } daxilində ({ $year }): { $count }
layers-in-first-not-rest = { $first } daxilində, { $rest } daxilində deyil ({ $year }): { $count }
layers-labels = Yazılar
layers-memberships = Üzvlüklər
layers-min-score = min. |qiymət|
layers-no-corridor-ticked = Heç biri seçilməyib: bütün dəhlizlər göstərilir.
layers-no-corridors = Dəhlizsiz
layers-no-organizations = Təşkilatsız
layers-or = və ya
layers-organizations = Təşkilatlar
layers-relations = Münasibətlər
layers-search = Axtar
layers-search-clear = Təmizlə
layers-search-clear-hint = Axtarışı təmizlə
layers-search-organizations = təşkilatlar
layers-search-stances = mövqelər
layers-set-difference = Fərq
layers-set-intersection = Kəsişmə
layers-set-union = Birləşmə
layers-stance-none = Heç biri
layers-stances = Mövqelər
layers-year-back = { $year } ilinə qayıt
layers-year-back-hint = Mövqeyi seçməzdən əvvəlki ili göstər
layers-year-moved = { $what } üçün il { $year } ilinə keçirildi —

menu-data = Məlumatlar
menu-edit = Redaktə
menu-file = Fayl
menu-help = Kömək
menu-tours = Turlar
menu-view = Görünüş

notice-dialog-open = Fayl seçmə pəncərəsi artıq açıqdır.
notice-export-failed = İxrac alınmadı: { $reason }
notice-export-not-started = İxrac başlaya bilmir: { $reason }
notice-export-stopped = PNG ixracı gözlənilmədən dayandı
notice-exported-files = { $count } fayl { $place } yerinə ixrac edildi
notice-exporting = PNG ixrac edilir…
notice-no-dialog = Fayl seçmə pəncərəsi açılmır: { $error }
notice-open-other = { $file }: Heartland burada görünüşləri (*.view.json), turları (*.tour.json) və məlumat qovluqlarını açır
notice-view-not-on-data = Görünüş bu məlumatlarda açıla bilməz: { $reasons }
notice-view-not-opened = Görünüş açılmır: { $reason }
notice-view-not-saved = Görünüş saxlanmadı: { $reason }
notice-view-saved = Görünüş saxlanıldı: { $file }

presentation-off = Panelləri göstər
presentation-off-hover = Təqdimat rejimindən çıx: panelləri yenidən göstər (F11)
presentation-on = Təqdimat rejimi
presentation-on-hover = Təqdimat rejimi: proyektor üçün panelləri gizlət və hər şeyi böyüt (F11)

preset-caspian = Xəzər hövzəsi
preset-central-asia = Mərkəzi Asiya
preset-region = Bütün region
preset-south-caucasus = Cənubi Qafqaz
preset-world = Dünya

problems-close = Bağla
problems-explain = Problemli qeydlər kənarda qaldı; qalan hər şey göstərilir. Faylları düzəldin və qovluğu yenidən açın.
problems-heading = Məlumatlardakı problemlər ({ $count })

prompt-hint = /yol/{ $kind }
prompt-ok = OK
prompt-path = Yol:
prompt-question = { $title }: burada fayl seçmə pəncərəsi açılmır; yolu yazın.
prompt-title = Yolu yazın
prompt-will-be = Belə yazılacaq: { $path }

recovery-discard = Ləğv et
recovery-explain = Son sessiya { $data } üzərində saxlanmamış düzəlişlərlə bitdi. Bərpa bunları qaytarır:
recovery-restore = Bərpa et
recovery-title = Saxlanmamış düzəlişlər bərpa edilsin?
recovery-unsaved = Bərpa edilən düzəlişlər siz saxlayana qədər saxlanmamış qalır.

redo-nothing = Təkrarlanacaq heç nə yoxdur
redo-what = Təkrarla: { $edit } (Ctrl+Shift+Z)

region-hover = Regionu göstər (1–5 düymələri)
region-name = Region: { $region }
region-none = Region

save-here = Bura saxla
save-hover = Saxlanmamış dəyişikliklər: onları məlumat qovluğuna saxla (Ctrl+S)
save-into-hint = /yol/yeni məlumat qovluğu
save-into-label = Yeni qovluğa saxla:
save-nothing = Saxlanmamış dəyişiklik yoxdur
save-saved = Saxla
save-unsaved = Saxla •

status-bundled-never-written = Daxili məlumatlar heç vaxt yenidən yazılmır: saxlamaq üçün yeni qovluq yazın.

theme-dark = Tünd mövzu
theme-light = Açıq mövzu

time-pause = Fasilə
time-play = Oynat
time-play-hover = İlləri oynat / dayandır (Boşluq)
time-year = İl

toast-close = Bildirişi bağla

toolbar-cancel-import = İdxalı ləğv et
toolbar-loading = Yüklənir…
toolbar-problems = { $count } problem
toolbar-problems-hover = Məlumatlara daxil edilməyən qeydlər və səbəbi: siyahını göstər və ya gizlət
toolbar-problems-name = Məlumatlarda { $count } problem

tours-bundled = Daxili turlar
tours-editor = Tur redaktoru
tours-open = Tur faylını aç…
tours-recent = Son tur faylları

undo-nothing = Geri alınacaq heç nə yoxdur
undo-what = Geri al: { $edit } (Ctrl+Z)

view-language = Dil
view-regions = Regionlar

intro-heading = Heartland-da yenisiniz?
intro-no-thanks = Xeyr, sağ olun
intro-take-tour = Giriş turuna bax
intro-text = Qısa bələdçi turu xəritənin nələri danışa bildiyini göstərir: ittifaqlar, səsvermələr, marşrutlar və onların illər ərzində dəyişməsi.
tour-editor-add-step = Bu görünüşü addım kimi əlavə et
tour-editor-add-step-hint = Xəritənin indiki halı: il, qatlar və seçim
tour-editor-author = Müəllif
tour-editor-delete = Sil
tour-editor-down = Aşağı
tour-editor-save = Turu saxla…
tour-editor-step = Addım { $n }
tour-editor-step-caption = { $n }-ci addımın izahı
tour-editor-step-title = { $n }-ci addımın başlığı
tour-editor-title = Turun adı
tour-editor-up = Yuxarı
tour-first = Əvvələ
tour-first-hint = İlk addım (Home)
tour-last = Sona
tour-last-hint = Son addım (End)
tour-leave = Turdan çıx
tour-leave-hint = Öz görünüşünə qayıt (Esc)
tour-next = Növbəti
tour-next-hint = Növbəti addım (sağ ox, Page Down və ya Boşluq)
tour-previous = Əvvəlki
tour-previous-hint = Əvvəlki addım (sol ox və ya Page Up)

# Added after merging (shortcut table, top k per state); a native speaker should review.
action-clear-selection = Seçimi ləğv et
help-clear-selection = Seçimi ləğv et (xəritədəki haşiyə, inspektor)
layers-top-k = Hər dövlətin yalnız ən güclüləri
layers-top-k-prefix = ilk
