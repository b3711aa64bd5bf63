import { distanceKm, reachKm, ReachIndex, travelMinutes, type Place } from '../reach';
import { GROUP_SIZE } from '../cohort';
import type { Opleiding } from '../vocabulary';
import type {
  Contribution,
  Gauge,
  JoinOption,
  MatchOption,
  MatchRequest,
  MatchResult,
  MeetingPoint,
  NewGroupOption,
  PartnershipPlace,
  StudentSite,
} from './types';

/** Coordinates rounded to 5 decimals (~1 m) may sit exactly on a limit. */
const EDGE_KM = 0.001;
const EDGE_MINUTES = 0.01;
/** An option beyond the limit is offered up to twice the limit, and never beyond 90 minutes. */
export const CAP_FACTOR = 2;
export const CAP_MAX_MINUTES = 90;
/** At most this many options beyond the limit are offered. */
const MAX_BEYOND = 3;

const OPEN = new Set(['seeking', 'forming', 'active']);

/** Whether a site's students reach a place within their own travel limit. */
const reaches = (site: StudentSite, place: Place) =>
  distanceKm(site, place) <= reachKm(site) + EDGE_KM;

/** Whether an option brings a group of 10 together (a full partnership takes no one). */
export const reachesGroup = (option: MatchOption) =>
  option.total >= GROUP_SIZE && !(option.kind === 'join' && option.full);

export function gaugeFor(count: number, target = GROUP_SIZE): Gauge {
  return {
    count,
    target,
    feasible: count >= target,
    groups: Math.floor(count / target),
    missing: Math.max(0, target - count),
  };
}

/** Ranked: within the limit first; groups of 10 first, joining before new, nearest first. */
function rankKey(o: MatchOption): (number | string)[] {
  const group = reachesGroup(o);
  const id = o.kind === 'join' ? o.partnership.id : (o.meetingPoint.siteId ?? '');
  return [
    o.withinLimit ? 0 : 1,
    group ? 0 : 1,
    group ? (o.kind === 'join' ? 0 : 1) : o.kind === 'join' && o.full ? 1 : 0,
    // Short of a group, the option that brings the most students together comes first.
    group ? 0 : -o.total,
    o.minutes,
    id,
  ];
}

