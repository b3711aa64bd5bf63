import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

const ROOT_TAG = '<div id="root"></div>';

// Runs as the page is parsed, before its first paint: the prerendered page is the start page as
// a visitor who is not signed in sees it, in Dutch. Another address, English, or another persona
// ("Bekijk als") sees nothing until the app renders, rather than the wrong page for a moment.
const KEEP_ONLY_ON_START_PAGE = `<script>(function(){try{var s=localStorage,p=s.getItem('samenkaart.persona');if(location.pathname!=='/'||location.search||s.getItem('samenkaart.taal')==='en'||(p&&p.indexOf('"bezoeker"')<0))document.getElementById('root').replaceChildren()}catch(e){}})()</script>`;

/**
 * Renders the start page into the built index.html (src/prerender.tsx, with the snapshot the
 * build took of the embedded database and the province boundaries), so the first paint shows
 * the real page while the map starts; the app hydrates it afterwards (src/main.tsx). Only for
 * the embedded database: with Supabase there is no snapshot to render from.
 */
export function prerenderStartPage(): Plugin {
  let root = '';
  let outDir = '';
  let publicDir = '';
  let skip = false;
  return {
    name: 'samenkaart:prerender-start-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      skip = !!config.build.ssr || !!config.env.VITE_SUPABASE_URL;
    },
    // A failed build has no page to render into: its own error is the one to show.
    async closeBundle(error) {
      if (skip || error) return;
      const snapshotFile = readdirSync(join(outDir, 'pglite')).find((f) =>
        /^snapshot-.*\.json$/.test(f),
      );
      if (!snapshotFile) throw new Error('prerender: the build wrote no snapshot');
      const snapshot: unknown = JSON.parse(
        readFileSync(join(outDir, 'pglite', snapshotFile), 'utf8'),
      );
      const provinces: unknown = JSON.parse(
        readFileSync(join(publicDir, 'geo', 'provinces.geojson'), 'utf8'),
      );
      const server = await createServer({
        root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderStartPage: (snapshot: unknown, provinces: unknown) => Promise<string>;
        };
        const html = await module.renderStartPage(snapshot, provinces);
        const indexFile = join(outDir, 'index.html');
        const page = readFileSync(indexFile, 'utf8');
        if (!page.includes(ROOT_TAG)) throw new Error(`prerender: no ${ROOT_TAG} in index.html`);
        writeFileSync(
          indexFile,
          page.replace(
            ROOT_TAG,
            `<div id="root" data-prerendered="start">${html}</div>${KEEP_ONLY_ON_START_PAGE}`,
          ),
        );
      } finally {
        await server.close();
      }
    },
  };
}
