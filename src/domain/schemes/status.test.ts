import { describe, expect, it } from 'vitest';
import { evaluateRules, type PartnershipFacts } from './rules';
import { checkStatusChange } from './status';

const facts: PartnershipFacts = {
  scheme: 'brancheopleiding',
  acceptedMembers: 2,
  students: { groen: 7 },
  memberSectors: [],
  settled: ['subsidieaanvrager', 'groepslocatie'],
  regiehouderIsMember: true,
  governanceSignedOn: null,
  unsignedMembers: 2,
};

describe('the status guard', () => {
  it('allows only the steps of the life cycle', () => {
    const all = evaluateRules({ ...facts, students: { groen: 12 } });
    expect(checkStatusChange('seeking', 'active', all)).toEqual({
      allowed: false,
      reason: 'not_a_step',
    });
    expect(checkStatusChange('ended', 'active', all).allowed).toBe(false);
    expect(checkStatusChange('active', 'forming', all).allowed).toBe(false);
    expect(checkStatusChange('forming', 'active', all)).toEqual({ allowed: true });
    expect(checkStatusChange('active', 'ended', all)).toEqual({ allowed: true });
    expect(checkStatusChange('forming', 'seeking', all)).toEqual({ allowed: true });
  });

  it('lets a group that never started stop, whatever rules it fails', () => {
    const alone = evaluateRules({ ...facts, acceptedMembers: 1, settled: [] });
    expect(checkStatusChange('forming', 'ended', alone)).toEqual({ allowed: true });
    expect(checkStatusChange('seeking', 'ended', alone)).toEqual({ allowed: true });
  });

  it('refuses to start the group with the rules that fail', () => {
    const check = checkStatusChange('forming', 'active', evaluateRules(facts));
    expect(check.allowed).toBe(false);
    expect(check.allowed === false && check.reason === 'rules' && check.failing).toEqual([
      expect.objectContaining({ rule: expect.objectContaining({ id: 'group' }), have: 7 }),
    ]);
  });

  it('lets a seeking partnership form once it has two members, whatever else is missing', () => {
    const outcomes = evaluateRules({ ...facts, settled: [] });
    expect(checkStatusChange('seeking', 'forming', outcomes)).toEqual({ allowed: true });
    const alone = evaluateRules({ ...facts, acceptedMembers: 1 });
    expect(checkStatusChange('seeking', 'forming', alone)).toMatchObject({
      allowed: false,
      failing: [expect.objectContaining({ rule: expect.objectContaining({ id: 'members' }) })],
    });
  });
});
