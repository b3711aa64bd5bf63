// bench/embedded: the production build in headless Chromium; time from navigation to the first
// seeded data (partnerships from the embedded PGlite database) drawn on the map, on a first
// visit (empty browser storage) and on a revisit (same profile, data in IndexedDB).
// Baseline in the same run: the same page without data (provinces drawn), so the cost of the
// database itself is visible. Targets on this machine: first ≤ 2500 ms, revisit ≤ 1000 ms.
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
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const server = await startStaticServer([{ prefix: '/', dir: appDir, spa: true }]);

async function visit(context, layer) {
  const page = await context.newPage();
  await page.addInitScript(renderedProbe, [layer]);
  await page.goto(`${server.origin}/`);
  const handle = await page.waitForFunction(() => window.__benchReady, null, { timeout: 60_000 });
  const { ms } = await handle.jsonValue();
  await page.close();
  return ms;
}

const times = { provinces: [], first: [], revisit: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'samenkaart-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const first = await visit(context, 'partnership-points');
      const revisit = await visit(context, 'partnership-points');
      const provinces = await visit(context, 'province-fill');
      times.first.push(first);
      times.revisit.push(revisit);
      times.provinces.push(provinces);
      console.log(
        `run ${i + 1}: first visit ${first.toFixed(0)} ms, revisit ${revisit.toFixed(0)} ms, provinces only ${provinces.toFixed(0)} ms`,
      );
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}

const first = median(times.first);
const revisit = median(times.revisit);
const provinces = median(times.provinces);
console.log(`median provinces drawn (baseline, no data) ${provinces.toFixed(0)} ms`);
console.log(
  `median first visit ${first.toFixed(0)} ms (${(first / provinces).toFixed(2)}× baseline; target ≤ 2500 ms)`,
);
console.log(
  `median revisit     ${revisit.toFixed(0)} ms (${(revisit / provinces).toFixed(2)}× baseline; target ≤ 1000 ms)`,
);
console.log(`RESULT embedded first_ms=${first.toFixed(0)} revisit_ms=${revisit.toFixed(0)}`);
