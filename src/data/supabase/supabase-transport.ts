import type { SupabaseClient } from '@supabase/supabase-js';
import type { RpcArgs, RpcName } from '../rpc';
import type { Transport } from '../transport';

/** Calls the SQL API through PostgREST (`POST /rest/v1/rpc/<fn>`); RLS applies to the session. */
export function supabaseTransport(client: SupabaseClient): Transport {
  return {
    async call<F extends RpcName>(fn: F, args: RpcArgs<F>) {
      const { data, error } = await client.rpc(fn, args);
      if (error) throw error;
      return data;
    },
  };
}
