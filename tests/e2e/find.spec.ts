import { expect, test } from '../support/fixtures';

const UTRECHT_30_OV_GROEN_3 =
  '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';

test.describe('Zoek een groep', () => {
  test('Utrecht, 30 min ov, Assistent groen, 3 deelnemers: zone, lijst en meter', async ({
    app,
    page,
  }) => {
    await app.open('/');
    await app.waitForData();
    const place = page.getByRole('combobox', { name: 'Plaats of postcode' });
    await place.fill('utre');
    await expect(page.getByRole('option', { name: 'Utrecht', exact: true })).toBeVisible();
    await place.press('ArrowDown');
    await place.press('Enter');
    await expect(page.getByText('Startpunt: Utrecht')).toBeVisible();
    await expect(page.getByLabel('Opleiding')).toHaveValue('groen');
    await expect(page.getByLabel('Aantal deelnemers')).toHaveValue('3');
    await expect(page.getByLabel('Vervoer')).toHaveValue('ov');
    // The choices are written out; the short forms read well only inside a sentence.
    await expect(page.getByLabel('Vervoer').getByRole('option')).toHaveText([
      'Te voet',
      'Fiets',
      'Bus of trein',
      'Taxi of auto',
    ]);
    await expect(page.getByLabel('Maximale reistijd (minuten)')).toHaveValue('30');
    // 30 min × 20 km/h ÷ 1,3, written the Dutch way.
    await expect(page.getByText('30 minuten ov is dat ongeveer 7,7 km hemelsbreed')).toBeVisible();

    // The gauge is the best option's count, and that option comes first in the list.
    const meter = page.getByRole('meter', { name: 'Groep van 10' });
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      '8 deelnemers voor Assistent groen kunnen samen een groep vormen',
    );
    await expect(meter).toContainText('8 van 10 — nog 2 deelnemers nodig');
    const results = page.getByRole('region', { name: 'Mogelijkheden' });
    const cards = results.getByRole('article');
    await expect(cards.first()).toHaveAccessibleName('Facilitair & Groen Samen De Bilt');
    await expect(cards.first()).toContainText('Met u erbij 8 van 10: nog 2 nodig');
    // Nothing is ever "N van 10" with N over 10.
    for (const text of await results.allTextContents())
      for (const [, n] of text.matchAll(/(\d+) van 10/g)) expect(Number(n)).toBeLessThan(10);
    // Options beyond the limit say by how much, and stay within twice the limit.
    const beyond = await cards.locator('.minutes').allTextContents();
    for (const text of beyond) {
      const minutes = Number.parseInt(text, 10);
      expect(minutes).toBeLessThanOrEqual(60);
      if (minutes > 30) expect(text).toMatch(/boven uw grens/);
    }
    await expect(
      results.getByRole('region', { name: 'Eerste aanspreekpunt in Utrecht' }),
    ).toBeVisible();

    // Pointing at a card highlights its point on the map.
    await cards.first().hover();
    const hovered = await page.evaluate(() => {
      const map = window.__samenkaart!.map;
      return ['partnerships', 'network-sites'].some((source) =>
        (map.querySourceFeatures(source) as { id?: string | number }[]).some(
          (f) => f.id !== undefined && map.getFeatureState({ source, id: f.id }).hover === true,
        ),
      );
    });
    expect(hovered).toBe(true);

    await app.waitForMapIdle();
    const zone = await page.evaluate(
      () => window.__samenkaart!.map.queryRenderedFeatures({ layers: ['reach-zone-fill'] }).length,
    );
    expect(zone).toBeGreaterThan(0);
    await expect(page).toHaveURL(
      /plaats=Utrecht.*opleiding=groen.*deelnemers=3.*vervoer=ov.*minuten=30/,
    );
    await app.screenshot('zoek-utrecht');
  });

  test('geeft een duidelijke melding bij een onvolledige postcode en een onbekende plaats', async ({
    app,
    page,
  }) => {
    await app.open('/');
    const place = page.getByRole('combobox', { name: 'Plaats of postcode' });
    await place.fill('1234');
    await place.press('Enter');
    await expect(page.getByRole('alert')).toContainText(
      'Een postcode heeft 4 cijfers en 2 letters',
    );
    await expect(place).toHaveValue('1234');
    await expect(place).toHaveAttribute('aria-invalid', 'true');

    await place.fill('Xyzzydorp');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('We kennen geen plaats "Xyzzydorp"');
    await expect(place).toHaveValue('Xyzzydorp');

    await page.getByLabel('Aantal deelnemers').fill('25');
    await expect(page.getByText('Vul een aantal van 1 tot en met 20 in.')).toBeVisible();
    await expect(page.getByLabel('Aantal deelnemers')).toHaveValue('25');
  });

  test('werkt met alleen het toetsenbord', async ({ app, page }) => {
    await app.open('/');
    await app.waitForData();
    await page.getByRole('combobox', { name: 'Plaats of postcode' }).focus();
    await page.keyboard.type('den haag');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByText("Startpunt: 's-Gravenhage")).toBeVisible();
    await page.keyboard.press('Tab'); // Zoek
    await page.keyboard.press('Tab'); // Opleiding
    await page.keyboard.press('ArrowDown'); // facilitair
    await expect(page.getByLabel('Opleiding')).toHaveValue('facilitair');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await expect(page.getByRole('meter', { name: 'Groep van 10' })).toHaveAttribute(
      'aria-valuetext',
      /deelnemers? voor Assistent facilitair kunnen? samen een groep vormen/,
    );
    await expect(page).toHaveURL(/opleiding=facilitair.*deelnemers=4/);
  });

  test('laadt een gedeelde link met dezelfde zoekopdracht', async ({ app, page }) => {
    await app.open(UTRECHT_30_OV_GROEN_3);
    await app.waitForData();
    await expect(page.getByText('Startpunt: Utrecht')).toBeVisible();
    const valuetext = await page
      .getByRole('meter', { name: 'Groep van 10' })
      .getAttribute('aria-valuetext');
    await page.reload();
    await app.waitForData();
    await expect(page.getByRole('meter', { name: 'Groep van 10' })).toHaveAttribute(
      'aria-valuetext',
      valuetext!,
    );
    await expect(page.getByRole('combobox', { name: 'Plaats of postcode' })).toHaveValue('Utrecht');
    // Opened from a link, the reach zone is added before the provinces: it still lies above
    // their fill, where it can be seen, and the points lie above the zone.
    await app.waitForMapIdle();
    const stack = await page.evaluate(() =>
      window.__samenkaart!.map.getStyle().layers.map((l) => l.id),
    );
    expect(stack.indexOf('reach-zone-fill')).toBeGreaterThan(stack.indexOf('province-fill'));
    expect(stack.indexOf('partnership-points')).toBeGreaterThan(stack.indexOf('reach-zone-fill'));
  });

  test('zet het startpunt met een klik op de kaart', async ({ app, page }) => {
    await app.open('/');
    await app.waitForData();
    const point = await page.evaluate(() => {
      const p = window.__samenkaart!.map.project([5.2338, 52.0894]); // Zeist
      return { x: p.x, y: p.y };
    });
    await app.mapCanvas().click({ position: point });
    await expect(
      page.getByText(/Startpunt: Punt bij (Zeist|Utrechtse Heuvelrug|De Bilt)/),
    ).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Groep van 10' })).toBeVisible();
  });

  test('meldt een nieuwe aanbieder aan: eerst met fouten, dan goed, en toont die op de kaart', async ({
    app,
    page,
  }) => {
    await app.open(UTRECHT_30_OV_GROEN_3);
    await app.waitForData();
    const register = page.getByRole('region', { name: 'Aanmelden' });
    await expect(register).toContainText('Om u aan te melden moet u ingelogd zijn.');
    await register.getByRole('button', { name: 'Bekijk als nieuwe aanbieder' }).click();

    await register.getByLabel('Wij willen er een oprichten').check();
    await register.getByLabel('E-mailadres').fill('info@');
    await register.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = register.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
    await expect(summary).toContainText('Vul de naam van uw organisatie in');
    await expect(summary).toContainText('Vul de naam van de contactpersoon in');
    await expect(summary).toContainText('Vul een geldig e-mailadres in');
    await expect(register.getByLabel('E-mailadres')).toHaveValue('info@');
    await expect(register.getByLabel('Naam van uw organisatie')).toBeFocused();
    await expect(register.getByLabel('Wij willen er een oprichten')).toBeChecked();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await register.getByLabel('Naam van uw organisatie').fill('Zorgboerderij Het Testveld');
    await register.getByLabel('Contactpersoon').fill('Tessa Test');
    await register.getByLabel('E-mailadres').fill('tessa@testveld.example');
    // A double submit: two clicks before the interface can even disable the button.
    await register
      .getByRole('button', { name: 'Aanmelden' })
      .evaluate((button: HTMLButtonElement) => {
        button.click();
        button.click();
      });
    const confirmation = register.getByRole('heading', { name: 'Aangemeld' });
    await expect(confirmation).toBeFocused();
    await expect(register.getByRole('status')).toContainText('Uw aanmelding is doorgestuurd naar');
    await expect(register.getByRole('status')).toContainText('binnen 10 werkdagen');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    const newSeekerSites = () =>
      page.evaluate(async () => {
        const source = window.__samenkaart!.map.getSource('network-sites') as unknown as {
          getData: () => Promise<{
            features: { properties: { id: string; name: string; seeking: boolean } }[];
          }>;
        };
        const data = await source.getData();
        return data.features
          .filter((f) => f.properties.name === 'Zorgboerderij Het Testveld' && f.properties.seeking)
          .map((f) => f.properties.id);
      });
    await expect.poll(newSeekerSites).toHaveLength(1);
    await expect(page.getByRole('region', { name: 'Mogelijkheden' })).not.toContainText(
      'Zorgboerderij Het Testveld',
    );
    // The stored registration exists once: open the new site's details from a link.
    const [siteId] = await newSeekerSites();
    await app.open(`${UTRECHT_30_OV_GROEN_3}&locatie=${siteId}`);
    await app.waitForData();
    const details = page.getByRole('region', { name: 'Zorgboerderij Het Testveld' });
    await expect(details.getByText(/wil een samenwerkingsverband oprichten/)).toHaveCount(1);
    await app.screenshot('zoek-aangemeld');
  });

  test('een te lange of onzichtbare naam: de fout staat bij het veld en niets getypts gaat verloren', async ({
    app,
    page,
  }) => {
    await app.open(UTRECHT_30_OV_GROEN_3);
    await app.waitForData();
    await app.viewAs('Nieuwe aanbieder');
    const register = page.getByRole('region', { name: 'Aanmelden' });
    const organisation = register.getByLabel('Naam van uw organisatie');
    const tooLong = `Zorgboerderij ${'Heel Lang '.repeat(11)}`.trim();
    await organisation.fill(tooLong);
    await register.getByLabel('Contactpersoon').fill('Tessa Test');
    await register.getByLabel('E-mailadres').fill('tessa@testveld.example');
    await register.getByRole('button', { name: 'Aanmelden' }).click();

    await expect(organisation).toHaveAccessibleDescription(/2 tot 120 tekens/);
    await expect(organisation).toHaveAttribute('aria-invalid', 'true');
    await expect(organisation).toBeFocused();
    await expect(organisation).toHaveValue(tooLong);
    await expect(register.getByLabel('Contactpersoon')).toHaveValue('Tessa Test');
    await expect(register.getByLabel('E-mailadres')).toHaveValue('tessa@testveld.example');

    // Only zero-width spaces: looks empty, is not empty, and is refused the same way.
    await organisation.fill('\u200b\u200b\u200b');
    await register.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(organisation).toHaveAccessibleDescription(/zonder onzichtbare of sturende tekens/);
    await expect(register.getByRole('status')).toHaveCount(0);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('vraagt om aan te sluiten bij een verband binnen bereik, met een bericht en een bevestiging', async ({
    app,
    page,
  }) => {
    await app.open(UTRECHT_30_OV_GROEN_3);
    await app.waitForData();
    await app.viewAs('Medewerker kleine aanbieder');
    const results = page.getByRole('region', { name: 'Mogelijkheden' });
    const card = results.getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' });
    await card.getByRole('button', { name: 'Vraag om aan te sluiten' }).click();
    // Nothing is sent yet: first a message, then "Verstuur verzoek".
    await card
      .getByLabel('Bericht aan de regiehouder (optioneel)')
      .fill('Wij hebben 3 deelnemers.');
    await card.getByRole('button', { name: 'Verstuur verzoek' }).click();
    const confirmation = card.getByRole('heading', {
      name: 'Verzoek verstuurd aan Facilitair & Groen Samen De Bilt',
    });
    await expect(confirmation).toBeFocused();
    await expect(card.getByRole('status')).toContainText('binnen 10 werkdagen');
    // The request is among the organisation's own, to follow or take back.
    const mine = page.getByRole('region', { name: 'Mijn aanmeldingen' });
    await expect(
      mine.getByRole('article', { name: 'Facilitair & Groen Samen De Bilt' }),
    ).toContainText('Gevraagd om aan te sluiten');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
