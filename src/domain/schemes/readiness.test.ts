import { describe, expect, it } from 'vitest';
import { AGREEMENT_ITEMS } from '../vocabulary';
import { readiness } from './readiness';
import { evaluateRules } from './rules';

const outcomes = evaluateRules({
  scheme: 'brancheopleiding',
  acceptedMembers: 3,
  students: { facilitair: 11 },
  memberSectors: [],
  settled: ['subsidieaanvrager', 'groepslocatie'],
  regiehouderIsMember: true,
  governanceSignedOn: null,
  unsignedMembers: 0,
});

describe('readiness', () => {
  it('is complete only with every agreement settled and every rule passed', () => {
    const all = AGREEMENT_ITEMS.map((item) => ({ item, done: true }));
    expect(readiness(all, outcomes)).toMatchObject({
      settled: 5,
      passed: 4,
      ready: true,
      share: 1,
    });
    const one = all.map((a) => (a.item === 'trainers' ? { ...a, done: false } : a));
    expect(readiness(one, outcomes)).toMatchObject({ settled: 4, ready: false });
    expect(readiness(one, outcomes).share).toBeCloseTo(8 / 9);
  });

  it('counts an agreement not yet written down as not settled', () => {
    expect(readiness([], outcomes)).toMatchObject({ settled: 0, agreements: 5, ready: false });
  });
});
