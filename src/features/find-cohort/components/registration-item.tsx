import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { MyRegistration } from '../../../data/schemas';
import { TRAVEL_MODES, type SeekerIntent, type TravelMode } from '../../../domain/vocabulary';
import { dayOrToday, formatDay } from '../../../lib/dates';
import { useUpdateRegistration, useWithdrawRegistration } from '../api/mine';

/** One registration: what, where, its status and answer; change or withdraw it while open. */
export function RegistrationItem({ registration: r }: { registration: MyRegistration }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'withdraw'>('view');
  const withdraw = useWithdrawRegistration();
  const when = dayOrToday(r.created_at);
  const headingId = `registration-${r.registration_id}`;

  return (
    <li className="mine-item">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>
          {t('mine.registrationTitle', {
            opleiding: t(`opleiding.${r.opleiding}`),
            site: r.site_name,
            place: r.place,
          })}
        </h4>
        <p className="item-meta">
          {t(`mine.status_${r.status}`)} ·{' '}
          {when.today
            ? t('mine.registeredToday')
            : t('mine.registeredOn', { date: formatDay(when.date, i18n.language) })}{' '}
          ·{' '}
          {r.routed_to_name ? t('mine.routedTo', { name: r.routed_to_name }) : t('mine.routedAvz')}
        </p>
        <p>
          {t('mine.numbers', {
            count: r.student_count,
            minutes: r.max_minutes,
            mode: t(`mode.${r.travel_mode}`),
          })}
        </p>
        {r.answer_note ? (
          <p className="muted">{t('mine.answer', { note: r.answer_note })}</p>
        ) : null}
        {r.status === 'open' && mode === 'view' ? (
          <div className="card-actions">
            <button type="button" className="secondary" onClick={() => setMode('edit')}>
              {t('mine.change')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('withdraw')}>
              {t('mine.withdraw')}
            </button>
          </div>
        ) : null}
        {mode === 'edit' ? <EditNumbers registration={r} onDone={() => setMode('view')} /> : null}
        {mode === 'withdraw' ? (
          <div className="confirm-box" role="group" aria-label={t('mine.withdrawConfirm')}>
            <p>{t('mine.withdrawConfirm')}</p>
            <div className="card-actions">
              <button
                type="button"
                className="primary"
                aria-disabled={withdraw.isPending || undefined}
                onClick={() =>
                  !withdraw.isPending &&
                  withdraw.mutate(
                    { registration: r.registration_id },
                    { onSuccess: () => setMode('view') },
                  )
                }
              >
                {t('mine.withdrawYes')}
              </button>
              <button type="button" className="secondary" onClick={() => setMode('view')}>
                {t('find.cancel')}
              </button>
            </div>
            {withdraw.error ? (
              <p role="alert" className="field-error">
                {t(errorMessageKey(withdraw.error))}
              </p>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

function EditNumbers({
  registration: r,
  onDone,
}: {
  registration: MyRegistration;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateRegistration();
  const [students, setStudents] = useState(String(r.student_count));
  const [minutes, setMinutes] = useState(String(r.max_minutes));
  const [travel, setTravel] = useState<TravelMode>(r.travel_mode);
  const [intent, setIntent] = useState<SeekerIntent>(r.intent);
  const [errors, setErrors] = useState<{ students?: boolean; minutes?: boolean }>({});
  const id = (field: string) => `edit-${r.registration_id}-${field}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const s = Number(students);
    const m = Number(minutes);
    const next = {
      students: !(Number.isInteger(s) && s >= 1 && s <= 50),
      minutes: !(Number.isInteger(m) && m >= 5 && m <= 90),
    };
    setErrors(next);
    if (next.students || next.minutes) return;
    update.mutate(
      {
        registration: r.registration_id,
        student_count: s,
        travel_mode: travel,
        max_minutes: m,
        intent,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="edit-registration" noValidate onSubmit={submit}>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={id('students')}>{t('find.students')}</label>
          <input
            id={id('students')}
            type="number"
            inputMode="numeric"
            value={students}
            aria-invalid={errors.students || undefined}
            aria-describedby={errors.students ? `${id('students')}-error` : undefined}
            onChange={(e) => setStudents(e.target.value)}
          />
          {errors.students ? (
            <p id={`${id('students')}-error`} className="field-error">
              {t('mine.studentsError')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={id('minutes')}>{t('find.minutes')}</label>
          <input
            id={id('minutes')}
            type="number"
            inputMode="numeric"
            value={minutes}
            aria-invalid={errors.minutes || undefined}
            aria-describedby={errors.minutes ? `${id('minutes')}-error` : undefined}
            onChange={(e) => setMinutes(e.target.value)}
          />
          {errors.minutes ? (
            <p id={`${id('minutes')}-error`} className="field-error">
              {t('find.minutesError')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={id('mode')}>{t('find.mode')}</label>
          <select
            id={id('mode')}
            value={travel}
            onChange={(e) => setTravel(e.target.value as TravelMode)}
          >
            {TRAVEL_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`modeChoice.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('intent')}>{t('find.intentLegend')}</label>
          <select
            id={id('intent')}
            value={intent}
            onChange={(e) => setIntent(e.target.value as SeekerIntent)}
          >
            <option value="join">{t('find.intentJoin')}</option>
            <option value="found">{t('find.intentFound')}</option>
          </select>
        </div>
      </div>
      <div className="card-actions">
        <button type="submit" className="primary" aria-disabled={update.isPending || undefined}>
          {t('mine.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('find.cancel')}
        </button>
      </div>
      {update.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(update.error))}
        </p>
      ) : null}
    </form>
  );
}
