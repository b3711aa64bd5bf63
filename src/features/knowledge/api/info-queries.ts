import { useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { getInfoPageListQueryOptions } from '../../../data/queries/info-pages';
import { portWrite } from '../../../data/queries/mutation';
import { queryKeys } from '../../../lib/query-keys';

export function useInfoPageList() {
  const { port, identity } = useDataPort();
  return useQuery(getInfoPageListQueryOptions(port, identity));
}

/** One page; null when no page has this slug. */
export function useInfoPage(slug: string) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.infoPage(identity, slug),
    queryFn: () => port!.infoPage(slug),
    enabled: port !== null,
  });
}

/** The page's versions (the AvZ; nobody else gets any). */
export function useInfoPageHistory(page: string | null, enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.infoPageHistory(identity, page ?? ''),
    queryFn: () => port!.infoPageHistory(page!),
    enabled: port !== null && enabled && page !== null,
  });
}

export const useSaveInfoPage = portWrite('saveInfoPage');
export const useRestoreInfoPage = portWrite('restoreInfoPage');
