// The embedded database runs here, off the main thread, persisted in IndexedDB. On first use (or
// when the app's SQL changed) it is created from the prebuilt data directory, or by running the
// SQL when there is none (dev server).
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';

export interface EmbeddedDbMeta {
  version: string;
  /** Absolute URL of the prebuilt gzipped data directory, if the build has one. */
  dataDirUrl: string | null;
  /** IndexedDB name (PGlite stores it as `/pglite/<name>`). */
  name: string;
}

const STORAGE_OPTIONS = { relaxedDurability: true } as const;

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

async function exists(name: string): Promise<boolean> {
  if (!('databases' in indexedDB)) return true;
  const databases = await indexedDB.databases();
  return databases.some((d) => d.name === `/pglite/${name}`);
}

function deleteDatabase(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`/pglite/${name}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

async function fetchDataDir(url: string): Promise<File | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new File([bytes], gzipped ? 'pgdata.tar.gz' : 'pgdata.tar', {
    type: gzipped ? 'application/x-gzip' : 'application/x-tar',
  });
}

async function createFresh(meta: EmbeddedDbMeta): Promise<PGlite> {
  const dataDir = meta.dataDirUrl ? await fetchDataDir(meta.dataDirUrl) : null;
  if (dataDir) {
    return PGlite.create(`idb://${meta.name}`, { ...STORAGE_OPTIONS, loadDataDir: dataDir });
  }
  const db = await PGlite.create(`idb://${meta.name}`, STORAGE_OPTIONS);
  const { default: files } = await import('virtual:embedded-db-sql');
  for (const file of files) await db.exec(file.sql);
  await db.query(
    `insert into embedded.meta (key, value) values ('version', $1)
     on conflict (key) do update set value = excluded.value`,
    [meta.version],
  );
  return db;
}

/** Posted when start-up fails: PGliteWorker itself would leave the page waiting forever. */
const INIT_ERROR_MESSAGE = 'samenkaart-db-init-error';

async function open(meta: EmbeddedDbMeta): Promise<PGlite> {
  if (await exists(meta.name)) {
    const db = await PGlite.create(`idb://${meta.name}`, STORAGE_OPTIONS);
    if ((await storedVersion(db)) === meta.version) return db;
    await db.close();
    await deleteDatabase(meta.name);
  }
  return createFresh(meta);
}

// PGlite can fail inside promises it does not hand back (e.g. the wasm cannot be fetched):
// report those too, so the page can say so instead of waiting.
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  self.postMessage({ type: INIT_ERROR_MESSAGE, message: String(event.reason) });
});
self.addEventListener('error', (event: ErrorEvent) => {
  self.postMessage({ type: INIT_ERROR_MESSAGE, message: event.message });
});

void worker({
  async init(options) {
    try {
      return await open(options.meta as EmbeddedDbMeta);
    } catch (error) {
      self.postMessage({ type: INIT_ERROR_MESSAGE, message: String(error) });
      throw error;
    }
  },
});
