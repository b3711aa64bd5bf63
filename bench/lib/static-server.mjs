// A small static file server for benchmarks: several mounts on one origin, correct MIME types
// (PGlite needs application/wasm), SPA fallback for the app mount, and the cache headers a real
// host would send: content-hashed files under /assets/ and /pglite/ are immutable, the rest is
// revalidated.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.map': 'application/json',
};

/** mounts: [{ prefix: '/bare/', dir, spa?: boolean }], longest prefix first. */
export function startStaticServer(mounts) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    if (!mount) return void res.writeHead(404).end();
    const rel = normalize(path.slice(mount.prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(mount.dir, rel);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = join(file, 'index.html');
      if (existsSync(index)) file = index;
      else if (mount.spa && !extname(path)) file = join(mount.dir, 'index.html');
      else return void res.writeHead(404).end();
    }
    const hashed = /^\/(assets|pglite)\//.test(path);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
