import { describe, expect, it } from 'vitest';
import { standings, suggestActions, type Seeker } from './coverage';
import { MatchingNetwork } from './matching/network';
import type { PartnershipPlace, StudentSite } from './matching/types';
import { OPLEIDINGEN, type Opleiding } from './vocabulary';

const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;
const zwolle = { lat: 52.5168, lng: 6.083 };
const at = (km: number) => ({ lat: zwolle.lat + km / KM_PER_DEGREE_LAT, lng: zwolle.lng });

const seeker = (id: string, km: number, overrides: Partial<Seeker> = {}): Seeker => ({
  id,
  siteId: `site-${id}`,
  organisationId: `org-${id}`,
  organisationName: `Aanbieder ${id}`,
  provinceCode: 'PV23',
  opleiding: 'logistiek',
  students: 3,
  mode: 'ov',
  maxMinutes: 30,
  place: `Plaats ${id}`,
  ...at(km),
  ...overrides,
});

/** The seekers' own students as the network knows them (their demand), plus any others. */
const asSite = (s: Seeker, partnershipIds: string[] = []): StudentSite => ({
  siteId: s.siteId,
  organisationId: s.organisationId,
  organisationName: s.organisationName,
  place: s.place ?? '',
  lat: s.lat,
  lng: s.lng,
  students: s.students,
  mode: s.mode,
  maxMinutes: s.maxMinutes,
  partnershipIds,
  seeking: true,
});

const networks = (
  seekers: Seeker[],
  partnerships: PartnershipPlace[] = [],
  members: StudentSite[] = [],
) =>
  Object.fromEntries(
    OPLEIDINGEN.map((o) => [
      o,
      new MatchingNetwork({
        opleiding: o,
        students: [...seekers.filter((s) => s.opleiding === o).map((s) => asSite(s)), ...members],
        partnerships,
      }),
    ]),
  ) as Record<Opleiding, MatchingNetwork>;

const partnership = (km: number, opleidingen: Opleiding[]): PartnershipPlace => ({
  id: `p${km}`,
  name: `Verband op ${km} km`,
  status: 'active',
  opleidingen,
  place: 'Zwolle',
  provinceCode: 'PV23',
  memberCount: 3,
  maxMembers: 12,
  ...at(km),
});
const member = (km: number, students: number, partnershipId: string): StudentSite => ({
  ...asSite(seeker(`m${km}`, km, { students })),
  partnershipIds: [partnershipId],
  seeking: false,
});

describe('standings', () => {
  it('a seeker in reach of a partnership that makes 10 with it can join', () => {
    const a = seeker('a', 0);
    const [s] = standings(
      [a],
      networks([a], [partnership(5, ['logistiek'])], [member(5, 8, 'p5')]),
    );
    expect(s).toMatchObject({ outcome: 'can-join', option: { total: 11 } });
  });

  it('a partnership of another opleiding leaves a seeker on its own unmatched', () => {
    const a = seeker('a', 0);
    expect(standings([a], networks([a], [partnership(2, ['groen'])]))[0]!.outcome).toBe(
      'unmatched',
    );
  });

  it('so does a partnership in reach that does not make 10 with it', () => {
    const a = seeker('a', 0);
    expect(
      standings([a], networks([a], [partnership(5, ['logistiek'])], [member(5, 2, 'p5')]))[0]!
        .outcome,
    ).toBe('unmatched');
  });

  it('seekers that reach each other with 10 students can form a group', () => {
    const group = [seeker('a', 0), seeker('b', 3), seeker('c', 5, { students: 4 })];
    expect(standings(group, networks(group)).map((s) => s.outcome)).toEqual([
      'can-form',
      'can-form',
      'can-form',
    ]);
  });

  it('a walker whose partnership is too far is unmatched', () => {
    const walker = seeker('w', 0, { mode: 'lopen', maxMinutes: 20 });
    const result = standings(
      [walker],
      networks([walker], [partnership(2, ['logistiek'])], [member(2, 12, 'p2')]),
    );
    expect(result[0]!.outcome).toBe('unmatched');
  });
});

describe('suggestActions', () => {
  const province = { code: 'PV23', status: 'seekers' as const, ambassadors: ['Stichting X'] };

  it('proposes a new partnership once where seekers can form a group of 10', () => {
    const group = [seeker('a', 0), seeker('b', 3), seeker('c', 5, { students: 4 })];
    const suggestions = suggestActions([province], standings(group, networks(group)));
    expect(suggestions.filter((s) => s.kind === 'seekers-could-form')).toEqual([
      expect.objectContaining({
        provinceCode: 'PV23',
        opleiding: 'logistiek',
        seekers: 3,
        students: 10,
      }),
    ]);
  });

  it('names a seeker that can join a partnership', () => {
    const a = seeker('a', 0);
    const [s] = suggestActions(
      [province],
      standings([a], networks([a], [partnership(5, ['logistiek'])], [member(5, 8, 'p5')])),
    );
    expect(s).toMatchObject({ kind: 'seeker-can-join', partnershipName: 'Verband op 5 km' });
  });

  it('names a seeker on its own, with the distance to the nearest other seeker', () => {
    const two = [seeker('a', 0), seeker('b', 40)];
    const [only] = suggestActions([province], standings(two, networks(two)));
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
