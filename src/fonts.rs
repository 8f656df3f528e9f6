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
