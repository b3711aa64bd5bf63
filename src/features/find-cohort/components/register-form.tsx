import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../../data/data-context';
import { usePersonaStore } from '../../../data/embedded/persona-store';
import { errorMessageKey, invalidField } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import {
  REGISTRATION_FIELDS,
  registrationSchema,
  useRegisterSeeker,
  type RegistrationInput,
} from '../api/register-seeker';
import { useFindStore } from '../stores/find-params';

type Field = 'organisation' | 'siteName' | 'sitePlace' | 'contactName' | 'email' | 'phone';

/**
 * "Wij zoeken een samenwerkingsverband" / "Wij willen er een oprichten". Validated per field in
 * Dutch; nothing typed is lost on an error; one request id per form, so a double submit (or a
 * retry after a network error) registers once.
 */
export function RegisterForm() {
  const { t } = useTranslation();
  const { state } = useDataContext();
  const setPersona = usePersonaStore((s) => s.setPersona);
  const { data: identity, isPending: identityPending } = useIdentity();
  const find = useFindStore();
  const register = useRegisterSeeker();
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<
    Omit<RegistrationInput, 'organisation'> & { organisation: string }
  >({
    organisation: '',
    siteName: 'Hoofdlocatie',
    sitePlace: find.origin?.label ?? '',
    contactName: '',
    email: '',
    phone: '',
    intent: 'join',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<string | null>(null);

  if (state.status !== 'ready' || identityPending) return null;
  if (!identity) {
    return (
      <section aria-labelledby="register-heading" className="register">
        <h2 id="register-heading" className="panel-heading">
          {t('find.registerHeading')}
        </h2>
        <p>{t('find.signInToRegister')}</p>
        {state.backend === 'embedded' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => setPersona('nieuwe-aanbieder')}
          >
            {t('find.useNewcomer')}
          </button>
        ) : (
          <p className="hint">{t('find.signInAbove')}</p>
        )}
      </section>
    );
  }

  const hasOrganisation = identity.organisation_id !== null;
  const set = (field: keyof typeof values, value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const parsed = registrationSchema.safeParse({
      ...values,
      organisation: hasOrganisation ? null : values.organisation,
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        next[field] ??= t(`find.error_${field}`);
      }
      setErrors(next);
      document.getElementById(`register-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    setErrors({});
    if (!find.origin) return;
    const input = parsed.data;
    register.mutate(
      {
        client_request_id: requestId,
        organisation_name: input.organisation,
        site_name: input.siteName,
        place: input.sitePlace,
        lat: find.origin.lat,
        lng: find.origin.lng,
        opleiding: find.opleiding,
        student_count: find.students,
        travel_mode: find.mode,
        max_minutes: find.minutes,
        intent: input.intent,
        contact_name: input.contactName,
        email: input.email,
        phone: input.phone || null,
      },
      {
        onError: (error) => {
          // The database checks the same rules; if it names a field, say it at that field.
          const field = invalidField(error);
          const formField =
            field && field in REGISTRATION_FIELDS
              ? REGISTRATION_FIELDS[field as keyof typeof REGISTRATION_FIELDS]
              : null;
          if (formField) {
            setErrors({ [formField]: t(`find.error_${formField}`) });
            document.getElementById(`register-${formField}`)?.focus();
          }
        },
        onSuccess: (row) => {
          setDone(
            row.routed_to_name
              ? t('find.registered', { to: row.routed_to_name })
              : t('find.registeredAvz'),
          );
          setRequestId(crypto.randomUUID());
        },
      },
    );
  };

  const fieldProps = (field: Field) => ({
    id: `register-${field}`,
    value: values[field],
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': errors[field] ? `register-${field}-error` : undefined,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  });
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`register-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;
  const serverError =
    register.error &&
    !Object.keys(errors).length &&
    t('find.error_server', {
      message: t(errorMessageKey(register.error)),
    });

  return (
    <section aria-labelledby="register-heading" className="register">
      <h2 id="register-heading" className="panel-heading">
        {t('find.registerHeading')}
      </h2>
      <p className="muted">{t('find.registerIntro')}</p>
      {!find.origin ? (
        <p className="hint">{t('find.needOrigin')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {Object.keys(errors).length ? (
            <div role="alert" className="error-summary">
              <p>{t('find.errorsHeading')}</p>
              <ul>
                {Object.entries(errors).map(([field, message]) => (
                  <li key={field}>
                    <a href={`#register-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <fieldset className="intent">
            <legend>{t('find.intentLegend')}</legend>
            {(['join', 'found'] as const).map((intent) => (
              <label key={intent}>
                <input
                  type="radio"
                  name="intent"
                  value={intent}
                  checked={values.intent === intent}
                  onChange={() => setValues((v) => ({ ...v, intent }))}
                />
                {t(intent === 'join' ? 'find.intentJoin' : 'find.intentFound')}
              </label>
            ))}
          </fieldset>
          {hasOrganisation ? (
            <p>{t('find.organisationKnown', { name: identity.organisation_name })}</p>
          ) : (
            <div className="field">
              <label htmlFor="register-organisation">{t('find.organisation')}</label>
              <input type="text" autoComplete="organization" {...fieldProps('organisation')} />
              {fieldError('organisation')}
            </div>
          )}
          <div className="field">
            <label htmlFor="register-siteName">{t('find.siteName')}</label>
            <input type="text" {...fieldProps('siteName')} />
            {fieldError('siteName')}
          </div>
          <div className="field">
            <label htmlFor="register-sitePlace">{t('find.sitePlace')}</label>
            <input type="text" autoComplete="address-level2" {...fieldProps('sitePlace')} />
            {fieldError('sitePlace')}
          </div>
          <div className="field">
            <label htmlFor="register-contactName">{t('find.contactName')}</label>
            <input type="text" autoComplete="name" {...fieldProps('contactName')} />
            {fieldError('contactName')}
          </div>
          <div className="field">
            <label htmlFor="register-email">{t('find.email')}</label>
            <input type="email" autoComplete="email" {...fieldProps('email')} />
            {fieldError('email')}
          </div>
          <div className="field">
            <label htmlFor="register-phone">{t('find.phone')}</label>
            <input type="tel" autoComplete="tel" {...fieldProps('phone')} />
            {fieldError('phone')}
          </div>
          <p className="hint">
            {t('find.summary', {
              count: find.students,
              opleiding: t(`opleiding.${find.opleiding}`),
              minutes: find.minutes,
              mode: t(`mode.${find.mode}`),
              place: find.origin.label,
            })}
          </p>
          <button type="submit" className="primary" disabled={register.isPending}>
            {register.isPending ? t('find.submitting') : t('find.submit')}
          </button>
          {serverError ? (
            <p role="alert" className="field-error">
              {serverError}
            </p>
          ) : null}
          {done ? (
            <p role="status" className="success">
              {done}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
