// PGlite's database in IndexedDB, seen from outside PGlite: whether there is one, and removing
// it. Plain IndexedDB, so the page can use it without loading PGlite. PGlite (emscripten's
// IDBFS) names the database `/pglite/<name>` and keeps every file in its store `FILE_DATA`.

/**
 * Whether an earlier visit stored the database. An IndexedDB database without PostgreSQL's
 * files is not one: a page closed before its first (held back) write leaves that behind, and
 * opening it would run initdb. If the store is laid out differently than expected, it is taken
 * as stored, which is how the data are opened then anyway.
 */
export async function hasStoredDatabase(name: string): Promise<boolean> {
  const path = `/pglite/${name}`;
  if ('databases' in indexedDB) {
    const databases = await indexedDB.databases();
    if (!databases.some((d) => d.name === path)) return false;
  }
  return new Promise((resolve) => {
    const request = indexedDB.open(path);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      resolve(false);
    };
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const idb = request.result;
      const answer = (value: boolean) => {
        idb.close();
        resolve(value);
      };
      try {
        const files = idb.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA');
        const count = files.count(`${path}/PG_VERSION`);
        count.onsuccess = () => answer(count.result > 0);
        count.onerror = () => answer(true);
      } catch {
        answer(true);
      }
    };
  });
}

/** Removes the stored database (a tab that still has it open does not hold this up). */
export function deleteStoredDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`/pglite/${name}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}
