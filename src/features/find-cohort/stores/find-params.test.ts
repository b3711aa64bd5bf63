import { describe, expect, it } from 'vitest';
import { findSearch, parseSearch, stringifySearch } from '../../../lib/search-params';
import { DEFAULTS, findParams, findSearchChanges, nextFindSearch } from './find-params';

describe('find parameters', () => {
  it('round-trip a full search through the URL', () => {
    const params = {
      origin: { label: 'Utrecht', lat: 52.09084, lng: 5.1214, place: 'Utrecht' },
      opleiding: 'facilitair' as const,
      students: 3,
      mode: 'fiets' as const,
      minutes: 45,
    };
    const query = stringifySearch(findSearchChanges(params));
    expect(findParams(findSearch.parse(parseSearch(query)))).toEqual(params);
  });

  it('fall back to the defaults for what the link does not give', () => {
    expect(findParams(findSearch.parse(parseSearch('?vervoer=raket')))).toEqual(DEFAULTS);
  });

  it('write every value once there is a starting point, so a shared link keeps its answer', () => {
    const utrecht = { label: 'Utrecht', lat: 52.09084, lng: 5.1214 };
    expect(nextFindSearch({}, { mode: 'fiets' })).toEqual({ vervoer: 'fiets' });
    expect(nextFindSearch({ vervoer: 'fiets' }, { origin: utrecht })).toEqual({
      plaats: 'Utrecht',
      lat: 52.09084,
      lng: 5.1214,
      opleiding: 'groen',
      deelnemers: 3,
      vervoer: 'fiets',
      minuten: 30,
    });
  });
});
