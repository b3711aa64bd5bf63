import { useEffect, useState } from 'react';
import type { Map } from 'maplibre-gl';
import { PROVINCE_SOURCE_ID } from './layers/provinces';

/**
 * Whether the map has drawn its start view: the first idle frame with the provinces on it. Until
 * then the CPU belongs to drawing it; work that can wait (the database, place names) waits.
 */
export function useStartViewDrawn(map: Map | null): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!map || drawn) return;
    const check = () => {
      if (map.getSource(PROVINCE_SOURCE_ID) && map.loaded()) setDrawn(true);
    };
    map.on('idle', check);
    check();
    return () => {
      map.off('idle', check);
    };
  }, [map, drawn]);
  return drawn;
}
