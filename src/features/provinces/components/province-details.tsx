import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuestionList } from '../../../data/queries/questions';
import { useUrlState } from '../../../lib/url-state';
import { useProvinces } from '../../../data/queries/provinces';

export const SELECTED_PROVINCE_HEADING_ID = 'selected-province-heading';

/** What the user has selected, with a way back to the whole country. */
export function ProvinceDetails() {
  const { t } = useTranslation();
  const { data: provinces } = useProvinces();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const feature = provinces?.features.find((f) => f.id === selected);
  const questions = useQuestionList(selected);
  const openQuestions = questions.data?.filter((q) => !q.solved).length;

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
        <p>
          <Link to="/kennis" search={{ provincie: feature.id }}>
            {openQuestions === undefined
              ? t('vragen.provinceQuestions', { province: feature.properties.name })
              : t('vragen.provinceOpenQuestions', {
                  count: openQuestions,
                  province: feature.properties.name,
                })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
