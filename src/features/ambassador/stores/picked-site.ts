import { create } from 'zustand';

export interface PickedSite {
  lat: number;
  lng: number;
  place: string;
}

/** The newcomer's site location, picked on the map on the invitation page. */
export const usePickedSite = create<{
  site: PickedSite | null;
  pick: (site: PickedSite) => void;
}>()((set) => ({
  site: null,
  pick: (site) => set({ site }),
}));
