# Heartland arayüzü Türkçe. Devlet ve kuruluş adları burada çevrilmez:
# onları veri dosyaları verir.

action-export-png = PNG dışa aktar (pencere boyutu)…
action-find = Ülke bul…
action-help = Klavye kısayolları
action-larger = Her şeyi büyüt
action-normal-size = Her şey normal boyutta
action-open = Görünüm veya tur aç…
action-play-years = Yılları oynat / duraklat
action-presentation = Sunum modu
action-quit = Çık
action-redo = Yinele
action-save-data = Verideki değişiklikleri kaydet
action-save-view = Görünümü kaydet…
action-smaller = Her şeyi küçült
action-tour-first = İlk adım
action-tour-last = Son adım
action-tour-leave = Turdan çık
action-tour-next = Sonraki adım
action-tour-previous = Önceki adım
action-undo = Geri al
action-zoom-in = Haritayı yakınlaştır
action-zoom-out = Haritayı uzaklaştır

analysis-communities = Topluluğa göre renklendir
analysis-communities-hint = İşaretli modülerliğe göre bloklar (Louvain adımları): dostane bağlar devletleri yaklaştırır, düşmanca bağlar uzaklaştırır; aynı veri her zaman aynı blokları verir
analysis-derived = Türetilmiş ilişkiler (verinin kendisinden)
analysis-derived-memberships-hint = Çift için: ikisinin de tam üye olduğu o yılın kuruluşlarının payı
analysis-derived-votes-hint = Çift için: o yıla kadar kayıtlı BM oylamalarında ikisinin aynı oyu verdiği pay (evet, hayır, çekimser; katılmayanlar sayılmaz)
analysis-heading = Analiz
analysis-metrics-on = Ölçütlerin temeli
analysis-metrics-on-hint = Gösterilen ilişkiler: boyut ve güç filtrelerinden sonra yılın ilişkileri; bir çiftin birden çok boyutu ortalamasıyla sayılır
analysis-open-plots = Grafikleri aç
analysis-open-plots-hint = Sıralamalar, zaman içinde ölçütler, zaman çizelgeleri, tutum dağılımları
analysis-size-by = Devlet boyutu

anim-bad-name = { $file }: animasyon .gif ya da .mp4 olarak yazılır
anim-busy = Bir animasyon yazılıyor; bitmesini bekleyin ya da iptal edin.
anim-cancelled = Animasyon iptal edildi; hiçbir şey yazılmadı.
anim-export = Dışa aktar…
anim-failed = Animasyon yazılamadı: { $reason }
anim-fps = Saniyedeki kare
anim-from = İlk yıl
anim-kind = animation.gif veya .mp4
anim-menu = Animasyonu dışa aktar…
anim-not-started = Animasyon başlatılamıyor: { $reason }
anim-progress = Kare { $done } / { $total }
anim-size = Boyut
anim-stopped = Animasyon beklenmedik biçimde durdu; hiçbir şey yazılmadı.
anim-summary = { $count } kare, her yıl için bir kare, { $seconds } sn; .gif olarak, ffmpeg kuruluysa .mp4 olarak yazılır
anim-title = Animasyonu dışa aktar
anim-to = Son yıl
anim-written = { $count } karelik animasyon { $file } konumuna yazıldı

cancel = İptal

close-discard = Kaydetme
close-question = Veride kaydedilmemiş değişiklikler var. Kapatmadan önce kaydedilsin mi?
close-save = Kaydet
close-title = Kaydedilmemiş değişiklikler

conflict-reload = Yeniden oku
conflict-reload-hover = Klasörü yeniden oku (kaydedilmemiş değişiklikler kaybolur)
conflict-save-as = Farklı kaydet…
conflict-save-as-hover = Gösterilen veriyi başka bir klasöre kaydet

data-in-use = Kullanılan: { $source }
data-open-folder = Veri klasörü aç…
data-problems = Verideki sorunlar ({ $count })
data-reload = Diskten yeniden oku
data-save-into = Yeni klasöre kaydet…
data-type-folder = Veri klasörü yolunu yaz…
data-use-bundled = Yerleşik veriyi kullan

file-export-csv = Gösterilen veriyi CSV olarak dışa aktar…
file-export-json = Gösterilen veriyi JSON olarak dışa aktar…
file-export-png-size = PNG dışa aktar { $width }×{ $height }…
file-import = İçe aktar…
file-import-hover = CSV (ilişkiler, üyelikler, COW, BM oylamaları) veya GeoJSON dosyalarından kayıt ekle
file-open-data-folder = Veri klasörü aç…
file-open-view = Görünüm aç…
file-recent-views = Son görünümler

find-label = Ülke adı:
find-none = Veride bu adla bir ülke yok.
find-title = Ülke bul

folder-hint = /yol/veri klasörü
folder-label = Veri klasörü:
folder-open = Aç

