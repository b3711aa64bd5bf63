import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { errorMessageKey, invalidField } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { PartnershipPageRow } from '../../../data/schemas';
import { todayIso } from '../../../lib/dates';
import { useSetStatus } from '../api/partnership-queries';
import { useFormatDay } from '../hooks/use-format-day';

/**
 * Stops a group that never started (seeking or forming): asked once more, with the day it
 * stopped, never before the day it was formed. Ended is final, so the coverage board can rely
 * on it.
 */
export function StopGroup({ page }: { page: PartnershipPageRow }) {
  const { t } = useTranslation();
  const id = useId();
  const formatDay = useFormatDay();
  const setStatus = useSetStatus();
  const busy = useWriteLabel(setStatus.isPending, t('verband.saving'), '', t('verband.dbStarting'));
  const [asking, setAsking] = useState(false);
  const [day, setDay] = useState(todayIso());
  const [dayError, setDayError] = useState<string | null>(null);
  // Focus follows the question: to the day when it opens, back to the button when it closes.
  const dayInput = useRef<HTMLInputElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (asking) dayInput.current?.focus();
    else if (opened.current) stopButton.current?.focus();
    opened.current ||= asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={stopButton} type="button" className="secondary" onClick={() => setAsking(true)}>
        {t('verband.stop')}
      </button>
    );
  }

  const tooEarly = () => t('verband.stopDayTooEarly', { day: formatDay(page.formed_on) });
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (setStatus.isPending) return;
    const problem = !day ? t('verband.stopDayMissing') : day < page.formed_on ? tooEarly() : null;
    setDayError(problem);
    if (problem) return;
    setStatus.mutate(
      { partnership: page.id, status: 'ended', on_day: day },
      {
        onError: (error) => {
          if (invalidField(error) === 'on_day') setDayError(tooEarly());
        },
      },
    );
  };
  const otherError =
    setStatus.error && invalidField(setStatus.error) !== 'on_day' ? setStatus.error : null;

  return (
    <form noValidate onSubmit={send} className="stop-group" aria-label={t('verband.stop')}>
      <p>{t('verband.stopExplain')}</p>
      <Field id={`${id}-day`} label={t('verband.stopDay')} error={dayError}>
        {(control) => (
          <input
            {...control}
            ref={dayInput}
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        )}
      </Field>
      <div className="card-actions">
        <button type="submit" className="primary" aria-disabled={setStatus.isPending || undefined}>
          {setStatus.isPending ? busy : t('verband.stopConfirm')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setAsking(false);
            setDayError(null);
            setStatus.reset();
          }}
        >
          {t('form.cancel')}
        </button>
      </div>
      {otherError ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(otherError))}
        </p>
      ) : null}
    </form>
  );
}
