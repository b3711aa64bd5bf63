import * as z from 'zod/mini';
import { RULE_KINDS } from '../domain/schemes/rules';
import {
  AGREEMENT_ITEMS,
  CARE_SECTORS,
  COVERAGE_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATES,
  NOTIFICATION_KINDS,
  OPLEIDINGEN,
  ORGANISATION_KINDS,
  PARTNERSHIP_SCHEMES,
  PARTNERSHIP_STATUSES,
  PROFILE_ROLES,
  QUESTION_TOPICS,
  SEEKER_INTENTS,
  SEEKER_STATUSES,
  TRAVEL_MODES,
  type AgreementItem,
  type CareSector,
  type MembershipRole,
  type MembershipState,
  type Opleiding,
  type OrganisationKind,
  type PartnershipScheme,
  type PartnershipStatus,
  type ProfileRole,
  type SeekerIntent,
  type SeekerStatus,
  type TravelMode,
} from '../domain/vocabulary';
import type { DatabaseEnums, RpcName, RpcRows } from './rpc';

// Rows coming back through the data port are parsed here, whichever adapter produced them: one
// schema per API function (rowSchemas), checked against the generated types at compile time.

const opleiding = z.enum(OPLEIDINGEN);
const travelMode = z.enum(TRAVEL_MODES);
const organisationKind = z.enum(ORGANISATION_KINDS);
const partnershipStatus = z.enum(PARTNERSHIP_STATUSES);
const seekerIntent = z.enum(SEEKER_INTENTS);
const seekerStatus = z.enum(SEEKER_STATUSES);
const membershipState = z.enum(MEMBERSHIP_STATES);
const membershipRole = z.enum(MEMBERSHIP_ROLES);
const uuid = z.uuid();
const studentsPerOpleiding = z.partialRecord(opleiding, z.int());

export const coverageRow = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(COVERAGE_STATUSES),
  active_partnerships: z.int(),
  forming_partnerships: z.int(),
  seekers: z.int(),
  ambassadors: z.array(z.string()),
});

export const coverageBoardRow = z.extend(coverageRow, {
  ambassador_ids: z.array(uuid),
  students: studentsPerOpleiding,
});

export const timelineRow = z.object({
  day: z.string(),
  active_provinces: z.int(),
  forming_provinces: z.int(),
});

export const exportRow = z.object({
  kind: z.enum(['samenwerkingsverband', 'zoeker']),
  name: z.string(),
  province_code: z.string(),
  province_name: z.string(),
  status: z.nullable(z.string()),
  opleidingen: z.string(),
  students: z.int(),
  place: z.string(),
  contact_name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
});

export const inboxRow = z.object({
  kind: z.enum(['registration', 'membership']),
  id: uuid,
  created_at: z.string(),
  /** When it last asked for an answer: a registration since it (re)opened. */
  waiting_since: z.string(),
  province_code: z.string(),
  organisation_id: uuid,
  organisation_name: z.string(),
  opleiding: z.string(),
  student_count: z.nullable(z.int()),
  travel_mode: z.nullable(travelMode),
  max_minutes: z.nullable(z.int()),
  site_id: z.nullable(uuid),
  lat: z.nullable(z.number()),
  lng: z.nullable(z.number()),
  place: z.nullable(z.string()),
  partnership_id: z.nullable(uuid),
  partnership_name: z.nullable(z.string()),
  message: z.nullable(z.string()),
});

export const partnershipRow = z.object({
  id: uuid,
  name: z.string(),
  scheme: z.enum(PARTNERSHIP_SCHEMES),
  opleidingen: z.array(opleiding),
  status: partnershipStatus,
  province_code: z.string(),
  place: z.string(),
  lat: z.number(),
  lng: z.number(),
  coordinator_org_id: uuid,
  coordinator_name: z.string(),
  member_count: z.int(),
  max_members: z.int(),
  students: studentsPerOpleiding,
  start_date: z.nullable(z.string()),
  training_year: z.nullable(z.int()),
});

export const siteRow = z.object({
  id: uuid,
  organisation_id: uuid,
  organisation_name: z.string(),
  organisation_kind: organisationKind,
  name: z.string(),
  place: z.string(),
  lat: z.number(),
  lng: z.number(),
  province_code: z.string(),
  is_practice_place: z.boolean(),
  demand: z.array(
    z.object({
      opleiding,
      student_count: z.int(),
      travel_mode: travelMode,
      max_minutes: z.int(),
    }),
  ),
  seeking: z.array(
    z.object({
      id: uuid,
      intent: seekerIntent,
      opleiding,
      student_count: z.int(),
      created_at: z.string(),
    }),
  ),
  partnership_ids: z.array(uuid),
});

