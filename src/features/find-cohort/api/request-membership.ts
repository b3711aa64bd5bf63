import { useDataMutation } from '../../../data/queries/mutation';
import type { RpcArgs } from '../../../data/rpc';

/** "Vraag om aan te sluiten": a membership request the coordinator and ambassador see. */
export const useRequestMembership = () =>
  useDataMutation((port, args: RpcArgs<'request_membership'>) => port.requestMembership(args));
