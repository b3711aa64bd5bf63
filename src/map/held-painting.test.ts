import { describe, expect, it } from 'vitest';
import type { Map } from 'maplibre-gl';
import { holdPainting } from './held-painting';

/** A map whose frames are run by hand: `frame()` paints (through its painter) and says so. */
function fakeMap(withPainter = true) {
  let painted = 0;
  let repaintAsked = 0;
  const once = new Set<() => void>();
  const painter = { render: () => void painted++ };
  const map = {
    ...(withPainter ? { painter } : {}),
    once: (type: string, listener: () => void) => {
      if (type === 'render') once.add(listener);
    },
    triggerRepaint: () => void repaintAsked++,
  };
  const frame = () => {
    if (withPainter) map.painter?.render();
    const listeners = [...once];
    once.clear();
    for (const listener of listeners) listener();
  };
  return {
    map: map as unknown as Map,
    frame,
    painted: () => painted,
    repaintAsked: () => repaintAsked,
  };
}

const element = () => ({ style: { visibility: '' } }) as unknown as HTMLElement;

describe('holdPainting', () => {
  it('keeps the map out of sight and unpainted while it loads', () => {
    const fake = fakeMap();
    const container = element();
    holdPainting(fake.map, container);
    fake.frame();
    fake.frame();
    expect(fake.painted()).toBe(0);
    expect(container.style.visibility).toBe('hidden');
  });

  it('shows the map only once a frame has been painted after the release', async () => {
    const fake = fakeMap();
    const container = element();
    const painting = holdPainting(fake.map, container);
    fake.frame();
    const shown = painting.release();
    expect(fake.repaintAsked()).toBe(1);
    expect(container.style.visibility).toBe('hidden');
    fake.frame();
    await shown;
    expect(fake.painted()).toBe(1);
    expect(container.style.visibility).toBe('');
  });

  it('releases once, however often it is asked', async () => {
    const fake = fakeMap();
    const painting = holdPainting(fake.map, element());
    const first = painting.release();
    expect(painting.release()).toBe(first);
    fake.frame();
    await first;
    expect(fake.repaintAsked()).toBe(1);
  });

  it('without a painter to hold (another MapLibre), only keeps the map out of sight', async () => {
    const fake = fakeMap(false);
    const container = element();
    const painting = holdPainting(fake.map, container);
    expect(container.style.visibility).toBe('hidden');
    const shown = painting.release();
    fake.frame();
    await shown;
    expect(container.style.visibility).toBe('');
  });
});
