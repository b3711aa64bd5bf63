import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';
import type { Opleiding } from '../../domain/vocabulary';

export interface CoverageFilter {
  asOf: string | null;
  opleiding: Opleiding | null;
}

export const getCoverageBoardQueryOptions = (
  port: DataPort | null,
  identity: string,
  filter: CoverageFilter,
) =>
  queryOptions({
    queryKey: queryKeys.db.coverageBoard(identity, filter),
    queryFn: () =>
      port!.coverageBoard({
        ...(filter.asOf ? { as_of: filter.asOf } : {}),
        opleiding: filter.opleiding,
      }),
    enabled: port !== null,
  });

/**
 * While another day or opleiding loads, the board keeps showing the last one (for the same
 * person only), so the filters stay on screen with the focus and what was typed in them.
 */
const sameIdentityPrevious =
  (identity: string) =>
  <T>(previous: T | undefined, query: { queryKey: readonly unknown[] } | undefined) =>
    query?.queryKey[1] === identity ? previous : undefined;

/** The coverage board per province for a day and opleiding (null: today, all). */
export function useCoverageBoard(filter: CoverageFilter) {
  const { port, identity } = useDataPort();
  return useQuery({
    ...getCoverageBoardQueryOptions(port, identity, filter),
    placeholderData: sameIdentityPrevious(identity),
  });
}

export const getCoverageTimelineQueryOptions = (
  port: DataPort | null,
  identity: string,
  toDay: string | null,
) =>
  queryOptions({
    queryKey: queryKeys.db.coverageTimeline(identity, toDay),
    queryFn: () =>
      port!.coverageTimeline({
        from_day: '2021-01-01',
        step_months: 3,
        ...(toDay ? { to_day: toDay } : {}),
      }),
    enabled: port !== null,
  });

/** Provinces covered over time, quarterly since 2021. */
export function useCoverageTimeline(toDay: string | null) {
  const { port, identity } = useDataPort();
  return useQuery({
    ...getCoverageTimelineQueryOptions(port, identity, toDay),
    placeholderData: sameIdentityPrevious(identity),
  });
}
