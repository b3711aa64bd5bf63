import { create } from 'zustand';
import {
  COVERAGE_STATUSES,
  OPLEIDINGEN,
  type CoverageStatus,
  type Opleiding,
} from '../../../domain/vocabulary';

export const STATUSES = COVERAGE_STATUSES;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface CoverageParams {
  /** Day the board shows (YYYY-MM-DD), null for today. */
  asOf: string | null;
  /** One opleiding, or null for all three. */
  opleiding: Opleiding | null;
  /** Statuses shown in the table; all when empty. */
  statuses: CoverageStatus[];
}

export function parseCoverageParams(search: string): CoverageParams {
  const p = new URLSearchParams(search);
  const day = p.get('datum');
  const opleiding = p.get('opleiding');
  const statuses = (p.get('status') ?? '')
    .split(',')
    .filter((s): s is CoverageStatus => STATUSES.includes(s as CoverageStatus));
  return {
    asOf: day && ISO_DAY.test(day) && !Number.isNaN(Date.parse(day)) ? day : null,
    opleiding: OPLEIDINGEN.find((o) => o === opleiding) ?? null,
    statuses,
  };
}

export function writeCoverageParams(params: CoverageParams, search: string): string {
  const p = new URLSearchParams(search);
  if (params.asOf) p.set('datum', params.asOf);
  else p.delete('datum');
  if (params.opleiding) p.set('opleiding', params.opleiding);
  else p.set('opleiding', 'alle');
  if (params.statuses.length) p.set('status', params.statuses.join(','));
  else p.delete('status');
  const query = p.toString();
  return query ? `?${query}` : '';
}

interface CoverageStore extends CoverageParams {
  update: (changes: Partial<CoverageParams>) => void;
}

/** Filters of the coverage board, mirrored in the URL so the view can be shared. */
export const useCoverageParams = create<CoverageStore>()((set, get) => ({
  ...(typeof window === 'undefined'
    ? { asOf: null, opleiding: null, statuses: [] }
    : parseCoverageParams(window.location.search)),
  update: (changes) => {
    set(changes);
    const { asOf, opleiding, statuses } = get();
    const search = writeCoverageParams({ asOf, opleiding, statuses }, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () =>
    useCoverageParams.setState(parseCoverageParams(window.location.search)),
  );
}
