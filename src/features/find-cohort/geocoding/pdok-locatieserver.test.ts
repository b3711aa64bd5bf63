import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Geocoder } from './geocoder';
import { CombinedGeocoder, PDOK_FREE_URL, PdokLocatieserver } from './pdok-locatieserver';

const queries: string[] = [];
const server = setupServer(
  http.get(PDOK_FREE_URL, ({ request }) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    queries.push(q);
    if (q === 'kapot') return new HttpResponse(null, { status: 503 });
    if (q === 'niets') return HttpResponse.json({ response: { numFound: 0, docs: [] } });
    return HttpResponse.json({
      response: {
        docs: [
          { type: 'postcode', weergavenaam: '3511AB Utrecht', centroide_ll: 'POINT(5.11 52.09)' },
          { type: 'perceel', weergavenaam: 'iets anders', centroide_ll: 'POINT(5 52)' },
        ],
      },
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('PDOK Locatieserver', () => {
  it('turns postcodes into points', async () => {
    expect(await new PdokLocatieserver().search('3511 AB')).toEqual({
      ok: true,
      results: [{ label: '3511AB Utrecht', lng: 5.11, lat: 52.09, kind: 'postcode' }],
    });
  });

  it('reports an unreachable service and an empty answer differently', async () => {
    expect(await new PdokLocatieserver().search('kapot')).toEqual({
      ok: false,
      problem: 'unavailable',
    });
    expect(await new PdokLocatieserver().search('niets')).toEqual({
      ok: false,
      problem: 'unknown',
    });
  });
});

describe('the combined geocoder', () => {
  const offline: Geocoder = {
    search: async (q) =>
      q === 'Zeist'
        ? { ok: true, results: [{ label: 'Zeist', lat: 52.09, lng: 5.23, kind: 'gemeente' }] }
        : { ok: false, problem: q === '3511 AB' ? 'postcode-offline' : 'unknown' },
  };

  it('answers place names offline without asking PDOK', async () => {
    queries.length = 0;
    const answer = await new CombinedGeocoder(offline, new PdokLocatieserver()).search('Zeist');
    expect(answer.ok).toBe(true);
    expect(queries).toEqual([]);
  });

  it('asks PDOK for what the gazetteer cannot answer', async () => {
    const answer = await new CombinedGeocoder(offline, new PdokLocatieserver()).search('3511 AB');
    expect(answer).toMatchObject({ ok: true, results: [{ kind: 'postcode' }] });
  });

  it('keeps the offline explanation when PDOK is unreachable', async () => {
    const answer = await new CombinedGeocoder(offline, new PdokLocatieserver()).search('kapot');
    expect(answer).toEqual({ ok: false, problem: 'unknown' });
  });
});
