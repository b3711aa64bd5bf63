import { create } from 'zustand';
import {
  OPLEIDINGEN,
  TRAVEL_MODES,
  type Opleiding,
  type TravelMode,
} from '../../../domain/vocabulary';

export interface Origin {
  label: string;
  lat: number;
  lng: number;
  /** The municipality it lies in or near, when known (for naming a site there). */
  place?: string;
}

export interface FindParams {
  origin: Origin | null;
  opleiding: Opleiding;
  students: number;
  mode: TravelMode;
  minutes: number;
}

export const DEFAULTS: FindParams = {
  origin: null,
  opleiding: 'groen',
  students: 3,
  mode: 'ov',
  minutes: 30,
};
export const STUDENT_RANGE = { min: 1, max: 20 } as const;
export const MINUTE_RANGE = { min: 5, max: 90 } as const;

const KEYS = ['plaats', 'lat', 'lng', 'opleiding', 'deelnemers', 'vervoer', 'minuten'] as const;

const intIn = (value: string | null, { min, max }: { min: number; max: number }) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** Reads the search from the URL; anything missing or invalid falls back to the default. */
export function parseFindParams(search: string): FindParams {
  const p = new URLSearchParams(search);
  const lat = Number(p.get('lat'));
  const lng = Number(p.get('lng'));
  const hasOrigin =
    p.has('lat') && p.has('lng') && lat >= 50.7 && lat <= 53.6 && lng >= 3.3 && lng <= 7.3;
  const opleiding = p.get('opleiding');
  const mode = p.get('vervoer');
  return {
    origin: hasOrigin
      ? { label: p.get('plaats')?.slice(0, 80) || `${lat.toFixed(3)}, ${lng.toFixed(3)}`, lat, lng }
      : null,
    opleiding: OPLEIDINGEN.find((o) => o === opleiding) ?? DEFAULTS.opleiding,
    students: intIn(p.get('deelnemers'), STUDENT_RANGE) ?? DEFAULTS.students,
    mode: TRAVEL_MODES.find((m) => m === mode) ?? DEFAULTS.mode,
    minutes: intIn(p.get('minuten'), MINUTE_RANGE) ?? DEFAULTS.minutes,
  };
}

/** Writes the search into a query string, keeping parameters other features own. */
export function writeFindParams(params: FindParams, search: string): string {
  const p = new URLSearchParams(search);
  for (const key of KEYS) p.delete(key);
  if (params.origin) {
    p.set('plaats', params.origin.label);
    p.set('lat', params.origin.lat.toFixed(5));
    p.set('lng', params.origin.lng.toFixed(5));
  }
  p.set('opleiding', params.opleiding);
  p.set('deelnemers', String(params.students));
  p.set('vervoer', params.mode);
  p.set('minuten', String(params.minutes));
  const query = p.toString();
  return query ? `?${query}` : '';
}

/** A number field whose text is not a valid value (the URL keeps the last valid one). */
export type InvalidField = 'students' | 'minutes';

interface FindStore extends FindParams {
  /** Fields holding an invalid value right now: no answer is computed meanwhile. */
  invalid: InvalidField[];
  update: (changes: Partial<FindParams>) => void;
  setValidity: (field: InvalidField, valid: boolean) => void;
}

const fromLocation = () =>
  typeof window === 'undefined' ? DEFAULTS : parseFindParams(window.location.search);

/** The "Zoek een groep" search, mirrored in the URL so a view can be shared and reloaded. */
export const useFindStore = create<FindStore>()((set, get) => ({
  ...fromLocation(),
  invalid: [],
  setValidity: (field, valid) =>
    set(({ invalid }) => ({
      invalid: valid ? invalid.filter((f) => f !== field) : [...new Set([...invalid, field])],
    })),
  update: (changes) => {
    set(changes);
    const { origin, opleiding, students, mode, minutes } = get();
    const search = writeFindParams(
      { origin, opleiding, students, mode, minutes },
      window.location.search,
    );
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () =>
    useFindStore.setState(parseFindParams(window.location.search)),
  );
}
