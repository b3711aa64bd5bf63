import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isUnavailable } from '../data/errors';

/** Reads that failed because the backend was out of reach: tried again this often. */
export const MAX_UNAVAILABLE_RETRIES = 4;

/**
 * Only "could not reach it" is worth trying again (a refusal or a bad answer stays one), and
 * only a few times: after that the view says so and offers a button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isUnavailable(error) && failureCount < MAX_UNAVAILABLE_RETRIES;
}

/** 1, 2, 4, 8 s … at most 30 s, each with up to a quarter of jitter so tabs do not align. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** attempt, 30_000);
  return Math.round(base * (1 + random() * 0.25));
}

const queryDefaults = {
  queries: {
    refetchOnWindowFocus: false,
    retry: shouldRetry,
    retryDelay: (attempt) => retryDelay(attempt),
    // The embedded database works without a network, and a Supabase that cannot be reached
    // should say so (see connection.ts) rather than wait silently for the browser's "online".
    networkMode: 'always',
    staleTime: 60_000,
  },
  mutations: { networkMode: 'always', retry: false },
} satisfies DefaultOptions;

export const createQueryClient = () => new QueryClient({ defaultOptions: queryDefaults });
