import { create } from 'zustand';
import { isProvinceCode, type ProvinceCode } from '../domain/provinces';

export const JOURNEYS = ['find', 'coverage', 'partnerships', 'ambassadors'] as const;
export type JourneyId = (typeof JOURNEYS)[number];

/** Dutch paths: the URL is what users share, so it speaks their language. */
export const JOURNEY_PATHS: Record<JourneyId, string> = {
  find: '/',
  coverage: '/dekking',
  partnerships: '/samenwerkingsverbanden',
  ambassadors: '/ambassadeurs',
};

export interface UrlState {
  journey: JourneyId;
  province: ProvinceCode | null;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function parseUrl(pathname: string, search: string): UrlState {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const journey =
    JOURNEYS.find((j) => JOURNEY_PATHS[j] === normalised.toLowerCase()) ?? ('find' as const);
  const provinceParam = new URLSearchParams(search).get('provincie')?.toUpperCase();
  return { journey, province: isProvinceCode(provinceParam) ? provinceParam : null };
}

/** Builds the URL for a state, keeping query parameters other features own. */
export function buildUrl(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (state.province) params.set('provincie', state.province);
  else params.delete('provincie');
  const query = params.toString();
  return `${base}${JOURNEY_PATHS[state.journey]}${query ? `?${query}` : ''}`;
}

interface UrlStore extends UrlState {
  setJourney: (journey: JourneyId) => void;
  selectProvince: (province: ProvinceCode | null) => void;
}

const initial = (): UrlState =>
  typeof window === 'undefined'
    ? { journey: 'find', province: null }
    : parseUrl(window.location.pathname, window.location.search);

export const useUrlState = create<UrlStore>()((set, get) => {
  const navigate = (next: UrlState) => {
    set(next);
    const url = buildUrl(next, window.location.search);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', url);
    }
  };
  return {
    ...initial(),
    setJourney: (journey) => navigate({ journey, province: get().province }),
    selectProvince: (province) => navigate({ journey: get().journey, province }),
  };
});

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    useUrlState.setState(parseUrl(window.location.pathname, window.location.search));
  });
}