function compareOptions(a: MatchOption, b: MatchOption): number {
  const ka = rankKey(a);
  const kb = rankKey(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!;
    const y = kb[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** The better of two new groups: the most students, then the nearest, then by site id. */
function betterMeetingPoint(a: NewGroupOption, b: NewGroupOption): boolean {
  if (a.total !== b.total) return a.total > b.total;
  if (Math.abs(a.minutes - b.minutes) > 1e-9) return a.minutes < b.minutes;
  return (a.meetingPoint.siteId ?? '') < (b.meetingPoint.siteId ?? '');
}

/** A request the model can answer: a place in reach of the data, counts and limits in range. */
export function isValidRequest(request: MatchRequest): boolean {
  return (
    Number.isFinite(request.lat) &&
    Number.isFinite(request.lng) &&
    request.lat >= 50.6 &&
    request.lat <= 53.7 &&
    request.lng >= 3.2 &&
    request.lng <= 7.4 &&
    Number.isInteger(request.students) &&
    request.students >= 1 &&
    request.students <= 50 &&
    Number.isInteger(request.maxMinutes) &&
    request.maxMinutes >= 5 &&
    request.maxMinutes <= 90
  );
}

export interface NetworkData {
  opleiding: Opleiding;
  /** Sites with students for the opleiding. */
  students: readonly StudentSite[];
  /** Partnerships (any status; only open ones offering the opleiding are used). */
  partnerships: readonly PartnershipPlace[];
  /** Practice places and other sites where a group could meet besides student sites. */
  meetingPlaces?: readonly MeetingPoint[];
}

/**
 * The matching model for one opleiding (DESIGN §2, §5): students travel to where the group
 * meets, each within their own limit. Built once per data set; answers each request with the
 * ranked options to join a partnership or form a new group. The same numbers serve every screen.
 */
export class MatchingNetwork {
  readonly opleiding: Opleiding;
  readonly #partnerships: ReachIndex<PartnershipPlace>;
  /** Students counted toward a partnership: those of member sites that reach its meeting point. */
  readonly #current = new Map<string, number>();
  readonly #memberOrganisations = new Map<string, Set<string>>();
  /** Student sites not yet counted toward any open partnership: available for a new group. */
  readonly #free: ReachIndex<StudentSite>;
  readonly #freeReachKm: number;
  readonly #meetingPoints: ReachIndex<MeetingPoint>;
  readonly #groupsAt = new Map<MeetingPoint, Contribution[]>();

  constructor({ opleiding, students, partnerships, meetingPlaces = [] }: NetworkData) {
    this.opleiding = opleiding;
    const open = partnerships.filter(
      (p) => OPEN.has(p.status) && p.opleidingen.includes(opleiding),
    );
    const byId = new Map(open.map((p) => [p.id, p]));
    this.#partnerships = new ReachIndex(open);

    const taken = new Set<StudentSite>();
    for (const p of open) this.#current.set(p.id, 0);
    for (const site of students) {
      for (const id of site.partnershipIds) {
        const partnership = byId.get(id);
        if (!partnership) continue;
        const members = this.#memberOrganisations.get(id) ?? new Set<string>();
        members.add(site.organisationId);
        this.#memberOrganisations.set(id, members);
        if (reaches(site, partnership)) {
          this.#current.set(id, (this.#current.get(id) ?? 0) + site.students);
          taken.add(site);
        }
      }
    }
    const free = students.filter((s) => !taken.has(s));
    this.#free = new ReachIndex(free);
    this.#freeReachKm = free.reduce((max, s) => Math.max(max, reachKm(s)), 0);

    const points: MeetingPoint[] = students.map((s) => ({
      siteId: s.siteId,
      organisationName: s.organisationName,
      place: s.place,
      lat: s.lat,
      lng: s.lng,
    }));
    const seen = new Set(points.map((p) => p.siteId));
    for (const m of meetingPlaces) if (!m.siteId || !seen.has(m.siteId)) points.push(m);
    this.#meetingPoints = new ReachIndex(points);
  }

  /** The partnership's students for this opleiding now: member sites that reach its meeting point. */
  currentStudents(partnershipId: string): number {
    return this.#current.get(partnershipId) ?? 0;
  }

  /** Free students per organisation that reach a meeting point within their own limits. */
  #groupAt(point: MeetingPoint): Contribution[] {
    const cached = this.#groupsAt.get(point);
    if (cached) return cached;
    const byOrganisation = new Map<string, Contribution>();
    for (const { item, distanceKm: km } of this.#free.within(point, this.#freeReachKm)) {
      if (km > reachKm(item) + EDGE_KM) continue;
      const minutes = travelMinutes(km, item.mode);
      const current = byOrganisation.get(item.organisationId);
      if (current) {
        current.students += item.students;
        current.minutes = Math.min(current.minutes, minutes);
        current.seeking ||= item.seeking;
      } else {
        byOrganisation.set(item.organisationId, {
          organisationId: item.organisationId,
          organisationName: item.organisationName,
          students: item.students,
          minutes,
          seeking: item.seeking,
        });
      }
    }
    const group = [...byOrganisation.values()].sort(
      (a, b) => a.minutes - b.minutes || a.organisationId.localeCompare(b.organisationId),
    );
    if (point.siteId) this.#groupsAt.set(point, group);
    return group;
  }

  #newGroup(request: MatchRequest, point: MeetingPoint): NewGroupOption | null {
    const others = this.#groupAt(point).filter((c) => c.organisationId !== request.organisationId);
    if (others.length === 0) return null;
    const minutes = travelMinutes(distanceKm(request, point), request.mode);
    const withinLimit = minutes <= request.maxMinutes + EDGE_MINUTES;
    return {
      kind: 'new',
      meetingPoint: point,
      others,
      total: request.students + others.reduce((sum, c) => sum + c.students, 0),
      minutes,
      withinLimit,
      extraMinutes: withinLimit ? 0 : Math.ceil(minutes - request.maxMinutes),
    };
  }

  /** The answer to "where can my students join a group of 10?", or null for invalid input. */
  match(request: MatchRequest): MatchResult | null {
    if (request.opleiding !== this.opleiding || !isValidRequest(request)) return null;
    const capMinutes = Math.min(CAP_FACTOR * request.maxMinutes, CAP_MAX_MINUTES);
    const capKm = reachKm({ mode: request.mode, maxMinutes: capMinutes });

    const joins: JoinOption[] = this.#partnerships
      .within(request, capKm)
      .filter(
        ({ item }) => !this.#memberOrganisations.get(item.id)?.has(request.organisationId ?? ''),
      )
      .map(({ item, distanceKm: km }) => {
        const minutes = travelMinutes(km, request.mode);
        const withinLimit = minutes <= request.maxMinutes + EDGE_MINUTES;
        const current = this.currentStudents(item.id);
        return {
          kind: 'join',
          partnership: item,
          current,
          total: current + request.students,
          full: item.memberCount >= item.maxMembers,
          minutes,
          withinLimit,
          extraMinutes: withinLimit ? 0 : Math.ceil(minutes - request.maxMinutes),
        };
      });

    // The best meeting point within the limit: the most students, then the nearest.
    const here: MeetingPoint = {
      siteId: null,
      organisationName: null,
      place: request.place ?? '',
      lat: request.lat,
      lng: request.lng,
    };
    const withinPoints = [
      here,
      ...this.#meetingPoints.within(request, reachKm(request)).map((h) => h.item),
    ];
    let bestNew: NewGroupOption | null = null;
    for (const point of withinPoints) {
      const option = this.#newGroup(request, point);
      if (option?.withinLimit && (!bestNew || betterMeetingPoint(option, bestNew)))
        bestNew = option;
    }

    const within: MatchOption[] = [
      ...joins.filter((j) => j.withinLimit),
      ...(bestNew ? [bestNew] : []),
    ];
    let beyond: MatchOption[] = [];
    if (!within.some(reachesGroup)) {
      const beyondJoins = joins.filter((j) => !j.withinLimit);
      // The nearest place beyond the limit where a group of 10 would come together; between
      // places at the same distance the lowest site id, so the answer never depends on the
      // order the data came in.
      let nearestNew: NewGroupOption | null = null;
      let nearestKm = Infinity;
      for (const { item, distanceKm: km } of this.#meetingPoints.within(request, capKm)) {
        if (km > nearestKm + 1e-9) break;
        const option = this.#newGroup(request, item);
        if (!option || option.withinLimit || option.total < GROUP_SIZE) continue;
        if (!nearestNew || (item.siteId ?? '') < (nearestNew.meetingPoint.siteId ?? '')) {
          nearestNew = option;
          nearestKm = km;
        }
      }
      const candidates: MatchOption[] = [...beyondJoins, ...(nearestNew ? [nearestNew] : [])];
      beyond = (within.length ? candidates.filter(reachesGroup) : candidates)
        .sort((a, b) => a.minutes - b.minutes)
        .slice(0, MAX_BEYOND);
    }

    const options = [...within, ...beyond].sort(compareOptions);
    const best = options.find((o) => o.withinLimit && !(o.kind === 'join' && o.full)) ?? null;
    return {
      options,
      best,
      gauge: gaugeFor(best ? best.total : request.students),
      outcome: within.length ? 'within' : beyond.length ? 'beyond' : 'nothing',
      capMinutes,
    };
  }
}
