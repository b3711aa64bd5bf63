import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case and nothing else', () => {
    expect(isUuid('00000000-0000-4000-8000-0000000000A1')).toBe(true);
    expect(isUuid('00000000-0000-4000-8000-0000000000a1')).toBe(true);
    for (const bad of ['', 'de-bilt', '00000000-0000-4000-8000-0000000000a', "1' or '1'='1"])
      expect(isUuid(bad)).toBe(false);
  });
});
