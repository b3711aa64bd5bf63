import {
  CARE_SECTORS,
  type AgreementItem,
  type CareSector,
  type Opleiding,
  type PartnershipScheme,
} from '../vocabulary';

// What each scheme asks of a partnership, as data: a rule is a kind (what is measured) with its
// parameters. A new scheme, or a stricter one, is a new list here and the same rows in the
// database's scheme_rules table (a test compares the two); only a new kind of measurement needs
// code, here and in app_private.rule_outcomes.

export const RULE_KINDS = [
  'min_members',
  'group_of_students',
  'agreement_settled',
  'distinct_sectors',
  'regiehouder_member',
  'governance_agreement',
  'all_members_signed',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** The status a rule must pass for: before forming, or before the group starts (active). */
export type RuleGate = 'forming' | 'active';

export interface SchemeRule {
  /** Stable name, the same in the database (a refusal lists these). */
  id: string;
  kind: RuleKind;
  gate: RuleGate;
  /** For counting kinds: how many are needed. */
  min?: number;
  /** For agreement_settled: which agreement. */
  item?: AgreementItem;
}

export const SCHEME_RULES: Record<PartnershipScheme, readonly SchemeRule[]> = {
  brancheopleiding: [
    { id: 'members', kind: 'min_members', gate: 'forming', min: 2 },
    { id: 'group', kind: 'group_of_students', gate: 'active', min: 10 },
    { id: 'applicant', kind: 'agreement_settled', gate: 'active', item: 'subsidieaanvrager' },
    { id: 'location', kind: 'agreement_settled', gate: 'active', item: 'groepslocatie' },
  ],
  top: [
    { id: 'members', kind: 'min_members', gate: 'forming', min: 2 },
    { id: 'sectors', kind: 'distinct_sectors', gate: 'active', min: 4 },
    { id: 'regiehouder', kind: 'regiehouder_member', gate: 'active' },
    { id: 'governance', kind: 'governance_agreement', gate: 'active' },
    { id: 'signed', kind: 'all_members_signed', gate: 'active' },
  ],
};

/** What the rules look at: a partnership's accepted members and what it recorded. */
export interface PartnershipFacts {
  scheme: PartnershipScheme;
  acceptedMembers: number;
  /** Students per opleiding of accepted members who reach the meeting site. */
  students: Partial<Record<Opleiding, number>>;
  /** The care sectors of each accepted member. */
  memberSectors: readonly (readonly CareSector[])[];
  /** Agreements marked settled. */
  settled: readonly AgreementItem[];
  /** The coordinating organisation is an accepted member with the role regiehouder. */
  regiehouderIsMember: boolean;
  /** The day the bestuurlijke overeenkomst was signed, if recorded. */
  governanceSignedOn: string | null;
  /** Accepted members that have not signed the registration form. */
  unsignedMembers: number;
  /** Sectors of organisations in the province that are not members, most common first. */
  sectorsNearby?: readonly CareSector[];
}

export interface RuleOutcome {
  rule: SchemeRule;
  passed: boolean;
  /** How far along: have of need (1 of 1 for yes/no rules). */
  have: number;
  need: number;
  /** group_of_students: the opleiding closest to a group. */
  opleiding?: Opleiding;
  /** distinct_sectors: sectors that would count, nearby ones first. */
  suggestions?: CareSector[];
}

const yesNo = (rule: SchemeRule, passed: boolean): RuleOutcome => ({
  rule,
  passed,
  have: passed ? 1 : 0,
  need: 1,
});

const counted = (rule: SchemeRule, have: number): RuleOutcome => {
  const need = rule.min ?? 1;
  return { rule, passed: have >= need, have, need };
};

function bestOpleiding(students: PartnershipFacts['students']): [Opleiding | undefined, number] {
  let best: [Opleiding | undefined, number] = [undefined, 0];
  for (const [opleiding, count] of Object.entries(students) as [Opleiding, number][]) {
    if (count > best[1]) best = [opleiding, count];
  }
  return best;
}

function evaluateRule(rule: SchemeRule, facts: PartnershipFacts): RuleOutcome {
  switch (rule.kind) {
    case 'min_members':
      return counted(rule, facts.acceptedMembers);
    case 'group_of_students': {
      const [opleiding, students] = bestOpleiding(facts.students);
      return { ...counted(rule, students), ...(opleiding ? { opleiding } : {}) };
    }
    case 'agreement_settled':
      return yesNo(rule, rule.item !== undefined && facts.settled.includes(rule.item));
    case 'distinct_sectors': {
      const present = new Set(facts.memberSectors.flat());
      const outcome = counted(rule, present.size);
      const candidates = [...(facts.sectorsNearby ?? []), ...CARE_SECTORS];
      const suggestions = [...new Set(candidates)].filter((s) => !present.has(s));
      return outcome.passed ? outcome : { ...outcome, suggestions };
    }
    case 'regiehouder_member':
      return yesNo(rule, facts.regiehouderIsMember);
    case 'governance_agreement':
      return yesNo(rule, facts.governanceSignedOn !== null);
    case 'all_members_signed':
      return {
        rule,
        passed: facts.acceptedMembers > 0 && facts.unsignedMembers === 0,
        have: facts.acceptedMembers - facts.unsignedMembers,
        need: facts.acceptedMembers,
      };
  }
}

/** Every rule of the partnership's scheme, in the scheme's order, passed or not. */
export function evaluateRules(facts: PartnershipFacts): RuleOutcome[] {
  return SCHEME_RULES[facts.scheme].map((rule) => evaluateRule(rule, facts));
}
