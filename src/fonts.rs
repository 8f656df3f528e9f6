//! The fonts: egui's own, then Noto Sans as a fallback for the letters
//! they lack.
//!
//! egui's default proportional font (Ubuntu Light) has no ə (U+0259, in
//! "Azərbaycan") and no ʻ (U+02BB, in "Oʻzbekiston"), and egui draws a
//! missing glyph as an empty box (and, with debug assertions, complains).
//! Noto Sans 2.004 covers whole blocks: Basic Latin, Latin-1, Latin
//! Extended-A and -B, IPA Extensions, Spacing Modifier Letters, Cyrillic
//! and Cyrillic Supplement (the Kazakh letters ә ғ қ ң ө ұ ү һ і among
//! them) and General Punctuation; Noto Sans Armenian and Noto Sans Georgian
//! (the family's fonts for those scripts) cover Armenian and Georgian, so
//! names in a user's own data draw too, and Noto Sans Symbols the arrows
//! the messages use (→). All four are under the SIL Open
//! Font License 1.1 (`assets/fonts/OFL.txt`), unmodified from Debian's
//! `fonts-noto-core`. They come *after* egui's fonts, so every letter
//! those draw looks as before; only the missing ones are taken from Noto.
//! The window, `heartland render`'s PNG, the SVG (which names them) and the
//! PDF (which embeds them) draw with the same fonts. Embedded in the binary
//! (855 kB), so nothing is read from the system.

/// The bundled fallback fonts, in the order they are asked for a letter:
/// the name egui's font definitions know each by, and the file as shipped
/// in `assets/fonts/`.
pub const FALLBACKS: [(&str, &[u8]); 4] = [
    (
        "NotoSans",
        include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSansArmenian",
        include_bytes!("../assets/fonts/NotoSansArmenian-Regular.ttf"),
    ),
    (
        "NotoSansGeorgian",
        include_bytes!("../assets/fonts/NotoSansGeorgian-Regular.ttf"),
    ),
    (
        "NotoSansSymbols",
        include_bytes!("../assets/fonts/NotoSansSymbols-Regular.ttf"),
    ),
];

/// What the launch trace calls the fallback fonts.
pub const FALLBACK_NAME: &str = "Noto Sans";

/// Add the bundled fallback fonts to `ctx`'s fonts, after egui's own, in
/// the proportional and the monospace family, in [`FALLBACKS`]' order.
/// Cheap when already added (egui compares the names).
pub fn install(ctx: &egui::Context) {
    for (name, data) in FALLBACKS {
        let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
            .into_iter()
            .map(|family| egui::epaint::text::InsertFontFamily {
                family,
                priority: egui::epaint::text::FontPriority::Lowest,
            })
            .collect();
        ctx.add_font(egui::epaint::text::FontInsert::new(
            name,
            egui::FontData::from_static(data),
            families,
        ));
    }
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
