//! A PNG encoded row by row while the image is still being drawn
//! ([`super::raster::Rasterizer::render_rows`] hands on every band once
//! it is finished), so `heartland render` has its file's bytes soon after
//! the last band is drawn instead of encoding the whole image afterwards.
//!
//! The bytes are exactly those of [`super::write_png`]'s encoder (the
//! `image` crate's PNG with fast compression and the "up" filter on every
//! row, which is the `png` crate's `fdeflate` path): the same header, each
//! row filtered and handed to the same compressor alone, one `IDAT`
//! chunk. Where that path would store the rows uncompressed (compression
//! that gains nothing) or the rows do not add up to the image, the caller
//! encodes the finished image the usual way instead ([`PngRows::finish`]
//! says so with `None`).

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

    /// The zlib stream of the filtered rows (`None` after an error: a
    /// `Vec` never refuses a write, so in practice never).
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
        // Room for the stream up front (a figure compresses to well under
        // half its bytes; only what is written is touched).
        let capacity = row_bytes.saturating_mul(height) / 2;
        let compressor = fdeflate::Compressor::new(Vec::with_capacity(capacity)).ok();
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
        let zlib = self.compressor?.finish().ok()?;
        let row_bytes = self.width * 4 + 1;
        let stored = fdeflate::StoredOnlyCompressor::<()>::compressed_size(row_bytes * self.height);
        if zlib.len() > stored {
            return None;
        }
        let width = u32::try_from(self.width).ok()?;
        let height = u32::try_from(self.height).ok()?;
        let mut bytes = Vec::with_capacity(zlib.len() + 64);
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        encoder.set_filter(png::Filter::Up);
        let mut writer = encoder.write_header().ok()?;
        // The png crate's own split of the stream into IDAT chunks.
        const MAX_IDAT: usize = (u32::MAX >> 1) as usize;
        for chunk in zlib.chunks(MAX_IDAT) {
            writer.write_chunk(png::chunk::IDAT, chunk).ok()?;
        }
        writer.finish().ok()?;
        Some(bytes)
    }
}
