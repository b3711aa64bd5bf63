import type { FeatureCollection, Point } from 'geojson';
import type { PartnershipRow, SiteRow } from './schemas';

type Points = FeatureCollection<Point>;

// One answer, one GeoJSON object: the map that started before React and the network layers
// that take it over compare sources by reference, so the same rows must give the same object.
function memoisedPoints<Row extends { lng: number; lat: number }>(
  properties: (row: Row) => Record<string, unknown>,
) {
  const made = new WeakMap<readonly Row[], Points>();
  return (rows: readonly Row[]): Points => {
    let points = made.get(rows);
    if (!points) {
      points = {
        type: 'FeatureCollection',
        features: rows.map((row) => ({
          type: 'Feature',
          properties: properties(row),
          geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
        })),
      };
      made.set(rows, points);
    }
    return points;
  };
}

/** Partnerships as map points: id, name and status, nothing personal. */
export const partnershipPoints = memoisedPoints<PartnershipRow>((p) => ({
  id: p.id,
  name: p.name,
  status: p.status,
}));

/** Provider sites as map points; `seeking` marks the ones looking for a partnership. */
export const sitePoints = memoisedPoints<SiteRow>((s) => ({
  id: s.id,
  name: s.organisation_name,
  seeking: s.seeking.length > 0,
}));
