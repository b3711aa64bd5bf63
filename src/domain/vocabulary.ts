/**
 * The domain's fixed lists, once. The database has the same values as enums (a test compares
 * them with the generated types); zod schemas, form options and the map derive from these.
 */

/** The three recognised brancheopleidingen. */
export const OPLEIDINGEN = ['groen', 'facilitair', 'logistiek'] as const;
export type Opleiding = (typeof OPLEIDINGEN)[number];

/** How students travel to where the group meets (speeds: reach.ts). */
export const TRAVEL_MODES = ['lopen', 'fiets', 'ov', 'auto'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const PARTNERSHIP_STATUSES = ['seeking', 'forming', 'active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_SCHEMES = ['brancheopleiding', 'top'] as const;
export type PartnershipScheme = (typeof PARTNERSHIP_SCHEMES)[number];

export const MEMBERSHIP_STATES = ['requested', 'invited', 'accepted', 'declined', 'left'] as const;
export type MembershipState = (typeof MEMBERSHIP_STATES)[number];

export const MEMBERSHIP_ROLES = ['lid', 'regiehouder'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const SEEKER_INTENTS = ['found', 'join'] as const;
export type SeekerIntent = (typeof SEEKER_INTENTS)[number];

export const SEEKER_STATUSES = ['open', 'matched', 'withdrawn'] as const;
export type SeekerStatus = (typeof SEEKER_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'kleine_aanbieder',
  'grote_aanbieder',
  'sw_bedrijf',
  'overig',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PROFILE_ROLES = ['medewerker', 'avz_coordinator'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

/** The ten care sectors of the TOP scheme (a TOP partnership needs four different ones). */
export const CARE_SECTORS = [
  'basis-ggz',
  'specialistische ggz',
  'gehandicaptenzorg',
  'ouderenzorg',
  'epilepsie',
  'revalidatie',
  'ziekenhuiszorg',
  'forensische zorg',
  'jeugdzorg',
  'verslavingszorg',
] as const;
export type CareSector = (typeof CARE_SECTORS)[number];

export const AGREEMENT_ITEMS = [
  'subsidieaanvrager',
  'trainers',
  'werkbegeleiders',
  'groepslocatie',
  'praktijkplaatsen',
] as const;
export type AgreementItem = (typeof AGREEMENT_ITEMS)[number];

/** Coverage of a province (DESIGN §3): computed, not stored, so not a database enum. */
export const COVERAGE_STATUSES = ['active', 'forming', 'seekers', 'empty'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** What a notification is about (a check constraint in the database). */
export const NOTIFICATION_KINDS = [
  'new_seeker',
  'join_request',
  'membership_accepted',
  'membership_declined',
  'membership_invited',
  'invitation_accepted',
  'invitation_declined',
  'member_left',
  'membership_ended',
  'partnership_founded',
  'coordination_offered',
  'coordination_accepted',
  'new_answer',
  'event_changed',
  'event_place_offered',
  'event_cancelled',
  'partnership_ended',
  'event_reinstated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a question in the knowledge network is about (a check constraint in the database). */
export const QUESTION_TOPICS = [
  'opleiding',
  'subsidie',
  'samenwerking',
  'praktijk',
  'top',
  'overig',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];
