import { PLACE_SOURCE_ID, placeLayers } from './layers/places';
import { useMap } from './map-context';
import { useGeoJsonLayers } from './use-geojson-layers';
import { useStartViewDrawn } from './use-start-view-drawn';

const PLACES_URL = `${import.meta.env.BASE_URL}geo/places.geojson`;

/**
 * Place names as context under the app's labels, from a file shipped with the app (no tile
 * server). Added once the start view is drawn: names only show from zoom 7, and parsing them
 * earlier would queue before the provinces in MapLibre's worker.
 */
export function PlaceNames() {
  const map = useMap();
  const startViewDrawn = useStartViewDrawn(map);
  useGeoJsonLayers(startViewDrawn ? map : null, PLACE_SOURCE_ID, PLACES_URL, placeLayers);
  return null;
}
