import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

interface MapContextValue {
  map: MapLibreMap | null;
  setMap: (map: MapLibreMap | null) => void;
}

const MapContext = createContext<MapContextValue | null>(null);

/**
 * Holds the one map instance so that panels beside the map (lists, buttons) can move the camera
 * from their event handlers. Type-only MapLibre import: this module stays out of the map chunk.
 */
export function MapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  return <MapContext.Provider value={{ map, setMap }}>{children}</MapContext.Provider>;
}

function useMapContext() {
  const value = useContext(MapContext);
  if (!value) throw new Error('useMap must be used inside <MapProvider>');
  return value;
}

/** The map instance, or null while the map chunk loads or when WebGL is unavailable. */
export function useMap(): MapLibreMap | null {
  return useMapContext().map;
}

export function useSetMap() {
  return useMapContext().setMap;
}
