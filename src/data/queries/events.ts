import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';

/** Webinars and meetings, upcoming first (soonest first), then past ones; of one province or all. */
export function useEventList(province: string | null) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.events(identity, province),
    queryFn: () => port!.eventList(province),
    enabled: port !== null,
  });
}
