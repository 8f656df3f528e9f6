//! A small PDF reader for the figure tests: the objects of a PDF file, the
//! text of each page as a reader's copy and paste gives it (through each
//! font's `ToUnicode` map), and the fonts' descriptors.
//!
//! It reads what a PDF writer such as krilla writes: objects in the file
//! body (no object streams), streams compressed with `FlateDecode`, text
//! shown with `Tj`, `'`, `"` and `TJ`, in the page's content and in the
//! form `XObject`s it draws. Anything else fails the test with the reason.
//! Issue 23 asks for "a PDF text extractor in the test, or a crate reading
//! the content stream"; this one replaced the lopdf crate, whose
//! dependencies (cryptography, brotli, nom, encoding tables) cost every
//! cold `cargo test` about 65 CPU seconds for the three functions used.
#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test helper: a PDF it cannot read fails the test, saying why"
)]

use std::collections::BTreeMap;
use std::io::Read as _;

/// A PDF value.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(BTreeMap<Vec<u8>, Obj>),
    /// An indirect reference (object number; generations are not kept).
    Ref(u32),
    /// A stream: its dictionary and its bytes, decoded.
    Stream(BTreeMap<Vec<u8>, Obj>, Vec<u8>),
    /// An operator of a content stream (`Tj`, `BT`, …).
    Op(Vec<u8>),
}

impl Obj {
    fn dict(&self) -> Option<&BTreeMap<Vec<u8>, Obj>> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }

    fn get(&self, key: &str) -> Option<&Obj> {
        self.dict().and_then(|d| d.get(key.as_bytes()))
    }

    fn is_name(&self, name: &str) -> bool {
        matches!(self, Obj::Name(n) if n == name.as_bytes())
    }
}

/// A parsed PDF: its objects by number, and the trailer.
#[derive(Debug)]
pub struct Pdf {
    pub objects: BTreeMap<u32, Obj>,
    trailer: Option<Obj>,
}

struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl<'a> Lexer<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_white(&mut self) {
        while let Some(b) = self.peek() {
            if is_white(b) {
                self.at += 1;
            } else if b == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.bytes[self.at..].starts_with(s)
    }

    /// A bare word: a number, a keyword or an operator.
    fn word(&mut self) -> &'a [u8] {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| !is_white(b) && !is_delimiter(b))
        {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    fn fail(&self, what: &str) -> ! {
        let end = (self.at + 40).min(self.bytes.len());
        panic!(
            "PDF: {what} at byte {}: {:?}",
            self.at,
            String::from_utf8_lossy(&self.bytes[self.at..end])
        )
    }

    /// The next value; in a content stream a bare word is an operator.
    fn value(&mut self) -> Option<Obj> {
        self.skip_white();
        let b = self.peek()?;
        Some(match b {
            b'/' => {
                self.at += 1;
                Obj::Name(unescape_name(self.word()))
            }
            b'(' => Obj::Str(self.literal_string()),
            b'<' if self.starts_with(b"<<") => {
                self.at += 2;
                let mut dict = BTreeMap::new();
                loop {
                    self.skip_white();
                    if self.starts_with(b">>") {
                        self.at += 2;
                        break;
                    }
                    let Some(Obj::Name(key)) = self.value() else {
                        self.fail("a dictionary key that is not a name")
                    };
                    let value = self
                        .value()
                        .unwrap_or_else(|| self.fail("a key without value"));
                    dict.insert(key, value);
                }
                Obj::Dict(dict)
            }
            b'<' => {
                self.at += 1;
                let start = self.at;
                while self.peek().is_some_and(|b| b != b'>') {
                    self.at += 1;
                }
                let hex = &self.bytes[start..self.at];
                self.at += 1;
                Obj::Str(from_hex(hex))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_white();
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        break;
                    }
                    items.push(
                        self.value()
                            .unwrap_or_else(|| self.fail("an unclosed array")),
                    );
                }
                Obj::Array(items)
            }
            _ if is_delimiter(b) => self.fail("an unexpected delimiter"),
            _ => {
                let word = self.word();
                match word {
                    b"true" => Obj::Bool(true),
                    b"false" => Obj::Bool(false),
                    b"null" => Obj::Null,
                    _ => match std::str::from_utf8(word)
                        .ok()
                        .and_then(|w| w.parse::<f64>().ok())
                    {
                        Some(n) => self.maybe_reference(n),
                        None => Obj::Op(word.to_vec()),
                    },
                }
            }
        })
    }

    /// `N G R` after the number `N` is a reference.
    fn maybe_reference(&mut self, n: f64) -> Obj {
        let back = self.at;
        self.skip_white();
        let generation = self.word();
        if !generation.is_empty() && generation.iter().all(u8::is_ascii_digit) {
            self.skip_white();
            if self.peek() == Some(b'R')
                && self
                    .bytes
                    .get(self.at + 1)
                    .is_none_or(|&b| is_white(b) || is_delimiter(b))
            {
                self.at += 1;
                return Obj::Ref(n as u32);
            }
        }
        self.at = back;
        Obj::Num(n)
    }

    fn literal_string(&mut self) -> Vec<u8> {
        self.at += 1;
        let mut out = Vec::new();
        let mut depth = 1;
        loop {
            let Some(b) = self.peek() else {
                self.fail("an unclosed string")
            };
            self.at += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return out;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else {
                        self.fail("a string ending in a backslash")
                    };
                    self.at += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        b'0'..=b'7' => {
                            let mut code = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        code = code * 8 + u32::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((code & 0xff) as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
    }
}

fn from_hex(hex: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = hex
        .iter()
        .filter(|b| !is_white(**b))
        .map(|b| match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => panic!("PDF: {:?} in a hex string", *b as char),
        })
        .collect();
    digits
        .chunks(2)
        .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0))
        .collect()
}