help-drop = Görünüm, tur veya veri klasörü aç
help-export-png = Haritayı PNG olarak dışa aktar (pencere boyutu)
help-find = Ülke bul
help-help = Bu kısayol listesi
help-keys-drop = Dosya bırak
help-keys-slider = Sol / sağ ok
help-larger = Her şeyi büyüt
help-menus = Her kısayol bir menüde de var, tuşları yanında yazılı.
help-normal-size = Her şey normal boyutta
help-open = Görünüm veya tur aç
help-play-years = Yılları oynat / duraklat
help-presentation = Sunum modu: panelleri gizle, her şeyi büyüt
help-quit = Çık (değişiklikler kaydedilmemişse önce sorar)
help-redo = Geri alınan düzenlemeyi yinele
help-save-data = Verideki değişiklikleri kaydet (yerleşik veri için yeni bir klasöre)
help-save-view = Görünümü kaydet
help-slider = Kaydırıcı odaktayken yılı değiştir
help-smaller = Her şeyi küçült
help-title = Klavye kısayolları
help-tour-first = Tur: ilk adım
help-tour-last = Tur: son adım
help-tour-leave = Tur: çık, kendi görünümüne dön
help-tour-next = Tur: sonraki adım
help-tour-previous = Tur: önceki adım
help-undo = Son düzenlemeyi geri al
help-zoom-in = Haritayı yakınlaştır
help-zoom-out = Haritayı uzaklaştır

import-button = İçe aktar
import-hint = /yol/a.csv; /yol/b.geojson (CSV veya GeoJSON dosyaları, ; ile ayrılmış)
import-keep-conflicts = Çakışmaları koru
import-keep-conflicts-hint = Veriyi olduğu gibi bırak; çakışmalar listede kalır
import-label = Dosyaları içe aktar:
import-supersede = Yerine geçir
import-supersede-hint = Yeniden içe aktar: her açık dönem, yenisi başlamadan bir gün önce kapanır (tek geri alma adımı)
import-supersede-report = { $files } içe aktarımı: { $count } dönem, başka bir statü veya puanla açık bir dönemin içinde başlıyor (sorunlar listesinde) ve içe aktarılmadı.

kind-csv-folder = CSV dosyaları için klasör
kind-data-folder = veri klasörü
kind-import = data.csv; other.geojson
kind-json = export.json
kind-new-folder = yeni veri klasörü
kind-png = image.png
kind-tour = lesson.tour.json
kind-view = lesson.view.json
kind-view-or-tour = lesson.view.json veya .tour.json

layers-all-corridors = Tüm koridorlar
layers-all-countries = tüm ülkeler
layers-all-organizations = Tüm kuruluşlar
layers-and = ve
layers-corridors = Koridorlar
layers-count-as-in = Üye sayılsın:
layers-count-observers = gözlemciler ve ortaklar
layers-count-observers-hint = Gözlemcileri, ortakları ve ortak üyeleri de say
layers-count-suspended = üyeliği askıya alınanlar
layers-count-suspended-hint = Üyeliği askıya alınmış üyeleri de say
layers-counted = Sayılan: { $statuses }
layers-countries = Ülkeler
layers-fill-by = Ülkeleri boyama ölçütü
layers-fill-by-hint = Ülkeleri aynı anda tek bir katman boyar; diğerleri rozet ve kontur olarak görünür ya da lejant gizlendiklerini söyler
layers-focus = Odak
layers-found-of = { $all } içinden { $found }
layers-heading = Katmanlar
layers-in-all = { $orgs } içinde ({ $year }): { $count }
layers-in-any = { $orgs } içinde ({ $year }): { $count }
layers-in-first-not-rest = { $first } içinde, { $rest } içinde değil ({ $year }): { $count }
layers-labels = Etiketler
layers-memberships = Üyelikler
layers-min-score = en az |puan|
layers-no-corridor-ticked = Hiçbiri işaretli değil: tüm koridorlar çizilir.
layers-no-corridors = Koridor yok
layers-no-organizations = Kuruluş yok
layers-or = veya
layers-organizations = Kuruluşlar
layers-relations = İlişkiler
layers-search = Ara
layers-search-clear = Temizle
layers-search-clear-hint = Aramayı temizle
layers-search-organizations = kuruluşlar
layers-search-stances = tutumlar
layers-set-difference = Fark
layers-set-intersection = Kesişim
layers-set-union = Birleşim
layers-stance-none = Hiçbiri
layers-stances = Tutumlar
layers-year-back = { $year } yılına dön
layers-year-back-hint = Tutumu seçmeden önceki yılı göster
layers-year-moved = { $what } için yıl { $year } yılına taşındı —

menu-data = Veri
menu-edit = Düzen
menu-file = Dosya
menu-help = Yardım
menu-tours = Turlar
menu-view = Görünüm

notice-dialog-open = Bir dosya penceresi zaten açık.
notice-export-failed = Dışa aktarma başarısız: { $reason }
notice-export-not-started = Dışa aktarma başlatılamıyor: { $reason }
notice-export-stopped = PNG dışa aktarımı beklenmedik biçimde durdu
notice-exported-files = { $count } dosya { $place } konumuna aktarıldı
notice-exporting = PNG dışa aktarılıyor…
notice-no-dialog = Dosya penceresi açılamıyor: { $error }
notice-open-other = { $file }: Heartland burada görünümleri (*.view.json), turları (*.tour.json) ve veri klasörlerini açar
notice-view-not-on-data = Görünüm bu veride açılamıyor: { $reasons }
notice-view-not-opened = Görünüm açılamıyor: { $reason }
notice-view-not-saved = Görünüm kaydedilmedi: { $reason }
notice-view-saved = Görünüm kaydedildi: { $file }

