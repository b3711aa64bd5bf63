import { useMemo } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';

/** Partnerships and sites as GeoJSON for the map, derived from the query data. */
export function useNetworkGeoJson() {
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();

  const partnershipPoints = useMemo<FeatureCollection<Point> | undefined>(
    () =>
      partnerships && {
        type: 'FeatureCollection',
        features: partnerships.map((p) => ({
          type: 'Feature',
          properties: { id: p.id, name: p.name, status: p.status },
          geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        })),
      },
    [partnerships],
  );

  const sitePoints = useMemo<FeatureCollection<Point> | undefined>(
    () =>
      sites && {
        type: 'FeatureCollection',
        features: sites.map((s) => ({
          type: 'Feature',
          properties: { id: s.id, name: s.organisation_name, seeking: s.seeking.length > 0 },
          geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
        })),
      },
    [sites],
  );

  return { partnershipPoints, sitePoints };
}