export const organisationDetailsRow = z.object({
  id: uuid,
  name: z.string(),
  kind: organisationKind,
  website: z.nullable(z.string()),
  is_vgn_member: z.boolean(),
  contact_visible: z.boolean(),
  contact_name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
});

export const identityRow = z.object({
  user_id: uuid,
  display_name: z.string(),
  role: z.enum(PROFILE_ROLES),
  organisation_id: z.nullable(uuid),
  organisation_name: z.nullable(z.string()),
  ambassador_provinces: z.array(z.string()),
  coordinated_partnerships: z.array(uuid),
});

export const registrationRow = z.object({
  registration_id: uuid,
  organisation_id: uuid,
  site_id: uuid,
  province_code: z.string(),
  routed_to_org_id: z.nullable(uuid),
  routed_to_name: z.nullable(z.string()),
});

export const myRegistrationRow = z.object({
  registration_id: uuid,
  site_id: uuid,
  site_name: z.string(),
  place: z.string(),
  province_code: z.string(),
  intent: seekerIntent,
  opleiding,
  student_count: z.int(),
  travel_mode: travelMode,
  max_minutes: z.int(),
  status: seekerStatus,
  routed_to_org_id: z.nullable(uuid),
  routed_to_name: z.nullable(z.string()),
  answer_note: z.nullable(z.string()),
  created_at: z.string(),
  answered_at: z.nullable(z.string()),
});

export const myMembershipRow = z.object({
  membership_id: uuid,
  partnership_id: uuid,
  partnership_name: z.string(),
  province_code: z.string(),
  opleidingen: z.array(opleiding),
  partnership_status: partnershipStatus,
  role: membershipRole,
  state: membershipState,
  message: z.nullable(z.string()),
  decision_reason: z.nullable(z.string()),
  created_at: z.string(),
  decided_at: z.nullable(z.string()),
  coordination_offered: z.boolean(),
});

/** What a membership function answers: the membership and its state (or 'withdrawn'). */
export const membershipChangeRow = z.object({
  membership_id: uuid,
  state: z.union([membershipState, z.literal('withdrawn')]),
});

export const registrationChangeRow = z.object({ registration_id: uuid, status: seekerStatus });

export const invitationRow = z.object({
  invitation_id: uuid,
  token: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  expires_at: z.string(),
});

export const acceptedInvitationRow = z.object({
  organisation_id: uuid,
  partnership_id: z.nullable(uuid),
  membership_id: z.nullable(uuid),
  membership_state: z.nullable(membershipState),
});

export const notificationRow = z.object({
  id: uuid,
  kind: z.enum(NOTIFICATION_KINDS),
  subject: z.string(),
  created_at: z.string(),
  read: z.boolean(),
  /** The partnership it is about, for a link; none for a newcomer's registration. */
  partnership_id: z.nullable(uuid),
  /** The question a new answer is to. */
  question_id: z.nullable(uuid),
  /** The event that changed or offers a place. */
  event_id: z.nullable(uuid),
});

export const directoryRow = z.object({
  id: uuid,
  name: z.string(),
  scheme: z.enum(PARTNERSHIP_SCHEMES),
  opleidingen: z.array(opleiding),
  status: partnershipStatus,
  province_code: z.string(),
  place: z.string(),
  lat: z.number(),
  lng: z.number(),
  member_count: z.int(),
  max_members: z.int(),
  students: studentsPerOpleiding,
  /** The caller belongs to it or steers it: then the readiness counts are there. */
  involved: z.boolean(),
  rules_passed: z.nullable(z.int()),
  rules_total: z.nullable(z.int()),
  agreements_settled: z.nullable(z.int()),
});

const careSector = z.enum(CARE_SECTORS);

export const partnershipPageRow = z.object({
  id: uuid,
  name: z.string(),
  scheme: z.enum(PARTNERSHIP_SCHEMES),
  opleidingen: z.array(opleiding),
  status: partnershipStatus,
  province_code: z.string(),
  meeting_site_id: uuid,
  place: z.string(),
  lat: z.number(),
  lng: z.number(),
  coordinator_org_id: uuid,
  coordinator_name: z.string(),
  pending_coordinator_org_id: z.nullable(uuid),
  max_members: z.int(),
  students: studentsPerOpleiding,
  formed_on: z.string(),
  planned_start: z.nullable(z.string()),
  start_date: z.nullable(z.string()),
  end_date: z.nullable(z.string()),
  training_year: z.nullable(z.int()),
  description: z.nullable(z.string()),
  members: z.array(
    z.object({
      membership_id: uuid,
      organisation_id: uuid,
      name: z.string(),
      kind: organisationKind,
      sectors: z.array(careSector),
      role: membershipRole,
    }),
  ),
  member_sites: z.array(
    z.object({
      site_id: uuid,
      organisation_id: uuid,
      place: z.string(),
      lat: z.number(),
      lng: z.number(),
      reach_km: z.number(),
    }),
  ),
  sees_members_part: z.boolean(),
  may_manage: z.boolean(),
  my_membership_state: z.nullable(membershipState),
});

