import type { LayerSpecification } from 'maplibre-gl';

export const PICKED_SITE_SOURCE_ID = 'picked-site';

export const pickedSiteLayers: LayerSpecification[] = [
  {
    id: 'picked-site-point',
    type: 'circle',
    source: PICKED_SITE_SOURCE_ID,
    paint: {
      'circle-radius': 9,
      'circle-color': '#D55E00',
      'circle-stroke-color': '#1f2933',
      'circle-stroke-width': 3,
    },
  },
];
