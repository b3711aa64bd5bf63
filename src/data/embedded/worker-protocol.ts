/** Messages between the page and the embedded database's worker (pglite.worker.ts). */
export type WorkerRequest =
  | { type: 'open'; id: number; meta: unknown }
  | { type: 'query'; id: number; sql: string; params?: unknown[] }
  | { type: 'flush'; id: number }
  | { type: 'close'; id: number };

export type WorkerReply =
  | { type: 'result'; id: number; result: { rows: unknown[] } | null }
  | { type: 'error'; id: number; error: { message: string; code?: string } }
  | { type: 'waiting-for-other-tab' }
  | { type: 'fatal'; message: string };

/** A request before the page numbers it. */
export type NewRequest = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;
