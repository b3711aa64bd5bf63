import { dataDirPath, version } from 'virtual:embedded-db';
import type { Queryable } from './embedded-call';
import { deleteStoredDatabase } from './idb-store';
import type { EmbeddedDbMeta } from './pglite.worker';
import type { NewRequest, WorkerReply, WorkerRequest } from './worker-protocol';

const DB_NAME = 'samenkaart';
const START_TIMEOUT_MS = 30_000;

/** The embedded database in its worker: queries by message, one at a time per call. */
export interface EmbeddedDatabase extends Queryable {
  close(): Promise<void>;
}

type Pending = { resolve: (value: unknown) => void; reject: (reason: unknown) => void };

const newWorker = () =>
  new Worker(new URL('./pglite.worker.ts', import.meta.url), {
    type: 'module',
    name: 'samenkaart-db',
  });

type PreparedWorker = { worker: Worker; failedEarly: Promise<Error> };
let prepared: PreparedWorker | null = null;

/**
 * Creates the database's worker ahead of its start; it only waits for its first message. A
 * worker begins when the page's main thread has a moment for it, and right after the map's first
 * frame (when the database starts) it has none for most of a second. Fetches nothing but its own
 * few kilobytes of script.
 */
export function prepareDatabaseWorker(): void {
  if (prepared) return;
  const worker = newWorker();
  const failedEarly = new Promise<Error>((resolve) =>
    worker.addEventListener('error', (event) =>
      resolve(new Error(event.message || 'the database worker failed')),
    ),
  );
  prepared = { worker, failedEarly };
}

function takeWorker(): PreparedWorker {
  const taken = prepared ?? { worker: newWorker(), failedEarly: new Promise<Error>(() => {}) };
  prepared = null;
  return taken;
}

/**
 * Starts the embedded database in a module worker and resolves once it is open. A worker error,
 * a failure inside it, or a time-out rejects here instead of leaving the page waiting; while
 * another tab holds the database, `onWaitingForOtherTab` is told (and the time-out waits too).
 */
export async function startEmbeddedDatabase(
  onWaitingForOtherTab: () => void = () => undefined,
): Promise<EmbeddedDatabase> {
  performance.mark('samenkaart:db-start');
  const { worker, failedEarly } = takeWorker();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;
  let waitingElsewhere = false;
  let failStart: (error: Error) => void = () => undefined;

  const failAll = (error: Error) => {
    failure ??= error;
    failStart(error);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.addEventListener('error', (event) =>
    failAll(new Error(event.message || 'the database worker failed')),
  );
  void failedEarly.then(failAll);
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'waiting-for-other-tab') {
      waitingElsewhere = true;
      onWaitingForOtherTab();
    } else if (reply.type === 'fatal') {
      failAll(new Error(reply.message));
    } else {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.type === 'result') p.resolve(reply.result);
      else p.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    }
  });

  const send = <T>(request: NewRequest): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  };

  const meta: EmbeddedDbMeta = {
    version,
    name: DB_NAME,
    dataDirUrl: dataDirPath
      ? new URL(`${import.meta.env.BASE_URL}${dataDirPath}`, window.location.href).href
      : null,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = new Promise<never>((_, reject) => {
    failStart = reject;
    const check = () => {
      if (waitingElsewhere) timer = setTimeout(check, START_TIMEOUT_MS);
      else reject(new Error('the database did not start in time'));
    };
    timer = setTimeout(check, START_TIMEOUT_MS);
  });
  try {
    await Promise.race([send({ type: 'open', meta }), started]);
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
    started.catch(() => undefined);
  }
  performance.mark('samenkaart:db-ready');

  return {
    query: <T>(sql: string, params?: unknown[]) =>
      send<{ rows: T[] }>({ type: 'query', sql, params }),
    flush: () => send<void>({ type: 'flush' }),
    async close() {
      await send({ type: 'close' }).catch(() => undefined);
      worker.terminate();
    },
  };
}

/** Removes the stored demo database; the next start re-creates it from the seed. */
export async function resetEmbeddedDatabase(db: EmbeddedDatabase | null): Promise<void> {
  await db?.close();
  await deleteStoredDatabase(DB_NAME);
}
