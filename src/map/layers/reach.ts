import type { LayerSpecification } from 'maplibre-gl';

export const REACH_SOURCE_ID = 'reach';

/** The reach zone (a circle, honestly an estimate) and the starting point. */
export const reachLayers: LayerSpecification[] = [
  {
    id: 'reach-zone-fill',
    type: 'fill',
    source: REACH_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.1 },
  },
  {
    id: 'reach-zone-outline',
    type: 'line',
    source: REACH_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': '#0072B2', 'line-width': 2, 'line-dasharray': [3, 2] },
  },
  {
    id: 'reach-origin',
    type: 'circle',
    source: REACH_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 8,
      'circle-color': '#1f2933',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
];
