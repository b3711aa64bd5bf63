import { useTranslation } from 'react-i18next';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { readiness } from '../../../domain/schemes/readiness';
import type { RuleOutcome } from '../../../domain/schemes/rules';
import { ruleSentence, ruleTitle } from '../rule-sentence';

/**
 * In one look: is the group ready to start, and if not, what is still missing — the scheme's
 * rules, each passed or not with what to do next, and the agreements settled.
 */
export function ReadinessSummary({
  page,
  workspace,
  outcomes,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
  outcomes: RuleOutcome[];
}) {
  const { t } = useTranslation();
  const state = readiness(workspace.agreements, outcomes);
  const open = state.rules - state.passed + (state.agreements - state.settled);
  return (
    <section aria-labelledby="readiness-heading" className="readiness">
      <h3 id="readiness-heading">{t('verband.readinessHeading')}</h3>
      <p className={state.ready ? 'readiness-verdict ready' : 'readiness-verdict'}>
        {page.status === 'ended'
          ? t('verband.verdictEnded')
          : page.status === 'active'
            ? state.passed === state.rules
              ? t('verband.verdictActive')
              : t('verband.verdictActiveWarning', { count: state.rules - state.passed })
            : state.ready
              ? t('verband.verdictReady')
              : t('verband.verdictMissing', { count: open })}
      </p>
      <meter
        min={0}
        max={1}
        value={state.share}
        aria-label={t('verband.readinessMeter')}
        aria-valuetext={t('verband.readinessValue', {
          passed: state.passed,
          rules: state.rules,
          settled: state.settled,
          agreements: state.agreements,
        })}
      />
      <p className="hint">
        {t('verband.readinessValue', {
          passed: state.passed,
          rules: state.rules,
          settled: state.settled,
          agreements: state.agreements,
        })}
      </p>
      <h4 id="rules-heading">
        {t('verband.rulesHeading', { scheme: t(`network.scheme_${page.scheme}`) })}
      </h4>
      <ul className="rule-list" aria-labelledby="rules-heading">
        {outcomes.map((o) => (
          <li key={o.rule.id} className={o.passed ? 'rule passed' : 'rule failed'}>
            <span className="rule-mark" aria-hidden="true">
              {o.passed ? '✓' : '✗'}
            </span>
            <span>
              <strong>{ruleTitle(t, o)}</strong>{' '}
              <span className="visually-hidden">
                {o.passed ? t('verband.passed') : t('verband.notPassed')}
              </span>
              <br />
              {ruleSentence(t, o)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
