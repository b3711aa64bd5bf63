import { useTranslation } from 'react-i18next';
import { COVERAGE_FILL } from '../../../map/layers/provinces';
import { STATUSES } from '../stores/coverage-params';

/** What the province colours mean on the coverage board; the map also writes the status. */
export function CoverageLegend() {
  const { t } = useTranslation();
  return (
    <section className="map-legend" aria-labelledby="coverage-legend-heading">
      <h3 id="coverage-legend-heading">{t('coverage.legend')}</h3>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <span
              className="swatch-square"
              style={{ background: COVERAGE_FILL[status] }}
              aria-hidden="true"
            />
            {t(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="swatch swatch-medium unmatched-ring" aria-hidden="true" />
          {t('coverage.legendUnmatched')}
        </li>
      </ul>
    </section>
  );
}
