import { bbox, circle, featureCollection, point, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import type { BBox } from '../../../domain/provinces';
import { fitClear } from '../../../map/camera';
import {
  PARTNERSHIP_REACH_SOURCE_ID,
  partnershipReachLayers,
} from '../../../map/layers/partnership-reach';
import { useMap } from '../../../map/map-context';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useDirectory, usePartnershipPage } from '../api/partnership-queries';
import { useDimPartnerships } from '../hooks/use-dim-partnerships';
import { isUuid } from '../../../lib/uuid';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The partnership on the map: the area its students come from (the union of its members' reach
 * zones, an estimate like every reach), its meeting point in front and the others behind.
 */
export function PartnershipLayers() {
  const map = useMap();
  const { id } = useParams({ from: '/verbanden/$id' });
  const { data: page } = usePartnershipPage(id.toLowerCase(), isUuid(id));
  const { data: directory } = useDirectory();

  const zone = useMemo<FeatureCollection>(() => {
    if (!page?.member_sites.length) return EMPTY;
    const circles = page.member_sites.map((s) =>
      circle([s.lng, s.lat], s.reach_km, { steps: 64, units: 'kilometers' }),
    );
    const merged =
      circles.length > 1
        ? union(featureCollection<Polygon | MultiPolygon>(circles))
        : (circles[0] as Feature<Polygon>);
    return merged ? featureCollection([merged]) : EMPTY;
  }, [page]);
  useGeoJsonLayers(map, PARTNERSHIP_REACH_SOURCE_ID, zone, partnershipReachLayers);

  const all = useMemo(() => directory?.map((p) => p.id), [directory]);
  const keep = useMemo(() => (page ? new Set([page.id]) : null), [page]);
  useDimPartnerships(all, keep);

  // Each partnership's page opens on its area (once per partnership, not on every refetch).
  const framed = useRef<string | null>(null);
  useEffect(() => {
    if (!map || !page || framed.current === page.id) return;
    framed.current = page.id;
    const area = zone.features.length
      ? featureCollection([...zone.features, point([page.lng, page.lat])])
      : featureCollection([point([page.lng, page.lat])]);
    fitClear(map, bbox(area) as BBox, { base: 32, maxZoom: 11 });
  }, [map, page, zone]);

  return null;
}
