import { PLACE_SOURCE_ID, placeLayers } from './layers/places';
import { useMap } from './map-context';
import { useGeoJsonLayers } from './use-geojson-layers';

const PLACES_URL = `${import.meta.env.BASE_URL}geo/places.geojson`;

/** Place names as context under the app's labels, from a file shipped with the app (no tile server). */
export function PlaceNames() {
  const map = useMap();
  useGeoJsonLayers(map, PLACE_SOURCE_ID, PLACES_URL, placeLayers);
  return null;
}
