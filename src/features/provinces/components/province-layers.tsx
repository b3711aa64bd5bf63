import { useEffect, useMemo, useRef } from 'react';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { isProvinceCode, provincesWithLabelPoints } from '../../../domain/provinces';
import { useMap } from '../../../map/map-context';
import {
  PROVINCE_FILL_LAYER_ID,
  PROVINCE_SOURCE_ID,
  provinceLayers,
} from '../../../map/layers/provinces';
import { NETWORK_POINT_LAYERS } from '../../../map/layers/network';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useUrlState } from '../../../lib/url-state';
import { useProvinces } from '../../../data/queries/provinces';
import { useProvinceCamera } from '../hooks/use-province-camera';
import { useProvinceHover } from '../stores/province-hover';

/** Province areas and labels on the map, with hover and click selection. */
export function ProvinceLayers({ basemap }: { basemap: 'none' | 'pdok' }) {
  const map = useMap();
  const { data: provinces } = useProvinces();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const hovered = useProvinceHover((s) => s.hovered?.code ?? null);
  const setHovered = useProvinceHover((s) => s.setHovered);
  const { fitTo, showCountry } = useProvinceCamera();

  const layers = useMemo(() => provinceLayers(basemap), [basemap]);
  const data = useMemo(() => provinces && provincesWithLabelPoints(provinces), [provinces]);
  useGeoJsonLayers(map, PROVINCE_SOURCE_ID, data, layers, { promoteId: 'code' });

  useFeatureFlag(PROVINCE_SOURCE_ID, selected, 'selected', provinces !== undefined);
  useFeatureFlag(PROVINCE_SOURCE_ID, hovered, 'hover', provinces !== undefined);

  // Selection → camera, whether it came from the map, the list, the URL or the back button.
  // The first placement (a shared link) jumps; the map already starts on the whole country.
  const placed = useRef(false);
  useEffect(() => {
    if (!provinces || !map) return;
    const first = !placed.current;
    placed.current = true;
    const feature = provinces.features.find((f) => f.id === selected);
    if (feature) fitTo(feature.properties.bbox, { animate: !first });
    else if (!first) showCountry();
  }, [map, provinces, selected, fitTo, showCountry]);

  useEffect(() => {
    if (!map) return;
    const codeOf = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      return isProvinceCode(code) ? code : null;
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const code = codeOf(e);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      setHovered(code ? { code, point: [e.point.x, e.point.y] } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setHovered(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      // "Zoek een groep" and the invitation page use map clicks for a location; provinces then
      // come from the list.
      const journey = useUrlState.getState().journey;
      if (journey === 'find' || journey === 'invitation') return;
      // A click on a partnership or site selects that, not the province under it.
      const points = NETWORK_POINT_LAYERS.map((c) => c.layer).filter((id) => map.getLayer(id));
      if (points.length && map.queryRenderedFeatures(e.point, { layers: points }).length) return;
      const code = codeOf(e);
      if (code) selectProvince(code);
    };
    map.on('mousemove', PROVINCE_FILL_LAYER_ID, onMove);
    map.on('mouseleave', PROVINCE_FILL_LAYER_ID, onLeave);
    map.on('click', PROVINCE_FILL_LAYER_ID, onClick);
    return () => {
      map.off('mousemove', PROVINCE_FILL_LAYER_ID, onMove);
      map.off('mouseleave', PROVINCE_FILL_LAYER_ID, onLeave);
      map.off('click', PROVINCE_FILL_LAYER_ID, onClick);
    };
  }, [map, selectProvince, setHovered]);

  return null;
}

/** Sets a boolean feature-state on one feature and clears it when the id changes. */
function useFeatureFlag(source: string, id: string | null, flag: string, ready: boolean) {
  const map = useMap();
  useEffect(() => {
    if (!map || !id || !ready) return;
    map.setFeatureState({ source, id }, { [flag]: true });
    return () => {
      if (map.style && map.getSource(source))
        map.setFeatureState({ source, id }, { [flag]: false });
    };
  }, [map, source, id, flag, ready]);
}
