import { useState, type ReactNode } from 'react';

const wideScreen = () => window.matchMedia('(min-width: 48rem)').matches;

/**
 * One legend over the map for the whole view (each journey adds its own group to it), open on
 * wide screens and folded on narrow ones, where it would cover most of the map.
 */
export function MapLegendBox({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(wideScreen);
  return (
    <details
      className="map-legends"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2>{title}</h2>
      </summary>
      {children}
    </details>
  );
}
