import { describe, expect, it } from 'vitest';
import { amsterdamLocal, formatEventMoment, formatEventSpan } from './amsterdam-time';

describe('event times on the Amsterdam clock', () => {
  it('shows winter and summer time as Amsterdam has them, whatever the computer says', () => {
    expect(amsterdamLocal('2027-01-20T09:00:00Z')).toBe('2027-01-20T10:00');
    expect(amsterdamLocal('2027-03-28T08:00:00Z')).toBe('2027-03-28T10:00');
    expect(amsterdamLocal('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
  });

  it('says a span and a moment in Dutch', () => {
    // The separator before the time follows the ICU version (a comma or "om").
    expect(formatEventSpan('2026-12-18T14:00:00Z', '2026-12-18T15:00:00Z', 'nl')).toMatch(
      /^vrijdag 18 december 2026\D+15:00\s*–\s*16:00$/,
    );
    expect(formatEventMoment('2027-01-05T16:00:00Z', 'nl')).toMatch(/^di 5 januari 2027\D+17:00$/);
  });
});
