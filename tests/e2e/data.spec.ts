import { expect, test } from '../support/fixtures';

test.describe('de demodatabase in de browser', () => {
  test('tekent de samenwerkingsverbanden en de dekking per provincie uit de seed', async ({
    app,
    page,
  }) => {
    await page.goto('/verbanden');
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens bijwerken' })).toBeVisible();
    await app.waitForData();
    await expect(page.getByText('Gegevens bijwerken')).toBeHidden();

    expect(await app.renderedPartnershipIds()).toHaveLength(25);
    await expect.poll(() => app.provinceCoverage('PV26')).toBe('active');
    expect(await app.provinceCoverage('PV20')).toBe('forming');
    expect(await app.provinceCoverage('PV22')).toBe('seekers');
    expect(await app.provinceCoverage('PV29')).toBe('empty');
    await expect(
      page.getByText('25 samenwerkingsverbanden en 24 zoekende aanbieders in heel Nederland.'),
    ).toBeVisible();
    await app.screenshot('data-nederland');
  });

  test('toont per provincie dezelfde verbanden en zoekers als lijst', async ({ app, page }) => {
    await app.open('/dekking?provincie=PV26');
    await app.waitForData();
    const list = page.getByRole('region', { name: 'Samenwerkingsverbanden · In Utrecht' });
    await expect(list.getByRole('button')).toHaveCount(3);
    await expect(list.getByRole('button', { name: /Actief/ })).toHaveCount(1);
    const seekers = page.getByRole('region', { name: 'Zoekende aanbieders · In Utrecht' });
    await expect(
      seekers.getByRole('button', { name: /Dagbesteding De Boomgaard Zeist/ }),
    ).toBeVisible();
  });

  test('opent de details van een verband door erop te klikken op de kaart', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    const point = await app.clickablePartnershipPoint('active');
    await app.mapCanvas().click({ position: { x: point.x, y: point.y } });
    await expect(page.getByRole('heading', { level: 2, name: point.name })).toBeVisible();
    await expect(page).toHaveURL(/verband=[0-9a-f-]{36}/);
    await expect(
      page.getByRole('region', { name: point.name }).getByText('Actief', { exact: true }),
    ).toBeVisible();
  });

  test('laat contactgegevens alleen zien aan wie er een reden voor heeft', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    const list = page.getByRole('region', { name: 'Samenwerkingsverbanden', exact: true });
    const contact = page.getByRole('region', { name: 'Contact' });
    const hidden = 'alleen zichtbaar voor wie er een reden voor heeft';
    const email = contact.getByRole('link', { name: /@.+\.example$/ });

    // Lopik is coordinated by the Utrecht ambassador: a public first contact, for members.
    await list.getByRole('link', { name: /Lopik/ }).click();
    await expect(contact).toContainText(hidden);
    await expect(contact.getByRole('link')).toHaveCount(0);
    await app.viewAs('AvZ-coördinator');
    await expect(email).toBeVisible();
    await app.viewAs('Medewerker kleine aanbieder');
    await expect(email).toBeVisible();

    // De Bilt's coordinator has no relationship with this provider: its contact stays closed.
    await page.getByRole('link', { name: '← Alle samenwerkingsverbanden' }).click();
    await list.getByRole('link', { name: /De Bilt/ }).click();
    await expect(contact).toContainText(hidden);
    await expect(contact.getByRole('link')).toHaveCount(0);
    // The ambassador of the province works with the partnerships in it.
    await app.viewAs('Ambassadeur (Utrecht)');
    await expect(email).toBeVisible();
    await app.screenshot('data-contact-ambassadeur');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('geeft een duidelijke melding als de database niet kan starten', async ({ app, page }) => {
    app.expectConsoleError(
      /database could not start|Failed to load resource|Failed to fetch|ERR_FAILED/,
    );
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/');
    const banner = page.getByRole('alert').filter({ hasText: 'De demodatabase kon niet starten' });
    // What the page came with stays on the map, and the banner says from when it is.
    await expect(banner).toContainText(/u ziet de gegevens van .*\d{2}:\d{2}\./);
    await expect(banner.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
    await app.waitForData();
    expect(await app.renderedPartnershipIds()).not.toHaveLength(0);
    // The map and provinces do not depend on the database.
    expect(await app.renderedProvinceCodes()).toHaveLength(12);
  });

  test('zegt het meteen als de code van de database niet te laden is', async ({ app, page }) => {
    app.expectConsoleError(
      /database could not start|database worker failed|Failed to load resource|ERR_FAILED/,
    );
    // The worker is made before the map's first frame; its failure then comes before the start.
    await page.route('**/assets/pglite.worker-*.js', (route) => route.abort());
    await page.goto('/');
    await expect(
      page.getByRole('alert').filter({ hasText: 'De demodatabase kon niet starten' }),
    ).toBeVisible({ timeout: 10_000 });
    expect(await app.renderedPartnershipIds()).not.toHaveLength(0);
  });

  test('een schrijfactie zonder database zegt dat en houdt vast wat u typte', async ({
    app,
    page,
  }) => {
    app.expectConsoleError(
      /database could not start|Failed to load resource|Failed to fetch|ERR_FAILED/,
    );
    const utrecht =
      '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';
    await app.open(utrecht);
    await app.viewAs('Medewerker kleine aanbieder');
    await expect(page.getByRole('region', { name: 'Mijn aanmeldingen' })).toBeVisible();
    await app.waitForKeptCache(
      'kleine-aanbieder',
      'partnerships',
      'Facilitair & Groen Samen De Bilt',
    );
    await app.waitForKeptCache('kleine-aanbieder', 'sites');

    await page.route('**/*.wasm', (route) => route.abort());
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: 'De demodatabase kon niet starten' }),
    ).toBeVisible({ timeout: 30_000 });
    const card = page
      .getByRole('region', { name: 'Mogelijkheden' })
      .getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' });
    await card.getByRole('button', { name: 'Vraag om aan te sluiten' }).click();
    const message = card.getByRole('textbox', { name: 'Bericht aan de regiehouder (optioneel)' });
    await message.fill('Wij hebben drie deelnemers voor groen.');
    await card.getByRole('button', { name: 'Verstuur verzoek' }).click();
    await expect(card.getByRole('alert')).toContainText(
      'Geen verbinding met de database. Wat u invulde blijft staan',
    );
    await expect(message).toHaveValue('Wij hebben drie deelnemers voor groen.');
  });
});
