import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { env } from '../config/env';
import { ProvinceDetails } from '../features/provinces/components/province-details';
import { ProvinceLayers } from '../features/provinces/components/province-layers';
import { ProvinceList } from '../features/provinces/components/province-list';
import { ProvinceTooltip } from '../features/provinces/components/province-tooltip';
import { AmbassadorPanel } from '../features/ambassador/components/ambassador-panel';
import { InvitationPanel } from '../features/ambassador/components/invitation-panel';
import { SitePickerLayer } from '../features/ambassador/components/site-picker-layer';
import { CoverageLayers } from '../features/coverage/components/coverage-layers';
import { CoverageLegend } from '../features/coverage/components/coverage-legend';
import { CoveragePanel } from '../features/coverage/components/coverage-panel';
import { FindPanel } from '../features/find-cohort/components/find-panel';
import { getGazetteer } from '../features/find-cohort/geocoding/create-geocoder';
import { ReachLayers } from '../features/find-cohort/components/reach-layers';
import { MapLegend } from '../features/network/components/map-legend';
import { NetworkLayers } from '../features/network/components/network-layers';
import { NetworkList } from '../features/network/components/network-list';
import { SelectionDetails } from '../features/network/components/selection-details';
import { useProvinces } from '../data/queries/provinces';
import { SiteLayers } from '../features/sites/components/site-layers';
import { useUrlState } from '../lib/url-state';
import { AppHeader } from './app-header';
import { DataStatus, ResetDemoData } from './data-status';
import { ErrorBoundary } from './error-boundary';
import { JOURNEY_NAV } from './journeys';
import { signalMapFirstFrame } from './map-ready';
import { useMapChunk } from './use-map-chunk';
import type { Snapshot } from '../data/embedded/snapshot';
import { AppProviders } from './providers';

/** Names a point after the nearest municipality, for a site picked on the map. */
const nearestPlaceName = (lat: number, lng: number) =>
  getGazetteer().nearest(lat, lng)?.label ?? `${lat.toFixed(3)}, ${lng.toFixed(3)}`;

function MapMessage({ children, isError = false }: { children: string; isError?: boolean }) {
  return (
    <div className="map-message" role={isError ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}

function Shell() {
  const { t } = useTranslation();
  const journey = useUrlState((s) => s.journey);
  const current = JOURNEY_NAV.find((j) => j.id === journey) ?? JOURNEY_NAV[0]!;
  const title = t(current.label);
  const mapChunk = useMapChunk();
  const province = useUrlState((s) => s.province);
  const { data: provinces } = useProvinces();
  const provinceName = provinces?.features.find((f) => f.id === province)?.properties.name ?? null;

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="layout" tabIndex={-1}>
        <div className="side-panel">
          <h1 className="journey-title">{title}</h1>
          <p className="journey-intro">{t(current.intro)}</p>
          <DataStatus />
          <SelectionDetails />
          {journey === 'find' ? <FindPanel /> : null}
          {journey === 'coverage' ? <CoveragePanel /> : null}
          {journey === 'ambassadors' ? <AmbassadorPanel /> : null}
          {journey === 'invitation' ? <InvitationPanel /> : null}
          {journey !== 'find' && journey !== 'invitation' ? (
            <>
              <ProvinceDetails />
              <NetworkList provinceName={provinceName} />
            </>
          ) : null}
          <ProvinceList />
          <ResetDemoData />
        </div>
        <div className="map-area">
          <ErrorBoundary fallback={<MapMessage isError>{t('map.loadError')}</MapMessage>}>
            {mapChunk.status === 'ready' ? (
              <mapChunk.MapView
                onFirstFrame={signalMapFirstFrame}
                label={t('map.label')}
                attribution={t('map.attribution')}
                basemap={env.VITE_BASEMAP}
                renderError={(reason) => (
                  <MapMessage isError>
                    {t(reason === 'webgl' ? 'map.webglMissing' : 'map.loadError')}
                  </MapMessage>
                )}
              >
                <ProvinceLayers basemap={env.VITE_BASEMAP} />
                <SiteLayers />
                <NetworkLayers />
                <ReachLayers />
                <CoverageLayers />
                <SitePickerLayer nameOf={nearestPlaceName} />
                <ProvinceTooltip />
              </mapChunk.MapView>
            ) : (
              <MapMessage isError={mapChunk.status === 'error'}>
                {t(mapChunk.status === 'error' ? 'map.loadError' : 'map.loading')}
              </MapMessage>
            )}
          </ErrorBoundary>
          <div className="map-legends">
            {journey === 'coverage' ? <CoverageLegend /> : null}
            <MapLegend />
          </div>
        </div>
      </main>
    </>
  );
}

export function App({ snapshot }: { snapshot: Snapshot | null }) {
  return (
    <AppProviders snapshot={snapshot}>
      <Shell />
    </AppProviders>
  );
}
