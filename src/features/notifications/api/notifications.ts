import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { useDataMutation } from '../../../data/queries/mutation';
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

/** Marks them read; only the notifications are asked again. */
export const useMarkNotificationsRead = () =>
  useDataMutation(
    (port) => port.markNotificationsRead(),
    (identity) => [queryKeys.db.notifications(identity)],
  );
