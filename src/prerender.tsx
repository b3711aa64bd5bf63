import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { AppProviders } from './app/providers';
import { createAppRouter } from './app/router';
import type { Snapshot } from './data/embedded/snapshot';
import type { ProvinceCollection } from './domain/provinces';

/**
 * The start page as a first-time visitor gets it, rendered by the build
 * (build/prerender-start-page.ts) so the page shows it before its script has run; the app then
 * hydrates it with the same snapshot and boundaries (src/main.tsx).
 */
export async function renderStartPage(
  snapshot: Snapshot,
  provinces: ProvinceCollection,
): Promise<string> {
  const router = createAppRouter(createMemoryHistory({ initialEntries: ['/'] }));
  await router.load();
  return renderToString(
    <AppProviders snapshot={snapshot} provinces={provinces}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}
