// Builds public/geo/provinces.geojson from the pinned CBS/PDOK edition in geo/sources/.
// Output: one feature per province, id = CBS code (PV20–PV31), properties stripped to what the
// app needs (code, name, label point, bbox). No simplification beyond the source's own
// (cartomap/nl, mapshaper; 3 decimals ≈ 70 m). Deterministic: same input → same bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(here, 'sources', 'provincie_2025.geojson');
const SOURCE_SHA256 = 'c6845853b76a4932c5bc45c47089630ffa42545c7e1f83597d7f7d5381601ab4';
const OUT = process.argv[2] ?? join(here, '..', 'public', 'geo', 'provinces.geojson');

const bytes = readFileSync(SOURCE);
const sha = createHash('sha256').update(bytes).digest('hex');
if (sha !== SOURCE_SHA256) {
  console.error(`geo/sources/provincie_2025.geojson changed (sha256 ${sha}); refusing to build`);
  process.exit(1);
}
const source = JSON.parse(bytes.toString('utf8'));

const round = (n, dp) => Math.round(n * 10 ** dp) / 10 ** dp;

/** The label point: centre of mass of the largest polygon if inside it, else a point on it. */
function labelPoint(feature) {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  const largest = polygons
    .map((rings) => turf.polygon(rings))
    .reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
  const centre = turf.centerOfMass(largest);
  const point = turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest);
  return point.geometry.coordinates.map((c) => round(c, 4));
}

const features = source.features
  .map((f) => ({
    type: 'Feature',
    id: f.properties.statcode,
    properties: {
      code: f.properties.statcode,
      name: f.properties.statnaam,
      label: labelPoint(f),
      bbox: turf.bbox(f).map((c) => round(c, 3)),
    },
    geometry: f.geometry,
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

const out = {
  type: 'FeatureCollection',
  metadata: {
    source:
      'CBS Gebiedsindelingen provincie_gegeneraliseerd 2025 (PDOK), generalised by cartomap/nl',
    sourceSha256: SOURCE_SHA256,
  },
  features,
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`wrote ${OUT} (${features.length} provinces)`);
