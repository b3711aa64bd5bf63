import { describe, expect, it } from 'vitest';
import { answerDueBy, waiting, workingDaysBetween } from './waiting';

const day = (iso: string) => new Date(`${iso}T10:00:00`);

describe('workingDaysBetween', () => {
  it('counts Monday to Friday, not the day of the request itself', () => {
    expect(workingDaysBetween(day('2026-11-16'), day('2026-11-16'))).toBe(0); // Monday → Monday
    expect(workingDaysBetween(day('2026-11-16'), day('2026-11-17'))).toBe(1);
    expect(workingDaysBetween(day('2026-11-16'), day('2026-11-20'))).toBe(4); // → Friday
  });

  it('skips weekends', () => {
    expect(workingDaysBetween(day('2026-11-20'), day('2026-11-23'))).toBe(1); // Friday → Monday
    expect(workingDaysBetween(day('2026-11-21'), day('2026-11-22'))).toBe(0); // Saturday → Sunday
    expect(workingDaysBetween(day('2026-11-21'), day('2026-11-23'))).toBe(1); // Saturday → Monday
  });

  it('counts whole weeks as five days, also across months', () => {
    expect(workingDaysBetween(day('2026-11-02'), day('2026-11-30'))).toBe(20);
    expect(workingDaysBetween(day('2026-10-26'), day('2026-11-09'))).toBe(10);
  });

  it('is zero when the end is before the start', () => {
    expect(workingDaysBetween(day('2026-11-23'), day('2026-11-01'))).toBe(0);
  });
});

describe('waiting', () => {
  it('says how many calendar days someone waits and escalates after 10 working days', () => {
    expect(waiting(day('2026-11-17'), day('2026-11-23'))).toEqual({
      days: 6,
      workingDays: 4,
      escalated: false,
    });
    expect(waiting(day('2026-11-09'), day('2026-11-23'))).toEqual({
      days: 14,
      workingDays: 10,
      escalated: true,
    });
    expect(waiting(day('2026-11-10'), day('2026-11-23')).escalated).toBe(false);
  });

  it('takes a configurable limit', () => {
    expect(waiting(day('2026-11-17'), day('2026-11-23'), 3).escalated).toBe(true);
  });
});

describe('answerDueBy', () => {
  it('is ten working days later, weekends skipped', () => {
    // Wednesday 2 December 2026 → Wednesday 16 December.
    expect(answerDueBy(new Date(2026, 11, 2, 15, 30))).toEqual(new Date(2026, 11, 16));
    // Friday → two weeks later on Friday.
    expect(answerDueBy(new Date(2026, 11, 4))).toEqual(new Date(2026, 11, 18));
    // Saturday → the Friday after next.
    expect(answerDueBy(new Date(2026, 11, 5))).toEqual(new Date(2026, 11, 18));
  });

  it('agrees with the escalation: on the due day the request counts as escalated', () => {
    const from = new Date(2026, 0, 7);
    expect(waiting(from, answerDueBy(from)).escalated).toBe(true);
    expect(waiting(from, new Date(answerDueBy(from).getTime() - 86_400_000)).escalated).toBe(false);
  });
});
