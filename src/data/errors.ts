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
