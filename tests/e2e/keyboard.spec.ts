import { expect, test } from '../support/fixtures';

// Every journey with the keyboard alone: no mouse, no programmatic focus, only Tab, Shift+Tab,
// Enter, the arrow keys, Escape and typing. Focus lands on what an action brings up, and that is
// in view.

const UTRECHT =
  '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';

test.describe('met alleen het toetsenbord', () => {
  test.afterEach(async ({ app }) => {
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('zoek een groep en meld u aan', async ({ app, page }) => {
    await app.open(UTRECHT);
    await app.waitForData();
    const register = page.getByRole('region', { name: 'Aanmelden' });
    await app.tabTo(register.getByRole('button', { name: 'Bekijk als nieuwe aanbieder' }), {
      max: 80,
    });
    await page.keyboard.press('Enter');
    // The form is there now, and focus with it (not lost to the page).
    const name = register.getByLabel('Naam van uw organisatie');
    await expect(name).toBeVisible();
    await app.tabTo(name, { max: 5 });
    await page.keyboard.type('Dagbesteding Toetsenbord');
    await app.tabTo(register.getByLabel('Contactpersoon'), { max: 3 });
    await page.keyboard.type('Tom Toets');
    await app.tabTo(register.getByLabel('E-mailadres'), { max: 3 });
    await page.keyboard.type('tom@toetsenbord.example');
    await app.tabTo(register.getByRole('button', { name: 'Aanmelden' }), { max: 10 });
    await page.keyboard.press('Enter');
    const confirmation = register.getByRole('heading', { name: 'Aangemeld' });
    await expect(confirmation).toBeFocused();
    await app.expectUsable(confirmation);
  });

  test('het dekkingsbord: sorteren en een provincie op de kaart tonen', async ({ app, page }) => {
    await app.open('/dekking');
    await app.waitForData();
    const table = page.getByRole('table', { name: /Dekking per provincie/ });
    await app.tabTo(table.getByRole('button', { name: 'Sorteer op Provincie' }), { max: 40 });
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: /Provincie/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const zoomBefore = await app.zoom();
    const overijssel = table.getByRole('button', { name: 'Overijssel' });
    await app.tabTo(overijssel, { max: 30 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/provincie=PV23/);
    await app.waitForMapIdle();
    expect(await app.zoom()).toBeGreaterThan(zoomBefore);
    // On a wide screen the map is beside the table: focus stays where the person is.
    await expect(overijssel).toBeFocused();
  });

  test('de ambassadeur neemt een aanmelding op uit de inbox', async ({ app, page }) => {
    await app.open('/');
    await app.waitForData();
    const account = page.getByRole('banner').getByRole('button', { name: /^Bekijk als/ });
    await app.tabTo(account, { max: 15 });
    await page.keyboard.press('Enter');
    const persona = page.getByRole('combobox', { name: 'Bekijk als' });
    await app.tabTo(persona, { max: 3 });
    // Bezoeker → Medewerker kleine aanbieder → Ambassadeur (Utrecht)
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(account).toContainText('Ambassadeur (Utrecht)');
    await page.keyboard.press('Escape');
    await expect(account).toBeFocused();
    await expect(persona).toBeHidden();

    const link = page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Ambassadeurs' });
    await app.tabTo(link, { max: 6, backwards: true });
    await page.keyboard.press('Enter');
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const accept = inbox
      .locator('button:not([aria-disabled="true"])', { hasText: /^Opnemen in / })
      .first();
    await expect(accept).toBeVisible();
    await app.tabTo(accept, { max: 40 });
    await page.keyboard.press('Enter');
    const status = inbox.getByRole('status');
    await expect(status).toContainText('opgenomen in het samenwerkingsverband');
    await expect(status).toBeFocused();
    await app.expectUsable(status);
  });

  test('een verband uit het overzicht openen, op de kaart tonen en terug', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    // Past the filters, the partnerships in Utrecht are a few Tabs away.
    const deBilt = page
      .getByRole('region', { name: 'Samenwerkingsverbanden', exact: true })
      .getByRole('link', { name: /De Bilt/ });
    const presses = await app.tabTo(deBilt, { max: 30 });
    expect(presses).toBeLessThanOrEqual(20);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Facilitair & Groen Samen De Bilt',
    });
    await expect(heading).toBeFocused();
    await app.expectUsable(heading);

    await app.tabTo(page.getByRole('button', { name: 'Toon op de kaart' }), { max: 15 });
    await page.keyboard.press('Enter');
    await app.waitForMapIdle();
    expect(await app.zoom()).toBeGreaterThanOrEqual(10);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    // In the open part of the map, not under the legend.
    await app.expectMapVisibleAt((await app.pointOnPage('partnerships', id))!);

    await app.tabTo(page.getByRole('link', { name: '← Alle samenwerkingsverbanden' }), {
      backwards: true,
      max: 15,
    });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/verbanden$/);
  });
});
