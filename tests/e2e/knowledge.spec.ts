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
