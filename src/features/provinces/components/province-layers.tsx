import { useEffect, useMemo, useRef } from 'react';
import { isProvinceCode, provincesWithLabelPoints } from '../../../domain/provinces';
import { useMap } from '../../../map/map-context';
import {
  PROVINCE_FILL_LAYER_ID,
  PROVINCE_SOURCE_ID,
  provinceLayers,
} from '../../../map/layers/provinces';
import type { MapInteraction } from '../../../map/interaction-router';
import { useMapInteraction } from '../../../map/use-map-interaction';
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
  const currentJourney = useUrlState((s) => s.journey);
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

  // Each journey opens on its own view: switching to one frames the chosen province or the
  // whole country, not the zoom another journey left behind. "Zoek een groep" frames its search.
  const shownJourney = useRef(currentJourney);
  useEffect(() => {
    if (!provinces || !map || shownJourney.current === currentJourney) return;
    shownJourney.current = currentJourney;
    if (currentJourney === 'find' || currentJourney === 'invitation') return;
    const feature = provinces.features.find((f) => f.id === selected);
    if (feature) fitTo(feature.properties.bbox);
    else showCountry();
  }, [map, provinces, currentJourney, selected, fitTo, showCountry]);

  // "Zoek een groep" and the invitation page use map clicks for a location; provinces then
  // come from the list, and a province only shows its name on hover.
  const clickSelects = currentJourney !== 'find' && currentJourney !== 'invitation';
  const provinceInteraction = useMemo<MapInteraction>(
    () => ({
      layers: [PROVINCE_FILL_LAYER_ID],
      onHover: (hit) => {
        const code = hit?.properties.code;
        setHovered(hit && isProvinceCode(code) ? { code, point: hit.point } : null);
      },
      onClick: clickSelects
        ? (hit) => {
            const code = hit?.properties.code;
            if (isProvinceCode(code)) selectProvince(code);
          }
        : undefined,
    }),
    [clickSelects, selectProvince, setHovered],
  );
  useMapInteraction(provinceInteraction);

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
