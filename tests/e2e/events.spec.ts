import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '../support/fixtures';

const UTRECHT = 'Regiobijeenkomst Utrecht: samen een groep starten';
const amsterdamTime = (date: Date) =>
  new Intl.DateTimeFormat('nl', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);

test.describe('Kennis: webinars en bijeenkomsten', () => {
  test('een aanbieder meldt zich aan voor een bijeenkomst en zet die in de agenda', async ({
    app,
    page,
  }) => {
    await app.open('/kennis');
    await app.waitForData();
    const events = page.getByRole('region', { name: 'Webinars en bijeenkomsten' });
    const upcoming = events.getByRole('list', { name: 'Binnenkort' });
    await expect(upcoming.getByRole('listitem').first()).toContainText(
      'Een groep van tien vormen: de eerste stappen',
    );
    await expect(events.getByRole('list', { name: 'Eerder' })).toContainText(
      'Erkende brancheopleidingen in de dagbesteding',
    );
    await expect(upcoming.getByRole('listitem').filter({ hasText: UTRECHT })).toContainText(
      'nog 2 plaatsen',
    );

    await upcoming.getByRole('link', { name: UTRECHT }).click();
    const article = page.getByRole('article', { name: UTRECHT });
    await expect(page.getByRole('heading', { level: 2, name: UTRECHT })).toBeFocused();
    await expect(article).toContainText('18 van 20 bezet');
    await expect(article).toContainText('Organisaties die ingelogd zijn melden zich hier aan.');
    await expect(article.getByRole('button', { name: 'Aanmelden' })).toHaveCount(0);

    await app.viewAs('Medewerker kleine aanbieder');
    const registration = article.getByRole('region', { name: 'Aanmelden' });
    const participants = registration.getByLabel('Aantal deelnemers');
    await participants.fill('3');
    await expect(registration).toContainText(
      'Er zijn nog 2 plaatsen: met dit aantal komt u op de wachtlijst.',
    );
    await expect(registration.getByRole('button', { name: 'Op de wachtlijst' })).toBeVisible();
    await participants.fill('2');
    await registration.getByLabel('E-mailadres contactpersoon').fill('sanne');
    await registration.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(
      registration.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.'),
    ).toBeVisible();
    await expect(registration.getByLabel('Contactpersoon', { exact: true })).toHaveValue(
      'Sanne de Vries',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await registration.getByLabel('E-mailadres contactpersoon').fill('sanne@boomgaard.example');
    await registration.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(registration.getByRole('status')).toContainText(
      'U bent aangemeld met 2 deelnemers.',
    );
    await expect(article).toContainText('20 van 20 bezet');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      registration.getByRole('button', { name: 'Zet in mijn agenda (.ics)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const [vevent] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe(UTRECHT);
    expect(amsterdamTime(event.startDate.toJSDate())).toBe('13:30');
    expect(amsterdamTime(event.endDate.toJSDate())).toBe('16:00');
    expect(event.location).toContain('Utrecht');
    await app.screenshot('bijeenkomst-aangemeld');
  });

  test('de AvZ plant een webinar, met fouten bij het veld, exporteert de aanmeldingen, gelast een bijeenkomst af en laat die toch doorgaan', async ({
    app,
    page,
  }) => {
    await app.open('/kennis');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst plannen' }).click();
    const form = page.getByRole('form', { name: 'Bijeenkomst plannen' });
    await form.getByLabel('Titel').fill('Werkbegeleiders inwerken');
    await form.getByLabel('Beschrijving (Markdown)').fill('Hoe u **werkbegeleiders** inwerkt.');
    await form.getByLabel('Begint').fill('2027-03-30T15:00');
    await form.getByLabel('Eindigt').fill('2027-03-30T14:00');
    await form.getByLabel('Aanmelden kan tot').fill('2027-03-29T12:00');
    await form.getByLabel('Aantal plaatsen').fill('80');
    await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await expect(form.getByText('Het einde komt na het begin.')).toBeVisible();
    await expect(
      form.getByText('Vul een plaats in, een link voor online deelname, of beide.'),
    ).toBeVisible();
    await expect(form.getByLabel('Titel')).toHaveValue('Werkbegeleiders inwerken');

    await form.getByLabel('Eindigt').fill('2027-03-30T16:00');
    await form.getByLabel('Link voor online deelname').fill('https://webinar.example/inwerken');
    await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const article = page.getByRole('article', { name: 'Werkbegeleiders inwerken' });
    await expect(article).toContainText('30 maart 2027');
    await expect(article).toContainText('15:00');
    await expect(article.getByRole('link', { name: 'Deelnemen (online)' })).toHaveAttribute(
      'href',
      'https://webinar.example/inwerken',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await page.getByRole('link', { name: '← Alle webinars en bijeenkomsten' }).click();
    await page
      .getByRole('link', { name: 'Regiobijeenkomst Gelderland: praktijkplaatsen delen' })
      .click();
    const manage = page.getByRole('region', { name: 'Beheer (AvZ)' });
    await expect(manage.getByRole('table')).toContainText('wachtlijst (1)');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      manage.getByRole('button', { name: 'Exporteer aanmeldingen (CSV)' }).click(),
    ]);
    const rows = (await readFile((await csv.path())!, 'utf8')).split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFOrganisatie;Deelnemers;Contactpersoon;E-mailadres contactpersoon;Status;Aangemeld op',
    );
    expect(rows.filter((r) => r.includes(';aangemeld;'))).toHaveLength(6);
    expect(rows.filter((r) => r.includes(';wachtlijst (1);'))).toHaveLength(1);

    await manage.getByRole('button', { name: 'Bijeenkomst afgelasten' }).click();
    await manage
      .getByLabel('Waarom gaat de bijeenkomst niet door? (dit lezen de aangemelde organisaties)')
      .fill('De zaal is niet beschikbaar');
    await manage.getByRole('button', { name: 'Afgelasten' }).click();
    const gelderland = page.getByRole('article', {
      name: 'Regiobijeenkomst Gelderland: praktijkplaatsen delen',
    });
    await expect(gelderland).toContainText(
      'Deze bijeenkomst is afgelast: De zaal is niet beschikbaar',
    );
    await expect(gelderland.getByRole('region', { name: 'Aanmelden' })).toHaveCount(0);
    await page.getByRole('link', { name: '← Alle webinars en bijeenkomsten' }).click();
    const inList = page.getByRole('listitem').filter({ hasText: 'Regiobijeenkomst Gelderland' });
    await expect(inList).toContainText('afgelast');

    // Called off by mistake: it goes ahead after all, with every registration kept.
    await page
      .getByRole('link', { name: 'Regiobijeenkomst Gelderland: praktijkplaatsen delen' })
      .click();
    await manage.getByRole('button', { name: 'Toch laten doorgaan' }).click();
    await expect(manage.getByRole('status')).toHaveText(
      'De bijeenkomst gaat toch door; de aangemelde organisaties krijgen een melding.',
    );
    await expect(gelderland).not.toContainText('Deze bijeenkomst is afgelast');
    await expect(gelderland.getByRole('region', { name: 'Aanmelden' })).toBeVisible();
    await expect(manage.getByRole('table')).toContainText('wachtlijst (1)');
    await expect(manage.getByRole('button', { name: 'Bijeenkomst afgelasten' })).toBeVisible();
    await page.getByRole('link', { name: '← Alle webinars en bijeenkomsten' }).click();
    await expect(inList).not.toContainText('afgelast');
  });

  test('een afgelaste bijeenkomst staat bij het volgende bezoek meteen als afgelast, voor de database start', async ({
    app,
    page,
  }) => {
    await app.open('/kennis');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    await page.getByRole('link', { name: UTRECHT }).click();
    const manage = page.getByRole('region', { name: 'Beheer (AvZ)' });
    await manage.getByRole('button', { name: 'Bijeenkomst afgelasten' }).click();
    await manage
      .getByLabel('Waarom gaat de bijeenkomst niet door? (dit lezen de aangemelde organisaties)')
      .fill('De spreker is ziek');
    await manage.getByRole('button', { name: 'Afgelasten' }).click();
    await expect(page.getByRole('article', { name: UTRECHT })).toContainText(
      'Deze bijeenkomst is afgelast: De spreker is ziek',
    );
    await app.waitForKeptCache('avz', 'event-cancellations', 'De spreker is ziek');

    const release = await app.holdDatabase();
    await page.reload();
    await expect(page.getByRole('article', { name: UTRECHT })).toContainText(
      'Deze bijeenkomst is afgelast: De spreker is ziek',
    );
    await page.getByRole('link', { name: '← Alle webinars en bijeenkomsten' }).click();
    const events = page.getByRole('region', { name: 'Webinars en bijeenkomsten' });
    await expect(events.getByRole('listitem').filter({ hasText: UTRECHT })).toContainText(
      'afgelast',
    );
    expect(await app.databaseReady()).toBe(false);
    release();
  });

  test('een gekozen provincie wijst naar de bijeenkomsten daar', async ({ app, page }) => {
    await app.open('/dekking?provincie=PV26');
    await app.waitForData();
    await page
      .getByRole('region', { name: 'Gekozen provincie' })
      .getByRole('link', { name: UTRECHT })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: UTRECHT })).toBeFocused();
    await expect(page).toHaveURL(/\/kennis\/bijeenkomsten\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennis');
  });
});
