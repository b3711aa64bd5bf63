import { PARTNERSHIP_LAYER_ID, NETWORK_SITE_LAYER_ID, SEEKER_LAYER_ID } from './network';
import { PLACE_LABEL_LAYER_ID } from './places';
import { PROVINCE_FILL_LAYER_ID, PROVINCE_LABEL_LAYER_ID } from './provinces';
import { SITE_POINT_LAYER_ID } from './sites';

/**
 * The stacking order of every layer the app draws, bottom to top. Features add their layers
 * whenever their data arrives; each layer goes in below the first layer above it that is
 * already on the map, so the order holds whichever mounts first (a reach zone added before the
 * provinces still lies above their fill).
 */
export const LAYER_ORDER: readonly string[] = [
  PROVINCE_FILL_LAYER_ID,
  'province-outline',
  'reach-zone-fill',
  'reach-zone-outline',
  'partnership-reach-fill',
  'partnership-reach-outline',
  SITE_POINT_LAYER_ID,
  NETWORK_SITE_LAYER_ID,
  SEEKER_LAYER_ID,
  'reach-origin',
  'picked-site-point',
  PLACE_LABEL_LAYER_ID,
  PROVINCE_LABEL_LAYER_ID,
  'coverage-status-label',
  PARTNERSHIP_LAYER_ID,
  'partnership-labels',
];

/**
 * The layer to insert `layerId` before: the lowest layer above it in LAYER_ORDER that is on the
 * map; undefined = on top. A layer missing from the order goes on top.
 */
export function layerBefore(layerId: string, isOnMap: (id: string) => boolean): string | undefined {
  const index = LAYER_ORDER.indexOf(layerId);
  if (index < 0) return undefined;
  return LAYER_ORDER.slice(index + 1).find(isOnMap);
}
