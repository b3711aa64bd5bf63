// bench/map-load: navigation → map idle with the 12 provinces and 5,000 synthetic sites drawn,
// in the Samenkaart production build vs. a bare MapLibre page with the same data, same server,
// same browser, alternating runs. Prints both medians and the ratio (target ≤ 1.15).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, median } from '../lib/browser.mjs';
import { browserCpuMs } from '../lib/browser-cpu.mjs';
import { renderedProbe } from '../lib/probe.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { syntheticSites } from '../../supabase/seed/synthetic-sites.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const SITES = Number(process.env.BENCH_SITES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const out = join(root, 'bench', '.out', 'map-load');
const appDir = join(out, 'app');
const dataDir = join(out, 'data');
const bareDir = join(out, 'bare');

mkdirSync(dataDir, { recursive: true });
mkdirSync(bareDir, { recursive: true });
writeFileSync(join(dataDir, `sites-${SITES}.geojson`), JSON.stringify(syntheticSites(SITES)));
copyFileSync(join(here, 'bare.html'), join(bareDir, 'index.html'));
const sitesUrl = `/bench-data/sites-${SITES}.geojson`;

console.log(`building the app with VITE_SITES_URL=${sitesUrl} …`);
execFileSync(
  join(root, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: root,
    env: { ...process.env, VITE_SITES_URL: sitesUrl },
    stdio: 'inherit',
  },
);

const server = await startStaticServer([
  { prefix: '/', dir: appDir, spa: true },
  { prefix: '/bench-data/', dir: dataDir },
  { prefix: '/bare/lib/', dir: join(root, 'node_modules', 'maplibre-gl', 'dist') },
  { prefix: '/bare/', dir: bareDir },
]);

// The same readiness probe in both pages: the first `idle` at which sites and provinces are
// drawn. Times are ms since navigation start.
const browser = await launchChromium();
const measure = async (url) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(renderedProbe, ['site-points', 'province-fill']);
  const cpuBefore = browserCpuMs();
  await page.goto(url);
  try {
    const result = await page.waitForFunction(() => window.__benchReady, null, { timeout: 60_000 });
    const cpuAfter = browserCpuMs();
    const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    return { ...(await result.jsonValue()), cpuMs };
  } catch (error) {
    // Say what the page had drawn by then: a page that never draws is a bug, not noise.
    const state = await page.evaluate(() => {
      const map = window.__samenkaart?.map;
      if (!map) return 'no map';
      const count = (id) =>
        map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : 'no layer';
      return {
        sites: count('site-points'),
        provinces: count('province-fill'),
        loaded: map.loaded(),
      };
    });
    console.error(`${url}: not drawn within 60 s`, JSON.stringify(state));
    throw error;
  } finally {
    await context.close();
  }
};

const times = { app: [], bare: [] };
const cpu = { app: [], bare: [] };
try {
  await measure(`${server.origin}/`); // warm the OS file cache and the browser's shader cache
  await measure(`${server.origin}/bare/?sites=${sitesUrl}`);
  for (let i = 0; i < RUNS; i++) {
    const app = await measure(`${server.origin}/`);
    const bare = await measure(`${server.origin}/bare/?sites=${sitesUrl}`);
    times.app.push(app.ms);
    times.bare.push(bare.ms);
    if (app.cpuMs !== null) cpu.app.push(app.cpuMs);
    if (bare.cpuMs !== null) cpu.bare.push(bare.cpuMs);
    const used = (r) => (r.cpuMs === null ? '' : `, ${r.cpuMs.toFixed(0)} ms CPU`);
    console.log(
      `run ${i + 1}: app ${app.ms.toFixed(0)} ms (${app.drawn} sites drawn${used(app)}), bare ${bare.ms.toFixed(0)} ms (${bare.drawn}${used(bare)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const app = median(times.app);
const bare = median(times.bare);
console.log(`median app  ${app.toFixed(0)} ms`);
console.log(`median bare ${bare.toFixed(0)} ms`);
// Diagnostic, not the target: the browser's CPU time (all processes and threads) per load. On a
// machine whose cores are busy throughout, time to the frame follows it (see README).
if (cpu.app.length && cpu.bare.length) {
  const [a, b] = [median(cpu.app), median(cpu.bare)];
  console.log(
    `median CPU  app ${a.toFixed(0)} ms, bare ${b.toFixed(0)} ms (${(a / b).toFixed(2)}×)`,
  );
}
console.log(`sites ${SITES}, runs ${RUNS}, target ratio ≤ 1.15`);
console.log(`RESULT map-load ratio=${(app / bare).toFixed(2)}`);
