import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useMap } from '../../../map/map-context';
import {
  NETWORK_POINT_LAYERS,
  NETWORK_SITE_SOURCE_ID,
  PARTNERSHIP_SOURCE_ID,
  networkSiteLayers,
  partnershipLayers,
} from '../../../map/layers/network';
import { PROVINCE_LABEL_LAYER_ID, PROVINCE_SOURCE_ID } from '../../../map/layers/provinces';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
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

  useGeoJsonLayers(
    map,
    NETWORK_SITE_SOURCE_ID,
    sitePoints,
    networkSiteLayers,
    { promoteId: 'id' },
    PROVINCE_LABEL_LAYER_ID,
  );
  useGeoJsonLayers(map, PARTNERSHIP_SOURCE_ID, partnershipPoints, partnershipLayers, {
    promoteId: 'id',
  });

  // Province fills show their coverage status (feature-state, the province data stays as is);
  // the coverage board sets its own, filtered, status while it is open.
  const journey = useUrlState((s) => s.journey);
  useEffect(() => {
    if (!map || !coverage || journey === 'coverage' || !map.getSource(PROVINCE_SOURCE_ID)) return;
    for (const row of coverage) {
      map.setFeatureState({ source: PROVINCE_SOURCE_ID, id: row.code }, { coverage: row.status });
    }
  }, [map, coverage, journey]);

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

  useEffect(() => {
    if (!map) return;
    // One handler for all point layers: the top-most point under the pointer wins, so a
    // partnership beats the site it meets at.
    const onClick = (e: MapMouseEvent) => {
      const layers = NETWORK_POINT_LAYERS.map((c) => c.layer).filter((id) => map.getLayer(id));
      const [hit] = map.queryRenderedFeatures(e.point, { layers });
      const id = hit?.properties?.id;
      const kind = NETWORK_POINT_LAYERS.find((c) => c.layer === hit?.layer.id)?.kind;
      if (kind && typeof id === 'string') select({ kind, id });
    };
    const onEnter = () => (map.getCanvas().style.cursor = 'pointer');
    const onLeave = () => (map.getCanvas().style.cursor = '');
    map.on('click', onClick);
    for (const { layer } of NETWORK_POINT_LAYERS) {
      map.on('mouseenter', layer, onEnter);
      map.on('mouseleave', layer, onLeave);
    }
    return () => {
      map.off('click', onClick);
      for (const { layer } of NETWORK_POINT_LAYERS) {
        map.off('mouseenter', layer, onEnter);
        map.off('mouseleave', layer, onLeave);
      }
    };
  }, [map, select]);

  return null;
}
