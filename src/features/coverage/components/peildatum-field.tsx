import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_PEILDATUM, dayInputText, parseDayInput, type DayInput } from '../../../lib/dates';

// The calendar and its library load when someone opens it.
const PeildatumCalendar = lazy(() => import('./peildatum-calendar'));

type Problem = Extract<DayInput, { ok: false }>['reason'];

/**
 * The peildatum as Dutch forms write it (31-12-2022), whatever the browser's own date format.
 * Checked when the field is left or Enter is pressed: a day that does not exist, lies in the
 * future or before the history starts gets a message next to the field, keeps what was typed,
 * and leaves the view (and the link) as it was.
 */
export function PeildatumField({
  asOf,
  onChange,
}: {
  asOf: string | null;
  onChange: (asOf: string | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dayInputText(asOf));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const calendarButton = useRef<HTMLButtonElement>(null);
  // A new day from elsewhere (the back button, a link) replaces the text.
  const [shown, setShown] = useState(asOf);
  if (shown !== asOf) {
    setShown(asOf);
    setText(dayInputText(asOf));
    setProblem(null);
  }

  const commit = () => {
    const result = parseDayInput(text, new Date());
    if (!result.ok) return setProblem(result.reason);
    setProblem(null);
    if (result.iso !== asOf) onChange(result.iso);
    else setText(dayInputText(asOf));
  };

  return (
    // Escape closes the calendar from inside it or from its button.
    <div
      className="field"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !calendarOpen) return;
        event.preventDefault();
        setCalendarOpen(false);
        calendarButton.current?.focus();
      }}
    >
      <label htmlFor="coverage-date">{t('coverage.date')}</label>
      <p id="coverage-date-hint" className="hint">
        {t('coverage.dateHint')}
      </p>
      {problem ? (
        <p id="coverage-date-error" className="field-error">
          {t(`coverage.dateError_${problem}`)}
        </p>
      ) : null}
      <div className="date-input-row">
        <input
          id="coverage-date"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={
            problem ? 'coverage-date-hint coverage-date-error' : 'coverage-date-hint'
          }
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
        <button
          ref={calendarButton}
          type="button"
          className="secondary"
          aria-expanded={calendarOpen}
          aria-controls="coverage-date-calendar"
          onClick={() => setCalendarOpen((open) => !open)}
        >
          {t('coverage.calendarOpen')}
        </button>
      </div>
      {calendarOpen ? (
        <Suspense fallback={null}>
          <PeildatumCalendar
            id="coverage-date-calendar"
            selected={asOf}
            earliest={FIRST_PEILDATUM}
            onPick={(iso) => {
              setCalendarOpen(false);
              setProblem(null);
              setText(dayInputText(iso));
              if (iso !== asOf) onChange(iso);
              calendarButton.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
