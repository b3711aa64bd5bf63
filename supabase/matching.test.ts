import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedTransport } from '../src/data/embedded/embedded-call';
import { matchingNetwork } from '../src/data/matching';
import { createDataPort } from '../src/data/port';
import type { PartnershipRow, SiteRow } from '../src/data/schemas';
import { distanceKm, reachKm } from '../src/domain/reach';
import { OPLEIDINGEN, TRAVEL_MODES } from '../src/domain/vocabulary';
import { createEmbeddedDatabase } from './embedded-db';

// The matching model on the demo data, and the database's sums agreeing with it: students of a
// partnership are counted the same way in SQL (partnerships_in_bbox, coverage_board, export) and
// in the browser (src/domain/matching).
let db: PGlite;
let sites: SiteRow[];
let partnerships: PartnershipRow[];
const NL = { min_lng: 3.3, min_lat: 50.7, max_lng: 7.3, max_lat: 53.6 };

beforeAll(async () => {
  db = await createEmbeddedDatabase();
  const port = createDataPort(embeddedTransport(db, () => ({ role: 'anon' })));
  [sites, partnerships] = await Promise.all([port.sitesInBbox(NL), port.partnershipsInBbox(NL)]);
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('the database and the matching model count alike', () => {
  it('reach in km per mode and limit', async () => {
    const { rows } = await db.query<{ mode: string; minutes: number; km: number }>(
      `select m::text as mode, n as minutes, app_private.reach_km(m, n) as km
       from unnest(enum_range(null::public.travel_mode)) m, generate_series(5, 90) n`,
    );
    expect(rows).toHaveLength(TRAVEL_MODES.length * 86);
    for (const row of rows) {
      const km = reachKm({
        mode: row.mode as (typeof TRAVEL_MODES)[number],
        maxMinutes: row.minutes,
      });
      expect(row.km).toBeCloseTo(km, 9);
    }
  });

  it('distance between sites', async () => {
    const pairs = sites
      .slice(0, 40)
      .flatMap((a, i) => sites.slice(i + 1, i + 6).map((b) => [a, b] as const));
    const { rows } = await db.query<{ km: number }>(
      `select app_private.distance_km(a_lat, a_lng, b_lat, b_lng) as km
       from unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[]) t (a_lat, a_lng, b_lat, b_lng)`,
      [
        pairs.map(([a]) => a.lat),
        pairs.map(([a]) => a.lng),
        pairs.map(([, b]) => b.lat),
        pairs.map(([, b]) => b.lng),
      ],
    );
    rows.forEach((row, i) => expect(row.km).toBeCloseTo(distanceKm(pairs[i]![0], pairs[i]![1]), 6));
  });

  it('students of every open partnership, per opleiding', () => {
    let compared = 0;
    for (const opleiding of OPLEIDINGEN) {
      const network = matchingNetwork(sites, partnerships, opleiding);
      for (const p of partnerships.filter(
        (x) => x.status !== 'ended' && x.opleidingen.includes(opleiding),
      )) {
        expect(network.currentStudents(p.id), `${p.name} ${opleiding}`).toBe(
          p.students[opleiding] ?? 0,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

const PLACES = {
  Leeuwarden: { lat: 53.2012, lng: 5.7999 },
  Utrecht: { lat: 52.09084, lng: 5.12111 },
  Amersfoort: { lat: 52.1561, lng: 5.3878 },
};

describe('matching on the demo data: plausible, consistent, always a next step', () => {
  it('from Leeuwarden, Utrecht and Amersfoort, for every opleiding and way of travel', () => {
    for (const [name, place] of Object.entries(PLACES))
      for (const opleiding of OPLEIDINGEN) {
        const network = matchingNetwork(sites, partnerships, opleiding);
        for (const mode of TRAVEL_MODES)
          for (const maxMinutes of [15, 30, 45, 60]) {
            const label = `${name} ${opleiding} ${mode} ${maxMinutes}`;
            const result = network.match({ ...place, opleiding, students: 3, mode, maxMinutes })!;
            expect(result, label).not.toBeNull();
            for (const option of result.options) {
              expect(option.minutes, label).toBeLessThanOrEqual(
                Math.min(2 * maxMinutes, 90) + 0.01,
              );
              if (option.withinLimit)
                expect(option.minutes, label).toBeLessThanOrEqual(maxMinutes + 0.01);
            }
            expect(result.gauge.count, label).toBe(result.best?.total ?? 3);
            expect(result.options.length > 0 || result.outcome === 'nothing', label).toBe(true);
          }
      }
  });

  it('Utrecht, groen, 30 min ov: a partnership in reach is the first answer', () => {
    const result = matchingNetwork(sites, partnerships, 'groen').match({
      ...PLACES.Utrecht,
      opleiding: 'groen',
      students: 3,
      mode: 'ov',
      maxMinutes: 30,
    })!;
    const first = result.options[0]!;
    expect(first.kind).toBe('join');
    expect(first.withinLimit).toBe(true);
    expect(result.gauge.count).toBe(first.total);
  });

  it('Leeuwarden, logistiek, 20 min by bike: nothing hours away', () => {
    const result = matchingNetwork(sites, partnerships, 'logistiek').match({
      ...PLACES.Leeuwarden,
      opleiding: 'logistiek',
      students: 3,
      mode: 'fiets',
      maxMinutes: 20,
    })!;
    expect(result.options.every((o) => o.minutes <= 40)).toBe(true);
  });
});
