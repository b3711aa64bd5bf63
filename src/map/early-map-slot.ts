import type { Map } from 'maplibre-gl';

/** A map started before the first render, waiting for the map view to take it over. */
export interface EarlyMap {
  map: Map;
  container: HTMLElement;
  /** Resolves at the style's `style.load` (which has fired by the time the view takes over). */
  styleLoaded: Promise<void>;
}

/** Where the early map starts: a container in index.html over the map area's place. */
export const BOOT_CONTAINER_ID = 'map-boot';

// Type-only MapLibre import: this module is part of the start bundle, the map itself is not.
let slot: EarlyMap | null = null;
let closed = false;

/** Starts the early map unless the map view has already started its own. */
export function offerEarlyMap(start: () => EarlyMap | null) {
  if (closed || slot) return;
  slot = start();
}

/** The early map, once; after this call no early map starts any more. */
export function takeEarlyMap(): EarlyMap | null {
  closed = true;
  const taken = slot;
  slot = null;
  // Unused, the boot container would lie over the map view and take its clicks.
  if (!taken) document.getElementById(BOOT_CONTAINER_ID)?.remove();
  return taken;
}
