import { createEvent, type DateArray } from 'ics';
import type { EventDetailRow } from '../../data/schemas';

const utcArray = (iso: string): DateArray => {
  const d = new Date(iso);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
};

/**
 * The event as an iCalendar file (RFC 5545) for the registrant's agenda, in UTC so every
 * calendar shows the Amsterdam time right. The UID is stable and the sequence is the event's
 * version, so importing a changed event updates the entry instead of adding one.
 */
export function eventCalendarFile(e: EventDetailRow, pageUrl: string): string {
  const where = [e.place, e.online_url].filter(Boolean).join(' · ');
  const { error, value } = createEvent({
    uid: `event-${e.id}@samenkaart`,
    sequence: e.version,
    title: e.title,
    description: `${e.description}\n\n${pageUrl}`,
    start: utcArray(e.starts_at),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcArray(e.ends_at),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(where ? { location: where } : {}),
    url: e.online_url ?? pageUrl,
    status: 'CONFIRMED',
    productId: 'samenkaart/bijeenkomsten',
  });
  if (error || !value) throw error ?? new Error('calendar: no output');
  return value;
}
