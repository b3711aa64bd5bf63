import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { COVERAGE_STATUSES, type CoverageStatus, type Opleiding } from '../../../domain/vocabulary';
import type { CoverageSearch } from '../../../lib/search-params';

export const STATUSES = COVERAGE_STATUSES;

export interface CoverageParams {
  /** Day the board shows (YYYY-MM-DD), null for today. */
  asOf: string | null;
  /** One opleiding, or null for all three. */
  opleiding: Opleiding | null;
  /** Statuses shown in the table; all when empty. */
  statuses: CoverageStatus[];
}

export function coverageParams(search: CoverageSearch): CoverageParams {
  return {
    asOf: search.datum ?? null,
    opleiding: search.opleiding && search.opleiding !== 'alle' ? search.opleiding : null,
    statuses: (search.status?.split(',') ?? []).filter((s): s is CoverageStatus =>
      (STATUSES as readonly string[]).includes(s),
    ),
  };
}

export function coverageSearchChanges(changes: Partial<CoverageParams>): Partial<CoverageSearch> {
  const out: Partial<CoverageSearch> = {};
  if ('asOf' in changes) out.datum = changes.asOf ?? undefined;
  if ('opleiding' in changes) out.opleiding = changes.opleiding ?? 'alle';
  if (changes.statuses) out.status = changes.statuses.join(',') || undefined;
  return out;
}

interface CoverageStore extends CoverageParams {
  update: (changes: Partial<CoverageParams>) => void;
}

/** Filters of the coverage board, in the URL (checked by the route) so the view can be shared. */
export function useCoverageParams<T = CoverageStore>(selector?: (store: CoverageStore) => T): T {
  const search = useSearch({ from: '/dekking' });
  const navigate = useNavigate({ from: '/dekking' });
  const store = useMemo<CoverageStore>(
    () => ({
      ...coverageParams(search),
      update: (changes) =>
        void navigate({
          search: (prev) => ({ ...prev, ...coverageSearchChanges(changes) }),
          replace: true,
        }),
    }),
    [search, navigate],
  );
  return selector ? selector(store) : (store as T);
}
