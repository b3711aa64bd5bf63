import { useTranslation } from 'react-i18next';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { fileSafe } from '../../../lib/download';
import { subsidyPack, type SubsidyPack } from '../subsidy-pack';
import { useFormatDay } from '../hooks/use-format-day';

const euro = (cents: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);

/**
 * The subsidy application and accountability pack: on screen (printable on its own) and as a
 * CSV for the application form, with what is still missing said first.
 */
export function SubsidyPackView({
  page,
  workspace,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
}) {
  const { t, i18n } = useTranslation();
  const day = useFormatDay();
  const pack = subsidyPack(page, workspace);
  const money = (cents: number) => euro(cents, i18n.language);
  const dayOr = (iso: string | null) => (iso ? day(iso) : t('verband.packNotYet'));

  const csv = () => downloadCsv(`${fileSafe(page.name)}-subsidie.csv`, toCsv(csvRows(pack)));
  const csvRows = (p: SubsidyPack) => [
    { onderdeel: t('verband.packPartnership'), waarde: p.partnership, bedrag: '' },
    { onderdeel: t('verband.packApplicant'), waarde: p.applicant ?? '', bedrag: '' },
    ...p.providers.map((name) => ({
      onderdeel: t('verband.packProvider'),
      waarde: name,
      bedrag: '',
    })),
    ...p.groups.map((g) => ({
      onderdeel: t('verband.packGroups', { opleiding: t(`opleiding.${g.opleiding}`) }),
      waarde: t('verband.packGroupsValue', { count: g.groups, students: g.students }),
      bedrag: (g.cents / 100).toFixed(2).replace('.', ','),
    })),
    {
      onderdeel: t('verband.packTotal'),
      waarde: '',
      bedrag: (p.totalCents / 100).toFixed(2).replace('.', ','),
    },
    { onderdeel: t('verband.materialAccess'), waarde: p.materialAccessOn ?? '', bedrag: '' },
    { onderdeel: t('verband.completedOn'), waarde: p.completedOn ?? '', bedrag: '' },
    ...p.agreements.map((a) => ({
      onderdeel: t(`verband.agreement.${a.item}`),
      waarde: [
        a.done ? t('verband.settled') : t('verband.notSettled'),
        a.responsible ?? '',
        a.note ?? '',
      ]
        .filter(Boolean)
        .join(' · '),
      bedrag: '',
    })),
  ];

  return (
    <section aria-labelledby="pack-heading" className="subsidy-pack">
      <h3 id="pack-heading">{t('verband.packHeading')}</h3>
      <p className="hint">{t('verband.packIntro')}</p>
      {pack.missing.length ? (
        <div className="pack-missing">
          <p>{t('verband.packMissing')}</p>
          <ul>
            {pack.missing.map((m) => (
              <li key={m}>{t(`verband.packMissing_${m}`)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('verband.packComplete')}</p>
      )}
      <dl className="facts">
        <dt>{t('verband.packPartnership')}</dt>
        <dd>{pack.partnership}</dd>
        <dt>{t('verband.packApplicant')}</dt>
        <dd>{pack.applicant ?? t('verband.packNotYet')}</dd>
        <dt>{t('verband.packProviders')}</dt>
        <dd>{pack.providers.join(', ')}</dd>
        <dt>{t('verband.packTotal')}</dt>
        <dd>
          <strong>{money(pack.totalCents)}</strong>
        </dd>
        <dt>{t('verband.materialAccess')}</dt>
        <dd>{dayOr(pack.materialAccessOn)}</dd>
        <dt>{t('verband.completedOn')}</dt>
        <dd>{dayOr(pack.completedOn)}</dd>
      </dl>
      <table className="pack-groups">
        <caption>{t('verband.packGroupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.opleidingen')}</th>
            <th scope="col">{t('verband.packGroupsColumn')}</th>
            <th scope="col">{t('verband.packAmount')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.groups.map((g) => (
            <tr key={g.opleiding}>
              <th scope="row">{t(`opleiding.${g.opleiding}`)}</th>
              <td>{t('verband.packGroupsValue', { count: g.groups, students: g.students })}</td>
              <td>{money(g.cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="card-actions no-print">
        <button type="button" className="secondary" onClick={csv}>
          {t('verband.packCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('verband.packPrint')}
        </button>
      </div>
    </section>
  );
}
