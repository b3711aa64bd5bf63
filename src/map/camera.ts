import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../domain/provinces';
import { prefersReducedMotion } from '../lib/reveal';
import { clearPaddings, smallestPadding, type Box, type Padding } from './clear-area';

/** Marks an element laid over the map (legend, selection card) that the camera keeps clear of. */
export const MAP_OVERLAY_ATTRIBUTE = 'data-map-overlay';

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

function paddingChoices(map: MapLibreMap, base: number): { box: Box; choices: Padding[] } {
  const container = map.getContainer();
  const box = toBox(container.getBoundingClientRect());
  const area = container.parentElement ?? container;
  const overlays = [...area.querySelectorAll<HTMLElement>(`[${MAP_OVERLAY_ATTRIBUTE}]`)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(toBox);
  return { box, choices: clearPaddings(box, overlays, base) };
}

interface FitOptions {
  maxZoom?: number;
  animate?: boolean;
  base?: number;
}

/** The fit the camera shows now, until the person moves the map or the app moves it elsewhere. */
const currentFit = new WeakMap<MapLibreMap, { bbox: BBox; options: FitOptions }>();
const watched = new WeakSet<MapLibreMap>();

/**
 * A fit holds when the map or an overlay changes size afterwards (a journey's wider panel that
 * arrives with its route, the legend growing a group, a window resized): it is made again, at
 * once. A drag, zoom or key press by the person ends it.
 */
function keepFit(map: MapLibreMap) {
  if (watched.has(map)) return;
  watched.add(map);
  const refit = () => {
    const fit = currentFit.get(map);
    if (fit) fitNow(map, fit.bbox, { ...fit.options, animate: false });
  };
  map.on('movestart', (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) currentFit.delete(map);
  });
  map.on('resize', refit);
  const area = map.getContainer().parentElement;
  if (!area || typeof ResizeObserver === 'undefined') return;
  const seen = new WeakSet<Element>();
  const observer = new ResizeObserver((entries) => {
    // The first report of each overlay is its size when observed, not a change.
    let changed = false;
    for (const { target } of entries) {
      if (seen.has(target)) changed = true;
      else seen.add(target);
    }
    if (changed) refit();
  });
  area.querySelectorAll(`[${MAP_OVERLAY_ATTRIBUTE}]`).forEach((el) => observer.observe(el));
  map.once('remove', () => observer.disconnect());
}

/**
 * Fits `bbox` into the part of the map no overlay covers, as large as the overlays allow, and
 * keeps it fitted while sizes settle.
 */
export function fitClear(map: MapLibreMap, bbox: BBox, options: FitOptions = {}) {
  keepFit(map);
  currentFit.set(map, { bbox, options });
  fitNow(map, bbox, options);
}

function fitNow(map: MapLibreMap, bbox: BBox, options: FitOptions) {
  const { choices } = paddingChoices(map, options.base ?? 16);
  const cameras = choices
    .map((padding) => ({ padding, camera: map.cameraForBounds(bbox, { padding }) }))
    .filter((c) => c.camera?.zoom !== undefined);
  const best = cameras.reduce<(typeof cameras)[number] | null>(
    (a, c) => (!a || c.camera!.zoom! > a.camera!.zoom! ? c : a),
    null,
  );
  map.fitBounds(bbox, {
    padding: best?.padding ?? options.base ?? 16,
    // An explicit `undefined` would reach MapLibre's Math.min and make the camera NaN.
    ...(options.maxZoom === undefined ? {} : { maxZoom: options.maxZoom }),
    animate: (options.animate ?? true) && !prefersReducedMotion(),
  });
}

/**
 * Brings a point into the uncovered part of the map, zoomed in to at least `minZoom`; a point
 * already there at that zoom stays where it is (the map does not jump under the person's eyes).
 */
export function showClear(
  map: MapLibreMap,
  lngLat: LngLatLike,
  options: { minZoom?: number } = {},
) {
  const { box, choices } = paddingChoices(map, 24);
  const padding = smallestPadding(box, choices);
  const zoom = Math.max(map.getZoom(), options.minZoom ?? 0);
  const at = map.project(lngLat);
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const inside =
    at.x >= padding.left &&
    at.x <= width - padding.right &&
    at.y >= padding.top &&
    at.y <= height - padding.bottom;
  if (inside && zoom === map.getZoom()) return;
  currentFit.delete(map);
  // The point goes to the middle of the uncovered part, not of the whole map.
  const offset: [number, number] = [
    (padding.left - padding.right) / 2,
    (padding.top - padding.bottom) / 2,
  ];
  map.easeTo({ center: lngLat, zoom, offset, animate: !prefersReducedMotion() });
}
