import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { errorMessageKey } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import { useWriteLabel } from '../../../data/queries/mutation';
import { characterCount, hasHiddenCharacters, trimmed } from '../../../domain/text';
import { QUESTION_TOPICS, type QuestionTopic } from '../../../domain/vocabulary';
import { useAskQuestion } from '../api/question-queries';
import { ProvinceOptions } from './province-options';

type Problem = 'title' | 'body';

/** A member asks the network: a title, the question, a topic and optionally a province. */
export function AskQuestion() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { data: identity } = useIdentity();
  const ask = useAskQuestion();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [topic, setTopic] = useState<QuestionTopic>('samenwerking');
  const [province, setProvince] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const label = useWriteLabel(
    ask.isPending,
    t('vragen.asking'),
    t('vragen.ask'),
    t('kennis.dbStarting'),
  );
  if (!identity?.organisation_id) return <p className="muted">{t('vragen.signInToAsk')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleanTitle = trimmed(title);
    const cleanBody = body.trim();
    const next: Problem[] = [];
    if (
      characterCount(cleanTitle) < 5 ||
      characterCount(cleanTitle) > 200 ||
      hasHiddenCharacters(cleanTitle)
    )
      next.push('title');
    if (!cleanBody || characterCount(cleanBody) > 5000 || hasHiddenCharacters(cleanBody, true))
      next.push('body');
    setProblems(next);
    if (next.length || ask.isPending) return;
    ask.mutate(
      { title: cleanTitle, body: cleanBody, topic, province: province || undefined },
      {
        onSuccess: (row) =>
          void navigate({
            to: '/kennis/vragen/$id',
            params: { id: (row as { question_id: string }).question_id },
            search: {},
          }),
      },
    );
  };
  const error = (problem: Problem) => problems.includes(problem) && t(`vragen.error_${problem}`);

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`} className="ask-question">
      <h3 id={`${id}-heading`}>{t('vragen.askHeading')}</h3>
      <Field id={`${id}-title`} label={t('vragen.titleLabel')} error={error('title')}>
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${id}-body`} label={t('vragen.bodyLabel')} error={error('body')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={body}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('vragen.topic')}</label>
          <select
            id={`${id}-topic`}
            value={topic}
            onChange={(e) =>
              setTopic(QUESTION_TOPICS.find((x) => x === e.target.value) ?? 'overig')
            }
          >
            {QUESTION_TOPICS.map((x) => (
              <option key={x} value={x}>
                {t(`vragen.topic_${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>{t('vragen.province')}</label>
          <select
            id={`${id}-province`}
            value={province}
            onChange={(e) => setProvince(e.target.value)}
          >
            <ProvinceOptions none={t('vragen.noProvince')} />
          </select>
        </div>
      </div>
      <button type="submit" className="primary" aria-disabled={ask.isPending || undefined}>
        {label}
      </button>
      {ask.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(ask.error))}
        </p>
      ) : null}
    </form>
  );
}
