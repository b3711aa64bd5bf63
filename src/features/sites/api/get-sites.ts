import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Point } from 'geojson';
import * as z from 'zod/mini';
import { env } from '../../../config/env';
import { queryKeys } from '../../../lib/query-keys';

export type SiteCollection = FeatureCollection<Point>;

const siteCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number(), z.number()]),
      }),
      properties: z.nullable(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** Sites from a static GeoJSON file (VITE_SITES_URL). */
export async function getStaticSites(url: string, signal?: AbortSignal): Promise<SiteCollection> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return siteCollectionSchema.parse(await response.json()) as SiteCollection;
}

export const getStaticSitesQueryOptions = (url: string) =>
  queryOptions({
    queryKey: queryKeys.sites.staticFile(url),
    queryFn: ({ signal }) => getStaticSites(url, signal),
    staleTime: Infinity,
  });

/** Sites to draw on the map; none when no static source is configured. */
export const useStaticSites = () => {
  const url = env.VITE_SITES_URL;
  return useQuery({ ...getStaticSitesQueryOptions(url ?? ''), enabled: url !== undefined });
};
