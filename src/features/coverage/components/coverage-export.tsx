import { useTranslation } from 'react-i18next';
import { useDataPort } from '../../../data/data-context';
import { downloadCsv, toCsv } from '../../../lib/csv';
import type { useCoverageView } from '../hooks/use-coverage-view';
import { useCoverageParams } from '../stores/coverage-params';
import { OPLEIDINGEN } from '../../../domain/vocabulary';

type View = NonNullable<ReturnType<typeof useCoverageView>>;

/** CSV downloads of what the board shows, with the current filters; and printing. */
export function CoverageExport({ view }: { view: View }) {
  const { t } = useTranslation();
  const { port } = useDataPort();
  const { asOf, opleiding, statuses } = useCoverageParams();
  const day = asOf ?? new Date().toISOString().slice(0, 10);
  const suffix = `${day}${opleiding ? `-${opleiding}` : ''}`;

  const exportProvinces = () => {
    const rows = view.board
      .filter((row) => statuses.length === 0 || statuses.includes(row.status))
      .map((row) => ({
        [t('coverage.colProvince')]: row.name,
        'CBS-code': row.code,
        [t('coverage.colStatus')]: t(`status.${row.status}`),
        [t('coverage.colActive')]: row.active_partnerships,
        [t('coverage.colForming')]: row.forming_partnerships,
        [t('coverage.colSeekers')]: row.seekers,
        [t('coverage.colUnmatched')]: view.unmatchedByProvince(row.code) ?? '',
        [t('coverage.colAmbassador')]: row.ambassadors.join(', '),
        ...Object.fromEntries(OPLEIDINGEN.map((o) => [t(`opleiding.${o}`), row.students[o] ?? 0])),
      }));
    downloadCsv(`samenkaart-dekking-${suffix}.csv`, toCsv(rows));
  };

  const exportNetwork = async () => {
    if (!port) return;
    const rows = await port.networkExport({ ...(asOf ? { as_of: asOf } : {}), opleiding });
    downloadCsv(
      `samenkaart-verbanden-en-zoekers-${suffix}.csv`,
      toCsv(
        rows.map((r) => ({
          Soort: r.kind,
          Naam: r.name,
          Provincie: r.province_name,
          Status: r.status ?? '',
          Opleidingen: r.opleidingen,
          Deelnemers: r.students,
          Plaats: r.place,
          Contactpersoon: r.contact_name ?? '',
          'E-mail': r.email ?? '',
          Telefoon: r.phone ?? '',
        })),
      ),
    );
  };

  return (
    <section aria-labelledby="export-heading" className="export">
      <h2 id="export-heading" className="panel-heading">
        {t('coverage.exportHeading')}
      </h2>
      <div className="card-actions">
        <button type="button" className="secondary" onClick={exportProvinces}>
          {t('coverage.exportProvinces')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!port}
          onClick={() => void exportNetwork()}
        >
          {t('coverage.exportNetwork')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('coverage.print')}
        </button>
      </div>
      <p className="hint">{t('coverage.exportNote')}</p>
    </section>
  );
}
