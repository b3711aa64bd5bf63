import { describe, expect, it } from 'vitest';
import { suggestActions, unmatchedSeekers, type OpenPartnership, type Seeker } from './coverage';

const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;
const zwolle = { lat: 52.5168, lng: 6.083 };
const at = (km: number) => ({ lat: zwolle.lat + km / KM_PER_DEGREE_LAT, lng: zwolle.lng });

const seeker = (id: string, km: number, overrides: Partial<Seeker> = {}): Seeker => ({
  id,
  organisationName: `Aanbieder ${id}`,
  provinceCode: 'PV23',
  opleiding: 'logistiek',
  students: 3,
  mode: 'ov',
  maxMinutes: 30,
  ...at(km),
  ...overrides,
});
const partnership = (km: number, opleidingen: OpenPartnership['opleidingen']): OpenPartnership => ({
  id: `p${km}`,
  opleidingen,
  ...at(km),
});

describe('unmatchedSeekers', () => {
  it('matches a seeker to a partnership of its opleiding within its travel limit', () => {
    // ov 30 min reaches 7.69 km
    expect(unmatchedSeekers([seeker('a', 0)], [partnership(7, ['logistiek'])])).toEqual([]);
  });

  it('leaves a seeker unmatched when the only partnership nearby teaches another opleiding', () => {
    const a = seeker('a', 0);
    expect(unmatchedSeekers([a], [partnership(2, ['groen', 'facilitair'])])).toEqual([a]);
  });

  it('leaves a seeker unmatched when the partnership is beyond its limit', () => {
    const walker = seeker('w', 0, { mode: 'lopen', maxMinutes: 20 }); // 1.15 km
    expect(unmatchedSeekers([walker], [partnership(2, ['logistiek'])])).toEqual([walker]);
  });

  it('treats everyone as unmatched when there are no partnerships', () => {
    expect(unmatchedSeekers([seeker('a', 0), seeker('b', 50)], [])).toHaveLength(2);
  });
});

describe('suggestActions', () => {
  const province = { code: 'PV23', status: 'seekers' as const, ambassadors: ['Stichting X'] };

  it('proposes bringing together seekers of one opleiding that reach each other', () => {
    const suggestions = suggestActions(
      [province],
      [seeker('a', 0), seeker('b', 3), seeker('c', 5, { students: 4 })],
    );
    expect(suggestions[0]).toEqual({
      kind: 'seekers-could-form',
      provinceCode: 'PV23',
      opleiding: 'logistiek',
      seekers: 3,
      students: 10,
      ambassadors: ['Stichting X'],
    });
  });

  it('names a seeker on its own, with the distance to the nearest other seeker', () => {
    const [only] = suggestActions([province], [seeker('a', 0), seeker('b', 40)]);
    expect(only).toMatchObject({ kind: 'seeker-alone', nearestOtherKm: expect.closeTo(40, 1) });
  });

  it('flags provinces without ambassador and provinces where nothing has started', () => {
    const suggestions = suggestActions([{ code: 'PV24', status: 'empty', ambassadors: [] }], []);
    expect(suggestions).toEqual([
      { kind: 'no-ambassador', provinceCode: 'PV24' },
      { kind: 'nothing-yet', provinceCode: 'PV24' },
    ]);
  });
});
