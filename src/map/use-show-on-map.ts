import { useCallback } from 'react';
import { showClear } from './camera';
import { useMap } from './map-context';
import { useSwitchToMapView } from './narrow-view';

/** Zoom level at which a single organisation's point stands apart from its neighbours. */
const DETAIL_ZOOM = 10;

/**
 * "Toon op de kaart": on a narrow screen the map view comes up first, then the point is brought
 * into the part of the map no overlay covers. Returns whether the map view was switched to (the
 * caller then moves focus to what the map view shows).
 */
export function useShowOnMap() {
  const map = useMap();
  const switchToMap = useSwitchToMapView();
  return useCallback(
    (lngLat: { lng: number; lat: number }) => {
      if (!map) return false;
      const switched = switchToMap();
      showClear(map, lngLat, { minZoom: DETAIL_ZOOM });
      return switched;
    },
    [map, switchToMap],
  );
}
