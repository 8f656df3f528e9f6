//! Bytes → the list of raw records of one file: size limit, byte-order mark,
//! UTF-8, JSON syntax, the top-level object and its `format`.

use std::io::Read as _;
use std::path::Path;

use serde_json::Value;

use super::{FORMAT_VERSION, FileKind};
use crate::i18n::Message;

/// A problem found while reading a file: location (may be empty) and message.
pub(super) type FileProblem = (String, Message);

/// Read at most `limit` bytes of `path`; a larger file is an error with its
/// size in the message.
pub(super) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Message> {
    let mb = |n: u64| n as f64 / (1024.0 * 1024.0);
    // A named pipe would block the load until someone writes to it, a
    // device never ends: only regular files are data files.
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
    {
        return Err(Message::tr(
            "problem-not-regular-file",
            "is { $kind }, not a regular file; a data file must be a regular file",
        )
        .with("kind", file_type_message(meta.file_type())));
    }
    let file = std::fs::File::open(path).map_err(|e| {
        Message::trf(
            "problem-cannot-open",
            "cannot open the file ({ $error })",
            &[("error", &e)],
        )
    })?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > limit {
        return Err(Message::trf(
            "problem-file-too-large",
            "file is { $size } MB; the limit is { $limit } MB",
            &[
                ("size", &format!("{:.1}", mb(size))),
                ("limit", &format!("{:.0}", mb(limit))),
            ],
        ));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| {
        Message::trf(
            "problem-cannot-read",
            "cannot read the file ({ $error })",
            &[("error", &e)],
        )
    })?;
    if bytes.len() as u64 > limit {
        return Err(Message::trf(
            "problem-file-over-limit",
            "file is over the limit of { $limit } MB",
            &[("limit", &format!("{:.0}", mb(limit)))],
        ));
    }
    Ok(bytes)
}

/// [`file_type_words`] as a message, for the reader's language.
pub(super) fn file_type_message(kind: std::fs::FileType) -> Message {
    match file_type_words(kind) {
        "a named pipe (FIFO)" => Message::tr("problem-kind-pipe", "a named pipe (FIFO)"),
        "a device" => Message::tr("problem-kind-device", "a device"),
        "a socket" => Message::tr("problem-kind-socket", "a socket"),
        "a folder" => Message::tr("problem-kind-folder", "a folder"),
        other => Message::verbatim(other),
    }
}

/// What a file that is not a regular file is, in plain words.
pub(super) fn file_type_words(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// `line L, column C` (1-based) of byte `offset` in `text`.
pub fn line_column(text: &[u8], offset: usize) -> String {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default())
        .chars()
        .count()
        + 1;
    format!("line {line}, column {column}")
}

/// "an object { … }" (the braces are a value: Fluent reads braces in a
/// message as its placeables).
pub(super) fn object_message() -> Message {
    Message::trf(
        "problem-json-object",
        "an object { $braces }",
        &[("braces", &"{ … }")],
    )
}

/// What a JSON value is, for messages ("a list", "an object").
pub fn describe(value: &Value) -> Message {
    match value {
        Value::Null => Message::tr("problem-json-null", "null"),
        Value::Bool(_) => Message::tr("problem-json-boolean", "true or false"),
        Value::Number(_) => Message::tr("problem-json-number", "a number"),
        Value::String(_) => Message::tr("problem-json-string", "a string"),
        Value::Array(_) => Message::tr("problem-json-list", "a list [ … ]"),
        Value::Object(_) => object_message(),
    }
}

