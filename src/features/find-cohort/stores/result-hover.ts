import { create } from 'zustand';

export interface HoveredResult {
  kind: 'partnership' | 'site';
  id: string;
}

/** The result under the pointer or keyboard focus, highlighted on the map and in the list. */
export const useResultHover = create<{
  hovered: HoveredResult | null;
  setHovered: (hovered: HoveredResult | null) => void;
}>()((set) => ({ hovered: null, setHovered: (hovered) => set({ hovered }) }));
