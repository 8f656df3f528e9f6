#!/usr/bin/env node
// Extracts the UN M49 regions as the Unicode CLDR records them (which
// sub-region each state is in, and the regions' names in the window's
// languages) into assets/groups/m49.tsv: the bundled grouping of
// "Aggregate: groups" on the relations layer (see docs/views.md). Run once
// when CLDR or the languages change; the output is committed.
//
//   npm install --prefix /tmp/cldr-npm cldr-core@48.2.0 cldr-localenames-full@48.2.0
//   CLDR_NPM=/tmp/cldr-npm node scripts/build_groups.js
//
// Inputs:
// - cldr-core/supplemental/territoryContainment.json: which region contains
//   which. Walked from World (001) through the containers that are not
//   marked as groupings (`_grouping`: EU, UN, Latin America, …) and not
//   deprecated (`-status-deprecated`); a container whose contents are
//   states is a sub-region (M49's sub-region or intermediate region, as
//   CLDR nests them, and CLDR's Outlying Oceania, QO).
// - cldr-core/supplemental/codeMappings.json: ISO alpha-3 of each alpha-2.
// - cldr-localenames-full/main/<lang>/territories.json: the regions' names
//   (keys like "143").
//
// Nothing is added: a code CLDR does not place in a sub-region (XK, the
// Soviet Union, a user's own unit) is in no group. The program's own split
// of the South Caucasus out of Western Asia is made in the code
// (src/analysis/groups.rs), not here, so this file stays CLDR's record.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const NPM = process.env.CLDR_NPM || '/tmp/cldr-npm';
const req = createRequire(path.join(NPM, 'node_modules', 'noop.js'));
const LANGS = ['en', 'ru', 'kk', 'uz', 'az', 'tr'];
const OUT = process.env.GROUPS_OUT || path.join(__dirname, '..', 'assets', 'groups', 'm49.tsv');

const pkg = req('cldr-localenames-full/package.json');
const core = req('cldr-core/package.json');
const containment = req('cldr-core/supplemental/territoryContainment.json').supplemental.territoryContainment;
const mappings = req('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
const names = {};
for (const lang of LANGS) {
  names[lang] = req(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
}

const isRegion = (code) => /^[0-9]{3}$/.test(code) || code === 'QO';
const regions = new Map(); // code -> [alpha2]
function walk(code) {
  const entry = containment[code];
  if (!entry || entry._grouping) return;
  const contents = entry._contains || [];
  const states = contents.filter((c) => !isRegion(c));
  if (states.length) {
    if (contents.some(isRegion)) throw new Error(`${code} holds both regions and states`);
    regions.set(code, states);
    return;
  }
  contents.forEach(walk);
}
walk('001');

const regionRows = [];
const memberRows = [];
for (const [code, states] of regions) {
  const row = ['region', code];
  for (const lang of LANGS) {
    const name = names[lang][code];
    if (!name) throw new Error(`CLDR ${pkg.version} has no ${lang} name for region ${code}`);
    row.push(name.normalize('NFC'));
  }
  regionRows.push(row);
  for (const alpha2 of states) {
    const alpha3 = mappings[alpha2] && mappings[alpha2]._alpha3;
    // A code with no alpha-3 (CLDR's AC, CP, DG, TA …: not ISO 3166-1
    // countries) is left out: the data files name states by alpha-3.
    if (!alpha3 || !/^[A-Z]{3}$/.test(alpha3)) continue;
    memberRows.push(['member', alpha3, code]);
  }
}
const byCode = (a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
regionRows.sort(byCode);
memberRows.sort(byCode);
const seen = new Set();
for (const [, alpha3] of memberRows) {
  if (seen.has(alpha3)) throw new Error(`${alpha3} is in two sub-regions`);
  seen.add(alpha3);
}

const header = [
  '# The UN M49 sub-regions as the Unicode CLDR records them, and their names in the window\'s languages.',
  `# CLDR ${pkg.cldrVersion} (npm cldr-core@${core.version}: supplemental/territoryContainment.json;`,
  `# cldr-localenames-full@${pkg.version}: main/<lang>/territories.json), extracted by scripts/build_groups.js.`,
  '# Licence: Unicode License v3 (see assets/i18n/names/LICENSE-Unicode.txt): Copyright © 2004-2026 Unicode, Inc.',
  `# Rows: region <M49 code> <name in ${LANGS.join(', ')}>; member <ISO 3166-1 alpha-3> <M49 code of its sub-region>.`,
];
fs.writeFileSync(
  OUT,
  header.join('\n') + '\n' + [...regionRows, ...memberRows].map((r) => r.join('\t')).join('\n') + '\n',
);
console.log(`${regionRows.length} sub-regions, ${memberRows.length} states, CLDR ${pkg.cldrVersion} → ${path.relative(process.cwd(), OUT)}`);
