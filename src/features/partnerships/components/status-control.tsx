import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataError, errorMessageKey } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { PartnershipPageRow } from '../../../data/schemas';
import type { RuleOutcome } from '../../../domain/schemes/rules';
import { STATUS_STEPS, rulesFor } from '../../../domain/schemes/status';
import type { PartnershipStatus } from '../../../domain/vocabulary';
import { todayIso } from '../../../lib/dates';
import { useSetStatus } from '../api/partnership-queries';
import { ruleSentence } from '../rule-sentence';
import { StopGroup } from './stop-group';

/**
 * The next steps of the partnership's status. The database decides (one function, the same
 * rules): a refusal lists the rules that still fail, in plain Dutch. A group that never started
 * can also stop.
 */
export function StatusControl({
  page,
  outcomes,
}: {
  page: PartnershipPageRow;
  outcomes: RuleOutcome[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const setStatus = useSetStatus();
  const [day, setDay] = useState(todayIso());
  const [target, setTarget] = useState<PartnershipStatus | null>(null);
  const [done, setDone] = useState<PartnershipStatus | null>(null);
  // A group that never started stops on its own, asked once more (StopGroup); a running one
  // ends here, with its end date.
  const stopsBeforeStart = page.status === 'seeking' || page.status === 'forming';
  const steps = STATUS_STEPS[page.status].filter((s) => !(stopsBeforeStart && s === 'ended'));
  const busy = useWriteLabel(setStatus.isPending, t('verband.saving'), '', t('verband.dbStarting'));
  if (!steps.length) return null;
  const needsDay = steps.some((s) => s === 'active' || s === 'ended');
  const refusedIds =
    setStatus.error instanceof DataError && setStatus.error.code === 'rules_failed'
      ? (setStatus.error.detail ?? '').split(',')
      : null;
  const refused = refusedIds ? outcomes.filter((o) => refusedIds.includes(o.rule.id)) : [];
  const toStart = rulesFor('active', outcomes).filter((o) => !o.passed);

  return (
    <section aria-labelledby={`${id}-heading`} className="status-control">
      <h3 id={`${id}-heading`}>{t('verband.statusHeading')}</h3>
      {steps.includes('active') && toStart.length ? (
        <p className="hint" id={`${id}-hint`}>
          {t('verband.beforeStart', { count: toStart.length })}
        </p>
      ) : null}
      {needsDay ? (
        <div className="field">
          <label htmlFor={`${id}-day`}>
            {t(steps.includes('ended') ? 'verband.endDay' : 'verband.startDay')}
          </label>
          <input
            id={`${id}-day`}
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        </div>
      ) : null}
      <div className="card-actions">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={step === 'active' ? 'primary' : 'secondary'}
            aria-disabled={setStatus.isPending || undefined}
            aria-describedby={step === 'active' && toStart.length ? `${id}-hint` : undefined}
            onClick={() => {
              if (setStatus.isPending) return;
              setTarget(step);
              setDone(null);
              setStatus.mutate(
                { partnership: page.id, status: step, on_day: day || todayIso() },
                { onSuccess: () => setDone(step) },
              );
            }}
          >
            {setStatus.isPending && target === step ? busy : t(`verband.step_${step}`)}
          </button>
        ))}
      </div>
      {stopsBeforeStart ? <StopGroup page={page} /> : null}
      {done ? (
        <p role="status">{t('verband.statusChanged', { status: t(`status.${done}`) })}</p>
      ) : null}
      {setStatus.error ? (
        <div role="alert" className="field-error">
          <p>
            {refusedIds
              ? t('verband.refused', { status: t(`status.${target ?? 'active'}`) })
              : t(errorMessageKey(setStatus.error))}
          </p>
          {refused.length ? (
            <ul>
              {refused.map((o) => (
                <li key={o.rule.id}>{ruleSentence(t, o)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
