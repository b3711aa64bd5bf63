import { PGliteWorker } from '@electric-sql/pglite/worker';
import { dataDirPath, version } from 'virtual:embedded-db';
import type { EmbeddedDbMeta } from './pglite.worker';

/** Same value as INIT_ERROR_MESSAGE in the worker (not imported: that would pull it in here). */
const INIT_ERROR_MESSAGE = 'samenkaart-db-init-error';

const DB_NAME = 'samenkaart';
const START_TIMEOUT_MS = 30_000;

/**
 * Starts the embedded database in a module worker. PGliteWorker.waitReady never rejects when the
 * worker fails, so a worker error or a time-out rejects here instead of hanging the interface.
 */
export async function startEmbeddedDatabase(): Promise<PGliteWorker> {
  performance.mark('samenkaart:db-start');
  const worker = new Worker(new URL('./pglite.worker.ts', import.meta.url), {
    type: 'module',
    name: 'samenkaart-db',
  });
  const meta: EmbeddedDbMeta = {
    version,
    name: DB_NAME,
    dataDirUrl: dataDirPath
      ? new URL(`${import.meta.env.BASE_URL}${dataDirPath}`, window.location.href).href
      : null,
  };
  const db = new PGliteWorker(worker, { meta });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the database worker failed to start')),
    );
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ type?: string; message?: string }>) => {
        if (event.data?.type === INIT_ERROR_MESSAGE) reject(new Error(event.data.message));
      },
    );
    timer = setTimeout(
      () => reject(new Error('the database did not start in time')),
      START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([db.waitReady, failure]);
  } finally {
    clearTimeout(timer);
    // Later worker errors (after a successful start) are logged by the worker, not fatal here.
    failure.catch(() => undefined);
  }
  performance.mark('samenkaart:db-ready');
  return db;
}

/** Removes the stored demo database; the next start re-creates it from the seed. */
export async function resetEmbeddedDatabase(db: PGliteWorker | null): Promise<void> {
  await db?.close();
  if (typeof navigator.storage?.getDirectory === 'function') {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(DB_NAME, { recursive: true }).catch(() => undefined);
  }
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`/pglite/${DB_NAME}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}
