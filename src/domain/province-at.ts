import { booleanPointInPolygon } from '@turf/turf';
import type { ProvinceCollection, ProvinceFeature } from './provinces';

/** The province a point lies in, or null outside them all (the sea, abroad). */
export function provinceAt(
  provinces: ProvinceCollection,
  lat: number,
  lng: number,
): ProvinceFeature | null {
  const point: [number, number] = [lng, lat];
  return (
    provinces.features.find((f) => {
      const [west, south, east, north] = f.properties.bbox;
      return (
        lng >= west &&
        lng <= east &&
        lat >= south &&
        lat <= north &&
        booleanPointInPolygon(point, f.geometry)
      );
    }) ?? null
  );
}
