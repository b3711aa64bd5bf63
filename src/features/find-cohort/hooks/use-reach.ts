import { useMemo } from 'react';
import {
  cohortGauge,
  nearestFeasibleGroup,
  type CohortGauge,
  type FeasibleGroup,
  type StudentSite,
} from '../../../domain/cohort';
import { reachKm, ReachIndex, travelMinutes } from '../../../domain/reach';
import { useIdentity } from '../../../data/queries/identity';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import type { PartnershipRow, SiteRow } from '../../../data/schemas';
import type { Opleiding } from '../../../domain/vocabulary';
import { useFindStore } from '../stores/find-params';

export type ReachItem =
  | {
      kind: 'partnership';
      id: string;
      minutes: number;
      students: number;
      partnership: PartnershipRow;
    }
  | { kind: 'seeker'; id: string; minutes: number; students: number; site: SiteRow };

export interface ReachResult {
  radiusKm: number;
  items: ReachItem[];
  gauge: CohortGauge;
  nearest: FeasibleGroup | null;
}

/** Sites with students for the opleiding, each with its own travel limit for it. */
function studentSites(sites: readonly SiteRow[], opleiding: Opleiding): StudentSite[] {
  return sites.flatMap((s) => {
    const demand = s.demand.find((d) => d.opleiding === opleiding);
    return demand
      ? [
          {
            siteId: s.id,
            organisationId: s.organisation_id,
            organisationName: s.organisation_name,
            place: s.place,
            students: demand.student_count,
            mode: demand.travel_mode,
            maxMinutes: demand.max_minutes,
            lat: s.lat,
            lng: s.lng,
          },
        ]
      : [];
  });
}

const OPEN_STATUSES = new Set(['active', 'forming', 'seeking']);

/**
 * Everything "Zoek een groep" shows for the current search: partnerships and seekers in reach,
 * ranked by estimated travel time, the cohort gauge and the nearest feasible group. Indexes are
 * built once per data set and opleiding; each input change is one indexed query.
 */
export function useReach(): ReachResult | null {
  const { origin, opleiding, students, mode, minutes } = useFindStore();
  // Partnerships first: the map shows them first, and the embedded database answers in order.
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  const { data: identity } = useIdentity();

  const siteIndex = useMemo(
    () => sites && new ReachIndex(studentSites(sites, opleiding)),
    [sites, opleiding],
  );
  const sitesById = useMemo(() => new Map(sites?.map((s) => [s.id, s])), [sites]);
  const partnershipIndex = useMemo(
    () =>
      partnerships &&
      new ReachIndex(
        partnerships.filter(
          (p) => OPEN_STATUSES.has(p.status) && p.opleidingen.includes(opleiding),
        ),
      ),
    [partnerships, opleiding],
  );

  return useMemo(() => {
    if (!origin || !siteIndex || !partnershipIndex) return null;
    const from = {
      lat: origin.lat,
      lng: origin.lng,
      students,
      mode,
      maxMinutes: minutes,
      organisationId: identity?.organisation_id ?? undefined,
    };
    const radiusKm = reachKm(from);
    const partnershipItems: ReachItem[] = partnershipIndex
      .within(from, radiusKm)
      .map(({ item, distanceKm }) => ({
        kind: 'partnership',
        id: item.id,
        minutes: travelMinutes(distanceKm, mode),
        students: item.students[opleiding] ?? 0,
        partnership: item,
      }));
    const seekerItems: ReachItem[] = siteIndex
      .within(from, radiusKm)
      .filter(
        ({ item, distanceKm }) =>
          distanceKm <= reachKm(item) + 0.001 && item.organisationId !== from.organisationId,
      )
      .flatMap(({ item, distanceKm }) => {
        const site = sitesById.get(item.siteId);
        const seeking = site?.seeking.some((r) => r.opleiding === opleiding);
        return site && seeking
          ? [
              {
                kind: 'seeker' as const,
                id: site.id,
                minutes: travelMinutes(distanceKm, mode),
                students: item.students,
                site,
              },
            ]
          : [];
      });
    const gauge = cohortGauge(from, siteIndex);
    return {
      radiusKm,
      items: [...partnershipItems, ...seekerItems].sort((a, b) => a.minutes - b.minutes),
      gauge,
      nearest: gauge.feasible ? null : nearestFeasibleGroup(from, siteIndex),
    };
  }, [
    origin,
    students,
    mode,
    minutes,
    opleiding,
    identity,
    siteIndex,
    partnershipIndex,
    sitesById,
  ]);
}
