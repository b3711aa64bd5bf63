import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '../support/fixtures';

test.describe('Samenwerkingsverbanden: overzicht en werkplek', () => {
  test('de filters van het overzicht staan in de link en de kaart zet de rest op de achtergrond', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden');
    await app.waitForData();
    const list = page.getByRole('region', { name: 'Samenwerkingsverbanden', exact: true });
    await expect(list.getByRole('status')).toHaveText('25 van 25 samenwerkingsverbanden');
    // Current partnerships first; the ended one comes last.
    await expect(list.getByRole('listitem').first()).not.toContainText('Beëindigd');
    await expect(list.getByRole('listitem').last()).toContainText('Beëindigd');

    await page.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Utrecht' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'In oprichting' });
    await expect(page).toHaveURL(/provincie=PV26/);
    await expect(page).toHaveURL(/status=forming/);
    await expect(list.getByRole('link')).toHaveText([/Facilitair & Groen Samen De Bilt/]);
    // The map keeps the filtered partnership in front and the rest behind.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = window.__samenkaart!.map;
          const ids = map
            .querySourceFeatures('partnerships')
            .map((f) => String(f.id ?? f.properties?.id));
          return ids.filter((id) => !map.getFeatureState({ source: 'partnerships', id }).dim)
            .length;
        }),
      )
      .toBe(1);

    // The link is the view: opened again, the same filters and the same list.
    await page.reload();
    await expect(page.getByLabel('Provincie', { exact: true })).toHaveValue('PV26');
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('forming');
    await expect(list.getByRole('link')).toHaveCount(1);

    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await page.getByLabel('Naam of plaats').fill('fryslan');
    await expect(page).toHaveURL(/naam=fryslan/);
    await expect(list.getByRole('link')).toHaveCount(1);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    // The earlier address opens the directory.
    await app.open('/samenwerkingsverbanden?provincie=PV26');
    await expect(page).toHaveURL(/\/verbanden\?provincie=PV26$/);
  });

  test('een bezoeker ziet het openbare deel, niet de afspraken', async ({ app, page }) => {
    await app.open('/verbanden');
    await app.waitForData();
    await page.getByRole('link', { name: /Facilitair & Groen Samen De Bilt/ }).click();
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Facilitair & Groen Samen De Bilt',
    });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('region', { name: /^Leden \(/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Deelnemers per opleiding' })).toContainText(
      'Assistent facilitair: 6 deelnemers — nog 4 deelnemers nodig voor een groep van 10',
    );
    await expect(page.getByText(/ziet u als lid van dit samenwerkingsverband/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Afspraken' })).toHaveCount(0);
    // The members' reach is drawn on the map.
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__samenkaart!.map.querySourceFeatures('partnership-reach').length,
        ),
      )
      .toBeGreaterThan(0);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('de regiehouder vult de afspraken aan tot alles klaar is en start de groep', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    await app.viewAs('Regiehouder samenwerkingsverband');
    await page.getByRole('link', { name: /Facilitair & Groen Samen De Bilt/ }).click();
    const readiness = page.getByRole('region', { name: 'Wat is er nog nodig?' });
    await expect(readiness).toContainText('Nog 4 punten voor de groep kan starten.');
    await expect(readiness).toContainText(
      'Nog 4 deelnemers nodig voor Assistent facilitair (nu 6 van 10)',
    );

    // Starting now is refused, with the reason.
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByRole('button', { name: 'Start de groep (actief)' }).click();
    await expect(status.getByRole('alert')).toContainText(
      'Nog 4 deelnemers nodig voor Assistent facilitair',
    );

    // The open request brings four facilitair students.
    const requests = page.getByRole('region', { name: 'Verzoeken en uitnodigingen' });
    await requests.getByRole('button', { name: /^Verzoek van .* aannemen$/ }).click();
    await expect(requests.getByRole('status')).toContainText('is nu lid van');
    await expect(readiness).toContainText('Assistent facilitair: 10 deelnemers.');

    // What the scheme does not ask but every partnership arranges.
    for (const item of ['Trainers', 'Werkbegeleiders']) {
      const form = page.getByRole('form', { name: item });
      await form.getByLabel('Verantwoordelijk lid').selectOption({ label: '— nog niemand —' });
      await form.getByRole('checkbox', { name: 'Geregeld' }).check();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      // Settled needs someone responsible: said next to the field, nothing lost.
      await expect(form.getByRole('alert')).toHaveText(
        'Kies wie verantwoordelijk is voordat u dit als geregeld afvinkt.',
      );
      await expect(form.getByRole('checkbox', { name: 'Geregeld' })).toBeChecked();
      await form.getByLabel('Verantwoordelijk lid').selectOption({ index: 1 });
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expect(form.getByRole('status')).toHaveText('Opgeslagen.');
    }
    const practice = page.getByRole('form', { name: 'Praktijkplaatsen' });
    await practice.getByLabel('Verantwoordelijk lid').selectOption({ index: 1 });
    await practice
      .getByRole('checkbox', { name: /geen lid/ })
      .first()
      .check();
    await practice.getByRole('checkbox', { name: 'Geregeld' }).check();
    await practice.getByRole('button', { name: 'Opslaan' }).click();
    await expect(practice.getByRole('status')).toHaveText('Opgeslagen.');

    await expect(readiness).toContainText('Alles is geregeld: de groep kan starten.');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await status.getByRole('button', { name: 'Start de groep (actief)' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'De status is nu: Actief.' }),
    ).toBeVisible();
    await expect(page.locator('.partnership-page .status-badge')).toHaveText('Actief');

    // The subsidy pack: complete once the accountability dates are in.
    const pack = page.getByRole('region', { name: 'Subsidieaanvraag en verantwoording' });
    await expect(pack).toContainText('Nog niet compleet');
    const plan = page.getByRole('form', { name: 'Data vastleggen' });
    await plan.getByLabel('Toegang tot lesmateriaal en examen').fill('2027-09-01');
    await plan.getByLabel('Activiteiten afgerond op').fill('2028-06-30');
    await plan.getByRole('button', { name: 'Data opslaan' }).click();
    await expect(pack).toContainText('Alles voor de aanvraag en de verantwoording is ingevuld.');
    await expect(pack.getByRole('row', { name: /Assistent facilitair/ })).toContainText(
      '1 groep (10 deelnemers)',
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      pack.getByRole('button', { name: 'Download als CSV' }).click(),
    ]);
    const rows = await readFile((await csv.path())!, 'utf8');
    expect(rows).toContain('Subsidieaanvrager;Leerwerkplek De Hoeve');
    expect(rows).toContain('Groepen Assistent facilitair;1 groep (10 deelnemers);20311,10');
    expect(rows).toContain('Totaal;;20311,10');
    await app.screenshot('verband-gestart');
  });

  test('de AvZ stopt groepen die niet starten, en Limburg staat niet meer op ‘in oprichting’', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    const limburg = page
      .getByRole('table', { name: /Dekking per provincie/ })
      .getByRole('row', { name: /Limburg/ });
    await expect(limburg).toContainText('In oprichting');

    // Yesterday on the browser's clock is never after the database's today, whatever the zone.
    const yesterday = await page.evaluate(() => {
      const d = new Date(Date.now() - 24 * 60 * 60 * 1000);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
    });
    for (const name of [
      'Groen Samen Valkenburg aan de Geul',
      'Facilitair & Logistiek Samen Peel en Maas',
    ]) {
      await app.navigate('Samenwerkingsverbanden');
      await page.getByRole('link', { name }).click();
      const article = page.getByRole('article', { name });
      const status = article.getByRole('region', { name: 'Status wijzigen' });
      await status.getByRole('button', { name: 'Stoppen met dit verband' }).click();
      const stop = status.getByRole('form', { name: 'Stoppen met dit verband' });
      const day = stop.getByLabel('Gestopt op');
      await expect(day).toBeFocused();
      if (name.startsWith('Groen')) {
        await day.fill('2020-01-01');
        await stop.getByRole('button', { name: 'Ja, stoppen' }).click();
        await expect(stop.getByRole('alert')).toContainText(
          /Het verband kan niet stoppen vóór het werd opgericht, op \d{1,2} \p{L}+ \d{4}\./u,
        );
        await expect(day).toHaveValue('2020-01-01');
        expect(await app.seriousAccessibilityViolations()).toEqual([]);
      }
      await day.fill(yesterday);
      await stop.getByRole('button', { name: 'Ja, stoppen' }).click();
      await expect(article.getByRole('definition').first()).toHaveText('Beëindigd');
      await expect(status).toHaveCount(0);
      await expect(article.getByText(/^Deze groep is gestopt op /)).toBeFocused();
    }

    await app.navigate('Dekking');
    await expect(limburg).not.toContainText('In oprichting');
  });

  test('stopt de regiehouder de groep, dan hoort wie wilde aansluiten dat, verdwijnt het verzoek uit de inbox en zoekt wie was toegelaten weer', async ({
    app,
    page,
  }) => {
    const DE_BILT = 'Facilitair & Groen Samen De Bilt';
    await app.open(
      '/?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30',
    );
    await app.waitForData();
    await app.viewAs('Medewerker kleine aanbieder');
    const card = page.getByRole('region', { name: 'Mogelijkheden' }).getByRole('article', {
      name: DE_BILT,
    });
    await card.getByRole('button', { name: 'Vraag om aan te sluiten' }).click();
    await card.getByRole('button', { name: 'Verstuur verzoek' }).click();
    await expect(card.getByRole('status')).toContainText('Verzoek verstuurd');

    await app.viewAs('Ambassadeur (Utrecht)');
    await app.navigate('Ambassadeurs');
    const requests = page
      .getByRole('region', { name: 'Inbox' })
      .getByRole('article')
      .filter({ hasText: `Wil aansluiten bij ${DE_BILT}` });
    await expect(requests.first()).toBeVisible();
    // A newcomer let into the group before it stops is looking again afterwards.
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const deEik = inbox.getByRole('article', { name: 'Zorgboerderij De Eik' });
    const deEikSeeking = deEik.filter({ hasText: 'Nieuwe aanbieder' });
    await expect(deEikSeeking).toHaveCount(1);
    await expect(deEikSeeking).toContainText(/wacht \d+ dag/);
    await deEik
      .filter({ hasText: `Wil aansluiten bij ${DE_BILT}` })
      .getByRole('button', { name: 'Toelaten', exact: true })
      .click();
    await expect(inbox.getByRole('status')).toContainText(
      'Zorgboerderij De Eik: opgenomen in het samenwerkingsverband.',
    );
    await expect(deEik).toHaveCount(0);

    await app.viewAs('Regiehouder samenwerkingsverband');
    await app.navigate('Samenwerkingsverbanden');
    await page.getByRole('link', { name: DE_BILT }).click();
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByRole('button', { name: 'Stoppen met dit verband' }).click();
    await status.getByRole('button', { name: 'Ja, stoppen' }).click();
    await expect(
      page.getByRole('article', { name: DE_BILT }).getByRole('definition').first(),
    ).toHaveText('Beëindigd');
    // The controls that stopped it are gone: focus says what happened.
    await expect(page.getByText(/^Deze groep is gestopt op .+, voordat hij begon\./)).toBeFocused();
    await expect(page.getByRole('region', { name: 'Deelnemers per opleiding' })).toHaveCount(0);

    await app.viewAs('Medewerker kleine aanbieder');
    await page.getByRole('button', { name: /^Meldingen \d+ ongelezen$/ }).click();
    await expect(page.getByRole('region', { name: 'Meldingen', exact: true })).toContainText(
      `Samenwerkingsverband gestopt: ${DE_BILT}`,
    );
    await page.keyboard.press('Escape');
    await app.navigate('Zoek een groep');
    await expect(
      page
        .getByRole('region', { name: 'Mijn aanmeldingen' })
        .getByRole('article', { name: DE_BILT }),
    ).toContainText('Dit samenwerkingsverband is gestopt.');

    await app.viewAs('Ambassadeur (Utrecht)');
    await app.navigate('Ambassadeurs');
    await expect(page.getByRole('region', { name: 'Inbox' })).toBeVisible();
    await expect(requests).toHaveCount(0);
    await expect(deEikSeeking).toHaveCount(1);
    await expect(deEikSeeking).toContainText('Assistent groen · 5 deelnemers · IJsselstein');
    // It asks for an answer again from today, not from when it first registered.
    await expect(deEikSeeking).toContainText('sinds vandaag');
  });

  test('een aanbieder richt zelf een verband op en komt op de pagina als regiehouder', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden');
    await app.waitForData();
    await app.viewAs('Medewerker kleine aanbieder');
    const found = page.getByRole('region', { name: 'Zelf een samenwerkingsverband oprichten' });
    await found.getByRole('button', { name: 'Richt een samenwerkingsverband op' }).click();
    await found.getByLabel('Naam').fill('Lo');
    await found.getByRole('button', { name: 'Oprichten' }).click();
    await expect(found.getByText('Vul een naam in van 3 tot 120 tekens.')).toBeVisible();
    await expect(found.getByText('Kies minstens één opleiding.')).toBeVisible();
    await expect(found.getByLabel('Naam')).toHaveValue('Lo');

    await found.getByLabel('Naam').fill('Logistiek Samen Zeist');
    await found.getByRole('checkbox', { name: 'Assistent logistiek' }).check();
    await found.getByLabel(/^Locatie van de groepsbijeenkomsten/).selectOption({ index: 1 });
    await found.getByRole('button', { name: 'Oprichten' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Logistiek Samen Zeist' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/\/verbanden\/[0-9a-f-]{36}$/);
    await expect(page.locator('.partnership-page .status-badge')).toHaveText('Zoekt leden');
    await expect(page.getByRole('region', { name: 'Wat is er nog nodig?' })).toContainText(
      'Nog 1 lid nodig',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('een TOP-verband met drie sectoren mag niet starten, met de reden', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?regeling=top&status=forming');
    await app.waitForData();
    await app.viewAs('AvZ-coördinator');
    await page.getByRole('link', { name: /Facilitair Samen Twenterand/ }).click();
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByRole('button', { name: 'Start de groep (actief)' }).click();
    const refusal = status.getByRole('alert');
    await expect(refusal).toContainText('De status kan nog niet naar ‘Actief’.');
    await expect(refusal).toContainText(/Nog 1 sector nodig: bijvoorbeeld \S.* of \S/);
    await expect(page.locator('.partnership-page .status-badge')).toHaveText('In oprichting');

    // Its deadlines, counted back from training year 2028, go into any calendar.
    const calendar = page.getByRole('region', { name: 'Deadlines en data' });
    await expect(calendar.getByRole('listitem').first()).toContainText('1 februari 2027');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      calendar.getByRole('button', { name: 'Zet de data in uw agenda (.ics)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2027-02-01',
      '2027-02-15',
      '2027-03-01',
      '2027-05-31',
      '2028-02-01',
    ]);
    expect(events[0]!.summary).toBe(
      'Facilitair Samen Twenterand: Aanmelding getekend door alle leden',
    );
  });
  test('de regiehouder beheert de leden: uitnodigen, verwijderen met een reden, overdragen', async ({
    app,
    page,
  }) => {
    await app.open('/verbanden?provincie=PV26');
    await app.waitForData();
    await app.viewAs('Regiehouder samenwerkingsverband');
    await page.getByRole('link', { name: /Facilitair & Groen Samen De Bilt/ }).click();
    const manage = page.getByRole('region', { name: 'Leden beheren' });

    await manage
      .getByLabel('Een organisatie in de provincie uitnodigen')
      .selectOption({ index: 1 });
    await manage.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(manage.getByRole('status')).toContainText('is uitgenodigd.');
    await expect(page.getByRole('region', { name: 'Verzoeken en uitnodigingen' })).toContainText(
      'uitgenodigd op',
    );

    const remove = manage.getByRole('button', { name: /verwijderen$/ }).first();
    const member = (await remove.textContent())!.replace(/ verwijderen$/, '');
    await remove.click();
    await manage.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(manage.getByRole('alert')).toContainText('Schrijf een reden');
    await manage.getByLabel(`Waarom verwijdert u ${member}?`).fill('Geen deelnemers meer.');
    await manage.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(manage.getByRole('status')).toHaveText(`${member} is geen lid meer.`);
    await expect(page.getByRole('region', { name: /^Leden \(/ })).not.toContainText(member);

    await manage.getByLabel('Coördinatie overdragen aan').selectOption({ index: 1 });
    await manage.getByRole('button', { name: 'Overdragen' }).click();
    await expect(manage).toContainText('die moet nog antwoorden');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
