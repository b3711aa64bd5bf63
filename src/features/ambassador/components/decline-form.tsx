import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { InboxRow } from '../../../data/schemas';
import { characterCount, hasHiddenCharacters, trimmed } from '../../../domain/text';
import { useDeclineRegistration } from '../api/inbox';

/** Declining a registration needs a reason the provider is shown. */
export function DeclineForm({
  item,
  onDeclined,
}: {
  item: InboxRow;
  onDeclined: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineRegistration();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = `reason-${item.id}`;
  return (
    <form
      className="decline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const text = trimmed(reason);
        const bad =
          characterCount(text) < 3 ||
          characterCount(text) > 1000 ||
          hasHiddenCharacters(text, true);
        setInvalid(bad);
        if (bad || decline.isPending) return;
        decline.mutate(
          { registration: item.id, reason: text },
          {
            onSuccess: () =>
              onDeclined(
                `${item.organisation_name}: ${t('ambassador.done_declined').toLowerCase()}`,
              ),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('ambassador.declineReason')}</label>
        <textarea
          id={id}
          value={reason}
          rows={2}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('ambassador.declineReasonHint')}
        </p>
        {invalid ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('ambassador.declineReasonError')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="secondary" aria-disabled={decline.isPending || undefined}>
        {t('ambassador.confirmDecline')}
      </button>
      {decline.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(decline.error))}
        </p>
      ) : null}
    </form>
  );
}
