import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { topDeadlines } from '../../domain/schemes/deadlines';
import { calendarFile } from './calendar-file';

describe('the deadline calendar file', () => {
  it('parses back to one all-day event per deadline, on the scheme’s days', () => {
    const text = calendarFile(
      'Groen Samen Zeist',
      topDeadlines(2028).map((m) => ({
        uid: `p1-${m.id}@samenkaart`,
        title: `Groen Samen Zeist: ${m.id}`,
        description: 'Samenkaart',
        day: m.due,
      })),
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2027-02-01',
      '2027-02-15',
      '2027-03-01',
      '2027-05-31',
      '2028-02-01',
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events[0]!.uid).toBe('p1-registration_signed@samenkaart');
    expect(events[0]!.summary).toBe('Groen Samen Zeist: registration_signed');
  });

  it('keeps names with commas, semicolons and accents intact', () => {
    const text = calendarFile('Fryslân; groen, samen', [
      {
        uid: 'x@samenkaart',
        title: 'Fryslân; groen, samen',
        description: 'a\nb',
        day: '2027-02-01',
      },
    ]);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe('Fryslân; groen, samen');
    expect(event.description).toBe('a\nb');
  });
});