const agreementSite = z.object({
  site_id: uuid,
  name: z.string(),
  place: z.string(),
  organisation_name: z.string(),
  lat: z.number(),
  lng: z.number(),
});

export const workspaceRow = z.object({
  partnership_id: uuid,
  rules: z.array(
    z.object({
      rule_id: z.string(),
      kind: z.enum(RULE_KINDS),
      gate: z.enum(['forming', 'active']),
      passed: z.boolean(),
      have: z.int(),
      need: z.int(),
    }),
  ),
  agreements: z.array(
    z.object({
      item: z.enum(AGREEMENT_ITEMS),
      responsible_org_id: z.nullable(uuid),
      done: z.boolean(),
      note: z.nullable(z.string()),
      sites: z.array(agreementSite),
    }),
  ),
  signatures: z.array(z.object({ organisation_id: uuid, signed_on: z.nullable(z.string()) })),
  pending: z.array(
    z.object({
      membership_id: uuid,
      organisation_id: uuid,
      name: z.string(),
      state: membershipState,
      message: z.nullable(z.string()),
      created_at: z.string(),
    }),
  ),
  milestones: z.record(z.string(), z.string()),
  governance_signed_on: z.nullable(z.string()),
  material_access_on: z.nullable(z.string()),
  completed_on: z.nullable(z.string()),
  sectors_nearby: z.array(careSector),
});

export const schemeRuleRow = z.object({
  scheme: z.enum(PARTNERSHIP_SCHEMES),
  rule_id: z.string(),
  kind: z.enum(RULE_KINDS),
  gate: z.enum(['forming', 'active']),
  min_value: z.nullable(z.int()),
  item: z.nullable(z.enum(AGREEMENT_ITEMS)),
});

export const infoPageListRow = z.object({
  slug: z.string(),
  title: z.string(),
  page_position: z.int(),
  updated_at: z.string(),
});

export const infoPageRow = z.object({
  id: uuid,
  slug: z.string(),
  title: z.string(),
  body: z.string(),
  version: z.int(),
  updated_at: z.string(),
});

export const infoPageVersionRow = z.object({
  version: z.int(),
  title: z.string(),
  body: z.string(),
  created_at: z.string(),
  author: z.string(),
  restored_from: z.nullable(z.int()),
});

const questionTopic = z.enum(QUESTION_TOPICS);

export const questionListRow = z.object({
  id: uuid,
  title: z.string(),
  topic: questionTopic,
  province_code: z.nullable(z.string()),
  organisation_name: z.string(),
  created_at: z.string(),
  answers: z.int(),
  solved: z.boolean(),
  hidden: z.boolean(),
});

export const questionThreadRow = z.object({
  id: uuid,
  title: z.string(),
  body: z.string(),
  topic: questionTopic,
  province_code: z.nullable(z.string()),
  partnership_id: z.nullable(uuid),
  partnership_name: z.nullable(z.string()),
  organisation_name: z.string(),
  created_at: z.string(),
  solved_answer_id: z.nullable(uuid),
  hidden: z.boolean(),
  hidden_reason: z.nullable(z.string()),
  mine: z.boolean(),
  may_mark: z.boolean(),
  answers: z.array(
    z.object({
      id: uuid,
      body: z.string(),
      organisation_name: z.string(),
      created_at: z.string(),
      hidden: z.boolean(),
      votes: z.int(),
      my_vote: z.boolean(),
      mine: z.boolean(),
    }),
  ),
});

export const searchHitRow = z.object({
  question_id: uuid,
  title: z.string(),
  excerpt: z.string(),
  rank: z.number(),
  solved: z.boolean(),
});

const eventStatus = z.enum(['registered', 'waiting']);

export const eventListRow = z.object({
  id: uuid,
  title: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  online: z.boolean(),
  place: z.nullable(z.string()),
  province_code: z.nullable(z.string()),
  capacity: z.int(),
  seats_taken: z.int(),
  waiting: z.int(),
  registration_deadline: z.string(),
  has_recording: z.boolean(),
  my_status: z.nullable(eventStatus),
});

