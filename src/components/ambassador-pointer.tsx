import { useTranslation } from 'react-i18next';
import { useIdentity } from '../data/queries/identity';
import { useCoverageBoard } from '../data/queries/coverage';
import { DEFAULT_ESCALATION_WORKING_DAYS } from '../domain/waiting';
import { ContactDetails } from './contact-details';

/**
 * Who welcomes newcomers in a province: its ambassador organisation(s) — with contact details
 * for signed-in members, since ambassadors are public first contacts — or the AvZ where there is
 * none. With the answer time the inbox promises.
 */
export function AmbassadorPointer({
  provinceCode,
  headingLevel = 3,
}: {
  provinceCode: string | null;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { data: board } = useCoverageBoard({ asOf: null, opleiding: null });
  const { data: identity } = useIdentity();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const province = board?.find((row) => row.code === provinceCode) ?? null;
  const ambassadors = province
    ? province.ambassador_ids.map((id, i) => ({ id, name: province.ambassadors[i] ?? '' }))
    : [];

  return (
    <section aria-labelledby="ambassador-pointer-heading" className="ambassador-pointer">
      <Heading id="ambassador-pointer-heading">
        {province
          ? t('pointer.heading', { province: province.name })
          : t('pointer.headingNoProvince')}
      </Heading>
      {ambassadors.length ? (
        <>
          <ul className="plain-list">
            {ambassadors.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong>
                {identity ? (
                  <ContactDetails organisationId={a.id} heading={t('pointer.contactOf')} />
                ) : null}
              </li>
            ))}
          </ul>
          {identity ? null : <p className="hint">{t('pointer.signInForContact')}</p>}
          <p className="hint">
            {t('pointer.answerTime', { days: DEFAULT_ESCALATION_WORKING_DAYS })}
          </p>
        </>
      ) : (
        <p>{province ? t('pointer.noAmbassador') : t('pointer.avz')}</p>
      )}
    </section>
  );
}
