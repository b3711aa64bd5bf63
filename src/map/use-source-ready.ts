import { useEffect, useState } from 'react';
import type { Map } from 'maplibre-gl';

/**
 * Whether another part of the page has added this source to the map yet. Features set feature
 * state on sources they do not own (the provinces, the network points); their effects depend on
 * this so they run again once the owner has added it, whichever mounted first.
 */
export function useSourceReady(map: Map | null, sourceId: string): boolean {
  const [ready, setReady] = useState(() => !!map?.getSource(sourceId));
  useEffect(() => {
    if (!map) return;
    const check = () => setReady(!!map.style && !!map.getSource(sourceId));
    check();
    map.on('styledata', check);
    map.on('sourcedata', check);
    return () => {
      map.off('styledata', check);
      map.off('sourcedata', check);
    };
  }, [map, sourceId]);
  return ready;
}
