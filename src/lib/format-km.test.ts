import { describe, expect, it } from 'vitest';
import { formatKm } from './format-km';

const intl = (km: number, language: string, digits: 0 | 1) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: digits,
  }).format(km);

describe('formatKm', () => {
  it('writes a distance as Dutch and English readers expect', () => {
    expect(formatKm(12.5, 'nl')).toBe('12,5');
    expect(formatKm(12.5, 'en')).toBe('12.5');
    expect(formatKm(20, 'nl')).toBe('20');
    expect(formatKm(1234.56, 'nl')).toBe('1.234,6');
    expect(formatKm(1234.56, 'en', 0)).toBe('1,235');
    expect(formatKm(1e-9, 'nl')).toBe('0');
  });

  it('gives the same text as Intl.NumberFormat, halves and binary fractions included', () => {
    const values = [0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 0.999, 9.95, 99.95, 999.95, 1000];
    for (let km = 0; km < 1500; km += 0.37) values.push(km);
    for (const km of values)
      for (const language of ['nl', 'en'])
        for (const digits of [0, 1] as const)
          expect(formatKm(km, language, digits), `${km} ${language} ${digits}`).toBe(
            intl(km, language, digits),
          );
  });
});
