import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';

const CACHE_KEY = 'samenkaart-query-cache';

/**
 * Raised whenever the shape of a kept query's data changes, so data kept by an earlier version of
 * the app never meets code that reads it differently. 2: event cancellations kept as rows (a Map
 * was kept as `{}` and broke Kennis on the next visit).
 */
export const KEPT_CACHE_FORMAT = 2;

type KeptStorage = {
  getItem: (key: string) => Promise<string | undefined | null>;
  setItem: (key: string, value: string) => Promise<unknown>;
  removeItem: (key: string) => Promise<void>;
};
const indexedDbStorage: KeptStorage = {
  getItem: (k) => get<string>(k),
  setItem: (k, v) => set(k, v).then(() => markKept(true)),
  removeItem: (k) => del(k).then(() => markKept(false)),
};

/**
 * The query cache is kept in IndexedDB between visits, so a revisit paints the last known data
 * at once — the user's own changes too — while the database starts. Every query read from the
 * database is keyed by identity (persona or user), so each one's data stays its own. Another SQL
 * version or kept-data format (the buster) throws the kept cache away.
 */
export function persistOptions(
  schemaVersion: string,
  storage: KeptStorage = indexedDbStorage,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister: createAsyncStoragePersister({ storage, key: CACHE_KEY, throttleTime: 500 }),
    buster: `${schemaVersion}+${KEPT_CACHE_FORMAT}`,
    maxAge: 7 * 24 * 60 * 60 * 1000,
    dehydrateOptions: {
      shouldDehydrateQuery: (query: Query) =>
        query.state.status === 'success' && query.queryKey[0] === 'db',
    },
  };
}

/** Forgets the kept cache (with "Demogegevens opnieuw instellen", or signing out). */
export const forgetPersistedCache = () => del(CACHE_KEY).then(() => markKept(false));

// Set beside the kept cache, so the page can tell a revisit before IndexedDB has answered.
const KEPT_FLAG = 'samenkaart.kept-cache';

/** Whether an earlier visit kept data here (a revisit paints that, not the build's snapshot). */
export function hasPersistedCache(): boolean {
  try {
    return localStorage.getItem(KEPT_FLAG) !== null;
  } catch {
    return true;
  }
}

function markKept(kept: boolean) {
  try {
    if (kept) localStorage.setItem(KEPT_FLAG, '1');
    else localStorage.removeItem(KEPT_FLAG);
  } catch {
    // Without localStorage every visit counts as a revisit: the map starts with the page.
  }
}
