#!/usr/bin/env node
// Extracts the names of the bundled data's places (capitals, cities,
// ports) in the window's languages from the Unicode CLDR's time-zone
// exemplar cities into assets/i18n/names/places.tsv. Run once when CLDR,
// the languages or assets/data/places.json change; the output is
// committed (see assets/i18n/names/README.md).
//
//   npm install --prefix /tmp/cldr-npm cldr-dates-full@48.2.0 cldr-core@48.2.0
//   CLDR_NPM=/tmp/cldr-npm node scripts/build_places.js
//
// The rule: a place is named from CLDR only where a CLDR time zone's
// exemplar city has, in English, exactly the place's English name in the
// data ("Tashkent" ↔ Asia/Tashkent). Every other place (a field, a
// crossing, a city without a time zone of its own, a capital whose zone is
// named after another city or the country) keeps the data's name in every
// language: no name is made up. CLDR's English exemplar is the zone id's
// city where CLDR gives none (CLDR writes English exemplars only where they
// differ from the id).
//
// Output: one row per place named, its id in places.json, the zone, then
// the name in en, ru, kk, uz, az, tr (empty where that language of CLDR
// has no exemplar for the zone: the data's name is shown there).
'use strict';

const fs = require('fs');
const path = require('path');
const { req, LANGS, output, writeTsv } = require('./cldr');

const OUT = output('PLACES_OUT', 'places.tsv');

const pkg = req('cldr-dates-full/package.json');

// zone id ("Asia/Tashkent") → exemplar city, per language.
function zones(lang) {
  const tree = req(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
  const out = {};
  const walk = (node, at) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'object' || value === null) continue;
      const id = [...at, key].join('/');
      const leaf = Object.values(value).some((v) => typeof v === 'string') || 'long' in value || 'short' in value;
      if (leaf) out[id] = value.exemplarCity;
      else walk(value, [...at, key]);
    }
  };
  walk(tree, []);
  return out;
}

const byLang = Object.fromEntries(LANGS.map((l) => [l, zones(l)]));
// Every zone CLDR names a city for, in any of the languages.
const ids = new Set(LANGS.flatMap((l) => Object.keys(byLang[l])));
const english = {};
for (const id of ids) {
  const city = byLang.en[id] || id.split('/').pop().replace(/_/g, ' ');
  (english[city] = english[city] || []).push(id);
}

const places = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'assets', 'data', 'places.json'), 'utf8')).places;
const rows = [];
for (const place of places) {
  const found = english[place.name];
  if (!found) continue;
  if (found.length > 1) throw new Error(`${place.name}: more than one zone (${found.join(', ')})`);
  const zone = found[0];
  const row = [place.id, zone];
  for (const lang of LANGS) {
    const name = lang === 'en' ? place.name : byLang[lang][zone] || '';
    if (/[\t\n]/.test(name)) throw new Error(`a tab or newline in ${lang} ${zone}`);
    row.push(name.normalize('NFC'));
  }
  rows.push(row);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const header = [
  '# Names of the bundled places in the window\'s languages, from the Unicode CLDR time-zone exemplar cities.',
  `# CLDR ${pkg.cldrVersion} (npm cldr-dates-full@${pkg.version}), extracted by scripts/build_places.js.`,
  '# Licence: Unicode License v3 (see LICENSE-Unicode.txt beside this file): Copyright © 2004-2026 Unicode, Inc.',
  '# A place is listed only where a zone\'s English exemplar city is exactly its English name in places.json;',
  '# every other place keeps the data\'s name. Columns: place id, zone, then the name in ' + LANGS.join(', ') + '.',
  ['id', 'zone', ...LANGS].join('\t'),
];
writeTsv(OUT, header, rows, `${rows.length} of ${places.length} places, CLDR ${pkg.cldrVersion}`);
