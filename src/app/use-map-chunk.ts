import { useEffect, useState } from 'react';
import type MapContentComponent from './map-content';
import { mapChunk } from './map-chunk';

type MapContent = typeof MapContentComponent;

export type MapChunk =
  { status: 'loading' } | { status: 'ready'; MapContent: MapContent } | { status: 'error' };

export function useMapChunk(): MapChunk {
  const [chunk, setChunk] = useState<MapChunk>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    mapChunk.then(
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
