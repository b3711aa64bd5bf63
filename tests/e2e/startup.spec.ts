import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppDriver } from '../support/app-driver';
import { expect, test } from '../support/fixtures';

/** Holds the files matching `pattern` back until the returned function is called. */
async function holdAsset(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

const UTRECHT =
  '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';

/** A change of one's own: the small provider asks to join the partnership in De Bilt. */
async function askToJoinAsSmallProvider(app: AppDriver, page: Page) {
  await app.open(UTRECHT);
  await app.waitForData();
  await app.viewAs('Medewerker kleine aanbieder');
  const card = page
    .getByRole('region', { name: 'Mogelijkheden' })
    .getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' });
  await card.getByRole('button', { name: 'Vraag om aan te sluiten' }).click();
  await card.getByRole('button', { name: 'Verstuur verzoek' }).click();
  await expect(card.getByRole('status')).toContainText('Verzoek verstuurd');
  return card;
}

test.describe('opstarten', () => {
  test('eerste bezoek: de verbanden staan op de kaart voordat de database klaar is', async ({
    app,
    page,
  }) => {
    // Hold the database's wasm back, as a slow network would.
    const release = await app.holdDatabase();
    await app.open('/');
    await expect
      .poll(() => app.renderedPartnershipIds().then((ids) => ids.length))
      .toBeGreaterThan(0);
    expect(await app.databaseReady()).toBe(false);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toBeVisible();
    release();
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toHaveCount(0);
  });

  test('eerste bezoek: de kaart verschijnt in één keer, met provincies en verbanden, zonder halve beelden ervoor', async ({
    app,
    page,
  }) => {
    // When the map's canvas is first seen (at a frame, or when it is shown after one): were its
    // start sources in?
    await page.addInitScript(() => {
      let handle: { map: MapLibreMap } | undefined;
      let seen = false;
      const check = () => {
        const map = handle?.map;
        if (seen || !map || !map.getCanvas().checkVisibility({ visibilityProperty: true })) return;
        seen = true;
        const loaded = ['provinces', 'partnerships'].every(
          (id) => !!map.getSource(id) && map.isSourceLoaded(id),
        );
        Object.assign(window, { __firstSeenFrame: { loaded } });
      };
      new MutationObserver(check).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['style', 'class', 'hidden'],
      });
      Object.defineProperty(window, '__samenkaart', {
        configurable: true,
        get: () => handle,
        set(value: { map: MapLibreMap }) {
          handle = value;
          value.map.on('render', check);
        },
      });
    });
    await app.open('/');
    await expect
      .poll(() => app.renderedPartnershipIds().then((ids) => ids.length))
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as { __firstSeenFrame?: unknown }).__firstSeenFrame),
    ).toEqual({
      loaded: true,
    });
  });

  test('eerste bezoek: de live database beantwoordt wat de kaart toont voordat de app de pagina overneemt, één keer', async ({
    app,
    page,
  }) => {
    // Which API functions the page asks of the database's worker, in order.
    await page.addInitScript(() => {
      const asked: string[] = [];
      Object.assign(window, { __databaseCalls: asked });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const request = message as { type?: string; params?: unknown[] };
        if (request?.type === 'query') asked.push(String(request.params?.[0]));
        return post.call(this, message, ...rest);
      } as typeof post;
    });
    const mark = (name: string) =>
      page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
    await app.open('/');
    await expect.poll(() => mark('samenkaart:render'), { timeout: 30_000 }).not.toBeNull();
    // Nobody used the page, so React took it over only after the live answers were there.
    const [live, render] = [await mark('samenkaart:live'), await mark('samenkaart:render')];
    expect(live).not.toBeNull();
    expect(live!).toBeLessThan(render!);
    await app.waitForData();
    for (let i = 0; i < 2; i++)
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1500 })),
      );
    // What the map shows was asked once, before the app took over; the app did not ask again.
    const calls = await page.evaluate(
      () => (window as unknown as { __databaseCalls: string[] }).__databaseCalls,
    );
    for (const name of ['partnerships_in_bbox', 'sites_in_bbox', 'coverage_by_province'])
      expect(
        calls.filter((call) => call === name),
        name,
      ).toHaveLength(1);
    expect(await app.renderedPartnershipIds()).not.toHaveLength(0);
  });

  test('eerste bezoek aan Kennis: informatiepakket, bijeenkomsten en vragen staan er voordat de database klaar is', async ({
    app,
    page,
  }) => {
    const release = await app.holdDatabase();
    await app.open('/kennis');
    const main = page.getByRole('main');
    await expect(
      main
        .getByRole('region', { name: 'Informatiepakket' })
        .getByRole('link', { name: 'De subsidie van VWS' }),
    ).toBeVisible();
    await expect(
      main
        .getByRole('region', { name: 'Webinars en bijeenkomsten' })
        .getByRole('list', { name: 'Binnenkort' })
        .getByRole('listitem')
        .first(),
    ).toContainText('Een groep van tien vormen: de eerste stappen');
    await expect(
      main.getByRole('region', { name: 'Nieuwste vragen' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(main.getByText('Gegevens worden geladen…')).toHaveCount(0);
    expect(await app.databaseReady()).toBe(false);
    release();
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
  });

  test('bij een volgend bezoek start de kaart met wat bewaard is, niet met de momentopname', async ({
    app,
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name === 'mobile-360', 'op een smal scherm komt de lijst eerst');
    await app.open('/');
    await app.waitForData();
    await app.waitForKeptCache('bezoeker', 'partnerships');
    await page.reload();
    await app.waitForData();
    await app.waitForMapIdle();
    expect(
      await page.evaluate(() => performance.getEntriesByName('samenkaart:early-map').length),
    ).toBe(0);
    await expect(page.locator('canvas')).toHaveCount(1);
  });

  test('een wijziging van het vorige bezoek staat er bij het volgende meteen, voor de database start', async ({
    app,
    page,
  }) => {
    await askToJoinAsSmallProvider(app, page);
    const mine = page.getByRole('region', { name: 'Mijn aanmeldingen' });
    await expect(
      mine.getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toBeVisible();
    await app.waitForKeptCache('kleine-aanbieder', 'my-memberships', 'De Bilt');

    const release = await app.holdDatabase();
    await page.reload();
    await expect(
      mine.getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toContainText('Gevraagd om aan te sluiten');
    expect(await app.databaseReady()).toBe(false);
    release();
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
  });

  test('een wijziging is bewaard zodra de pagina dat zegt, ook als die meteen sluit', async ({
    app,
    page,
  }) => {
    await askToJoinAsSmallProvider(app, page);
    await page.reload();

    // Once the database has answered and the page has read it again, the request is there.
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'Mijn aanmeldingen' })
        .getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toContainText('Gevraagd om aan te sluiten');
  });

  test('na een bezoek dat sloot voordat de database iets bewaarde, start de volgende gewoon', async ({
    app,
    page,
  }) => {
    // What such a visit leaves: PGlite's IndexedDB store, still empty.
    await page.addInitScript(() => {
      const request = indexedDB.open('/pglite/samenkaart', 21);
      request.onupgradeneeded = () =>
        request.result
          .createObjectStore('FILE_DATA')
          .createIndex('timestamp', 'timestamp', { unique: false });
      request.onsuccess = () => request.result.close();
    });
    await app.open(UTRECHT);
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await app.renderedPartnershipIds()).not.toHaveLength(0);
  });

  test('demogegevens opnieuw instellen haalt een eigen wijziging weg', async ({ app, page }) => {
    const card = await askToJoinAsSmallProvider(app, page);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Demogegevens opnieuw instellen' }).click();
    await page.waitForEvent('load');
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Vraag om aan te sluiten' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Mijn aanmeldingen' })
        .getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toHaveCount(0);
  });

  test('een schrijfactie wacht eerlijk op de database en gaat dan door', async ({ app, page }) => {
    // A first visit as a member keeps who that is; the next visit knows it before the database.
    await app.open(UTRECHT);
    await app.viewAs('Medewerker kleine aanbieder');
    await app.waitForData();
    await expect(page.getByRole('region', { name: 'Mijn aanmeldingen' })).toBeVisible();
    await app.waitForKeptCache('kleine-aanbieder', 'identity');
    await app.waitForKeptCache(
      'kleine-aanbieder',
      'partnerships',
      'Facilitair & Groen Samen De Bilt',
    );
    await app.waitForKeptCache('kleine-aanbieder', 'sites');

    const release = await app.holdDatabase();
    await page.reload();
    const card = page
      .getByRole('region', { name: 'Mogelijkheden' })
      .getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' });
    await card.getByRole('button', { name: 'Vraag om aan te sluiten' }).click();
    await card.getByRole('button', { name: 'Verstuur verzoek' }).click();
    await expect(card.getByRole('button', { name: 'Database start…' })).toBeVisible();
    expect(await app.databaseReady()).toBe(false);
    release();
    await expect(
      card.getByRole('heading', { name: 'Verzoek verstuurd aan Facilitair & Groen Samen De Bilt' }),
    ).toBeFocused({ timeout: 30_000 });
  });

  test('komt de kaartcode laat, dan staat de pagina er eerst en volgt de kaart', async ({
    app,
    page,
  }) => {
    const release = await holdAsset(page, '**/assets/map-content-*.js');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Zoek een groep' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Kaart wordt geladen' })).toBeVisible();
    release();
    await app.waitForMapIdle();
    await expect(page.locator('canvas')).toHaveCount(1);
    expect(await app.renderedProvinceCodes()).toHaveLength(12);
    expect(await app.renderedLabels()).toHaveLength(12);
  });

  test('met databesparing aan haalt alleen kijken de database niet op; de eerste toets start haar', async ({
    app,
    page,
  }) => {
    // The browser's Save-Data setting, as a phone on a metered plan reports it.
    await page.addInitScript(() => {
      const connection = (navigator as Navigator & { connection?: object }).connection;
      if (connection)
        Object.defineProperty(Object.getPrototypeOf(connection), 'saveData', { get: () => true });
    });
    const databaseFiles: string[] = [];
    page.on('request', (request) => {
      if (/pglite\.worker|\.wasm$|\.data$|\.tar\.gz$/.test(new URL(request.url()).pathname))
        databaseFiles.push(request.url());
    });
    await app.open('/');
    expect((await app.renderedPartnershipIds()).length).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('samenkaart:render').length))
      .toBe(1);
    // Idle twice after the app took the page over: on a normal connection the database would
    // have started by now (at the map's first frame).
    for (let i = 0; i < 2; i++)
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1500 })),
      );
    expect(databaseFiles).toEqual([]);
    expect(
      await page.evaluate(() => performance.getEntriesByName('samenkaart:db-start').length),
    ).toBe(0);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
    expect(databaseFiles.length).toBeGreaterThan(0);
    // Only what it uses: the prebuilt data directory needs no initdb.
    expect(databaseFiles.filter((url) => url.includes('initdb'))).toEqual([]);
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toHaveCount(0);
  });
});

