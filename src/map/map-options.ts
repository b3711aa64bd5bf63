import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import { Map as MapLibreMap } from 'maplibre-gl';
import { NETHERLANDS_BBOX } from '../domain/provinces';
import { fitClear } from './camera';

/**
 * How the one map is made, whether it starts before the first render or in the map view: the
 * whole country clear of the legend before the first frame, at no cost, and no rotation.
 * Throws without WebGL.
 */
export function createMap(container: HTMLElement, style: StyleSpecification): MapLibreMap {
  const map = new MapLibreMap(mapOptions(container, style));
  fitClear(map, NETHERLANDS_BBOX, { animate: false });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  return map;
}

const mapOptions = (container: HTMLElement, style: StyleSpecification): MapOptions => ({
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
