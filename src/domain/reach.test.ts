import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  inMutualReach,
  mutualReachKm,
  reachKm,
  ReachIndex,
  travelMinutes,
  withinByScan,
} from './reach';

/** 1° of latitude on Turf's sphere (R = 6371.0088 km). */
const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;
const north = (from: { lat: number; lng: number }, km: number) => ({
  lat: from.lat + km / KM_PER_DEGREE_LAT,
  lng: from.lng,
});
const utrecht = { lat: 52.0907, lng: 5.1214 };

describe('reachKm', () => {
  it('is minutes × speed ÷ 1.3, per mode (hand-computed)', () => {
    expect(reachKm({ mode: 'ov', maxMinutes: 30 })).toBeCloseTo(7.6923, 4); // 0.5 h × 20 / 1.3
    expect(reachKm({ mode: 'lopen', maxMinutes: 60 })).toBeCloseTo(3.4615, 4); // 4.5 / 1.3
    expect(reachKm({ mode: 'fiets', maxMinutes: 15 })).toBeCloseTo(2.6923, 4); // 0.25 × 14 / 1.3
    expect(reachKm({ mode: 'auto', maxMinutes: 90 })).toBeCloseTo(46.1538, 4); // 1.5 × 40 / 1.3
  });

  it('is the inverse of travelMinutes', () => {
    expect(travelMinutes(10, 'ov')).toBeCloseTo(39, 6); // 10 × 1.3 / 20 × 60
    expect(travelMinutes(reachKm({ mode: 'fiets', maxMinutes: 25 }), 'fiets')).toBeCloseTo(25, 6);
  });
});

describe('mutual reach', () => {
  it('uses the stricter of the two limits', () => {
    expect(
      mutualReachKm({ mode: 'ov', maxMinutes: 30 }, { mode: 'fiets', maxMinutes: 15 }),
    ).toBeCloseTo(2.6923, 4);
  });

  it('includes a site just inside the stricter limit and excludes one just outside', () => {
    const limit = { mode: 'ov' as const, maxMinutes: 30 };
    const origin = { ...utrecht, ...limit };
    const inside = { ...north(utrecht, reachKm(limit) - 0.01), ...limit };
    const outside = { ...north(utrecht, reachKm(limit) + 0.01), ...limit };
    expect(distanceKm(origin, inside)).toBeCloseTo(reachKm(limit) - 0.01, 3);
    expect(inMutualReach(origin, inside)).toBe(true);
    expect(inMutualReach(origin, outside)).toBe(false);
  });

  it('is not mutual when the other site cannot travel as far', () => {
    const origin = { ...utrecht, mode: 'auto' as const, maxMinutes: 60 };
    const walker = { ...north(utrecht, 5), mode: 'lopen' as const, maxMinutes: 30 };
    expect(inMutualReach(origin, walker)).toBe(false);
    expect(inMutualReach(walker, origin)).toBe(false);
  });
});

describe('ReachIndex', () => {
  it('finds nothing in an empty set', () => {
    expect(new ReachIndex([]).within(utrecht, 50)).toEqual([]);
  });

  it('returns exactly what a full scan returns, nearest first', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const places = Array.from({ length: 2000 }, (_, i) => ({
      id: i,
      lat: 50.8 + random() * 2.7,
      lng: 3.4 + random() * 3.8,
    }));
    const index = new ReachIndex(places);
    for (const radius of [2, 7.7, 25]) {
      for (const origin of places.slice(0, 20)) {
        const indexed = index.within(origin, radius).map((h) => h.item.id);
        const scanned = withinByScan(places, origin, radius).map((h) => h.item.id);
        expect(indexed).toEqual(scanned);
      }
    }
  });

  it('handles many sites in one place', () => {
    const same = Array.from({ length: 5 }, (_, i) => ({ id: i, ...utrecht }));
    expect(new ReachIndex(same).within(utrecht, 0.5)).toHaveLength(5);
  });
});
