import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../lib/i18n';
import { getProvincesQueryOptions } from '../data/queries/provinces';
import { getStaticSitesQueryOptions } from '../features/sites/api/get-sites';
import { env } from '../config/env';
import { createQueryClient } from '../lib/query-client';
import { DataProvider } from '../data/data-provider';
import { MapProvider } from '../map/map-context';
import { mapFirstFrame } from './map-ready';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Map data downloads while the map chunk loads, instead of after the map has started.
    void client.prefetchQuery(getProvincesQueryOptions());
    if (env.VITE_SITES_URL)
      void client.prefetchQuery(getStaticSitesQueryOptions(env.VITE_SITES_URL));
    return client;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DataProvider startAfter={mapFirstFrame}>
          <MapProvider>{children}</MapProvider>
        </DataProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
