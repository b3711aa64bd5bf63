import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import type { RpcArgs } from '../../../data/rpc';
import { useDataMutation } from '../../../data/queries/mutation';
import { queryKeys } from '../../../lib/query-keys';

/** Newcomers and join requests the signed-in person may answer, oldest first. */
export function useInbox(enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.db.inbox(identity),
      queryFn: () => port!.ambassadorInbox(),
      enabled: port !== null && enabled,
    }),
  );
}

export const useAnswerWithPartnership = () =>
  useDataMutation((port, args: RpcArgs<'answer_with_partnership'>) =>
    port.answerWithPartnership(args),
  );
export const useDeclineRegistration = () =>
  useDataMutation((port, args: RpcArgs<'decline_registration'>) => port.declineRegistration(args));
export const useDecideMembership = () =>
  useDataMutation((port, args: RpcArgs<'decide_membership'>) => port.decideMembership(args));
export const useCreateInvitation = () =>
  useDataMutation((port, args: RpcArgs<'create_invitation'>) => port.createInvitation(args));
export const useProposePartnership = () =>
  useDataMutation((port, args: RpcArgs<'propose_partnership'>) => port.proposePartnership(args));
export const useAcceptInvitation = () =>
  useDataMutation((port, args: RpcArgs<'accept_invitation'>) => port.acceptInvitation(args));

export const useAssignAmbassador = () =>
  useDataMutation((port, args: RpcArgs<'assign_ambassador'>) => port.assignAmbassador(args));
export const useRemoveAmbassador = () =>
  useDataMutation((port, args: RpcArgs<'remove_ambassador'>) => port.removeAmbassador(args));

/** The latest decisions the signed-in coordinator or AvZ may read (RLS decides which). */
export function useAuditTrail(enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.db.auditTrail(identity),
      queryFn: () => port!.auditTrail({ max_rows: 25 }),
      enabled: port !== null && enabled,
    }),
  );
}
