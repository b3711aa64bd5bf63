import { expect, test } from '../support/fixtures';

test.describe('Kennis: het informatiepakket', () => {
  test('een nieuwe aanbieder leest wat de subsidie betaalt', async ({ app, page }) => {
    await app.open('/');
    await app.navigate('Kennis');
    await expect(page).toHaveURL(/\/kennis$/);
    await page.getByRole('link', { name: 'De subsidie van VWS' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'De subsidie van VWS' });
    await expect(heading).toBeFocused();
    const article = page.getByRole('article', { name: 'De subsidie van VWS' });
    await expect(article).toContainText('€ 20.311,10');
    await expect(article.getByRole('button', { name: 'Bewerken' })).toHaveCount(0);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await page.getByRole('link', { name: "← Alle pagina's" }).click();
    await page.getByRole('link', { name: 'De afspraken van een samenwerkingsverband' }).click();
    await expect(page.getByRole('table')).toContainText('Praktijkplaatsen');
  });

  test('de AvZ past een pagina aan en zet de vorige versie terug', async ({ app, page }) => {
    await app.open('/kennis/subsidie');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    const article = page.getByRole('article', { name: 'De subsidie van VWS' });
    await article.getByRole('button', { name: 'Bewerken' }).click();
    const editor = page.getByRole('form', { name: 'Pagina bewerken' });
    const body = editor.getByLabel('Tekst (Markdown)');

    await editor.getByLabel('Titel').fill('De');
    await body.fill('## Nieuw\n\nDe aanvraag loopt via **één** lid.');
    await expect(editor.getByRole('region', { name: 'Voorbeeld' })).toContainText(
      'De aanvraag loopt via één lid.',
    );
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect(editor.getByText('Vul een titel in van 3 tot 120 tekens.')).toBeVisible();
    await expect(body).toHaveValue('## Nieuw\n\nDe aanvraag loopt via **één** lid.');

    await editor.getByLabel('Titel').fill('De subsidie van VWS');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect(article.getByRole('status')).toHaveText('Opgeslagen als versie 2.');
    await expect(article).toContainText('De aanvraag loopt via één lid.');
    await expect(article).not.toContainText('€ 20.311,10');
    const history = page.getByRole('region', { name: 'Versies' });
    await expect(history.getByRole('listitem').first()).toContainText('Versie 2');
    await expect(history.getByRole('listitem').first()).toContainText('Marloes Meijer');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await history.getByRole('button', { name: 'Zet versie 1 terug' }).click();
    await expect(article.getByRole('status')).toHaveText('Teruggezet; dat is nu versie 3.');
    await expect(article).toContainText('€ 20.311,10');
    await expect(history.getByRole('listitem').first()).toContainText('teruggezet van versie 1');
  });
});

test.describe('Kennis: vragen en antwoorden', () => {
  test('een lid vraagt, een ander antwoordt, de vrager markeert het als opgelost en zoeken vindt het', async ({
    app,
    page,
  }) => {
    await app.open('/kennis');
    await app.waitForData();
    await app.viewAs('Medewerker kleine aanbieder');
    const ask = page.getByRole('form', { name: 'Stel een vraag' });
    await ask.getByLabel('Uw vraag in één zin').fill('Taxi');
    await ask.getByRole('button', { name: 'Vraag stellen' }).click();
    await expect(ask.getByText('Schrijf uw vraag in 5 tot 200 tekens.')).toBeVisible();
    await expect(ask.getByText(/^Schrijf een toelichting/)).toBeVisible();
    await expect(ask.getByLabel('Uw vraag in één zin')).toHaveValue('Taxi');
    await ask
      .getByLabel('Uw vraag in één zin')
      .fill('Hoe regelen jullie het vervoer naar de groepsdag?');
    await ask
      .getByLabel('Toelichting')
      .fill('Onze deelnemers wonen verspreid; een taxi per persoon is duur.');
    await ask.getByLabel('Onderwerp').selectOption({ label: 'Praktijk' });
    await ask.getByRole('button', { name: 'Vraag stellen' }).click();
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Hoe regelen jullie het vervoer naar de groepsdag?',
    });
    await expect(heading).toBeFocused();

    await app.viewAs('Ambassadeur (Utrecht)');
    const answer = page.getByRole('form', { name: 'Uw antwoord' });
    await answer.getByLabel('Antwoord').fill('Wij rijden met één busje langs drie locaties.');
    await answer.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await expect(answer.getByRole('status')).toContainText('de vraagsteller krijgt bericht');

    await app.viewAs('Medewerker kleine aanbieder');
    await page.getByRole('button', { name: /^Meldingen \d+ ongelezen$/ }).click();
    await page
      .getByRole('link', {
        name: 'Nieuw antwoord op uw vraag: Hoe regelen jullie het vervoer naar de groepsdag?',
      })
      .click();
    const reply = page.getByRole('article', { name: /^Antwoord van / });
    await reply.getByRole('button', { name: 'Dit loste mijn vraag op' }).click();
    await expect(reply).toContainText('dit loste het op');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await page.getByRole('link', { name: '← Alle vragen en het informatiepakket' }).click();
    await page.getByLabel('Zoek in vragen en antwoorden').fill('vervoeren');
    const hit = page.getByRole('link', {
      name: 'Hoe regelen jullie het vervoer naar de groepsdag?',
    });
    await expect(hit).toBeVisible();
    await expect(page.locator('.search-hits mark').first()).toHaveText('vervoer');
  });
});

test('een gekozen provincie wijst naar haar open vragen', async ({ app, page }) => {
  await app.open('/dekking?provincie=PV26');
  await app.waitForData();
  await page
    .getByRole('region', { name: 'Gekozen provincie' })
    .getByRole('link', { name: '1 open vraag over Utrecht' })
    .click();
  await expect(page).toHaveURL(/\/kennis\?provincie=PV26$/);
  const recent = page.getByRole('region', { name: 'Vragen over Utrecht' });
  await expect(recent.getByRole('link')).toHaveText([
    'Wie heeft ervaring met een SW-bedrijf als praktijkplaats?',
    'Hoe regelen jullie de werkbegeleiders voor een groep?',
  ]);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});
