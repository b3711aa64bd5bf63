import './maplibre-init';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { AttributionControl, NavigationControl } from 'maplibre-gl';
import { takeEarlyMap, type EarlyMap } from './early-map-slot';
import { useMap, useSetMap } from './map-context';
import { createMap } from './map-options';
import { buildBaseStyle } from './map-style';
import { useStartViewDrawn } from './use-start-view-drawn';

/** The MapLibre UI strings the app's controls show. */
export interface MapUiStrings {
  'Map.Title': string;
  'NavigationControl.ZoomIn': string;
  'NavigationControl.ZoomOut': string;
  'AttributionControl.ToggleAttribution': string;
}

export interface MapViewProps {
  /** Accessible name of the map region. */
  label: string;
  /** Source credits shown in the attribution control. */
  attribution: string;
  /** MapLibre's own control labels in the app's language (its `locale` table, memoised). */
  uiStrings: MapUiStrings;
  basemap: 'none' | 'pdok';
  /** Shown instead of the map when it cannot start (no WebGL, broken style). */
  renderError: (reason: 'webgl' | 'other') => ReactNode;
  /** Called once: when the map has drawn its first complete frame with the provinces, or failed. */
  onFirstFrame?: () => void;
  children?: ReactNode;
}

declare global {
  interface Window {
    /** Read-only handle for e2e tests, benchmarks and debugging from the console. */
    __samenkaart?: { map: MapLibreMap };
  }
}

/** The one MapLibre map of the app: created once on mount, removed on unmount. */
export default function MapView({
  label,
  attribution,
  uiStrings,
  basemap,
  renderError,
  onFirstFrame,
  children,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const setMap = useSetMap();
  const map = useMap();
  const [failure, setFailure] = useState<'webgl' | 'other' | null>(null);
  const startViewDrawn = useStartViewDrawn(map);
  // The style is fixed for the life of the map; later prop changes are ignored.
  const initial = useRef({ basemap, onFirstFrame });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const early = takeEarlyMap();
    if (early) return adopt(early, container, setMap);
    let instance: MapLibreMap;
    try {
      instance = createMap(container, buildBaseStyle({ basemap: initial.current.basemap }));
    } catch (error) {
      console.warn('Samenkaart: map could not start', error);
      // The constructor is the external system here; its one-time failure is what we render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure(/webgl/i.test(String(error)) ? 'webgl' : 'other');
      initial.current.onFirstFrame?.();
      return;
    }
    // Sources and layers can be added once the style is in; no need to wait for the first render.
    instance.once('style.load', () => {
      setMap(instance);
      window.__samenkaart = { map: instance };
    });
    return () => {
      setMap(null);
      delete window.__samenkaart;
      instance.remove();
    };
  }, [setMap]);

  useEffect(() => {
    if (startViewDrawn) initial.current.onFirstFrame?.();
  }, [startViewDrawn]);

  // Controls take their labels when added: on a language change they are added again.
  useEffect(() => {
    if (!map) return;
    applyUiStrings(map, uiStrings);
    const navigation = new NavigationControl({ showCompass: false });
    const credits = new AttributionControl({ compact: true, customAttribution: attribution });
    map.addControl(navigation, 'top-right');
    map.addControl(credits, 'bottom-right');
    return () => {
      if (!map.style) return;
      map.removeControl(navigation);
      map.removeControl(credits);
    };
  }, [map, uiStrings, attribution]);

  if (failure) return <>{renderError(failure)}</>;

  return (
    <div
      ref={containerRef}
      className="map-canvas"
      role="region"
      aria-label={label}
      aria-busy={!startViewDrawn}
    >
      {map ? children : null}
    </div>
  );
}

/**
 * Takes over the map that started before the first render: its container moves into the map
 * view (the canvas and its GL context move with it) and the layers find their sources there.
 */
function adopt(early: EarlyMap, into: HTMLElement, setMap: (map: MapLibreMap | null) => void) {
  const { map, container } = early;
  container.removeAttribute('id');
  container.removeAttribute('aria-hidden');
  container.classList.add('map-canvas');
  into.append(container);
  map.resize();
  let active = true;
  void early.styleLoaded.then(() => {
    if (!active) return;
    setMap(map);
    window.__samenkaart = { map };
  });
  return () => {
    active = false;
    setMap(null);
    delete window.__samenkaart;
    map.remove();
  };
}

/** MapLibre reads its UI strings from the map when a control is added. */
function applyUiStrings(map: MapLibreMap, strings: MapUiStrings) {
  map._locale = { ...map._locale, ...strings };
  map.getCanvas().setAttribute('aria-label', strings['Map.Title']);
}
