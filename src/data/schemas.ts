import { z } from 'zod';
import type { RpcRows } from './database.types';

// Rows coming back through the data port are parsed here, whichever adapter produced them.

const opleiding = z.enum(['groen', 'facilitair', 'logistiek']);
const travelMode = z.enum(['lopen', 'fiets', 'ov', 'auto']);
const organisationKind = z.enum(['kleine_aanbieder', 'grote_aanbieder', 'sw_bedrijf', 'overig']);
const uuid = z.string().uuid();

export const coverageRow = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(['active', 'forming', 'seekers', 'empty']),
  active_partnerships: z.number().int(),
  forming_partnerships: z.number().int(),
  seekers: z.number().int(),
  ambassadors: z.array(z.string()),
});

export const coverageBoardRow = coverageRow.extend({
  ambassador_ids: z.array(uuid),
  students: z.partialRecord(opleiding, z.number().int()),
});

export const timelineRow = z.object({
  day: z.string(),
  active_provinces: z.number().int(),
  forming_provinces: z.number().int(),
});

export const exportRow = z.object({
  kind: z.enum(['samenwerkingsverband', 'zoeker']),
  name: z.string(),
  province_code: z.string(),
  province_name: z.string(),
  status: z.string().nullable(),
  opleidingen: z.string(),
  students: z.number().int(),
  place: z.string(),
  contact_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const inboxRow = z.object({
  kind: z.enum(['registration', 'membership']),
  id: uuid,
  created_at: z.string(),
  province_code: z.string(),
  organisation_id: uuid,
  organisation_name: z.string(),
  opleiding: z.string(),
  student_count: z.number().int().nullable(),
  travel_mode: travelMode.nullable(),
  max_minutes: z.number().int().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  place: z.string().nullable(),
  partnership_id: uuid.nullable(),
  partnership_name: z.string().nullable(),
  message: z.string().nullable(),
});

export const partnershipRow = z.object({
  id: uuid,
  name: z.string(),
  scheme: z.enum(['brancheopleiding', 'top']),
  opleidingen: z.array(opleiding),
  status: z.enum(['seeking', 'forming', 'active', 'ended']),
  province_code: z.string(),
  place: z.string(),
  lat: z.number(),
  lng: z.number(),
  coordinator_org_id: uuid,
  coordinator_name: z.string(),
  member_count: z.number().int(),
  max_members: z.number().int(),
  students: z.partialRecord(opleiding, z.number().int()),
  start_date: z.string().nullable(),
  training_year: z.number().int().nullable(),
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
  demand: z.array(
    z.object({
      opleiding,
      student_count: z.number().int(),
      travel_mode: travelMode,
      max_minutes: z.number().int(),
    }),
  ),
  seeking: z.array(
    z.object({
      id: uuid,
      intent: z.enum(['found', 'join']),
      opleiding,
      student_count: z.number().int(),
      created_at: z.string(),
    }),
  ),
  partnership_ids: z.array(uuid),
});

export const organisationDetailsRow = z.object({
  id: uuid,
  name: z.string(),
  kind: organisationKind,
  website: z.string().nullable(),
  is_vgn_member: z.boolean(),
  contact_visible: z.boolean(),
  contact_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const identityRow = z.object({
  user_id: uuid,
  display_name: z.string(),
  role: z.enum(['medewerker', 'avz_coordinator']),
  organisation_id: uuid.nullable(),
  organisation_name: z.string().nullable(),
  ambassador_provinces: z.array(z.string()),
  coordinated_partnerships: z.array(uuid),
});

export const registrationRow = z.object({
  registration_id: uuid,
  organisation_id: uuid,
  site_id: uuid,
  province_code: z.string(),
  routed_to_org_id: uuid.nullable(),
  routed_to_name: z.string().nullable(),
});

export const membershipDecisionRow = z.object({ membership_id: uuid, state: z.string() });

export const invitationRow = z.object({
  invitation_id: uuid,
  token: z.string().regex(/^[0-9a-f]{64}$/),
  expires_at: z.string(),
});

export const acceptedInvitationRow = z.object({
  organisation_id: uuid,
  partnership_id: uuid.nullable(),
  membership_id: uuid.nullable(),
  membership_state: z.string().nullable(),
});

// Compile-time check that the schemas agree with the Database type.
type Agrees<S extends z.ZodType, Row> = z.infer<S> extends Row ? true : never;
export const schemasAgree: [
  Agrees<typeof coverageRow, RpcRows<'coverage_by_province'>[number]>,
  Agrees<typeof partnershipRow, RpcRows<'partnerships_in_bbox'>[number]>,
  Agrees<typeof siteRow, RpcRows<'sites_in_bbox'>[number]>,
  Agrees<typeof organisationDetailsRow, RpcRows<'organisation_details'>[number]>,
  Agrees<typeof identityRow, RpcRows<'my_identity'>[number]>,
  Agrees<typeof registrationRow, RpcRows<'register_seeker'>[number]>,
] = [true, true, true, true, true, true];

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
