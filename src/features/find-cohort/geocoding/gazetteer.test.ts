import { describe, expect, it } from 'vitest';
import gemeenten from '../../../../geo/sources/gemeenten.csv?rows';
import { Gazetteer, normalisePlace } from './gazetteer';

// The rows as the app gets them: parsed at build time (build/csv-rows.ts, in vitest's config too).
const gazetteer = new Gazetteer(gemeenten);
const first = (q: string) => gazetteer.match(q)[0]?.label;

describe('the offline gazetteer', () => {
  it('knows all 342 municipalities', () => {
    expect(gazetteer.match('a', 400).length).toBeGreaterThan(100);
    expect(gemeenten).toHaveLength(342);
    expect(new Set(gemeenten.map((row) => row.province_code)).size).toBe(12);
  });

  it('finds a place regardless of case, accents and the "\'s-" prefix', () => {
    expect(first('utrecht')).toBe('Utrecht');
    expect(first('UTRECHT')).toBe('Utrecht');
    expect(first('sudwest fryslan')).toBe('Súdwest-Fryslân');
    expect(first("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(first('s hertogenbosch')).toBe("'s-Hertogenbosch");
    expect(first('s-gravenhage')).toBe("'s-Gravenhage");
  });

  it('understands Den Haag and Den Bosch', () => {
    expect(first('Den Haag')).toBe("'s-Gravenhage");
    expect(first('den bosch')).toBe("'s-Hertogenbosch");
  });

  it('suggests while typing: prefixes first, then word starts', () => {
    const labels = gazetteer.match('amst').map((r) => r.label);
    expect(labels.slice(0, 2)).toEqual(['Amstelveen', 'Amsterdam']);
    expect(gazetteer.match('heuvelrug').map((r) => r.label)).toContain('Utrechtse Heuvelrug');
  });

  it('returns coordinates and province', () => {
    expect(gazetteer.match('Zeist')[0]).toMatchObject({ province: 'PV26', kind: 'gemeente' });
  });

  it('explains bad input', async () => {
    expect(await gazetteer.search('')).toEqual({ ok: false, problem: 'empty' });
    expect(await gazetteer.search('1234')).toEqual({ ok: false, problem: 'postcode-incomplete' });
    expect(await gazetteer.search('3511 AB')).toEqual({ ok: false, problem: 'postcode-offline' });
    expect(await gazetteer.search('Xyzzydorp')).toEqual({ ok: false, problem: 'unknown' });
  });

  it('normalises punctuation', () => {
    expect(normalisePlace("  'S-Hertogenbosch  ")).toBe('shertogenbosch');
    expect(normalisePlace('Bergen (L)')).toBe('bergen l');
  });
});
