import { reachesGroup, type MatchingNetwork } from './matching/network';
import type { JoinOption, MatchRequest, NewGroupOption } from './matching/types';
import { distanceKm } from './reach';
import type { CoverageStatus, Opleiding } from './vocabulary';

/** A registered seeker: where its students are, how many, how far they travel. */
export interface Seeker extends MatchRequest {
  id: string;
  siteId: string;
  organisationId: string;
  organisationName: string;
  provinceCode: string;
  opleiding: Opleiding;
}

/**
 * Where a seeker stands in the matching model (the same answer "Zoek een groep" gives it):
 * it can join a partnership of 10 within its reach, it can form a new group of 10 with others
 * there, or it is unmatched — no option brings 10 together within its limit.
 */
export type SeekerStanding =
  | { seeker: Seeker; outcome: 'can-join'; option: JoinOption }
  | { seeker: Seeker; outcome: 'can-form'; option: NewGroupOption }
  | { seeker: Seeker; outcome: 'unmatched' };

export function standings(
  seekers: readonly Seeker[],
  networks: Readonly<Record<Opleiding, MatchingNetwork>>,
): SeekerStanding[] {
  return seekers.map((seeker) => {
    const best = networks[seeker.opleiding].match(seeker)?.best ?? null;
    if (best && reachesGroup(best)) {
      return best.kind === 'join'
        ? { seeker, outcome: 'can-join', option: best }
        : { seeker, outcome: 'can-form', option: best };
    }
    return { seeker, outcome: 'unmatched' };
  });
}

export type Suggestion =
  | {
      kind: 'seekers-could-form';
      provinceCode: string;
      opleiding: Opleiding;
      place: string;
      seekers: number;
      students: number;
      ambassadors: readonly string[];
    }
  | {
      kind: 'seeker-can-join';
      provinceCode: string;
      opleiding: Opleiding;
      organisationName: string;
      partnershipName: string;
      students: number;
      ambassadors: readonly string[];
    }
  | {
      kind: 'seeker-alone';
      provinceCode: string;
      opleiding: Opleiding;
      organisationName: string;
      students: number;
      nearestOtherKm: number | null;
      ambassadors: readonly string[];
    }
  | { kind: 'no-ambassador'; provinceCode: string }
  | { kind: 'nothing-yet'; provinceCode: string };

export interface ProvinceCoverage {
  code: string;
  status: CoverageStatus;
  ambassadors: readonly string[];
}

/**
 * What the AvZ coordinator could do, per province, from the seekers' standings: propose a new
 * partnership where seekers can form a group of 10 (once per meeting place), take a seeker into
 * a partnership it can join, follow up a seeker no group is within reach of, find an ambassador,
 * or inform a province where nothing has started. Most students first.
 */
export function suggestActions(
  provinces: readonly ProvinceCoverage[],
  seekerStandings: readonly SeekerStanding[],
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const province of provinces) {
    const here = seekerStandings.filter((s) => s.seeker.provinceCode === province.code);
    const ambassadors = province.ambassadors;
    const groups = new Map<
      string,
      { opleiding: Opleiding; place: string; seekers: number; students: number }
    >();
    for (const standing of here) {
      const { seeker } = standing;
      if (standing.outcome === 'can-form') {
        // Seekers who would meet in the same group are one suggestion, wherever each one's
        // best meeting point is.
        const members = [
          seeker.organisationId,
          ...standing.option.others.filter((o) => o.seeking).map((o) => o.organisationId),
        ].sort();
        const key = `${seeker.opleiding}|${members.join(',')}`;
        const group = groups.get(key);
        if (group) group.students = Math.max(group.students, standing.option.total);
        else
          groups.set(key, {
            opleiding: seeker.opleiding,
            place: standing.option.meetingPoint.place || seeker.place || '',
            seekers: members.length,
            students: standing.option.total,
          });
      } else if (standing.outcome === 'can-join') {
        suggestions.push({
          kind: 'seeker-can-join',
          provinceCode: province.code,
          opleiding: seeker.opleiding,
          organisationName: seeker.organisationName,
          partnershipName: standing.option.partnership.name,
          students: seeker.students,
          ambassadors,
        });
      } else {
        const others = here
          .filter((o) => o.seeker !== seeker && o.seeker.opleiding === seeker.opleiding)
          .map((o) => distanceKm(seeker, o.seeker));
        suggestions.push({
          kind: 'seeker-alone',
          provinceCode: province.code,
          opleiding: seeker.opleiding,
          organisationName: seeker.organisationName,
          students: seeker.students,
          nearestOtherKm: others.length ? Math.min(...others) : null,
          ambassadors,
        });
      }
    }
    for (const group of groups.values()) {
      suggestions.push({
        kind: 'seekers-could-form',
        provinceCode: province.code,
        opleiding: group.opleiding,
        place: group.place,
        seekers: group.seekers,
        students: group.students,
        ambassadors,
      });
    }
    if (ambassadors.length === 0)
      suggestions.push({ kind: 'no-ambassador', provinceCode: province.code });
    if (province.status === 'empty')
      suggestions.push({ kind: 'nothing-yet', provinceCode: province.code });
  }
  const weight = (s: Suggestion) => ('students' in s ? s.students : 0);
  return suggestions.sort((a, b) => weight(b) - weight(a));
}
