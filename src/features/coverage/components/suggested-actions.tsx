import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../domain/coverage';
import { formatKm } from '../../../lib/format-km';
import type { useCoverageView } from '../hooks/use-coverage-view';

type View = NonNullable<ReturnType<typeof useCoverageView>>;

/** A short generated to-do list per province for the coordinator. */
export function SuggestedActions({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const provinceName = (code: string) => view.board.find((r) => r.code === code)?.name ?? code;
  const text = (s: Suggestion) => {
    const province = provinceName(s.provinceCode);
    switch (s.kind) {
      case 'seekers-could-form':
        return t('coverage.action_seekers-could-form', {
          province,
          place: s.place,
          seekers: s.seekers,
          opleiding: t(`opleiding.${s.opleiding}`),
          students: s.students,
          ambassador: s.ambassadors.join(', ') || t('coverage.noAmbassador'),
        });
      case 'seeker-can-join':
        return t('coverage.action_seeker-can-join', {
          province,
          organisation: s.organisationName,
          opleiding: t(`opleiding.${s.opleiding}`),
          partnership: s.partnershipName,
          ambassador: s.ambassadors.join(', ') || t('coverage.noAmbassador'),
        });
      case 'seeker-alone':
        return t('coverage.action_seeker-alone', {
          province,
          organisation: s.organisationName,
          opleiding: t(`opleiding.${s.opleiding}`),
          students: s.students,
          nearest:
            s.nearestOtherKm === null
              ? ''
              : t('coverage.nearestOther', { km: formatKm(s.nearestOtherKm, i18n.language, 0) }),
          ambassador: s.ambassadors.join(', ') || t('coverage.noAmbassador'),
        });
      case 'no-ambassador':
        return t('coverage.action_no-ambassador', { province });
      case 'nothing-yet':
        return t('coverage.action_nothing-yet', { province });
    }
  };
  return (
    <section aria-labelledby="actions-heading" className="actions">
      <h2 id="actions-heading" className="panel-heading">
        {t('coverage.actionsHeading')}
      </h2>
      {view.suggestions.length ? (
        <ul>
          {view.suggestions.map((s, i) => (
            <li key={i}>{text(s)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('coverage.noActions')}</p>
      )}
    </section>
  );
}
