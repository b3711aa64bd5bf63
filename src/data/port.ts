import * as z from 'zod/mini';
import { DataError, toDataError } from './errors';
import type { RpcArgs, RpcName } from './rpc';
import { rowSchemas, type RowOf } from './schemas';
import type { CallOptions, Transport } from './transport';

export type BBoxArgs = RpcArgs<'partnerships_in_bbox'>;

/** Everything the journeys read and write, whichever backend answers. */
export function createDataPort(transport: Transport) {
  let answered = false;
  /** Calls an API function and parses its rows with that function's schema. */
  async function rows<F extends RpcName>(
    fn: F,
    args: RpcArgs<F>,
    options?: CallOptions,
  ): Promise<RowOf<F>[]> {
    let raw: unknown;
    try {
      raw = await transport.call(fn, args, options);
    } catch (error) {
      throw toDataError(error);
    }
    const parsed = z.array(rowSchemas[fn]).safeParse(raw);
    if (!parsed.success) {
      throw new DataError('unexpected', `${fn}: unexpected response (${parsed.error.message})`);
    }
    if (!answered) {
      answered = true;
      // bench/embedded: when the live database first answered.
      performance.mark('samenkaart:live');
    }
    return parsed.data as RowOf<F>[];
  }
  /** A write: one row back, once the change is stored. */
  async function one<F extends RpcName>(fn: F, args: RpcArgs<F>): Promise<RowOf<F>> {
    const [row] = await rows(fn, args, { write: true });
    if (row === undefined) throw new DataError('unexpected', `${fn}: no row returned`);
    return row;
  }
  const first = async <F extends RpcName>(fn: F, args: RpcArgs<F>) =>
    (await rows(fn, args))[0] ?? null;
  const call =
    <F extends RpcName>(fn: F) =>
    (args: RpcArgs<F>) =>
      one(fn, args);

  return {
    // Reads: the map, the coverage board, the inbox, one's own organisation.
    coverageByProvince: (asOf?: string) =>
      rows('coverage_by_province', asOf ? { as_of: asOf } : {}),
    coverageBoard: (args: RpcArgs<'coverage_board'>) => rows('coverage_board', args),
    coverageTimeline: (args: RpcArgs<'coverage_timeline'>) => rows('coverage_timeline', args),
    networkExport: (args: RpcArgs<'network_export'>) => rows('network_export', args),
    partnershipsInBbox: (bbox: BBoxArgs) => rows('partnerships_in_bbox', bbox),
    sitesInBbox: (bbox: BBoxArgs) => rows('sites_in_bbox', bbox),
    organisationDetails: (organisation: string) => first('organisation_details', { organisation }),
    myIdentity: () => first('my_identity', {}),
    myRegistrations: () => rows('my_registrations', {}),
    myMemberships: () => rows('my_memberships', {}),
    myNotifications: () => rows('my_notifications', {}),
    ambassadorInbox: () => rows('ambassador_inbox', {}),
    auditTrail: (args: RpcArgs<'audit_trail'>) => rows('audit_trail', args),
    partnershipDirectory: () => rows('partnership_directory', {}),
    partnershipPage: (partnership: string) => first('partnership_page', { partnership }),
    partnershipWorkspace: (partnership: string) => first('partnership_workspace', { partnership }),
    schemeRuleTable: () => rows('scheme_rule_table', {}),
    infoPageList: () => rows('info_page_list', {}),
    infoPage: (slug: string) => first('info_page', { page_slug: slug }),
    infoPageHistory: (page: string) => rows('info_page_history', { page }),
    questionList: (args: RpcArgs<'question_list'>) => rows('question_list', args),
    questionThread: (question: string) => first('question_thread', { question }),
    searchKnowledge: (query: string) => rows('search_knowledge', { query }),
    eventList: (province: string | null) =>
      rows('event_list', province ? { province_filter: province } : {}),
    eventDetail: (event: string) => first('event_detail', { event }),
    eventCancellations: () => rows('event_cancellations', {}),
    eventRegistrations: (event: string) => rows('event_registration_list', { event }),

    // Writes: each one checked API function.
    registerSeeker: call('register_seeker'),
    updateRegistration: call('update_registration'),
    withdrawRegistration: call('withdraw_registration'),
    saveMyContact: call('save_my_contact'),
    foundPartnership: call('found_partnership'),
    requestMembership: call('request_membership'),
    withdrawRequest: call('withdraw_request'),
    decideMembership: call('decide_membership'),
    inviteOrganisation: call('invite_organisation'),
    withdrawInvitation: call('withdraw_invitation'),
    respondToInvitation: call('respond_to_invitation'),
    leavePartnership: call('leave_partnership'),
    removeMember: call('remove_member'),
    handOverCoordination: call('hand_over_coordination'),
    respondToHandover: call('respond_to_handover'),
    setMaxMembers: call('set_max_members'),
    createInvitation: call('create_invitation'),
    acceptInvitation: call('accept_invitation'),
    answerWithPartnership: call('answer_with_partnership'),
    proposePartnership: call('propose_partnership'),
    declineRegistration: call('decline_registration'),
    assignAmbassador: call('assign_ambassador'),
    removeAmbassador: call('remove_ambassador'),
    setPartnershipStatus: call('set_partnership_status'),
    saveAgreement: call('save_agreement'),
    saveTrainingPlan: call('save_training_plan'),
    recordGovernanceAgreement: call('record_governance_agreement'),
    recordMilestone: call('record_milestone'),
    signRegistration: call('sign_registration'),
    saveInfoPage: call('save_info_page'),
    restoreInfoPage: call('restore_info_page'),
    askQuestion: call('ask_question'),
    answerQuestion: call('answer_question'),
    markSolved: call('mark_solved'),
    voteAnswer: call('vote_answer'),
    reportPost: call('report_post'),
    moderatePost: call('moderate_post'),
    saveEvent: call('save_event'),
    registerForEvent: call('register_for_event'),
    cancelEventRegistration: call('cancel_event_registration'),
    cancelEvent: call('cancel_event'),
    reinstateEvent: call('reinstate_event'),
    markNotificationsRead: () => one('mark_notifications_read', {}),
  };
}

export type DataPort = ReturnType<typeof createDataPort>;
