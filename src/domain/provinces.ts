/** The 12 Dutch provinces by CBS code (CBS Gebiedsindelingen 2025). */
export const PROVINCE_CODES = [
  'PV20',
  'PV21',
  'PV22',
  'PV23',
  'PV24',
  'PV25',
  'PV26',
  'PV27',
  'PV28',
  'PV29',
  'PV30',
  'PV31',
] as const;

export type ProvinceCode = (typeof PROVINCE_CODES)[number];

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}

export type LngLat = [lng: number, lat: number];
export type BBox = [west: number, south: number, east: number, north: number];

export interface ProvinceProperties {
  code: ProvinceCode;
  name: string;
  label: LngLat;
  bbox: BBox;
}

type Position = number[];
export type ProvinceGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface ProvinceFeature {
  type: 'Feature';
  id: ProvinceCode;
  properties: ProvinceProperties;
  geometry: ProvinceGeometry;
}

export interface ProvinceCollection {
  type: 'FeatureCollection';
  features: ProvinceFeature[];
}

/** The Netherlands' mainland and islands, with a little margin, for the initial camera. */
export const NETHERLANDS_BBOX: BBox = [3.3, 50.75, 7.23, 53.56];

/** Whether a point on the map can be a place in the Netherlands at all (a cheap first check). */
export function isInNetherlandsArea(lat: number, lng: number): boolean {
  return lat >= 50.7 && lat <= 53.6 && lng >= 3.3 && lng <= 7.3;
}

/** One point feature at each province's label point, carrying its code and name. */
export function provinceLabelPoints(provinces: ProvinceCollection) {
  return provinces.features.map((f) => ({
    type: 'Feature' as const,
    id: f.id,
    properties: { code: f.properties.code, name: f.properties.name },
    geometry: { type: 'Point' as const, coordinates: f.properties.label },
  }));
}

/**
 * Province areas and their label points in one collection, so the map tiles one source:
 * fill and line layers draw the polygons, the label layer only the points.
 */
export function provincesWithLabelPoints(provinces: ProvinceCollection): ProvinceMapData {
  let data = mapDataCache.get(provinces);
  if (!data) {
    data = {
      type: 'FeatureCollection',
      features: [...provinces.features, ...provinceLabelPoints(provinces)],
    };
    mapDataCache.set(provinces, data);
  }
  return data;
}

export interface ProvinceMapData {
  type: 'FeatureCollection';
  features: (ProvinceFeature | ReturnType<typeof provinceLabelPoints>[number])[];
}
// The same boundaries give the same object, so a map source that already holds them is kept.
const mapDataCache = new WeakMap<ProvinceCollection, ProvinceMapData>();

/** Provinces in alphabetical order of name, as Dutch readers expect them in a list. */
export function sortProvincesByName(provinces: readonly ProvinceFeature[]): ProvinceFeature[] {
  return [...provinces].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, 'nl', { sensitivity: 'base' }),
  );
}
