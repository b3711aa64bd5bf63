import { useMemo } from 'react';
import { standings, suggestActions, type Seeker } from '../../../domain/coverage';
import { OPLEIDINGEN, type Opleiding } from '../../../domain/vocabulary';
import { useCoverageBoard } from '../../../data/queries/coverage';
import { useMatchingNetworks } from '../../../data/queries/matching-network';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { useCoverageParams } from '../stores/coverage-params';

/** The reads the board is made of, for saying where they are (see LoadState). */
export function useCoverageQueries() {
  const { asOf, opleiding } = useCoverageParams();
  return [useCoverageBoard({ asOf, opleiding }), useNetworkSites(), usePartnerships()] as const;
}

/** The board for the current filters, with unmatched seekers and suggested actions. */
export function useCoverageView() {
  const { asOf, opleiding } = useCoverageParams();
  const { data: board } = useCoverageBoard({ asOf, opleiding });
  const { data: sites } = useNetworkSites();

  const networks = useMatchingNetworks();

  // Each open registration asked the same question "Zoek een groep" answers, from its site.
  const seekerStandings = useMemo(() => {
    if (!sites || !networks) return null;
    const seekers: Seeker[] = sites.flatMap((site) =>
      site.seeking
        .filter((r) => !opleiding || r.opleiding === opleiding)
        .map((r) => {
          const limit = site.demand.find((d) => d.opleiding === r.opleiding);
          return {
            id: r.id,
            siteId: site.id,
            organisationId: site.organisation_id,
            organisationName: site.organisation_name,
            provinceCode: site.province_code,
            place: site.place,
            opleiding: r.opleiding,
            students: r.student_count,
            mode: limit?.travel_mode ?? 'ov',
            maxMinutes: limit?.max_minutes ?? 30,
            lat: site.lat,
            lng: site.lng,
          };
        }),
    );
    return standings(seekers, networks);
  }, [sites, networks, opleiding]);
  const unmatched = useMemo(
    () => seekerStandings?.filter((s) => s.outcome === 'unmatched').map((s) => s.seeker) ?? null,
    [seekerStandings],
  );

  return useMemo(() => {
    if (!board) return null;
    const suggestions = seekerStandings
      ? suggestActions(
          board.map((row) => ({
            code: row.code,
            status: row.status,
            ambassadors: row.ambassadors,
          })),
          seekerStandings,
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
  }, [board, unmatched, seekerStandings]);
}
