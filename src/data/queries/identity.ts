import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

export const getIdentityQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.identity(identity),
    queryFn: () => port!.myIdentity(),
    enabled: port !== null,
  });

/** Who is signed in (profile, organisation, ambassador provinces), or null for a visitor. */
export function useIdentity() {
  const { port, identity } = useDataPort();
  return useQuery(getIdentityQueryOptions(port, identity));
}
