import { expect, test } from '../support/fixtures';

const search = (place: string, lat: number, lng: number) =>
  `/?plaats=${place}&lat=${lat}&lng=${lng}&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30`;
const UTRECHT = search('Utrecht', 52.09084, 5.12111);
const IJSSELSTEIN = search('IJsselstein', 52.01784, 5.0402);

test.describe('één antwoord op elk scherm', () => {
  test('de cijfers van één zoeker kloppen op Zoek een groep, Ambassadeurs en Dekking', async ({
    app,
    page,
  }) => {
    await app.open(UTRECHT);
    await app.waitForData();
    await app.viewAs('Nieuwe aanbieder');
    const register = page.getByRole('region', { name: 'Aanmelden' });
    await register.getByLabel('Naam van uw organisatie').fill('Dagbesteding Eén Antwoord');
    await register.getByLabel('Contactpersoon').fill('Eva Eenduidig');
    await register.getByLabel('E-mailadres').fill('eva@eenantwoord.example');
    await register.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(register.getByRole('heading', { name: 'Aangemeld' })).toBeFocused();
    const gauge = page.getByRole('meter', { name: 'Groep van 10' }).locator('.gauge-value');
    await expect(gauge).toHaveText('8 van 10 — nog 2 deelnemers nodig');

    // The ambassador sees the same best option for this registration.
    await app.viewAs('Ambassadeur (Utrecht)');
    await app.navigate('Ambassadeurs');
    const item = page.getByRole('article', { name: 'Dagbesteding Eén Antwoord' });
    await expect(item).toContainText('Beste mogelijkheid: 8 van 10 — nog 2 deelnemers nodig');

    // The board counts it as unmatched (no group of 10 within its reach) and says so.
    await app.viewAs('AvZ-coördinator');
    await app.open('/dekking');
    await app.waitForData();
    await expect(page.getByRole('region', { name: 'Voorgestelde acties' })).toContainText(
      'Dagbesteding Eén Antwoord zoekt voor Assistent groen (3 deelnemers); binnen de reistijd komt nergens een groep van 10 samen',
    );
    // And the province's numbers agree with the lists they summarise.
    const utrecht = page.getByRole('table', { name: /Dekking per provincie/ }).getByRole('row', {
      name: /^Utrecht/,
    });
    const cells = await utrecht.getByRole('cell').allTextContents();
    await utrecht.getByRole('button', { name: 'Utrecht' }).click();
    const seekers = page.getByRole('region', { name: 'Zoekende aanbieders · In Utrecht' });
    await expect(seekers.getByRole('listitem')).toHaveCount(Number(cells[3]));
    const partnerships = page.getByRole('region', { name: 'Samenwerkingsverbanden · In Utrecht' });
    const statuses = await partnerships.getByRole('listitem').allTextContents();
    expect(statuses.filter((s) => /Actief/.test(s))).toHaveLength(Number(cells[1]));
    expect(statuses.filter((s) => /In oprichting|Zoekt leden/.test(s))).toHaveLength(
      Number(cells[2]),
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('de ambassadeur stelt een nieuw verband voor aan zoekers die samen 10 halen en vindt het in de lijst', async ({
    app,
    page,
  }) => {
    await app.open(IJSSELSTEIN);
    await app.waitForData();
    await app.viewAs('Nieuwe aanbieder');
    await expect(page.getByRole('meter', { name: 'Groep van 10' })).toContainText(
      'genoeg voor 1 groep',
    );
    const register = page.getByRole('region', { name: 'Aanmelden' });
    await register.getByLabel('Naam van uw organisatie').fill('Zorgboerderij Het Voorstel');
    await register.getByLabel('Contactpersoon').fill('Vera Voorstel');
    await register.getByLabel('E-mailadres').fill('vera@voorstel.example');
    await register.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(register.getByRole('heading', { name: 'Aangemeld' })).toBeFocused();

    await app.viewAs('Ambassadeur (Utrecht)');
    await app.navigate('Ambassadeurs');
    const item = page.getByRole('article', { name: 'Zorgboerderij Het Voorstel' });
    // No partnership in reach to take it into: the answer says why.
    const into = item.getByRole('button', { name: 'Opnemen in verband' });
    await expect(into).toHaveAttribute('aria-disabled', 'true');
    await expect(into).toHaveAccessibleDescription(/geen samenwerkingsverband met Assistent groen/);
    await item.getByRole('button', { name: 'Nieuw verband voorstellen' }).click();
    const form = item.getByRole('form', { name: 'Nieuw samenwerkingsverband voorstellen' });
    await expect(
      form.getByRole('heading', { name: 'Nieuw samenwerkingsverband voorstellen' }),
    ).toBeFocused();
    await expect(form.getByRole('checkbox', { checked: true }).first()).toBeVisible();
    await form.getByLabel('Naam van het verband').fill('Groen Samen IJsselstein');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await form.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByRole('region', { name: 'Inbox' }).getByRole('status')).toContainText(
      /Groen Samen IJsselstein is voorgesteld; \d+ aanbieders zijn uitgenodigd/,
    );
    await expect(item).toHaveCount(0);

    await app.navigate('Samenwerkingsverbanden');
    await page.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Utrecht' });
    await expect(
      page
        .getByRole('region', { name: 'Samenwerkingsverbanden', exact: true })
        .getByRole('link', { name: /Groen Samen IJsselstein/ }),
    ).toContainText('In oprichting');

    // The newcomer finds the invitation among its own and accepts it.
    await app.viewAs('Nieuwe aanbieder');
    await app.navigate('Zoek een groep');
    const mine = page.getByRole('region', { name: 'Mijn aanmeldingen' });
    const invitation = mine.getByRole('article', { name: 'Groen Samen IJsselstein' });
    await invitation.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await expect(invitation).toContainText('Lid');
  });
});
