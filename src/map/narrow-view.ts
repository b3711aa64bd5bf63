import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { create } from 'zustand';

/** Below this width the panel and the map take turns on one screen ("Lijst" / "Kaart"). */
export const NARROW_SCREEN = '(max-width: 48rem)';

// The build's prerender has no screen: it renders the wide page.
export const isNarrowScreen = () =>
  typeof window !== 'undefined' && window.matchMedia(NARROW_SCREEN).matches;

export type NarrowView = 'list' | 'map';

interface NarrowViewStore {
  view: NarrowView;
  show: (view: NarrowView) => void;
}

/** Which of the two a narrow screen shows; the panel comes first. Wide screens show both. */
export const useNarrowView = create<NarrowViewStore>()((set) => ({
  view: 'list',
  show: (view) => set({ view }),
}));

/** The "Kaart" button of the switch: where focus goes when an action brings up the map view. */
export const MAP_VIEW_BUTTON_ID = 'narrow-view-map';

/**
 * On a narrow screen, brings the map view up at once (rendered before this returns, so the
 * camera and focus can follow). Returns whether it switched; wide screens show the map anyway.
 */
export function useSwitchToMapView() {
  const show = useNarrowView((s) => s.show);
  return useCallback(() => {
    if (!isNarrowScreen()) return false;
    flushSync(() => show('map'));
    return true;
  }, [show]);
}

/**
 * For actions whose result is on the map (a province from the coverage table): the map view
 * comes up with focus on its button in the switch, so the change never happens out of sight.
 */
export function useBringMapIntoView() {
  const switchToMap = useSwitchToMapView();
  return useCallback(() => {
    if (switchToMap()) document.getElementById(MAP_VIEW_BUTTON_ID)?.focus();
  }, [switchToMap]);
}
