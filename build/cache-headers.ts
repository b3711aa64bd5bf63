import type { Plugin } from 'vite';

/**
 * Cache rules for the built app, one list for every host: file names under /assets/ and
 * /pglite/ carry a content hash (the database files its SQL version), so a browser may keep them
 * for a year and a revisit downloads nothing of the ~18 MB database; everything else (index.html,
 * the province GeoJSON) is revalidated on every visit, so a new release is seen at once.
 */
export const CACHE_RULES = [
  { prefix: '/assets/', value: 'public, max-age=31536000, immutable' },
  { prefix: '/pglite/', value: 'public, max-age=31536000, immutable' },
] as const;
export const REVALIDATE = 'no-cache';

export const cacheControlFor = (path: string) =>
  CACHE_RULES.find((rule) => path.startsWith(rule.prefix))?.value ?? REVALIDATE;

/** Files without a hash in their name, named one by one in `_headers`. */
const UNHASHED = ['/', '/index.html', '/geo/*', '/favicon.svg'];

/**
 * The same rules as a Netlify / Cloudflare Pages `_headers` file. Those hosts merge the headers
 * of every matching rule, so a catch-all `/*` would add `no-cache` to the hashed files too; the
 * unhashed files are listed instead (other paths serve index.html with the host's default, which
 * revalidates).
 */
export const headersFile = () =>
  [
    ...CACHE_RULES.map((r) => `${r.prefix}*\n  Cache-Control: ${r.value}`),
    ...UNHASHED.map((path) => `${path}\n  Cache-Control: ${REVALIDATE}`),
  ].join('\n') + '\n';

/** Applies the rules in `vite preview` (npm start) and writes `_headers` into the build. */
export function cacheHeaders(): Plugin {
  return {
    name: 'samenkaart-cache-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader(
          'Cache-Control',
          cacheControlFor(new URL(req.url ?? '/', 'http://x').pathname),
        );
        next();
      });
    },
  };
}
