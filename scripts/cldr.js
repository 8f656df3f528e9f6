// What scripts/build_names.js and scripts/build_places.js share: where the
// CLDR npm packages are (CLDR_NPM, default /tmp/cldr-npm), the window's
// languages, where a names file is written (an environment variable may
// send it elsewhere: the tests that compare the committed file with the
// package's output do), and how it is written.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const NPM = process.env.CLDR_NPM || '/tmp/cldr-npm';
/** `require` from the CLDR packages' folder. */
const req = createRequire(path.join(NPM, 'node_modules', 'noop.js'));
/** The window's languages, in the column order of the names files. */
const LANGS = ['en', 'ru', 'kk', 'uz', 'az', 'tr'];

/** The output file: `process.env[envVar]`, else `assets/i18n/names/<file>`. */
function output(envVar, file) {
  return process.env[envVar] || path.join(__dirname, '..', 'assets', 'i18n', 'names', file);
}

/** Writes the header lines and the tab-separated rows, and says so. */
function writeTsv(out, header, rows, what) {
  fs.writeFileSync(out, header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
  console.log(`${what} → ${path.relative(process.cwd(), out)}`);
}

module.exports = { req, LANGS, output, writeTsv };
