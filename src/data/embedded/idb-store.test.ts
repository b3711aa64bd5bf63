import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteStoredDatabase, hasStoredDatabase } from './idb-store';

const NAME = 'samenkaart';
const PATH = `/pglite/${NAME}`;

/** Creates PGlite's IndexedDB database as emscripten's IDBFS lays it out, with these files. */
function createStore(files: string[], storeName = 'FILE_DATA') {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(PATH, 21);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName);
      for (const file of files)
        store.put({ timestamp: new Date(), mode: 33184 }, `${PATH}/${file}`);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('hasStoredDatabase', () => {
  it('is false when there is no database', async () => {
    expect(await hasStoredDatabase(NAME)).toBe(false);
    // Asking does not create one.
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('is false for a store that a visit left empty before its first write', async () => {
    await createStore([]);
    expect(await hasStoredDatabase(NAME)).toBe(false);
  });

  it('is true once PostgreSQL files are stored', async () => {
    await createStore(['PG_VERSION', 'global/pg_control']);
    expect(await hasStoredDatabase(NAME)).toBe(true);
  });

  it('takes a store laid out differently as stored, as PGlite would open it', async () => {
    await createStore([], 'SOMETHING_ELSE');
    expect(await hasStoredDatabase(NAME)).toBe(true);
  });
});

describe('deleteStoredDatabase', () => {
  it('removes the stored database', async () => {
    await createStore(['PG_VERSION']);
    await deleteStoredDatabase(NAME);
    expect(await hasStoredDatabase(NAME)).toBe(false);
  });
});
