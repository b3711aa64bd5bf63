import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useDataContext } from '../../../data/data-context';
import { errorMessageKey, invalidField } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import { useIdentity } from '../../../data/queries/identity';
import { useNetworkSites } from '../../../data/queries/network';
import { useOrganisation } from '../../../data/queries/organisation';
import type { Identity, Registration } from '../../../data/schemas';
import { distanceKm } from '../../../domain/reach';
import type { SeekerIntent } from '../../../domain/vocabulary';
import {
  REGISTRATION_FIELDS,
  registrationSchema,
  useRegisterSeeker,
  type RegistrationInput,
} from '../api/register-seeker';
import { useFindStore, type Origin } from '../stores/find-params';
import { useRegisterIntent } from '../stores/register-intent';
import { RegisterConfirmation } from './register-confirmation';

type Field = 'organisation' | 'siteName' | 'sitePlace' | 'contactName' | 'email' | 'phone';
type Values = Omit<RegistrationInput, 'organisation'> & { organisation: string };

/** A site of the member's within a kilometre of the starting point is the one registering. */
const NEARBY_SITE_KM = 1;

/**
 * "Wij zoeken een samenwerkingsverband" / "Wij willen er een oprichten". Validated per field in
 * Dutch with the database's rules; nothing typed is lost on an error; a member's organisation,
 * site and contact are filled in; one request key per form, so a double click or a retry
 * registers once; a confirmation says what was sent, to whom, and by when an answer is due.
 */
export function RegisterForm({ provinceCode }: { provinceCode: string | null }) {
  const { t } = useTranslation();
  const { viewAs } = useDataContext();
  const identityQuery = useIdentity();
  const identity = identityQuery.data;
  const heading = useRef<HTMLHeadingElement>(null);
  const { intent, requested } = useRegisterIntent();
  const [done, setDone] = useState<{ row: Registration; values: Values } | null>(null);
  const [formKey, setFormKey] = useState(0);

  // "Meld u aan" elsewhere on the page brings the form into view and focuses it.
  useEffect(() => {
    if (!requested) return;
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, [requested]);

  // The heading stays while who-you-are loads (after "Bekijk als"): focus may be waiting on it.
  return (
    <section aria-labelledby="register-heading" className="register">
      <h2 id="register-heading" className="panel-heading" ref={heading} tabIndex={-1}>
        {t('find.registerHeading')}
      </h2>
      {identity === undefined ? (
        <LoadState queries={[identityQuery]} />
      ) : !identity ? (
        <>
          <p>{t('find.signInToRegister')}</p>
          {viewAs ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                // The button goes when the form comes: focus waits on the heading above both.
                heading.current?.focus();
                viewAs?.('nieuwe-aanbieder');
              }}
            >
              {t('find.useNewcomer')}
            </button>
          ) : (
            <p className="hint">{t('find.signInAbove')}</p>
          )}
        </>
      ) : done ? (
        <RegisterConfirmation
          registration={done.row}
          values={done.values}
          provinceCode={provinceCode}
          onAnother={() => {
            setDone(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <RegisterFields
          key={`${formKey}-${identity.organisation_id ?? 'new'}`}
          identity={identity}
          intent={intent}
          intentRequested={requested}
          onRegistered={(row, values) => setDone({ row, values })}
        />
      )}
    </section>
  );
}

/** Waits for a member's known contact, so the form opens filled in. */
function RegisterFields(props: {
  identity: Identity;
  intent: SeekerIntent | null;
  intentRequested: number;
  onRegistered: (row: Registration, values: Values) => void;
}) {
  const { data: ownOrganisation, isPending } = useOrganisation(props.identity.organisation_id);
  if (props.identity.organisation_id && isPending) return null;
  const contact = ownOrganisation?.contact_visible ? ownOrganisation : null;
  return (
    <RegisterFieldsWith
      {...props}
      known={{
        contactName: contact?.contact_name ?? '',
        email: contact?.email ?? '',
        phone: contact?.phone ?? '',
      }}
    />
  );
}

function RegisterFieldsWith({
  identity,
  intent,
  intentRequested,
  known,
  onRegistered,
}: {
  identity: Identity;
  intent: SeekerIntent | null;
  intentRequested: number;
  known: { contactName: string; email: string; phone: string };
  onRegistered: (row: Registration, values: Values) => void;
}) {
  const { t } = useTranslation();
  const find = useFindStore();
  const register = useRegisterSeeker();
  const { data: sites } = useNetworkSites();
  // Fixed for this form: a double click, or a retry after a failure, is the same request.
  const [requestId] = useState(() => crypto.randomUUID());
  const sending = useRef(false);
  const [typed, setTyped] = useState<Omit<Values, 'intent'>>(() => ({
    organisation: '',
    ...siteValues(find.origin, identity, sites ?? []),
    ...known,
  }));
  // The intent is the latest choice: the person's own, or a later "Meld u aan" elsewhere.
  const [choice, setChoice] = useState({ at: intentRequested, intent: intent ?? 'join' });
  const values: Values = {
    ...typed,
    intent: intentRequested > choice.at && intent ? intent : choice.intent,
  };
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submitLabel = useWriteLabel(
    register.isPending,
    t('find.submitting'),
    t('find.submit'),
    t('data.waitingForDatabase'),
  );
  const hasOrganisation = identity.organisation_id !== null;
  const set = (field: Field, value: string) => setTyped((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
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
    sending.current = true;
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
          sending.current = false;
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
        onSuccess: (row) => onRegistered(row, values),
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
    t('find.error_server', { message: t(errorMessageKey(register.error)) });

  if (!find.origin) {
    return (
      <>
        <p className="muted">{t('find.registerIntro')}</p>
        <p className="hint">{t('find.needOrigin')}</p>
      </>
    );
  }
  return (
    <>
      <p className="muted">{t('find.registerIntro')}</p>
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
          {(['join', 'found'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="intent"
                value={option}
                checked={values.intent === option}
                onChange={() => setChoice({ at: intentRequested, intent: option })}
              />
              {t(option === 'join' ? 'find.intentJoin' : 'find.intentFound')}
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
        <button
          type="submit"
          className="primary"
          aria-disabled={register.isPending || undefined}
          disabled={register.isPending}
        >
          {submitLabel}
        </button>
        {serverError ? (
          <p role="alert" className="field-error">
            {serverError}
          </p>
        ) : null}
      </form>
    </>
  );
}

/** The member's own site at the starting point, or a new one named after the place. */
function siteValues(
  origin: Origin | null,
  identity: Identity,
  sites: readonly {
    organisation_id: string;
    name: string;
    place: string;
    lat: number;
    lng: number;
  }[],
) {
  const place = origin?.place ?? origin?.label ?? '';
  const own =
    origin && identity.organisation_id
      ? sites
          .filter((s) => s.organisation_id === identity.organisation_id)
          .map((s) => ({ site: s, km: distanceKm(s, origin) }))
          .filter((s) => s.km <= NEARBY_SITE_KM)
          .sort((a, b) => a.km - b.km)[0]?.site
      : undefined;
  return own
    ? { siteName: own.name, sitePlace: own.place }
    : {
        siteName: identity.organisation_id ? `Locatie ${place}`.trim() : 'Hoofdlocatie',
        sitePlace: place,
      };
}
