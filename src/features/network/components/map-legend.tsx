import { useTranslation } from 'react-i18next';
import { SEEKER_COLOR, SITE_COLOR, STATUS_COLORS } from '../../../map/layers/network';

/** What the points on the map mean, in words as well as colour. */
export function MapLegend() {
  const { t } = useTranslation();
  const statuses = ['active', 'forming', 'seeking', 'ended'] as const;
  return (
    <section className="map-legend" aria-labelledby="legend-points-heading">
      <h3 id="legend-points-heading">{t('network.legendPoints')}</h3>
      <ul>
        {statuses.map((status) => (
          <li key={status}>
            <span
              className="swatch swatch-large"
              style={{ background: STATUS_COLORS[status] }}
              aria-hidden="true"
            />
            {t('network.legendPartnership', { status: t(`status.${status}`).toLowerCase() })}
          </li>
        ))}
        <li>
          <span
            className="swatch swatch-medium"
            style={{ background: SEEKER_COLOR }}
            aria-hidden="true"
          />
          {t('network.legendSeeker')}
        </li>
        <li>
          <span
            className="swatch swatch-small"
            style={{ background: SITE_COLOR }}
            aria-hidden="true"
          />
          {t('network.legendSite')}
        </li>
      </ul>
    </section>
  );
}
