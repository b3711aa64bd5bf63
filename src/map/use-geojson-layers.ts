import type { Feature, FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'react';
import { layerBefore } from './layers/order';
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map,
} from 'maplibre-gl';

/** GeoJSON, or the URL of a GeoJSON file (MapLibre fetches and parses it in its worker). */
type Data = FeatureCollection | Feature | string;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Declares one GeoJSON source and its layers on the map: added once, kept in sync with `data`
 * through setData, re-added after a style change, and removed (layers first) on unmount.
 * `layers` must be a stable reference (a module constant or memoised).
 */
export function useGeoJsonLayers(
  map: Map | null,
  sourceId: string,
  data: Data | undefined,
  layers: readonly LayerSpecification[],
  sourceOptions: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {},
) {
  const promoteId = sourceOptions.promoteId;
  const dataRef = useRef(data);

  useEffect(() => {
    if (!map) return;
    const add = () => {
      if (!map.getSource(sourceId)) {
        map.addSource(sourceId, {
          type: 'geojson',
          data: dataRef.current ?? EMPTY,
          ...(promoteId ? { promoteId } : {}),
        });
      }
      for (const layer of layers) {
        if (map.getLayer(layer.id)) continue;
        map.addLayer(
          layer,
          layerBefore(layer.id, (id) => !!map.getLayer(id)),
        );
      }
    };
    add();
    map.on('style.load', add);
    return () => {
      map.off('style.load', add);
      // When the whole map view unmounts, map.remove() has already taken the style with it.
      if (!map.style) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
  }, [map, sourceId, layers, promoteId]);

  useEffect(() => {
    if (dataRef.current === data) return;
    dataRef.current = data;
    map?.getSource<GeoJSONSource>(sourceId)?.setData(data ?? EMPTY);
  }, [map, sourceId, data]);
}
