import { useEffect, useMemo } from 'react';
import type { MapInteraction } from '../../../map/interaction-router';
import { useMap } from '../../../map/map-context';
import { useMapInteraction } from '../../../map/use-map-interaction';
import {
  NETWORK_POINT_LAYERS,
  NETWORK_SITE_SOURCE_ID,
  PARTNERSHIP_SOURCE_ID,
  networkSiteLayers,
  partnershipLayers,
} from '../../../map/layers/network';
import { PROVINCE_SOURCE_ID } from '../../../map/layers/provinces';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useSourceReady } from '../../../map/use-source-ready';
import { useUrlState } from '../../../lib/url-state';
import { useCoverage } from '../../../data/queries/network';
import { useNetworkGeoJson } from '../hooks/use-network-geojson';

/** Partnerships, sites and province coverage from the database, drawn on the one map. */
export function NetworkLayers() {
  const map = useMap();
  const { partnershipPoints, sitePoints } = useNetworkGeoJson();
  const { data: coverage } = useCoverage();
  const selection = useUrlState((s) => s.selection);
  const select = useUrlState((s) => s.select);

  useGeoJsonLayers(map, NETWORK_SITE_SOURCE_ID, sitePoints, networkSiteLayers, {
    promoteId: 'id',
  });
  useGeoJsonLayers(map, PARTNERSHIP_SOURCE_ID, partnershipPoints, partnershipLayers, {
    promoteId: 'id',
  });

  // Province fills show their coverage status (feature-state, the province data stays as is);
  // the coverage board sets its own, filtered, status while it is open.
  const journey = useUrlState((s) => s.journey);
  const provincesOnMap = useSourceReady(map, PROVINCE_SOURCE_ID);
  useEffect(() => {
    if (!map || !coverage || journey === 'coverage' || !provincesOnMap) return;
    for (const row of coverage) {
      map.setFeatureState({ source: PROVINCE_SOURCE_ID, id: row.code }, { coverage: row.status });
    }
  }, [map, coverage, journey, provincesOnMap]);

  useEffect(() => {
    if (!map || !selection) return;
    const source =
      selection.kind === 'partnership' ? PARTNERSHIP_SOURCE_ID : NETWORK_SITE_SOURCE_ID;
    const target = { source, id: selection.id };
    if (!map.getSource(source)) return;
    map.setFeatureState(target, { selected: true });
    return () => {
      if (map.style && map.getSource(source)) map.setFeatureState(target, { selected: false });
    };
  }, [map, selection, partnershipPoints, sitePoints]);

  // A click on a point selects it; the router gives a partnership priority over its site.
  // On the invitation page a click places the newcomer's own site, also next to a point.
  const pointClicks = useMemo<MapInteraction | null>(
    () =>
      journey === 'invitation'
        ? null
        : {
            layers: NETWORK_POINT_LAYERS.map((c) => c.layer),
            onClick: (hit) => {
              const kind = NETWORK_POINT_LAYERS.find((c) => c.layer === hit?.layer)?.kind;
              const id = hit?.properties.id;
              if (kind && typeof id === 'string') select({ kind, id });
            },
          },
    [journey, select],
  );
  useMapInteraction(pointClicks);

  return null;
}
