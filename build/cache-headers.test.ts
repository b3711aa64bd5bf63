import { describe, expect, it } from 'vitest';
import { cacheControlFor, headersFile } from './cache-headers';

describe('cache headers', () => {
  it('keeps hashed assets and the database files for a year, revalidates the rest', () => {
    expect(cacheControlFor('/assets/start-CoxoRDba.js')).toContain('immutable');
    expect(cacheControlFor('/pglite/samenkaart-39e3ee7bb817158b.tar.gz')).toContain('immutable');
    expect(cacheControlFor('/')).toBe('no-cache');
    expect(cacheControlFor('/dekking')).toBe('no-cache');
    expect(cacheControlFor('/geo/provinces.geojson')).toBe('no-cache');
  });

  it('writes the same rules for static hosts, without a catch-all they would merge in', () => {
    const file = headersFile();
    expect(file).toContain('/pglite/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/index.html\n  Cache-Control: no-cache');
    expect(file).not.toMatch(/^\/\*$/m);
  });
});
