// Validates the built public/geo/provinces.geojson. Exits 1 on the first failed check group.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, '..', 'public', 'geo', 'provinces.geojson');
const fc = JSON.parse(readFileSync(file, 'utf8'));

const EXPECTED = {
  PV20: 'Groningen',
  PV21: 'Fryslân',
  PV22: 'Drenthe',
  PV23: 'Overijssel',
  PV24: 'Flevoland',
  PV25: 'Gelderland',
  PV26: 'Utrecht',
  PV27: 'Noord-Holland',
  PV28: 'Zuid-Holland',
  PV29: 'Zeeland',
  PV30: 'Noord-Brabant',
  PV31: 'Limburg',
};

// Town halls / centres of well-known cities, [lng, lat].
const CITIES = [
  ['Groningen', [6.5665, 53.2194], 'PV20'],
  ['Leeuwarden', [5.7999, 53.2012], 'PV21'],
  ['Assen', [6.5625, 52.9928], 'PV22'],
  ['Zwolle', [6.083, 52.5168], 'PV23'],
  ['Lelystad', [5.4714, 52.5185], 'PV24'],
  ['Arnhem', [5.8987, 51.9851], 'PV25'],
  ['Utrecht', [5.1214, 52.0907], 'PV26'],
  ['Amsterdam', [4.9041, 52.3676], 'PV27'],
  ['Rotterdam', [4.4777, 51.9244], 'PV28'],
  ['Middelburg', [3.6136, 51.4988], 'PV29'],
  ["'s-Hertogenbosch", [5.3037, 51.6978], 'PV30'],
  ['Maastricht', [5.6909, 50.8514], 'PV31'],
];

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${message}`);
  if (!ok) failures.push(message);
};

check(fc.type === 'FeatureCollection', 'is a FeatureCollection');
check(fc.features.length === 12, `has 12 features (${fc.features.length})`);
const byCode = new Map(fc.features.map((f) => [f.id, f]));
for (const [code, name] of Object.entries(EXPECTED)) {
  const f = byCode.get(code);
  check(f?.properties.code === code && f.properties.name === name, `${code} is ${name}`);
}

for (const f of fc.features) {
  const { code, label, bbox } = f.properties;
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const ringsClosed = polygons.every((rings) =>
    rings.every((r) => r.length >= 4 && r[0][0] === r.at(-1)[0] && r[0][1] === r.at(-1)[1]),
  );
  check(ringsClosed, `${code}: every ring closed with ≥ 4 positions`);
  check(turf.booleanValid(f), `${code}: geometry valid`);
  check(turf.booleanPointInPolygon(turf.point(label), f), `${code}: label point inside`);
  const [w, s, e, n] = bbox;
  check(w >= 3.2 && e <= 7.3 && s >= 50.7 && n <= 53.6 && w < e && s < n, `${code}: bbox in NL`);
}

for (const [city, lngLat, want] of CITIES) {
  const hits = fc.features
    .filter((f) => turf.booleanPointInPolygon(turf.point(lngLat), f))
    .map((f) => f.id);
  check(
    hits.length === 1 && hits[0] === want,
    `${city} lies in ${want} (${hits.join(',') || 'none'})`,
  );
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nall province checks passed');
