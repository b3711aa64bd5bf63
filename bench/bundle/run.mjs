// bench/bundle: how much JavaScript the start page loads before the map chunk and the database:
// the entry script and the modules index.html preloads with it, gzipped (level 9) as a host
// would send them. The map (MapLibre) and the embedded database load in their own chunks, and
// each journey's code with its route. Target: ≤ 150 KiB. Also reported, outside the target: the
// start route's own code (the find journey and its texts), which the router loads after the
// entry's first render, beside the map chunk.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'bench', '.out', 'bundle');

console.log('building the app …');
execFileSync(
  join(root, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);

const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));

/** The files of the chunk `key` and of every chunk it imports, less those in `skip`. */
function closure(key, skip = new Set(), files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || skip.has(chunk.file) || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const next of chunk.imports ?? []) closure(next, skip, files);
  return files;
}

// index.html preloads the map chunk and the chunks it imports too, so that they download beside
// the entry: they are the map, not what the page loads before it — unless the entry uses them.
const mapFiles = closure('src/app/map-content.tsx');
if (mapFiles.size === 0) throw new Error('the map chunk is not in the manifest');
const entryFiles = closure('index.html');
const initial = [
  ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
]
  .map((m) => m[1])
  .filter((path) => {
    const file = path.replace(/^\//, '');
    return entryFiles.has(file) || !mapFiles.has(file);
  });
const gzipped = (path) => gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
let total = 0;
for (const path of initial) {
  const bytes = gzipped(path);
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KiB gz  ${path}`);
}
const kib = total / 1024;

// The start route: its module and the Dutch journey texts, with every chunk they import that
// the entry does not already bring.
const routeKeys = Object.keys(manifest).filter(
  (key) => key === 'src/app/routes/find.tsx' || key === 'src/locales/nl/journeys.json',
);
if (routeKeys.length !== 2) throw new Error(`start route not in the manifest: ${routeKeys}`);
const loaded = new Set([...initial.map((path) => path.replace(/^\//, '')), ...mapFiles]);
const route = new Set();
for (const key of routeKeys) closure(key, loaded, route);
const routeKib = [...route].reduce((sum, file) => sum + gzipped(file), 0) / 1024;
console.log(
  `start route (find journey and its texts): ${routeKib.toFixed(1)} KiB gz in ${route.size} files, loaded after the first render (not in the target)`,
);
console.log(
  `initial JavaScript ${kib.toFixed(1)} KiB gz in ${initial.length} files (target ≤ 150)`,
);
console.log(`RESULT bundle initial_kib_gz=${kib.toFixed(1)}`);
