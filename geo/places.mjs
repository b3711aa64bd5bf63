// Builds public/geo/places.geojson: one labelled point per municipality (geo/sources/gemeenten.csv),
// for place names on the map without a tile server. The provincial capitals get rank 1 (shown from
// a lower zoom), every other municipality rank 2. Usage: node geo/places.mjs [out.geojson]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = process.argv[2] ?? join(here, '..', 'public', 'geo', 'places.geojson');

/** The capital of each province, by municipality code. */
export const CAPITALS = {
  PV20: 'GM0014', // Groningen
  PV21: 'GM0080', // Leeuwarden
  PV22: 'GM0106', // Assen
  PV23: 'GM0193', // Zwolle
  PV24: 'GM0995', // Lelystad
  PV25: 'GM0202', // Arnhem
  PV26: 'GM0344', // Utrecht
  PV27: 'GM0392', // Haarlem
  PV28: 'GM0518', // 's-Gravenhage
  PV29: 'GM0687', // Middelburg
  PV30: 'GM0796', // 's-Hertogenbosch
  PV31: 'GM0935', // Maastricht
};

/** The name on the map where everyday use differs from the official one. */
const MAP_NAMES = { "'s-Gravenhage": 'Den Haag' };

const capitals = new Set(Object.values(CAPITALS));
const [header, ...lines] = readFileSync(join(here, 'sources', 'gemeenten.csv'), 'utf8')
  .trim()
  .split('\n');
if (header !== 'code,name,lat,lng,province_code') throw new Error(`unexpected header: ${header}`);

const features = lines
  .map((line) => line.split(','))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, name, lat, lng, province]) => ({
    type: 'Feature',
    id: code,
    properties: { name: MAP_NAMES[name] ?? name, rank: capitals.has(code) ? 1 : 2, province },
    geometry: { type: 'Point', coordinates: [Number(lng), Number(lat)] },
  }));

writeFileSync(OUT, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.log(`${OUT}: ${features.length} places, ${capitals.size} capitals`);
