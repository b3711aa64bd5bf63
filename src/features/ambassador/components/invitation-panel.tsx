import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useSearch } from '@tanstack/react-router';
import { LoadState } from '../../../components/load-state';
import { useDataContext } from '../../../data/data-context';
import { DataError, errorMessageKey, invalidField, toDataError } from '../../../data/errors';
import { emailField, nameField } from '../../../lib/field-rules';
import { useIdentity } from '../../../data/queries/identity';
import { useUrlState } from '../../../lib/url-state';
import { useAcceptInvitation } from '../api/inbox';
import { usePickedSite } from '../stores/picked-site';

const TOKEN = /^[0-9a-f]{64}$/;
const formSchema = z.object({
  organisation: z.nullable(nameField(2, 120)),
  siteName: nameField(2, 120),
  contactName: nameField(2, 120),
  email: emailField,
});
/** The form field of each accept_invitation argument the database may name in an SK006. */
const SERVER_FIELDS: Record<string, Field> = {
  organisation_name: 'organisation',
  site_name: 'siteName',
  contact_name: 'contactName',
  email: 'email',
  location: 'location',
};
type Field = 'organisation' | 'siteName' | 'contactName' | 'email' | 'location';
const FIELD_ERROR: Record<Field, string> = {
  organisation: 'find.error_organisation',
  siteName: 'find.error_siteName',
  contactName: 'find.error_contactName',
  email: 'find.error_email',
  location: 'invitation.locationMissing',
};

/** The page behind an invitation link: register organisation and site, land as a member. */
export function InvitationPanel() {
  const { t } = useTranslation();
  const { viewAs } = useDataContext();
  const setJourney = useUrlState((s) => s.setJourney);
  const identityQuery = useIdentity();
  const identity = identityQuery.data;
  const site = usePickedSite((s) => s.site);
  const accept = useAcceptInvitation();
  const token = useSearch({ from: '/uitnodiging' }).token ?? '';
  const [values, setValues] = useState({
    organisation: '',
    siteName: 'Hoofdlocatie',
    contactName: '',
    email: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  if (!token) {
    return (
      <p role="alert" className="field-error">
        {t('invitation.missing')}
      </p>
    );
  }
  if (!TOKEN.test(token)) {
    return (
      <p role="alert" className="field-error">
        {t('invitation.problem_invitation_invalid')}
      </p>
    );
  }
  if (identity === undefined) return <LoadState queries={[identityQuery]} />;
  if (!identity) {
    return (
      <section aria-labelledby="invitation-heading">
        <h2 id="invitation-heading" className="panel-heading">
          {t('invitation.heading')}
        </h2>
        <p>{t('invitation.signIn')}</p>
        {viewAs ? (
          <button type="button" className="secondary" onClick={() => viewAs?.('nieuwe-aanbieder')}>
            {t('invitation.viewAsNewcomer')}
          </button>
        ) : null}
      </section>
    );
  }

  const problem =
    accept.error instanceof DataError &&
    ['invitation_invalid', 'invitation_used', 'invitation_expired'].includes(accept.error.code)
      ? accept.error.code
      : null;
  if (problem) {
    return (
      <div role="alert" className="error-summary">
        <p>
          {t(
            `invitation.problem_${problem as 'invitation_invalid' | 'invitation_used' | 'invitation_expired'}`,
          )}
        </p>
      </div>
    );
  }
  if (accept.data) {
    return (
      <div role="status" className="success">
        <p>
          {accept.data.membership_state === 'accepted'
            ? t('invitation.accepted')
            : t('invitation.acceptedNoPartnership')}
        </p>
        <button type="button" className="secondary" onClick={() => setJourney('find')}>
          {t('invitation.toMap')}
        </button>
      </div>
    );
  }

  const hasOrganisation = identity.organisation_id !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = formSchema.safeParse({
      ...values,
      organisation: hasOrganisation ? null : values.organisation,
    });
    const next: Partial<Record<Field, string>> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        next[issue.path[0] as Field] ??= t(
          FIELD_ERROR[issue.path[0] as Field] as 'find.error_email',
        );
    if (!site) next.location = t('invitation.locationMissing');
    setErrors(next);
    if (!parsed.success || !site) return;
    accept.mutate(
      {
        token,
        organisation_name: parsed.data.organisation,
        site_name: parsed.data.siteName,
        place: site.place,
        lat: site.lat,
        lng: site.lng,
        contact_name: parsed.data.contactName,
        email: parsed.data.email,
      },
      {
        onError: (error) => {
          // The database checks the same rules; if it names a field, say it at that field.
          const named = invalidField(error) ?? toDataError(error).detail;
          const formField = named ? SERVER_FIELDS[named] : undefined;
          if (formField)
            setErrors({ [formField]: t(FIELD_ERROR[formField] as 'find.error_email') });
        },
      },
    );
  };
  const field = (name: Exclude<Field, 'location'>, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`invitation-${name}`}>{label}</label>
      <input
        id={`invitation-${name}`}
        type={type}
        value={values[name]}
        aria-invalid={errors[name] !== undefined}
        aria-describedby={errors[name] ? `invitation-${name}-error` : undefined}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      />
      {errors[name] ? (
        <p id={`invitation-${name}-error`} className="field-error">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section aria-labelledby="invitation-heading">
      <h2 id="invitation-heading" className="panel-heading">
        {t('invitation.heading')}
      </h2>
      <form onSubmit={submit} noValidate>
        {Object.keys(errors).length ? (
          <div role="alert" className="error-summary">
            <p>{t('find.errorsHeading')}</p>
            <ul>
              {Object.values(errors).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {hasOrganisation ? null : field('organisation', t('find.organisation'))}
        {field('siteName', t('find.siteName'))}
        <p className={errors.location ? 'field-error' : 'hint'} aria-live="polite">
          {site ? t('invitation.location', { place: site.place }) : t('invitation.locationHint')}
        </p>
        {field('contactName', t('find.contactName'))}
        {field('email', t('find.email'), 'email')}
        <button type="submit" className="primary" disabled={accept.isPending}>
          {t('invitation.accept')}
        </button>
        {accept.error && !problem && !Object.keys(errors).length ? (
          <p role="alert" className="field-error">
            {t(errorMessageKey(accept.error))}
          </p>
        ) : null}
      </form>
    </section>
  );
}
