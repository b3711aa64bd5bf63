import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';

test.describe('Dekking', () => {
  test('toont het doel, de tabel met de cijfers uit de seed en de kaart per status', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    await expect(
      page.getByRole('heading', {
        name: '7 van 12 provincies hebben een actief samenwerkingsverband',
      }),
    ).toBeVisible();
    const table = page.getByRole('table', { name: /Dekking per provincie/ });
    await expect(table.getByRole('row')).toHaveCount(13);
    const flevoland = table.getByRole('row', { name: /Flevoland/ });
    await expect(flevoland).toContainText('Nog niets');
    await expect(flevoland).toContainText('geen ambassadeur');
    await expect(table.getByRole('row', { name: /Drenthe/ })).toContainText('Alleen zoekers');
    await expect.poll(() => app.provinceCoverage('PV29')).toBe('empty');
    const statusLabels = await page.evaluate(() =>
      window
        .__samenkaart!.map.queryRenderedFeatures({ layers: ['coverage-status-label'] })
        .map((f) => String(f.properties.text)),
    );
    expect(statusLabels).toContain('Nog niets · geen ambassadeur');
    await expect(page.getByRole('region', { name: 'Voorgestelde acties' })).toContainText(
      'Flevoland: geen ambassadeur',
    );
    // The chart over time: counts up the side, years along the bottom, a key, a text alternative.
    const chart = page.getByRole('img', { name: /provincies met een actief verband op/ });
    await expect(chart.locator('text')).toContainText(['0', '4', '8', '12', '2021', '2022']);
    const timeline = page.getByRole('region', { name: 'Provincies met een verband door de tijd' });
    await expect(timeline.getByRole('listitem')).toHaveText([
      'Met een actief verband',
      'Met een verband (ook in oprichting of zoekend)',
    ]);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await app.screenshot('dekking');
  });

  test('sorteert de tabel en zoomt de kaart in op een aangeklikte provincie', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    const table = page.getByRole('table', { name: /Dekking per provincie/ });
    await table.getByRole('button', { name: 'Sorteer op Provincie' }).click();
    await expect(table.getByRole('columnheader', { name: /Provincie/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    await table.getByRole('button', { name: 'Sorteer op Zoekers' }).click();
    const seekers = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
    expect(seekers).toEqual([...seekers].sort((a, b) => b - a));

    const zoomBefore = await app.zoom();
    await table.getByRole('button', { name: 'Overijssel' }).click();
    await expect(page).toHaveURL(/\/dekking\?.*provincie=PV23/);
    await app.waitForMapIdle();
    expect(await app.zoom()).toBeGreaterThan(zoomBefore);
    await expect(
      page.getByRole('region', { name: 'Samenwerkingsverbanden · In Overijssel' }),
    ).toBeVisible();
  });

  test('filtert op datum en opleiding, met de filters in de link', async ({ app, page }) => {
    await app.open('/dekking?datum=2021-06-30&opleiding=alle');
    await app.waitForData();
    await expect(
      page.getByRole('heading', {
        name: '0 van 12 provincies hebben een actief samenwerkingsverband',
      }),
    ).toBeVisible();
    const date = page.getByRole('textbox', { name: 'Peildatum' });
    // The date reads as Dutch forms write it, whatever the browser's own format.
    await expect(date).toHaveValue('30-06-2021');
    // A day in the future is refused next to the field; what was typed stays, the view too.
    await date.fill('01-01-2030');
    await date.press('Enter');
    await expect(date).toHaveAccessibleDescription(/kan niet in de toekomst liggen/);
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveValue('01-01-2030');
    await expect(page).toHaveURL(/datum=2021-06-30/);
    await date.fill('31-2-2023');
    await date.press('Tab');
    await expect(date).toHaveAccessibleDescription(/Vul een bestaande datum in/);
    await expect(page).toHaveURL(/datum=2021-06-30/);

    // The calendar speaks Dutch, starts on the chosen day, works with the arrow keys.
    await date.fill('30-06-2021');
    await date.press('Enter');
    const open = page.getByRole('button', { name: 'Kies op de kalender' });
    await open.focus();
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('group', { name: 'Kalender voor de peildatum' });
    await expect(calendar).toContainText('juni 2021');
    await expect(
      calendar.getByRole('button', { name: 'woensdag 30 juni 2021, gekozen' }),
    ).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(calendar).toHaveCount(0);
    await expect(date).toHaveValue('23-06-2021');
    await expect(page).toHaveURL(/datum=2021-06-23/);
    await expect(open).toBeFocused();
    // No day after today: the calendar ends at this month.
    await date.fill('');
    await date.press('Enter');
    await open.click();
    await expect(calendar.getByRole('button', { name: /^Vandaag, / })).toBeFocused();
    await expect(calendar.getByRole('button', { name: 'Volgende maand' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(calendar).toHaveCount(0);
    await expect(open).toBeFocused();

    await page.getByLabel('Opleiding').selectOption('logistiek');
    await date.fill('');
    await date.press('Enter');
    await expect(date).not.toHaveAttribute('aria-invalid');
    await expect(page).toHaveURL(/opleiding=logistiek/);
    await expect(page).not.toHaveURL(/datum=/);
    await expect(
      page.getByRole('heading', {
        name: /van 12 provincies hebben een actief samenwerkingsverband voor Assistent logistiek/,
      }),
    ).toBeVisible();
    await page.getByLabel('Nog niets').check();
    await expect(page).toHaveURL(/status=empty/);
    const rows = page.getByRole('table', { name: /Dekking per provincie/ }).locator('tbody tr');
    for (const text of await rows.allTextContents()) expect(text).toContain('Nog niets');
  });

  test('exporteert CSV voor Excel, met contactgegevens alleen voor de AvZ', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    const read = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return readFileSync((await download.path())!, 'utf8');
    };

    const provinces = await read('Provincietabel downloaden (CSV)');
    expect(provinces.charCodeAt(0)).toBe(0xfeff);
    const lines = provinces.slice(1).split('\r\n');
    expect(lines[0]).toMatch(
      /^Provincie;CBS-code;Status;Actief;In oprichting;Zoekers;Niet gematcht;Ambassadeur;/,
    );
    expect(lines).toHaveLength(13);
    expect(provinces).toContain('Fryslân;PV21;Actief');

    const asVisitor = await read('Verbanden en zoekers downloaden (CSV)');
    const visitorRows = asVisitor
      .slice(1)
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    expect(visitorRows.length).toBeGreaterThan(40);
    expect(visitorRows.every((cells) => cells.at(-2) === '')).toBe(true); // E-mail column empty

    await app.viewAs('AvZ-coördinator');
    await expect(
      page.getByRole('button', { name: 'Verbanden en zoekers downloaden (CSV)' }),
    ).toBeEnabled();
    const asAvz = await read('Verbanden en zoekers downloaden (CSV)');
    const avzRows = asAvz
      .slice(1)
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    expect(avzRows.every((cells) => /@.+\.example$/.test(cells.at(-2) ?? ''))).toBe(true);
  });
});
