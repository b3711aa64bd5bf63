import { describe, expect, it } from 'vitest';
import type { DirectoryRow } from '../../data/schemas';
import { filterDirectory, groupsPossible, type DirectoryFilters } from './directory-filter';

const row = (over: Partial<DirectoryRow>): DirectoryRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Groen Samen Zeist',
  scheme: 'brancheopleiding',
  opleidingen: ['groen'],
  status: 'forming',
  province_code: 'PV26',
  place: 'Zeist',
  lat: 52.09,
  lng: 5.23,
  member_count: 3,
  max_members: 10,
  students: { groen: 8 },
  involved: false,
  rules_passed: null,
  rules_total: null,
  agreements_settled: null,
  ...over,
});
const none: DirectoryFilters = {
  opleiding: null,
  status: null,
  scheme: null,
  province: null,
  name: '',
};
const rows = [
  row({ id: 'a', name: 'Groen Samen Zeist' }),
  row({
    id: 'b',
    name: 'Logistiek Samen Leeuwarden',
    place: 'Leeuwarden',
    opleidingen: ['logistiek', 'facilitair'],
    status: 'active',
    scheme: 'top',
    province_code: 'PV21',
  }),
  row({ id: 'c', name: 'Facilitair Samen Súdwest-Fryslân', place: 'Sneek', province_code: 'PV21' }),
];
const ids = (filters: Partial<DirectoryFilters>) =>
  filterDirectory(rows, { ...none, ...filters }).map((r) => r.id);

describe('the directory filters', () => {
  it('show everything when none is set', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('combine opleiding, status, scheme and province', () => {
    expect(ids({ opleiding: 'facilitair' })).toEqual(['b']);
    expect(ids({ province: 'PV21' })).toEqual(['b', 'c']);
    expect(ids({ province: 'PV21', status: 'forming' })).toEqual(['c']);
    expect(ids({ scheme: 'top', opleiding: 'groen' })).toEqual([]);
  });

  it('list the ended partnerships after the current ones, each in the order given', () => {
    const withEnded = [
      row({ id: 'almelo', name: 'Facilitair & Groen Samen Almelo', status: 'ended' }),
      row({ id: 'bilt', name: 'Facilitair & Groen Samen De Bilt', status: 'forming' }),
      row({ id: 'assen', name: 'Groen Samen Assen', status: 'ended' }),
      row({ id: 'zeist', name: 'Groen Samen Zeist', status: 'active' }),
    ];
    expect(filterDirectory(withEnded, none).map((r) => r.id)).toEqual([
      'bilt',
      'zeist',
      'almelo',
      'assen',
    ]);
  });

  it('find a name or place whatever the case and accents', () => {
    expect(ids({ name: 'fryslan' })).toEqual(['c']);
    expect(ids({ name: '  LEEUW ' })).toEqual(['b']);
    expect(ids({ name: 'sneek' })).toEqual(['c']);
  });
});

describe('groups that can start', () => {
  it('count whole groups of 10 only', () => {
    expect([0, 9, 10, 19, 20, 31].map(groupsPossible)).toEqual([0, 0, 1, 1, 2, 3]);
  });
});
