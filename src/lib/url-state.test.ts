import { describe, expect, it } from 'vitest';
import { buildUrl, parseUrl } from './url-state';

describe('parseUrl', () => {
  it('reads the journey from the Dutch path and the province from ?provincie', () => {
    expect(parseUrl('/dekking', '?provincie=PV26')).toEqual({
      journey: 'coverage',
      province: 'PV26',
      selection: null,
    });
  });

  it('falls back to "Zoek een groep" for the root and unknown paths', () => {
    expect(parseUrl('/', '').journey).toBe('find');
    expect(parseUrl('/bestaat-niet', '').journey).toBe('find');
  });

  it('accepts a trailing slash and lower-case codes as people type them', () => {
    expect(parseUrl('/ambassadeurs/', '?provincie=pv31')).toEqual({
      journey: 'ambassadors',
      province: 'PV31',
      selection: null,
    });
  });

  it('ignores a province code that does not exist', () => {
    expect(parseUrl('/', '?provincie=PV99').province).toBeNull();
    expect(parseUrl('/', '?provincie=<script>').province).toBeNull();
  });
});

describe('selection in the URL', () => {
  it('reads ?verband= and ?locatie= with a valid id only', () => {
    expect(parseUrl('/', '?verband=00000000-0000-4000-8000-0000000000A1').selection).toEqual({
      kind: 'partnership',
      id: '00000000-0000-4000-8000-0000000000a1',
    });
    expect(parseUrl('/', '?locatie=niet-een-id').selection).toBeNull();
  });
});

describe('buildUrl', () => {
  it('round-trips every journey with and without a province', () => {
    for (const journey of ['find', 'coverage', 'partnerships', 'ambassadors'] as const) {
      for (const province of [null, 'PV29'] as const) {
        for (const selection of [
          null,
          { kind: 'partnership', id: '00000000-0000-4000-8000-0000000000a1' },
          { kind: 'site', id: 'abcdefab-0000-4000-8000-000000000001' },
        ] as const) {
          const url = new URL(buildUrl({ journey, province, selection }), 'http://x');
          expect(parseUrl(url.pathname, url.search)).toEqual({ journey, province, selection });
        }
      }
    }
  });

  it('keeps query parameters that other features own', () => {
    expect(
      buildUrl(
        { journey: 'find', province: 'PV20', selection: null },
        '?opleiding=groen&provincie=PV31',
      ),
    ).toBe('/?opleiding=groen&provincie=PV20');
    expect(
      buildUrl(
        { journey: 'coverage', province: null, selection: null },
        '?provincie=PV31&datum=2022-01-01',
      ),
    ).toBe('/dekking?datum=2022-01-01');
  });
});
