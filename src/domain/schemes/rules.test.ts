import { describe, expect, it } from 'vitest';
import { evaluateRules, SCHEME_RULES, type PartnershipFacts } from './rules';

const branche: PartnershipFacts = {
  scheme: 'brancheopleiding',
  acceptedMembers: 3,
  students: { groen: 10, logistiek: 4 },
  memberSectors: [['gehandicaptenzorg'], ['gehandicaptenzorg']],
  settled: ['subsidieaanvrager', 'groepslocatie'],
  regiehouderIsMember: true,
  governanceSignedOn: null,
  unsignedMembers: 3,
};

const top: PartnershipFacts = {
  scheme: 'top',
  acceptedMembers: 3,
  students: {},
  memberSectors: [
    ['gehandicaptenzorg', 'jeugdzorg'],
    ['ouderenzorg'],
    ['basis-ggz', 'gehandicaptenzorg'],
  ],
  settled: [],
  regiehouderIsMember: true,
  governanceSignedOn: '2026-01-10',
  unsignedMembers: 0,
};

const outcome = (facts: PartnershipFacts, id: string) =>
  evaluateRules(facts).find((o) => o.rule.id === id)!;

describe('brancheopleiding rules', () => {
  it('pass with a group of 10 in one opleiding, an applicant and a location', () => {
    expect(evaluateRules(branche).every((o) => o.passed)).toBe(true);
    expect(outcome(branche, 'group')).toMatchObject({ have: 10, need: 10, opleiding: 'groen' });
  });

  it('do not add students of different opleidingen into one group', () => {
    const facts = { ...branche, students: { groen: 6, facilitair: 5, logistiek: 4 } };
    expect(outcome(facts, 'group')).toMatchObject({
      passed: false,
      have: 6,
      need: 10,
      opleiding: 'groen',
    });
  });

  it('fail without a subsidy applicant or a group location', () => {
    const facts = { ...branche, settled: ['trainers', 'werkbegeleiders'] as const };
    expect(outcome(facts, 'applicant').passed).toBe(false);
    expect(outcome(facts, 'location').passed).toBe(false);
  });

  it('need two members before forming', () => {
    expect(outcome({ ...branche, acceptedMembers: 1 }, 'members')).toMatchObject({
      passed: false,
      have: 1,
      need: 2,
    });
  });
});

describe('TOP rules', () => {
  it('count distinct sectors across members and pass at four', () => {
    expect(outcome(top, 'sectors')).toMatchObject({ passed: true, have: 4, need: 4 });
  });

  it('suggest missing sectors, those nearby first', () => {
    const three = { ...top, memberSectors: [['gehandicaptenzorg'], ['jeugdzorg', 'ouderenzorg']] };
    const plain = outcome(three as PartnershipFacts, 'sectors');
    expect(plain).toMatchObject({ passed: false, have: 3, need: 4 });
    expect(plain.suggestions?.slice(0, 2)).toEqual(['basis-ggz', 'specialistische ggz']);
    const nearby = outcome(
      { ...(three as PartnershipFacts), sectorsNearby: ['jeugdzorg', 'revalidatie'] },
      'sectors',
    );
    expect(nearby.suggestions?.slice(0, 2)).toEqual(['revalidatie', 'basis-ggz']);
  });

  it('need a regiehouder that is a member, a governance agreement and every signature', () => {
    expect(outcome({ ...top, regiehouderIsMember: false }, 'regiehouder').passed).toBe(false);
    expect(outcome({ ...top, governanceSignedOn: null }, 'governance').passed).toBe(false);
    expect(outcome({ ...top, unsignedMembers: 1 }, 'signed')).toMatchObject({
      passed: false,
      have: 2,
      need: 3,
    });
    expect(evaluateRules(top).every((o) => o.passed)).toBe(true);
  });

  it('do not count signatures of a partnership without members as complete', () => {
    expect(outcome({ ...top, acceptedMembers: 0, unsignedMembers: 0 }, 'signed').passed).toBe(
      false,
    );
  });
});

describe('the rules table', () => {
  it('gives every rule a unique id within its scheme and the parameters its kind needs', () => {
    for (const rules of Object.values(SCHEME_RULES)) {
      expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      for (const rule of rules) {
        if (rule.kind === 'agreement_settled') expect(rule.item).toBeDefined();
        if (['min_members', 'group_of_students', 'distinct_sectors'].includes(rule.kind))
          expect(rule.min).toBeGreaterThan(0);
      }
    }
  });
});
