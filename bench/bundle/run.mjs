// bench/bundle: how much JavaScript the start page loads before the map chunk and the database:
// the entry script and the modules index.html preloads with it, gzipped (level 9) as a host
// would send them. The map (MapLibre) and the embedded database load in their own chunks, and
// each journey's code with its route. Target: ≤ 150 KiB.
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
  ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);

const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => m[1]);
let total = 0;
for (const path of initial) {
  const bytes = gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KiB gz  ${path}`);
}
const kib = total / 1024;
console.log(
  `initial JavaScript ${kib.toFixed(1)} KiB gz in ${initial.length} files (target ≤ 150)`,
);
console.log(`RESULT bundle initial_kib_gz=${kib.toFixed(1)}`);
