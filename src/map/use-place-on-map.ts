import { useMemo } from 'react';
import { isInNetherlandsArea } from '../domain/provinces';
import type { MapInteraction } from './interaction-router';
import { useMapInteraction } from './use-map-interaction';

/** A point someone placed by clicking the map, rounded to about a metre. */
export interface PlacedPoint {
  lat: number;
  lng: number;
}

/**
 * A click on the map that hits no point or province places something there (where the students
 * are, a newcomer's site). Clicks outside the Netherlands are ignored. `onPlace` null: inactive.
 */
export function usePlaceOnMap(onPlace: ((point: PlacedPoint) => void) | null) {
  const interaction = useMemo<MapInteraction | null>(
    () =>
      onPlace
        ? {
            layers: [],
            onClick: (_hit, { lngLat: { lat, lng } }) => {
              if (!isInNetherlandsArea(lat, lng)) return;
              onPlace({ lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)) });
            },
          }
        : null,
    [onPlace],
  );
  useMapInteraction(interaction);
}
