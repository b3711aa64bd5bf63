import { expect, test } from '../support/fixtures';

const ALL_CODES = Array.from({ length: 12 }, (_, i) => `PV${20 + i}`);

test.describe('de kaart van Nederland', () => {
  test('toont alle 12 provincies met hun namen, zonder netwerk buiten localhost', async ({
    app,
  }) => {
    await app.open('/dekking');
    expect(await app.renderedProvinceCodes()).toEqual(ALL_CODES);
    expect(await app.renderedLabels()).toEqual([
      'Drenthe',
      'Flevoland',
      'Fryslân',
      'Gelderland',
      'Groningen',
      'Limburg',
      'Noord-Brabant',
      'Noord-Holland',
      'Overijssel',
      'Utrecht',
      'Zeeland',
      'Zuid-Holland',
    ]);
    // A blank or unstyled canvas has a handful of colours and no land.
    expect(await app.mapColourCount()).toBeGreaterThan(20);
    expect(await app.landPixelShare()).toBeGreaterThan(0.12);
    await app.screenshot('kaart-nederland');
  });

  test('de knoppen op de kaart liggen bij het hele land over geen enkele provincie', async ({
    app,
    page,
  }) => {
    await app.open('/');
    expect(await app.renderedProvinceCodes()).toEqual(ALL_CODES);
    for (const name of ['Heel Nederland', 'Inzoomen', 'Uitzoomen'])
      expect(
        await app.provincesUnder(page.getByRole('button', { name, exact: true })),
        `provinces under "${name}"`,
      ).toEqual([]);
  });

  test('selecteert een provincie met de muis op de kaart', async ({ app, page }) => {
    await app.open('/dekking');
    await app.clickProvinceOnMap('PV26');

    await expect(page).toHaveURL(/\/dekking\?provincie=PV26$/);
    await expect(app.selectedProvincePanel()).toContainText('Utrecht');
    await expect(app.provinceButton('Utrecht')).toHaveAttribute('aria-pressed', 'true');
    expect(await app.featureState('PV26')).toMatchObject({ selected: true });
    expect(await app.zoom()).toBeGreaterThan(8);
    await app.screenshot('kaart-utrecht-gekozen');
  });

  test('toont de naam bij aanwijzen van een provincie op de kaart', async ({ app, page }) => {
    await app.open('/dekking');
    const box = (await app.mapCanvas().boundingBox())!;
    const point = await page.evaluate(() => {
      const p = window.__samenkaart!.map.project([5.9, 52.1]); // Veluwe, Gelderland
      return { x: p.x, y: p.y };
    });
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect(app.mapRegion().getByText('Gelderland', { exact: true })).toBeVisible();
    expect(await app.featureState('PV25')).toMatchObject({ hover: true });
  });

  test('selecteert een provincie met het toetsenbord via de lijst', async ({ app, page }) => {
    await app.open('/dekking');
    const limburg = app.provinceButton('Limburg');
    await limburg.focus();
    expect(await app.featureState('PV31')).toMatchObject({ hover: true });
    await expect(app.mapRegion().getByText('Limburg', { exact: true })).toBeVisible();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/dekking\?provincie=PV31$/);
    await expect(limburg).toHaveAttribute('aria-pressed', 'true');
    await expect(app.selectedProvincePanel()).toContainText('Limburg');
    await app.waitForMapIdle();
    expect(await app.featureState('PV31')).toMatchObject({ selected: true });

    // What the choice brought up has focus, and the next Tab is in it.
    const heading = app.selectedProvincePanel().getByRole('heading', { name: 'Gekozen provincie' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Heel Nederland tonen' })).toBeFocused();
  });

  test('opent een gedeelde link met de gekozen provincie en gaat terug met de browser', async ({
    app,
    page,
  }) => {
    await app.open('/dekking?provincie=PV29');
    await expect(page.getByRole('heading', { level: 1, name: 'Dekking' })).toBeVisible();
    await expect(app.selectedProvincePanel()).toContainText('Zeeland');
    expect(await app.featureState('PV29')).toMatchObject({ selected: true });

    await app.provinceButton('Groningen').click();
    await expect(page).toHaveURL(/\/dekking\?provincie=PV20$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/dekking\?provincie=PV29$/);
    await expect(app.selectedProvincePanel()).toContainText('Zeeland');
  });

  test('"Heel Nederland" op de kaart brengt het hele land terug na in- en wegzoomen', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden');
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await app.waitForMapIdle();
    expect((await app.renderedProvinceCodes()).length).toBeLessThan(12);
    // At this zoom the map names places, not only provinces.
    const placeNames = () =>
      page.evaluate(
        () => window.__samenkaart!.map.queryRenderedFeatures({ layers: ['place-labels'] }).length,
      );
    expect(await placeNames()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Heel Nederland', exact: true }).click();
    await app.waitForMapIdle();
    expect(await app.renderedProvinceCodes()).toEqual(ALL_CODES);
  });

  test('zet "Heel Nederland tonen" de kaart terug op het hele land', async ({ app, page }) => {
    await app.open('/dekking?provincie=PV24');
    await page.getByRole('button', { name: 'Heel Nederland tonen' }).click();
    await expect(page).toHaveURL(/\/dekking$/);
    await app.waitForMapIdle();
    expect(await app.renderedProvinceCodes()).toEqual(ALL_CODES);
  });
});
