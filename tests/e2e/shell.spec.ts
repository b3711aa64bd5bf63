import { expect, test } from '../support/fixtures';

test.describe('de app-schil', () => {
  test('navigeert tussen de onderdelen en houdt de provincie vast', async ({ app, page }) => {
    await app.open('/?provincie=PV21');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await expect(nav.getByRole('link', { name: 'Zoek een groep' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await nav.getByRole('link', { name: 'Samenwerkingsverbanden' }).click();
    await expect(page).toHaveURL(/\/verbanden\?provincie=PV21$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samenwerkingsverbanden');
    await expect(nav.getByRole('link', { name: 'Samenwerkingsverbanden' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle('Samenwerkingsverbanden · Samenkaart');
  });

  test('elk onderdeel houdt zijn eigen kaartbeeld, filters en keuze', async ({ app, page }) => {
    await app.open(
      '/?plaats=Amersfoort&lat=52.15611&lng=5.38763&opleiding=logistiek&deelnemers=3&vervoer=ov&minuten=45',
    );
    await app.waitForData();
    const provincesInView = async () => {
      await app.waitForMapIdle();
      return (await app.renderedProvinceCodes()).length;
    };
    await expect.poll(provincesInView).toBeLessThan(12);

    // Dekking opens on the whole country with its own filters, not the search's zoom and opleiding.
    await app.navigate('Dekking');
    await expect(page).toHaveURL(/\/dekking$/);
    await expect(page.getByLabel('Opleiding')).toHaveValue('alle');
    await expect.poll(provincesInView).toBe(12);
    // Back to the search: its view again.
    await page.goBack();
    await expect(page).toHaveURL(/plaats=Amersfoort/);
    await expect.poll(provincesInView).toBeLessThan(12);

    // A partnership opened in one journey does not open in the next; the province comes along.
    await app.open('/dekking?provincie=PV26');
    await page
      .getByRole('region', { name: 'Samenwerkingsverbanden · In Utrecht' })
      .getByRole('button', { name: /De Bilt/ })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toBeVisible();
    await app.navigate('Ambassadeurs');
    await expect(page).toHaveURL(/\/ambassadeurs\?provincie=PV26$/);
    await expect(
      page.getByRole('heading', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toHaveCount(0);
  });

  test('oude en kapotte links openen hetzelfde scherm en zeggen wat ze negeerden', async ({
    app,
    page,
  }) => {
    await app.open('/dekking?provincie=pv26&opleiding=groen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking');
    await expect(page.getByLabel('Opleiding')).toHaveValue('groen');
    await expect(page).toHaveURL(/provincie=PV26/);

    // An unknown path opens the start page, keeping what the map showed.
    await app.open('/bestaat-niet?provincie=PV21');
    await expect(page).toHaveURL(/\/\?provincie=PV21$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoek een groep');

    // A value that does not fit is ignored, and the page says so.
    await app.open('/?vervoer=raket&minuten=30');
    await expect(page.getByRole('status').filter({ hasText: 'genegeerd' })).toContainText(
      'genegeerd: vervoer',
    );
    await expect(page.getByLabel('Vervoer')).toHaveValue('ov');
    await expect(page.getByLabel('Maximale reistijd (minuten)')).toHaveValue('30');
  });

  test('schakelt naar het Engels en terug', async ({ app, page }) => {
    await app.open('/');
    // MapLibre's own controls speak the app's language too.
    await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Interactieve kaart' })).toBeVisible();
    await app.openAccountSettings();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inzoomen' })).toHaveCount(0);
    await expect(page.getByText('Province boundaries: CBS / PDOK')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a group');
    await expect(
      page.getByRole('region', { name: 'Map of the Netherlands with its 12 provinces' }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a group');
    // The journeys' own texts come with their route, in the language chosen.
    await expect(page.getByRole('form', { name: 'Where are your students?' })).toBeVisible();
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^View as/ })
      .click();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoek een groep');
  });

  test('details krijgen de focus, Escape sluit ze en de focus gaat terug naar de lijst', async ({
    app,
    page,
  }) => {
    await app.open('/dekking?provincie=PV26');
    await app.waitForData();
    const list = page.getByRole('region', { name: 'Samenwerkingsverbanden · In Utrecht' });
    const deBilt = list.getByRole('button', { name: /De Bilt/ });
    await deBilt.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Facilitair & Groen Samen De Bilt',
    });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(heading).toHaveCount(0);
    await expect(deBilt).toBeFocused();

    // "Sluiten" does the same.
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await expect(deBilt).toBeFocused();
  });

  test('de kop blijft één rij vanaf 1024 px, ook met meldingen', async ({ app, page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.open('/');
    await app.waitForData();
    await app.viewAs('Ambassadeur (Utrecht)');
    const header = page.getByRole('banner');
    const bell = header.getByRole('button', { name: /^Meldingen/ });
    await expect(bell).toBeVisible();
    expect((await header.boundingBox())!.height).toBeLessThan(72);
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const name of ['Zoek een groep', 'Dekking', 'Samenwerkingsverbanden', 'Ambassadeurs'])
      await app.expectUsable(nav.getByRole('link', { name }));
    await app.expectUsable(bell);
    const account = header.getByRole('button', { name: /^Bekijk als/ });
    await app.expectUsable(account);
    await expect(account).toContainText('Ambassadeur (Utrecht)');
    // Who you are and the language open under that button; Escape closes them again.
    await account.click();
    await expect(account).toHaveAttribute('aria-expanded', 'true');
    await app.expectUsable(page.getByRole('button', { name: 'Switch to English' }));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox', { name: 'Bekijk als' })).toBeHidden();
    await expect(account).toBeFocused();
  });

  test('de legenda bedekt geen provincie in het beginbeeld', async ({ app, page }) => {
    const coveredProvinces = () =>
      page.evaluate(() => {
        const map = window.__samenkaart!.map;
        const canvas = map.getCanvas().getBoundingClientRect();
        const legend = document.querySelector('.map-legends')!.getBoundingClientRect();
        return map
          .queryRenderedFeatures(
            [
              [legend.left - canvas.left, legend.top - canvas.top],
              [legend.right - canvas.left, legend.bottom - canvas.top],
            ],
            { layers: ['province-fill'] },
          )
          .map((f) => String(f.properties.name));
      });
    for (const path of ['/', '/verbanden', '/dekking']) {
      await app.open(path);
      expect(await coveredProvinces(), path).toEqual([]);
      expect(await app.renderedProvinceCodes()).toHaveLength(12);
    }
    // The coverage board's map is narrower: its legend starts folded. Opened, the country moves
    // out from under it.
    const legend = page.locator('details.map-legends');
    await expect(legend).not.toHaveAttribute('open');
    await legend.getByText('Legenda').click();
    await expect(legend).toHaveAttribute('open');
    await app.waitForMapIdle();
    await expect.poll(coveredProvinces).toEqual([]);
    expect(await app.renderedProvinceCodes()).toHaveLength(12);
  });

  test('laadt de code van een onderdeel niet, dan zegt het paneel dat in het Nederlands en herstelt het', async ({
    app,
    page,
  }) => {
    await app.open('/');
    app.expectConsoleError(/Failed to fetch dynamically imported module|ERR_INTERNET_DISCONNECTED/);
    // The network drops while Kennis's own code is on its way.
    await page.route('**/assets/knowledge-*.js', (route) => route.abort('internetdisconnected'));
    await app.navigate('Kennis');
    const panel = page.getByRole('main');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText(
      'Dit onderdeel kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennis');
    await expect(
      page.getByRole('region', { name: 'Kaart van Nederland met de 12 provincies' }),
    ).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await page.unroute('**/assets/knowledge-*.js');
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(panel.getByRole('heading', { level: 2, name: 'Informatiepakket' })).toBeVisible();
    await expect(page).toHaveURL(/\/kennis$/);
  });

  test('heeft een link om direct naar de inhoud te springen', async ({ app, page }) => {
    await app.open('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('heeft geen ernstige toegankelijkheidsfouten (axe), ook niet met een keuze', async ({
    app,
  }) => {
    await app.open('/');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await app.open('/ambassadeurs?provincie=PV27');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
