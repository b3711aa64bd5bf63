import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedTransport, type Claims } from '../src/data/embedded/embedded-call';
import { personaClaims, type PersonaId } from '../src/data/embedded/personas';
import { DataError } from '../src/data/errors';
import { createDataPort } from '../src/data/port';
import { hasHiddenCharacters } from '../src/domain/text';
import { toCsv } from '../src/lib/csv';
import { buildDataDir, createEmbeddedDatabase, embeddedVersion } from './embedded-db';

// The same SQL as the pgTAP suite, in PGlite, called through the embedded adapter and the data
// port exactly as the browser does.
let db: PGlite;
const NL = { min_lng: 3.3, min_lat: 50.7, max_lng: 7.3, max_lat: 53.6 };

const portAs = (persona: PersonaId) => portWith(personaClaims(persona));
const portWith = (claims: Claims) => createDataPort(embeddedTransport(db, () => claims));

type FoundArgs = Parameters<ReturnType<typeof createDataPort>['foundPartnership']>[0];
/** `persona` founds a partnership for `opleidingen` that meets at its own site. */
async function foundAtOwnSite(
  persona: PersonaId,
  name: string,
  opleidingen: FoundArgs['opleidingen'],
) {
  const port = portAs(persona);
  const identity = (await port.myIdentity())!;
  const ownSite = (await port.sitesInBbox(NL)).find(
    (s) => s.organisation_id === identity.organisation_id,
  )!;
  const founded = await port.foundPartnership({ name, opleidingen, meeting_site: ownSite.id });
  return { port, partnership: founded.partnership_id };
}

