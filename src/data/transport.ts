import type { RpcArgs, RpcName } from './rpc';

/** Calls one SQL API function by name and returns its rows, unvalidated. */
export interface Transport {
  call<F extends RpcName>(fn: F, args: RpcArgs<F>): Promise<unknown>;
}
