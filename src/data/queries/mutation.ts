import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataContext } from '../data-context';
import type { DataPort } from '../port';

/**
 * A write through the data port. While the database is still starting it waits for it (the
 * button says so, see useWriteLabel) instead of failing. Afterwards the queries it changes are
 * refetched: by default everything read for the current identity (a write can move counts on the
 * map, the board and the inbox at once). Not awaited, so a caller's own onSuccess runs before a
 * refetch can unmount it.
 */
export function useDataMutation<A, R>(
  call: (port: DataPort, args: A) => Promise<R>,
  invalidates: (identity: string) => QueryKey[] = (identity) => [queryKeys.db.all(identity)],
) {
  const { state, identity, whenReady } = useDataContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (args: A) => {
      const port = state.status !== 'starting' && state.port ? state.port : await whenReady();
      return call(port, args);
    },
    onSuccess: () => {
      for (const queryKey of invalidates(identity))
        void queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** What a write's button says while it is busy: that the database is starting, if it is. */
export function useWriteLabel(pending: boolean, busy: string, idle: string, starting: string) {
  const { state } = useDataContext();
  if (!pending) return idle;
  return state.status === 'starting' ? starting : busy;
}

type PortArgs<K extends keyof DataPort> = DataPort[K] extends (args: infer A) => unknown
  ? A
  : never;

/** A mutation hook for one write of the data port, by its name (`portWrite('saveAgreement')`). */
export const portWrite =
  <K extends keyof DataPort>(name: K) =>
  () =>
    useDataMutation((port, args: PortArgs<K>) =>
      (port[name] as (a: PortArgs<K>) => Promise<unknown>)(args),
    );
