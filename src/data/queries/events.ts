import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

/** The called-off events as rows: query data is kept between visits as JSON, so no Map here. */
export const getEventCancellationsQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.eventCancellations(identity),
    queryFn: () => port!.eventCancellations(),
    enabled: port !== null,
  });

type CancellationRows = Awaited<ReturnType<DataPort['eventCancellations']>>;

/** Called-off events by id, with the reason ('' when none was given). */
const cancelReasonsById = (rows: CancellationRows) =>
  new Map(rows.map((c) => [c.event_id, c.cancel_reason ?? '']));

/** The events that were called off, by id, with the reason. */
export function useEventCancellations() {
  const { port, identity } = useDataPort();
  return useQuery({
    ...getEventCancellationsQueryOptions(port, identity),
    select: cancelReasonsById,
  });
}

/** Webinars and meetings, upcoming first (soonest first), then past ones; of one province or all. */
export const getEventListQueryOptions = (
  port: DataPort | null,
  identity: string,
  province: string | null,
) =>
  queryOptions({
    queryKey: queryKeys.db.events(identity, province),
    queryFn: () => port!.eventList(province),
    enabled: port !== null,
  });

export function useEventList(province: string | null) {
  const { port, identity } = useDataPort();
  return useQuery(getEventListQueryOptions(port, identity, province));
}
