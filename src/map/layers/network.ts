import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../map-style';

export const PARTNERSHIP_SOURCE_ID = 'partnerships';
export const PARTNERSHIP_LAYER_ID = 'partnership-points';
export const NETWORK_SITE_SOURCE_ID = 'network-sites';
export const NETWORK_SITE_LAYER_ID = 'network-site-points';
export const SEEKER_LAYER_ID = 'seeker-points';

/** Point layers that select something when clicked, top-most first. */
export const NETWORK_POINT_LAYERS = [
  { layer: PARTNERSHIP_LAYER_ID, kind: 'partnership' },
  { layer: SEEKER_LAYER_ID, kind: 'site' },
  { layer: NETWORK_SITE_LAYER_ID, kind: 'site' },
] as const;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const STATUS_COLORS = {
  active: '#009E73',
  forming: '#E69F00',
  seeking: '#CC79A7',
  ended: '#8C8C8C',
} as const;
export const SITE_COLOR = '#0072B2';
export const SEEKER_COLOR = '#D55E00';

const isSelected: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'hover'], false],
];
const isUnmatched: ExpressionSpecification = ['boolean', ['feature-state', 'unmatched'], false];
/** Outside the current reach zone ("Zoek een groep"): still visible, but in the background. */
const isDimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
const dimmed = (normal: number): ExpressionSpecification => ['case', isDimmed, 0.2, normal];

/** Radius by zoom, larger when selected: [zoom, normal, selected] stops (zoom must be on top). */
const radius = (
  low: [number, number, number],
  high: [number, number, number],
): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  low[0],
  ['case', isSelected, low[2], low[1]],
  high[0],
  ['case', isSelected, high[2], high[1]],
];

export const partnershipLayers: LayerSpecification[] = [
  {
    id: PARTNERSHIP_LAYER_ID,
    type: 'circle',
    source: PARTNERSHIP_SOURCE_ID,
    paint: {
      'circle-radius': radius([6, 6, 7], [10, 10, 11]),
      'circle-color': [
        'match',
        ['get', 'status'],
        'active',
        STATUS_COLORS.active,
        'forming',
        STATUS_COLORS.forming,
        'seeking',
        STATUS_COLORS.seeking,
        STATUS_COLORS.ended,
      ],
      'circle-stroke-color': ['case', isSelected, '#1f2933', '#ffffff'],
      'circle-stroke-width': ['case', isSelected, 3, 2],
      'circle-opacity': dimmed(1),
      'circle-stroke-opacity': dimmed(1),
    },
  },
  {
    id: 'partnership-labels',
    type: 'symbol',
    source: PARTNERSHIP_SOURCE_ID,
    minzoom: 8,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: {
      'text-color': '#1f2933',
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.5,
      'text-opacity': dimmed(1),
    },
  },
];

export const networkSiteLayers: LayerSpecification[] = [
  {
    id: NETWORK_SITE_LAYER_ID,
    type: 'circle',
    source: NETWORK_SITE_SOURCE_ID,
    filter: ['!', ['get', 'seeking']],
    paint: {
      'circle-radius': radius([6, 2.5, 4.5], [10, 5, 7]),
      'circle-color': SITE_COLOR,
      'circle-opacity': dimmed(0.75),
      'circle-stroke-opacity': dimmed(1),
      'circle-stroke-color': ['case', isSelected, '#1f2933', '#ffffff'],
      'circle-stroke-width': ['case', isSelected, 2, 0.5],
    },
  },
  {
    id: SEEKER_LAYER_ID,
    type: 'circle',
    source: NETWORK_SITE_SOURCE_ID,
    filter: ['get', 'seeking'],
    paint: {
      'circle-radius': radius([6, 4.5, 6.5], [10, 7, 9]),
      'circle-color': SEEKER_COLOR,
      // Unmatched seekers (coverage board) get a dark ring: the gaps to act on.
      'circle-stroke-color': ['case', isSelected, '#1f2933', isUnmatched, '#1f2933', '#ffffff'],
      'circle-stroke-width': ['case', isSelected, 3, isUnmatched, 3, 1.5],
      'circle-opacity': dimmed(1),
      'circle-stroke-opacity': dimmed(1),
    },
  },
];
