import { create } from 'zustand';
import type { ProvinceCode } from '../../../domain/provinces';

/** Which province the pointer or keyboard focus is on, so map and list highlight together. */
export interface ProvinceHover {
  code: ProvinceCode;
  /** Pointer position in map pixels; absent when the hover comes from the list. */
  point?: [x: number, y: number];
}

interface ProvinceHoverStore {
  hovered: ProvinceHover | null;
  setHovered: (hovered: ProvinceHover | null) => void;
}

export const useProvinceHover = create<ProvinceHoverStore>()((set) => ({
  hovered: null,
  setHovered: (hovered) => set({ hovered }),
}));
