import { useTranslation } from 'react-i18next';
import { useCoverageTimeline } from '../../../data/queries/coverage';
import { useCoverageParams } from '../stores/coverage-params';

const WIDTH = 300;
const HEIGHT = 90;
/** Room for the count labels on the left and the years below. */
const LEFT = 16;
const BOTTOM = 14;
const TOP = 5;
const Y_TICKS = [0, 4, 8, 12];

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
      <p className="muted timeline-axis-label">{t('coverage.timelineAxis')}</p>
      <svg
        viewBox={`0 0 ${LEFT + WIDTH} ${TOP + HEIGHT + BOTTOM}`}
        role="img"
        aria-label={summary}
        className="timeline-chart"
      >
        {Y_TICKS.map((n) => {
          const y = TOP + HEIGHT - (n / 12) * HEIGHT;
          return (
            <g key={n}>
              <line x1={LEFT} x2={LEFT + WIDTH} y1={y} y2={y} className="gridline" />
              <text x={LEFT - 3} y={y + 3} textAnchor="end" className="axis">
                {n}
              </text>
            </g>
          );
        })}
        {data.map((point, i) => {
          const forming = (point.forming_provinces / 12) * HEIGHT;
          const active = (point.active_provinces / 12) * HEIGHT;
          const x = LEFT + i * barWidth;
          // A year label under its first quarter.
          const year = point.day.endsWith('-01-01') ? point.day.slice(0, 4) : null;
          return (
            <g key={point.day}>
              <rect
                x={x + 1}
                width={barWidth - 2}
                y={TOP + HEIGHT - forming}
                height={forming}
                className="bar-forming"
              />
              <rect
                x={x + 1}
                width={barWidth - 2}
                y={TOP + HEIGHT - active}
                height={active}
                className="bar-active"
              />
              {year ? (
                <text x={x + 1} y={TOP + HEIGHT + 11} className="axis">
                  {year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="inline-list timeline-key">
        <li>
          <span className="swatch-block bar-active" aria-hidden="true" />
          {t('coverage.timelineKeyActive')}
        </li>
        <li>
          <span className="swatch-block bar-forming" aria-hidden="true" />
          {t('coverage.timelineKeyForming')}
        </li>
      </ul>
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
