//! A PNG encoded row by row while the image is still being drawn
//! ([`super::raster::Rasterizer::render_rows`] hands on every band once
//! it is finished), so `heartland render` has its file's bytes soon after
//! the last band is drawn instead of encoding the whole image afterwards.
//!
//! The bytes are exactly those of [`super::write_png`]'s encoder (the
//! `image` crate's PNG with fast compression and the "up" filter on every
//! row, which is the `png` crate's `fdeflate` path): the same header, each
//! row filtered and handed to the same compressor alone, one `IDAT`
//! chunk. The stream is compressed into the file's own bytes, after the
//! header and the start of that chunk, which are written first. Where that
//! path would store the rows uncompressed (compression that gains nothing)
//! or the rows do not add up to the image, the caller encodes the finished
//! image the usual way instead ([`PngRows::finish`] says so with `None`).

/// The PNG filter type byte of the "up" filter (each byte minus the byte
/// above it).
const FILTER_UP: u8 = 2;

/// A PNG being encoded row by row, top to bottom.
pub struct PngRows {
    /// Image width in pixels.
    width: usize,

    /// Image height in pixels.
    height: usize,

    /// Rows compressed so far.
    rows: usize,

    /// The file so far: the signature, the header chunk and the start of
    /// the one `IDAT` chunk, then the zlib stream of the filtered rows,
    /// written in place (`None` after an error: a `Vec` never refuses a
    /// write, so in practice never).
    compressor: Option<fdeflate::Compressor<Vec<u8>>>,

    /// The previous row's RGBA bytes (zeros above the first row).
    above: Vec<u8>,

    /// The filter type byte and the filtered row.
    filtered: Vec<u8>,
}

impl PngRows {
    /// Start the PNG of a `width × height` RGBA image.
    pub fn new(width: u32, height: u32) -> Self {
        let (width, height) = (width as usize, height as usize);
        let row_bytes = width.saturating_mul(4);
        // Room for the file up front (a figure compresses to well under
        // half its bytes; only what is written is touched). The stream is
        // compressed straight into the file's bytes, after the start of its
        // `IDAT` chunk, so the file is not copied together at the end.
        let capacity = row_bytes.saturating_mul(height) / 2;
        let mut file = Vec::with_capacity(capacity.max(IDAT_DATA_AT));
        file.extend_from_slice(&PNG_SIGNATURE);
        let mut header = [0_u8; 13];
        header[..4].copy_from_slice(&u32::try_from(width).unwrap_or(u32::MAX).to_be_bytes());
        header[4..8].copy_from_slice(&u32::try_from(height).unwrap_or(u32::MAX).to_be_bytes());
        // 8 bits a channel, RGBA; deflate, adaptive filters, no interlace.
        header[8..].copy_from_slice(&[8, 6, 0, 0, 0]);
        push_chunk(&mut file, *b"IHDR", &header);
        // The IDAT chunk's length, filled in at the end, and its type.
        file.extend_from_slice(&[0; 4]);
        file.extend_from_slice(b"IDAT");
        let compressor = fdeflate::Compressor::new(file).ok();
        Self {
            width,
            height,
            rows: 0,
            compressor,
            above: vec![0; row_bytes],
            filtered: vec![0; row_bytes + 1],
        }
    }

    /// Filter and compress the next rows (whole rows of `width` pixels,
    /// straight alpha).
    pub fn push(&mut self, pixels: &[[u8; 4]]) {
        let Some(compressor) = &mut self.compressor else {
            return;
        };
        if self.width == 0 {
            return;
        }
        for row in pixels.chunks_exact(self.width) {
            let bytes = row.as_flattened();
            self.filtered[0] = FILTER_UP;
            for ((out, &now), &above) in self.filtered[1..].iter_mut().zip(bytes).zip(&self.above) {
                *out = now.wrapping_sub(above);
            }
            if compressor.write_data(&self.filtered).is_err() {
                self.compressor = None;
                return;
            }
            self.above.copy_from_slice(bytes);
            self.rows += 1;
        }
    }

    /// The PNG file's bytes, or `None` when they are not those the
    /// one-shot encoder writes (every row not pushed, or compression that
    /// does not pay and the encoder stores the rows): encode the image
    /// with [`super::write_png`]'s encoder then.
    pub fn finish(self) -> Option<Vec<u8>> {
        if self.rows != self.height || self.width == 0 || self.height == 0 {
            return None;
        }
        // Dimensions a PNG cannot hold: the encoder says why.
        u32::try_from(self.width).ok()?;
        u32::try_from(self.height).ok()?;
        let mut file = self.compressor?.finish().ok()?;
        let zlib_len = file.len().checked_sub(IDAT_DATA_AT)?;
        let row_bytes = self.width * 4 + 1;
        let stored = fdeflate::StoredOnlyCompressor::<()>::compressed_size(row_bytes * self.height);
        // Past 2^31 − 1 bytes the encoder splits the stream into several
        // IDAT chunks (a PNG chunk's length limit): let it.
        if zlib_len > stored || zlib_len > MAX_CHUNK {
            return None;
        }
        let length = u32::try_from(zlib_len).ok()?;
        file[IDAT_DATA_AT - 8..IDAT_DATA_AT - 4].copy_from_slice(&length.to_be_bytes());
        let crc = crc32fast::hash(&file[IDAT_DATA_AT - 4..]);
        file.extend_from_slice(&crc.to_be_bytes());
        push_chunk(&mut file, *b"IEND", &[]);
        Some(file)
    }
}

/// The eight bytes every PNG file starts with.
const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Where the `IDAT` chunk's data starts: after the signature, the 25
/// bytes of the `IHDR` chunk and the `IDAT` chunk's length and type.
const IDAT_DATA_AT: usize = 8 + 25 + 8;

/// The longest chunk data a PNG allows (2^31 − 1 bytes).
const MAX_CHUNK: usize = (u32::MAX >> 1) as usize;

/// Append a chunk (length, type, data, CRC of type and data).
fn push_chunk(file: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
    let length = u32::try_from(data.len()).unwrap_or(u32::MAX);
    file.extend_from_slice(&length.to_be_bytes());
    let from = file.len();
    file.extend_from_slice(&kind);
    file.extend_from_slice(data);
    let crc = crc32fast::hash(&file[from..]);
    file.extend_from_slice(&crc.to_be_bytes());
}