presentation-off = Panelleri göster
presentation-off-hover = Sunum modundan çık: panelleri yeniden göster (F11)
presentation-on = Sunum modu
presentation-on-hover = Sunum modu: projektör için panelleri gizle ve her şeyi büyüt (F11)

preset-caspian = Hazar havzası
preset-central-asia = Orta Asya
preset-region = Tüm bölge
preset-south-caucasus = Güney Kafkasya
preset-world = Dünya

problems-close = Kapat
problems-explain = Sorunlu kayıtlar dışarıda bırakıldı; geri kalan her şey gösteriliyor. Dosyaları düzeltip klasörü yeniden açın.
problems-heading = Verideki sorunlar ({ $count })

prompt-hint = /yol/{ $kind }
prompt-ok = Tamam
prompt-path = Yol:
prompt-question = { $title }: burada dosya penceresi açılamıyor; yolu yazın.
prompt-title = Bir yol yazın
prompt-will-be = Şöyle yazılacak: { $path }

recovery-discard = At
recovery-explain = Son oturum { $data } üzerinde kaydedilmemiş düzenlemelerle bitti. Geri yükleme şunları geri getirir:
recovery-restore = Geri yükle
recovery-title = Kaydedilmemiş düzenlemeler geri yüklensin mi?
recovery-unsaved = Geri yüklenen düzenlemeler siz kaydedene kadar kaydedilmemiş sayılır.

redo-nothing = Yinelenecek bir şey yok
redo-what = Yinele: { $edit } (Ctrl+Shift+Z)

region-hover = Bir bölge göster (1–5 tuşları)
region-name = Bölge: { $region }
region-none = Bölge

save-here = Buraya kaydet
save-hover = Kaydedilmemiş değişiklikler: veri klasörüne kaydet (Ctrl+S)
save-into-hint = /yol/yeni veri klasörü
save-into-label = Yeni klasöre kaydet:
save-nothing = Kaydedilmemiş değişiklik yok
save-saved = Kaydet
save-unsaved = Kaydet •

status-bundled-never-written = Yerleşik veriye asla yazılmaz: kaydetmek için yeni bir klasör yazın.

theme-dark = Koyu tema
theme-light = Açık tema

time-pause = Duraklat
time-play = Oynat
time-play-hover = Yılları oynat / duraklat (Boşluk)
time-year = Yıl

toast-close = Bildirimi kapat

toolbar-cancel-import = İçe aktarmayı iptal et
toolbar-loading = Yükleniyor…
toolbar-problems = { $count } sorun
toolbar-problems-hover = Veriye alınmayan kayıtlar ve nedenleri: listeyi göster veya gizle
toolbar-problems-name = Veride { $count } sorun

tours-bundled = Yerleşik turlar
tours-editor = Tur düzenleyici
tours-open = Tur dosyası aç…
tours-recent = Son tur dosyaları

undo-nothing = Geri alınacak bir şey yok
undo-what = Geri al: { $edit } (Ctrl+Z)

view-language = Dil
view-regions = Bölgeler

intro-heading = Heartland'de yeni misiniz?
intro-no-thanks = Hayır, teşekkürler
intro-take-tour = Tanıtım turuna katıl
intro-text = Kısa bir rehberli tur, haritanın neler anlatabildiğini gösterir: ittifaklar, oylamalar, güzergâhlar ve bunların yıllar içinde nasıl değiştiği.
tour-editor-add-step = Bu görünümü adım olarak ekle
tour-editor-add-step-hint = Haritanın şimdiki hâli: yıl, katmanlar ve seçim
tour-editor-author = Yazar
tour-editor-delete = Sil
tour-editor-down = Aşağı
tour-editor-save = Turu kaydet…
tour-editor-step = Adım { $n }
tour-editor-step-caption = Adım { $n } açıklaması
tour-editor-step-title = Adım { $n } başlığı
tour-editor-title = Tur başlığı
tour-editor-up = Yukarı
tour-first = Başa
tour-first-hint = İlk adım (Home)
tour-last = Sona
tour-last-hint = Son adım (End)
tour-leave = Turdan çık
tour-leave-hint = Kendi görünümüne dön (Esc)
tour-next = Sonraki
tour-next-hint = Sonraki adım (Sağ ok, Page Down veya Boşluk)
tour-previous = Önceki
tour-previous-hint = Önceki adım (Sol ok veya Page Up)

# Added after merging (shortcut table, top k per state); a native speaker should review.
action-clear-selection = Seçimi kaldır
help-clear-selection = Seçimi kaldır (haritadaki çerçeve, denetçi)
layers-top-k = Her devletin yalnızca en güçlüleri
layers-top-k-prefix = ilk
