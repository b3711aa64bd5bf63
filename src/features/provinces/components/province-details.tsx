import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../../lib/url-state';
import { useProvinces } from '../../../data/queries/provinces';

/** What the user has selected, with a way back to the whole country. */
export function ProvinceDetails() {
  const { t } = useTranslation();
  const { data: provinces } = useProvinces();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const feature = provinces?.features.find((f) => f.id === selected);

  return (
    <section aria-labelledby="selected-province-heading" className="province-details">
      <h2 id="selected-province-heading" className="panel-heading">
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
    </section>
  );
}