export const eventDetailRow = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  online: z.boolean(),
  /** Only for registrants and the AvZ. */
  online_url: z.nullable(z.string()),
  place: z.nullable(z.string()),
  province_code: z.nullable(z.string()),
  capacity: z.int(),
  seats_taken: z.int(),
  waiting: z.int(),
  registration_deadline: z.string(),
  recording_url: z.nullable(z.string()),
  slides_url: z.nullable(z.string()),
  version: z.int(),
  may_edit: z.boolean(),
  my_registration: z.nullable(
    z.object({
      participants: z.int(),
      contact_name: z.string(),
      contact_email: z.string(),
      status: eventStatus,
      queue_position: z.nullable(z.int()),
    }),
  ),
});

export const eventRegistrationRow = z.object({
  organisation_name: z.string(),
  participants: z.int(),
  contact_name: z.string(),
  contact_email: z.string(),
  status: eventStatus,
  queue_position: z.nullable(z.int()),
  registered_at: z.string(),
});

export const auditRow = z.object({
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  partnership_id: z.nullable(uuid),
  partnership_name: z.nullable(z.string()),
  actor_name: z.nullable(z.string()),
  details: z.json(),
});

/** The row schema of every API function the data port may call. */
export const rowSchemas = {
  accept_invitation: acceptedInvitationRow,
  answer_question: z.object({ answer_id: uuid }),
  ask_question: z.object({ question_id: uuid }),
  ambassador_inbox: inboxRow,
  answer_with_partnership: membershipChangeRow,
  assign_ambassador: z.object({ ambassador_id: uuid, province_code: z.string() }),
  audit_trail: auditRow,
  cancel_event: z.object({ event_id: uuid, cancelled_at: z.string() }),
  cancel_event_registration: z.object({ event_id: uuid, cancelled: z.boolean() }),
  reinstate_event: z.object({ event_id: uuid, version: z.number() }),
  coverage_board: coverageBoardRow,
  coverage_by_province: coverageRow,
  coverage_timeline: timelineRow,
  create_invitation: invitationRow,
  decide_membership: membershipChangeRow,
  decline_registration: registrationChangeRow,
  event_cancellations: z.object({
    event_id: uuid,
    cancelled_at: z.string(),
    cancel_reason: z.nullable(z.string()),
  }),
  event_detail: eventDetailRow,
  event_list: eventListRow,
  event_registration_list: eventRegistrationRow,
  found_partnership: z.object({ partnership_id: uuid, province_code: z.string() }),
  hand_over_coordination: z.object({ partnership_id: uuid, pending_coordinator_org_id: uuid }),
  info_page: infoPageRow,
  info_page_history: infoPageVersionRow,
  info_page_list: infoPageListRow,
  invite_organisation: membershipChangeRow,
  leave_partnership: membershipChangeRow,
  mark_notifications_read: z.object({ marked: z.int(), unread: z.int() }),
  mark_solved: z.object({ question_id: uuid, solved_answer_id: z.nullable(uuid) }),
  moderate_post: z.object({ post_id: uuid, hidden: z.boolean() }),
  my_identity: identityRow,
  my_memberships: myMembershipRow,
  my_notifications: notificationRow,
  my_registrations: myRegistrationRow,
  network_export: exportRow,
  organisation_details: organisationDetailsRow,
  partnerships_in_bbox: partnershipRow,
  partnership_directory: directoryRow,
  partnership_page: partnershipPageRow,
  partnership_workspace: workspaceRow,
  record_governance_agreement: z.object({
    partnership_id: uuid,
    governance_signed_on: z.nullable(z.string()),
  }),
  record_milestone: z.object({
    partnership_id: uuid,
    recorded_milestone: z.string(),
    recorded_on: z.nullable(z.string()),
  }),
  save_event: z.object({ event_id: uuid, version: z.int() }),
  save_agreement: z.object({ partnership_id: uuid, saved_item: z.string(), settled: z.boolean() }),
  save_training_plan: z.object({ partnership_id: uuid, first_year: z.nullable(z.int()) }),
  scheme_rule_table: schemeRuleRow,
  set_partnership_status: z.object({ partnership_id: uuid, new_status: partnershipStatus }),
  sign_registration: z.object({
    partnership_id: uuid,
    registration_signed_on: z.nullable(z.string()),
  }),
  propose_partnership: z.object({ partnership_id: uuid, invited: z.int() }),
  question_list: questionListRow,
  question_thread: questionThreadRow,
  register_for_event: z.object({
    registration_id: uuid,
    status: eventStatus,
    queue_position: z.nullable(z.int()),
  }),
  register_seeker: registrationRow,
  report_post: z.object({ reported: z.boolean() }),
  remove_ambassador: z.object({ removed: z.boolean(), province_code: z.string() }),
  remove_member: membershipChangeRow,
  restore_info_page: z.object({ page_id: uuid, new_version: z.int() }),
  request_membership: membershipChangeRow,
  respond_to_handover: z.object({ partnership_id: uuid, coordinator_org_id: uuid }),
  respond_to_invitation: membershipChangeRow,
  save_info_page: z.object({ page_id: uuid, version: z.int() }),
  save_my_contact: z.object({ organisation_id: uuid, saved: z.boolean() }),
  set_max_members: z.object({ partnership_id: uuid, capacity: z.int() }),
  search_knowledge: searchHitRow,
  sites_in_bbox: siteRow,
  update_registration: registrationChangeRow,
  vote_answer: z.object({ answer_id: uuid, votes: z.int() }),
  withdraw_invitation: membershipChangeRow,
  withdraw_registration: registrationChangeRow,
  withdraw_request: membershipChangeRow,
} satisfies Record<RpcName, z.ZodMiniType>;

