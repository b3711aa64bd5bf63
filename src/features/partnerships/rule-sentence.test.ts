import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import nlJourneys from '../../locales/nl/journeys.json';
import nlStart from '../../locales/nl/start.json';
import { evaluateRules, type PartnershipFacts } from '../../domain/schemes/rules';
import { ruleSentence, ruleTitle } from './rule-sentence';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'nl', resources: { nl: { translation: { ...nlStart, ...nlJourneys } } } });
});

const top: PartnershipFacts = {
  scheme: 'top',
  acceptedMembers: 3,
  students: {},
  memberSectors: [['gehandicaptenzorg'], ['jeugdzorg', 'basis-ggz']],
  settled: [],
  regiehouderIsMember: true,
  governanceSignedOn: null,
  unsignedMembers: 2,
  sectorsNearby: ['ouderenzorg', 'revalidatie', 'jeugdzorg'],
};
const sentence = (facts: PartnershipFacts, id: string) =>
  ruleSentence(
    t.t,
    evaluateRules(facts).find((o) => o.rule.id === id)!,
  );

describe('what the page says about a rule', () => {
  it('names the missing sector with examples from nearby', () => {
    expect(sentence(top, 'sectors')).toBe(
      'Nog 1 sector nodig: bijvoorbeeld ouderenzorg of revalidatie.',
    );
    expect(sentence({ ...top, memberSectors: [['jeugdzorg']] }, 'sectors')).toBe(
      'Nog 3 sectoren nodig: bijvoorbeeld ouderenzorg of revalidatie.',
    );
  });

  it('counts the students still needed in the opleiding closest to a group', () => {
    const branche: PartnershipFacts = {
      ...top,
      scheme: 'brancheopleiding',
      students: { facilitair: 6, groen: 5 },
    };
    expect(sentence(branche, 'group')).toMatch(
      /^Nog 4 deelnemers nodig voor Assistent facilitair \(nu 6 van 10\)/,
    );
    expect(sentence({ ...branche, students: { groen: 9 } }, 'group')).toMatch(
      /^Nog 1 deelnemer nodig voor Assistent groen/,
    );
    expect(sentence({ ...branche, students: {} }, 'group')).toMatch(/^Nog geen deelnemers/);
  });

  it('says how many signatures are missing, and titles each rule', () => {
    expect(sentence(top, 'signed')).toBe('Nog 2 van de 3 leden moeten de aanmelding tekenen.');
    const titles = evaluateRules(top).map((o) => ruleTitle(t.t, o));
    expect(titles).toEqual([
      'Minstens 2 leden',
      'Minstens 4 verschillende sectoren',
      'Een regiehouder die lid is',
      'Bestuurlijke overeenkomst getekend',
      'Aanmelding getekend door alle leden',
    ]);
  });
});
