import { describe, expect, it } from 'vitest';
import type { PartnershipPageRow, WorkspaceRow } from '../../data/schemas';
import { subsidyPack } from './subsidy-pack';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const page = {
  name: 'Groen & Facilitair Samen Zeist',
  opleidingen: ['groen', 'facilitair'],
  students: { groen: 23, facilitair: 9 },
  members: [
    {
      organisation_id: A,
      name: '=Zorg A',
      kind: 'kleine_aanbieder',
      sectors: [],
      role: 'regiehouder',
    },
    {
      membership_id: B,
      organisation_id: B,
      name: 'Zorg B',
      kind: 'kleine_aanbieder',
      sectors: [],
      role: 'lid',
    },
  ],
} as unknown as PartnershipPageRow;
const workspace = {
  agreements: [
    { item: 'subsidieaanvrager', responsible_org_id: B, done: true, note: null, sites: [] },
    { item: 'trainers', responsible_org_id: A, done: false, note: 'Vraagt na', sites: [] },
  ],
  material_access_on: '2027-09-01',
  completed_on: null,
} as unknown as WorkspaceRow;

describe('the subsidy pack', () => {
  it('pays per opleiding for whole groups of 10 only', () => {
    const pack = subsidyPack(page, workspace);
    expect(pack.groups).toEqual([
      { opleiding: 'groen', students: 20, groups: 2, cents: 4_062_220 },
      { opleiding: 'facilitair', students: 0, groups: 0, cents: 0 },
    ]);
    expect(pack.totalCents).toBe(4_062_220);
  });

  it('names the applicant and the providers, and says what is still missing', () => {
    const pack = subsidyPack(page, workspace);
    expect(pack.applicant).toBe('Zorg B');
    expect(pack.providers).toEqual(['=Zorg A', 'Zorg B']);
    expect(pack.missing).toEqual(['completed']);
    const unsettled = {
      ...workspace,
      agreements: [{ ...workspace.agreements[0]!, done: false }],
    };
    expect(subsidyPack(page, unsettled).missing).toEqual(['applicant', 'completed']);
  });
});
