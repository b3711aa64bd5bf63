import type { LayerSpecification } from 'maplibre-gl';

export const PARTNERSHIP_REACH_SOURCE_ID = 'partnership-reach';

/** Where a partnership's students come from: the union of its members' reach zones. */
export const partnershipReachLayers: LayerSpecification[] = [
  {
    id: 'partnership-reach-fill',
    type: 'fill',
    source: PARTNERSHIP_REACH_SOURCE_ID,
    paint: { 'fill-color': '#009E73', 'fill-opacity': 0.12 },
  },
  {
    id: 'partnership-reach-outline',
    type: 'line',
    source: PARTNERSHIP_REACH_SOURCE_ID,
    paint: { 'line-color': '#00795A', 'line-width': 2, 'line-dasharray': [3, 2] },
  },
];
