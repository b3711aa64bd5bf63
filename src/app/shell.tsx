import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { env } from '../config/env';
import { ProvinceList } from '../features/provinces/components/province-list';
import { MapLegend } from '../features/network/components/map-legend';
import { useUrlState } from '../lib/url-state';
import { AppHeader } from './app-header';
import { ConnectionBanner } from './connection-banner';
import { DataStatus, ResetDemoData } from './data-status';
import { ErrorBoundary } from './error-boundary';
import { JOURNEY_NAV } from './journeys';
import { signalMapFirstFrame } from './map-ready';
import { MapLegendBox } from './map-legend-box';
import { MapLegendTarget } from './routes/map-legend-slot';
import { SearchNotice } from './search-notice';
import type { MapUiStrings } from '../map/map-view';
import { WholeCountryButton } from '../map/whole-country-button';
import { useMapChunk } from './use-map-chunk';
import { MAP_OVERLAY_ATTRIBUTE } from '../map/camera';
import { useNarrowView } from '../map/narrow-view';
import { NarrowViewSwitch } from './narrow-view-switch';

// Loaded once something is picked: the start page does not need it.
const SelectionDetails = lazy(() =>
  import('../features/network/components/selection-details').then((m) => ({
    default: m.SelectionDetails,
  })),
);
const SelectionPeek = lazy(() =>
  import('../features/network/components/selection-peek').then((m) => ({
    default: m.SelectionPeek,
  })),
);

function MapMessage({ children, isError = false }: { children: string; isError?: boolean }) {
  return (
    <div className="map-message" role={isError ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}

/**
 * The page around every journey: header, side panel with the journey's route (its panel and its
 * map layers, loaded with the route) and the one map with what every journey shows on it.
 */
export function Shell() {
  const { t } = useTranslation();
  const mapUiStrings = useMemo<MapUiStrings>(
    () => ({
      'Map.Title': t('map.controls.title'),
      'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
      'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
      'AttributionControl.ToggleAttribution': t('map.controls.toggleAttribution'),
    }),
    [t],
  );
  const journey = useUrlState((s) => s.journey);
  const hasSelection = useUrlState((s) => s.selection !== null);
  const current = JOURNEY_NAV.find((j) => j.id === journey) ?? JOURNEY_NAV[0]!;
  const title = t(current.label);
  const mapChunk = useMapChunk();
  const [legends, setLegends] = useState<HTMLElement | null>(null);
  const narrowView = useNarrowView((s) => s.view);
  const showNarrowView = useNarrowView((s) => s.show);
  // Another journey opens with its panel, as a new page would.
  useEffect(() => showNarrowView('list'), [journey, showNarrowView]);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <ConnectionBanner />
      <NarrowViewSwitch />
      <MapLegendTarget.Provider value={legends}>
        <main id="main" className="layout" tabIndex={-1} data-narrow-view={narrowView}>
          <div className="side-panel">
            <h1 className="journey-title">{title}</h1>
            <p className="journey-intro">{t(current.intro)}</p>
            <DataStatus />
            <SearchNotice />
            {hasSelection ? (
              <Suspense fallback={<p role="status">{t('network.loading')}</p>}>
                <SelectionDetails />
              </Suspense>
            ) : null}
            <Outlet />
            <ProvinceList />
            <ResetDemoData />
          </div>
          <div className="map-area">
            <ErrorBoundary fallback={<MapMessage isError>{t('map.loadError')}</MapMessage>}>
              {mapChunk.status === 'ready' ? (
                <mapChunk.MapContent
                  onFirstFrame={signalMapFirstFrame}
                  label={t('map.label')}
                  attribution={t('map.attribution')}
                  uiStrings={mapUiStrings}
                  basemap={env.VITE_BASEMAP}
                  renderError={(reason) => (
                    <MapMessage isError>
                      {t(reason === 'webgl' ? 'map.webglMissing' : 'map.loadError')}
                    </MapMessage>
                  )}
                />
              ) : (
                <MapMessage isError={mapChunk.status === 'error'}>
                  {t(mapChunk.status === 'error' ? 'map.loadError' : 'map.loading')}
                </MapMessage>
              )}
            </ErrorBoundary>
            <div className="map-overlays" {...{ [MAP_OVERLAY_ATTRIBUTE]: '' }}>
              {/* With the legend, not in a corner of its own: the camera keeps the country clear
                  of this one box, at no cost beside the legend. */}
              <WholeCountryButton label={t('map.wholeCountry')} />
              <MapLegendBox title={t('network.legend')}>
                <div className="map-legend-groups" ref={setLegends}>
                  <MapLegend />
                </div>
              </MapLegendBox>
              {hasSelection ? (
                <Suspense fallback={null}>
                  <SelectionPeek />
                </Suspense>
              ) : null}
            </div>
          </div>
        </main>
      </MapLegendTarget.Provider>
    </>
  );
}
