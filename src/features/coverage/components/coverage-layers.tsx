import { useEffect, useMemo } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '../../../data/queries/provinces';
import { useUrlState } from '../../../lib/url-state';
import { useMap } from '../../../map/map-context';
import { COVERAGE_LABEL_SOURCE_ID, coverageLabelLayers } from '../../../map/layers/coverage';
import { NETWORK_SITE_SOURCE_ID } from '../../../map/layers/network';
import { PROVINCE_SOURCE_ID } from '../../../map/layers/provinces';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useSourceReady } from '../../../map/use-source-ready';
import { useCoverageView } from '../hooks/use-coverage-view';

/** The coverage board on the map: choropleth for the filters, status labels, gaps marked. */
export function CoverageLayers() {
  const { t } = useTranslation();
  const map = useMap();
  const active = useUrlState((s) => s.journey) === 'coverage';
  const view = useCoverageView();
  const { data: provinces } = useProvinces();
  const provincesOnMap = useSourceReady(map, PROVINCE_SOURCE_ID);
  const sitesOnMap = useSourceReady(map, NETWORK_SITE_SOURCE_ID);

  const labels = useMemo<FeatureCollection<Point>>(() => {
    if (!active || !view || !provinces) return { type: 'FeatureCollection', features: [] };
    return {
      type: 'FeatureCollection',
      features: view.board.flatMap((row) => {
        const province = provinces.features.find((f) => f.id === row.code);
        if (!province) return [];
        const text = [
          t(`status.${row.status}`),
          row.ambassadors.length ? null : t('coverage.noAmbassador'),
        ]
          .filter(Boolean)
          .join(' · ');
        return [
          {
            type: 'Feature' as const,
            properties: { code: row.code, text },
            geometry: { type: 'Point' as const, coordinates: province.properties.label },
          },
        ];
      }),
    };
  }, [active, view, provinces, t]);
  useGeoJsonLayers(map, COVERAGE_LABEL_SOURCE_ID, labels, coverageLabelLayers);

  // The choropleth follows the board's date and opleiding while this journey is open.
  useEffect(() => {
    if (!map || !active || !view || !provincesOnMap) return;
    for (const row of view.board) {
      map.setFeatureState({ source: PROVINCE_SOURCE_ID, id: row.code }, { coverage: row.status });
    }
  }, [map, active, view, provincesOnMap]);

  useEffect(() => {
    if (!map || !active || !view?.unmatched || !sitesOnMap) return;
    const ids = [...new Set(view.unmatched.map((s) => s.siteId))];
    for (const id of ids)
      map.setFeatureState({ source: NETWORK_SITE_SOURCE_ID, id }, { unmatched: true });
    return () => {
      if (!map.style || !map.getSource(NETWORK_SITE_SOURCE_ID)) return;
      for (const id of ids)
        map.setFeatureState({ source: NETWORK_SITE_SOURCE_ID, id }, { unmatched: false });
    };
  }, [map, active, view, sitesOnMap]);

  return null;
}
