import type { Place, TravelLimit } from '../reach';
import type { Opleiding, PartnershipStatus } from '../vocabulary';

/** Students of one site for one opleiding, and how far they can travel (the demand). */
export interface StudentSite extends Place, TravelLimit {
  siteId: string;
  organisationId: string;
  organisationName: string;
  place: string;
  students: number;
  /** Partnerships the organisation is an accepted member of. */
  partnershipIds: readonly string[];
  /** The organisation has an open registration for this opleiding at this site. */
  seeking: boolean;
}

/** A place where a group could meet: a site with students, a practice place, or the seeker. */
export interface MeetingPoint extends Place {
  siteId: string | null;
  organisationName: string | null;
  place: string;
}

/** A partnership students could join: where its group meets, and how full it is. */
export interface PartnershipPlace extends Place {
  id: string;
  name: string;
  status: PartnershipStatus;
  opleidingen: readonly Opleiding[];
  place: string;
  provinceCode: string;
  memberCount: number;
  maxMembers: number;
}

/** Who asks: where its students are, how many, for which opleiding, how far they travel. */
export interface MatchRequest extends Place, TravelLimit {
  opleiding: Opleiding;
  students: number;
  /** The asking organisation, whose own sites are not counted twice. */
  organisationId?: string | null;
  /** Name of the starting point, for a new group meeting there. */
  place?: string;
}

/** Students of one organisation that would be in a group, and their way there. */
export interface Contribution {
  organisationId: string;
  organisationName: string;
  students: number;
  /** Minutes from the nearest of its sites to the meeting point. */
  minutes: number;
  /** It registered as looking for a group (rather than only having students on record). */
  seeking: boolean;
}

interface OptionBase {
  /** Estimated minutes for the asking organisation's students to the meeting point. */
  minutes: number;
  /** Minutes beyond the asker's limit (0 when within). */
  extraMinutes: number;
  withinLimit: boolean;
  /** Students in the group with the asker's: toward groups of 10. */
  total: number;
}

/** Join an existing partnership, whose group meets where the asker can get to. */
export interface JoinOption extends OptionBase {
  kind: 'join';
  partnership: PartnershipPlace;
  /** The partnership's students for the opleiding now (members that reach its meeting point). */
  current: number;
  /** No seat left for another organisation. */
  full: boolean;
}

/** Form a new group at the best meeting point, with the students not yet in a group. */
export interface NewGroupOption extends OptionBase {
  kind: 'new';
  meetingPoint: MeetingPoint;
  /** The other organisations whose students can each reach the meeting point, nearest first. */
  others: Contribution[];
}

export type MatchOption = JoinOption | NewGroupOption;

/** How close a group of 10 is: the best option's count. */
export interface Gauge {
  count: number;
  target: number;
  feasible: boolean;
  /** Whole groups of 10 the count makes. */
  groups: number;
  /** Students still needed for a first group (0 when feasible). */
  missing: number;
}

export interface MatchResult {
  /** Ranked: within the limit first; those reaching 10 first (joining before new), then by minutes. */
  options: MatchOption[];
  /** The gauge's option: the first one within the limit that is not full, if any. */
  best: MatchOption | null;
  gauge: Gauge;
  /**
   * within: something within the asker's limit; beyond: only options beyond it (capped);
   * nothing: nothing within a reasonable distance.
   */
  outcome: 'within' | 'beyond' | 'nothing';
  /** The furthest an option beyond the limit may be, in minutes. */
  capMinutes: number;
}
