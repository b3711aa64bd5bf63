import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distance } from '@turf/turf';

import type { TravelMode } from './vocabulary';

// DESIGN §5: how far students get in a given time, estimated without a routing service.

/** Door-to-door speeds (km/h) of the modes; public transport includes walking and waiting. */
export const SPEED_KMH: Record<TravelMode, number> = { lopen: 4.5, fiets: 14, ov: 20, auto: 40 };

/** Road distance ≈ straight-line distance × 1.3 ("hemelsbreed × 1,3"). */
export const DETOUR_FACTOR = 1.3;

export interface TravelLimit {
  mode: TravelMode;
  maxMinutes: number;
}

export interface Place {
  lat: number;
  lng: number;
}

/** Straight-line distance that can be covered within the limit. */
export function reachKm({ mode, maxMinutes }: TravelLimit): number {
  return ((maxMinutes / 60) * SPEED_KMH[mode]) / DETOUR_FACTOR;
}

/** Estimated travel time in minutes over a straight-line distance. */
export function travelMinutes(distanceKm: number, mode: TravelMode): number {
  return ((distanceKm * DETOUR_FACTOR) / SPEED_KMH[mode]) * 60;
}

/** Great-circle distance in km. */
export function distanceKm(a: Place, b: Place): number {
  return distance([a.lng, a.lat], [b.lng, b.lat], { units: 'kilometers' });
}

/** Two sites are in mutual reach when each is within the other's limit: the stricter one counts. */
export function mutualReachKm(a: TravelLimit, b: TravelLimit): number {
  return Math.min(reachKm(a), reachKm(b));
}

/** Tolerance for coordinates rounded to 5 decimals (~1 m) sitting exactly on a limit. */
const EDGE_KM = 0.001;

export function inMutualReach(a: Place & TravelLimit, b: Place & TravelLimit): boolean {
  return distanceKm(a, b) <= mutualReachKm(a, b) + EDGE_KM;
}

/**
 * A spatial index over places (kdbush + geokdbush), so that a reach query looks only at
 * candidates near the origin instead of scanning everything; candidates are then refined with
 * Turf's distance.
 */
export class ReachIndex<T extends Place> {
  readonly #index: KDBush;

  constructor(readonly items: readonly T[]) {
    this.#index = new KDBush(items.length);
    for (const item of items) this.#index.add(item.lng, item.lat);
    this.#index.finish();
  }

  /** Items within `radiusKm` of the origin, nearest first, with their distance. */
  within(origin: Place, radiusKm: number): { item: T; distanceKm: number }[] {
    if (this.items.length === 0) return [];
    const ids = around(this.#index, origin.lng, origin.lat, Infinity, radiusKm + EDGE_KM);
    return ids
      .map((id) => ({ item: this.items[id]!, distanceKm: distanceKm(origin, this.items[id]!) }))
      .filter((hit) => hit.distanceKm <= radiusKm + EDGE_KM)
      .sort((a, b) => a.distanceKm - b.distanceKm);
  }
}

/** The same query without an index: every item is measured. Baseline for bench/reach. */
export function withinByScan<T extends Place>(
  items: readonly T[],
  origin: Place,
  radiusKm: number,
) {
  return items
    .map((item) => ({ item, distanceKm: distanceKm(origin, item) }))
    .filter((hit) => hit.distanceKm <= radiusKm + EDGE_KM)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}
