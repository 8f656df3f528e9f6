#!/usr/bin/env python3
"""The default view of `heartland render`, drawn with geopandas + matplotlib.

The yardstick of the DESIGN.md budget "`heartland render` default view
1600x1000 vs geopandas + matplotlib, same layers: >= 20x faster"
(`scripts/compare_render.sh` runs the two in alternation). It draws what

    heartland render --out map.png --size 1600x1000

draws (the default view: the "Whole region" preset, year 2024, the
countries and labels layers on, nothing else), from the same files:

- the bundled map at the level of detail the renderer picks at that size
  (`assets/geo/world-l1.topo.json`, 0.02 deg: `Scene::level_index_for` takes
  the coarsest level whose tolerance is under 0.6 px, and the view is
  about 4.6 km per pixel), read with geopandas (GDAL's TopoJSON driver),
  cut to the regional projection's window (lon -30..150, lat -40..90) and
  projected to its Lambert conformal conic (standard parallels 35 and 50 N,
  central meridian 60 E, origin 42 N, sphere of radius 6371.0088 km);
- the same extent: the preset's box (26..100 E, 29..57.5 N) fitted to the
  image with a 4 % margin, as `map::fit_camera` does;
- sea, a 10-degree graticule, country fills in the app's light palette
  (Central Asia and the South Caucasus warm, the data's other countries
  neutral, the rest pale), lakes, lake shores, coastlines, borders, the
  four disputed territories hatched and outlined;
- the capitals of the countries in `assets/data/` (a dot and the name,
  placed beside the dot where it collides with nothing) and the country
  names in capitals at an interior point where they fit, all with a halo;
- the scale bar and the attribution line ("Data as of ...").

Relations, memberships, corridors and stances are off in the default view,
so neither draws them (and the renderer draws no legend without them).

With `--relations-corridors` it draws what

    heartland render --view rc.view.json --out map.png --size 1600x1000

draws with `{ "format": 1, "layers": { "relations": true, "corridors": true } }`
(the yardstick of issue 23's "a view with relations and corridors on"),
roughly alike: a title line above the map and a legend box beside it; the
relations in force in 2024 (the last scored period of each pair and
dimension) as arcs between the two capitals, coloured and widened by score
as `style::score_color` and `style::score_width` do; every corridor's
segments through their places, coloured by mode (`style::mode_color`),
dashed where proposed or under construction; the same base map under them.

Install (a virtual environment anywhere; nothing here is a dependency of
the Rust build):

    python3 -m venv /tmp/gpvenv
    /tmp/gpvenv/bin/pip install geopandas matplotlib shapely pyogrio pyproj

Run from the repository root:

    /tmp/gpvenv/bin/python scripts/render_geopandas.py --out /tmp/gp.png

Writes a 1600x1000 PNG (`--size` changes it).
"""

import argparse
import json
import math
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
import matplotlib.patheffects as path_effects  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.textpath import TextToPath  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import LineString, box  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "assets" / "geo" / "world-l1.topo.json"
DATA = ROOT / "assets" / "data"

# src/geometry/projection.rs: Projection::regional().
LCC = (
    "+proj=lcc +lat_1=35 +lat_2=50 +lon_0=60 +lat_0=42 "
    "+R=6371008.8 +units=km +no_defs"
)
WINDOW = (-30.0, -40.0, 150.0, 90.0)  # lon/lat the projection draws
PRESET = (26.0, 29.0, 100.0, 57.5)  # Preset::Region, west south east north

# src/palette.rs, light theme.
OCEAN = "#c6dcec"
LAKE = "#b3d1e6"
LAND_CORE = "#f4e7c8"
LAND_NEIGHBOUR = "#ece9e0"
LAND_OTHER = "#f3f2ee"
BORDER = "#685a4b"
COAST = "#61829c"
GRATICULE = (0x50 / 255, 0x70 / 255, 0x90 / 255, 0x40 / 255)
LABEL = "#1e1e1e"
LABEL_MUTED = "#5a5248"
HALO = (1.0, 1.0, 1.0, 0xD0 / 255)
DISPUTED = "#8a3b3b"
CORE_GROUPS = {"Central Asia", "South Caucasus"}

DPI = 100
PT_PER_PX = 72 / DPI  # matplotlib sizes are in points, egui's in pixels


def px(v):
    """Pixels (egui points at scale 1) to matplotlib points."""
    return v * PT_PER_PX


