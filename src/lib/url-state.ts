import { create } from 'zustand';
import { isProvinceCode, type ProvinceCode } from '../domain/provinces';

export const JOURNEYS = ['find', 'coverage', 'partnerships', 'ambassadors', 'invitation'] as const;
export type JourneyId = (typeof JOURNEYS)[number];

/** Dutch paths: the URL is what users share, so it speaks their language. */
export const JOURNEY_PATHS: Record<JourneyId, string> = {
  find: '/',
  coverage: '/dekking',
  partnerships: '/samenwerkingsverbanden',
  ambassadors: '/ambassadeurs',
  /** Opened from an invitation link; not in the navigation. */
  invitation: '/uitnodiging',
};

/** A partnership or site picked on the map or in a list. */
export type Selection = { kind: 'partnership' | 'site'; id: string } | null;

export interface UrlState {
  journey: JourneyId;
  province: ProvinceCode | null;
  selection: Selection;
}

const SELECTION_PARAMS = { partnership: 'verband', site: 'locatie' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function parseUrl(pathname: string, search: string): UrlState {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const journey =
    JOURNEYS.find((j) => JOURNEY_PATHS[j] === normalised.toLowerCase()) ?? ('find' as const);
  const params = new URLSearchParams(search);
  const provinceParam = params.get('provincie')?.toUpperCase();
  const partnership = params.get(SELECTION_PARAMS.partnership);
  const site = params.get(SELECTION_PARAMS.site);
  const selection: Selection =
    partnership && UUID.test(partnership)
      ? { kind: 'partnership', id: partnership.toLowerCase() }
      : site && UUID.test(site)
        ? { kind: 'site', id: site.toLowerCase() }
        : null;
  return { journey, province: isProvinceCode(provinceParam) ? provinceParam : null, selection };
}

/** Builds the URL for a state, keeping query parameters other features own. */
export function buildUrl(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (state.province) params.set('provincie', state.province);
  else params.delete('provincie');
  params.delete(SELECTION_PARAMS.partnership);
  params.delete(SELECTION_PARAMS.site);
  if (state.selection) params.set(SELECTION_PARAMS[state.selection.kind], state.selection.id);
  const query = params.toString();
  return `${base}${JOURNEY_PATHS[state.journey]}${query ? `?${query}` : ''}`;
}

interface UrlStore extends UrlState {
  setJourney: (journey: JourneyId) => void;
  selectProvince: (province: ProvinceCode | null) => void;
  select: (selection: Selection) => void;
}

const initial = (): UrlState =>
  typeof window === 'undefined'
    ? { journey: 'find', province: null, selection: null }
    : parseUrl(window.location.pathname, window.location.search);

export const useUrlState = create<UrlStore>()((set, get) => {
  const navigate = (next: UrlState) => {
    set(next);
    const url = buildUrl(next, window.location.search);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', url);
    }
  };
  const current = (): UrlState => {
    const { journey, province, selection } = get();
    return { journey, province, selection };
  };
  return {
    ...initial(),
    setJourney: (journey) => navigate({ ...current(), journey }),
    selectProvince: (province) => navigate({ ...current(), province, selection: null }),
    select: (selection) => navigate({ ...current(), selection }),
  };
});

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    useUrlState.setState(parseUrl(window.location.pathname, window.location.search));
  });
}
