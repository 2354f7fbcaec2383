// Converts libphonenumber-js's metadata.max.json (Google's libphonenumber metadata, compressed by
// libphonenumber-js) into the compact resource SubscriberSdk.Phones embeds, and writes test vectors
// computed by libphonenumber-js itself so the C# port is checked against the original behaviour.
//
// Usage: node convert-metadata.mjs <unpacked npm package dir> <resource output file> <test vector output file>
// Run through refresh-metadata.sh, which pins the package version.

import { createRequire } from 'node:module';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [packageDir, resourcePath, vectorsPath] = process.argv.slice(2);
if (!packageDir || !resourcePath || !vectorsPath) {
  console.error('usage: node convert-metadata.mjs <package dir> <resource file> <vectors file>');
  process.exit(2);
}

const require = createRequire(path.resolve(packageDir, 'package.json'));
const packageJson = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const metadata = require('./metadata.max.json');
const mobileExamples = require('./examples.mobile.json');
const lib = require('./max/index.cjs');

if (metadata.version !== 4) {
  throw new Error(`metadata format version ${metadata.version} is not the supported version 4`);
}

// Positions in libphonenumber-js's compressed (version 4) territory arrays; see its source/metadata.js.
const T = { cc: 0, idd: 1, pattern: 2, lengths: 3, formats: 4, np: 5, npRule: 6, npParse: 7, npTransform: 8, leading: 10, types: 11 };
const F = { pattern: 0, format: 1, leading: 2, npRule: 3, intl: 5 };
// Type positions inside the territory's type array, with the names the C# side uses.
const TYPE_NAMES = ['fixedLine', 'mobile', 'tollFree', 'premiumRate', 'personalNumber', 'voicemail', 'uan', 'pager', 'voip', 'sharedCost'];
const JS_TYPE_NAMES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];

// .NET reads "$12" as group 12 where JavaScript falls back to group 1 followed by "2"; braces remove the doubt.
const toDotNetReplacement = (s) => s.replace(/\$(\d)/g, '${$1}');
const orNull = (v) => (v === undefined || v === null || v === 0 || v === '' ? null : v);

const mainTerritoryOf = {};
for (const [cc, regions] of Object.entries(metadata.country_calling_codes)) mainTerritoryOf[cc] = regions[0];

function convertTerritory(id, raw) {
  const cc = raw[T.cc];
  const main = id === '001' ? raw : metadata.countries[mainTerritoryOf[cc]];
  // Formats and the national-prefix formatting rule of a shared calling code live on its main territory.
  const npRule = orNull(raw[T.npRule]) ?? orNull(main[T.npRule]);
  const formats = (orNull(raw[T.formats]) ?? orNull(main[T.formats]) ?? []).map((f) => {
    const leading = f[F.leading] || [];
    const rule = orNull(f[F.npRule]) ?? npRule;
    return {
      p: f[F.pattern],
      f: toDotNetReplacement(f[F.format]),
      ld: leading.length ? leading[leading.length - 1] : null,
      npr: rule ? toDotNetReplacement(rule) : null,
      i: orNull(f[F.intl]) ? toDotNetReplacement(f[F.intl]) : null,
    };
  });
  const types = {};
  const rawTypes = raw[T.types] || [];
  TYPE_NAMES.forEach((name, index) => {
    const t = rawTypes[index];
    // An empty pattern means "same as fixed line" (only ever for mobile); the C# side reads a
    // missing mobile type as fixed-line-or-mobile, exactly as libphonenumber-js does.
    if (!t || !t[0]) return;
    types[name] = t[1] ? { p: t[0], len: t[1] } : { p: t[0] };
  });
  const npParse = orNull(raw[T.npParse]) ?? orNull(raw[T.np]);
  return {
    id,
    cc,
    idd: orNull(raw[T.idd]),
    p: raw[T.pattern],
    len: raw[T.lengths],
    np: orNull(raw[T.np]),
    npp: npParse,
    npt: orNull(raw[T.npTransform]) ? toDotNetReplacement(raw[T.npTransform]) : null,
    ld: orNull(raw[T.leading]),
    formats,
    types,
  };
}

const territories = [];
for (const [cc, regions] of Object.entries(metadata.country_calling_codes)) {
  for (const id of regions) territories.push(convertTerritory(id, metadata.countries[id]));
}
for (const [cc, raw] of Object.entries(metadata.nonGeographic)) territories.push(convertTerritory('001', raw));

const resource = {
  format: 1,
  source: `${packageJson.name}@${packageJson.version}`,
  territories,
};
const json = Buffer.from(JSON.stringify(resource), 'utf8');
const compressed = brotliCompressSync(json, {
  params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length },
});
writeFileSync(resourcePath, compressed);
console.log(`wrote ${resourcePath}: ${territories.length} territories, ${json.length} bytes JSON, ${compressed.length} bytes compressed`);

// ---------------------------------------------------------------------------------------------
// Test vectors. libphonenumber-js ships example numbers for the mobile type only
// (examples.mobile.json); for every other type the converter derives a number from the type's
// pattern and keeps it only when libphonenumber-js itself classifies it as that type, so every
// vector's expectations come from the original library, not from the port under test.

