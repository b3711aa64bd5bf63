// Node side of the embedded database: the SQL the browser's PGlite runs, its version, and the
// prebuilt data directory that spares a first visit the initdb + migrations + seed.
import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const read = (...parts: string[]) => readFileSync(join(here, ...parts), 'utf8');

export interface SqlFile {
  name: string;
  sql: string;
}

/** The Supabase compatibility bootstrap, then every migration in timestamp order. */
export function schemaSqlFiles(): SqlFile[] {
  const migrations = readdirSync(join(here, 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return [
    { name: 'bootstrap/supabase-compat.sql', sql: read('bootstrap', 'supabase-compat.sql') },
    ...migrations.map((f) => ({ name: `migrations/${f}`, sql: read('migrations', f) })),
  ];
}

/** Everything the embedded database runs, in order: schema, seed, the embedded entry point. */
export function embeddedSqlFiles(): SqlFile[] {
  return [
    ...schemaSqlFiles(),
    { name: 'seed.sql', sql: read('seed.sql') },
    { name: 'bootstrap/embedded.sql', sql: read('bootstrap', 'embedded.sql') },
  ];
}

/** Changes whenever any of that SQL changes; the browser re-creates its database then. */
export function embeddedVersion(files = embeddedSqlFiles()): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(f.sql).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Applies the SQL to a PGlite instance, naming the file that failed. */
export async function applyEmbeddedSql(db: PGlite, files = embeddedSqlFiles()) {
  for (const file of files) {
    try {
      await db.exec(file.sql);
    } catch (error) {
      throw new Error(`${file.name} failed in PGlite: ${String(error)}`, { cause: error });
    }
  }
  await db.query(
    `insert into embedded.meta (key, value) values ('version', $1)
     on conflict (key) do update set value = excluded.value`,
    [embeddedVersion(files)],
  );
}

/** A fresh in-memory PGlite with the whole embedded database applied. */
export async function createEmbeddedDatabase(): Promise<PGlite> {
  const db = new PGlite();
  await applyEmbeddedSql(db);
  return db;
}

/**
 * Postgres keeps used WAL segments as spares for later writes. In the dump they are ~8 MB of old
 * records that do not compress (over half of the download) and that the browser then writes to
 * IndexedDB before its first query. Starting needs only the segments from the last checkpoint's
 * redo point to the current insert position; Postgres creates new ones when it needs them.
 */
async function removeSpareWalSegments(db: PGlite) {
  const { rows } = await db.query<{ redo: string; current: string; dir: string }>(
    `select (pg_control_checkpoint()).redo_wal_file as redo,
            pg_walfile_name(pg_current_wal_lsn()) as current,
            current_setting('data_directory') || '/pg_wal' as dir`,
  );
  const { redo, current, dir } = rows[0]!;
  const fs = db.Module.FS;
  for (const name of fs.readdir(dir)) {
    const segment = /^[0-9A-F]{24}$/.test(name);
    if (segment && (name < redo || name > current)) fs.unlink(`${dir}/${name}`);
  }
}

/**
 * The gzipped data directory of a freshly applied embedded database, made small because the
 * browser reads all of it on every start, and set up to start quickly (bench/embedded): 1 MB WAL
 * segments instead of 16 MB, no template databases (the demo never creates a database), no spare
 * WAL segments, and small shared buffers. 42.7 MB → 9.6 MB unpacked.
 */
export async function buildDataDir(
  /** Runs on the finished database before it is dumped (reads only). */
  beforeDump?: (db: PGlite) => Promise<void>,
): Promise<Uint8Array> {
  const db = new PGlite({ initDbStartParams: ['--wal-segsize=1'] });
  await applyEmbeddedSql(db);
  await beforeDump?.(db);
  for (const template of ['template0', 'template1']) {
    await db.exec(`alter database ${template} is_template false`);
    await db.exec(`drop database ${template}`);
  }
  // Postgres clears its shared memory when it starts; with the default 128 MB of buffers that
  // took ~0.8 s in the browser. The whole database is under 10 MB, so 16 MB holds all of it.
  await db.exec(`alter system set shared_buffers = '16MB'`);
  await db.query('vacuum full');
  await db.query('checkpoint');
  await removeSpareWalSegments(db);
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  return new Uint8Array(await dump.arrayBuffer());
}
