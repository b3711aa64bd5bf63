import { useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { portWrite } from '../../../data/queries/mutation';
import { queryKeys } from '../../../lib/query-keys';
export { useEventCancellations, useEventList } from '../../../data/queries/events';

/** One event; null when it does not exist. */
export function useEventDetail(id: string, enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.event(identity, id),
    queryFn: () => port!.eventDetail(id),
    enabled: port !== null && enabled,
  });
}

/** An event's registrations: all for the AvZ, one's own for others. */
export function useEventRegistrations(id: string, enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.eventRegistrations(identity, id),
    queryFn: () => port!.eventRegistrations(id),
    enabled: port !== null && enabled,
  });
}

export const useSaveEvent = portWrite('saveEvent');
export const useRegisterForEvent = portWrite('registerForEvent');
export const useCancelEventRegistration = portWrite('cancelEventRegistration');
export const useCancelEvent = portWrite('cancelEvent');
export const useReinstateEvent = portWrite('reinstateEvent');
