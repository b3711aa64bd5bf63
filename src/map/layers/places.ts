import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, MAP_COLORS } from '../map-style';

export const PLACE_SOURCE_ID = 'places';
export const PLACE_LABEL_LAYER_ID = 'place-labels';

/**
 * Municipality names (public/geo/places.geojson) for orientation: the provincial capitals from
 * zoom 7, the others from zoom 8.5. Quieter than the app's own labels, which are placed first
 * (they lie above in the layer order) and win collisions.
 */
export const placeLayers: LayerSpecification[] = [
  {
    id: PLACE_LABEL_LAYER_ID,
    type: 'symbol',
    source: PLACE_SOURCE_ID,
    minzoom: 7,
    filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 8.5]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        ['case', ['==', ['get', 'rank'], 1], 11, 10],
        11,
        13,
      ],
      'text-padding': 4,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': '#4a5561',
      'text-halo-color': MAP_COLORS.labelHalo,
      'text-halo-width': 1.2,
    },
  },
];
