import { useTranslation } from 'react-i18next';
import { AmbassadorPointer } from '../../../components/ambassador-pointer';
import { useCoverageBoard } from '../../../data/queries/coverage';
import { isProvinceCode } from '../../../domain/provinces';
import { useUrlState } from '../../../lib/url-state';

/**
 * For everyone on "Ambassadeurs": who welcomes newcomers in which province, or that the AvZ does
 * where there is no ambassador yet. A chosen province shows its first contact in full.
 */
export function AmbassadorDirectory() {
  const { t } = useTranslation();
  const province = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const { data: board } = useCoverageBoard({ asOf: null, opleiding: null });
  if (province) return <AmbassadorPointer provinceCode={province} headingLevel={2} />;
  return (
    <section aria-labelledby="directory-heading" className="directory">
      <h2 id="directory-heading" className="panel-heading">
        {t('ambassador.directoryHeading')}
      </h2>
      <ul className="plain-list directory-list">
        {(board ?? []).map((row) => (
          <li key={row.code}>
            <button
              type="button"
              className="link-button"
              onClick={() => isProvinceCode(row.code) && selectProvince(row.code)}
            >
              {row.name}
            </button>
            {': '}
            {row.ambassadors.length ? row.ambassadors.join(', ') : t('ambassador.directoryAvz')}
          </li>
        ))}
      </ul>
    </section>
  );
}
