import type { ReachIndex } from './reach';
import { distanceKm, reachKm, travelMinutes, type Place, type TravelLimit } from './reach';

/** A course group needs 10 students (DESIGN §1). */
export const GROUP_SIZE = 10;

/** Students of one organisation's site for one opleiding, and how far they can travel. */
export interface StudentSite extends Place, TravelLimit {
  siteId: string;
  organisationId: string;
  organisationName: string;
  /** Town of the site, for naming a meeting point. */
  place?: string;
  students: number;
}

/** The provider looking for a group: where its students are, how many, how far they travel. */
export interface Origin extends Place, TravelLimit {
  students: number;
  /** Sites of the provider itself are not counted twice. */
  organisationId?: string;
}

export interface Contribution {
  organisationId: string;
  organisationName: string;
  students: number;
  /** Estimated minutes from the origin to the nearest of its sites in reach. */
  minutes: number;
}

export interface CohortGauge {
  /** Own students plus those of others in mutual reach. */
  reachable: number;
  target: number;
  feasible: boolean;
  /** Others in mutual reach, per organisation, nearest first. */
  contributions: Contribution[];
}

/**
 * How close a group of 10 is: the origin's students plus those of every other site that is in
 * mutual reach (each within the other's travel limit, the stricter counting).
 */
export function cohortGauge(
  origin: Origin,
  index: ReachIndex<StudentSite>,
  target = GROUP_SIZE,
): CohortGauge {
  const byOrganisation = new Map<string, Contribution>();
  for (const { item, distanceKm: km } of index.within(origin, reachKm(origin))) {
    if (item.organisationId === origin.organisationId) continue;
    if (km > reachKm(item) + 0.001) continue;
    const minutes = travelMinutes(km, origin.mode);
    const current = byOrganisation.get(item.organisationId);
    if (current) {
      current.students += item.students;
      current.minutes = Math.min(current.minutes, minutes);
    } else {
      byOrganisation.set(item.organisationId, {
        organisationId: item.organisationId,
        organisationName: item.organisationName,
        students: item.students,
        minutes,
      });
    }
  }
  const contributions = [...byOrganisation.values()].sort((a, b) => a.minutes - b.minutes);
  const reachable = origin.students + contributions.reduce((sum, c) => sum + c.students, 0);
  return { reachable, target, feasible: reachable >= target, contributions };
}

export interface FeasibleGroup {
  /** Where the group could meet: a site whose surroundings bring 10 together. */
  meetingPoint: StudentSite;
  /** Students that can reach the meeting point, including the origin's. */
  students: number;
  /** Estimated minutes the origin's students need to get there. */
  minutes: number;
  /** Minutes beyond the origin's current limit (0 if within it). */
  extraMinutes: number;
}

/**
 * The nearest place where a group of 10 would come together if the origin's students travelled
 * further: for each candidate meeting point (a site with students), count those who can reach it
 * within their own limits, add the origin's; of the feasible ones, take the one the origin
 * reaches soonest. Null when no such place exists.
 */
export function nearestFeasibleGroup(
  origin: Origin,
  index: ReachIndex<StudentSite>,
  target = GROUP_SIZE,
): FeasibleGroup | null {
  const maxReach = index.items.reduce((max, s) => Math.max(max, reachKm(s)), 0);
  let best: FeasibleGroup | null = null;
  for (const candidate of index.items) {
    const minutes = travelMinutes(distanceKm(origin, candidate), origin.mode);
    if (best && minutes >= best.minutes) continue;
    let students = origin.students;
    for (const { item, distanceKm: km } of index.within(candidate, maxReach)) {
      if (item.organisationId === origin.organisationId) continue;
      if (km <= reachKm(item) + 0.001) students += item.students;
    }
    if (students >= target) {
      best = {
        meetingPoint: candidate,
        students,
        minutes,
        extraMinutes: Math.max(0, Math.ceil(minutes - origin.maxMinutes)),
      };
    }
  }
  return best;
}
