// PGlite itself, loaded by the worker once it has started the downloads (pglite.worker.ts): its
// code (~0.5 MB) compiles while the engine and the data directory arrive.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { HeldIdbFs } from './held-idb-fs';
import { deleteStoredDatabase } from './idb-store';
import type { EmbeddedDbMeta } from './pglite.worker';

export type Engine = Pick<PGliteOptions, 'pgliteWasmModule' | 'fsBundle'>;

/** What the worker started before this module was loaded. */
export interface Downloads {
  engine: Promise<Engine>;
  /** Whether an earlier visit stored the database (checked under the tab lock). */
  stored: boolean;
  /** The prebuilt data directory; fetched at once when nothing is stored, else on demand. */
  dataDir: () => Promise<File | null>;
}

async function storedVersion(db: PGlite): Promise<string | null> {
  try {
    const { rows } = await db.query<{ value: string }>(
      `select value from embedded.meta where key = 'version'`,
    );
    return rows[0]?.value ?? null;
  } catch {
    return null;
  }
}

/** How every PGlite here is opened: the engine loaded beside it, IndexedDB held back. */
const options = (meta: EmbeddedDbMeta, engine: Engine): PGliteOptions => ({
  relaxedDurability: true,
  ...engine,
  fs: new HeldIdbFs(meta.name),
});

/**
 * Stands in for initdb's wasm where the data directory is loaded whole and initdb never runs:
 * PGlite downloads initdb (0.3 MB) at every start unless it is handed one.
 */
const noInitdb = () => new WebAssembly.Module(Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0));

async function createFresh(meta: EmbeddedDbMeta, downloads: Downloads): Promise<PGlite> {
  const [dataDir, engine] = await Promise.all([downloads.dataDir(), downloads.engine]);
  if (dataDir)
    return PGlite.create({
      ...options(meta, engine),
      loadDataDir: dataDir,
      initdbWasmModule: noInitdb(),
    });
  const db = await PGlite.create(options(meta, engine));
  const { default: files } = await import('virtual:embedded-db-sql');
  for (const file of files) await db.exec(file.sql);
  await db.query(
    `insert into embedded.meta (key, value) values ('version', $1)
     on conflict (key) do update set value = excluded.value`,
    [meta.version],
  );
  return db;
}

/** Opens the stored database, or creates it when there is none or it is of another version. */
export async function openDatabase(meta: EmbeddedDbMeta, downloads: Downloads): Promise<PGlite> {
  if (downloads.stored) {
    const db = await PGlite.create(options(meta, await downloads.engine));
    if ((await storedVersion(db)) === meta.version) return db;
    await db.close();
    await deleteStoredDatabase(meta.name);
  }
  return createFresh(meta, downloads);
}

/** The database's held-back storage, if it has one. */
export const heldStorage = (db: PGlite | null) => (db?.fs instanceof HeldIdbFs ? db.fs : null);
