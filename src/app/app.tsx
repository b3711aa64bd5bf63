import { RouterProvider } from '@tanstack/react-router';
import type { Snapshot } from '../data/embedded/snapshot';
import type { ProvinceCollection } from '../domain/provinces';
import { AppProviders } from './providers';
import { router } from './router';

export function App({
  snapshot,
  provinces,
}: {
  snapshot: Snapshot | null;
  provinces?: ProvinceCollection;
}) {
  return (
    <AppProviders snapshot={snapshot} provinces={provinces}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
