import {
  distanceKm,
  inMutualReach,
  reachKm,
  ReachIndex,
  type Place,
  type TravelLimit,
} from './reach';
import type { CoverageStatus, Opleiding } from './vocabulary';

/** A registered seeker, with the travel limit its students have. */
export interface Seeker extends Place, TravelLimit {
  id: string;
  organisationName: string;
  provinceCode: string;
  opleiding: Opleiding;
  students: number;
}

/** An active or forming partnership where students could go: its meeting site. */
export interface OpenPartnership extends Place {
  id: string;
  opleidingen: readonly Opleiding[];
}

/**
 * Seekers that no active or forming partnership of their opleiding can take in: none meets
 * within the seeker's travel limit (a partnership has no limit of its own, so the seeker's counts).
 */
export function unmatchedSeekers(
  seekers: readonly Seeker[],
  partnerships: readonly OpenPartnership[],
): Seeker[] {
  const index = new ReachIndex(partnerships);
  return seekers.filter(
    (seeker) =>
      !index
        .within(seeker, reachKm(seeker))
        .some(({ item }) => item.opleidingen.includes(seeker.opleiding)),
  );
}

export type Suggestion =
  | {
      kind: 'seekers-could-form';
      provinceCode: string;
      opleiding: Opleiding;
      seekers: number;
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

/** The largest group of seekers that are all in mutual reach of its first member. */
function largestGroup(seekers: readonly Seeker[]): Seeker[] {
  let best: Seeker[] = [];
  for (const anchor of seekers) {
    const group = seekers.filter((s) => s === anchor || inMutualReach(anchor, s));
    if (group.length > best.length) best = group;
  }
  return best;
}

/**
 * What the AvZ coordinator could do, per province: bring unmatched seekers of one opleiding that
 * can reach each other together, follow up a seeker on their own, find an ambassador, or inform
 * a province where nothing has started. Most students first.
 */
export function suggestActions(
  provinces: readonly ProvinceCoverage[],
  unmatched: readonly Seeker[],
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const province of provinces) {
    const here = unmatched.filter((s) => s.provinceCode === province.code);
    const opleidingen = [...new Set(here.map((s) => s.opleiding))].sort();
    for (const opleiding of opleidingen) {
      const candidates = here.filter((s) => s.opleiding === opleiding);
      const group = largestGroup(candidates);
      if (group.length >= 2) {
        suggestions.push({
          kind: 'seekers-could-form',
          provinceCode: province.code,
          opleiding,
          seekers: group.length,
          students: group.reduce((sum, s) => sum + s.students, 0),
          ambassadors: province.ambassadors,
        });
      }
      for (const seeker of candidates.filter((s) => group.length < 2 || !group.includes(s))) {
        const others = candidates.filter((s) => s !== seeker).map((s) => distanceKm(seeker, s));
        suggestions.push({
          kind: 'seeker-alone',
          provinceCode: province.code,
          opleiding,
          organisationName: seeker.organisationName,
          students: seeker.students,
          nearestOtherKm: others.length ? Math.min(...others) : null,
          ambassadors: province.ambassadors,
        });
      }
    }
    if (province.ambassadors.length === 0)
      suggestions.push({ kind: 'no-ambassador', provinceCode: province.code });
    if (province.status === 'empty')
      suggestions.push({ kind: 'nothing-yet', provinceCode: province.code });
  }
  const weight = (s: Suggestion) => ('students' in s ? s.students : 0);
  return suggestions.sort((a, b) => weight(b) - weight(a));
}