def fitted_extent(to_plane, width_px, height_px):
    """`map::fit_camera`: the preset's box, sampled along its edges, in the
    plane; km per pixel and centre."""
    west, south, east, north = PRESET
    xs, ys = [], []
    for i in range(25):
        f = i / 24
        lon, lat = west + (east - west) * f, south + (north - south) * f
        for p in ((lon, south), (lon, north), (west, lat), (east, lat)):
            x, y = to_plane.transform(*p)
            xs.append(x)
            ys.append(y)
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    km_per_px = max(w / width_px, h / height_px) * 1.04
    return km_per_px, ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


def graticule(to_plane, step=10):
    """Meridians and parallels every `step` degrees in the window, sampled
    every degree (`geometry::graticule`)."""
    west, south, east, north = WINDOW
    lines = []
    for lon in range(int(west), int(east) + 1, step):
        lats = range(int(south), int(north) + 1)
        lines.append(LineString([to_plane.transform(lon, lat) for lat in lats]))
    for lat in range(int(south), int(north), step):
        lons = range(int(west), int(east) + 1)
        lines.append(LineString([to_plane.transform(lon, lat) for lon in lons]))
    return gpd.GeoSeries(lines)


def read_layer(layer, window):
    """A layer of the TopoJSON, repaired where simplification crossed a
    ring, cut to the projection's window and projected."""
    gdf = gpd.read_file(GEO, layer=layer)
    invalid = ~gdf.is_valid
    gdf.loc[invalid, "geometry"] = gdf.loc[invalid, "geometry"].make_valid()
    gdf = gpd.clip(gdf.set_crs("EPSG:4326", allow_override=True), window)
    return gdf.to_crs(LCC)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="the PNG to write")
    parser.add_argument("--size", default="1600x1000", help="WIDTHxHEIGHT px")
    parser.add_argument("--relations-corridors", action="store_true",
                        help="also the relations (2024) and corridors, a title and a legend")
    args = parser.parse_args()
    width_px, height_px = (int(v) for v in args.size.lower().split("x"))

    to_plane = Transformer.from_crs("EPSG:4326", LCC, always_xy=True)
    window = box(*WINDOW)
    countries = read_layer("countries", window)
    lakes = read_layer("lakes", window)
    disputed = read_layer("disputed", window)
    lines = gpd.read_file(GEO, layer="TopoJSON").set_crs("EPSG:4326", allow_override=True)
    lines = gpd.clip(lines, window).to_crs(LCC).set_index("id")

    data_countries = json.loads((DATA / "countries.json").read_text())["countries"]
    places = {p["id"]: p for p in json.loads((DATA / "places.json").read_text())["places"]}
    as_of = json.loads((DATA / "sources.json").read_text()).get("as_of")
    group_of = {c["code"]: c["group"] for c in data_countries}

    def land(code):
        group = group_of.get(code)
        if group is None:
            return LAND_OTHER
        return LAND_CORE if group in CORE_GROUPS else LAND_NEIGHBOUR

    km_per_px, (cx, cy) = fitted_extent(to_plane, width_px, height_px)
    x0, x1 = cx - width_px / 2 * km_per_px, cx + width_px / 2 * km_per_px
    y0, y1 = cy - height_px / 2 * km_per_px, cy + height_px / 2 * km_per_px

    fig = plt.figure(figsize=(width_px / DPI, height_px / DPI), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    fig.patch.set_facecolor(OCEAN)
    ax.set_facecolor(OCEAN)

    graticule(to_plane).plot(ax=ax, color=GRATICULE, linewidth=px(0.8))
    countries.plot(ax=ax, color=[land(c) for c in countries["id"]], linewidth=0)
    matplotlib.rcParams["hatch.linewidth"] = px(1.2)
    matplotlib.rcParams["hatch.color"] = DISPUTED
    disputed.plot(ax=ax, facecolor=LAND_NEIGHBOUR, edgecolor=DISPUTED, hatch="////", linewidth=0)
    lakes.plot(ax=ax, facecolor=LAKE, edgecolor=COAST, linewidth=px(0.8))
    gpd.GeoSeries([lines.geometry["coastlines"]]).plot(ax=ax, color=COAST, linewidth=px(0.9))
    gpd.GeoSeries([lines.geometry["borders"]]).plot(ax=ax, color=BORDER, linewidth=px(0.9))
    disputed.boundary.plot(ax=ax, color=DISPUTED, linewidth=px(1.2))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)

    # Labels, in screen pixels (y down) for the collision tests.
    def screen(x, y):
        return (x - x0) / km_per_px, (y1 - y) / km_per_px

    def plane(sx, sy):
        return x0 + sx * km_per_px, y1 - sy * km_per_px

    text_to_path = TextToPath()

    def text_size(text, size_px):
        w, h, _ = text_to_path.get_text_width_height_descent(
            text, FontProperties(size=size_px), ismath=False
        )
        return w, h

    halo = [path_effects.withStroke(linewidth=px(3), foreground=HALO)]
    inner = (4, 4, width_px - 4, height_px - 4)

    def inside(r):
        return r[0] >= inner[0] and r[1] >= inner[1] and r[2] <= inner[2] and r[3] <= inner[3]

    def overlaps(r, taken):
        return any(r[0] < t[2] and t[0] < r[2] and r[1] < t[3] and t[1] < r[3] for t in taken)

    def priority(group):
        return {"Central Asia": 3, "South Caucasus": 3, "Neighbour": 2, "Other": 0}.get(group, 1)

    capitals = []
    for c in data_countries:
        place = places.get(c.get("capital"))
        if place is None or not (WINDOW[0] <= place["lon"] <= WINDOW[2]):
            continue
        sx, sy = screen(*to_plane.transform(place["lon"], place["lat"]))
        if inner[0] < sx < inner[2] and inner[1] < sy < inner[3]:
            capitals.append((-priority(c["group"]), len(capitals), place["name"], sx, sy))
    radius, gap = 3.5, 2.0
    taken = [(sx - radius, sy - radius, sx + radius, sy + radius) for *_, sx, sy in capitals]
    for _, _, name, sx, sy in sorted(capitals):
        w, h = text_size(name, 15)
        d = radius + gap
        for left, top in ((sx + d, sy - h / 2), (sx - d - w, sy - h / 2),
                          (sx - w / 2, sy - d - h), (sx - w / 2, sy + d)):
            r = (left, top, left + w, top + h)
            if inside(r) and not overlaps(r, taken):
                taken.append(r)
                ax.text(*plane(left, top + h), name, fontsize=px(15), color=LABEL,
                        ha="left", va="baseline", path_effects=halo)
                break

    names = []
    for code, geom in zip(countries["id"], countries.geometry):
        if code not in group_of or geom.is_empty:
            continue
        biggest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        point = biggest.representative_point()
        bx0, _, bx1, _ = geom.bounds
        name = next(c["name"] for c in data_countries if c["code"] == code).upper()
        names.append((-priority(group_of[code]), name, point, (bx1 - bx0) / km_per_px))
    for _, name, point, width in sorted(names, key=lambda n: (n[0], n[1])):
        sx, sy = screen(point.x, point.y)
        w, h = text_size(name, 13)
        if w > width * 0.9:
            continue
        r = (sx - w / 2, sy - h / 2, sx + w / 2, sy + h / 2)
        if not inside(r) or overlaps(r, taken):
            continue
        taken.append(r)
        ax.text(point.x, point.y, name, fontsize=px(13), color=LABEL_MUTED,
                ha="center", va="center", path_effects=halo)

    xs = [plane(sx, sy)[0] for *_, sx, sy in capitals]
    ys = [plane(sx, sy)[1] for *_, sx, sy in capitals]
    ax.scatter(xs, ys, s=px(2 * radius) ** 2, c=LABEL, edgecolors=HALO, linewidths=px(1.5),
               zorder=5)

    # Scale bar (the longest 1, 2 or 5 x 10^n km under 180 px, as
    # `nice_scale_bar`) and attribution, in image pixels.
    exponent = 10 ** math.floor(math.log10(km_per_px * 180))
    km = next(m * exponent for m in (5, 2, 1) if m * exponent <= km_per_px * 180)
    length = km / km_per_px
    bx, by = 16, height_px - 18
    ax.add_patch(plt.Rectangle(plane(bx - 8, by + 8), (length + 16) * km_per_px, 32 * km_per_px,
                               facecolor=HALO, edgecolor="none", zorder=6))
    ax.plot(*zip(plane(bx, by - 6), plane(bx, by), plane(bx + length, by),
                 plane(bx + length, by - 6)), color=LABEL, linewidth=px(2), zorder=7)
    ax.text(*plane(bx + length / 2, by - 4), f"{km:.0f} km", fontsize=px(13), color=LABEL,
            ha="center", va="bottom", zorder=7)
    attribution = (f"Data as of {as_of}" if as_of else "Data: no as-of date given") + \
        " · Borders: Natural Earth (public domain)"
    ax.text(*plane(width_px - 8, height_px - 6), attribution, fontsize=px(11),
            color=LABEL_MUTED, ha="right", va="bottom", zorder=7)

    if args.relations_corridors:
        relations_and_corridors(fig, ax, to_plane, places, group_of)

    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    fig.savefig(args.out, dpi=DPI, facecolor=OCEAN)


