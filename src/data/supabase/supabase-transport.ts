import type { SupabaseClient } from '@supabase/supabase-js';
import { DataError } from '../errors';
import type { RpcArgs, RpcName } from '../rpc';
import type { Transport } from '../transport';

/** A backend that has not answered by then counts as unreachable (and is retried, for reads). */
const TIMEOUT_MS = 15_000;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** Calls the SQL API through PostgREST (`POST /rest/v1/rpc/<fn>`); RLS applies to the session. */
export function supabaseTransport(client: SupabaseClient): Transport {
  return {
    async call<F extends RpcName>(fn: F, args: RpcArgs<F>) {
      let result;
      try {
        result = await client.rpc(fn, args).abortSignal(AbortSignal.timeout(TIMEOUT_MS));
      } catch (error) {
        throw new DataError('unavailable', `${fn}: ${String(error)}`);
      }
      const { data, error, status } = result;
      if (!error) return data;
      // No answer at all (status 0: offline, DNS, refused, timed out), or a gateway that could
      // not reach the database: nothing was decided, so it is "unavailable", not a refusal.
      const gateway = status >= 500 && !SQLSTATE.test(error.code ?? '');
      if (status === 0 || gateway) throw new DataError('unavailable', `${fn}: ${error.message}`);
      throw error;
    },
  };
}
