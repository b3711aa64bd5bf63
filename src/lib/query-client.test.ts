import { describe, expect, it } from 'vitest';
import { DataError } from '../data/errors';
import { MAX_UNAVAILABLE_RETRIES, retryDelay, shouldRetry } from './query-client';

describe('retrying reads', () => {
  const unavailable = new DataError('unavailable', 'Failed to fetch');

  it('tries an unreachable backend again a few times, a refusal never', () => {
    expect(shouldRetry(0, unavailable)).toBe(true);
    expect(shouldRetry(MAX_UNAVAILABLE_RETRIES - 1, unavailable)).toBe(true);
    expect(shouldRetry(MAX_UNAVAILABLE_RETRIES, unavailable)).toBe(false);
    expect(shouldRetry(0, new DataError('not_allowed', 'SK005'))).toBe(false);
    expect(shouldRetry(0, new DataError('unexpected', 'bad row'))).toBe(false);
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });

  it('backs off exponentially up to 30 s, with at most a quarter of jitter', () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(n, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(10, () => 0)).toBe(30_000);
    expect(retryDelay(1, () => 1)).toBe(2500);
  });
});