SCORE_SCALE = [(-1.0, (0xB2, 0x18, 0x2B)), (-0.6, (0xD6, 0x60, 0x4D)), (-0.3, (0xF4, 0xA5, 0x82)),
               (0.0, (0x99, 0x99, 0x99)), (0.3, (0x92, 0xC5, 0xDE)), (0.6, (0x43, 0x93, 0xC3)),
               (1.0, (0x21, 0x66, 0xAC))]
MODE_COLOR = {"rail": "#5e3c99", "road": "#662200", "sea": "#1f78b4",
              "oil-pipeline": "#252525", "gas-pipeline": "#c04a00"}
YEAR = 2024


def score_color(score):
    """`style::score_color`: the diverging scale, interpolated."""
    s = max(-1.0, min(1.0, score))
    for (s0, c0), (s1, c1) in zip(SCORE_SCALE, SCORE_SCALE[1:]):
        if s <= s1:
            t = (s - s0) / (s1 - s0)
            return tuple((a + (b - a) * t) / 255 for a, b in zip(c0, c1))
    return tuple(c / 255 for c in SCORE_SCALE[-1][1])


def score_width(score):
    """`style::score_width`, in pixels."""
    return 1.5 + 5.0 * min(abs(score), 1.0)


def in_force(periods, year=YEAR):
    """The period of a series or status list in force in `year` (the last
    one begun by then and not ended), or None."""
    found = None
    for p in periods:
        start = int(str(p["from"])[:4])
        end = p.get("to")
        if start <= year and (end is None or int(str(end)[:4]) >= year):
            found = p
    return found