// Deterministic pseudo-random numbers (mulberry32) so the vectors are stable across refreshes.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Produces one string matched by a libphonenumber pattern (digits, classes, groups, alternation,
// the quantifiers ? * + {n} {n,m}); that is all the metadata's patterns use.
function sample(pattern, rand) {
  let pos = 0;
  const pick = (n) => Math.floor(rand() * n);
  function alternation() {
    const branches = [sequence()];
    while (pattern[pos] === '|') { pos++; branches.push(sequence()); }
    return branches;
  }
  function sequence() {
    const items = [];
    while (pos < pattern.length && pattern[pos] !== '|' && pattern[pos] !== ')') {
      let atom = parseAtom();
      let min = 1, max = 1;
      const q = pattern[pos];
      if (q === '?') { min = 0; max = 1; pos++; }
      else if (q === '*') { min = 0; max = 2; pos++; }
      else if (q === '+') { min = 1; max = 3; pos++; }
      else if (q === '{') {
        const end = pattern.indexOf('}', pos);
        const [a, b] = pattern.slice(pos + 1, end).split(',');
        min = Number(a); max = b === undefined ? min : b === '' ? min + 2 : Number(b);
        pos = end + 1;
      }
      items.push({ atom, min, max });
    }
    return items;
  }
  function parseAtom() {
    const c = pattern[pos];
    if (c === '(') {
      pos++;
      if (pattern.startsWith('?:', pos)) pos += 2;
      const branches = alternation();
      pos++; // ')'
      return { branches };
    }
    if (c === '[') {
      pos++;
      const chars = [];
      while (pattern[pos] !== ']') {
        let from = pattern[pos];
        if (from === '\\' && pattern[pos + 1] === 'd') { pos += 2; for (let d = 0; d <= 9; d++) chars.push(String(d)); continue; }
        pos++;
        if (pattern[pos] === '-' && pattern[pos + 1] !== ']') {
          const to = pattern[pos + 1];
          pos += 2;
          for (let d = from.charCodeAt(0); d <= to.charCodeAt(0); d++) chars.push(String.fromCharCode(d));
        } else chars.push(from);
      }
      pos++;
      return { chars };
    }
    if (c === '\\') {
      pos += 2;
      if (pattern[pos - 1] === 'd') return { chars: '0123456789'.split('') };
      return { chars: [pattern[pos - 1]] };
    }
    pos++;
    return { chars: [c] };
  }
  function emit(node) {
    if (node.chars) return node.chars[pick(node.chars.length)];
    const branch = node.branches[pick(node.branches.length)];
    return branch.map((item) => {
      let out = '';
      const times = item.min + pick(item.max - item.min + 1);
      for (let i = 0; i < times; i++) out += emit(item.atom);
      return out;
    }).join('');
  }
  const root = { branches: alternation() };
  return emit(root);
}

function describe(e164, region, source) {
  const parsed = lib.parsePhoneNumberFromString(e164);
  if (!parsed) return null;
  return {
    region,
    source,
    e164: parsed.number,
    nationalNumber: parsed.nationalNumber,
    type: parsed.getType() ?? 'UNKNOWN',
    valid: parsed.isValid(),
    detectedRegion: parsed.country ?? (parsed.isNonGeographic() ? '001' : null),
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
  };
}

const vectors = [];
const rand = random(20261121);
for (const t of territories) {
  if (t.id !== '001' && mobileExamples[t.id]) {
    const v = describe(`+${t.cc}${mobileExamples[t.id]}`, t.id, 'example:MOBILE');
    if (v) vectors.push(v);
  }
  const raw = t.id === '001' ? metadata.nonGeographic[t.cc] : metadata.countries[t.id];
  const rawTypes = raw[T.types] || [];
  JS_TYPE_NAMES.forEach((jsName, index) => {
    const type = rawTypes[index];
    if (!type || !type[0]) return;
    const wanted = jsName === 'FIXED_LINE' || jsName === 'MOBILE' ? [jsName, 'FIXED_LINE_OR_MOBILE'] : [jsName];
    // Prefer a number libphonenumber-js places in this territory; where the territory shares the
    // range with the main one of its country code (toll-free +1 800 is "US" for all of NANP), keep
    // a number placed in the main territory instead: that is what the library reports too.
    let fallback = null;
    for (let attempt = 0; attempt < 300; attempt++) {
      const nsn = sample(type[0], rand);
      const v = describe(`+${t.cc}${nsn}`, t.id, `derived:${jsName}`);
      if (!v || !v.valid || !wanted.includes(v.type) || v.nationalNumber !== nsn) continue;
      const back = t.id === '001' ? null : lib.parsePhoneNumberFromString(v.national, t.id);
      // Whether the national format parses back to the same number with the territory as default region.
      v.nationalParsesBack = back ? back.number === v.e164 : null;
      const regionAgrees = t.id === '001' ? v.detectedRegion === '001' : v.detectedRegion === t.id;
      if (regionAgrees) {
        fallback = v;
        break;
      }
      fallback ??= v;
    }
    if (fallback) vectors.push(fallback);
  });
}
writeFileSync(vectorsPath, JSON.stringify({ source: resource.source, vectors }, null, 1) + '\n');
console.log(`wrote ${vectorsPath}: ${vectors.length} vectors`);
