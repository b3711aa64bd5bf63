import { useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { useDataMutation } from '../../../data/queries/mutation';
export { useDirectory } from '../../../data/queries/directory';
import type { DataPort } from '../../../data/port';
import { queryKeys } from '../../../lib/query-keys';

/** A partnership's public page; null when it does not exist. */
export function usePartnershipPage(id: string, enabled = true) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.partnershipPage(identity, id),
    queryFn: () => port!.partnershipPage(id),
    enabled: port !== null && enabled,
  });
}

/** The members' part; null for whoever may not see it. */
export function useWorkspace(id: string, enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.workspace(identity, id),
    queryFn: () => port!.partnershipWorkspace(id),
    enabled: port !== null && enabled,
  });
}

type Args<K extends keyof DataPort> = DataPort[K] extends (args: infer A) => unknown ? A : never;
const write =
  <K extends keyof DataPort>(name: K) =>
  () =>
    useDataMutation((port, args: Args<K>) =>
      (port[name] as (a: Args<K>) => Promise<unknown>)(args),
    );

export const useSetStatus = write('setPartnershipStatus');
export const useSaveAgreement = write('saveAgreement');
export const useSaveTrainingPlan = write('saveTrainingPlan');
export const useRecordGovernance = write('recordGovernanceAgreement');
export const useRecordMilestone = write('recordMilestone');
export const useSignRegistration = write('signRegistration');
export const useDecideMembership = write('decideMembership');
export const useFoundPartnership = write('foundPartnership');
export const useInviteOrganisation = write('inviteOrganisation');
export const useRemoveMember = write('removeMember');
export const useLeavePartnership = write('leavePartnership');
export const useHandOver = write('handOverCoordination');
export const useRespondToHandover = write('respondToHandover');
