import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceSpecification, Map } from 'maplibre-gl';

/** GeoJSON, or the URL of a GeoJSON file (MapLibre fetches and parses it in its worker). */
export type SourceData = FeatureCollection | Feature | string;

/** The part of a MapLibre map this module uses (a plain object in the unit tests). */
export type SourceMap = Pick<Map, 'getSource' | 'addSource'>;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

// What each GeoJSON source on a map holds, as last given to it. Whoever adds a source or sets
// its data records it, so a layer that takes over a source (the map that started before React)
// sends data only when it differs: a needless setData re-tiles the source and redraws it.
const held = new WeakMap<object, globalThis.Map<string, SourceData>>();

export function recordSourceData(map: object, sourceId: string, data: SourceData) {
  let sources = held.get(map);
  if (!sources) held.set(map, (sources = new globalThis.Map()));
  sources.set(sourceId, data);
}

const recorded = (map: object, sourceId: string) => held.get(map)?.get(sourceId);

/**
 * Puts a GeoJSON source on the map, or takes over the one already there: its data is replaced
 * only when `data` is known and differs from what it holds.
 */
export function addOrTakeOverSource(
  map: SourceMap,
  sourceId: string,
  data: SourceData | undefined,
  promoteId?: GeoJSONSourceSpecification['promoteId'],
) {
  if (!map.getSource(sourceId)) {
    map.addSource(sourceId, {
      type: 'geojson',
      data: data ?? EMPTY,
      ...(promoteId ? { promoteId } : {}),
    });
    recordSourceData(map, sourceId, data ?? EMPTY);
  } else if (data !== undefined) {
    sendSourceData(map, sourceId, data);
  }
}

/** Gives the source new data (undefined: none, it empties); the same data is not sent again. */
export function sendSourceData(map: SourceMap, sourceId: string, data: SourceData | undefined) {
  const next = data ?? EMPTY;
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source || recorded(map, sourceId) === next) return;
  source.setData(next);
  recordSourceData(map, sourceId, next);
}
