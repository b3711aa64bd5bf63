import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { characterCount, hasHiddenCharacters, trimmed } from '../domain/text';

/**
 * A short form that asks why (removing a member, leaving): the reason is kept in the audit
 * trail and told to the other side. 3 to `max` characters; what was typed stays on an error.
 */
export function ReasonForm({
  label,
  submit,
  busy,
  onSubmit,
  onCancel,
  max = 1000,
}: {
  max?: number;
  label: string;
  submit: string;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const send = (event: FormEvent) => {
    event.preventDefault();
    const text = trimmed(reason);
    const bad =
      characterCount(text) < 3 || characterCount(text) > max || hasHiddenCharacters(text, true);
    setInvalid(bad);
    if (!bad && !busy) onSubmit(text);
  };
  return (
    <form noValidate onSubmit={send} className="reason-form">
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {invalid ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('form.reasonError', { max })}
          </p>
        ) : null}
      </div>
      <div className="card-actions">
        <button type="submit" aria-disabled={busy || undefined}>
          {submit}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
