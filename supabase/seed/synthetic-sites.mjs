// Deterministic synthetic provider sites around real municipality points (geo/sources/gemeenten.csv).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { mulberry32 } from './prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export function readGemeenten() {
  const csv = readFileSync(join(here, '..', '..', 'geo', 'sources', 'gemeenten.csv'), 'utf8');
  const { data } = Papa.parse(csv, { header: true, skipEmptyLines: true, dynamicTyping: true });
  return data;
}

/** `count` points scattered up to ~6 km around randomly chosen municipality points. */
export function syntheticSites(count, seed = 20261123) {
  const random = mulberry32(seed);
  const gemeenten = readGemeenten();
  const features = [];
  for (let i = 0; i < count; i++) {
    const g = gemeenten[Math.floor(random() * gemeenten.length)];
    const distanceKm = 6 * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    const lat = g.lat + (distanceKm / 111.2) * Math.sin(angle);
    const lng =
      g.lng + (distanceKm / (111.2 * Math.cos((g.lat * Math.PI) / 180))) * Math.cos(angle);
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5],
      },
      properties: {
        id: i + 1,
        place: g.name,
        province: g.province_code,
        students: 1 + Math.floor(random() * 8),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
