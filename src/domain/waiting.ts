import { addDays, differenceInCalendarDays, isWeekend, startOfDay } from 'date-fns';

/** Requests unanswered after this many working days go to the AvZ coordinator. */
export const DEFAULT_ESCALATION_WORKING_DAYS = 10;

/**
 * Whole working days (Monday–Friday) from `from` to `to`: the day of the request does not
 * count, the current day does. Public holidays are not modelled.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = startOfDay(from);
  const end = startOfDay(to);
  if (end <= start) return 0;
  const days = differenceInCalendarDays(end, start);
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let day = addDays(start, fullWeeks * 7 + 1); day <= end; day = addDays(day, 1)) {
    if (!isWeekend(day)) count += 1;
  }
  return count;
}

export interface Waiting {
  /** Calendar days since the request ("wacht 6 dagen"). */
  days: number;
  workingDays: number;
  escalated: boolean;
}

export function waiting(
  since: Date,
  now: Date,
  escalateAfterWorkingDays = DEFAULT_ESCALATION_WORKING_DAYS,
): Waiting {
  const workingDays = workingDaysBetween(since, now);
  return {
    days: Math.max(0, differenceInCalendarDays(startOfDay(now), startOfDay(since))),
    workingDays,
    escalated: workingDays >= escalateAfterWorkingDays,
  };
}

/** The day an answer is due: `workingDays` working days after `from` (weekends skipped). */
export function answerDueBy(from: Date, workingDays = DEFAULT_ESCALATION_WORKING_DAYS): Date {
  let day = startOfDay(from);
  let left = workingDays;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}
