import { useTranslation } from 'react-i18next';
import { useCoverageTimeline } from '../../../data/queries/coverage';
import { useCoverageParams } from '../stores/coverage-params';

const WIDTH = 300;
const HEIGHT = 90;

/** Provinces covered per quarter since 2021, as a small bar chart with a table alternative. */
export function CoverageTimeline() {
  const { t, i18n } = useTranslation();
  const { asOf } = useCoverageParams();
  const { data } = useCoverageTimeline(asOf);
  if (!data?.length) return null;
  const format = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      month: 'short',
      year: 'numeric',
    });
  const barWidth = WIDTH / data.length;
  const first = data[0]!;
  const last = data.at(-1)!;
  const summary = t('coverage.timelineSummary', {
    fromCount: first.active_provinces,
    from: format(first.day),
    toCount: last.active_provinces,
    to: format(last.day),
  });
  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading" className="panel-heading">
        {t('coverage.timelineHeading')}
      </h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        role="img"
        aria-label={summary}
        className="timeline-chart"
      >
        {[0, 6, 12].map((n) => (
          <line
            key={n}
            x1={0}
            x2={WIDTH}
            y1={HEIGHT - (n / 12) * HEIGHT}
            y2={HEIGHT - (n / 12) * HEIGHT}
            className="gridline"
          />
        ))}
        {data.map((point, i) => {
          const forming = (point.forming_provinces / 12) * HEIGHT;
          const active = (point.active_provinces / 12) * HEIGHT;
          return (
            <g key={point.day}>
              <rect
                x={i * barWidth + 1}
                width={barWidth - 2}
                y={HEIGHT - forming}
                height={forming}
                className="bar-forming"
              />
              <rect
                x={i * barWidth + 1}
                width={barWidth - 2}
                y={HEIGHT - active}
                height={active}
                className="bar-active"
              />
            </g>
          );
        })}
        <text x={0} y={HEIGHT + 12} className="axis">
          {format(first.day)}
        </text>
        <text x={WIDTH} y={HEIGHT + 12} textAnchor="end" className="axis">
          {format(last.day)}
        </text>
      </svg>
      <p className="muted">{summary}</p>
      <details>
        <summary>{t('coverage.timelineTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('coverage.colDay')}</th>
              <th scope="col">{t('coverage.colActiveProvinces')}</th>
              <th scope="col">{t('coverage.colFormingProvinces')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.day}>
                <td>{format(point.day)}</td>
                <td>{point.active_provinces}</td>
                <td>{point.forming_provinces}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
