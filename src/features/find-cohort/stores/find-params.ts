import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Opleiding, TravelMode } from '../../../domain/vocabulary';
import type { FindSearch } from '../../../lib/search-params';

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

/** The search as the route checked it, with the defaults for what is not given. */
export function findParams(search: FindSearch): FindParams {
  return {
    origin:
      search.lat !== undefined && search.lng !== undefined
        ? {
            label: search.plaats ?? `${search.lat.toFixed(3)}, ${search.lng.toFixed(3)}`,
            lat: search.lat,
            lng: search.lng,
            place: search.plaats,
          }
        : null,
    opleiding: search.opleiding ?? DEFAULTS.opleiding,
    students: search.deelnemers ?? DEFAULTS.students,
    mode: search.vervoer ?? DEFAULTS.mode,
    minutes: search.minuten ?? DEFAULTS.minutes,
  };
}

/**
 * The search after a change, as URL parameters. Once there is a starting point the link carries
 * every value, so whoever opens it sees the same answer even if the defaults change later.
 */
export function nextFindSearch(current: FindSearch, changes: Partial<FindParams>): FindSearch {
  const next = { ...findParams(current), ...changes };
  return {
    ...current,
    ...(next.origin ? findSearchChanges(next) : findSearchChanges(changes)),
  };
}

/** Changes to the search as URL parameters. */
export function findSearchChanges(changes: Partial<FindParams>): Partial<FindSearch> {
  const out: Partial<FindSearch> = {};
  if ('origin' in changes) {
    out.plaats = changes.origin?.label;
    out.lat = changes.origin ? Number(changes.origin.lat.toFixed(5)) : undefined;
    out.lng = changes.origin ? Number(changes.origin.lng.toFixed(5)) : undefined;
  }
  if (changes.opleiding) out.opleiding = changes.opleiding;
  if (changes.students !== undefined) out.deelnemers = changes.students;
  if (changes.mode) out.vervoer = changes.mode;
  if (changes.minutes !== undefined) out.minuten = changes.minutes;
  return out;
}

/** A number field whose text is not a valid value (the URL keeps the last valid one). */
export type InvalidField = 'students' | 'minutes';

/** UI state only: which fields hold an invalid value right now (no answer is computed). */
const useValidity = create<{
  invalid: InvalidField[];
  setValidity: (field: InvalidField, valid: boolean) => void;
}>()((set) => ({
  invalid: [],
  setValidity: (field, valid) =>
    set(({ invalid }) => ({
      invalid: valid ? invalid.filter((f) => f !== field) : [...new Set([...invalid, field])],
    })),
}));

export interface FindStore extends FindParams {
  invalid: InvalidField[];
  update: (changes: Partial<FindParams>) => void;
  setValidity: (field: InvalidField, valid: boolean) => void;
}

/**
 * The "Zoek een groep" search: in the URL (checked by the route), so a view can be shared and
 * reloaded; each change replaces the URL rather than adding to the history.
 */
export function useFindStore<T = FindStore>(selector?: (store: FindStore) => T): T {
  const search = useSearch({ from: '/' });
  const navigate = useNavigate({ from: '/' });
  const { invalid, setValidity } = useValidity();
  const store = useMemo<FindStore>(
    () => ({
      ...findParams(search),
      invalid,
      setValidity,
      update: (changes) =>
        void navigate({
          search: (prev) => nextFindSearch(prev, changes),
          replace: true,
        }),
    }),
    [search, invalid, setValidity, navigate],
  );
  return selector ? selector(store) : (store as T);
}
