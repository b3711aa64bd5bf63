import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { downloadText } from '../../lib/download';

export interface CalendarEntry {
  /** Stable per partnership and milestone, so a second import updates instead of doubling. */
  uid: string;
  title: string;
  description: string;
  /** ISO day; an all-day event. */
  day: string;
}

const dateArray = (day: string): DateArray => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/**
 * An iCalendar file (RFC 5545) with one all-day event per entry, as Outlook and Google Calendar
 * import it. Throws when the library refuses an entry.
 */
export function calendarFile(name: string, entries: readonly CalendarEntry[]): string {
  const events: EventAttributes[] = entries.map((e) => ({
    uid: e.uid,
    title: e.title,
    description: e.description,
    start: dateArray(e.day),
    duration: { days: 1 },
    calName: name,
    productId: 'samenkaart/verbanden',
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar: no output');
  return value;
}

/** Offers the calendar as a download. */
export const downloadCalendar = (filename: string, text: string) =>
  downloadText(filename, text, 'text/calendar;charset=utf-8');
