import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import { NETHERLANDS_BBOX } from '../domain/provinces';

/** How the one map is made, whether it starts before the first render or in the map view. */
export const mapOptions = (container: HTMLElement, style: StyleSpecification): MapOptions => ({
  container,
  style,
  bounds: NETHERLANDS_BBOX,
  fitBoundsOptions: { padding: 16 },
  minZoom: 5,
  maxZoom: 14,
  dragRotate: false,
  // Labels appear at once: a fade would hold the first complete view back by 300 ms+.
  fadeDuration: 0,
  pitchWithRotate: false,
  attributionControl: false,
});
