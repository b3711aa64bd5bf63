import {
  useQueryClient,
  type Mutation,
  type Query,
  type QueryCacheNotifyEvent,
  type QueryClient,
} from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { isUnavailable } from './errors';

/** The backend is out of reach since `since`; what is on screen dates from `dataFrom`. */
export interface ConnectionProblem {
  since: number;
  dataFrom: number | null;
}

interface Tracker {
  subscribe: (onChange: () => void) => () => void;
  failedAt: () => number;
}

const isDatabaseQuery = (query: Query) => query.queryKey[0] === 'db';

/**
 * Follows the answers of the database (reads and writes): a failed attempt because the backend
 * could not be reached (also one that will be retried) marks the connection as gone, the next
 * answer marks it back. Nothing is kept but that one moment.
 */
function track(client: QueryClient): Tracker {
  let failedAt = 0;
  const listeners = new Set<() => void>();
  const set = (value: number) => {
    if (value === failedAt) return;
    failedAt = value;
    for (const listener of listeners) listener();
  };
  const onQuery = (event: QueryCacheNotifyEvent) => {
    if (event.type !== 'updated' || !isDatabaseQuery(event.query)) return;
    const { action } = event;
    if ((action.type === 'failed' || action.type === 'error') && isUnavailable(action.error)) {
      if (!failedAt) set(Date.now());
    } else if (action.type === 'success' && !action.manual) set(0);
  };
  const onMutation = (mutation: Mutation | undefined) => {
    if (!mutation) return;
    const { status, error } = mutation.state;
    if (status === 'error' && isUnavailable(error)) {
      if (!failedAt) set(Date.now());
    } else if (status === 'success') set(0);
  };
  client.getQueryCache().subscribe(onQuery);
  client.getMutationCache().subscribe((event) => onMutation(event.mutation));
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    failedAt: () => failedAt,
  };
}

const trackers = new WeakMap<QueryClient, Tracker>();
const trackerOf = (client: QueryClient) => {
  let tracker = trackers.get(client);
  if (!tracker) trackers.set(client, (tracker = track(client)));
  return tracker;
};

/** When the newest data of the database shown for this identity was read (null: none). */
export function dataFrom(client: QueryClient, identity: string): number | null {
  let newest: number | null = null;
  for (const query of client.getQueryCache().findAll({ queryKey: ['db'] })) {
    // null: nothing read (a visitor's identity is known without asking).
    if (query.state.data == null || query.queryKey[1] !== identity) continue;
    newest = Math.max(newest ?? 0, query.state.dataUpdatedAt);
  }
  return newest;
}

const noProblemYet = () => null;

/** Whether the backend is out of reach now, and since when; null while it answers. */
export function useConnectionProblem(identity: string): ConnectionProblem | null {
  const client = useQueryClient();
  const tracker = trackerOf(client);
  // Rendered ahead by the build, a page has had no connection problem yet.
  const since = useSyncExternalStore(tracker.subscribe, tracker.failedAt, noProblemYet);
  return since ? { since, dataFrom: dataFrom(client, identity) } : null;
}

/** Starts following the connection (call once, where the query client is made). */
export const followConnection = (client: QueryClient) => void trackerOf(client);
