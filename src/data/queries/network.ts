import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';
import { queryKeys } from '../../lib/query-keys';

/** The whole country: the seed is a few hundred rows, so one request serves every view. */
export const NETHERLANDS_QUERY_BBOX = { min_lng: 3.3, min_lat: 50.7, max_lng: 7.3, max_lat: 53.6 };

export const getPartnershipsQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.partnerships(identity),
    queryFn: () => port!.partnershipsInBbox(NETHERLANDS_QUERY_BBOX),
    enabled: port !== null,
  });

export const getSitesQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.sites(identity),
    queryFn: () => port!.sitesInBbox(NETHERLANDS_QUERY_BBOX),
    enabled: port !== null,
  });

export const getCoverageQueryOptions = (
  port: DataPort | null,
  identity: string,
  asOf: string | null = null,
) =>
  queryOptions({
    queryKey: queryKeys.db.coverage(identity, asOf),
    queryFn: () => port!.coverageByProvince(asOf ?? undefined),
    enabled: port !== null,
  });

export function usePartnerships() {
  const { port, identity } = useDataPort();
  return useQuery(getPartnershipsQueryOptions(port, identity));
}

export function useNetworkSites() {
  const { port, identity } = useDataPort();
  return useQuery(getSitesQueryOptions(port, identity));
}

export function useCoverage(asOf: string | null = null) {
  const { port, identity } = useDataPort();
  return useQuery(getCoverageQueryOptions(port, identity, asOf));
}
