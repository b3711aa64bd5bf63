import * as z from 'zod/mini';
import type { GeocodeAnswer, GeocodeResult, Geocoder } from './geocoder';
import { POSTCODE_DIGITS_ONLY } from './geocoder';

export const PDOK_FREE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

const responseSchema = z.object({
  response: z.object({
    docs: z.array(
      z.object({
        type: z.string(),
        weergavenaam: z.string(),
        centroide_ll: z.string(),
      }),
    ),
  }),
});

const POINT = /^POINT\(([-0-9.]+) ([-0-9.]+)\)$/;
const KINDS: Record<string, GeocodeResult['kind']> = {
  gemeente: 'gemeente',
  woonplaats: 'woonplaats',
  postcode: 'postcode',
  adres: 'adres',
};

/** PDOK Locatieserver (free, no key): postcodes, addresses and towns, when online. */
export class PdokLocatieserver implements Geocoder {
  constructor(private readonly endpoint = PDOK_FREE_URL) {}

  async search(query: string, signal?: AbortSignal): Promise<GeocodeAnswer> {
    if (!query.trim()) return { ok: false, problem: 'empty' };
    if (POSTCODE_DIGITS_ONLY.test(query)) return { ok: false, problem: 'postcode-incomplete' };
    const url = new URL(this.endpoint);
    url.searchParams.set('q', query.trim());
    url.searchParams.set('rows', '8');
    url.searchParams.set('fq', 'type:(gemeente OR woonplaats OR postcode OR adres)');
    url.searchParams.set('fl', 'type weergavenaam centroide_ll');
    let json: unknown;
    try {
      const response = await fetch(url, { signal });
      if (!response.ok) return { ok: false, problem: 'unavailable' };
      json = await response.json();
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      return { ok: false, problem: 'unavailable' };
    }
    const parsed = responseSchema.safeParse(json);
    if (!parsed.success) return { ok: false, problem: 'unavailable' };
    const results = parsed.data.response.docs.flatMap((doc): GeocodeResult[] => {
      const point = POINT.exec(doc.centroide_ll);
      const kind = KINDS[doc.type];
      if (!point || !kind) return [];
      return [{ label: doc.weergavenaam, lng: Number(point[1]), lat: Number(point[2]), kind }];
    });
    return results.length ? { ok: true, results } : { ok: false, problem: 'unknown' };
  }
}

/**
 * Offline first: the bundled gazetteer answers place names; PDOK answers what it cannot
 * (postcodes, addresses, villages) and is the fallback when it is unreachable.
 */
export class CombinedGeocoder implements Geocoder {
  constructor(
    private readonly offline: Geocoder,
    private readonly online: Geocoder,
  ) {}

  async search(query: string, signal?: AbortSignal): Promise<GeocodeAnswer> {
    const local = await this.offline.search(query, signal);
    if (local.ok || local.problem === 'empty' || local.problem === 'postcode-incomplete')
      return local;
    const remote = await this.online.search(query, signal);
    return remote.ok || remote.problem !== 'unavailable' ? remote : local;
  }
}
