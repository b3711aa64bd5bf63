import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Every journey on a phone-sized screen (360×740, touch): the panel comes first, the map is one
// tap away ("Lijst" / "Kaart"), what an action changes is on screen, and nothing needed is
// covered or beyond the edge.

/** The phone's view switch, by its exact name: "Toon op de kaart" also contains "kaart". */
const viewSwitch = (page: Page, view: 'Lijst' | 'Kaart') =>
  page.getByRole('button', { name: view, exact: true });

const UTRECHT =
  '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';

test.describe('op een smal scherm (360 px)', () => {
  // Whatever the journey, nothing on the page is wider than the screen, and axe finds nothing.
  test.afterEach(async ({ page, app }) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('de kop is één rij; het menu opent de navigatie, wie u bent en de taal', async ({
    app,
    page,
  }) => {
    await app.open('/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThan(64);
    // The panel comes first: the search field is on the first screen.
    await app.expectUsable(page.getByRole('combobox', { name: 'Plaats of postcode' }));

    const menu = header.getByRole('button', { name: 'Menu' });
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await app.expectUsable(nav.getByRole('link', { name: 'Dekking' }));
    await app.expectUsable(page.getByRole('combobox', { name: 'Bekijk als' }));
    // Escape closes it and gives focus back to the button.
    await page.getByRole('combobox', { name: 'Bekijk als' }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // A link goes where it says and closes the menu; the new journey opens with its panel,
    // also when the map view was up.
    await viewSwitch(page, 'Kaart').tap();
    await menu.tap();
    await nav.getByRole('link', { name: 'Dekking' }).tap();
    await expect(page).toHaveURL(/\/dekking/);
    await expect(nav).toBeHidden();
    await expect(viewSwitch(page, 'Lijst')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('zoek een groep en meld u aan', async ({ app, page }) => {
    await app.open(UTRECHT);
    await app.waitForData();
    const meter = page.getByRole('meter', { name: 'Groep van 10' });
    await expect(meter).toContainText('8 van 10');

    // The answer on the map: the reach zone around Utrecht, one tap away.
    await viewSwitch(page, 'Kaart').tap();
    await app.expectUsable(app.mapCanvas());
    await app.waitForMapIdle();
    const zone = await page.evaluate(
      () => window.__samenkaart!.map.queryRenderedFeatures({ layers: ['reach-zone-fill'] }).length,
    );
    expect(zone).toBeGreaterThan(0);
    await viewSwitch(page, 'Lijst').tap();
    // The list is where it was.
    await expect(meter).toContainText('8 van 10');

    const register = page.getByRole('region', { name: 'Aanmelden' });
    await register.getByRole('button', { name: 'Bekijk als nieuwe aanbieder' }).tap();
    await register.getByLabel('Naam van uw organisatie').fill('Dagbesteding Smalspoor');
    await register.getByLabel('Contactpersoon').fill('Sam Smal');
    await register.getByLabel('E-mailadres').fill('sam@smalspoor.example');
    const send = register.getByRole('button', { name: 'Aanmelden' });
    await send.scrollIntoViewIfNeeded();
    await app.expectUsable(send);
    await send.tap();
    const confirmation = register.getByRole('heading', { name: 'Aangemeld' });
    await expect(confirmation).toBeFocused();
    await app.expectUsable(confirmation);
  });

  test('het dekkingsbord: de tabel scrollt opzij en een provincie verschijnt op de kaart', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    const table = page.getByRole('table', { name: /Dekking per provincie/ });
    await expect(table.getByRole('row')).toHaveCount(13);
    // The table scrolls inside its own box, which the keyboard can reach, and its caption is
    // readable within the screen.
    const scroller = page.getByRole('group', { name: /scroll opzij/ });
    const { scrollable, captionRight } = await scroller.evaluate((el) => ({
      scrollable: el.scrollWidth > el.clientWidth,
      captionRight: el.querySelector('caption span')!.getBoundingClientRect().right,
    }));
    expect(scrollable).toBe(true);
    expect(captionRight).toBeLessThanOrEqual(360);
    await expect(scroller).toHaveAttribute('tabindex', '0');

    const overijssel = table.getByRole('button', { name: 'Overijssel' });
    await overijssel.scrollIntoViewIfNeeded();
    await overijssel.tap();
    // The caption promises the map: the map view comes up with Overijssel framed in it.
    const mapButton = viewSwitch(page, 'Kaart');
    await expect(mapButton).toHaveAttribute('aria-pressed', 'true');
    await expect(mapButton).toBeFocused();
    await app.waitForMapIdle();
    await app.expectUsable(app.mapCanvas());
    expect(await app.renderedProvinceCodes()).toContain('PV23');
    expect(await app.zoom()).toBeGreaterThan(7);
    // Back to the list: the table is still there, Overijssel marked.
    await viewSwitch(page, 'Lijst').tap();
    await expect(table.getByRole('row', { name: /Overijssel/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('de ambassadeur beantwoordt een aanmelding in de inbox', async ({ app, page }) => {
    await app.open('/');
    await app.waitForData();
    await app.viewAs('Ambassadeur (Utrecht)');
    await page.getByRole('banner').getByRole('button', { name: /^Menu/ }).tap();
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Ambassadeurs' })
      .tap();
    const inbox = page.getByRole('region', { name: 'Inbox' });
    // The first request that a partnership within reach can take in.
    const item = inbox
      .getByRole('article')
      .filter({
        has: page.locator('button:not([aria-disabled="true"])', { hasText: /^Opnemen in / }),
      })
      .first();
    await expect(item).toBeVisible();
    const name = (await item.getByRole('heading').first().textContent())!;
    const sameName = inbox.getByRole('article', { name, exact: true });
    const before = await sameName.count();
    const accept = item.getByRole('button', { name: /^Opnemen in / });
    await accept.scrollIntoViewIfNeeded();
    await app.expectUsable(accept);
    await accept.tap();
    const status = inbox.getByRole('status');
    await expect(status).toContainText('opgenomen in het samenwerkingsverband');
    // The answered item and its button are gone: focus is on what happened, in view.
    await expect(status).toBeFocused();
    await app.expectUsable(status);
    await expect(sameName).toHaveCount(before - 1);
  });

  test('een verband op de kaart aantikken, de details lezen en terug naar de kaart', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    await viewSwitch(page, 'Kaart').tap();
    await app.waitForMapIdle();
    const point = await app.clickablePartnershipPoint();
    await app.mapCanvas().tap({ position: { x: point.x, y: point.y } });

    // A card along the bottom names what was tapped; the map stays.
    const peek = page.getByRole('region', { name: point.name });
    await app.expectUsable(peek.getByRole('button', { name: 'Details' }));
    await peek.getByRole('button', { name: 'Details' }).tap();
    const heading = page.getByRole('heading', { level: 2, name: point.name });
    await expect(heading).toBeFocused();
    await app.expectUsable(heading);

    // "Toon op de kaart": the map view, the point in the open part of the map, zoomed in.
    const show = page.getByRole('button', { name: 'Toon op de kaart' });
    await show.scrollIntoViewIfNeeded();
    await show.tap();
    await expect(viewSwitch(page, 'Kaart')).toHaveAttribute('aria-pressed', 'true');
    await expect(peek.getByRole('heading', { name: point.name })).toBeFocused();
    await app.waitForMapIdle();
    expect(await app.zoom()).toBeGreaterThanOrEqual(10);
    const at = await app.pointOnPage('partnerships', point.id);
    await app.expectMapVisibleAt(at!);
    // In the middle of the open part: across the width, above the card.
    expect(Math.abs(at!.x - 180)).toBeLessThan(30);
    await app.screenshot('mobiel-360-verband');
  });
});
