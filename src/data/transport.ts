import type { RpcArgs, RpcName } from './rpc';

export interface CallOptions {
  /** The call changes data: it answers once the change is stored for good. */
  write?: boolean;
}

/** Calls one SQL API function by name and returns its rows, unvalidated. */
export interface Transport {
  call<F extends RpcName>(fn: F, args: RpcArgs<F>, options?: CallOptions): Promise<unknown>;
}
