import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';

/** The events that were called off, by id, with the reason. */
export function useEventCancellations() {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.eventCancellations(identity),
    queryFn: async () =>
      new Map((await port!.eventCancellations()).map((c) => [c.event_id, c.cancel_reason ?? ''])),
    enabled: port !== null,
  });
}

/** Webinars and meetings, upcoming first (soonest first), then past ones; of one province or all. */
export function useEventList(province: string | null) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.events(identity, province),
    queryFn: () => port!.eventList(province),
    enabled: port !== null,
  });
}
