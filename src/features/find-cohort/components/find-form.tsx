import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reachKm } from '../../../domain/reach';
import { formatKm } from '../../../lib/format-km';
import { MINUTE_RANGE, STUDENT_RANGE, useFindStore, type FindParams } from '../stores/find-params';
import { PlaceSearch } from './place-search';
import { OPLEIDINGEN, TRAVEL_MODES } from '../../../domain/vocabulary';

/** A number field that keeps what was typed and explains a value out of range. */
function NumberField({
  id,
  label,
  hint,
  error,
  value,
  range,
  onValid,
  onValidity,
}: {
  id: string;
  label: string;
  hint: string;
  error: string;
  value: number;
  range: { min: number; max: number };
  onValid: (value: number) => void;
  /** Told whether the text is a valid value, on every change. */
  onValidity: (valid: boolean) => void;
}) {
  const [text, setText] = useState(String(value));
  const n = Number(text);
  const invalid = text.trim() === '' || !Number.isInteger(n) || n < range.min || n > range.max;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          setText(event.target.value);
          const text = event.target.value;
          const next = Number(text);
          const valid =
            text.trim() !== '' && Number.isInteger(next) && next >= range.min && next <= range.max;
          onValidity(valid);
          if (valid) onValid(next);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {invalid ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Where the students are, which course, how many and how far they can travel. */
export function FindForm() {
  const { t, i18n } = useTranslation();
  const params = useFindStore();
  const update = (changes: Partial<FindParams>) => params.update(changes);

  return (
    <form
      className="find-form"
      aria-labelledby="find-form-heading"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="find-form-heading" className="panel-heading">
        {t('find.formHeading')}
      </h2>
      <PlaceSearch
        initial={params.origin?.label ?? ''}
        onPick={(place) =>
          update({ origin: { label: place.label, lat: place.lat, lng: place.lng } })
        }
      />
      <p className="origin-line" aria-live="polite">
        {params.origin ? t('find.startFrom', { place: params.origin.label }) : t('find.noPlace')}
      </p>
      <div className="field-grid">
        <div className="field field-wide">
          <label htmlFor="find-opleiding">{t('find.opleiding')}</label>
          <select
            id="find-opleiding"
            value={params.opleiding}
            onChange={(e) => update({ opleiding: e.target.value as FindParams['opleiding'] })}
          >
            {OPLEIDINGEN.map((o) => (
              <option key={o} value={o}>
                {t(`opleiding.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          id="find-students"
          label={t('find.students')}
          hint={t('find.studentsHint')}
          error={t('find.studentsError')}
          value={params.students}
          range={STUDENT_RANGE}
          onValid={(students) => update({ students })}
          onValidity={(valid) => params.setValidity('students', valid)}
        />
        <div className="field">
          <label htmlFor="find-mode">{t('find.mode')}</label>
          <select
            id="find-mode"
            value={params.mode}
            onChange={(e) => update({ mode: e.target.value as FindParams['mode'] })}
          >
            {TRAVEL_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`modeChoice.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          id="find-minutes"
          label={t('find.minutes')}
          hint={t('find.minutesHint')}
          error={t('find.minutesError')}
          value={params.minutes}
          range={MINUTE_RANGE}
          onValid={(minutes) => update({ minutes })}
          onValidity={(valid) => params.setValidity('minutes', valid)}
        />
      </div>
      <p className="hint">
        {t('find.estimate', {
          minutes: params.minutes,
          mode: t(`mode.${params.mode}`),
          km: formatKm(reachKm({ mode: params.mode, maxMinutes: params.minutes }), i18n.language),
        })}
      </p>
    </form>
  );
}
