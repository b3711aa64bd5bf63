import type { GeocodeAnswer, GeocodeResult, Geocoder } from './geocoder';
import { POSTCODE, POSTCODE_DIGITS_ONLY } from './geocoder';

interface Row {
  code: string;
  name: string;
  lat: number;
  lng: number;
  province_code: string;
}

const toRow = (row: Record<string, string | number | null>): Row => ({
  code: String(row.code),
  name: String(row.name),
  lat: Number(row.lat),
  lng: Number(row.lng),
  province_code: String(row.province_code),
});

/** Lower case, no accents, "'s-" and punctuation folded, so "s hertogenbosch" finds 's-Hertogenbosch. */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/^['’]?s[- ]+/, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Everyday names people type for municipalities whose official name differs. */
const ALIASES: Record<string, string> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  'bergen limburg': 'Bergen (L)',
  'bergen noord holland': 'Bergen NH',
  nuenen: 'Nuenen c.a.',
};

interface Entry extends GeocodeResult {
  key: string;
  words: string[];
}

/** The bundled list of all 342 municipalities (geo/sources/gemeenten.csv), matched forgivingly. */
export class Gazetteer implements Geocoder {
  readonly #entries: Entry[];
  readonly #byName: Map<string, Entry>;

  /** From the municipality file's rows (code, name, lat, lng, province_code). */
  constructor(rows: readonly Record<string, string | number | null>[]) {
    const data = rows.map(toRow);
    this.#entries = data.map((row) => {
      const key = normalisePlace(row.name);
      return {
        label: row.name,
        lat: row.lat,
        lng: row.lng,
        kind: 'gemeente' as const,
        province: row.province_code,
        key,
        words: key.split(' '),
      };
    });
    this.#byName = new Map(this.#entries.map((e) => [e.label, e]));
  }

  /** Best matches first: exact, then name starts with, then a word starts with, then contains. */
  match(query: string, limit = 8): GeocodeResult[] {
    const q = normalisePlace(query);
    if (!q) return [];
    const alias =
      ALIASES[q] ?? Object.entries(ALIASES).find(([k]) => k.startsWith(q) && q.length >= 3)?.[1];
    const rank = (e: Entry) =>
      e.key === q
        ? 0
        : e.key.startsWith(q)
          ? 1
          : e.words.some((w) => w.startsWith(q))
            ? 2
            : e.key.includes(q)
              ? 3
              : 9;
    const ranked = this.#entries
      .map((e) => ({ e, r: rank(e) }))
      .filter(({ r }) => r < 9)
      .sort((a, b) => a.r - b.r || a.e.label.localeCompare(b.e.label, 'nl'));
    const aliased = alias ? this.#byName.get(alias) : undefined;
    const results = [...(aliased ? [aliased] : []), ...ranked.map(({ e }) => e)];
    return [...new Set(results)]
      .slice(0, limit)
      .map(({ key: _key, words: _words, ...result }) => result);
  }

  /** The municipality whose point is nearest to a location (for naming a clicked point). */
  nearest(lat: number, lng: number): GeocodeResult | null {
    let best: Entry | null = null;
    let bestScore = Infinity;
    const cosLat = Math.cos((lat * Math.PI) / 180);
    for (const e of this.#entries) {
      const score = (e.lat - lat) ** 2 + ((e.lng - lng) * cosLat) ** 2;
      if (score < bestScore) [best, bestScore] = [e, score];
    }
    if (!best) return null;
    const { key: _key, words: _words, ...result } = best;
    return result;
  }

  async search(query: string): Promise<GeocodeAnswer> {
    if (!query.trim()) return { ok: false, problem: 'empty' };
    if (POSTCODE.test(query)) return { ok: false, problem: 'postcode-offline' };
    if (POSTCODE_DIGITS_ONLY.test(query)) return { ok: false, problem: 'postcode-incomplete' };
    const results = this.match(query);
    return results.length ? { ok: true, results } : { ok: false, problem: 'unknown' };
  }
}
