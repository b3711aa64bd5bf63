import { useTranslation } from 'react-i18next';
import { GROUP_SIZE } from '../../../domain/cohort';
import { useMap } from '../../../map/map-context';
import type { ReachResult } from '../hooks/use-reach';
import { useFindStore } from '../stores/find-params';

/** "7 van 10": students within mutual reach toward a group, per organisation. */
export function CohortGaugeView({ result }: { result: ReachResult }) {
  const { t } = useTranslation();
  const map = useMap();
  const { opleiding, students } = useFindStore();
  const { gauge, nearest } = result;
  const shown = Math.min(gauge.reachable, GROUP_SIZE);
  const opleidingName = t(`opleiding.${opleiding}`);
  const meetingPlace = nearest
    ? `${nearest.meetingPoint.organisationName}${nearest.meetingPoint.place ? ` (${nearest.meetingPoint.place})` : ''}`
    : '';

  return (
    <section aria-labelledby="gauge-heading" className="gauge">
      <h2 id="gauge-heading" className="panel-heading">
        {t('find.gaugeHeading')}
      </h2>
      <div
        role="meter"
        aria-valuemin={0}
        aria-valuemax={GROUP_SIZE}
        aria-valuenow={shown}
        aria-valuetext={t('find.gaugeLabel', { count: gauge.reachable, opleiding: opleidingName })}
        aria-label={t('find.gaugeHeading')}
        className="gauge-meter"
      >
        <div className="gauge-track" aria-hidden="true">
          {Array.from({ length: GROUP_SIZE }, (_, i) => (
            <span key={i} className={i < shown ? 'gauge-seat filled' : 'gauge-seat'} />
          ))}
        </div>
        <p className="gauge-value">{t('find.gaugeValue', { count: gauge.reachable })}</p>
      </div>
      <p>
        {gauge.feasible
          ? t('find.gaugeFeasible')
          : t('find.gaugeShort', { missing: GROUP_SIZE - gauge.reachable })}
      </p>
      <ul className="gauge-breakdown">
        <li>{t('find.gaugeOwn', { count: students })}</li>
        {gauge.contributions.map((c) => (
          <li key={c.organisationId}>
            {t('find.gaugeOrg', {
              name: c.organisationName,
              count: c.students,
              minutes: Math.round(c.minutes),
            })}
          </li>
        ))}
      </ul>
      {gauge.feasible ? null : (
        <div className="nearest">
          <h3>{t('find.nearestHeading')}</h3>
          {nearest ? (
            <>
              <p>
                {nearest.extraMinutes > 0
                  ? t('find.nearestValue', {
                      place: meetingPlace,
                      count: nearest.students,
                      minutes: Math.round(nearest.minutes),
                      extra: nearest.extraMinutes,
                    })
                  : t('find.nearestWithin', { place: meetingPlace, count: nearest.students })}
              </p>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  map?.flyTo({
                    center: [nearest.meetingPoint.lng, nearest.meetingPoint.lat],
                    zoom: 10,
                  })
                }
              >
                {t('find.showNearest')}
              </button>
            </>
          ) : (
            <p>{t('find.nearestNone', { opleiding: opleidingName })}</p>
          )}
        </div>
      )}
    </section>
  );
}
