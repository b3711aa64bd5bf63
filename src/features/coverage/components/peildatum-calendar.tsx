import { useTranslation } from 'react-i18next';
import { DayPicker } from 'react-day-picker';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';

const isoDay = (date: Date) => format(date, 'yyyy-MM-dd');
const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);

/**
 * A month calendar for the peildatum in the app's language (not the browser's): weeks from
 * Monday, days after today and before the history starts cannot be chosen, arrow keys move
 * between days (Escape is the field's). Loaded only when opened.
 */
export default function PeildatumCalendar({
  id,
  selected,
  earliest,
  onPick,
}: {
  id: string;
  selected: string | null;
  earliest: string;
  onPick: (iso: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const today = new Date();
  const first = dayOf(earliest);
  const chosen = selected ? dayOf(selected) : undefined;
  const spoken = (date: Date) =>
    date.toLocaleDateString(english ? 'en-GB' : 'nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });

  return (
    <div id={id} className="calendar" role="group" aria-label={t('coverage.calendarLabel')}>
      <DayPicker
        mode="single"
        selected={chosen}
        onSelect={(date) => date && onPick(isoDay(date))}
        locale={english ? enGB : nl}
        weekStartsOn={1}
        defaultMonth={chosen ?? today}
        startMonth={first}
        endMonth={today}
        disabled={[{ after: today }, { before: first }]}
        autoFocus
        labels={{
          labelPrevious: () => t('coverage.calendarPrevious'),
          labelNext: () => t('coverage.calendarNext'),
          labelDayButton: (date, modifiers) =>
            [
              modifiers.today ? t('coverage.calendarToday') : null,
              spoken(date),
              modifiers.selected ? t('coverage.calendarChosen') : null,
            ]
              .filter(Boolean)
              .join(', '),
        }}
      />
    </div>
  );
}
