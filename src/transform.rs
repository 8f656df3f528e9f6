//! Screen ↔ projection-plane transform for one frame.

use egui::{Pos2, Rect, pos2};

use crate::geometry::{WorldRect, WorldXY};

/// Maps the projection plane (km, y north) to screen points (y down) for one
/// frame: a uniform scale and a translation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTransform {
    /// The plane point at the centre of `rect`.
    pub center_world: WorldXY,
    /// Kilometres of the plane per screen point.
    pub km_per_point: f64,
    /// The screen rectangle of the map.
    pub rect: Rect,
}

/// A transform as a cache key: equal only when the map's rectangle, scale
/// and centre are the same to the bit (what was laid out on the screen for
/// one transform is reused only for it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TransformKey {
    rect: Rect,
    km_per_point: u64,
    center: [u64; 2],
}

impl TransformKey {
    /// The map's rectangle on the screen.
    pub fn rect(&self) -> Rect {
        self.rect
    }
}

impl MapTransform {
    /// This transform as a cache key.
    pub fn key(&self) -> TransformKey {
        TransformKey {
            rect: self.rect,
            km_per_point: self.km_per_point.to_bits(),
            center: [self.center_world.x.to_bits(), self.center_world.y.to_bits()],
        }
    }

    /// Screen position of a plane point.
    pub fn screen_from_world(&self, p: WorldXY) -> Pos2 {
        let c = self.rect.center();
        pos2(
            c.x + ((p.x - self.center_world.x) / self.km_per_point) as f32,
            c.y - ((p.y - self.center_world.y) / self.km_per_point) as f32,
        )
    }

    /// Screen position of a plane point stored as `f32` (as scene meshes are).
    #[inline]
    pub fn screen_from_world_f32(&self, p: [f32; 2]) -> Pos2 {
        let (scale, offset) = self.scale_offset();
        pos2(p[0] * scale + offset.x, -p[1] * scale + offset.y)
    }

    /// `(scale, offset)` such that screen = (x·scale, −y·scale) + offset.
    /// Hot loops use this instead of [`Self::screen_from_world`].
    #[inline]
    pub fn scale_offset(&self) -> (f32, Pos2) {
        let scale = (1.0 / self.km_per_point) as f32;
        let c = self.rect.center();
        let offset = pos2(
            c.x - (self.center_world.x / self.km_per_point) as f32,
            c.y + (self.center_world.y / self.km_per_point) as f32,
        );
        (scale, offset)
    }

    /// Plane point under a screen position.
    pub fn world_from_screen(&self, p: Pos2) -> WorldXY {
        let c = self.rect.center();
        WorldXY {
            x: self.center_world.x + f64::from(p.x - c.x) * self.km_per_point,
            y: self.center_world.y - f64::from(p.y - c.y) * self.km_per_point,
        }
    }

    /// The part of the plane on screen.
    pub fn visible_world(&self) -> WorldRect {
        let a = self.world_from_screen(self.rect.left_bottom());
        let b = self.world_from_screen(self.rect.right_top());
        WorldRect { min: a, max: b }
    }
}
