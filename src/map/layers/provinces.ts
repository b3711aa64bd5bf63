import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, MAP_COLORS } from '../map-style';

export const PROVINCE_SOURCE_ID = 'provinces';
export const PROVINCE_FILL_LAYER_ID = 'province-fill';
export const PROVINCE_LABEL_LAYER_ID = 'province-label';

/** Light tints of the partnership status colours, so points on top stay readable. */
export const COVERAGE_FILL = {
  active: '#cdeadf',
  forming: '#f7e3bd',
  seekers: '#f1d9e7',
  empty: '#f6f3ec',
} as const;

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Areas, outlines and names of the provinces; one source holds the polygons and label points. */
export const provinceLayers = (basemap: 'none' | 'pdok'): LayerSpecification[] => [
  {
    id: PROVINCE_FILL_LAYER_ID,
    type: 'fill',
    source: PROVINCE_SOURCE_ID,
    paint: {
      // Coverage colours win once known, so a selected province still shows its status; the
      // thick outline marks the selection then.
      'fill-color': [
        'match',
        ['coalesce', ['feature-state', 'coverage'], 'unknown'],
        'active',
        COVERAGE_FILL.active,
        'forming',
        COVERAGE_FILL.forming,
        'seekers',
        COVERAGE_FILL.seekers,
        'empty',
        COVERAGE_FILL.empty,
        ['case', isSelected, MAP_COLORS.selected, isHovered, MAP_COLORS.hover, MAP_COLORS.land],
      ],
      // Over a basemap the fill is a tint, so towns and roads stay readable.
      'fill-opacity': basemap === 'pdok' ? 0.45 : 1,
    },
  },
  {
    id: 'province-outline',
    type: 'line',
    source: PROVINCE_SOURCE_ID,
    paint: {
      'line-color': ['case', isSelected, MAP_COLORS.selectedOutline, MAP_COLORS.outline],
      'line-width': ['case', isSelected, 4, isHovered, 2.5, 1],
    },
  },
  {
    id: PROVINCE_LABEL_LAYER_ID,
    type: 'symbol',
    source: PROVINCE_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 16],
      'text-allow-overlap': false,
      'text-padding': 2,
    },
    paint: {
      'text-color': MAP_COLORS.label,
      'text-halo-color': MAP_COLORS.labelHalo,
      'text-halo-width': 1.5,
    },
  },
];
