import { env } from '../../../config/env';
import { useMap } from '../../../map/map-context';
import { SITE_SOURCE_ID, siteLayers } from '../../../map/layers/sites';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';

/**
 * Provider sites from a static GeoJSON file (VITE_SITES_URL, used by bench/map-load). Display
 * only: MapLibre's worker fetches and parses the file, the main thread never holds it.
 */
export function SiteLayers() {
  const map = useMap();
  useGeoJsonLayers(env.VITE_SITES_URL ? map : null, SITE_SOURCE_ID, env.VITE_SITES_URL, siteLayers);
  return null;
}
