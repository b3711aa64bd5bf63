import { isToday } from 'date-fns';

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
