import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { partnershipPoints, sitePoints } from '../../../data/network-points';

/** Partnerships and sites as GeoJSON for the map, derived from the query data. */
export function useNetworkGeoJson() {
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  return {
    partnershipPoints: partnerships && partnershipPoints(partnerships),
    sitePoints: sites && sitePoints(sites),
  };
}
