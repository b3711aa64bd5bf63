import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AmbassadorPointer } from '../../../components/ambassador-pointer';
import type { Registration } from '../../../data/schemas';
import { answerDueBy } from '../../../domain/waiting';
import type { RegistrationInput } from '../api/register-seeker';
import { useFindStore } from '../stores/find-params';

/** What was registered, who receives it, by when an answer is due, and what happens next. */
export function RegisterConfirmation({
  registration,
  values,
  provinceCode,
  onAnother,
}: {
  registration: Registration;
  values: RegistrationInput;
  provinceCode: string | null;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation();
  const find = useFindStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const due = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(answerDueBy(new Date()));

  return (
    <div className="confirmation">
      <div role="status" className="success">
        <h3 ref={heading} tabIndex={-1}>
          {t('find.registeredHeading')}
        </h3>
        <p>
          {registration.routed_to_name
            ? t('find.registeredTo', { to: registration.routed_to_name, date: due })
            : t('find.registeredAvz', { date: due })}
        </p>
      </div>
      <dl className="facts">
        <dt>{t('find.intentLegend')}</dt>
        <dd>{t(values.intent === 'found' ? 'find.intentFound' : 'find.intentJoin')}</dd>
        <dt>{t('find.opleiding')}</dt>
        <dd>{t(`opleiding.${find.opleiding}`)}</dd>
        <dt>{t('find.students')}</dt>
        <dd>{find.students}</dd>
        <dt>{t('find.siteName')}</dt>
        <dd>
          {values.siteName} ({values.sitePlace})
        </dd>
        <dt>{t('find.travel')}</dt>
        <dd>{t('find.travelValue', { minutes: find.minutes, mode: t(`mode.${find.mode}`) })}</dd>
      </dl>
      <p>{t('find.registeredNext')}</p>
      <AmbassadorPointer provinceCode={provinceCode} />
      <button type="button" className="secondary" onClick={onAnother}>
        {t('find.registerAnother')}
      </button>
    </div>
  );
}
