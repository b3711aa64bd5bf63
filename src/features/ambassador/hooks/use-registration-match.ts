import { useMemo } from 'react';
import type { JoinOption, MatchResult, NewGroupOption } from '../../../domain/matching/types';
import { reachesGroup } from '../../../domain/matching/network';
import { OPLEIDINGEN, type Opleiding } from '../../../domain/vocabulary';
import { useIdentity } from '../../../data/queries/identity';
import { useMatchingNetwork } from '../../../data/queries/matching-network';
import type { InboxRow } from '../../../data/schemas';

export interface RegistrationMatch {
  opleiding: Opleiding;
  result: MatchResult;
  /** Partnerships within the registrant's reach with a free seat that the answerer steers. */
  joinable: JoinOption[];
  /** The best new group within reach when it brings 10 together. */
  proposable: NewGroupOption | null;
}

const asOpleiding = (value: string): Opleiding | null =>
  OPLEIDINGEN.find((o) => o === value) ?? null;

/**
 * The registration's options from the same matching model as "Zoek een groep": the answers an
 * ambassador can give follow from them.
 */
export function useRegistrationMatch(item: InboxRow): RegistrationMatch | null {
  const opleiding = item.kind === 'registration' ? asOpleiding(item.opleiding) : null;
  const network = useMatchingNetwork(opleiding);
  const { data: identity } = useIdentity();
  return useMemo(() => {
    if (!network || !opleiding || item.lat === null || item.lng === null) return null;
    const result = network.match({
      lat: item.lat,
      lng: item.lng,
      place: item.place ?? '',
      opleiding,
      students: item.student_count ?? 1,
      mode: item.travel_mode ?? 'ov',
      maxMinutes: item.max_minutes ?? 30,
      organisationId: item.organisation_id,
    });
    if (!result) return null;
    const steers = (provinceCode: string, partnershipId: string) =>
      identity?.role === 'avz_coordinator' ||
      identity?.ambassador_provinces.includes(provinceCode) ||
      identity?.coordinated_partnerships.includes(partnershipId);
    const joinable = result.options.filter(
      (o): o is JoinOption =>
        o.kind === 'join' &&
        o.withinLimit &&
        !o.full &&
        !!steers(o.partnership.provinceCode, o.partnership.id),
    );
    const best = result.options.find((o): o is NewGroupOption => o.kind === 'new' && o.withinLimit);
    return {
      opleiding,
      result,
      joinable,
      proposable: best && reachesGroup(best) ? best : null,
    };
  }, [network, opleiding, item, identity]);
}