/// Parse one file into its raw records. Problems that make the whole file
/// unusable return `Err`; others (a missing `format`, an unknown top-level
/// key) are pushed to `problems` and the records are still returned. The
/// optional top-level keys a file may have besides its records (`as_of` in
/// `sources.json`) are pushed to `extras`, unchecked, and so is a valid
/// `format` (for the check that a format-1 file holds no format-2 value).
pub fn parse_file(
    kind: FileKind,
    bytes: &[u8],
    problems: &mut Vec<FileProblem>,
    extras: &mut Vec<(String, Value)>,
) -> Result<Vec<Value>, FileProblem> {
    let bytes = super::text::strip_boms(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let byte = bytes.get(at).copied().unwrap_or(0);
            return Err((
                line_column(bytes, at),
                Message::trf(
                    "problem-not-utf8",
                    "the file is not valid UTF-8 text (byte 0x{ $byte }); save it as UTF-8",
                    &[("byte", &format!("{byte:02X}"))],
                ),
            ));
        }
    };
    let example = format!("{{\"format\": 1, \"{}\": [ … ]}}", kind.key());
    let Some(first) = text.find(|c: char| !c.is_whitespace()) else {
        return Err((
            "line 1, column 1".to_owned(),
            Message::trf(
                "problem-file-empty",
                "the file is empty; it must be a JSON object such as { $example }",
                &[("example", &example)],
            ),
        ));
    };
    let value = parse_json(text, problems)?;
    let Value::Object(mut top) = value else {
        return Err((
            line_column(bytes, first),
            Message::trf(
                "problem-file-not-object",
                "the file must be a JSON object such as { $example }, not { $found }",
                &[("example", &example)],
            )
            .with("found", describe(&value)),
        ));
    };

    let format = top.remove("format");
    let records = top.remove(kind.key());
    let extra_keys: &[&str] = if kind == FileKind::Sources {
        &["as_of"]
    } else {
        &[]
    };
    for key in top.keys() {
        if extra_keys.contains(&key.as_str()) {
            continue;
        }
        let message = if extra_keys.is_empty() {
            Message::trf(
                "problem-unknown-top-key",
                "unknown key \"{ $key }\" (expected \"format\" and \"{ $records }\")",
                &[("key", key), ("records", &kind.key())],
            )
        } else {
            Message::trf(
                "problem-unknown-top-key-as-of",
                "unknown key \"{ $key }\" (expected \"format\", \"{ $records }\" and optionally \"as_of\")",
                &[("key", key), ("records", &kind.key())],
            )
        };
        problems.push((key.clone(), message));
    }
    for key in extra_keys {
        if let Some(value) = top.remove(*key) {
            extras.push(((*key).to_owned(), value));
        }
    }
    match format {
        None => problems.push((
            "format".to_owned(),
            Message::trf(
                "problem-format-missing",
                "missing key \"format\"; write \"format\": { $version } at the top (assumed { $version })",
                &[("version", &FORMAT_VERSION)],
            ),
        )),
        Some(v) => match v.as_u64() {
            Some(1..=FORMAT_VERSION) => extras.push(("format".to_owned(), v)),
            Some(n) if n > FORMAT_VERSION => {
                return Err((
                    "format".to_owned(),
                    Message::trf(
                        "problem-format-newer",
                        "the file was made by a newer Heartland (format { $format }; this version reads up to { $version }); the file is skipped: open it with a newer Heartland",
                        &[("format", &n), ("version", &FORMAT_VERSION)],
                    ),
                ));
            }
            _ => {
                return Err((
                    "format".to_owned(),
                    Message::trf(
                        "problem-format-not-number",
                        "\"format\" must be a version number such as { $version }, not { $value }; the file is skipped",
                        &[("version", &FORMAT_VERSION), ("value", &v)],
                    ),
                ));
            }
        },
    }
    match records {
        None => Err((
            String::new(),
            Message::trf(
                "problem-records-missing",
                "missing key \"{ $records }\" (the list of records), as in { $example }",
                &[("records", &kind.key()), ("example", &example)],
            ),
        )),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err((
            kind.key().to_owned(),
            Message::trf(
                "problem-records-not-list",
                "\"{ $records }\" must be a list [ … ] of records, not { $found }",
                &[("records", &kind.key())],
            )
            .with("found", describe(&other)),
        )),
    }
}

/// How many too-large numbers one file may have before it is given up on
/// (each costs a re-parse).
pub const MAX_NUMBER_FIXES: usize = 20;

