import './maplibre-init';
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { ProvinceCollection } from '../domain/provinces';
import { BOOT_CONTAINER_ID, offerEarlyMap, type EarlyMap } from './early-map-slot';
import { LAYER_ORDER, layerBefore } from './layers/order';
import { buildBaseStyle } from './map-style';
import { holdPainting } from './held-painting';
import { createMap } from './map-options';
import { recordSourceData, type SourceData } from './source-data';

/** What the start view draws, known before React renders: the same data its layers will get. */
export interface EarlyMapPlan {
  basemap: 'none' | 'pdok';
  /** The boundaries as downloaded: the page's query starts with them too. */
  provinces: ProvinceCollection;
  sources: {
    id: string;
    data: SourceData;
    promoteId?: string;
    layers: readonly LayerSpecification[];
    /** Added once the first frame is drawn, not in it. */
    afterFirstFrame?: boolean;
  }[];
  featureStates: { source: string; id: string; state: Record<string, unknown> }[];
}

/**
 * Starts the map in the page's boot container (index.html) before React runs, so the start
 * view's first frame does not wait for React's work; the map view then takes it over. Not on
 * narrow screens (the container is hidden there: the list comes first).
 */
export function startEarlyMap(plan: EarlyMapPlan): EarlyMapProgress | null {
  let progress: EarlyMapProgress | null = null;
  offerEarlyMap(() => {
    const container = document.getElementById(BOOT_CONTAINER_ID);
    if (!container || container.offsetWidth === 0) return null;
    try {
      const early = create(container, plan);
      progress = early.progress;
      return early;
    } catch (error) {
      // No WebGL: the map view tries again and says so where the map would be.
      console.warn('Samenkaart: the map could not start early', error);
      return null;
    }
  });
  return progress;
}

/** When the early map has drawn what it started with, and when everything in its plan. */
export interface EarlyMapProgress {
  firstFrame: Promise<void>;
  complete: Promise<void>;
}

const geojsonSource = ({
  data,
  promoteId,
}: EarlyMapPlan['sources'][number]): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  ...(promoteId ? { promoteId } : {}),
});

/** The longest the early map stays out of sight waiting for its sources (one that fails). */
const HIDDEN_AT_MOST_MS = 3000;

const hasFeatures = (data: SourceData) =>
  typeof data === 'string' || data.type !== 'FeatureCollection' || data.features.length > 0;

function create(
  container: HTMLElement,
  plan: EarlyMapPlan,
): EarlyMap & { progress: EarlyMapProgress } {
  const style: StyleSpecification = buildBaseStyle({ basemap: plan.basemap });
  const layers: LayerSpecification[] = [];
  const first = plan.sources.filter((source) => !source.afterFirstFrame);
  const after = plan.sources.filter((source) => source.afterFirstFrame);
  for (const source of first) {
    style.sources[source.id] = geojsonSource(source);
    layers.push(...source.layers);
  }
  const rank = (layer: LayerSpecification) => {
    const index = LAYER_ORDER.indexOf(layer.id);
    return index < 0 ? LAYER_ORDER.length : index;
  };
  style.layers.push(...layers.sort((a, b) => rank(a) - rank(b)));

  const map = createMap(container, style);
  // Nothing is painted until everything the map starts with has loaded: its first frame is the
  // whole start view, and it comes sooner without the half-loaded ones (held-painting.ts).
  const painting = holdPainting(map, container);
  for (const source of plan.sources) recordSourceData(map, source.id, source.data);
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  let resolveFirst: () => void = () => undefined;
  const firstFrame = new Promise<void>((resolve) => (resolveFirst = resolve));
  const complete = firstFrame.then(
    () => new Promise<void>((resolve) => map.once('idle', () => resolve())),
  );
  const drawn = () => {
    performance.mark('samenkaart:early-map-first-frame');
    resolveFirst();
    for (const source of after) {
      map.addSource(source.id, geojsonSource(source));
      for (const layer of source.layers)
        map.addLayer(
          layer,
          layerBefore(layer.id, (id) => !!map.getLayer(id)),
        );
    }
    for (const { source, id, state } of plan.featureStates)
      map.setFeatureState({ source, id }, state);
  };
  // Loaded: every source the map started with has its tiles in view loaded (a source with
  // nothing in it has nothing to wait for). Asked per frame, so it must be cheap: asking which
  // features were drawn costs more than the frame.
  const pending = new Set(
    first.filter((source) => hasFeatures(source.data)).map((source) => source.id),
  );
  const firstDrawn = () => {
    for (const id of pending) if (map.getSource(id) && map.isSourceLoaded(id)) pending.delete(id);
    if (pending.size > 0) return;
    map.off('render', firstDrawn);
    clearTimeout(showAnyway);
    void painting.release().then(drawn);
  };
  // A source that does not load does not keep the rest of the map out of sight.
  const showAnyway = setTimeout(() => void painting.release(), HIDDEN_AT_MOST_MS);
  map.once('remove', () => clearTimeout(showAnyway));
  map.on('render', firstDrawn);
  window.__samenkaart = { map };
  performance.mark('samenkaart:early-map');
  return { map, container, styleLoaded, progress: { firstFrame, complete } };
}
