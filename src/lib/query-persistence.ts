import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';

const CACHE_KEY = 'samenkaart-query-cache';

/**
 * The query cache is kept in IndexedDB between visits, so a revisit paints the last known data
 * at once — the user's own changes too — while the database starts. Every query read from the
 * database is keyed by identity (persona or user), so each one's data stays its own. A different
 * SQL version (the buster) throws the kept cache away.
 */
export function persistOptions(buster: string): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister: createAsyncStoragePersister({
      storage: { getItem: (k) => get<string>(k), setItem: (k, v) => set(k, v), removeItem: del },
      key: CACHE_KEY,
      throttleTime: 500,
    }),
    buster,
    maxAge: 7 * 24 * 60 * 60 * 1000,
    dehydrateOptions: {
      shouldDehydrateQuery: (query: Query) =>
        query.state.status === 'success' && query.queryKey[0] === 'db',
    },
  };
}

/** Forgets the kept cache (with "Demogegevens opnieuw instellen", or signing out). */
export const forgetPersistedCache = () => del(CACHE_KEY);
