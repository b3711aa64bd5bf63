import { useTranslation } from 'react-i18next';
import { GroupCount } from '../../../components/group-count';
import { GROUP_SIZE } from '../../../domain/cohort';
import type { MatchResult } from '../../../domain/matching/types';
import { useFindStore } from '../stores/find-params';

/** How close a group of 10 is, from the best option the list below shows first. */
export function MatchGauge({ result }: { result: MatchResult }) {
  const { t } = useTranslation();
  const { opleiding, students } = useFindStore();
  const { best, gauge } = result;
  const filled = Math.min(gauge.count, GROUP_SIZE);

  return (
    <section aria-labelledby="gauge-heading" className="gauge">
      <h2 id="gauge-heading" className="panel-heading">
        {t('find.gaugeHeading')}
      </h2>
      <div
        role="meter"
        aria-valuemin={0}
        aria-valuemax={GROUP_SIZE}
        aria-valuenow={filled}
        aria-valuetext={t('find.gaugeLabel', {
          count: gauge.count,
          opleiding: t(`opleiding.${opleiding}`),
        })}
        aria-label={t('find.gaugeHeading')}
        className="gauge-meter"
      >
        <div className="gauge-track" aria-hidden="true">
          {Array.from({ length: GROUP_SIZE }, (_, i) => (
            <span key={i} className={i < filled ? 'gauge-seat filled' : 'gauge-seat'} />
          ))}
        </div>
        <p className="gauge-value">
          <GroupCount total={gauge.count} />
        </p>
      </div>
      <p>
        {best?.kind === 'join'
          ? t('find.gaugeFromJoin', { partnership: best.partnership.name })
          : best?.kind === 'new'
            ? t('find.gaugeFromNew', { place: best.meetingPoint.place })
            : t('find.gaugeAlone')}
      </p>
      {best ? (
        <ul className="gauge-breakdown">
          <li>{t('find.own', { count: students })}</li>
          {best.kind === 'join' ? (
            <li>{t('find.inPartnership', { name: best.partnership.name, count: best.current })}</li>
          ) : (
            best.others.map((c) => (
              <li key={c.organisationId}>
                {t('find.other', {
                  name: c.organisationName,
                  count: c.students,
                  minutes: Math.round(c.minutes),
                })}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </section>
  );
}
