import { useEffect, useRef } from 'react';
import { layerBefore } from './layers/order';
import { addOrTakeOverSource, sendSourceData, type SourceData } from './source-data';
import type { GeoJSONSourceSpecification, LayerSpecification, Map } from 'maplibre-gl';

/**
 * Declares one GeoJSON source and its layers on the map: added once (or taken over when the map
 * already has it), kept in sync with `data` through setData, re-added after a style change, and
 * removed (layers first) on unmount. `layers` must be a stable reference (a module constant or
 * memoised). Undefined data empties the source, except that a source taken over keeps what it
 * holds until this hook has data of its own.
 */
export function useGeoJsonLayers(
  map: Map | null,
  sourceId: string,
  data: SourceData | undefined,
  layers: readonly LayerSpecification[],
  sourceOptions: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {},
) {
  const promoteId = sourceOptions.promoteId;
  const dataRef = useRef(data);

  useEffect(() => {
    if (!map) return;
    const add = () => {
      addOrTakeOverSource(map, sourceId, dataRef.current, promoteId);
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
    const hadData = dataRef.current !== undefined;
    dataRef.current = data;
    // Until this hook has had data, a source taken over keeps what it holds.
    if (map && (data !== undefined || hadData)) sendSourceData(map, sourceId, data);
  }, [map, sourceId, data]);
}
