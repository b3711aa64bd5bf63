import { useMemo } from 'react';
import type { MatchRequest, MatchResult } from '../../../domain/matching/types';
import { reachKm } from '../../../domain/reach';
import { useIdentity } from '../../../data/queries/identity';
import { useMatchingNetwork } from '../../../data/queries/matching-network';
import { useFindStore } from '../stores/find-params';

export interface FindMatch {
  request: MatchRequest;
  result: MatchResult;
  /** The asker's reach in straight-line km (the zone on the map). */
  radiusKm: number;
}

/**
 * "Where can my students join a group of 10?" for the search on screen, from the one matching
 * model. Null while there is no place or data, and whenever a field holds an invalid value: then
 * the field's error stands alone and no stale answer is shown.
 */
export function useMatch(): FindMatch | null {
  const { origin, opleiding, students, mode, minutes, invalid } = useFindStore();
  const { data: identity } = useIdentity();
  const network = useMatchingNetwork(opleiding);
  return useMemo(() => {
    if (!origin || !network || invalid.length) return null;
    const request: MatchRequest = {
      lat: origin.lat,
      lng: origin.lng,
      place: origin.label,
      opleiding,
      students,
      mode,
      maxMinutes: minutes,
      organisationId: identity?.organisation_id ?? null,
    };
    const result = network.match(request);
    return result ? { request, result, radiusKm: reachKm(request) } : null;
  }, [origin, opleiding, students, mode, minutes, invalid, identity, network]);
}
