import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { PROVINCE_CODES, type ProvinceCollection } from '../../domain/provinces';
import { queryKeys } from '../../lib/query-keys';

const lngLat = z.tuple([z.number(), z.number()]);

/**
 * Arrays of finite numbers nested `depth` deep, checked in one loop: a schema per number costs
 * tens of milliseconds for the boundaries, on the way to the map's first frame.
 */
function isNumberArrays(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  return depth === 1
    ? value.every((n) => typeof n === 'number' && Number.isFinite(n))
    : value.every((item) => isNumberArrays(item, depth - 1));
}
const provinceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        id: z.enum(PROVINCE_CODES),
        properties: z.object({
          code: z.enum(PROVINCE_CODES),
          name: z.string().check(z.minLength(1)),
          label: lngLat,
          bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
        }),
        geometry: z.discriminatedUnion('type', [
          z.object({
            type: z.literal('Polygon'),
            coordinates: z.custom<number[][][]>((value) => isNumberArrays(value, 3)),
          }),
          z.object({
            type: z.literal('MultiPolygon'),
            coordinates: z.custom<number[][][][]>((value) => isNumberArrays(value, 4)),
          }),
        ]),
      }),
    )
    .check(z.length(12)),
});

/** The province boundaries built by `npm run geo`, served as a static file with the app. */
export async function getProvinces(signal?: AbortSignal): Promise<ProvinceCollection> {
  const response = await fetch(`${import.meta.env.BASE_URL}geo/provinces.geojson`, { signal });
  if (!response.ok) throw new Error(`provinces.geojson: HTTP ${response.status}`);
  return parseProvinces(await response.json());
}

/** The boundaries as the app uses them, or an error saying what in the file is not. */
export const parseProvinces = (json: unknown): ProvinceCollection =>
  provinceCollectionSchema.parse(json);

let startDownload: Promise<ProvinceCollection> | null = null;

/**
 * Starts the boundaries' download as the page starts: the map that starts before React draws
 * them, and the query's first fetch takes the same answer (the same object) instead of a second.
 */
export function preloadProvinces(): Promise<ProvinceCollection> {
  startDownload ??= getProvinces();
  return startDownload;
}

function takePreloaded(): Promise<ProvinceCollection> | null {
  const download = startDownload;
  startDownload = null;
  return download;
}

export const getProvincesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.geo.provinces(),
    queryFn: ({ signal }) => takePreloaded() ?? getProvinces(signal),
    staleTime: Infinity,
  });

export const useProvinces = () => useQuery(getProvincesQueryOptions());
