import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The element in the map area where journeys put their own legends (set by the shell). */
export const MapLegendTarget = createContext<HTMLElement | null>(null);

/** Puts a journey's own legend beside the shared one, in the map area the shell owns. */
export function MapLegendSlot({ children }: { children: ReactNode }) {
  const target = useContext(MapLegendTarget);
  return target ? createPortal(children, target) : null;
}
