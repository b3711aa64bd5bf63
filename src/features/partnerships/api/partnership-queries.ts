import { useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { portWrite } from '../../../data/queries/mutation';
export { useDirectory } from '../../../data/queries/directory';
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

export const useSetStatus = portWrite('setPartnershipStatus');
export const useSaveAgreement = portWrite('saveAgreement');
export const useSaveTrainingPlan = portWrite('saveTrainingPlan');
export const useRecordGovernance = portWrite('recordGovernanceAgreement');
export const useRecordMilestone = portWrite('recordMilestone');
export const useSignRegistration = portWrite('signRegistration');
export const useDecideMembership = portWrite('decideMembership');
export const useFoundPartnership = portWrite('foundPartnership');
export const useInviteOrganisation = portWrite('inviteOrganisation');
export const useRemoveMember = portWrite('removeMember');
export const useLeavePartnership = portWrite('leavePartnership');
export const useHandOver = portWrite('handOverCoordination');
export const useRespondToHandover = portWrite('respondToHandover');
