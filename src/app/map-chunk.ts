import type * as MapContentModule from './map-content';

// MapLibre is ~1 MB: it loads in its own chunk, with the layers drawn on it, so the page paints
// before it arrives. The download starts when this module is evaluated — first in the entry.
// Not React.lazy: Suspense holds revealed content back for up to 300 ms, which the map would pay.
export const mapChunk: Promise<typeof MapContentModule> = import.meta.env.SSR
  ? new Promise(() => undefined) // the build's prerender draws no map
  : import('./map-content');
