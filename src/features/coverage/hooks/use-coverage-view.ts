import { useMemo } from 'react';
import {
  suggestActions,
  unmatchedSeekers,
  type OpenPartnership,
  type Seeker,
} from '../../../domain/coverage';
import { OPLEIDINGEN, type Opleiding } from '../../../domain/vocabulary';
import { useCoverageBoard } from '../../../data/queries/coverage';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { useCoverageParams } from '../stores/coverage-params';

/** The board for the current filters, with unmatched seekers and suggested actions. */
export function useCoverageView() {
  const { asOf, opleiding } = useCoverageParams();
  const { data: board } = useCoverageBoard({ asOf, opleiding });
  const { data: sites } = useNetworkSites();
  const { data: partnerships } = usePartnerships();

  const unmatched = useMemo(() => {
    if (!sites || !partnerships) return null;
    const seekers: Seeker[] = sites.flatMap((site) =>
      site.seeking
        .filter((r) => !opleiding || r.opleiding === opleiding)
        .map((r) => {
          const limit = site.demand.find((d) => d.opleiding === r.opleiding);
          return {
            id: r.id,
            siteId: site.id,
            organisationName: site.organisation_name,
            provinceCode: site.province_code,
            opleiding: r.opleiding,
            students: r.student_count,
            mode: limit?.travel_mode ?? 'ov',
            maxMinutes: limit?.max_minutes ?? 30,
            lat: site.lat,
            lng: site.lng,
          };
        }),
    );
    const open: OpenPartnership[] = partnerships
      .filter((p) => p.status === 'active' || p.status === 'forming')
      .map((p) => ({ id: p.id, opleidingen: p.opleidingen, lat: p.lat, lng: p.lng }));
    return unmatchedSeekers(seekers, open) as (Seeker & { siteId: string })[];
  }, [sites, partnerships, opleiding]);

  return useMemo(() => {
    if (!board) return null;
    const suggestions = unmatched
      ? suggestActions(
          board.map((row) => ({
            code: row.code,
            status: row.status,
            ambassadors: row.ambassadors,
          })),
          unmatched,
        )
      : [];
    const students = Object.fromEntries(
      OPLEIDINGEN.map((o) => [o, board.reduce((sum, row) => sum + (row.students[o] ?? 0), 0)]),
    ) as Record<Opleiding, number>;
    return {
      board,
      unmatched,
      unmatchedByProvince: (code: string) =>
        unmatched?.filter((s) => s.provinceCode === code).length ?? null,
      suggestions,
      activeProvinces: board.filter((row) => row.status === 'active').length,
      students,
      totalStudents: OPLEIDINGEN.reduce((sum, o) => sum + students[o], 0),
    };
  }, [board, unmatched]);
}
