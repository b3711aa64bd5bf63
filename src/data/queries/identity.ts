import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

/** Identity keys of a visitor (embedded persona or Supabase session without user). */
const VISITORS = new Set(['bezoeker', 'anon']);

export const getIdentityQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.identity(identity),
    // A visitor is nobody: no need to ask the database (one request less at start-up).
    queryFn: () => (VISITORS.has(identity) ? null : port!.myIdentity()),
    enabled: port !== null || VISITORS.has(identity),
  });

/** Who is signed in (profile, organisation, ambassador provinces), or null for a visitor. */
export function useIdentity() {
  const { port, identity } = useDataPort();
  return useQuery(getIdentityQueryOptions(port, identity));
}
