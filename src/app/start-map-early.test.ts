import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as MapStartModule from '../map/map-start';
import { mapStart, startMapEarly } from './start-map-early';

type Module = typeof MapStartModule;

const moduleWith = (startMap: Module['startMap']) => ({ startMap }) as unknown as Module;

describe('startMapEarly', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the map with the provinces file when its chunk comes in time', async () => {
    const startMap = vi.fn();
    let arrive: (module: Module) => void = () => undefined;
    const chunk = new Promise<Module>((resolve) => (arrive = resolve));
    const started = startMapEarly(chunk, 500);
    await vi.advanceTimersByTimeAsync(300);
    arrive(moduleWith(startMap));
    await expect(started).resolves.toBe(true);
    expect(startMap).toHaveBeenCalledExactlyOnceWith(mapStart);
    expect(mapStart).toMatchObject({ basemap: 'none', provincesUrl: '/geo/provinces.geojson' });
  });

  it('lets the page render without the map when the chunk is late, and does not start it then', async () => {
    const startMap = vi.fn();
    let arrive: (module: Module) => void = () => undefined;
    const chunk = new Promise<Module>((resolve) => (arrive = resolve));
    const started = startMapEarly(chunk, 500);
    await vi.advanceTimersByTimeAsync(500);
    await expect(started).resolves.toBe(false);
    arrive(moduleWith(startMap));
    await vi.advanceTimersByTimeAsync(0);
    expect(startMap).not.toHaveBeenCalled();
  });

  it('lets the page render when the chunk fails to load (the map view says so)', async () => {
    const chunk = Promise.reject(new Error('chunk failed'));
    await expect(startMapEarly(chunk, 500)).resolves.toBe(false);
  });
});
