import type { Map } from 'maplibre-gl';

/** Painting held back by `holdPainting`; `release` resolves once a painted frame is on screen. */
export interface HeldPainting {
  release(): Promise<void>;
}

interface Painter {
  render: (...args: never[]) => void;
}

/**
 * Keeps a starting map from painting, and out of sight, until `release`: the map still loads
 * its sources and tiles (it keeps its size, hidden with `visibility`), but draws no frame of a
 * half-loaded map. On a slow machine each such frame cost about as much CPU as the full one, and
 * took it from MapLibre's worker, which was still preparing what the full frame needs. MapLibre
 * has no public switch for this: its painter is asked to skip. Without that painter (another
 * MapLibre version) the map only stays out of sight.
 */
export function holdPainting(map: Map, container: HTMLElement): HeldPainting {
  container.style.visibility = 'hidden';
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  const paint = typeof painter?.render === 'function' ? painter.render : null;
  if (painter && paint) painter.render = () => undefined;
  let released: Promise<void> | null = null;
  return {
    release: () =>
      (released ??= new Promise<void>((resolve) => {
        if (painter && paint) painter.render = paint;
        // Shown after a frame has been painted, never with a canvas that was not drawn on.
        map.once('render', () => {
          container.style.visibility = '';
          resolve();
        });
        map.triggerRepaint();
      })),
  };
}
