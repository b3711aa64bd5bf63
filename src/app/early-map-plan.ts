import { hashKey, type QueryKey } from '@tanstack/react-query';
import type { Snapshot } from '../data/embedded/snapshot';
import { usePersonaStore } from '../data/embedded/persona-store';
import { VISITOR } from '../data/embedded/personas';
import { partnershipPoints, sitePoints } from '../data/network-points';
import { preloadProvinces } from '../data/queries/provinces';
import type { CoverageRow, PartnershipRow, SiteRow } from '../data/schemas';
import { env } from '../config/env';
import { provincesWithLabelPoints } from '../domain/provinces';
import { queryKeys } from '../lib/query-keys';
import { hasPersistedCache } from '../lib/query-persistence';
import type { EarlyMapPlan } from '../map/early-map';
import {
  NETWORK_SITE_SOURCE_ID,
  PARTNERSHIP_SOURCE_ID,
  networkSiteLayers,
  partnershipLayers,
} from '../map/layers/network';
import { PROVINCE_SOURCE_ID, provinceLayers } from '../map/layers/provinces';
import { SITE_SOURCE_ID, siteLayers } from '../map/layers/sites';

/**
 * What the map can draw before React renders, on a first visit: the provinces, the seeded
 * partnerships and sites and the provinces' coverage, from the build's snapshot — the very
 * objects the layers get once React has hydrated it, so they take the sources over as they are.
 * Null on a revisit (kept data may be newer than the snapshot), for another persona, or without
 * a snapshot: the map then starts in the map view with everything at once, as before.
 */
export async function earlyMapPlan(snapshot: Snapshot | null): Promise<EarlyMapPlan | null> {
  if (!snapshot || usePersonaStore.getState().persona !== VISITOR || hasPersistedCache()) {
    return null;
  }
  // Preloaded by index.html: there by the time the snapshot is.
  const provinces = await preloadProvinces().catch(() => null);
  if (!provinces) return null;
  const data = <T>(key: QueryKey) => {
    const hash = hashKey(key);
    return snapshot.state.queries.find((q) => hashKey(q.queryKey) === hash)?.state.data as
      T | undefined;
  };
  const partnerships = data<PartnershipRow[]>(queryKeys.db.partnerships(VISITOR));
  const sites = data<SiteRow[]>(queryKeys.db.sites(VISITOR));
  const coverage = data<CoverageRow[]>(queryKeys.db.coverage(VISITOR, null));
  if (!partnerships || !sites || !coverage) return null;
  const basemap = env.VITE_BASEMAP;
  return {
    basemap,
    provinces,
    sources: [
      {
        id: PROVINCE_SOURCE_ID,
        data: provincesWithLabelPoints(provinces),
        promoteId: 'code',
        layers: provinceLayers(basemap),
      },
      {
        id: NETWORK_SITE_SOURCE_ID,
        data: sitePoints(sites),
        promoteId: 'id',
        layers: networkSiteLayers,
        afterFirstFrame: true,
      },
      {
        id: PARTNERSHIP_SOURCE_ID,
        data: partnershipPoints(partnerships),
        promoteId: 'id',
        layers: partnershipLayers,
      },
      ...(env.VITE_SITES_URL
        ? [{ id: SITE_SOURCE_ID, data: env.VITE_SITES_URL, layers: siteLayers }]
        : []),
    ],
    featureStates: coverage.map((row) => ({
      source: PROVINCE_SOURCE_ID,
      id: row.code,
      state: { coverage: row.status },
    })),
  };
}
