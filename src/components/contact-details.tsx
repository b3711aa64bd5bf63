import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../data/queries/organisation';

/** An organisation's contact details, or why they are not shown. Values are rendered as text. */
export function ContactDetails({
  organisationId,
  heading,
}: {
  organisationId: string;
  /** Defaults to "Contact". */
  heading?: string;
}) {
  const { t } = useTranslation();
  const { data: organisation, isPending, isError } = useOrganisation(organisationId);
  const headingId = `contact-heading-${organisationId}`;

  return (
    <section aria-labelledby={headingId} className="contact">
      <h3 id={headingId}>{heading ?? t('network.contact')}</h3>
      {isPending ? (
        <p className="muted">{t('network.contactLoading')}</p>
      ) : isError ? (
        <p className="field-error">{t('network.contactFailed')}</p>
      ) : organisation?.contact_visible ? (
        <dl className="facts">
          <dt>{t('network.contactPerson')}</dt>
          <dd>{organisation.contact_name}</dd>
          <dt>{t('network.email')}</dt>
          <dd>
            <a href={`mailto:${organisation.email ?? ''}`}>{organisation.email}</a>
          </dd>
          {organisation.phone ? (
            <>
              <dt>{t('network.phone')}</dt>
              <dd>{organisation.phone}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('network.contactHidden')}</p>
      )}
    </section>
  );
}
