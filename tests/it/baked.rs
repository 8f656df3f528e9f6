//! The baked levels of the bundled map (`assets/geo/baked-regional.bin`,
//! `heartland::geometry::baked`): each is exactly what building the level
//! gives today, they are used only for the shapes they were made from, and
//! a damaged file is never used. `UPDATE_BAKED=1 cargo test --release
//! baked` writes the file again from a fresh build (then build again: the
//! program bundles it).

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: bundled data that does not load is a failed test"
)]

use std::sync::OnceLock;

use heartland::geometry::baked::{self, BAKED, BAKED_FILE, BAKED_LEVELS};
use heartland::geometry::{
    GeoAssets, ProjectedWorld, Projection, ProjectionKind, build_projected, load_bundled_geo_levels,
};
use heartland::scene::Scene;

use crate::geometry::assets;

/// The baked levels built afresh, in [`BAKED_LEVELS`] order.
fn fresh() -> &'static Vec<ProjectedWorld> {
    static FRESH: OnceLock<Vec<ProjectedWorld>> = OnceLock::new();
    FRESH.get_or_init(|| {
        BAKED_LEVELS
            .iter()
            .map(|&(kind, level)| build_projected(assets(), &Projection::new(kind), level))
            .collect()
    })
}

#[test]
fn every_baked_level_is_exactly_the_level_built_today() {
    let geo = assets();
    let levels: Vec<_> = BAKED_LEVELS
        .iter()
        .zip(fresh())
        .map(|(&(kind, level), world)| (kind, level, world))
        .collect();
    let expected = baked::encode(geo, &levels);
    if std::env::var_os("UPDATE_BAKED").is_some() && expected != BAKED {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BAKED_FILE);
        std::fs::write(&path, &expected).expect("write the baked levels");
        eprintln!(
            "wrote {} ({} bytes): build again",
            path.display(),
            expected.len()
        );
        return;
    }
    assert!(
        expected == BAKED,
        "{BAKED_FILE} is not what building the bundled levels gives today \
         (the geometry or the way it is projected, clipped or triangulated changed): \
         run `UPDATE_BAKED=1 cargo test --release baked`, then build again"
    );
    for (&(kind, level), world) in BAKED_LEVELS.iter().zip(fresh()) {
        let read = baked::projected(geo, &Projection::new(kind), level)
            .unwrap_or_else(|| panic!("{kind:?} level {level} is read from the baked file"));
        assert!(read == *world, "{kind:?} level {level} reads back as built");
        assert!(!read.countries.is_empty() && !read.borders.is_empty());
    }
}

#[test]
fn the_scene_draws_the_baked_levels_as_it_would_build_them() {
    // The one level `heartland render` decodes, and the full geometry the
    // window decodes: both are served from the baked file, and what the
    // scene holds is the level built.
    for geo in [
        std::sync::Arc::new(load_bundled_geo_levels(&[1]).expect("level 1 decodes")),
        std::sync::Arc::new(assets().clone()),
    ] {
        let from_file = baked::projected(&geo, &Projection::regional(), 1);
        assert!(from_file.is_some(), "level 1 is baked");
        let mut scene = Scene::new(geo);
        let level = scene.level_at(ProjectionKind::Regional, 1);
        assert!(
            level.world == fresh()[1],
            "the scene's level 1 is the one built"
        );
        assert_eq!(level.codes.len(), level.world.countries.len());
        assert!(level.codes.iter().filter(|c| c.is_some()).count() > 150);
    }
}

#[test]
fn other_geometry_is_built_not_read() {
    let geo = assets();
    // The world projection is not baked.
    assert!(baked::projected(geo, &Projection::world(), 1).is_none());
    // A level not decoded (no shapes) has another digest.
    let skeleton = load_bundled_geo_levels(&[]).expect("the index decodes");
    assert!(baked::projected(&skeleton, &Projection::regional(), 1).is_none());
    // One coordinate moved by the smallest step, in each kind of shape.
    let moved = |edit: &dyn Fn(&mut GeoAssets)| {
        let mut changed = geo.clone();
        edit(&mut changed);
        assert!(
            baked::projected(&changed, &Projection::regional(), 2).is_none(),
            "changed geometry is not served from the baked file"
        );
        // ... and the scene builds it instead: what it holds is that level.
        let built = build_projected(&changed, &Projection::regional(), 2);
        let mut scene = Scene::new(std::sync::Arc::new(changed));
        assert!(scene.level_at(ProjectionKind::Regional, 2).world == built);
    };
    let nudge = |c: &mut geo::Coord<f64>| c.x = f64::from_bits(c.x.to_bits() + 1);
    moved(&|g| {
        let mut shape = g.levels[2].countries[0].shape.clone();
        let last = shape.0.len() - 1;
        shape.0[last].exterior_mut(|ring| nudge(&mut ring.0[0]));
        g.levels[2].countries[0].shape = shape;
    });
    moved(&|g| {
        let mut shape = g.levels[2].countries[3].shape.clone();
        shape.0[0].exterior_mut(|ring| nudge(&mut ring.0[1]));
        g.levels[2].countries[3].shape = shape;
    });
    moved(&|g| {
        let mut shape = g.levels[2].lakes[0].shape.clone();
        shape.0[0].exterior_mut(|ring| nudge(&mut ring.0[0]));
        g.levels[2].lakes[0].shape = shape;
    });
    moved(&|g| nudge(&mut g.levels[2].borders.0[0].0[0]));
    moved(&|g| nudge(&mut g.levels[2].coastlines.0[5].0[2]));
    moved(&|g| {
        g.levels[2].countries.pop();
    });
    moved(&|g| {
        g.disputed.pop();
    });
}

#[test]
fn a_damaged_baked_file_is_never_used() {
    let geo = assets();
    let regional = Projection::regional();
    assert!(baked::projected_from(&[], geo, &regional, 2).is_none());
    assert!(baked::projected_from(b"HEARTLAND-BAKED-GEO 2\n", geo, &regional, 2).is_none());
    // Cut anywhere (at ~330 places spread through every level's entry):
    // nothing panics, and a level is read only when its entry is whole,
    // and then it is the level built.
    let whole = BAKED;
    let step = (whole.len() / 331).max(1);
    let mut read_whole = 0;
    for cut in (0..whole.len()).step_by(step) {
        for (i, &(_, level)) in BAKED_LEVELS.iter().enumerate() {
            if let Some(world) = baked::projected_from(&whole[..cut], geo, &regional, level) {
                assert!(
                    world == fresh()[i],
                    "a file cut at {cut} gave a wrong level {level}"
                );
                read_whole += 1;
            }
        }
    }
    assert!(
        read_whole > 0,
        "the first levels are read from a file cut after them"
    );
    assert!(baked::projected_from(&whole[..whole.len() - 1], geo, &regional, 2).is_none());
    // Bytes flipped: never a panic; a flipped count or index is refused
    // or read as something (the digest guards the input, not the file:
    // the test above guards the file).
    let mut flipped = whole.to_vec();
    for at in (30..flipped.len()).step_by(step) {
        flipped[at] ^= 0xff;
        for level in [0, 1, 2] {
            let _ = baked::projected_from(&flipped, geo, &regional, level);
        }
        flipped[at] ^= 0xff;
    }
}
