import { useMemo } from 'react';
import type { MatchingNetwork } from '../../domain/matching/network';
import { OPLEIDINGEN, type Opleiding } from '../../domain/vocabulary';
import { matchingNetwork } from '../matching';
import { useNetworkSites, usePartnerships } from './network';

// Apart from network.ts so the map's start view does not load the spatial index with it.

/**
 * The matching network of one opleiding over the partnerships and sites on the map: built once
 * per data set and opleiding, shared by every screen that asks "where can these students go?".
 */
export function useMatchingNetwork(opleiding: Opleiding | null): MatchingNetwork | null {
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  return useMemo(
    () =>
      partnerships && sites && opleiding ? matchingNetwork(sites, partnerships, opleiding) : null,
    [partnerships, sites, opleiding],
  );
}

/** The networks of all three opleidingen (the coverage board asks for every seeker). */
export function useMatchingNetworks(): Record<Opleiding, MatchingNetwork> | null {
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  return useMemo(
    () =>
      partnerships && sites
        ? (Object.fromEntries(
            OPLEIDINGEN.map((o) => [o, matchingNetwork(sites, partnerships, o)]),
          ) as Record<Opleiding, MatchingNetwork>)
        : null,
    [partnerships, sites],
  );
}
