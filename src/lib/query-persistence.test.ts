import { QueryClient } from '@tanstack/react-query';
import { persistQueryClientRestore } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { KEPT_CACHE_FORMAT, persistOptions } from './query-persistence';

const KEY = 'samenkaart-query-cache';
const CANCELLATIONS = ['db', 'avz', 'event-cancellations'];

/** An in-memory stand-in for IndexedDB, holding what an earlier visit kept. */
function keptBy(buster: string, data: unknown) {
  const items = new Map<string, string>();
  items.set(
    KEY,
    JSON.stringify({
      buster,
      timestamp: Date.now(),
      clientState: {
        mutations: [],
        queries: [
          {
            queryKey: CANCELLATIONS,
            queryHash: JSON.stringify(CANCELLATIONS),
            state: { data, dataUpdatedAt: Date.now(), status: 'success', fetchStatus: 'idle' },
          },
        ],
      },
    }),
  );
  return {
    getItem: async (k: string) => items.get(k) ?? null,
    setItem: async (k: string, v: string) => void items.set(k, v),
    removeItem: async (k: string) => void items.delete(k),
  };
}

async function restore(schemaVersion: string, storage: ReturnType<typeof keptBy>) {
  const queryClient = new QueryClient();
  await persistQueryClientRestore({
    queryClient,
    ...persistOptions(schemaVersion, storage),
  });
  return queryClient.getQueryData(CANCELLATIONS);
}

describe('the query cache kept between visits', () => {
  it('comes back on the next visit of the same version and format', async () => {
    const rows = [{ event_id: 'e1', cancelled_at: '2026-12-01', cancel_reason: 'ziek' }];
    const storage = keptBy(`sql-1+${KEPT_CACHE_FORMAT}`, rows);
    expect(await restore('sql-1', storage)).toEqual(rows);
  });

  it('is dropped when an earlier app kept it in another format, even with the same SQL', async () => {
    // What visitors before format 2 kept: the cancellations Map, serialised as {}.
    const storage = keptBy('sql-1', {});
    expect(await restore('sql-1', storage)).toBeUndefined();
  });

  it('is dropped when the SQL version changed', async () => {
    const storage = keptBy(`sql-0+${KEPT_CACHE_FORMAT}`, []);
    expect(await restore('sql-1', storage)).toBeUndefined();
  });
});
