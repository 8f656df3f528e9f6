#!/usr/bin/env node
// Extracts the names of states and territories in the window's languages
// from the Unicode CLDR (the JSON packages on the npm registry) into
// assets/i18n/names/territories.tsv. Run once when CLDR or the languages
// change; the output is committed (see assets/i18n/names/README.md).
//
//   npm install --prefix /tmp/cldr-npm cldr-localenames-full@48.2.0
//   CLDR_NPM=/tmp/cldr-npm node scripts/build_names.js
//
// Inputs:
// - cldr-localenames-full/main/<lang>/territories.json: the territory
//   display names of each language. uz and az are the Latin-script locales
//   (CLDR's uz and az are uz-Latn and az-Latn); kk is Cyrillic.
// - cldr-core/supplemental/codeMappings.json: ISO 3166-1 alpha-3 code of
//   each alpha-2 region code.
// - cldr-core/supplemental/aliases.json: deprecated region codes (left out).
//
// - assets/data/countries.json: the bundled data's English names. CLDR
//   has, besides its standard name, a short or variant form of some
//   ("Palestine" beside "Palestinian Territories", "Turkey" beside
//   "Türkiye"); where the data's English name is one of CLDR's English
//   forms, that form is taken in every language that has it (the window
//   then names a state as the data does), else the standard form.
//
// Output: one row per ISO 3166-1 country code, alpha-3 first (the code the
// data files use), alpha-2, the CLDR form taken (standard, short,
// variant), then the name in en, ru, kk, uz, az, tr. Lines starting with #
// record the CLDR version and the licence.
'use strict';

const fs = require('fs');
const path = require('path');
const { req, LANGS, output, writeTsv } = require('./cldr');

// NAMES_OUT: write elsewhere (the test that compares the committed file
// with the package's names does; the licence is then not copied).
const OUT = output('NAMES_OUT', 'territories.tsv');

const pkg = req('cldr-localenames-full/package.json');
const core = req('cldr-core/package.json');
const mappings = req('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
const aliases = req('cldr-core/supplemental/aliases.json').supplemental.metadata.alias.territoryAlias;

// Codes that are not ISO 3166-1 countries: user-assigned (AA, QM–QZ,
// XA–XZ, ZZ), exceptionally reserved (AC, CP, CQ, DG, EA, IC, TA), and
// groupings (EU, EZ, UN).
const NOT_ISO = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN', 'AA', 'ZZ']);
function isIso(alpha2) {
  if (!/^[A-Z]{2}$/.test(alpha2) || NOT_ISO.has(alpha2) || alpha2 in aliases) return false;
  if (/^Q[M-Z]$/.test(alpha2) || /^X[A-Z]$/.test(alpha2)) return false;
  return true;
}

const bundled = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'assets', 'data', 'countries.json'), 'utf8'),
);
const dataName = Object.fromEntries(bundled.countries.map((c) => [c.code, c.name]));

const names = {};
for (const lang of LANGS) {
  const file = req(`cldr-localenames-full/main/${lang}/territories.json`);
  names[lang] = file.main[lang].localeDisplayNames.territories;
}

const rows = [];
for (const [alpha2, codes] of Object.entries(mappings)) {
  const alpha3 = codes._alpha3;
  if (!alpha3 || !isIso(alpha2) || !/^[A-Z]{3}$/.test(alpha3)) continue;
  // The CLDR form whose English is the data's name, if one is.
  const same = (a, b) => a && b && a.replace(/’/g, "'") === b.replace(/’/g, "'");
  const form = ['short', 'variant'].find((f) => same(names.en[`${alpha2}-alt-${f}`], dataName[alpha3])) || 'standard';
  const row = [alpha3, alpha2, form];
  for (const lang of LANGS) {
    const alt = form === 'standard' ? undefined : names[lang][`${alpha2}-alt-${form}`];
    const name = alt || names[lang][alpha2];
    if (!name) throw new Error(`CLDR ${pkg.version} has no ${lang} name for ${alpha2}`);
    if (/[\t\n]/.test(name)) throw new Error(`a tab or newline in ${lang} ${alpha2}`);
    row.push(name.normalize('NFC'));
  }
  rows.push(row);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const header = [
  '# Names of states and territories in the window\'s languages, from the Unicode CLDR.',
  `# CLDR ${pkg.cldrVersion} (npm cldr-localenames-full@${pkg.version}, cldr-core@${core.version}),`,
  '# extracted by scripts/build_names.js. Licence: Unicode License v3 (see LICENSE-Unicode.txt',
  '# beside this file): Copyright © 2004-2026 Unicode, Inc.',
  '# Columns: ISO 3166-1 alpha-3, alpha-2, the CLDR form taken (standard; short or variant where',
  '# that is the form the bundled data names the state by), then the name in ' + LANGS.join(', ') + '.',
  ['alpha3', 'alpha2', 'form', ...LANGS].join('\t'),
];
writeTsv(OUT, header, rows, `${rows.length} territories, CLDR ${pkg.cldrVersion}`);
if (!process.env.NAMES_OUT) {
  fs.copyFileSync(req.resolve('cldr-core/LICENSE'), path.join(path.dirname(OUT), 'LICENSE-Unicode.txt'));
}