beforeAll(async () => {
  db = await createEmbeddedDatabase();
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('the embedded database', () => {
  it('applies every migration and the seed, with row-level security on every table', async () => {
    const { rows } = await db.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ('public', 'app_private') and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(rows).toEqual([]);
    const meta = await db.query<{ value: string }>(
      `select value from embedded.meta where key = 'version'`,
    );
    expect(meta.rows[0]?.value).toBe(embeddedVersion());
  });

  it('reports coverage per province as the board needs it', async () => {
    const coverage = await portAs('bezoeker').coverageByProvince();
    expect(coverage).toHaveLength(12);
    expect(coverage.filter((row) => row.status === 'active')).toHaveLength(7);
    expect(coverage.filter((row) => row.status === 'empty').map((r) => r.name)).toEqual([
      'Flevoland',
      'Zeeland',
    ]);
  });

  it('returns partnerships and sites for the map, with coordinates and counts', async () => {
    const port = portAs('bezoeker');
    const [partnerships, sites] = await Promise.all([
      port.partnershipsInBbox(NL),
      port.sitesInBbox(NL),
    ]);
    expect(partnerships).toHaveLength(25);
    expect(partnerships.every((p) => p.lat > 50.7 && p.lng > 3.3 && p.member_count >= 1)).toBe(
      true,
    );
    expect(sites.length).toBeGreaterThan(280);
    expect(sites.filter((s) => s.seeking.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('shows contact details only to personas with a reason', async () => {
    const sites = await portAs('bezoeker').sitesInBbox(NL);
    const boomgaard = sites.find((s) => s.organisation_name === 'Dagbesteding De Boomgaard Zeist')!;
    const asVisitor = await portAs('bezoeker').organisationDetails(boomgaard.organisation_id);
    const asOwner = await portAs('kleine-aanbieder').organisationDetails(boomgaard.organisation_id);
    const asAmbassador = await portAs('ambassadeur').organisationDetails(boomgaard.organisation_id);
    const asAvz = await portAs('avz').organisationDetails(boomgaard.organisation_id);
    expect(asVisitor).toMatchObject({ contact_visible: false, email: null });
    expect(asOwner).toMatchObject({ contact_visible: true });
    expect(asAmbassador?.email).toMatch(/@.*\.example$/);
    expect(asAvz?.contact_visible).toBe(true);
  });

  it('knows who each persona is', async () => {
    expect(await portAs('bezoeker').myIdentity()).toBeNull();
    expect(await portAs('avz').myIdentity()).toMatchObject({ role: 'avz_coordinator' });
    expect(await portAs('ambassadeur').myIdentity()).toMatchObject({
      ambassador_provinces: ['PV26'],
    });
  });

  it('registers a seeker once per request id and routes it to the ambassador', async () => {
    const port = portAs('kleine-aanbieder');
    const args = {
      client_request_id: '77777777-0000-4000-8000-000000000001',
      organisation_name: null,
      site_name: 'Locatie Driebergen',
      place: 'Driebergen',
      lat: 52.05,
      lng: 5.28,
      opleiding: 'facilitair' as const,
      student_count: 2,
      travel_mode: 'ov' as const,
      max_minutes: 30,
      intent: 'join' as const,
      contact_name: 'Sanne de Vries',
      email: 'sanne@boomgaard.example',
    };
    const first = await port.registerSeeker(args);
    const again = await port.registerSeeker(args);
    expect(again.registration_id).toBe(first.registration_id);
    expect(first).toMatchObject({ province_code: 'PV26', routed_to_name: expect.any(String) });
  });

  it('turns SQL error codes into data errors', async () => {
    await expect(portAs('kleine-aanbieder').acceptInvitation({ token: 'kapot' })).rejects.toEqual(
      expect.objectContaining({ code: 'invitation_invalid' }),
    );
    const error = await portAs('bezoeker')
      .requestMembership({ partnership: '00000000-0000-4000-8000-0000000000a1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('not_allowed');
  });
});

describe('the write model in PGlite', () => {
  it('gives the API roles no write privilege on any table or column', async () => {
    const { rows } = await db.query(
      `select c.relname, r.role, p.privilege
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join unnest(array['anon', 'authenticated']) r (role)
       cross join unnest(array['INSERT', 'UPDATE', 'DELETE']) p (privilege)
       where n.nspname = 'public' and c.relkind = 'r'
         and (has_table_privilege(r.role, c.oid, p.privilege)
              or (p.privilege <> 'DELETE' and has_any_column_privilege(r.role, c.oid, p.privilege)))`,
    );
    expect(rows).toEqual([]);
  });

  it('refuses a direct write by a signed-in member', async () => {
    const claims = JSON.stringify(personaClaims('kleine-aanbieder'));
    await expect(
      db.exec(`begin;
        select set_config('request.jwt.claims', '${claims}', true);
        set local role authenticated;
        update public.partnerships set max_members = 50;`),
    ).rejects.toThrow(/permission denied for table partnerships/);
    await db.exec('rollback');
  });

  it('opens no contact when a member founds a partnership and invites others', async () => {
    const member = portAs('kleine-aanbieder');
    const identity = (await member.myIdentity())!;
    const sites = await member.sitesInBbox(NL);
    const ownSite = sites.find((s) => s.organisation_id === identity.organisation_id)!;
    const others = sites
      .filter((s) => s.organisation_id !== identity.organisation_id)
      .map((s) => s.organisation_id)
      .slice(0, 20);
    const hiddenBefore = await Promise.all(others.map((o) => member.organisationDetails(o)));
    const founded = await member.foundPartnership({
      name: 'Proef Facilitair Zeist',
      opleidingen: ['facilitair'],
      meeting_site: ownSite.id,
    });
    for (const organisation of new Set(others)) {
      await member.inviteOrganisation({ partnership: founded.partnership_id, organisation });
    }
    const after = await Promise.all(others.map((o) => member.organisationDetails(o)));
    expect(after.map((d) => d?.contact_visible)).toEqual(
      hiddenBefore.map((d) => d?.contact_visible),
    );
  });

  it('lets a group that never started stop, not before it was formed', async () => {
    const { port: member, partnership } = await foundAtOwnSite(
      'kleine-aanbieder',
      'Proef Groen dat niet start',
      ['groen'],
    );
    const early = await member
      .setPartnershipStatus({ partnership, status: 'ended', on_day: '2020-01-01' })
      .catch((e: unknown) => e);
    expect(early).toMatchObject({ code: 'invalid_input', detail: 'on_day' });
    const today = new Date().toISOString().slice(0, 10);
    await member.setPartnershipStatus({ partnership, status: 'ended', on_day: today });
    const row = (await member.partnershipDirectory()).find((p) => p.id === partnership);
    expect(row?.status).toBe('ended');
  });

  it('has a newcomer looking again when its group stops before it starts', async () => {
    const seeker = portAs('kleine-aanbieder');
    const registered = await seeker.registerSeeker({
      client_request_id: '77777777-0000-4000-8000-000000000002',
      organisation_name: null,
      site_name: 'Locatie Zeist',
      place: 'Zeist',
      lat: 52.09,
      lng: 5.23,
      opleiding: 'logistiek',
      student_count: 3,
      travel_mode: 'ov',
      max_minutes: 30,
      intent: 'join',
      contact_name: 'Sanne de Vries',
      email: 'sanne@boomgaard.example',
    });
    const { port: coordinator, partnership } = await foundAtOwnSite(
      'regiehouder',
      'Proef Logistiek dat niet start',
      ['logistiek'],
    );
    const avz = portAs('avz');
    await avz.answerWithPartnership({
      registration: registered.registration_id,
      partnership,
      accept: true,
    });
    const mine = async () =>
      (await seeker.myRegistrations()).find(
        (r) => r.registration_id === registered.registration_id,
      );
    expect((await mine())?.status).toBe('matched');
    // It registered forty days before the group stopped.
    const registeredAt = new Date(Date.now() - 40 * 86_400_000);
    await db.query(
      'update public.seeker_registrations set created_at = $1, opened_at = $1 where id = $2',
      [registeredAt.toISOString(), registered.registration_id],
    );

    const today = new Date().toISOString().slice(0, 10);
    const stopped = Date.now();
    await coordinator.setPartnershipStatus({ partnership, status: 'ended', on_day: today });
    expect((await mine())?.status).toBe('open');
    const inbox = await avz.ambassadorInbox();
    const item = inbox.find((i) => i.id === registered.registration_id);
    // The ambassador's clock starts again; the registration keeps the day it was made.
    expect(Date.parse(item!.waiting_since)).toBeGreaterThanOrEqual(stopped - 1000);
    expect(Date.parse(item!.created_at)).toBe(registeredAt.getTime());
  });

  it('counts a join request made again from that day, not from the first request', async () => {
    const { port: coordinator, partnership } = await foundAtOwnSite(
      'regiehouder',
      'Proef Groen dat opnieuw gevraagd wordt',
      ['groen'],
    );
    const provider = portAs('kleine-aanbieder');
    const { membership_id: membership } = await provider.requestMembership({ partnership });
    await coordinator.decideMembership({ membership: membership!, accept: false, reason: 'Vol' });
    // Refused a month ago.
    const firstAsked = new Date(Date.now() - 30 * 86_400_000);
    await db.query(
      'update public.memberships set created_at = $1, requested_at = $1 where id = $2',
      [firstAsked.toISOString(), membership],
    );

    const askedAgain = Date.now();
    await provider.requestMembership({ partnership });
    const item = (await coordinator.ambassadorInbox()).find((i) => i.id === membership);
    expect(Date.parse(item!.waiting_since)).toBeGreaterThanOrEqual(askedAgain - 1000);
    expect(Date.parse(item!.created_at)).toBe(firstAsked.getTime());
  });

  it('says which field is wrong, in SQL as in the browser', async () => {
    const error = await portAs('nieuwe-aanbieder')
      .registerSeeker({
        client_request_id: crypto.randomUUID(),
        organisation_name: 'x'.repeat(121),
        site_name: 'Hoofdlocatie',
        place: 'Utrecht',
        lat: 52.09,
        lng: 5.12,
        opleiding: 'groen',
        student_count: 2,
        travel_mode: 'ov',
        max_minutes: 30,
        intent: 'join',
        contact_name: 'Nieuw Persoon',
        email: 'nieuw@aanbieder.example',
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', detail: 'organisation_name' });
  });

  it('finds the same hidden characters as the browser does', async () => {
    const hidden: number[] = [];
    const sample: number[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (hasHiddenCharacters(String.fromCodePoint(cp))) hidden.push(cp);
      else if (cp < 0x3000 || cp % 97 === 0) sample.push(cp);
    }
    const { rows } = await db.query<{ cp: number; hidden: boolean }>(
      `select cp, app_private.has_hidden_characters(chr(cp)) as hidden from unnest($1::int[]) cp`,
      [[...hidden, ...sample]],
    );
    const sqlHidden = rows.filter((r) => r.hidden).map((r) => r.cp);
    expect(sqlHidden).toEqual(hidden);
  });

  it('exports a formula-like organisation name as text', async () => {
    await portAs('nieuwe-aanbieder').registerSeeker({
      client_request_id: crypto.randomUUID(),
      organisation_name: '=HYPERLINK("http://x","y")',
      site_name: 'Hoofdlocatie',
      place: 'Houten',
      lat: 52.03,
      lng: 5.17,
      opleiding: 'logistiek',
      student_count: 2,
      travel_mode: 'fiets',
      max_minutes: 20,
      intent: 'join',
      contact_name: 'Nieuw Persoon',
      email: 'nieuw@aanbieder.example',
    });
    const rows = await portAs('avz').networkExport({ opleiding: 'logistiek' });
    const csv = toCsv(rows.map((r) => ({ Naam: r.name, 'E-mail': r.email })));
    const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'));
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""y"")";nieuw@aanbieder.example`);
  });
});

describe('webinars and meetings in PGlite', () => {
  it('plans on the Amsterdam clock and keeps the waiting list, as on PostgreSQL', async () => {
    const avz = portAs('avz');
    const { event_id } = await avz.saveEvent({
      title: 'Test webinar in de zomertijd',
      description: 'Tekst',
      starts_local: '2027-03-28T10:00',
      ends_local: '2027-03-28T11:00',
      deadline_local: '2027-03-27T12:00',
      capacity: 3,
      online_url: 'https://webinar.example/zomer',
    });
    const planned = await avz.eventDetail(event_id);
    expect(new Date(planned!.starts_at).toISOString()).toBe('2027-03-28T08:00:00.000Z');

    const member = portAs('kleine-aanbieder');
    expect((await member.eventDetail(event_id))?.online_url).toBeNull();
    const first = await member.registerForEvent({
      event: event_id,
      participants: 2,
      contact_name: 'Sanne de Vries',
      contact_email: 'sanne@boomgaard.example',
    });
    expect(first.status).toBe('registered');
    expect((await member.eventDetail(event_id))?.online_url).toBe('https://webinar.example/zomer');

    const other = portAs('regiehouder');
    const full = other.registerForEvent({
      event: event_id,
      participants: 2,
      contact_name: 'Regiehouder',
      contact_email: 'regie@utrecht.example',
    });
    await expect(full).rejects.toMatchObject({ code: 'capacity_exceeded', detail: '1' });
    const queued = await other.registerForEvent({
      event: event_id,
      participants: 2,
      contact_name: 'Regiehouder',
      contact_email: 'regie@utrecht.example',
      waiting_list: true,
    });
    expect(queued).toMatchObject({ status: 'waiting', queue_position: 1 });

    await member.cancelEventRegistration({ event: event_id });
    expect((await other.eventDetail(event_id))?.my_registration?.status).toBe('registered');
    const kinds = (await other.myNotifications()).map((n) => [n.kind, n.event_id]);
    expect(kinds).toContainEqual(['event_place_offered', event_id]);
  });

  it('lets a called-off meeting go ahead after all, with its registrations kept', async () => {
    const avz = portAs('avz');
    const { event_id } = await avz.saveEvent({
      title: 'Test bijeenkomst die toch doorgaat',
      description: 'Tekst',
      starts_local: '2027-05-10T10:00',
      ends_local: '2027-05-10T12:00',
      deadline_local: '2027-05-09T12:00',
      capacity: 10,
      place: 'Utrecht',
    });
    const member = portAs('kleine-aanbieder');
    await member.registerForEvent({
      event: event_id,
      participants: 2,
      contact_name: 'Sanne de Vries',
      contact_email: 'sanne@boomgaard.example',
    });
    await avz.cancelEvent({ event: event_id, reason: 'De zaal is niet beschikbaar' });
    expect((await avz.eventCancellations()).map((c) => c.event_id)).toContain(event_id);

    await avz.reinstateEvent({ event: event_id });
    expect((await avz.eventCancellations()).map((c) => c.event_id)).not.toContain(event_id);
    expect((await member.eventDetail(event_id))?.my_registration?.status).toBe('registered');
    const kinds = (await member.myNotifications()).map((n) => [n.kind, n.event_id]);
    expect(kinds).toContainEqual(['event_reinstated', event_id]);
    await expect(avz.reinstateEvent({ event: event_id })).rejects.toMatchObject({
      code: 'invalid_input',
      detail: 'not_cancelled',
    });
  });
});

describe('the prebuilt data directory', () => {
  it('loads into PGlite with the seed and the embedded entry point intact', async () => {
    const dataDir = await buildDataDir();
    const loaded = new PGlite({
      loadDataDir: new File([dataDir.slice()], 'pgdata.tar.gz', { type: 'application/x-gzip' }),
    });
    const port = createDataPort(embeddedTransport(loaded, () => ({ role: 'anon' })));
    expect(await port.coverageByProvince()).toHaveLength(12);
    const meta = await loaded.query<{ value: string }>(
      `select value from embedded.meta where key = 'version'`,
    );
    expect(meta.rows[0]?.value).toBe(embeddedVersion());
    // Only the WAL that starting needs: the browser writes every file to IndexedDB first.
    const wal = await loaded.query<{ name: string }>('select name from pg_ls_waldir()');
    expect(wal.rows.length).toBeLessThanOrEqual(2);
    const buffers = await loaded.query<{ size: string }>(
      `select current_setting('shared_buffers') as size`,
    );
    expect(buffers.rows[0]?.size).toBe('16MB');
    await loaded.close();
  }, 60_000);
});
