import { useTranslation } from 'react-i18next';
import { PeildatumField } from './peildatum-field';
import { STATUSES, useCoverageParams } from '../stores/coverage-params';
import { OPLEIDINGEN, type CoverageStatus } from '../../../domain/vocabulary';

/** Date, opleiding and status filters; all of them are in the URL. */
export function CoverageFilters() {
  const { t } = useTranslation();
  const { asOf, opleiding, statuses, update } = useCoverageParams();
  const toggle = (status: CoverageStatus) =>
    update({
      statuses: statuses.includes(status)
        ? statuses.filter((s) => s !== status)
        : [...statuses, status],
    });
  return (
    <section aria-labelledby="filters-heading" className="filters">
      <h2 id="filters-heading" className="panel-heading">
        {t('coverage.filters')}
      </h2>
      <div className="field-grid">
        <PeildatumField asOf={asOf} onChange={(next) => update({ asOf: next })} />
        <div className="field">
          <label htmlFor="coverage-opleiding">{t('coverage.opleiding')}</label>
          <select
            id="coverage-opleiding"
            value={opleiding ?? 'alle'}
            onChange={(e) =>
              update({ opleiding: OPLEIDINGEN.find((o) => o === e.target.value) ?? null })
            }
          >
            <option value="alle">{t('coverage.allOpleidingen')}</option>
            {OPLEIDINGEN.map((o) => (
              <option key={o} value={o}>
                {t(`opleiding.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="status-filter">
        <legend>{t('coverage.statusFilter')}</legend>
        {STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={() => toggle(status)}
            />
            <span className={`status-dot status-${status}`} aria-hidden="true" />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
