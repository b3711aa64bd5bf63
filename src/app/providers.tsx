import { useState, type ReactNode } from 'react';
import { hydrate } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { I18nextProvider } from 'react-i18next';
import { version } from 'virtual:embedded-db';
import i18n from '../lib/i18n';
import { getProvincesQueryOptions } from '../data/queries/provinces';
import type { Snapshot } from '../data/embedded/snapshot';
import type { ProvinceCollection } from '../domain/provinces';
import { createQueryClient } from '../lib/query-client';
import { followConnection } from '../data/connection';
import { persistOptions } from '../lib/query-persistence';
import { DataProvider } from '../data/data-provider';
import { MapProvider } from '../map/map-context';
import { mapFirstFrame } from './map-ready';

export function AppProviders({
  children,
  snapshot,
  provinces,
}: {
  children: ReactNode;
  snapshot: Snapshot | null;
  /** The boundaries when already there (the prerendered page and its hydration have them). */
  provinces?: ProvinceCollection;
}) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    followConnection(client);
    // The first frame carries the start views' data; the live database refetches it later.
    if (snapshot) hydrate(client, snapshot.state);
    // Map data downloads while the map chunk loads, instead of after the map has started.
    if (provinces) client.setQueryData(getProvincesQueryOptions().queryKey, provinces);
    else void client.prefetchQuery(getProvincesQueryOptions());
    return client;
  });
  // Kept data of earlier visits is restored over the snapshot where it is newer.
  const [persistence] = useState(() => persistOptions(version));
  return (
    <I18nextProvider i18n={i18n}>
      <PersistQueryClientProvider client={queryClient} persistOptions={persistence}>
        <DataProvider startAfter={mapFirstFrame}>
          <MapProvider>{children}</MapProvider>
        </DataProvider>
      </PersistQueryClientProvider>
    </I18nextProvider>
  );
}
