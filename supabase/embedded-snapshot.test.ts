import type { PGlite } from '@electric-sql/pglite';
import { hydrate, QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedTransport } from '../src/data/embedded/embedded-call';
import { VISITOR } from '../src/data/embedded/personas';
import { createDataPort } from '../src/data/port';
import { queryKeys } from '../src/lib/query-keys';
import { KEPT_CACHE_FORMAT, persistOptions } from '../src/lib/query-persistence';
import { createEmbeddedDatabase, embeddedVersion } from './embedded-db';
import { buildSnapshot, type EmbeddedSnapshot } from './embedded-snapshot';

let db: PGlite;
let snapshot: EmbeddedSnapshot;
const NL = { min_lng: 3.3, min_lat: 50.7, max_lng: 7.3, max_lat: 53.6 };

beforeAll(async () => {
  db = await createEmbeddedDatabase();
  snapshot = await buildSnapshot(db, embeddedVersion());
}, 60_000);
afterAll(() => db.close());

describe('the start views’ snapshot', () => {
  it('holds the visitor’s start-view queries under the keys the app asks them by', () => {
    expect(snapshot.state.queries.map((q) => q.queryKey)).toEqual(
      expect.arrayContaining([
        queryKeys.db.partnerships(VISITOR),
        queryKeys.db.sites(VISITOR),
        queryKeys.db.coverage(VISITOR, null),
        queryKeys.db.coverageBoard(VISITOR, { asOf: null, opleiding: null }),
        queryKeys.db.coverageTimeline(VISITOR, null),
        queryKeys.db.infoPages(VISITOR),
        queryKeys.db.events(VISITOR, null),
        queryKeys.db.eventCancellations(VISITOR),
        queryKeys.db.questions(VISITOR, null),
      ]),
    );
    expect(snapshot.version).toBe(embeddedVersion());
  });

  it('is what the same functions answer on the same data, nothing invented', async () => {
    const client = new QueryClient();
    hydrate(client, JSON.parse(JSON.stringify(snapshot.state)));
    const port = createDataPort(embeddedTransport(db, () => ({ role: 'anon' })));
    expect(client.getQueryData(queryKeys.db.partnerships(VISITOR))).toEqual(
      await port.partnershipsInBbox(NL),
    );
    expect(client.getQueryData(queryKeys.db.sites(VISITOR))).toEqual(await port.sitesInBbox(NL));
    expect(client.getQueryData(queryKeys.db.events(VISITOR, null))).toEqual(
      await port.eventList(null),
    );
    expect(client.getQueryData(queryKeys.db.questions(VISITOR, null))).toEqual(
      await port.questionList({}),
    );
  });

  it('is a visitor’s view: no contact details, no identity', () => {
    const text = JSON.stringify(snapshot);
    expect(text).not.toMatch(/@[a-z-]+\.example/);
    expect(snapshot.state.queries.some((q) => q.queryKey.includes('identity'))).toBe(false);
  });

  it('the kept cache is thrown away when the SQL or the kept-data format changes', () => {
    const buster = persistOptions(embeddedVersion()).buster;
    expect(buster).toBe(`${embeddedVersion()}+${KEPT_CACHE_FORMAT}`);
    expect(persistOptions('other').buster).not.toBe(buster);
  });
});
