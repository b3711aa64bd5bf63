import { RouterProvider } from '@tanstack/react-router';
import type { Snapshot } from '../data/embedded/snapshot';
import { AppProviders } from './providers';
import { router } from './router';

export function App({ snapshot }: { snapshot: Snapshot | null }) {
  return (
    <AppProviders snapshot={snapshot}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
