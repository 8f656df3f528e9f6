//! Delimited text as spreadsheets export it: a UTF-8 byte-order mark or
//! none, CRLF or LF line ends, quoted fields holding commas and line
//! breaks, a comma, semicolon or tab as the delimiter (told from the header
//! line); header names matched case-insensitively. Streams with the `csv`
//! crate: one record in memory at a time.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Chain, Cursor, Read};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::{Problems, Stop, cannot_read, cell, empty};
use crate::i18n::Message;

/// Why [`Watched`] stopped a read; carried inside an [`io::Error`].
#[derive(Debug)]
enum Halt {
    Cancelled,
    TooLarge,
}

impl std::fmt::Display for Halt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Cancelled => f.write_str("cancelled"),
            Self::TooLarge => f.write_str("over the size limit"),
        }
    }
}

impl std::error::Error for Halt {}

/// A reader that reports progress, can be cancelled and refuses to read
/// past a byte limit.
pub struct Watched<'a, R> {
    inner: R,
    progress: Option<&'a AtomicU64>,
    cancel: Option<&'a AtomicBool>,
    limit: u64,
    read: u64,
}

impl<'a, R: Read> Watched<'a, R> {
    /// Watch `inner`: add what is read to `progress`, stop when `cancel` is
    /// set, refuse to read past `limit` bytes.
    pub fn new(
        inner: R,
        progress: Option<&'a AtomicU64>,
        cancel: Option<&'a AtomicBool>,
        limit: u64,
    ) -> Self {
        Self {
            inner,
            progress,
            cancel,
            limit,
            read: 0,
        }
    }
}

impl<R: Read> Read for Watched<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(io::Error::other(Halt::Cancelled));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(io::Error::other(Halt::TooLarge));
        }
        if let Some(p) = self.progress {
            p.fetch_add(n as u64, Ordering::Relaxed);
        }
        Ok(n)
    }
}

/// What an I/O error means for the import.
pub fn stop_of(e: &io::Error) -> Stop {
    match e.get_ref().and_then(|inner| inner.downcast_ref::<Halt>()) {
        Some(Halt::Cancelled) => Stop::Cancelled,
        Some(Halt::TooLarge) => Stop::TooLarge,
        None => Stop::Unreadable(cannot_read(e)),
    }
}

/// A whole-file encoding problem seen in the first bytes: UTF-16 or UTF-32
/// (spreadsheets' "Unicode text"), which this reader does not take.
pub(crate) fn encoding_problem(head: &[u8]) -> Option<Message> {
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    let nul_pairs = head.len() >= 4
        && head.iter().take(64).filter(|b| **b == 0).count() * 3 > head.len().min(64);
    if !(utf16 || nul_pairs) {
        return None;
    }
    // The first character that is not a NUL, a byte-order mark or a space:
    // `{` is JSON (GeoJSON), anything else a table.
    let json = head
        .iter()
        .find(|b| !matches!(**b, 0 | 0xFF | 0xFE) && !b.is_ascii_whitespace())
        == Some(&b'{');
    Some(if json {
        Message::tr(
            "importer-wide-encoding-json",
            "the file is in UTF-16 (or another wide encoding), not UTF-8; save it again as UTF-8 (in QGIS: Export, Save Features As…, Encoding UTF-8)",
        )
    } else {
        Message::tr(
            "importer-wide-encoding-csv",
            "the file is in UTF-16 (or another wide encoding), not UTF-8; save or export it as \"CSV UTF-8\"",
        )
    })
}

/// The delimiter of the header line: the most frequent of `,`, `;`, tab.
pub fn delimiter(head: &[u8]) -> u8 {
    let line_end = head.iter().position(|b| *b == b'\n').unwrap_or(head.len());
    let line = head.get(..line_end).unwrap_or(head);
    let count = |d: u8| line.iter().filter(|b| **b == d).count();
    let mut best = (count(b','), b',');
    for d in [b';', b'\t'] {
        if count(d) > best.0 {
            best = (count(d), d);
        }
    }
    best.1
}

/// The column names of the header line in `head` (trimmed, lower case).
pub(crate) fn header_names(head: &[u8]) -> Vec<String> {
    let mut reader = builder(delimiter(head)).from_reader(head);
    let mut record = ::csv::ByteRecord::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => record.iter().map(normalise).collect(),
        _ => Vec::new(),
    }
}

fn normalise(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw).trim().to_lowercase()
}

