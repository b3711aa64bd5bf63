import { useMap } from '../../../map/map-context';
import { PROVINCE_LABEL_LAYER_ID } from '../../../map/layers/provinces';
import { SITE_SOURCE_ID, siteLayers } from '../../../map/layers/sites';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useStaticSites } from '../api/get-sites';

/** Provider sites as points, under the province labels. */
export function SiteLayers() {
  const map = useMap();
  const { data } = useStaticSites();
  useGeoJsonLayers(map, SITE_SOURCE_ID, data, siteLayers, {}, PROVINCE_LABEL_LAYER_ID);
  return null;
}
