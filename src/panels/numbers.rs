//! Numbers typed and dragged in the window's language: a slider's or a
//! drag value's number with the locale's decimal separator ("0,50" in
//! Russian, Kazakh, Uzbek, Azerbaijani and Turkish), and both "0,5" and
//! "0.5" read back. (Thousands are not grouped: these are short values and
//! years.)

use std::ops::RangeInclusive;

use crate::i18n;

/// `value` with between `decimals.start()` and `decimals.end()` decimals
/// (trailing zeros beyond the least dropped), in the window's language: the
/// `custom_formatter` of a slider or a drag value.
pub fn format(value: f64, decimals: RangeInclusive<usize>) -> String {
    let (decimal, _) = i18n::number_symbols(i18n::locale());
    let (least, most) = (*decimals.start(), (*decimals.end()).min(16));
    let mut text = format!("{value:.most$}");
    if let Some(point) = text.find('.') {
        let keep = point + 1 + least;
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text.replace('.', &decimal.to_string())
}

/// The number typed in `text`, with a decimal comma or point (spaces and
/// no-break spaces ignored): the `custom_parser` of a slider or a drag
/// value.
pub fn parse(text: &str) -> Option<f64> {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    clean.parse::<f64>().ok().filter(|v| v.is_finite())
}
