import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

/**
 * A write through the data port. Afterwards the queries it changes are refetched: by default
 * everything read for the current identity (a write can move counts on the map, the board and
 * the inbox at once). Not awaited, so a caller's own onSuccess runs before a refetch can
 * unmount it.
 */
export function useDataMutation<A, R>(
  call: (port: DataPort, args: A) => Promise<R>,
  invalidates: (identity: string) => QueryKey[] = (identity) => [queryKeys.db.all(identity)],
) {
  const { port, identity } = useDataPort();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => {
      if (!port) throw new Error('database not ready');
      return call(port, args);
    },
    onSuccess: () => {
      for (const queryKey of invalidates(identity))
        void queryClient.invalidateQueries({ queryKey });
    },
  });
}
