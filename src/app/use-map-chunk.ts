import { useEffect, useState } from 'react';
import type MapContentComponent from './map-content';

type MapContent = typeof MapContentComponent;

// MapLibre is ~1 MB: it loads in its own chunk, with the layers drawn on it, so the shell and the
// province list paint before it arrives. The download starts when this module is evaluated, in
// parallel with the first render.
// Not React.lazy: Suspense holds revealed content back for up to 300 ms, which the map would pay.
const mapContentChunk = import('./map-content');

export type MapChunk =
  { status: 'loading' } | { status: 'ready'; MapContent: MapContent } | { status: 'error' };

export function useMapChunk(): MapChunk {
  const [chunk, setChunk] = useState<MapChunk>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    mapContentChunk.then(
      (module) => active && setChunk({ status: 'ready', MapContent: module.default }),
      (error: unknown) => {
        console.error('Samenkaart: the map could not be loaded', error);
        if (active) setChunk({ status: 'error' });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return chunk;
}