/** Holds the app's own script back until the returned function is called. */
const holdAppScript = (page: Page) => holdAsset(page, '**/assets/index-*.js');

const rendered = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('samenkaart:render').length > 0);

/**
 * A first visit with the map drawn and the app not yet running: the database is held back, so
 * that the app would wait for its first answers. Returns the database's release.
 */
async function openBeforeTakeOver(app: AppDriver, page: Page): Promise<() => void> {
  const release = await app.holdDatabase();
  await page.goto('/');
  await page.waitForFunction(
    () => performance.getEntriesByName('samenkaart:early-map-first-frame').length > 0,
  );
  expect(await rendered(page)).toBe(false);
  return release;
}

test.describe('de startpagina staat er voordat de app draait', () => {
  test('de muis boven een link of knop laat de app de pagina meteen overnemen', async ({
    app,
    page,
  }) => {
    // Someone about to use the page should not wait for the database's first answers.
    const release = await openBeforeTakeOver(app, page);
    await page.getByRole('link', { name: 'Dekking' }).hover();
    await expect.poll(() => rendered(page), { timeout: 4000 }).toBe(true);
    release();
  });

  test('een link aangeklikt voordat de app de pagina overneemt, opent zonder de pagina opnieuw te laden', async ({
    app,
    page,
  }) => {
    const release = await openBeforeTakeOver(app, page);
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await page.getByRole('link', { name: 'Dekking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Dekking/ })).toBeVisible();
    await expect(page).toHaveURL(/\/dekking$/);
    // The map, and the database that was starting, are still this page's.
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
    release();
    await expect.poll(() => app.databaseReady(), { timeout: 30_000 }).toBe(true);
  });

  test('wat een vroeg aangeklikte link opent, laadt al terwijl de app de pagina nog overneemt', async ({
    app,
    page,
  }) => {
    const release = await openBeforeTakeOver(app, page);
    // The start page's own code is held back, so the app cannot take the page over meanwhile.
    const releaseStartRoute = await holdAsset(page, '**/assets/find-*.js');
    const coverageCode = page.waitForRequest(/\/assets\/coverage-[\w-]+\.js$/, { timeout: 10_000 });
    await page.getByRole('link', { name: 'Dekking' }).click();
    await coverageCode;
    expect(await rendered(page)).toBe(false);
    releaseStartRoute();
    await expect(page.getByRole('heading', { level: 1, name: /Dekking/ })).toBeVisible();
    release();
  });

  test('de link naar de inhoud werkt voordat de app de pagina overneemt', async ({ app, page }) => {
    const release = await openBeforeTakeOver(app, page);
    await page.getByRole('link', { name: 'Naar de inhoud' }).focus();
    await page.keyboard.press('Enter');
    // At once, by the browser: it is not held for the app like a link to another page.
    expect(await page.evaluate(() => [window.location.hash, document.activeElement?.id])).toEqual([
      '#main',
      'main',
    ]);
    release();
  });

  test('eerste bezoek: de zoekpagina is te zien zonder het script, en de app neemt haar over zonder verschil', async ({
    app,
    page,
  }) => {
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: 'Zoek een groep' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Plaats of postcode' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Provincies' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dekking' })).toBeVisible();
    expect(await rendered(page)).toBe(false);
    release();
    await app.waitForMapIdle();
    await expect.poll(() => rendered(page)).toBe(true);
    // The map started before the app and the map view took it over: one map, in the map region,
    // with the provinces' names, and no boot container left over.
    const start = await page.evaluate(() => ({
      early: performance.getEntriesByName('samenkaart:early-map').length,
      bootLeft: document.getElementById('map-boot') !== null,
    }));
    expect(start).toEqual({ early: 1, bootLeft: false });
    const region = page.getByRole('region', { name: 'Kaart van Nederland met de 12 provincies' });
    await expect(region.locator('canvas')).toHaveCount(1);
    await expect(page.locator('canvas')).toHaveCount(1);
    expect(await app.renderedLabels()).toHaveLength(12);
    expect(await app.renderedPartnershipIds()).not.toHaveLength(0);
    // The app has the page: the persona switcher answers (a hydration mismatch fails the
    // console-error guard of every test).
    await app.viewAs('AvZ-coördinator');
    await expect(page.getByRole('button', { name: /AvZ-coördinator/ })).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('wat iemand typt voordat de app de pagina overneemt, blijft staan en werkt', async ({
    page,
  }) => {
    // The map's code comes late: the app takes the page over at its first use.
    const release = await holdAsset(page, '**/assets/map-content-*.js');
    await page.goto('/');
    const place = page.getByRole('combobox', { name: 'Plaats of postcode' });
    await expect(place).toBeVisible();
    expect(await rendered(page)).toBe(false);
    await place.pressSequentially('Amersfoort');
    await expect(place).toHaveValue('Amersfoort');
    await expect(page.getByRole('option', { name: /Amersfoort/ }).first()).toBeVisible();
    expect(await rendered(page)).toBe(true);
    release();
  });

  test('een ander adres, een andere taal of een andere persona toont de zoekpagina niet even', async ({
    page,
  }) => {
    const release = await holdAppScript(page);
    await page.goto('/dekking', { waitUntil: 'commit' });
    await expect(page.locator('#root')).toBeEmpty();
    await page.evaluate(() => localStorage.setItem('samenkaart.taal', 'en'));
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#root')).toBeEmpty();
    await page.evaluate(() => {
      localStorage.removeItem('samenkaart.taal');
      localStorage.setItem(
        'samenkaart.persona',
        JSON.stringify({ state: { persona: 'avz' }, version: 0 }),
      );
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#root')).toBeEmpty();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Zoek een groep' })).toBeVisible();
    await expect(page.getByRole('button', { name: /AvZ-coördinator/ })).toBeVisible();
  });
});
