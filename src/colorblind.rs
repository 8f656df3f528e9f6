//! Colour-vision checks for the map's colour scales: simulate protanopia,
//! deuteranopia and tritanopia and measure how far apart two colours look.
//!
//! - Simulation: the matrices of Machado, Oliveira and Fernandes (2009), "A
//!   physiologically-based model for simulation of color vision deficiency"
//!   (IEEE TVCG 15(6)), at severity 1.0, applied to linear RGB.
//! - Difference: CIEDE2000 (Sharma, Wu and Dalal 2005) in CIELAB with the
//!   D65 white point.
//!
//! Pure arithmetic, no egui: the data validator uses it to warn about
//! organization colours that cannot be told apart, and `tests/it/colorblind.rs`
//! holds every legend of the map to [`MIN_LEGEND_DELTA_E`]. Colours are
//! 8-bit sRGB triples.

/// An 8-bit sRGB colour, `[r, g, b]`.
pub type Rgb = [u8; 3];

/// The smallest CIEDE2000 difference two entries of one legend may have,
/// under normal vision and under each simulated deficiency.
///
/// ΔE00 ≈ 1 is a just-noticeable difference side by side; a map reader
/// compares a small legend swatch with a distant area, often on a
/// projector, where differences below about 10 are easily confused. See
/// `docs/tours.md` (section "Colour-blind safety").
pub const MIN_LEGEND_DELTA_E: f64 = 10.0;

/// Below this CIEDE2000 difference (normal vision), `heartland validate`
/// warns that two organizations' colours are hard to tell apart.
pub const ORG_COLOR_WARN_DELTA_E: f64 = MIN_LEGEND_DELTA_E;

/// The fill of a state whose position on a stance is not recorded: a
/// neutral mid-light grey, set apart from "absent" (`#a0a0a0`) and from the
/// positions' colours. Drawn with hatching in [`NOT_RECORDED_HATCH`] so that
/// it never reads as blank land.
pub const NOT_RECORDED: Rgb = [0xc8, 0xc8, 0xc8];

/// The hatch lines over [`NOT_RECORDED`].
pub const NOT_RECORDED_HATCH: Rgb = [0x70, 0x70, 0x70];

/// A kind of colour vision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vision {
    /// Typical trichromatic vision.
    Normal,
    /// No L (red) cones.
    Protanopia,
    /// No M (green) cones.
    Deuteranopia,
    /// No S (blue) cones.
    Tritanopia,
}

impl Vision {
    /// Every kind, normal first.
    pub const ALL: [Self; 4] = [
        Self::Normal,
        Self::Protanopia,
        Self::Deuteranopia,
        Self::Tritanopia,
    ];

    /// The Machado et al. (2009) matrix at severity 1.0 (identity for
    /// normal vision), acting on linear RGB.
    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Self::Normal => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            Self::Protanopia => [
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ],
            Self::Deuteranopia => [
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ],
            Self::Tritanopia => [
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ],
        }
    }
}

/// A colour in CIELAB (D65): lightness `l` in 0..=100, `a` green–red,
/// `b` blue–yellow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lab {
    /// Lightness L*.
    pub l: f64,
    /// a* (negative green, positive red).
    pub a: f64,
    /// b* (negative blue, positive yellow).
    pub b: f64,
}

/// An sRGB channel (0..=255) as linear light (0..=1).
pub fn linear_from_srgb(v: u8) -> f64 {
    let v = f64::from(v) / 255.0;
    if v <= 0.040_45 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// The linear RGB a person with `vision` perceives for `rgb` (each channel
/// clamped to 0..=1, as a display would).
pub fn simulate_linear(rgb: Rgb, vision: Vision) -> [f64; 3] {
    let lin = rgb.map(linear_from_srgb);
    let m = vision.matrix();
    let mut out = [0.0; 3];
    for (row, o) in m.iter().zip(&mut out) {
        *o = (row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]).clamp(0.0, 1.0);
    }
    out
}

