import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isNarrowScreen } from '../map/narrow-view';

/** Below this width of the map the open legend would take more of it than it explains. */
const ROOM_FOR_OPEN_LEGEND = 704;

/**
 * One legend over the map for the whole view (each journey adds its own group to it). It opens
 * by itself where the map has room for it and stays folded where it has not (a phone, the
 * coverage board's narrower map); once the person opens or folds it, that choice holds.
 */
export function MapLegendBox({ title, children }: { title: string; children: ReactNode }) {
  const box = useRef<HTMLDetailsElement>(null);
  // A first guess before the map area is measured: the side panel is 22rem wide.
  const [roomy, setRoomy] = useState(
    () =>
      typeof window === 'undefined' || // the build's prerender: a wide screen
      (!isNarrowScreen() && window.innerWidth - 352 >= ROOM_FOR_OPEN_LEGEND),
  );
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? roomy;

  useEffect(() => {
    const area = box.current?.closest('.map-area');
    if (!area) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setRoomy(entry.contentRect.width >= ROOM_FOR_OPEN_LEGEND);
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  return (
    <details
      ref={box}
      className="map-legends"
      open={open}
      onToggle={(event) => {
        // Only a person's click changes the choice; React setting `open` also fires toggle.
        if (event.currentTarget.open !== open) setChosen(event.currentTarget.open);
      }}
    >
      <summary>
        <h2>{title}</h2>
      </summary>
      {children}
    </details>
  );
}
