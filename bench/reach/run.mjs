// bench/reach: the reach query of "Zoek een groep" over 20,000 synthetic sites — the spatial
// index (kdbush + geokdbush, refined with Turf) vs. a naive turf.distance scan over all sites,
// same origins and radii, same run. Targets: ≥ 20× faster, ≤ 1 ms median.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/browser.mjs';
import { loadAppModule } from '../lib/load-ts.mjs';
import { syntheticSites } from '../../supabase/seed/synthetic-sites.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const { ReachIndex, reachKm, withinByScan } = await loadAppModule('/src/domain/reach.ts');

const SITES = Number(process.env.BENCH_SITES ?? 20_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const sites = syntheticSites(SITES, 7).features.map((f, i) => ({
  id: i,
  lng: f.geometry.coordinates[0],
  lat: f.geometry.coordinates[1],
}));
const origins = sites.filter((_, i) => i % Math.floor(SITES / QUERIES) === 0).slice(0, QUERIES);
const limits = [
  { mode: 'ov', maxMinutes: 30 },
  { mode: 'fiets', maxMinutes: 20 },
  { mode: 'auto', maxMinutes: 45 },
];

const buildStart = performance.now();
const index = new ReachIndex(sites);
const buildMs = performance.now() - buildStart;

function time(query) {
  const samples = [];
  let found = 0;
  for (const [i, origin] of origins.entries()) {
    const radius = reachKm(limits[i % limits.length]);
    const start = performance.now();
    found += query(origin, radius).length;
    samples.push(performance.now() - start);
  }
  return { median: median(samples), found };
}

// Warm both paths up first (JIT), then measure.
time((o, r) => index.within(o, r));
time((o, r) => withinByScan(sites, o, r));
const indexed = time((o, r) => index.within(o, r));
const naive = time((o, r) => withinByScan(sites, o, r));
if (indexed.found !== naive.found) {
  console.error(`mismatch: indexed found ${indexed.found}, scan found ${naive.found}`);
  process.exit(1);
}

console.log(
  `${SITES} sites, ${origins.length} queries (ov 30 / fiets 20 / auto 45 min), ${indexed.found} hits in total`,
);
console.log(`index build ${buildMs.toFixed(1)} ms`);
console.log(`median naive scan ${naive.median.toFixed(3)} ms`);
console.log(`median indexed    ${indexed.median.toFixed(3)} ms`);
console.log(
  `RESULT reach speedup=${(naive.median / indexed.median).toFixed(1)} median_ms=${indexed.median.toFixed(3)}`,
);
