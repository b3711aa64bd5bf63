import { errorMessageKey, toDataError } from '../../data/errors';

const EVENT_REASONS = [
  'registration_closed',
  'event_past',
  'capacity_below_registered',
  'event_cancelled',
  'not_cancelled',
] as const;
type EventReason = (typeof EVENT_REASONS)[number];

/**
 * The sentence for a refused event write: the event's own reasons (closed, already begun, fewer
 * places than given), a registration that no longer fits with the places left (the server says
 * how many), and anything else as everywhere.
 */
export function eventErrorMessage(error: unknown) {
  const e = toDataError(error);
  const reason = EVENT_REASONS.find((r): r is EventReason => r === e.detail);
  if (reason) return { key: `bijeenkomst.reason_${reason}` as const };
  if (e.code === 'capacity_exceeded') {
    return {
      key: 'bijeenkomst.error_fullMeanwhile' as const,
      values: { count: Number(e.detail ?? 0) },
    };
  }
  return { key: errorMessageKey(e) };
}
