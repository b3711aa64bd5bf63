import { describe, expect, it } from 'vitest';
import { isCodeNotLoaded } from './route-error';

describe('isCodeNotLoaded', () => {
  it.each([
    'Failed to fetch dynamically imported module: https://x/assets/knowledge-1.js', // Chromium
    'error loading dynamically imported module: https://x/assets/knowledge-1.js', // Firefox
    'Importing a module script failed.', // Safari
  ])('knows a journey whose code did not arrive: %s', (message) => {
    expect(isCodeNotLoaded(new TypeError(message))).toBe(true);
  });

  it('does not take a bug in a journey for a network failure', () => {
    expect(isCodeNotLoaded(new TypeError('r.data?.has is not a function'))).toBe(false);
    expect(isCodeNotLoaded('Failed to fetch dynamically imported module')).toBe(false);
  });
});
