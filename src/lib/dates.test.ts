import { describe, expect, it } from 'vitest';
import { dayInputText, parseDayInput } from './dates';

const today = new Date(2026, 11, 2, 15, 30);

describe('parseDayInput', () => {
  it('reads days the way Dutch forms write them', () => {
    expect(parseDayInput('31-12-2022', today)).toEqual({ ok: true, iso: '2022-12-31' });
    expect(parseDayInput(' 1/2/2023 ', today)).toEqual({ ok: true, iso: '2023-02-01' });
    expect(parseDayInput('1.2.2023', today)).toEqual({ ok: true, iso: '2023-02-01' });
    expect(parseDayInput('2022-12-31', today)).toEqual({ ok: true, iso: '2022-12-31' });
    expect(parseDayInput('', today)).toEqual({ ok: true, iso: null });
    expect(parseDayInput('2-12-2026', today)).toEqual({ ok: true, iso: '2026-12-02' });
  });

  it('refuses what is no day, a day in the future, and one before the history starts', () => {
    expect(parseDayInput('31-02-2023', today)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayInput('morgen', today)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayInput('12-31-2022', today)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayInput('31-12-22', today)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayInput('3-12-2026', today)).toEqual({ ok: false, reason: 'future' });
    expect(parseDayInput('01-01-2030', today)).toEqual({ ok: false, reason: 'future' });
    expect(parseDayInput('31-12-2020', today)).toEqual({ ok: false, reason: 'tooEarly' });
  });

  it('shows a stored day in the same form', () => {
    expect(dayInputText('2022-12-31')).toBe('31-12-2022');
    expect(dayInputText(null)).toBe('');
  });
});
