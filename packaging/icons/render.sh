#!/bin/sh
# Render the icon's PNG sizes from the SVG (Debian: librsvg2-bin). The PNGs
# are committed so packaging needs no SVG renderer.
set -eu
cd "$(dirname "$0")"
for size in 48 128 256 512; do
  mkdir -p "$size"
  rsvg-convert -w "$size" -h "$size" org.heartland.Heartland.svg -o "$size/org.heartland.Heartland.png"
done
