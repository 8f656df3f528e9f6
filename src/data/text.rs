//! The characters a name, title, evidence or note may hold, and how values
//! are shown in messages.
//!
//! Refused everywhere (loader, importers): the C0 controls (NUL, escape, …)
//! but for tab and line breaks in evidence and notes, DEL, the C1 controls,
//! and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//! U+2066–U+2069), which can make a text read differently from what it
//! holds. The joiners (U+200C, U+200D) that Persian and other scripts need
//! are kept.
//!
//! Values echoed in messages are escaped ([`escaped`]): a control, a
//! bidirectional mark or an invisible character (a zero-width space) is
//! shown as `\u{200B}`, so that a message can neither clear the terminal
//! nor make `"\u{200B}KAZ"` look like `"KAZ"`.

/// The first character of `text` that a name, title, evidence or note may
/// not hold, if any; `multiline` allows tab and line breaks (evidence,
/// notes).
pub fn forbidden_char(text: &str, multiline: bool) -> Option<char> {
    text.chars()
        .find(|c| is_forbidden(*c) && !(multiline && matches!(c, '\n' | '\r' | '\t')))
}

fn is_forbidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The bidirectional embeddings, overrides (U+202A–U+202E) and isolates
/// (U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing (or reorder text) and are escaped in
/// messages: the forbidden ones, the marks LRM, RLM and ALM, zero-width
/// space, word joiner and invisible operators, the byte-order mark, and the
/// line and paragraph separators. The joiners U+200C and U+200D are shown
/// as they are (they are part of the spelling of Persian words).
fn is_hidden(c: char) -> bool {
    is_forbidden(c)
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}' | '\u{2060}'
                ..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// Why `text` is refused, in plain words ("contains the control character
/// U+0000 (NUL); remove it"), or `None` if it may be kept: English
/// ([`text_problem_message`] is the message, for the reader's language).
pub fn text_problem(text: &str, multiline: bool) -> Option<String> {
    text_problem_message(text, multiline).map(|m| m.to_string())
}

/// [`text_problem`] as a message: English by `Display`, the reader's
/// language by [`Message::shown`](crate::i18n::Message::shown).
pub fn text_problem_message(text: &str, multiline: bool) -> Option<crate::i18n::Message> {
    use crate::i18n::Message;
    let c = forbidden_char(text, multiline)?;
    let code = format!("{:04X}", u32::from(c));
    let code: &dyn std::fmt::Display = &code;
    if is_bidi_control(c) {
        return Some(Message::trf(
            "problem-text-bidi",
            "contains the invisible bidirectional control character U+{ $code }; remove it",
            &[("code", code)],
        ));
    }
    let name = match c {
        '\0' => Message::tr("problem-char-nul", "NUL"),
        '\u{1b}' => Message::tr("problem-char-escape", "escape"),
        '\u{7f}' => Message::tr("problem-char-del", "DEL"),
        '\t' => Message::tr("problem-char-tab", "tab"),
        '\n' | '\r' => Message::tr("problem-char-line-break", "a line break"),
        _ => {
            return Some(Message::trf(
                "problem-text-control",
                "contains the control character U+{ $code }; remove it",
                &[("code", code)],
            ));
        }
    };
    let message = if !multiline && matches!(c, '\n' | '\r' | '\t') {
        Message::trf(
            "problem-text-control-single-line",
            "contains the control character U+{ $code } ({ $name }); remove it (only evidence and notes may hold line breaks and tabs)",
            &[("code", code)],
        )
    } else {
        Message::trf(
            "problem-text-control-named",
            "contains the control character U+{ $code } ({ $name }); remove it",
            &[("code", code)],
        )
    };
    Some(message.with("name", name))
}

/// `text` with every control, bidirectional or invisible character written
/// as `\u{XXXX}`. Other text is unchanged.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `bytes` without the byte-order marks at its start. The rule for every
/// file Heartland reads (data files, imports, views, tours): UTF-8 with or
/// without a byte-order mark, and a second one (a tool that added its own
/// to a file that had one) is skipped too.
pub fn strip_boms(mut bytes: &[u8]) -> &[u8] {
    while let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        bytes = rest;
    }
    bytes
}