fn builder(delimiter: u8) -> ::csv::ReaderBuilder {
    let mut b = ::csv::ReaderBuilder::new();
    b.has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(256 * 1024);
    b
}

/// Where the lines of the text start, for the rows read so far: the `csv`
/// crate's own line numbers drift after a CRLF line end or a blank line, so
/// the lines are counted here, from the bytes as they are read.
#[derive(Default)]
struct LineIndex {
    /// Bytes seen so far.
    offset: u64,
    /// Line starts not yet passed: (byte offset, the line is blank).
    starts: VecDeque<(u64, bool)>,
    /// The line number of `starts.front()`.
    front_line: u64,
    /// The last byte seen was a line feed.
    after_newline: bool,
}

impl LineIndex {
    fn new() -> Self {
        Self {
            starts: VecDeque::from([(0, false)]),
            front_line: 1,
            ..Self::default()
        }
    }

    fn scan(&mut self, bytes: &[u8]) {
        for (i, b) in bytes.iter().enumerate() {
            if self.after_newline {
                self.starts
                    .push_back((self.offset + i as u64, matches!(b, b'\r' | b'\n')));
                self.after_newline = false;
            }
            if *b == b'\n' {
                self.after_newline = true;
            }
        }
        self.offset += bytes.len() as u64;
    }

    /// The line of a record the `csv` crate places at `byte` (the start of
    /// the record, or the line end before it): the first line that starts
    /// there or after and is not blank. Earlier lines are forgotten.
    fn line_at(&mut self, byte: u64) -> u64 {
        while let Some((start, blank)) = self.starts.front().copied() {
            if start < byte || (blank && self.starts.len() > 1) {
                self.starts.pop_front();
                self.front_line += 1;
            } else {
                break;
            }
        }
        self.front_line
    }
}

/// A reader that feeds a [`LineIndex`].
struct Indexed<R> {
    inner: R,
    lines: Rc<RefCell<LineIndex>>,
}

