import type { TFunction } from 'i18next';
import type { RuleOutcome } from '../../domain/schemes/rules';

/** The rule's name, as the checklist lists it. */
export const ruleTitle = (t: TFunction, o: RuleOutcome): string =>
  o.rule.kind === 'agreement_settled'
    ? t(`verband.ruleTitle.agreement_${o.rule.item ?? 'subsidieaanvrager'}`)
    : t(`verband.ruleTitle.${o.rule.kind}`, { count: o.need });

/** Where the partnership stands on the rule, and for a failing one what to do next. */
export function ruleSentence(t: TFunction, o: RuleOutcome): string {
  const missing = Math.max(o.need - o.have, 0);
  switch (o.rule.kind) {
    case 'min_members':
      return o.passed
        ? t('verband.rule.members_ok', { count: o.have })
        : t('verband.rule.members_missing', { count: missing });
    case 'group_of_students': {
      if (o.have === 0) return t('verband.rule.group_none');
      const opleiding = o.opleiding ? t(`opleiding.${o.opleiding}`) : '';
      return o.passed
        ? t('verband.rule.group_ok', { count: o.have, opleiding })
        : t('verband.rule.group_missing', { count: missing, have: o.have, opleiding });
    }
    case 'agreement_settled':
      return t(
        `verband.rule.agreement_${o.passed ? 'ok' : 'missing'}_${o.rule.item ?? 'subsidieaanvrager'}`,
      );
    case 'distinct_sectors': {
      if (o.passed) return t('verband.rule.sectors_ok', { count: o.have });
      const examples = (o.suggestions ?? []).slice(0, 2).map((s) => t(`sector.${s}`));
      return t('verband.rule.sectors_missing', {
        count: missing,
        examples: examples.join(` ${t('verband.or')} `),
      });
    }
    case 'regiehouder_member':
      return t(`verband.rule.regiehouder_${o.passed ? 'ok' : 'missing'}`);
    case 'governance_agreement':
      return t(`verband.rule.governance_${o.passed ? 'ok' : 'missing'}`);
    case 'all_members_signed':
      return o.passed
        ? t('verband.rule.signed_ok')
        : t('verband.rule.signed_missing', { count: missing, need: o.need });
  }
}
