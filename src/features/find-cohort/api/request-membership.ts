import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { queryKeys } from '../../../lib/query-keys';

/** "Vraag om aan te sluiten": a membership request the coordinator and ambassador see. */
export function useRequestMembership() {
  const { port, identity } = useDataPort();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnership: string) => {
      if (!port) throw new Error('database not ready');
      return port.requestMembership({ partnership });
    },
    // Not awaited: a caller's own onSuccess must run before the refetch can unmount it.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.db.all(identity) }),
  });
}
