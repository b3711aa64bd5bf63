import type { LayerSpecification } from 'maplibre-gl';

export const SITE_SOURCE_ID = 'sites';
export const SITE_POINT_LAYER_ID = 'site-points';

/** Provider sites as small dots; thousands of them stay one GPU layer, not DOM markers. */
export const siteLayers: LayerSpecification[] = [
  {
    id: SITE_POINT_LAYER_ID,
    type: 'circle',
    source: SITE_SOURCE_ID,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 10, 5, 13, 7],
      'circle-color': '#1d4e5f',
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 10, 1.5],
    },
  },
];
