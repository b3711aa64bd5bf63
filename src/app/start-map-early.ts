import { env } from '../config/env';
import type * as MapStartModule from '../map/map-start';

/**
 * How long the first render waits for MapLibre's chunk. When it comes in time, the map starts
 * first and its worker tiles the provinces while React renders the shell; on a slow connection
 * the shell does not wait for a megabyte of map code, and the map starts with its view instead.
 */
export const MAP_CHUNK_WAIT_MS = 500;

/** What the map draws from static files from its first moment (see map-start.ts). */
export const mapStart: MapStartModule.MapStart = {
  basemap: env.VITE_BASEMAP,
  provincesUrl: `${import.meta.env.BASE_URL}geo/provinces.geojson`,
  ...(env.VITE_SITES_URL ? { sitesUrl: env.VITE_SITES_URL } : {}),
};

/** Starts the map before the first render if its chunk arrives within `waitMs`. */
export async function startMapEarly(
  chunk: Promise<typeof MapStartModule>,
  waitMs = MAP_CHUNK_WAIT_MS,
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const module = await Promise.race([chunk.catch(() => null), late]);
  clearTimeout(timer);
  if (!module) return false;
  module.startMap(mapStart);
  return true;
}
