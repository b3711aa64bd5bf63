import type { RpcArgs, RpcName } from '../rpc';
import type { CallOptions } from '../transport';

/** The part of PGlite (in-process or via the worker) the embedded transport needs. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Resolves once every change so far is stored for good (the browser's IndexedDB). */
  flush?(): Promise<void>;
}

type EmbeddedResult =
  { rows: unknown } | { error: { code: string; message: string; detail: string | null } };

export interface Claims {
  role: 'anon' | 'authenticated';
  sub?: string;
}

/**
 * One API call against the embedded database: a single statement that sets the claims and role
 * locally and calls the function by name (see supabase/bootstrap/embedded.sql).
 */
export async function embeddedCall<F extends RpcName>(
  db: Queryable,
  fn: F,
  claims: Claims,
  args: RpcArgs<F>,
  options: CallOptions = {},
): Promise<unknown> {
  const { rows } = await db.query<{ result: EmbeddedResult }>(
    'select embedded.call($1, $2::jsonb, $3::jsonb) as result',
    [fn, JSON.stringify(claims), JSON.stringify(args)],
  );
  // A page closed right after a change must not lose it.
  if (options.write) await db.flush?.();
  const result = rows[0]?.result;
  // Shaped like a PostgreSQL error, so toDataError maps it as it maps the other adapter's.
  if (result && 'error' in result) throw result.error;
  return result?.rows ?? [];
}

/** A transport over an embedded database, calling as whoever `claims()` names at call time. */
export function embeddedTransport(db: Queryable, claims: () => Claims) {
  return {
    call: <F extends RpcName>(fn: F, args: RpcArgs<F>, options?: CallOptions) =>
      embeddedCall(db, fn, claims(), args, options),
  };
}
