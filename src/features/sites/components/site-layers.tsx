import { useMap } from '../../../map/map-context';
import { SITE_SOURCE_ID, siteLayers } from '../../../map/layers/sites';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useStaticSites } from '../api/get-sites';

/** Provider sites as points (bench/map-load, VITE_SITES_URL). */
export function SiteLayers() {
  const map = useMap();
  const { data } = useStaticSites();
  useGeoJsonLayers(map, SITE_SOURCE_ID, data, siteLayers);
  return null;
}
