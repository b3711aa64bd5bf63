import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __samenkaart?: { map: MapLibreMap };
  }
}