fn unescape_name(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#' && i + 3 <= raw.len() {
            out.extend(from_hex(&raw[i + 1..i + 3]));
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

fn inflate(data: &[u8], what: &str) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .read_to_end(&mut out)
        .unwrap_or_else(|e| panic!("PDF: {what}: FlateDecode fails: {e}"));
    out
}

impl Pdf {
    /// Reads the objects of a PDF file's body and its trailer.
    pub fn parse(bytes: &[u8]) -> Self {
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF: no %PDF- header");
        let mut lexer = Lexer::new(bytes);
        let mut objects = BTreeMap::new();
        let mut trailer = None;
        loop {
            lexer.skip_white();
            if lexer.peek().is_none() {
                break;
            }
            if lexer.starts_with(b"xref") {
                // The cross-reference table: lines of digits, f and n.
                lexer.word();
                while {
                    lexer.skip_white();
                    lexer
                        .peek()
                        .is_some_and(|b| b.is_ascii_digit() || b == b'f' || b == b'n')
                } {
                    lexer.word();
                }
                continue;
            }
            if lexer.starts_with(b"trailer") {
                lexer.word();
                trailer = lexer.value();
                continue;
            }
            if lexer.starts_with(b"startxref") {
                lexer.word();
                lexer.value();
                continue;
            }
            let Some(Obj::Num(number)) = lexer.value() else {
                lexer.fail("an object number")
            };
            let _generation = lexer.value();
            lexer.skip_white();
            if lexer.word() != b"obj" {
                lexer.fail("`obj`");
            }
            let value = lexer
                .value()
                .unwrap_or_else(|| lexer.fail("an empty object"));
            lexer.skip_white();
            let value = if lexer.starts_with(b"stream") {
                lexer.at += b"stream".len();
                if lexer.starts_with(b"\r\n") {
                    lexer.at += 2;
                } else if lexer.starts_with(b"\n") || lexer.starts_with(b"\r") {
                    lexer.at += 1;
                }
                let Obj::Dict(dict) = value else {
                    lexer.fail("a stream without a dictionary")
                };
                let length = match dict.get(b"Length".as_slice()) {
                    Some(Obj::Num(n)) => *n as usize,
                    _ => {
                        // An indirect length: up to `endstream`.
                        let rest = &bytes[lexer.at..];
                        rest.windows(9)
                            .position(|w| w == b"endstream")
                            .unwrap_or_else(|| lexer.fail("a stream without endstream"))
                    }
                };
                let raw = &bytes[lexer.at..lexer.at + length];
                lexer.at += length;
                lexer.skip_white();
                if lexer.word() != b"endstream" {
                    lexer.fail("`endstream`");
                }
                let what = format!("object {number}");
                let data = match dict.get(b"Filter".as_slice()) {
                    None => raw.to_vec(),
                    Some(f) if f.is_name("FlateDecode") => inflate(raw, &what),
                    Some(Obj::Array(fs)) if fs.len() == 1 && fs[0].is_name("FlateDecode") => {
                        inflate(raw, &what)
                    }
                    Some(other) => panic!("PDF: {what}: filter {other:?} is not read here"),
                };
                Obj::Stream(dict, data)
            } else {
                value
            };
            lexer.skip_white();
            if lexer.word() != b"endobj" {
                lexer.fail("`endobj`");
            }
            objects.insert(number as u32, value);
        }
        assert!(
            !objects
                .values()
                .any(|o| o.get("Type").is_some_and(|t| t.is_name("ObjStm"))),
            "PDF: object streams are not read here"
        );
        Self { objects, trailer }
    }

