import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { queryKeys } from '../../../lib/query-keys';

/** The signed-in organisation's notifications, checked again every minute. */
export function useNotifications(enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.db.notifications(identity),
      queryFn: () => port!.myNotifications(),
      enabled: port !== null && enabled,
      refetchInterval: 60_000,
      staleTime: 0,
    }),
  );
}

export function useMarkNotificationsRead() {
  const { port, identity } = useDataPort();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => port!.markNotificationsRead(),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.db.notifications(identity) }),
  });
}
