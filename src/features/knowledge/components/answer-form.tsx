import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import { characterCount, hasHiddenCharacters } from '../../../domain/text';
import { useAnswerQuestion } from '../api/question-queries';

/** A member answers; the asker's organisation is notified. */
export function AnswerForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const answer = useAnswerQuestion();
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sent, setSent] = useState(false);
  const label = useWriteLabel(
    answer.isPending,
    t('vragen.answering'),
    t('vragen.answerSubmit'),
    t('kennis.dbStarting'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    const bad = !text || characterCount(text) > 5000 || hasHiddenCharacters(text, true);
    setInvalid(bad);
    setSent(false);
    if (bad || answer.isPending) return;
    answer.mutate(
      { question: questionId, body: text },
      {
        onSuccess: () => {
          setBody('');
          setSent(true);
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`} className="answer-form">
      <h3 id={`${id}-heading`}>{t('vragen.answerHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('vragen.answerLabel')}</label>
        <textarea
          id={`${id}-body`}
          rows={4}
          value={body}
          maxLength={5000}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setBody(e.target.value)}
        />
        {invalid ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('vragen.error_body')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary" aria-disabled={answer.isPending || undefined}>
        {label}
      </button>
      {sent ? <p role="status">{t('vragen.answerSent')}</p> : null}
      {answer.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(answer.error))}
        </p>
      ) : null}
    </form>
  );
}
