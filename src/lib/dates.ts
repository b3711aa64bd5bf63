import { format, isAfter, isBefore, isToday, isValid, parse, startOfDay } from 'date-fns';

/** A day as Dutch (or English) readers write it: "2 december 2026". */
export function formatDay(date: Date | string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(typeof date === 'string' ? new Date(date) : date);
}

/** "today" or the day, for "vandaag aangemeld" / "aangemeld op 2 december 2026". */
export function dayOrToday(date: Date | string): { today: boolean; date: Date } {
  const day = typeof date === 'string' ? new Date(date) : date;
  return { today: isToday(day), date: day };
}

/** The first day the coverage history knows about. */
export const FIRST_PEILDATUM = '2021-01-01';

export type DayInput =
  { ok: true; iso: string | null } | { ok: false; reason: 'format' | 'tooEarly' | 'future' };

const DAY_FORMATS = ['d-M-yyyy', 'yyyy-M-d'];

/**
 * A day as people type it in a Dutch form ("31-12-2022", also with / or . and "2022-12-31"),
 * between `earliest` and `today`; empty means "today" (null).
 */
export function parseDayInput(text: string, today: Date, earliest = FIRST_PEILDATUM): DayInput {
  const value = text.trim().replace(/[/.]/g, '-');
  if (value === '') return { ok: true, iso: null };
  const day = DAY_FORMATS.map((f) => parse(value, f, today)).find(
    (d) => isValid(d) && d.getFullYear() >= 1000,
  );
  if (!day) return { ok: false, reason: 'format' };
  if (isAfter(day, startOfDay(today))) return { ok: false, reason: 'future' };
  if (isBefore(day, new Date(`${earliest}T00:00:00`))) return { ok: false, reason: 'tooEarly' };
  return { ok: true, iso: format(day, 'yyyy-MM-dd') };
}

/** An ISO day as the date field shows it: "31-12-2022". */
export const dayInputText = (iso: string | null) =>
  iso ? format(new Date(`${iso}T12:00:00`), 'dd-MM-yyyy') : '';

/** Today as an ISO day (YYYY-MM-DD), in the browser's time zone. */
export const todayIso = () => format(new Date(), 'yyyy-MM-dd');
