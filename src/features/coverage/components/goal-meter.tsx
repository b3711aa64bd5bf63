import { useTranslation } from 'react-i18next';
import type { useCoverageView } from '../hooks/use-coverage-view';
import { useCoverageParams } from '../stores/coverage-params';
import { OPLEIDINGEN } from '../../../domain/vocabulary';

type View = NonNullable<ReturnType<typeof useCoverageView>>;

/** The national goal at a glance: provinces covered, and students toward the 500 places. */
export function GoalMeter({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const { asOf, opleiding } = useCoverageParams();
  const date = asOf
    ? new Date(`${asOf}T12:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')
    : t('coverage.today');
  return (
    <section aria-labelledby="goal-heading" className="goal">
      <h2 id="goal-heading" className="goal-text">
        {t('coverage.goal', { count: view.activeProvinces })}
        {opleiding
          ? ` ${t('coverage.goalForOpleiding', { opleiding: t(`opleiding.${opleiding}`) })}`
          : ''}
      </h2>
      <div
        role="meter"
        aria-label={t('coverage.goalLabel')}
        aria-valuemin={0}
        aria-valuemax={12}
        aria-valuenow={view.activeProvinces}
        aria-valuetext={t('coverage.goal', { count: view.activeProvinces })}
        className="goal-track"
      >
        {view.board.map((row) => (
          <span key={row.code} className={`goal-cell status-${row.status}`} aria-hidden="true" />
        ))}
      </div>
      <p className="muted">{t('coverage.asOf', { date })}</p>
      <p>
        {t('coverage.places', {
          count: view.totalStudents,
          groups: Math.floor(view.totalStudents / 10),
        })}
      </p>
      <ul className="inline-list">
        {OPLEIDINGEN.filter((o) => !opleiding || o === opleiding).map((o) => (
          <li key={o}>
            {t('coverage.placesPer', { opleiding: t(`opleiding.${o}`), count: view.students[o] })}
          </li>
        ))}
      </ul>
    </section>
  );
}