def relations_and_corridors(fig, ax, to_plane, places, group_of):
    """The relations in force in 2024 as arcs between capitals, the
    corridors' segments through their places, a title and a legend."""
    capital = {}
    for p in places.values():
        if p.get("kind") == "capital":
            capital[p["country"]] = to_plane.transform(p["lon"], p["lat"])
    relations = json.loads((DATA / "relations.json").read_text())["relations"]
    arcs = []
    for r in relations:
        period = in_force(r["series"])
        a, b = capital.get(r["a"]), capital.get(r["b"])
        if period is None or a is None or b is None:
            continue
        arcs.append((abs(period["score"]), period["score"], a, b))
    for _, score, (ax0, ay0), (bx0, by0) in sorted(arcs, key=lambda a: a[0]):
        # A quadratic arc bowed to one side by a fifth of its length.
        mx, my = (ax0 + bx0) / 2, (ay0 + by0) / 2
        dx, dy = bx0 - ax0, by0 - ay0
        cx, cy = mx - dy * 0.2, my + dx * 0.2
        ts = [i / 32 for i in range(33)]
        xs = [(1 - t) ** 2 * ax0 + 2 * (1 - t) * t * cx + t * t * bx0 for t in ts]
        ys = [(1 - t) ** 2 * ay0 + 2 * (1 - t) * t * cy + t * t * by0 for t in ts]
        ax.plot(xs, ys, color=score_color(score), linewidth=px(score_width(score)),
                solid_capstyle="round", zorder=3)
    corridors = json.loads((DATA / "corridors.json").read_text())["corridors"]
    for c in corridors:
        status = in_force(c.get("status", []))
        dashed = status is not None and status["status"] != "operational"
        for segment in c["segments"]:
            # A stop is a place's id or a [lon, lat] pair.
            lonlats = [(v[0], v[1]) if isinstance(v, list) else
                       (places[v]["lon"], places[v]["lat"]) for v in segment["via"]
                       if isinstance(v, list) or v in places]
            xy = [to_plane.transform(lon, lat) for lon, lat in lonlats]
            if len(xy) < 2:
                continue
            ax.plot(*zip(*xy), color=MODE_COLOR.get(segment["mode"], "#444444"),
                    linewidth=px(2.5), linestyle="--" if dashed else "-", zorder=4)
    fig.text(0.008, 0.985, f"Relations \u00b7 corridors, {YEAR}", fontsize=px(20), color=LABEL,
             ha="left", va="top")
    from matplotlib.lines import Line2D  # noqa: E402
    handles = [Line2D([], [], color=score_color(s), linewidth=px(score_width(s)), label=label)
               for s, label in ((0.8, "allied"), (0.3, "friendly"), (0.0, "neutral"),
                                (-0.3, "cool"), (-0.8, "hostile"))]
    handles += [Line2D([], [], color=color, linewidth=px(2.5), label=mode.replace("-", " "))
                for mode, color in MODE_COLOR.items()]
    handles += [Line2D([], [], color="#444444", linewidth=px(2.5), linestyle="--", label="proposed")]
    ax.legend(handles=handles, loc="upper right", fontsize=px(13),
              title="Relations (width = strength) \u00b7 corridors", title_fontsize=px(13),
              framealpha=0.9)


if __name__ == "__main__":
    main()
