// bench/embedded: the production build in headless Chromium, on a first visit (empty browser
// storage and cache) and a revisit (same profile): time from navigation to the first frame with
// seeded data (partnerships) drawn on the map, and until the live embedded database has answered
// its first query. Baseline in the same page load: the frame in which the provinces (which need
// no data) were first drawn. Targets: first ≤ 1.15 × provinces, revisit ≤ 1.1 × provinces
// (the revisit's own), live ≤ 2.5 × provinces.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, median } from '../lib/browser.mjs';
import { renderedProbe } from '../lib/probe.mjs';
import { startStaticServer } from '../lib/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const appDir = join(root, 'bench', '.out', 'embedded', 'app');

console.log('building the app …');
execFileSync(
  join(root, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
const server = await startStaticServer([{ prefix: '/', dir: appDir, spa: true }]);

/** Milliseconds since navigation until `layer` has features drawn, and until the live data. */
async function visit(context, { live = false } = {}) {
  const page = await context.newPage();
  await page.addInitScript(renderedProbe, ['partnership-points', 'province-fill']);
  await page.goto(`${server.origin}/`);
  const handle = await page.waitForFunction(() => window.__benchReady, null, { timeout: 60_000 });
  const { at } = await handle.jsonValue();
  const ms = at['partnership-points'];
  const provincesMs = at['province-fill'];
  let liveMs = null;
  if (live) {
    await page.waitForFunction(
      () => performance.getEntriesByName('samenkaart:live').length > 0,
      null,
      { timeout: 60_000 },
    );
    liveMs = await page.evaluate(
      () => performance.getEntriesByName('samenkaart:live')[0].startTime,
    );
  }
  await page.close();
  return { ms, liveMs, provincesMs };
}

const times = { provinces: [], first: [], revisit: [], revisitProvinces: [], live: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'samenkaart-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const first = await visit(context, { live: true });
      const revisit = await visit(context);
      times.first.push(first.ms);
      times.live.push(first.liveMs);
      times.provinces.push(first.provincesMs);
      times.revisit.push(revisit.ms);
      times.revisitProvinces.push(revisit.provincesMs);
      console.log(
        `run ${i + 1}: first visit: provinces ${first.provincesMs.toFixed(0)} ms, data ${first.ms.toFixed(0)} ms, live ${first.liveMs.toFixed(0)} ms; revisit: provinces ${revisit.provincesMs.toFixed(0)} ms, data ${revisit.ms.toFixed(0)} ms`,
      );
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}

const [first, revisit, live, provinces, revisitProvinces] = [
  'first',
  'revisit',
  'live',
  'provinces',
  'revisitProvinces',
].map((k) => median(times[k]));
const ratio = (ms, base, target) => `${(ms / base).toFixed(2)}× provinces (target ≤ ${target}×)`;
console.log(`median first visit, provinces drawn (baseline) ${provinces.toFixed(0)} ms`);
console.log(
  `median first visit, data drawn  ${first.toFixed(0)} ms, ${ratio(first, provinces, 1.15)}`,
);
console.log(
  `median live database answered   ${live.toFixed(0)} ms, ${ratio(live, provinces, 2.5)}`,
);
console.log(
  `median revisit, data drawn      ${revisit.toFixed(0)} ms, ${ratio(revisit, revisitProvinces, 1.1)} (its provinces: ${revisitProvinces.toFixed(0)} ms)`,
);
console.log(
  `RESULT embedded first_ms=${first.toFixed(0)} revisit_ms=${revisit.toFixed(0)} live_ms=${live.toFixed(0)} provinces_ms=${provinces.toFixed(0)}`,
);
