import { expect, test } from '../support/fixtures';

const UTRECHT =
  '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30';

test.describe('Ambassadeurs', () => {
  test('een nieuwe aanbieder meldt zich aan, de ambassadeur ziet die wachten en neemt hem op', async ({
    app,
    page,
  }) => {
    await app.open(UTRECHT);
    await app.waitForData();
    await app.viewAs('Nieuwe aanbieder');
    const register = page.getByRole('region', { name: 'Aanmelden' });
    await register.getByLabel('Naam van uw organisatie').fill('Dagbesteding De Nieuwkomer');
    await register.getByLabel('Contactpersoon').fill('Nina Nieuw');
    await register.getByLabel('E-mailadres').fill('nina@nieuwkomer.example');
    await register.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(register.getByRole('status')).toContainText('doorgestuurd naar');
    // What "Zoek een groep" told the newcomer is what the ambassador sees below.
    const gauge = await page
      .getByRole('meter', { name: 'Groep van 10' })
      .locator('.gauge-value')
      .textContent();

    await app.viewAs('Ambassadeur (Utrecht)');
    // The ambassador is notified in the app.
    const bell = page.getByRole('button', { name: /^Meldingen \d+ ongelezen$/ });
    await bell.click();
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toContainText(
      'Nieuwe aanbieder zoekt een groep: Dagbesteding De Nieuwkomer',
    );
    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    const read = page.getByRole('button', { name: 'Meldingen', exact: true });
    await expect(read).toBeVisible();
    // Escape closes the list and leaves the focus on the button.
    await read.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toHaveCount(0);
    await expect(read).toBeFocused();
    await expect(read).toHaveAttribute('aria-expanded', 'false');
    // A click elsewhere closes it too, as the header's other panels do.
    await read.click();
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toBeVisible();
    await page.getByRole('main').getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toHaveCount(0);
    await expect(read).toHaveAttribute('aria-expanded', 'false');
    // The notification leads to where it is answered: the inbox.
    await read.click();
    await page
      .getByRole('region', { name: 'Meldingen', exact: true })
      .getByRole('link', { name: 'Nieuwe aanbieder zoekt een groep: Dagbesteding De Nieuwkomer' })
      .click();
    await expect(page).toHaveURL(/\/ambassadeurs/);
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toHaveCount(0);
    const item = page.getByRole('article', { name: 'Dagbesteding De Nieuwkomer' });
    await expect(item).toContainText('sinds vandaag');
    await expect(item).toContainText('Nieuwe aanbieder');
    await expect(item).toContainText(`Beste mogelijkheid: ${gauge}`);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    const accept = item.getByRole('button', { name: /^Opnemen in / });
    const name = (await accept.textContent())!.replace(/^Opnemen in /, '');
    await accept.click();
    await expect(page.getByRole('region', { name: 'Inbox' }).getByRole('status')).toContainText(
      'Dagbesteding De Nieuwkomer: opgenomen in het samenwerkingsverband.',
    );
    await expect(item).toHaveCount(0);

    // The newcomer is now a member: no longer a seeker on the map, counted in the partnership.
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Samenwerkingsverbanden' })
      .click();
    await page
      .getByRole('region', { name: 'Samenwerkingsverbanden', exact: true })
      .getByRole('link', { name: new RegExp(name) })
      .click();
    await expect(page.getByRole('region', { name: /^Leden \(/ })).toContainText(
      'Dagbesteding De Nieuwkomer',
    );
    const seeking = await page.evaluate(async () => {
      const source = window.__samenkaart!.map.getSource('network-sites') as unknown as {
        getData: () => Promise<{ features: { properties: { name: string; seeking: boolean } }[] }>;
      };
      return (await source.getData()).features
        .filter((f) => f.properties.name === 'Dagbesteding De Nieuwkomer')
        .map((f) => f.properties.seeking);
    });
    expect(seeking).toEqual([false]);
  });

  test('een uitnodigingslink werkt één keer; hergebruik en een kapotte link geven een duidelijke melding', async ({
    app,
    page,
  }) => {
    await app.open('/ambassadeurs');
    await app.waitForData();
    await app.viewAs('Ambassadeur (Utrecht)');
    const invite = page.getByRole('region', { name: 'Nieuwe aanbieder uitnodigen' });
    await invite.getByLabel('Voor samenwerkingsverband (optioneel)').selectOption({ index: 1 });
    await invite.getByRole('button', { name: 'Maak uitnodigingslink' }).click();
    const link = await invite
      .getByRole('textbox', { name: 'Nieuwe aanbieder uitnodigen' })
      .inputValue();
    expect(link).toMatch(/\/uitnodiging\?token=[0-9a-f]{64}$/);

    const accept = async (organisation: string) => {
      await page.goto(link);
      await app.waitForData();
      await app.viewAs('Nieuwe aanbieder');
      await expect(page.getByRole('button', { name: 'Uitnodiging aanvaarden' })).toBeVisible();
      // The second time the newcomer already has an organisation, from the first acceptance.
      const organisationField = page.getByLabel('Naam van uw organisatie');
      if (await organisationField.isVisible()) await organisationField.fill(organisation);
      const point = await page.evaluate(() => {
        const p = window.__samenkaart!.map.project([5.2338, 52.0894]);
        return { x: p.x, y: p.y };
      });
      await app.mapCanvas().click({ position: point });
      await expect(page.getByText(/Locatie: /)).toBeVisible();
      await page.getByLabel('Contactpersoon').fill('Ilse Uitgenodigd');
      await page.getByLabel('E-mailadres').fill('ilse@uitgenodigd.example');
      await page.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
    };

    await accept('Zorgboerderij De Uitnodiging');
    await expect(page.getByRole('status')).toContainText(
      'Welkom! Uw organisatie is nu lid van het samenwerkingsverband.',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await app.viewAs('Bezoeker (niet ingelogd)');
    await accept('Tweede Poging');
    await expect(page.getByRole('alert')).toContainText('Deze uitnodiging is al gebruikt.');

    await page.goto('/uitnodiging?token=kapot');
    await expect(page.getByRole('alert')).toContainText('Deze uitnodigingslink klopt niet.');
  });

  test('de AvZ wijst een ambassadeur toe; dat staat in het logboek en op het dekkingsbord', async ({
    app,
    page,
  }) => {
    await app.open('/ambassadeurs');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    const registry = page.getByRole('region', { name: 'Ambassadeurs per provincie' });
    await expect(registry.getByRole('listitem').filter({ hasText: 'Flevoland' })).toContainText(
      'geen ambassadeur',
    );
    const organisation = registry.getByLabel('Organisatie', { exact: true });
    await organisation.selectOption({ index: 1 });
    const name = (await organisation.locator('option:checked').textContent())!.trim();
    await registry.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Flevoland' });
    await registry.getByRole('button', { name: 'Ambassadeur toewijzen' }).click();
    await expect(registry.getByRole('status')).toContainText(
      `${name} is nu ambassadeur van Flevoland.`,
    );
    await expect(registry.getByRole('listitem').filter({ hasText: 'Flevoland' })).toContainText(
      name,
    );
    await expect(page.getByRole('region', { name: 'Logboek' })).toContainText(
      'ambassadeur toegewezen',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Dekking' })
      .click();
    const table = page.getByRole('table', { name: /Dekking per provincie/ });
    await expect(table.getByRole('row', { name: /Flevoland/ })).toContainText(name);
  });
});