    /// A value, its reference followed.
    fn resolve<'p>(&'p self, obj: &'p Obj) -> &'p Obj {
        match obj {
            Obj::Ref(n) => self
                .objects
                .get(n)
                .unwrap_or_else(|| panic!("PDF: object {n} is referenced but missing")),
            other => other,
        }
    }

    fn get<'p>(&'p self, obj: &'p Obj, key: &str) -> Option<&'p Obj> {
        self.resolve(obj).get(key).map(|v| self.resolve(v))
    }

    /// The pages, in order.
    pub fn pages(&self) -> Vec<&Obj> {
        let catalog = match &self.trailer {
            Some(trailer) => self
                .get(trailer, "Root")
                .expect("PDF: a trailer without /Root"),
            None => self
                .objects
                .values()
                .find(|o| o.get("Type").is_some_and(|t| t.is_name("Catalog")))
                .expect("PDF: no catalog"),
        };
        let mut pages = Vec::new();
        let root = self
            .get(catalog, "Pages")
            .expect("PDF: a catalog without /Pages");
        self.collect_pages(root, &mut pages);
        pages
    }

    fn collect_pages<'p>(&'p self, node: &'p Obj, out: &mut Vec<&'p Obj>) {
        if node.get("Type").is_some_and(|t| t.is_name("Pages")) {
            let Some(Obj::Array(kids)) = self.get(node, "Kids") else {
                panic!("PDF: a page tree node without /Kids")
            };
            for kid in kids {
                self.collect_pages(self.resolve(kid), out);
            }
        } else {
            out.push(node);
        }
    }

    /// A page's attribute, inherited from the page tree.
    fn inherited<'p>(&'p self, page: &'p Obj, key: &str) -> Option<&'p Obj> {
        let mut node = page;
        loop {
            if let Some(v) = self.get(node, key) {
                return Some(v);
            }
            node = self.get(node, "Parent")?;
        }
    }

    /// The text of each page, in the order it is drawn.
    pub fn page_texts(&self) -> Vec<String> {
        self.pages()
            .into_iter()
            .map(|page| {
                let mut content = Vec::new();
                match self.get(page, "Contents") {
                    Some(Obj::Stream(_, data)) => content.extend_from_slice(data),
                    Some(Obj::Array(parts)) => {
                        for part in parts {
                            let Obj::Stream(_, data) = self.resolve(part) else {
                                panic!("PDF: a content part that is not a stream")
                            };
                            content.extend_from_slice(data);
                            content.push(b'\n');
                        }
                    }
                    None => {}
                    Some(other) => panic!("PDF: page contents {other:?}"),
                }
                let resources = self.inherited(page, "Resources");
                let mut text = String::new();
                self.show_text(&content, resources, &mut text, 0);
                text
            })
            .collect()
    }

    /// Runs a content stream, appending the text it shows.
    fn show_text(&self, content: &[u8], resources: Option<&Obj>, text: &mut String, depth: u32) {
        assert!(depth < 16, "PDF: form XObjects nested too deep");
        let mut lexer = Lexer::new(content);
        let mut operands: Vec<Obj> = Vec::new();
        let mut font: Option<CMap> = None;
        while let Some(token) = lexer.value() {
            let Obj::Op(op) = token else {
                operands.push(token);
                continue;
            };
            match op.as_slice() {
                b"BI" => {
                    // An inline image: up to its end.
                    let rest = &content[lexer.at..];
                    let end = rest
                        .windows(3)
                        .position(|w| w == b"EI\n" || w == b"EI " || w == b"EI\r")
                        .expect("PDF: an inline image without EI");
                    lexer.at += end + 2;
                }
                b"Tf" => {
                    let Some(Obj::Name(name)) = operands.first() else {
                        panic!("PDF: Tf without a font name")
                    };
                    let name = String::from_utf8_lossy(name).into_owned();
                    let object = resources
                        .and_then(|r| self.get(r, "Font"))
                        .and_then(|fonts| self.get(fonts, &name))
                        .unwrap_or_else(|| panic!("PDF: font /{name} is not in the resources"));
                    font = Some(CMap::of_font(self, object));
                }
                b"Tj" | b"'" | b"\"" => {
                    if let Some(Obj::Str(s)) = operands.last() {
                        text.push_str(&font.as_ref().expect("PDF: text before Tf").decode(s));
                    }
                    text.push('\n');
                }
                b"TJ" => {
                    if let Some(Obj::Array(items)) = operands.last() {
                        for item in items {
                            if let Obj::Str(s) = item {
                                text.push_str(
                                    &font.as_ref().expect("PDF: text before Tf").decode(s),
                                );
                            }
                        }
                    }
                    text.push('\n');
                }
                b"Do" => {
                    let Some(Obj::Name(name)) = operands.first() else {
                        panic!("PDF: Do without a name")
                    };
                    let name = String::from_utf8_lossy(name).into_owned();
                    let object = resources
                        .and_then(|r| self.get(r, "XObject"))
                        .and_then(|x| self.get(x, &name))
                        .unwrap_or_else(|| panic!("PDF: XObject /{name} is not in the resources"));
                    if object.get("Subtype").is_some_and(|s| s.is_name("Form"))
                        && let Obj::Stream(_, data) = object
                    {
                        let inner = self.get(object, "Resources").or(resources);
                        self.show_text(data, inner, text, depth + 1);
                    }
                }
                _ => {}
            }
            operands.clear();
        }
    }

    /// How many font descriptors there are, and how many of them embed
    /// their font (`FontFile`, `FontFile2` or `FontFile3`).
    pub fn font_descriptors(&self) -> (usize, usize) {
        let descriptors: Vec<&Obj> = self
            .objects
            .values()
            .filter(|o| o.get("Type").is_some_and(|t| t.is_name("FontDescriptor")))
            .collect();
        let embedded = descriptors
            .iter()
            .filter(|d| {
                ["FontFile", "FontFile2", "FontFile3"]
                    .iter()
                    .any(|k| matches!(self.get(d, k), Some(Obj::Stream(..))))
            })
            .count();
        (descriptors.len(), embedded)
    }
}