/// CIELAB (D65) of a linear RGB colour (sRGB primaries).
pub fn lab_from_linear(rgb: [f64; 3]) -> Lab {
    let [r, g, b] = rgb;
    let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
    let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
    // D65 reference white.
    let (xn, yn, zn) = (0.950_47, 1.0, 1.088_83);
    let f = |t: f64| {
        let d: f64 = 6.0 / 29.0;
        if t > d * d * d {
            t.cbrt()
        } else {
            t / (3.0 * d * d) + 4.0 / 29.0
        }
    };
    let (fx, fy, fz) = (f(x / xn), f(y / yn), f(z / zn));
    Lab {
        l: 116.0 * fy - 16.0,
        a: 500.0 * (fx - fy),
        b: 200.0 * (fy - fz),
    }
}

/// CIELAB of an sRGB colour as seen with `vision`.
pub fn lab_seen(rgb: Rgb, vision: Vision) -> Lab {
    lab_from_linear(simulate_linear(rgb, vision))
}

/// The CIEDE2000 colour difference ΔE00 between two CIELAB colours
/// (`kL = kC = kH = 1`).
pub fn ciede2000(c1: Lab, c2: Lab) -> f64 {
    let pow7 = |v: f64| v.powi(7);
    let twenty_five_7 = pow7(25.0);
    let c1_ab = c1.a.hypot(c1.b);
    let c2_ab = c2.a.hypot(c2.b);
    let c_mean = (c1_ab + c2_ab) / 2.0;
    let g = 0.5 * (1.0 - (pow7(c_mean) / (pow7(c_mean) + twenty_five_7)).sqrt());
    let a1 = (1.0 + g) * c1.a;
    let a2 = (1.0 + g) * c2.a;
    let c1p = a1.hypot(c1.b);
    let c2p = a2.hypot(c2.b);
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let h1p = hue(c1.b, a1);
    let h2p = hue(c2.b, a2);

    let dl = c2.l - c1.l;
    let dc = c2p - c1p;
    let chroma_product = c1p * c2p;
    let dh_angle = if chroma_product == 0.0 {
        0.0
    } else {
        let d = h2p - h1p;
        if d > 180.0 {
            d - 360.0
        } else if d < -180.0 {
            d + 360.0
        } else {
            d
        }
    };
    let dh = 2.0 * chroma_product.sqrt() * (dh_angle.to_radians() / 2.0).sin();

    let l_mean = (c1.l + c2.l) / 2.0;
    let cp_mean = (c1p + c2p) / 2.0;
    let h_mean = if chroma_product == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (h_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * h_mean).to_radians().cos()
        + 0.32 * (3.0 * h_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * h_mean - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(cp_mean) / (pow7(cp_mean) + twenty_five_7)).sqrt();
    let l50 = (l_mean - 50.0).powi(2);
    let s_l = 1.0 + 0.015 * l50 / (20.0 + l50).sqrt();
    let s_c = 1.0 + 0.045 * cp_mean;
    let s_h = 1.0 + 0.015 * cp_mean * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    let (tl, tc, th) = (dl / s_l, dc / s_c, dh / s_h);
    (tl * tl + tc * tc + th * th + r_t * tc * th)
        .max(0.0)
        .sqrt()
}

/// How different two sRGB colours look to a person with `vision` (ΔE00).
pub fn delta_e(a: Rgb, b: Rgb, vision: Vision) -> f64 {
    ciede2000(lab_seen(a, vision), lab_seen(b, vision))
}

/// A pair of legend entries that look too much alike.
#[derive(Clone, Debug, PartialEq)]
pub struct Confusion {
    /// The first entry's label.
    pub first: String,
    /// The second entry's label.
    pub second: String,
    /// Under which vision.
    pub vision: Vision,
    /// Their ΔE00 under that vision.
    pub delta_e: f64,
}

/// Every pair of `entries` (label, colour) whose ΔE00 is below `min` under
/// any of `visions`, in entry order.
pub fn confusions(entries: &[(&str, Rgb)], visions: &[Vision], min: f64) -> Vec<Confusion> {
    let mut out = Vec::new();
    for (i, (first, a)) in entries.iter().enumerate() {
        for (second, b) in &entries[i + 1..] {
            for &vision in visions {
                let d = delta_e(*a, *b, vision);
                if d < min {
                    out.push(Confusion {
                        first: (*first).to_owned(),
                        second: (*second).to_owned(),
                        vision,
                        delta_e: d,
                    });
                }
            }
        }
    }
    out
}

/// `#rrggbb` for messages.
pub fn hex(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}
