import { describe, expect, it } from 'vitest';
import {
  coverageSearch,
  droppedParams,
  findSearch,
  mapSearch,
  parseSearch,
  stringifySearch,
} from './search-params';

const read = <T>(schema: { parse: (v: unknown) => T }, query: string) =>
  schema.parse(parseSearch(query));

describe('search parameters', () => {
  it('read a shared "Zoek een groep" link as before', () => {
    expect(
      read(
        findSearch,
        '?plaats=Utrecht&lat=52.09084&lng=5.12111&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30',
      ),
    ).toEqual({
      plaats: 'Utrecht',
      lat: 52.09084,
      lng: 5.12111,
      opleiding: 'groen',
      deelnemers: 3,
      vervoer: 'ov',
      minuten: 30,
    });
  });

  it('drop values that do not fit, and name them', () => {
    const raw = parseSearch('?deelnemers=999&minuten=4&vervoer=raket&opleiding=koken&lat=40&lng=5');
    const checked = findSearch.parse(raw);
    expect(checked).toEqual({ lng: 5 });
    expect(droppedParams(raw, checked).sort()).toEqual([
      'deelnemers',
      'lat',
      'minuten',
      'opleiding',
      'vervoer',
    ]);
    expect(read(findSearch, '?deelnemers=2.5').deelnemers).toBeUndefined();
  });

  it('read province and selection in any case, and only well-formed ids', () => {
    expect(read(mapSearch, '?provincie=pv26&verband=AAAAAAAA-0000-4000-8000-000000000001')).toEqual(
      {
        provincie: 'PV26',
        verband: 'aaaaaaaa-0000-4000-8000-000000000001',
      },
    );
    expect(read(mapSearch, '?provincie=PV99&locatie=kapot')).toEqual({});
  });

  it('read the coverage filters, dropping an impossible day or status', () => {
    expect(
      read(coverageSearch, '?datum=2022-12-31&opleiding=logistiek&status=empty,seekers'),
    ).toEqual({ datum: '2022-12-31', opleiding: 'logistiek', status: 'empty,seekers' });
    expect(read(coverageSearch, '?datum=2022-13-45&status=empty,nonsense')).toEqual({});
  });

  it('write plain parameters, leaving out what is not given', () => {
    expect(
      stringifySearch({ plaats: "'s-Hertogenbosch", lat: 51.69, minuten: 30, lng: undefined }),
    ).toBe('?plaats=%27s-Hertogenbosch&lat=51.69&minuten=30');
    expect(stringifySearch({})).toBe('');
  });
});
