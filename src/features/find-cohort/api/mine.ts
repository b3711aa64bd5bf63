import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { useDataMutation } from '../../../data/queries/mutation';
import type { RpcArgs } from '../../../data/rpc';
import { queryKeys } from '../../../lib/query-keys';

/** The signed-in organisation's registrations, newest first. */
export function useMyRegistrations(enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.db.myRegistrations(identity),
      queryFn: () => port!.myRegistrations(),
      enabled: port !== null && enabled,
    }),
  );
}

/** Its requests, invitations and memberships, with the coordination offers among them. */
export function useMyMemberships(enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.db.myMemberships(identity),
      queryFn: () => port!.myMemberships(),
      enabled: port !== null && enabled,
    }),
  );
}

export const useUpdateRegistration = () =>
  useDataMutation((port, args: RpcArgs<'update_registration'>) => port.updateRegistration(args));
export const useWithdrawRegistration = () =>
  useDataMutation((port, args: RpcArgs<'withdraw_registration'>) =>
    port.withdrawRegistration(args),
  );
export const useWithdrawRequest = () =>
  useDataMutation((port, args: RpcArgs<'withdraw_request'>) => port.withdrawRequest(args));
export const useRespondToInvitation = () =>
  useDataMutation((port, args: RpcArgs<'respond_to_invitation'>) => port.respondToInvitation(args));
export const useRespondToHandover = () =>
  useDataMutation((port, args: RpcArgs<'respond_to_handover'>) => port.respondToHandover(args));
