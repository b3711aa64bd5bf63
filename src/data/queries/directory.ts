import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

/** Every partnership for the directory (in the start snapshot, so it shows before the database). */
export const getDirectoryQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.directory(identity),
    queryFn: () => port!.partnershipDirectory(),
    enabled: port !== null,
  });

/** Every partnership with what the directory lists (readiness only where the caller is involved). */
export function useDirectory() {
  const { port, identity } = useDataPort();
  return useQuery(getDirectoryQueryOptions(port, identity));
}
