import { z } from 'zod';
import type { RpcArgs, RpcName } from './database.types';
import { DataError, toDataError } from './errors';
import {
  acceptedInvitationRow,
  coverageBoardRow,
  coverageRow,
  exportRow,
  identityRow,
  inboxRow,
  invitationRow,
  membershipDecisionRow,
  organisationDetailsRow,
  partnershipRow,
  registrationRow,
  siteRow,
  timelineRow,
} from './schemas';
import type { Transport } from './transport';

export type BBoxArgs = RpcArgs<'partnerships_in_bbox'>;

/** Everything the journeys read and write, whichever backend answers. */
export function createDataPort(transport: Transport) {
  async function rows<S extends z.ZodType, F extends RpcName>(
    fn: F,
    args: RpcArgs<F>,
    schema: S,
  ): Promise<z.infer<S>[]> {
    let raw: unknown;
    try {
      raw = await transport.call(fn, args);
    } catch (error) {
      throw toDataError(error);
    }
    const parsed = z.array(schema).safeParse(raw);
    if (!parsed.success) {
      throw new DataError('unexpected', `${fn}: unexpected response (${parsed.error.message})`);
    }
    return parsed.data;
  }
  async function one<S extends z.ZodType, F extends RpcName>(fn: F, args: RpcArgs<F>, schema: S) {
    const [row] = await rows(fn, args, schema);
    if (row === undefined) throw new DataError('unexpected', `${fn}: no row returned`);
    return row;
  }

  return {
    coverageByProvince: (asOf?: string) =>
      rows('coverage_by_province', asOf ? { as_of: asOf } : {}, coverageRow),
    coverageBoard: (args: RpcArgs<'coverage_board'>) =>
      rows('coverage_board', args, coverageBoardRow),
    coverageTimeline: (args: RpcArgs<'coverage_timeline'>) =>
      rows('coverage_timeline', args, timelineRow),
    networkExport: (args: RpcArgs<'network_export'>) => rows('network_export', args, exportRow),
    partnershipsInBbox: (bbox: BBoxArgs) => rows('partnerships_in_bbox', bbox, partnershipRow),
    sitesInBbox: (bbox: BBoxArgs) => rows('sites_in_bbox', bbox, siteRow),
    organisationDetails: async (organisation: string) =>
      (await rows('organisation_details', { organisation }, organisationDetailsRow))[0] ?? null,
    myIdentity: async () => (await rows('my_identity', {}, identityRow))[0] ?? null,
    registerSeeker: (args: RpcArgs<'register_seeker'>) =>
      one('register_seeker', args, registrationRow),
    requestMembership: (args: RpcArgs<'request_membership'>) =>
      one('request_membership', args, membershipDecisionRow),
    decideMembership: (args: RpcArgs<'decide_membership'>) =>
      one('decide_membership', args, membershipDecisionRow),
    createInvitation: (args: RpcArgs<'create_invitation'>) =>
      one('create_invitation', args, invitationRow),
    acceptInvitation: (args: RpcArgs<'accept_invitation'>) =>
      one('accept_invitation', args, acceptedInvitationRow),
    ambassadorInbox: () => rows('ambassador_inbox', {}, inboxRow),
    assignAmbassador: (args: RpcArgs<'assign_ambassador'>) =>
      one('assign_ambassador', args, z.object({ ambassador_id: z.string() })),
    removeAmbassador: (args: RpcArgs<'remove_ambassador'>) =>
      one('remove_ambassador', args, z.object({ removed: z.boolean() })),
    myNotifications: () =>
      rows(
        'my_notifications',
        {},
        z.object({
          id: z.string(),
          kind: z.enum([
            'new_seeker',
            'join_request',
            'membership_accepted',
            'membership_declined',
            'membership_invited',
          ]),
          subject: z.string(),
          created_at: z.string(),
          read: z.boolean(),
        }),
      ),
    markNotificationsRead: () =>
      one('mark_notifications_read', {}, z.object({ marked: z.number(), unread: z.number() })),
    auditTrail: (args: RpcArgs<'audit_trail'>) =>
      rows(
        'audit_trail',
        args,
        z.object({
          at: z.string(),
          action: z.string(),
          entity: z.string(),
          partnership_id: z.string().nullable(),
          partnership_name: z.string().nullable(),
          actor_name: z.string().nullable(),
          details: z.unknown(),
        }),
      ),
    answerWithPartnership: (args: RpcArgs<'answer_with_partnership'>) =>
      one('answer_with_partnership', args, membershipDecisionRow),
    declineRegistration: (args: RpcArgs<'decline_registration'>) =>
      one(
        'decline_registration',
        args,
        z.object({ registration_id: z.string(), status: z.string() }),
      ),
  };
}

export type DataPort = ReturnType<typeof createDataPort>;
