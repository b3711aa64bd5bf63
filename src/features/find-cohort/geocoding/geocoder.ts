/** A place the user can start from. */
export interface GeocodeResult {
  label: string;
  lat: number;
  lng: number;
  /** What kind of place: a municipality from the bundled list, or a PDOK address/postcode. */
  kind: 'gemeente' | 'woonplaats' | 'postcode' | 'adres';
  province?: string;
}

export type GeocodeProblem =
  'empty' | 'postcode-incomplete' | 'postcode-offline' | 'unknown' | 'unavailable';

export type GeocodeAnswer =
  { ok: true; results: GeocodeResult[] } | { ok: false; problem: GeocodeProblem };

/** One interface for every place search: the bundled gazetteer offline, PDOK online. */
export interface Geocoder {
  search(query: string, signal?: AbortSignal): Promise<GeocodeAnswer>;
}

export const POSTCODE = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$/;
export const POSTCODE_DIGITS_ONLY = /^\s*[0-9]{1,4}\s*[A-Za-z]?\s*$/;