/// A font's map from the codes of its strings to text.
struct CMap {
    code_bytes: usize,
    map: BTreeMap<u32, String>,
}

impl CMap {
    fn of_font(pdf: &Pdf, font: &Obj) -> Self {
        let Some(Obj::Stream(_, data)) = pdf.get(font, "ToUnicode") else {
            panic!("PDF: a font without a ToUnicode map: its text cannot be extracted")
        };
        let mut cmap = CMap {
            code_bytes: if font.get("Subtype").is_some_and(|s| s.is_name("Type0")) {
                2
            } else {
                1
            },
            map: BTreeMap::new(),
        };
        let mut lexer = Lexer::new(data);
        let mut operands: Vec<Obj> = Vec::new();
        let mut section: &[u8] = b"";
        let number = |s: &[u8]| s.iter().fold(0u32, |n, b| n << 8 | u32::from(*b));
        while let Some(token) = lexer.value() {
            match token {
                Obj::Op(op) => {
                    match op.as_slice() {
                        b"begincodespacerange" | b"beginbfchar" | b"beginbfrange" => {
                            section = match op.as_slice() {
                                b"begincodespacerange" => b"space",
                                b"beginbfchar" => b"char",
                                _ => b"range",
                            };
                        }
                        b"endcodespacerange" => {
                            if let Some(Obj::Str(low)) = operands.first() {
                                cmap.code_bytes = low.len();
                            }
                            section = b"";
                        }
                        b"endbfchar" => {
                            for pair in operands.chunks(2) {
                                if let [Obj::Str(code), Obj::Str(text)] = pair {
                                    cmap.map.insert(number(code), utf16(text));
                                }
                            }
                            section = b"";
                        }
                        b"endbfrange" => {
                            for triple in operands.chunks(3) {
                                match triple {
                                    [Obj::Str(low), Obj::Str(high), Obj::Str(first)] => {
                                        let (low, high) = (number(low), number(high));
                                        let mut units: Vec<u16> = first
                                            .chunks(2)
                                            .map(|c| u16::from(c[0]) << 8 | u16::from(c[1]))
                                            .collect();
                                        for code in low..=high {
                                            cmap.map.insert(code, String::from_utf16_lossy(&units));
                                            if let Some(last) = units.last_mut() {
                                                *last = last.wrapping_add(1);
                                            }
                                        }
                                    }
                                    [Obj::Str(low), Obj::Str(_), Obj::Array(texts)] => {
                                        for (i, t) in texts.iter().enumerate() {
                                            if let Obj::Str(t) = t {
                                                cmap.map.insert(number(low) + i as u32, utf16(t));
                                            }
                                        }
                                    }
                                    _ => panic!("PDF: a bfrange entry {triple:?}"),
                                }
                            }
                            section = b"";
                        }
                        _ => {}
                    }
                    if section.is_empty() || op.starts_with(b"begin") {
                        operands.clear();
                    }
                }
                other => operands.push(other),
            }
        }
        cmap
    }

