import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProvinceCode } from '../../../domain/provinces';
import { useBringMapIntoView } from '../../../map/narrow-view';
import { useUrlState } from '../../../lib/url-state';
import type { CoverageBoardRow } from '../../../data/schemas';
import type { useCoverageView } from '../hooks/use-coverage-view';
import { useCoverageParams } from '../stores/coverage-params';
import { OPLEIDINGEN } from '../../../domain/vocabulary';

type View = NonNullable<ReturnType<typeof useCoverageView>>;
type Column =
  'name' | 'status' | 'active' | 'forming' | 'seekers' | 'unmatched' | 'ambassador' | 'students';

const STATUS_ORDER = { active: 0, forming: 1, seekers: 2, empty: 3 } as const;

/** The list alternative to the choropleth: one row per province, sortable. */
export function ProvinceTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const { statuses } = useCoverageParams();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const bringMapIntoView = useBringMapIntoView();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'status',
    descending: false,
  });

  const studentsOf = (row: CoverageBoardRow) =>
    OPLEIDINGEN.reduce((sum, o) => sum + (row.students[o] ?? 0), 0);
  const value = (row: CoverageBoardRow, column: Column): number | string => {
    switch (column) {
      case 'name':
        return row.name;
      case 'status':
        return STATUS_ORDER[row.status];
      case 'active':
        return row.active_partnerships;
      case 'forming':
        return row.forming_partnerships;
      case 'seekers':
        return row.seekers;
      case 'unmatched':
        return view.unmatchedByProvince(row.code) ?? 0;
      case 'ambassador':
        return row.ambassadors[0] ?? '';
      case 'students':
        return studentsOf(row);
    }
  };
  const rows = view.board
    .filter((row) => statuses.length === 0 || statuses.includes(row.status))
    .sort((a, b) => {
      const [x, y] = [value(a, sort.column), value(b, sort.column)];
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'nl');
      return (sort.descending ? -order : order) || a.name.localeCompare(b.name, 'nl');
    });

  const header = (column: Column, label: string) => (
    <th
      scope="col"
      aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        aria-label={t('coverage.sortBy', { column: label })}
        onClick={() =>
          setSort((s) => ({
            column,
            descending:
              s.column === column ? !s.descending : column !== 'name' && column !== 'status',
          }))
        }
      >
        {label}
        <span aria-hidden="true">
          {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <section aria-labelledby="province-table-heading" className="province-table">
      <h2 id="province-table-heading" className="panel-heading">
        {t('coverage.tableHeading')}
      </h2>
      {/* Focusable so that the keyboard can scroll it sideways on a narrow screen. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('coverage.tableScrollLabel')}
      >
        <table>
          <caption className="muted">
            <span>{t('coverage.tableCaption')}</span>
          </caption>
          <thead>
            <tr>
              {header('name', t('coverage.colProvince'))}
              {header('status', t('coverage.colStatus'))}
              {header('active', t('coverage.colActive'))}
              {header('forming', t('coverage.colForming'))}
              {header('seekers', t('coverage.colSeekers'))}
              {header('unmatched', t('coverage.colUnmatched'))}
              {header('ambassador', t('coverage.colAmbassador'))}
              {header('students', t('coverage.colStudents'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} aria-current={selected === row.code ? 'true' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      if (!isProvinceCode(row.code)) return;
                      selectProvince(row.code);
                      bringMapIntoView();
                    }}
                  >
                    {row.name}
                  </button>
                </th>
                <td>
                  <span className={`status-badge status-${row.status}`}>
                    {t(`status.${row.status}`)}
                  </span>
                </td>
                <td>{row.active_partnerships}</td>
                <td>{row.forming_partnerships}</td>
                <td>{row.seekers}</td>
                <td>{view.unmatchedByProvince(row.code) ?? '…'}</td>
                <td>
                  {row.ambassadors.length ? (
                    row.ambassadors.join(', ')
                  ) : (
                    <em>{t('coverage.noAmbassador')}</em>
                  )}
                </td>
                <td>
                  {OPLEIDINGEN.filter((o) => row.students[o])
                    .map(
                      (o) => `${t(`opleiding.${o}`).replace('Assistent ', '')} ${row.students[o]}`,
                    )
                    .join(', ') || '0'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p>{t('coverage.noRows')}</p> : null}
      <p className="hint">{t('coverage.unmatchedNote')}</p>
    </section>
  );
}
