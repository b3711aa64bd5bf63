import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import { useIdentity } from '../../../data/queries/identity';
import { answerDueBy } from '../../../domain/waiting';
import { textField } from '../../../lib/field-rules';
import { useRequestMembership } from '../api/request-membership';

const messageSchema = textField(1000);

/**
 * "Vraag om aan te sluiten": opens a short form with an optional message, sends once, and
 * confirms who sees the request and by when an answer is due.
 */
export function JoinRequest({
  partnershipId,
  partnershipName,
  coordinatorName,
  full,
}: {
  partnershipId: string;
  partnershipName: string;
  coordinatorName: string | null;
  full: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { data: identity } = useIdentity();
  const request = useRequestMembership();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState(false);
  const confirmation = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reasonId = `join-reason-${partnershipId}`;
  const sendLabel = useWriteLabel(
    request.isPending,
    t('find.submitting'),
    t('find.joinSend'),
    t('data.waitingForDatabase'),
  );
  const done = request.data;

  useEffect(() => {
    if (done) confirmation.current?.focus();
  }, [done]);

  const reason = !identity
    ? t('find.joinSignIn')
    : !identity.organisation_id
      ? t('errors.reason_no_organisation')
      : full
        ? t('find.full')
        : null;

  if (done) {
    const due = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
    }).format(answerDueBy(new Date()));
    return (
      <div role="status" className="success confirmation">
        <h4 ref={confirmation} tabIndex={-1}>
          {done.state === 'requested'
            ? t('find.joinSent', { partnership: partnershipName })
            : t('find.joinAlready', { partnership: partnershipName })}
        </h4>
        <p>{t('find.joinWho', { coordinator: coordinatorName ?? partnershipName, date: due })}</p>
      </div>
    );
  }

  if (!open) {
    return (
      <>
        <button
          ref={opener}
          type="button"
          className="secondary"
          aria-expanded={false}
          aria-disabled={reason ? true : undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => {
            if (!reason) setOpen(true);
          }}
        >
          {t('find.askToJoin')}
        </button>
        {reason ? (
          <p id={reasonId} className="hint">
            {reason}
          </p>
        ) : null}
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    const parsed = messageSchema.safeParse(message);
    setMessageError(!parsed.success);
    if (!parsed.success) return;
    request.mutate({ partnership: partnershipId, message: parsed.data || null });
  };
  const fieldId = `join-message-${partnershipId}`;
  return (
    <form className="join-request" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={fieldId}>{t('find.joinMessage')}</label>
        <textarea
          id={fieldId}
          rows={3}
          value={message}
          aria-invalid={messageError}
          aria-describedby={`${fieldId}-hint${messageError ? ` ${fieldId}-error` : ''}`}
          onChange={(e) => setMessage(e.target.value)}
        />
        <p id={`${fieldId}-hint`} className="hint">
          {t('find.joinMessageHint', { partnership: partnershipName })}
        </p>
        {messageError ? (
          <p id={`${fieldId}-error`} className="field-error">
            {t('find.joinMessageError')}
          </p>
        ) : null}
      </div>
      <div className="card-actions">
        <button type="submit" className="primary" aria-disabled={request.isPending || undefined}>
          {sendLabel}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          {t('find.cancel')}
        </button>
      </div>
      {request.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(request.error))}
        </p>
      ) : null}
    </form>
  );
}