/// Parse `text` as JSON. `serde_json` refuses numbers too large for an f64
/// (`1e999`) as a syntax error; so that such a number costs only its record,
/// it is reported here at its line and column and replaced by `null` (padded
/// to the same width, so later positions do not move), and the text is
/// parsed again. The record then fails its own check ("expected a number").
pub fn parse_json(text: &str, problems: &mut Vec<FileProblem>) -> Result<Value, FileProblem> {
    let mut patched: Option<String> = None;
    for _ in 0..=MAX_NUMBER_FIXES {
        let current = patched.as_deref().unwrap_or(text);
        let e = match serde_json::from_str::<Value>(current) {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let span = (e.to_string().starts_with("number out of range"))
            .then(|| number_span(current, e.line(), e.column()))
            .flatten();
        let Some((start, end)) = span else {
            return Err(syntax_problem(&e));
        };
        let token = current.get(start..end).unwrap_or_default().to_owned();
        problems.push((
            line_column(current.as_bytes(), start),
            Message::trf(
                "problem-number-too-large",
                "the number { $number } is too large to represent; it is read as null",
                &[("number", &token)],
            ),
        ));
        let mut next = current.to_owned();
        next.replace_range(
            start..end,
            &format!("{:<width$}", "null", width = end - start),
        );
        patched = Some(next);
    }
    Err((
        String::new(),
        Message::trf(
            "problem-numbers-too-large",
            "more than { $count } numbers are too large to represent; the file is skipped",
            &[("count", &MAX_NUMBER_FIXES)],
        ),
    ))
}

/// The byte span of the number that ends just before `column` (a byte
/// count, as `serde_json` reports it) on `line` (1-based), if there is one
/// at least four bytes long (so that `null` fits).
fn number_span(text: &str, line: usize, column: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map(|(i, _)| i + 1)?
    };
    let is_num = |b: u8| b.is_ascii_digit() || matches!(b, b'e' | b'E' | b'+' | b'-' | b'.');
    let mut end = (line_start + column).min(bytes.len());
    while end < bytes.len() && bytes.get(end).copied().is_some_and(is_num) {
        end += 1;
    }
    let mut start = end;
    while start > line_start && bytes.get(start - 1).copied().is_some_and(is_num) {
        start -= 1;
    }
    let token = bytes.get(start..end)?;
    (token.len() >= 4 && token.iter().any(u8::is_ascii_digit)).then_some((start, end))
}

/// `serde_json`'s words for a syntax error (`expected value`) as a
/// message, for the reader's language; words it has that are not listed
/// here stay as they are.
fn json_error_words(bare: &str) -> Message {
    match bare {
        "expected value" => Message::tr("problem-syntax-value", "expected value"),
        "expected `:`" => Message::tr("problem-syntax-colon", "expected `:`"),
        "expected `,` or `]`" => Message::tr("problem-syntax-list", "expected `,` or `]`"),
        // The brace is a value: Fluent reads braces in a message as its own.
        "expected `,` or `}`" => Message::trf(
            "problem-syntax-object",
            "expected `,` or `{ $brace }`",
            &[("brace", &"}")],
        ),
        "expected ident" => Message::tr("problem-syntax-ident", "expected ident"),
        "key must be a string" => Message::tr("problem-syntax-key", "key must be a string"),
        "trailing comma" => Message::tr("problem-syntax-trailing-comma", "trailing comma"),
        "trailing characters" => {
            Message::tr("problem-syntax-trailing-characters", "trailing characters")
        }
        "invalid escape" => Message::tr("problem-syntax-escape", "invalid escape"),
        "invalid number" => Message::tr("problem-syntax-number", "invalid number"),
        "EOF while parsing a list" => {
            Message::tr("problem-syntax-eof-list", "EOF while parsing a list")
        }
        "EOF while parsing an object" => {
            Message::tr("problem-syntax-eof-object", "EOF while parsing an object")
        }
        "EOF while parsing a string" => {
            Message::tr("problem-syntax-eof-string", "EOF while parsing a string")
        }
        "EOF while parsing a value" => {
            Message::tr("problem-syntax-eof-value", "EOF while parsing a value")
        }
        other => Message::verbatim(other),
    }
}

/// A `serde_json` parse error as a located, plain-language problem.
fn syntax_problem(e: &serde_json::Error) -> FileProblem {
    let location = format!("line {}, column {}", e.line(), e.column());
    let raw = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let bare = raw.strip_suffix(&suffix).unwrap_or(&raw);
    let message = match e.classify() {
        serde_json::error::Category::Eof => Message::tr(
            "problem-json-truncated",
            "the file ends in the middle of the JSON (is it truncated?): { $error }",
        )
        .with("error", json_error_words(bare)),
        _ if bare == "recursion limit exceeded" => Message::tr(
            "problem-json-too-deep",
            "the JSON is nested too deeply (more than 128 levels)",
        ),
        _ if bare == "number out of range" => Message::tr(
            "problem-json-number-out-of-range",
            "a number is too large to represent (like 1e999); scores must be between -1 and 1",
        ),
        _ => Message::tr("problem-json-syntax", "JSON syntax error: { $error }")
            .with("error", json_error_words(bare)),
    };
    (location, message)
}
