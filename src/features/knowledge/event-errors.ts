import { errorMessageKey, toDataError } from '../../data/errors';

const EVENT_REASONS = [
  'registration_closed',
  'event_past',
  'capacity_below_registered',
  'event_cancelled',
] as const;
type EventReason = (typeof EVENT_REASONS)[number];

/**
 * The sentence for a refused event write: the event's own reasons (closed, already begun, fewer
 * places than given) and capacity_exceeded in event words; anything else as everywhere.
 */
export function eventErrorKey(error: unknown) {
  const e = toDataError(error);
  const reason = EVENT_REASONS.find((r): r is EventReason => r === e.detail);
  if (reason) return `bijeenkomst.reason_${reason}` as const;
  if (e.code === 'capacity_exceeded') return 'bijeenkomst.reason_full' as const;
  return errorMessageKey(e);
}
