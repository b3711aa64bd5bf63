/** Events are planned on the Amsterdam clock, whatever the reader's computer says. */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'YYYY-MM-DDTHH:mm' on the Amsterdam clock, as a datetime-local field shows it. */
export function amsterdamLocal(iso: string): string {
  const p = Object.fromEntries(
    parts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A time span in words on the Amsterdam clock: "vrijdag 18 december 2026 15:00–16:00". */
export function formatEventSpan(startIso: string, endIso: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.formatRange(new Date(startIso), new Date(endIso));
}

/** One moment in words on the Amsterdam clock: "di 5 januari 2027 17:00". */
export function formatEventMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
