import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../../lib/url-state';
import { useProvinces } from '../../../data/queries/provinces';
import { SELECTED_PROVINCE_HEADING_ID } from '../heading-ids';

// Questions and meetings load with the panel's first province, not with the start page.
const ProvinceKnowledge = lazy(() => import('./province-knowledge'));

/** What the user has selected, with a way back to the whole country. */
export function ProvinceDetails() {
  const { t } = useTranslation();
  const { data: provinces } = useProvinces();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const feature = provinces?.features.find((f) => f.id === selected);

  return (
    <section aria-labelledby={SELECTED_PROVINCE_HEADING_ID} className="province-details">
      <h2 id={SELECTED_PROVINCE_HEADING_ID} className="panel-heading" tabIndex={-1}>
        {t('provinces.selected')}
      </h2>
      <div aria-live="polite">
        {feature ? (
          <>
            <p className="province-name">{feature.properties.name}</p>
            <button type="button" onClick={() => selectProvince(null)}>
              {t('provinces.zoomOut')}
            </button>
          </>
        ) : (
          <p className="muted">{t('provinces.none')}</p>
        )}
      </div>
      {feature ? (
        <Suspense fallback={null}>
          <ProvinceKnowledge code={feature.id} name={feature.properties.name} />
        </Suspense>
      ) : null}
    </section>
  );
}
