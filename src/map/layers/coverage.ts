import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../map-style';

export const COVERAGE_LABEL_SOURCE_ID = 'coverage-labels';

/** Status written under each province name, so status is never told by colour alone. */
export const coverageLabelLayers: LayerSpecification[] = [
  {
    id: 'coverage-status-label',
    type: 'symbol',
    source: COVERAGE_LABEL_SOURCE_ID,
    layout: {
      'text-field': ['get', 'text'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
      'text-allow-overlap': false,
    },
    paint: {
      'text-color': '#1f2933',
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.5,
    },
  },
];
