// The embedded database runs here, off the main thread, persisted in IndexedDB (writes held
// back until the page's first reads are answered, see held-idb-fs.ts). On first use (or when the
// app's SQL changed) it is created from the prebuilt data directory, or by running the SQL when
// there is none (dev server). The page talks to it with plain messages (see
// embedded-database.ts) rather than PGliteWorker, whose multi-tab leader election can lose its
// "ready" message while the page is busy and then waits forever (electric-sql/pglite#850);
// a Web Lock keeps a second tab from opening the same database meanwhile.
import type { PGlite } from '@electric-sql/pglite';
import engineDataUrl from '@electric-sql/pglite/pglite.data?url';
import engineWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import { hasStoredDatabase } from './idb-store';
import type { Downloads, Engine, heldStorage as storageOfDatabase } from './open-database';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface EmbeddedDbMeta {
  version: string;
  /** Absolute URL of the prebuilt gzipped data directory, if the build has one. */
  dataDirUrl: string | null;
  /** IndexedDB name (PGlite stores it as `/pglite/<name>`). */
  name: string;
}

/** How long the worker waits without requests before it writes held-back changes. */
const QUIET_MS = 150;

async function fetchDataDir(url: string): Promise<File | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new File([bytes], gzipped ? 'pgdata.tar.gz' : 'pgdata.tar', {
    type: gzipped ? 'application/x-gzip' : 'application/x-tar',
  });
}

/**
 * Postgres's wasm (compiled while it downloads) and its file bundle. PGlite would fetch them
 * itself, but only once it is created — after the data directory has arrived. Fetched here, the
 * three downloads run side by side.
 */
async function loadEngine(): Promise<Engine> {
  const [pgliteWasmModule, fsBundle] = await Promise.all([
    WebAssembly.compileStreaming(fetch(engineWasmUrl)),
    fetch(engineDataUrl).then((response) => {
      if (!response.ok) throw new Error(`${engineDataUrl}: HTTP ${response.status}`);
      return response.blob();
    }),
  ]);
  return { pgliteWasmModule, fsBundle };
}

/** Runs `load` once, when first asked. */
const once = <T>(load: () => Promise<T>) => {
  let started: Promise<T> | undefined;
  return () => (started ??= load());
};

/**
 * Starts the downloads, then opens the database with PGlite's code, which is imported only now:
 * as a static import it would have to arrive and compile before any download began.
 */
async function open(meta: EmbeddedDbMeta): Promise<PGlite> {
  const engine = loadEngine();
  const pglite = import('./open-database');
  // Reported where they are awaited; until then a rejection is not an unhandled one.
  engine.catch(() => undefined);
  pglite.catch(() => undefined);
  await holdLock(() => post({ type: 'waiting-for-other-tab' }));
  const stored = await hasStoredDatabase(meta.name);
  const dataDir = once(() =>
    meta.dataDirUrl ? fetchDataDir(meta.dataDirUrl) : Promise.resolve(null),
  );
  if (!stored) dataDir().catch(() => undefined);
  const downloads: Downloads = { engine, stored, dataDir };
  const { openDatabase, heldStorage } = await pglite;
  storageOf = heldStorage;
  return openDatabase(meta, downloads);
}

const LOCK = 'samenkaart-embedded-db';
const forever = () => new Promise<never>(() => undefined);

/** Holds the database's lock for this worker's life; says so while another tab holds it. */
async function holdLock(onWait: () => void): Promise<void> {
  if (!('locks' in navigator)) return;
  const got = await new Promise<boolean>((resolve) => {
    void navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? forever() : undefined;
    });
  });
  if (got) return;
  onWait();
  await new Promise<void>((resolve) => {
    void navigator.locks.request(LOCK, () => {
      resolve();
      return forever();
    });
  });
}

const post = (reply: WorkerReply) => self.postMessage(reply);
let db: PGlite | null = null;
/** Set once PGlite's code is loaded (open-database.ts). */
let storageOf: typeof storageOfDatabase | null = null;
const heldStorage = () => storageOf?.(db) ?? null;
let inFlight = 0;
let quietTimer: ReturnType<typeof setTimeout> | undefined;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  inFlight++;
  clearTimeout(quietTimer);
  const run = async () => {
    switch (request.type) {
      case 'open':
        db = await open(request.meta as EmbeddedDbMeta);
        return null;
      case 'query': {
        if (!db) throw new Error('the database is not open');
        const result = await db.query(request.sql, request.params);
        return { rows: result.rows };
      }
      case 'flush':
        // Queries return before IndexedDB has their changes (relaxed durability); a write asks
        // for this afterwards, so a page closed right after it does not lose the change.
        await heldStorage()?.flush();
        return null;
      case 'close':
        await db?.close();
        db = null;
        return null;
    }
  };
  run()
    .then(
      (result) => post({ type: 'result', id: request.id, result }),
      (error: unknown) =>
        post({
          type: 'error',
          id: request.id,
          error: {
            message: error instanceof Error ? error.message : String(error),
            code: (error as { code?: unknown })?.code as string | undefined,
          },
        }),
    )
    .finally(() => {
      // The page's first questions are answered; now the storage may catch up. A failure there
      // surfaces as an unhandled rejection, reported below.
      if (--inFlight === 0 && request.type !== 'close') {
        quietTimer = setTimeout(() => {
          const storage = heldStorage();
          if (storage?.held) void storage.flush();
        }, QUIET_MS);
      }
    });
});

// PGlite can fail inside promises it does not hand back (e.g. the wasm cannot be fetched):
// report those too, so the page can say so instead of waiting.
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  post({ type: 'fatal', message: String(event.reason) });
});
self.addEventListener('error', (event: ErrorEvent) => {
  post({ type: 'fatal', message: event.message });
});
