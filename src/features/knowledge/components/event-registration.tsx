import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { useIdentity } from '../../../data/queries/identity';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { EventDetailRow } from '../../../data/schemas';
import { mustWait, placesFor, type EventPhase } from '../../../domain/events/places';
import { downloadText, fileSafe } from '../../../lib/download';
import { useCancelEventRegistration, useRegisterForEvent } from '../api/event-queries';
import { registrationProblems, type RegistrationField } from '../event-form';
import { EventErrorLine } from './event-error-line';

/**
 * Registering one's organisation: participants and a contact, or the waiting list when the
 * places do not suffice. Once registered: the status, the agenda file, change or withdraw.
 */
export function EventRegistration({ event, phase }: { event: EventDetailRow; phase: EventPhase }) {
  const { t } = useTranslation();
  const { data: identity } = useIdentity();
  const [editing, setEditing] = useState(false);
  const mine = event.my_registration;
  const cancel = useCancelEventRegistration();
  if (phase === 'past') return null;

  let body;
  if (!identity) body = <p className="muted">{t('bijeenkomst.signInToRegister')}</p>;
  else if (!identity.organisation_id)
    body = <p className="muted">{t('bijeenkomst.needOrganisation')}</p>;
  else if (mine && !editing)
    body = (
      <>
        <p role="status">
          {mine.status === 'registered'
            ? t('bijeenkomst.registeredAs', { count: mine.participants })
            : t('bijeenkomst.waitingAs', {
                count: mine.participants,
                position: mine.queue_position ?? 1,
              })}{' '}
          {t('bijeenkomst.contact', { name: mine.contact_name, email: mine.contact_email })}
        </p>
        <div className="button-row">
          {mine.status === 'registered' ? <CalendarButton event={event} /> : null}
          {phase !== 'closed' ? (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('bijeenkomst.change')}
            </button>
          ) : null}
          <button
            type="button"
            className="secondary"
            aria-disabled={cancel.isPending || undefined}
            onClick={() => !cancel.isPending && cancel.mutate({ event: event.id })}
          >
            {t(mine.status === 'registered' ? 'bijeenkomst.cancel' : 'bijeenkomst.leaveQueue')}
          </button>
        </div>
        <EventErrorLine error={cancel.error} />
      </>
    );
  else if (phase === 'closed') body = <p className="muted">{t('bijeenkomst.closedNotice')}</p>;
  else
    body = (
      <RegistrationForm
        event={event}
        defaultName={identity.display_name}
        onDone={() => setEditing(false)}
        onCancel={mine ? () => setEditing(false) : undefined}
      />
    );

  return (
    <section aria-labelledby="event-registration" className="event-registration">
      <h3 id="event-registration">{t('bijeenkomst.registration')}</h3>
      {body}
    </section>
  );
}

function RegistrationForm({
  event,
  defaultName,
  onDone,
  onCancel,
}: {
  event: EventDetailRow;
  defaultName: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const mine = event.my_registration;
  const register = useRegisterForEvent();
  const [participants, setParticipants] = useState(String(mine?.participants ?? 1));
  const [contactName, setContactName] = useState(mine?.contact_name ?? defaultName);
  const [contactEmail, setContactEmail] = useState(mine?.contact_email ?? '');
  const [problems, setProblems] = useState<RegistrationField[]>([]);
  const count = Number(participants);
  const waits = Number.isInteger(count) && count > 0 && mustWait(event, mine, count);
  // A registrant who asks for more places than there are keeps what it has (no waiting list).
  const tooMany = waits && mine?.status === 'registered';
  const label = useWriteLabel(
    register.isPending,
    t('bijeenkomst.registering'),
    t(
      waits && !tooMany
        ? 'bijeenkomst.joinQueue'
        : mine
          ? 'bijeenkomst.saveChange'
          : 'bijeenkomst.register',
    ),
    t('kennis.dbStarting'),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = registrationProblems({ participants, contactName, contactEmail });
    if (tooMany && !next.includes('participants')) next.push('participants');
    setProblems(next);
    if (next.length || register.isPending) return;
    register.mutate(
      {
        event: event.id,
        participants: count,
        contact_name: contactName.trim(),
        contact_email: contactEmail.trim(),
        waiting_list: waits,
      },
      { onSuccess: onDone },
    );
  };
  const problem = (name: RegistrationField, text: string) => problems.includes(name) && text;

  return (
    <form noValidate onSubmit={submit} className="registration-form">
      <Field
        id={`${id}-participants`}
        label={t('bijeenkomst.participants')}
        hint={waits && !tooMany && t('bijeenkomst.willWait', { count: placesFor(event, mine) })}
        error={problem(
          'participants',
          tooMany
            ? t('bijeenkomst.error_tooMany', { count: placesFor(event, mine) })
            : t('bijeenkomst.error_participants'),
        )}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
          />
        )}
      </Field>
      <div className="field-grid">
        <Field
          id={`${id}-contactName`}
          label={t('bijeenkomst.contactName')}
          error={problem('contactName', t('bijeenkomst.error_contactName'))}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              maxLength={120}
              value={contactName}
              onChange={(e) => setContactName(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-contactEmail`}
          label={t('bijeenkomst.contactEmail')}
          error={problem('contactEmail', t('bijeenkomst.error_contactEmail'))}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              maxLength={254}
              value={contactEmail}
              onChange={(e) => setContactEmail(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="primary" aria-disabled={register.isPending || undefined}>
          {label}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('kennis.cancel')}
          </button>
        ) : null}
      </div>
      <EventErrorLine error={register.error} />
    </form>
  );
}

/** The event as a file for one's agenda (.ics); the calendar library loads on use. */
function CalendarButton({ event }: { event: EventDetailRow }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const download = async () => {
    try {
      const { eventCalendarFile } = await import('../event-calendar');
      downloadText(
        `${fileSafe(event.title)}.ics`,
        eventCalendarFile(event, window.location.href),
        'text/calendar;charset=utf-8',
      );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void download()}>
        {t('bijeenkomst.addToCalendar')}
      </button>
      {failed ? (
        <p role="alert" className="field-error">
          {t('bijeenkomst.calendarFailed')}
        </p>
      ) : null}
    </>
  );
}
