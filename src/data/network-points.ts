import type { FeatureCollection, Point } from 'geojson';
import type { PartnershipRow, SiteRow } from './schemas';

type Points = FeatureCollection<Point>;

// One answer, one GeoJSON object: the map that started before React and the network layers
// that take it over compare sources by reference, so the same rows must give the same object.
const partnershipCache = new WeakMap<readonly PartnershipRow[], Points>();
const siteCache = new WeakMap<readonly SiteRow[], Points>();

/** Partnerships as map points: id, name and status, nothing personal. */
export function partnershipPoints(partnerships: readonly PartnershipRow[]): Points {
  let points = partnershipCache.get(partnerships);
  if (!points) {
    points = {
      type: 'FeatureCollection',
      features: partnerships.map((p) => ({
        type: 'Feature',
        properties: { id: p.id, name: p.name, status: p.status },
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      })),
    };
    partnershipCache.set(partnerships, points);
  }
  return points;
}

/** Provider sites as map points; `seeking` marks the ones looking for a partnership. */
export function sitePoints(sites: readonly SiteRow[]): Points {
  let points = siteCache.get(sites);
  if (!points) {
    points = {
      type: 'FeatureCollection',
      features: sites.map((s) => ({
        type: 'Feature',
        properties: { id: s.id, name: s.organisation_name, seeking: s.seeking.length > 0 },
        geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
      })),
    };
    siteCache.set(sites, points);
  }
  return points;
}
