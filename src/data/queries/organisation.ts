import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';
import { queryKeys } from '../../lib/query-keys';

export const getOrganisationQueryOptions = (
  port: DataPort | null,
  identity: string,
  id: string | null,
) =>
  queryOptions({
    queryKey: queryKeys.db.organisation(identity, id ?? ''),
    queryFn: () => port!.organisationDetails(id!),
    enabled: port !== null && id !== null,
  });

/** An organisation with its contact details, when the current persona or user may see them. */
export function useOrganisation(id: string | null) {
  const { port, identity } = useDataPort();
  return useQuery(getOrganisationQueryOptions(port, identity, id));
}
