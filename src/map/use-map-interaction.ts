import { useEffect } from 'react';
import type { Map } from 'maplibre-gl';
import { MapInteractionRouter, type MapInteraction } from './interaction-router';
import { LAYER_PRIORITY } from './layers/priority';
import { useMap } from './map-context';

const routers = new WeakMap<Map, MapInteractionRouter>();

function routerFor(map: Map): MapInteractionRouter {
  let router = routers.get(map);
  if (!router) {
    router = new MapInteractionRouter(map, LAYER_PRIORITY);
    routers.set(map, router);
  }
  return router;
}

/**
 * Registers what a feature does on clicks and hovers of its layers; null registers nothing.
 * Pass a memoised object: a new one re-registers.
 */
export function useMapInteraction(interaction: MapInteraction | null) {
  const map = useMap();
  useEffect(() => {
    if (!map || !interaction) return;
    return routerFor(map).add(interaction);
  }, [map, interaction]);
}