impl<R: Read> Read for Indexed<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.lines
            .borrow_mut()
            .scan(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

/// An open CSV file: its header and the current row.
pub struct Table<R: Read> {
    reader: ::csv::Reader<Indexed<Chain<Cursor<Vec<u8>>, R>>>,
    lines: Rc<RefCell<LineIndex>>,
    /// Column names, trimmed and in lower case.
    pub names: Vec<String>,
    /// Column names as written (trimmed).
    pub written: Vec<String>,
    record: ::csv::ByteRecord,
    line: u64,
}

impl<R: Read> Table<R> {
    /// Read the header of `reader`. An empty file, a wide encoding or an
    /// unreadable header is one problem and `Ok(None)`.
    pub fn open(mut reader: R, problems: &mut Problems) -> Result<Option<Self>, Stop> {
        let mut head = vec![0; 64 * 1024];
        let mut filled = 0;
        while filled < head.len() {
            let buf = head.get_mut(filled..).unwrap_or_default();
            match reader.read(buf) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(stop_of(&e)),
            }
        }
        head.truncate(filled);
        let boms = head.len() - crate::data::text::strip_boms(&head).len();
        head.drain(..boms);
        if let Some(message) = encoding_problem(&head) {
            problems.at("", message);
            return Ok(None);
        }
        if head.iter().all(u8::is_ascii_whitespace) {
            problems.at("", empty());
            return Ok(None);
        }
        let delimiter = delimiter(&head);
        let lines = Rc::new(RefCell::new(LineIndex::new()));
        let indexed = Indexed {
            inner: Cursor::new(head).chain(reader),
            lines: Rc::clone(&lines),
        };
        let mut reader = builder(delimiter).from_reader(indexed);
        let mut record = ::csv::ByteRecord::new();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => {
                problems.at("", empty());
                return Ok(None);
            }
            Err(e) => return Err(csv_stop(e)),
        }
        let written: Vec<String> = record
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_owned())
            .collect();
        Ok(Some(Self {
            reader,
            lines,
            names: written.iter().map(|w| w.to_lowercase()).collect(),
            written,
            record,
            line: 1,
        }))
    }

    /// The index of each of `wanted` (lower case) in the header; a missing
    /// one is a problem naming the expected header, and `None`. Columns
    /// neither wanted nor `optional` are each a problem (and ignored);
    /// with `optional` `None`, any other column is ignored silently.
    pub(crate) fn require(
        &self,
        wanted: &[&str],
        optional: Option<&[&str]>,
        problems: &mut Problems,
    ) -> Option<Vec<usize>> {
        let find = |n: &str| self.names.iter().position(|h| h == n);
        let missing: Vec<&str> = wanted
            .iter()
            .copied()
            .filter(|n| find(n).is_none())
            .collect();
        if !missing.is_empty() {
            problems.at(
                "line 1",
                Message::trf(
                    "importer-wrong-header",
                    "wrong header: expected the columns \"{ $expected }\" (missing: { $missing }); found \"{ $found }\"",
                    &[
                        ("expected", &wanted.join(",")),
                        ("missing", &missing.join(", ")),
                        ("found", &self.written.join(",")),
                    ],
                ),
            );
            return None;
        }
        let Some(optional) = optional else {
            return Some(wanted.iter().filter_map(|n| find(n)).collect());
        };
        for (i, name) in self.names.iter().enumerate() {
            if !wanted.contains(&name.as_str()) && !optional.contains(&name.as_str()) {
                problems.at(
                    cell(1, i + 1),
                    Message::trf(
                        "importer-unknown-column",
                        "unknown column \"{ $column }\" is ignored (the columns are { $columns })",
                        &[
                            ("column", &self.written.get(i).map_or("", String::as_str)),
                            (
                                "columns",
                                &wanted
                                    .iter()
                                    .chain(optional)
                                    .copied()
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                        ],
                    ),
                );
            }
        }
        Some(wanted.iter().filter_map(|n| find(n)).collect())
    }

    /// The index of an optional column.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|h| h == name)
    }

    /// Move to the next row that is not blank; `Ok(false)` at the end. A row
    /// with a different number of fields than the header is a problem and
    /// is skipped.
    pub fn next(&mut self, problems: &mut Problems) -> Result<bool, Stop> {
        loop {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(false) => return Ok(false),
                Ok(true) => {}
                Err(e) => match e.kind() {
                    ::csv::ErrorKind::Io(_) => return Err(csv_stop(e)),
                    _ => {
                        let line = match e.position() {
                            Some(p) => self.lines.borrow_mut().line_at(p.byte()),
                            None => self.line + 1,
                        };
                        problems.at(
                            format!("line {line}"),
                            Message::trf(
                                "importer-unreadable-row",
                                "unreadable row: { $error }",
                                &[("error", &e)],
                            ),
                        );
                        continue;
                    }
                },
            }
            self.line = match self.record.position() {
                Some(p) => self.lines.borrow_mut().line_at(p.byte()),
                None => self.line + 1,
            };
            if self
                .record
                .iter()
                .all(|f| f.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            if self.record.len() != self.names.len() {
                problems.at(
                    format!("line {}", self.line),
                    Message::trn(
                        "importer-row-fields",
                        "this row has { $count } field but the header has { $columns }; the row is skipped",
                        "this row has { $count } fields but the header has { $columns }; the row is skipped",
                        self.record.len(),
                        &[("columns", &self.names.len())],
                    ),
                );
                continue;
            }
            return Ok(true);
        }
    }

    /// The line the current row starts on (1-based).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Where field `i` (0-based) of the current row is.
    pub(crate) fn at(&self, i: usize) -> String {
        cell(self.line, i + 1)
    }

    /// The raw bytes of field `i` of the current row.
    pub(crate) fn bytes(&self, i: usize) -> &[u8] {
        self.record.get(i).unwrap_or_default()
    }

    /// Field `i` of the current row as text, trimmed; not UTF-8 is an error.
    pub(crate) fn text(&self, i: usize) -> Result<&str, Message> {
        std::str::from_utf8(self.bytes(i))
            .map(str::trim)
            .map_err(|_| {
                Message::tr(
                    "importer-cell-not-utf8",
                    "is not valid UTF-8 text (save the file as \"CSV UTF-8\")",
                )
            })
    }

    /// The column name of field `i` as written in the header.
    pub(crate) fn name(&self, i: usize) -> &str {
        self.written.get(i).map_or("", String::as_str)
    }
}

fn csv_stop(e: ::csv::Error) -> Stop {
    match e.into_kind() {
        ::csv::ErrorKind::Io(io) => stop_of(&io),
        other => Stop::Unreadable(Message::trf(
            "importer-not-csv",
            "cannot read the file as CSV ({ $error })",
            &[("error", &format!("{other:?}"))],
        )),
    }
}