export type RowOf<F extends RpcName> = z.infer<(typeof rowSchemas)[F]>;

// Section - compile-time agreement with the generated types
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A row schema agrees when its rows fit the generated row type and have exactly its columns. */
type Agrees<F extends RpcName> =
  RowOf<F> extends RpcRows<F>[number] ? Same<keyof RowOf<F>, keyof RpcRows<F>[number]> : false;
type Disagreeing = { [F in RpcName]: Agrees<F> extends true ? never : F }[RpcName];
/** Fails to compile, naming the function, when a schema and the SQL disagree. */
export const everyRowSchemaAgrees: [Disagreeing] extends [never] ? true : Disagreeing = true;

/** Fails to compile when a domain list and the database enum of the same name disagree. */
export const domainEnumsAgree: {
  [K in keyof DatabaseEnums]: Same<DatabaseEnums[K], DomainEnums[K]>;
} = {
  agreement_item: true,
  care_sector: true,
  membership_role: true,
  membership_state: true,
  opleiding: true,
  organisation_kind: true,
  partnership_scheme: true,
  partnership_status: true,
  profile_role: true,
  seeker_intent: true,
  seeker_status: true,
  travel_mode: true,
};
interface DomainEnums {
  agreement_item: AgreementItem;
  care_sector: CareSector;
  membership_role: MembershipRole;
  membership_state: MembershipState;
  opleiding: Opleiding;
  organisation_kind: OrganisationKind;
  partnership_scheme: PartnershipScheme;
  partnership_status: PartnershipStatus;
  profile_role: ProfileRole;
  seeker_intent: SeekerIntent;
  seeker_status: SeekerStatus;
  travel_mode: TravelMode;
}

export type CoverageRow = z.infer<typeof coverageRow>;
export type InboxRow = z.infer<typeof inboxRow>;
export type CoverageBoardRow = z.infer<typeof coverageBoardRow>;
export type TimelineRow = z.infer<typeof timelineRow>;
export type ExportRow = z.infer<typeof exportRow>;
export type PartnershipRow = z.infer<typeof partnershipRow>;
export type SiteRow = z.infer<typeof siteRow>;
export type OrganisationDetails = z.infer<typeof organisationDetailsRow>;
export type Identity = z.infer<typeof identityRow>;
export type Registration = z.infer<typeof registrationRow>;
export type MyRegistration = z.infer<typeof myRegistrationRow>;
export type MyMembership = z.infer<typeof myMembershipRow>;
export type Notification = z.infer<typeof notificationRow>;
export type AuditEntry = z.infer<typeof auditRow>;
export type DirectoryRow = z.infer<typeof directoryRow>;
export type PartnershipPageRow = z.infer<typeof partnershipPageRow>;
export type WorkspaceRow = z.infer<typeof workspaceRow>;
export type InfoPageRow = z.infer<typeof infoPageRow>;
export type InfoPageVersionRow = z.infer<typeof infoPageVersionRow>;
export type QuestionListRow = z.infer<typeof questionListRow>;
export type QuestionThreadRow = z.infer<typeof questionThreadRow>;
export type SearchHitRow = z.infer<typeof searchHitRow>;
export type EventListRow = z.infer<typeof eventListRow>;
export type EventDetailRow = z.infer<typeof eventDetailRow>;
export type EventRegistrationRow = z.infer<typeof eventRegistrationRow>;
