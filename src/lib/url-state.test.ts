import { describe, expect, it } from 'vitest';
import { buildUrl, parseUrl } from './url-state';

describe('parseUrl', () => {
  it('reads the journey from the Dutch path and the province from ?provincie', () => {
    expect(parseUrl('/dekking', '?provincie=PV26')).toEqual({
      journey: 'coverage',
      province: 'PV26',
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
    });
  });

  it('ignores a province code that does not exist', () => {
    expect(parseUrl('/', '?provincie=PV99').province).toBeNull();
    expect(parseUrl('/', '?provincie=<script>').province).toBeNull();
  });
});

describe('buildUrl', () => {
  it('round-trips every journey with and without a province', () => {
    for (const journey of ['find', 'coverage', 'partnerships', 'ambassadors'] as const) {
      for (const province of [null, 'PV29'] as const) {
        const url = new URL(buildUrl({ journey, province }), 'http://x');
        expect(parseUrl(url.pathname, url.search)).toEqual({ journey, province });
      }
    }
  });

  it('keeps query parameters that other features own', () => {
    expect(buildUrl({ journey: 'find', province: 'PV20' }, '?opleiding=groen&provincie=PV31')).toBe(
      '/?opleiding=groen&provincie=PV20',
    );
    expect(
      buildUrl({ journey: 'coverage', province: null }, '?provincie=PV31&datum=2022-01-01'),
    ).toBe('/dekking?datum=2022-01-01');
  });
});
