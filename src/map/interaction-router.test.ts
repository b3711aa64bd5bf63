import { describe, expect, it, vi } from 'vitest';
import { MapInteractionRouter, type RoutedEvent, type RoutedMap } from './interaction-router';

type Listener = (e: RoutedEvent) => void;

/** A map with named layers and, per test, the features "under the pointer" (top-most first). */
function fakeMap(layers: string[]) {
  const listeners = new Map<string, Set<Listener>>();
  let under: { layer: string; id: string }[] = [];
  const canvas = { style: { cursor: '' } };
  const map: RoutedMap = {
    on: (type, l) => listeners.set(type, (listeners.get(type) ?? new Set()).add(l)),
    off: (type, l) => listeners.get(type)?.delete(l),
    getLayer: (id) => (layers.includes(id) ? { id } : undefined),
    queryRenderedFeatures: (_point, options) =>
      under
        .filter((f) => options.layers.includes(f.layer))
        .map((f) => ({ layer: { id: f.layer }, properties: { id: f.id } })),
    getCanvas: () => canvas,
  };
  const fire = (type: string, features: { layer: string; id: string }[] = under) => {
    under = features;
    const e = { point: { x: 10, y: 20 }, lngLat: { lat: 52, lng: 5 } };
    for (const l of listeners.get(type) ?? []) l(e);
  };
  return { map, fire, canvas, listeners };
}

const PRIORITY = { partnership: 30, site: 20, province: 10 };

describe('MapInteractionRouter', () => {
  it('gives a click to the highest-priority layer under the pointer, not the one drawn on top', () => {
    const { map, fire } = fakeMap(['partnership', 'site', 'province']);
    const router = new MapInteractionRouter(map, PRIORITY);
    const onPoint = vi.fn();
    const onProvince = vi.fn();
    const onBackground = vi.fn();
    router.add({ layers: ['partnership', 'site'], onClick: onPoint });
    router.add({ layers: ['province'], onClick: onProvince });
    router.add({ layers: [], onClick: onBackground });

    fire('click', [
      { layer: 'province', id: '26' },
      { layer: 'site', id: 's1' },
    ]);
    expect(onPoint).toHaveBeenCalledOnce();
    expect(onPoint.mock.calls[0]?.[0]).toMatchObject({ layer: 'site', properties: { id: 's1' } });
    expect(onProvince).not.toHaveBeenCalled();
    expect(onBackground).not.toHaveBeenCalled();

    fire('click', [{ layer: 'province', id: '26' }]);
    expect(onProvince).toHaveBeenCalledOnce();
    expect(onBackground).not.toHaveBeenCalled();
  });

  it('within one priority, gives the event to the feature drawn on top', () => {
    const { map, fire } = fakeMap(['seeker', 'site']);
    const router = new MapInteractionRouter(map, { seeker: 20, site: 20 });
    const onClick = vi.fn();
    router.add({ layers: ['seeker', 'site'], onClick });
    fire('click', [
      { layer: 'seeker', id: 'top' },
      { layer: 'site', id: 'below' },
    ]);
    expect(onClick.mock.calls[0]?.[0]).toMatchObject({ properties: { id: 'top' } });
  });

  it('hands clicks that hit nothing routed to the background registrations, with the location', () => {
    const { map, fire } = fakeMap(['partnership', 'province']);
    const router = new MapInteractionRouter(map, PRIORITY);
    const onBackground = vi.fn();
    router.add({ layers: [], onClick: onBackground });
    // The province only shows a tooltip here; a click on it is a click on the map.
    router.add({ layers: ['province'], onHover: vi.fn() });

    fire('click', [{ layer: 'province', id: '26' }]);
    expect(onBackground).toHaveBeenCalledWith(
      null,
      expect.objectContaining({ lngLat: { lat: 52, lng: 5 } }),
    );
  });

  it('ignores layers that are not on the map (yet)', () => {
    const { map, fire } = fakeMap(['province']);
    const router = new MapInteractionRouter(map, PRIORITY);
    const onPoint = vi.fn();
    const onProvince = vi.fn();
    router.add({ layers: ['partnership'], onClick: onPoint });
    router.add({ layers: ['province'], onClick: onProvince });
    fire('click', [
      { layer: 'partnership', id: 'p1' },
      { layer: 'province', id: '26' },
    ]);
    expect(onPoint).not.toHaveBeenCalled();
    expect(onProvince).toHaveBeenCalledOnce();
  });

  it('hovers the top layer only, clears it on leaving, and shows a pointer over clickable layers', () => {
    const { map, fire, canvas } = fakeMap(['partnership', 'province']);
    const router = new MapInteractionRouter(map, PRIORITY);
    const pointHover = vi.fn();
    const provinceHover = vi.fn();
    router.add({ layers: ['partnership'], onHover: pointHover, onClick: vi.fn() });
    router.add({ layers: ['province'], onHover: provinceHover });

    fire('mousemove', [{ layer: 'province', id: '26' }]);
    expect(provinceHover).toHaveBeenLastCalledWith(expect.objectContaining({ layer: 'province' }));
    expect(pointHover).not.toHaveBeenCalled();
    expect(canvas.style.cursor).toBe('');

    fire('mousemove', [
      { layer: 'partnership', id: 'p1' },
      { layer: 'province', id: '26' },
    ]);
    expect(pointHover).toHaveBeenLastCalledWith(expect.objectContaining({ layer: 'partnership' }));
    expect(provinceHover).toHaveBeenLastCalledWith(null);
    expect(canvas.style.cursor).toBe('pointer');

    fire('mouseout', []);
    expect(pointHover).toHaveBeenLastCalledWith(null);
    expect(canvas.style.cursor).toBe('');
    const calls = pointHover.mock.calls.length;
    fire('mousemove', []);
    expect(pointHover).toHaveBeenCalledTimes(calls);
  });

  it('forgets a registration when it is removed, clearing its hover', () => {
    const { map, fire, listeners } = fakeMap(['province']);
    const router = new MapInteractionRouter(map, PRIORITY);
    const onHover = vi.fn();
    const onClick = vi.fn();
    const remove = router.add({ layers: ['province'], onHover, onClick });
    fire('mousemove', [{ layer: 'province', id: '26' }]);
    remove();
    expect(onHover).toHaveBeenLastCalledWith(null);
    fire('click');
    expect(onClick).not.toHaveBeenCalled();
    router.destroy();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
