//! The fonts: egui's own, then `DejaVu` Sans as a fallback for the letters
//! they lack.
//!
//! egui's default proportional font (Ubuntu Light) has no ə (U+0259, in
//! "Azərbaycan") and no ʻ (U+02BB, in "Oʻzbekiston"), and egui draws a
//! missing glyph as an empty box (and, with debug assertions, complains).
//! `DejaVu` Sans 2.37 (Bitstream Vera licence with public-domain changes:
//! `assets/fonts/DejaVuSans-LICENSE.txt`) covers Latin Extended-A and -B,
//! IPA Extensions, Spacing Modifier Letters, Cyrillic with the Kazakh
//! letters (ә ғ қ ң ө ұ ү һ і), Georgian and Armenian. It comes *after*
//! egui's fonts, so every letter they draw looks as before; only the
//! missing ones are taken from `DejaVu`. Embedded in the binary (760 kB), so
//! nothing is read from the system.

/// `DejaVu` Sans, as shipped in `assets/fonts/`.
pub const FALLBACK: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The name the fallback font is known by in egui's font definitions.
pub const FALLBACK_NAME: &str = "DejaVuSans";

/// Add `DejaVu` Sans to `ctx`'s fonts, after egui's own, in the proportional
/// and the monospace family. Cheap when already added (egui compares the
/// name).
pub fn install(ctx: &egui::Context) {
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| egui::epaint::text::InsertFontFamily {
            family,
            priority: egui::epaint::text::FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(egui::epaint::text::FontInsert::new(
        FALLBACK_NAME,
        egui::FontData::from_static(FALLBACK),
        families,
    ));
}

/// What loading the fonts costs, measured for the launch trace
/// (`HEARTLAND_TRACE_LAUNCH=counts`): milliseconds to set up `definitions`
/// (as egui does on the first frame) and lay out `sample` (parsing the fonts
/// it needs, rasterising its glyphs), once with egui's own fonts only and
/// once with `definitions`, so the fallback font's share is seen (each the
/// fastest of three, in alternation: the first set-up also pays for cold
/// caches).
pub fn loading_times(
    options: egui::epaint::text::TextOptions,
    definitions: &egui::FontDefinitions,
    pixels_per_point: f32,
    sample: &str,
) -> [f64; 2] {
    let time = |definitions: egui::FontDefinitions| {
        let start = std::time::Instant::now();
        let mut fonts = egui::epaint::text::Fonts::new(options, definitions);
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts
                .with_pixels_per_point(pixels_per_point)
                .layout_no_wrap(
                    sample.to_owned(),
                    egui::FontId::new(14.0, family),
                    egui::Color32::WHITE,
                );
        }
        start.elapsed().as_secs_f64() * 1000.0
    };
    let mut best = [f64::INFINITY; 2];
    for _ in 0..3 {
        best[0] = best[0].min(time(egui::FontDefinitions::default()));
        best[1] = best[1].min(time(definitions.clone()));
    }
    best
}
