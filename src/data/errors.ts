/** The error codes the SQL API raises (see 20261123160400_api.sql), plus transport failures. */
export const DATA_ERROR_CODES = {
  SK001: 'capacity_exceeded',
  SK002: 'invitation_used',
  SK003: 'invitation_expired',
  SK004: 'invitation_invalid',
  SK005: 'not_allowed',
  SK006: 'invalid_input',
  SK007: 'not_signed_in',
  SK008: 'not_found',
  SK009: 'rules_failed',
  '42501': 'not_allowed',
} as const;

export type DataErrorCode =
  (typeof DATA_ERROR_CODES)[keyof typeof DATA_ERROR_CODES] | 'unavailable' | 'unexpected';

/** A failure of a data call, with a code the interface can turn into a Dutch message. */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    /** What was wrong, e.g. the field for invalid_input. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/** The backend could not be reached (offline, down, timed out): nothing was decided. */
export const isUnavailable = (error: unknown): boolean =>
  error instanceof DataError && error.code === 'unavailable';

/** Maps a database error (SQLSTATE in `code`) from either adapter to a DataError. */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  const e = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    detail?: unknown;
    details?: unknown;
  };
  const sqlstate = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const detailValue = e.detail ?? e.details;
  const detail = typeof detailValue === 'string' && detailValue !== '' ? detailValue : undefined;
  const byState = DATA_ERROR_CODES[sqlstate as keyof typeof DATA_ERROR_CODES];
  // Some paths keep only the message; ours are the code names themselves.
  const byMessage = Object.values(DATA_ERROR_CODES).find((name) => name === message);
  return new DataError(byState ?? byMessage ?? 'unexpected', message, detail);
}

/**
 * Why a function refused, beyond the error code: the detail of an SK005/SK006 that names a
 * situation rather than a field. Each has its own sentence in the catalogues (errors.reason_*).
 */
export const REFUSAL_REASONS = [
  'partnership_ended',
  'already_invited',
  'already_member',
  'already_requested',
  'not_requested',
  'not_invited',
  'not_open',
  'not_a_member',
  'coordinator_must_hand_over',
  'name_taken',
  'location',
  'inviter_no_longer_steers',
  'no_organisation',
  'stale_version',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const isRefusalReason = (detail: string | undefined): detail is RefusalReason =>
  (REFUSAL_REASONS as readonly (string | undefined)[]).includes(detail);

/** The catalogue key of the sentence that tells a person what went wrong. */
export function errorMessageKey(
  error: unknown,
): `errors.${DataErrorCode}` | `errors.reason_${RefusalReason}` {
  const e = toDataError(error);
  return isRefusalReason(e.detail) ? `errors.reason_${e.detail}` : `errors.${e.code}`;
}

/** The argument an invalid_input error names (e.g. 'email'), to show the message at its field. */
export function invalidField(error: unknown): string | null {
  const e = toDataError(error);
  return e.code === 'invalid_input' && e.detail && !isRefusalReason(e.detail) ? e.detail : null;
}
