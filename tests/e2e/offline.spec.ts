import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// The Supabase build (see playwright.config.ts) talks to a host that does not exist; these tests
// decide per request whether it answers. When it does, it answers what the same SQL functions
// answered the build for a visitor (the embedded build's snapshot), so nothing here is invented.

const SUPABASE = 'http://supabase.e2e.test';
const SUPABASE_APP = `http://127.0.0.1:${Number(process.env.E2E_SUPABASE_PORT ?? 4175)}`;

interface SnapshotQuery {
  queryKey: unknown[];
  state: { data: unknown };
}
const snapshotDir = join(import.meta.dirname, '..', '..', 'dist', 'pglite');
const snapshotFile = readdirSync(snapshotDir).find((f) => /^snapshot-.*\.json$/.test(f));
const snapshotQueries = (): SnapshotQuery[] =>
  JSON.parse(readFileSync(join(snapshotDir, snapshotFile!), 'utf8')).state.queries;

/** The visitor's answers of the start page's API functions, as the build recorded them. */
function recordedAnswers(): Record<string, unknown> {
  const byKey = (name: string) =>
    snapshotQueries().find((q) => q.queryKey[0] === 'db' && q.queryKey[2] === name)?.state.data;
  return {
    coverage_by_province: byKey('coverage'),
    partnerships_in_bbox: byKey('partnerships'),
    sites_in_bbox: byKey('sites'),
  };
}

/** The backend answers the start page's calls; anything else it cannot (yet) answer. */
async function backendUp(page: Page) {
  const answers = recordedAnswers();
  await page.unroute(`${SUPABASE}/**`);
  await page.route(`${SUPABASE}/**`, (route) => {
    const fn = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const rows = answers[fn];
    return rows === undefined
      ? route.fulfill({ status: 503, body: 'not recorded' })
      : route.fulfill({ json: rows });
  });
}

/** The network is gone: every request to the backend fails as a pulled cable would. */
async function backendDown(page: Page) {
  await page.unroute(`${SUPABASE}/**`);
  await page.route(`${SUPABASE}/**`, (route) => route.abort('internetdisconnected'));
}

test.describe('zonder verbinding (Supabase)', () => {
  test.use({ baseURL: SUPABASE_APP });

  test('de laatst bekende gegevens blijven staan, met een duidelijke melding en tijd', async ({
    app,
    page,
  }) => {
    app.expectConsoleError(/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/);
    await backendUp(page);
    await app.open('/');
    await app.waitForData();
    const onMap = () =>
      page.evaluate(() =>
        [
          ...new Set(
            window
              .__samenkaart!.map.querySourceFeatures('partnerships')
              .map((f) => String(f.properties.id)),
          ),
        ].sort(),
      );
    const shown = await onMap();
    expect(shown.length).toBeGreaterThan(0);
    // Supabase mode: a visitor is 'anon'.
    await app.waitForKeptCache('anon', 'partnerships');

    await backendDown(page);
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: /^Geen verbinding —/ });
    await expect(banner).toContainText(/Geen verbinding — u ziet de gegevens van \d{2}:\d{2}\./);
    await app.waitForData();
    expect(await onMap()).toEqual(shown);
    await app.screenshot('offline-banner');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    // A view that was never loaded says so after its retries, with a button, never "laden…".
    await app.navigate('Dekking');
    const failed = page.getByRole('alert').filter({ hasText: 'Kon niet laden' });
    await expect(failed).toContainText('geen verbinding met de database', { timeout: 40_000 });
    await expect(failed.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();

    // The network is back: "Opnieuw proberen" in the banner brings the data and ends the banner.
    await app.navigate('Zoek een groep');
    await backendUp(page);
    await banner.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(banner).toHaveCount(0);
  });

  test('zonder eerder bezoek: de kaart werkt, de lijst zegt dat ze niet kon laden', async ({
    app,
    page,
  }) => {
    app.expectConsoleError(/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/);
    await backendDown(page);
    await app.open('/verbanden');
    await expect(page.locator('.connection-banner')).toContainText(
      'Geen verbinding met de database — er zijn nog geen gegevens om te tonen.',
    );
    expect(await app.renderedProvinceCodes()).toHaveLength(12);
    // The directory and the seekers' list each say so, each with a way to try again.
    const failed = page.getByRole('alert').filter({ hasText: 'Kon niet laden' });
    await expect(failed.first().getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible({
      timeout: 40_000,
    });
    await expect(page.getByText('Gegevens worden geladen…')).toHaveCount(0);
  });
});
