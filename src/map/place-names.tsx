import { useEffect, useState } from 'react';
import { PLACE_SOURCE_ID, placeLayers } from './layers/places';
import { PROVINCE_SOURCE_ID } from './layers/provinces';
import { useMap } from './map-context';
import { useGeoJsonLayers } from './use-geojson-layers';

const PLACES_URL = `${import.meta.env.BASE_URL}geo/places.geojson`;

/**
 * Place names as context under the app's labels, from a file shipped with the app (no tile
 * server). Added once the start view (the provinces) is drawn: names only show from zoom 7, and
 * parsing them earlier would queue before the provinces in MapLibre's worker.
 */
export function PlaceNames() {
  const map = useMap();
  const [startViewDrawn, setStartViewDrawn] = useState(false);
  useEffect(() => {
    if (!map) return;
    const check = () => {
      if (!map.getSource(PROVINCE_SOURCE_ID) || !map.loaded()) return;
      setStartViewDrawn(true);
      map.off('idle', check);
    };
    map.on('idle', check);
    check();
    return () => {
      map.off('idle', check);
    };
  }, [map]);
  useGeoJsonLayers(startViewDrawn ? map : null, PLACE_SOURCE_ID, PLACES_URL, placeLayers);
  return null;
}