    fn decode(&self, s: &[u8]) -> String {
        s.chunks(self.code_bytes)
            .map(|code| {
                let code = code.iter().fold(0u32, |n, b| n << 8 | u32::from(*b));
                self.map
                    .get(&code)
                    .cloned()
                    .unwrap_or_else(|| "\u{fffd}".to_owned())
            })
            .collect()
    }
}

fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from(c[0]) << 8 | u16::from(c.get(1).copied().unwrap_or(0)))
        .collect();
    String::from_utf16_lossy(&units)
}

mod reader {
    use super::*;

    /// A hand-made PDF: a page tree of two pages, a Type0 font whose
    /// `ToUnicode` map has a bfchar and a bfrange, text in a literal string
    /// with octal escapes, in a hex string and in a form `XObject`.
    fn two_pages() -> Vec<u8> {
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
            1 begincodespacerange <0000> <FFFF> endcodespacerange \
            2 beginbfchar <0001> <0041> <0002> <0439> endbfchar \
            1 beginbfrange <0010> <0012> <0061> endbfrange \
            endcmap end end";
        let mut zipped = Vec::new();
        {
            use std::io::Write as _;
            let mut z = flate2::write::ZlibEncoder::new(&mut zipped, flate2::Compression::fast());
            z.write_all(cmap).expect("compress");
            z.finish().expect("compress");
        }
        let page1 = b"BT /f0 12 Tf [(\\000\\001\\000\\002) -250 (\\000\\020)] TJ ET /x0 Do";
        let form = b"BT /f0 9 Tf <00110012> Tj ET";
        let page2 = b"q BT /f0 9 Tf (\\000\\001) Tj ET Q";
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut obj = |n: u32, body: &[u8]| {
            out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        };
        obj(1, b"<</Type/Catalog/Pages 2 0 R>>");
        obj(
            2,
            b"<</Type/Pages/Count 2/Kids[3 0 R 4 0 R]/Resources<</Font<</f0 5 0 R>>>>>>",
        );
        obj(3, b"<</Type/Page/Parent 2 0 R/Contents 7 0 R/Resources<</Font<</f0 5 0 R>>/XObject<</x0 8 0 R>>>>>>");
        obj(4, b"<</Type/Page/Parent 2 0 R/Contents[9 0 R]>>");
        obj(
            5,
            b"<</Type/Font/Subtype/Type0/BaseFont/A#2dB/ToUnicode 6 0 R>>",
        );
        let mut s6 =
            format!("<</Length {}/Filter/FlateDecode>>\nstream\n", zipped.len()).into_bytes();
        s6.extend_from_slice(&zipped);
        s6.extend_from_slice(b"\nendstream");
        obj(6, &s6);
        for (n, body) in [(7, &page1[..]), (9, &page2[..])] {
            let mut s = format!("<</Length {}>>\nstream\n", body.len()).into_bytes();
            s.extend_from_slice(body);
            s.extend_from_slice(b"\nendstream");
            obj(n, &s);
        }
        let mut s8 = format!(
            "<</Type/XObject/Subtype/Form/Length {}>>\nstream\n",
            form.len()
        )
        .into_bytes();
        s8.extend_from_slice(form);
        s8.extend_from_slice(b"\nendstream");
        obj(8, &s8);
        obj(
            10,
            b"<</Type/FontDescriptor/FontName/A-B/FontFile2 11 0 R>>",
        );
        obj(11, b"<</Length 3>>\nstream\nabc\nendstream");
        obj(12, b"<</Type/FontDescriptor/FontName/C>>");
        out.extend_from_slice(b"trailer\n<</Root 1 0 R/Size 13>>\nstartxref\n0\n%%EOF\n");
        out
    }

    #[test]
    fn the_reader_extracts_text_through_the_fonts_tounicode_maps_page_by_page() {
        let pdf = Pdf::parse(&two_pages());
        let pages: Vec<String> = pdf
            .page_texts()
            .iter()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            pages,
            ["Aйa bc", "A"],
            "bfchar, bfrange, octal, hex, a form, inheritance"
        );
        assert_eq!(
            pdf.font_descriptors(),
            (2, 1),
            "one of two descriptors embeds its font"
        );
        assert_eq!(
            pdf.objects.get(&5).and_then(|f| f.get("BaseFont")),
            Some(&Obj::Name(b"A-B".to_vec())),
            "#2d in a name is '-'"
        );
    }

    #[test]
    fn the_reader_says_what_it_cannot_read() {
        let result = std::panic::catch_unwind(|| {
            Pdf::parse(b"%PDF-1.7\n1 0 obj\n<</A 1>>\nendobj\n2 0 oops")
        });
        let message = result
            .expect_err("a broken object fails")
            .downcast::<String>()
            .map(|s| *s)
            .unwrap_or_default();
        assert!(message.contains("`obj`"), "{message}");
    }
}
