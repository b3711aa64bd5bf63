import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterCount, hasHiddenCharacters, trimmed } from './text';

describe('text rules', () => {
  it('finds zero-width, bidirectional and control characters anywhere in a name', () => {
    for (const hidden of ['\u200b', '\u202e', '\u2066', '\u00ad', '\ufeff', '\u0007', '\n']) {
      expect(hasHiddenCharacters(`De${hidden}Linde`), JSON.stringify(hidden)).toBe(true);
    }
  });

  it('lets ordinary names through, accents, apostrophes and all', () => {
    for (const name of [
      "'s-Hertogenbosch",
      'Fryslân',
      'Zorgboerderij De Hoeve & Co.',
      'Ĳsselmonde',
    ]) {
      expect(hasHiddenCharacters(name)).toBe(false);
    }
  });

  it('allows line breaks and tabs in multi-line text only', () => {
    expect(hasHiddenCharacters('regel 1\nregel 2\tmet tab', true)).toBe(false);
    expect(hasHiddenCharacters('regel 1\nregel 2')).toBe(true);
    expect(hasHiddenCharacters('regel\u202e', true)).toBe(true);
  });

  it('counts characters as the database does (code points)', () => {
    expect(characterCount('🙂🙂')).toBe(2);
    expect(characterCount('Fryslân')).toBe(7);
  });

  it('trims as the database does, and trimming twice changes nothing', () => {
    expect(trimmed('\u00a0 De Linde \t\n')).toBe('De Linde');
    fc.assert(fc.property(fc.string(), (s) => trimmed(trimmed(s)) === trimmed(s)));
  });
});
