import { useRouter, useRouterState } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { ProvinceCode } from '../domain/provinces';
import type { MapSearch } from './search-params';

export const JOURNEYS = [
  'find',
  'coverage',
  'partnerships',
  'ambassadors',
  'knowledge',
  'invitation',
] as const;
export type JourneyId = (typeof JOURNEYS)[number];

/** Dutch paths: the URL is what users share, so it speaks their language. */
export const JOURNEY_PATHS = {
  find: '/',
  coverage: '/dekking',
  partnerships: '/verbanden',
  ambassadors: '/ambassadeurs',
  knowledge: '/kennis',
  /** Opened from an invitation link; not in the navigation. */
  invitation: '/uitnodiging',
} as const satisfies Record<JourneyId, string>;

/** A partnership's own page (`/verbanden/$id`) belongs to the partnerships journey. */
const JOURNEY_OF_ROUTE = new Map<string, JourneyId>([
  ...JOURNEYS.map((journey) => [JOURNEY_PATHS[journey], journey] as const),
  ['/verbanden/$id', 'partnerships'],
  ['/kennis/$slug', 'knowledge'],
  ['/kennis/vragen/$id', 'knowledge'],
  ['/kennis/bijeenkomsten/$id', 'knowledge'],
]);

/** A partnership or site picked on the map or in a list. */
export type Selection = { kind: 'partnership' | 'site'; id: string } | null;

export interface UrlState {
  journey: JourneyId;
  province: ProvinceCode | null;
  selection: Selection;
}

interface UrlActions {
  /** Goes to a journey, taking along only what is on the map (province, selection). */
  setJourney: (journey: JourneyId) => void;
  selectProvince: (province: ProvinceCode | null) => void;
  select: (selection: Selection) => void;
}

export type UrlStore = UrlState & UrlActions;

function fromSearch(routeId: string | undefined, search: MapSearch): UrlState {
  const selection: Selection = search.verband
    ? { kind: 'partnership', id: search.verband }
    : search.locatie
      ? { kind: 'site', id: search.locatie }
      : null;
  return {
    journey: JOURNEY_OF_ROUTE.get(routeId ?? '/') ?? 'find',
    province: search.provincie ?? null,
    selection,
  };
}

/**
 * The journey, province and selection in the URL, read from the router (each route checks its
 * search with zod, see search-params.ts) with a selector, as a small store would offer them.
 */
export function useUrlState<T>(selector: (store: UrlStore) => T): T {
  const router = useRouter();
  const state = useRouterState({
    select: (s) => {
      const match = s.matches[s.matches.length - 1];
      return fromSearch(match?.routeId, (match?.search ?? {}) as MapSearch);
    },
    structuralSharing: true,
  });
  const actions = useMemo<UrlActions>(() => {
    const mapSearch = (search: MapSearch) => ({
      provincie: search.provincie,
      verband: search.verband,
      locatie: search.locatie,
    });
    return {
      setJourney: (journey) =>
        void router.navigate({
          to: JOURNEY_PATHS[journey],
          search: (prev: MapSearch) => mapSearch(prev),
        }),
      selectProvince: (province) =>
        void router.navigate({
          to: '.',
          search: (prev: MapSearch) => ({
            ...prev,
            provincie: province ?? undefined,
            verband: undefined,
            locatie: undefined,
          }),
        }),
      select: (selection) =>
        void router.navigate({
          to: '.',
          search: (prev: MapSearch) => ({
            ...prev,
            verband: selection?.kind === 'partnership' ? selection.id : undefined,
            locatie: selection?.kind === 'site' ? selection.id : undefined,
          }),
        }),
    };
  }, [router]);
  return selector({ ...state, ...actions });
}
