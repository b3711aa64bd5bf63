import './maplibre-init';
import { Map as MapLibreMap, type LayerSpecification } from 'maplibre-gl';
import { NETHERLANDS_BBOX } from '../domain/provinces';
import { layerBefore } from './layers/order';
import { PROVINCE_SOURCE_ID, provinceLayers } from './layers/provinces';
import { SITE_SOURCE_ID, siteLayers } from './layers/sites';
import { buildBaseStyle } from './map-style';

/** What the map draws from its first moment, before any data from the database. */
export interface MapStart {
  basemap: 'none' | 'pdok';
  /** The province boundaries file; the province layer adds the label points once it has read it. */
  provincesUrl: string;
  /** Optional static file of provider sites (bench/map-load): drawn only, never read. */
  sitesUrl?: string;
}

interface StaticSource {
  id: string;
  url: string;
  layers: readonly LayerSpecification[];
  promoteId?: string;
}

const staticSources = (start: MapStart): StaticSource[] => [
  {
    id: PROVINCE_SOURCE_ID,
    url: start.provincesUrl,
    layers: provinceLayers(start.basemap),
    promoteId: 'code',
  },
  ...(start.sitesUrl ? [{ id: SITE_SOURCE_ID, url: start.sitesUrl, layers: siteLayers }] : []),
];

/** MapLibre's worker fetches and tiles the files itself; the main thread never holds them. */
function addStaticSources(map: MapLibreMap, start: MapStart) {
  for (const source of staticSources(start)) {
    map.addSource(source.id, {
      type: 'geojson',
      data: source.url,
      ...(source.promoteId ? { promoteId: source.promoteId } : {}),
    });
    for (const layer of source.layers) {
      map.addLayer(
        layer,
        layerBefore(layer.id, (id) => !!map.getLayer(id)),
      );
    }
  }
}

const styleLoaded = new WeakMap<MapLibreMap, Promise<void>>();

/** Resolves once the map's style and static sources are in: other layers can be added then. */
export const whenStyleLoaded = (map: MapLibreMap): Promise<void> =>
  styleLoaded.get(map) ?? Promise.resolve();

/** The one place the map is constructed, whether it starts early or with the map view. */
export function createMap(container: HTMLElement, start: MapStart): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: buildBaseStyle({ basemap: start.basemap }),
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
  styleLoaded.set(
    map,
    new Promise((resolve) =>
      map.once('style.load', () => {
        addStaticSources(map, start);
        resolve();
      }),
    ),
  );
  return map;
}

/** The element MapLibre draws in; the map view holds it. */
export function createMapContainer(): HTMLDivElement {
  const container = document.createElement('div');
  container.className = 'map-gl';
  return container;
}

interface StartedMap {
  map: MapLibreMap;
  container: HTMLDivElement;
}

let started: StartedMap | null = null;

/**
 * Starts the map before the page's first render: its worker fetches and tiles the static files
 * while React renders the shell, as on a page with nothing but the map. The map waits out of
 * sight, at the size of the window, until the map view takes it in (`takeStartedMap`). Without
 * WebGL nothing starts; the map view then says why.
 */
export function startMap(start: MapStart): void {
  if (started) return;
  const container = createMapContainer();
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText =
    'position:fixed;inset:0;visibility:hidden;pointer-events:none;z-index:-1';
  document.body.append(container);
  try {
    started = { map: createMap(container, start), container };
    performance.mark('samenkaart:map-started');
  } catch {
    container.remove();
  }
}

/** The map started before the first render, handed over once; null if none was started. */
export function takeStartedMap(): StartedMap | null {
  const taken = started;
  started = null;
  if (taken) {
    taken.container.removeAttribute('style');
    taken.container.removeAttribute('aria-hidden');
  }
  return taken;
}
