import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { QuestionThreadRow } from '../../../data/schemas';
import { formatDay } from '../../../lib/dates';
import { useMarkSolved, useVoteAnswer } from '../api/question-queries';
import { PostModeration } from './post-moderation';

type Answer = QuestionThreadRow['answers'][number];

/** One answer: who, when, the text (as text), its votes, and "this solved it". */
export function AnswerItem({
  answer,
  questionId,
  solved,
  mayMark,
  signedIn,
  isAvz,
}: {
  answer: Answer;
  questionId: string;
  solved: boolean;
  mayMark: boolean;
  signedIn: boolean;
  isAvz: boolean;
}) {
  const { t, i18n } = useTranslation();
  const vote = useVoteAnswer();
  const mark = useMarkSolved();
  const error = vote.error ?? mark.error;
  const label = t('vragen.answerBy', { name: answer.organisation_name });
  return (
    <li>
      <article aria-label={label} className={solved ? 'answer solved' : 'answer'}>
        <p className="hint">
          {label} · {formatDay(answer.created_at, i18n.language)}
          {solved ? <strong className="solved-badge"> · {t('vragen.solvedIt')}</strong> : null}
          {answer.hidden ? ` · ${t('vragen.hiddenBadge')}` : ''}
        </p>
        <p className="post-body">{answer.body}</p>
        <div className="card-actions">
          {signedIn && !answer.mine ? (
            <button
              type="button"
              className="secondary"
              aria-pressed={answer.my_vote}
              onClick={() =>
                !vote.isPending && vote.mutate({ answer: answer.id, up: !answer.my_vote })
              }
            >
              {t('vragen.useful', { count: answer.votes })}
            </button>
          ) : (
            <span className="hint">{t('vragen.votes', { count: answer.votes })}</span>
          )}
          {mayMark && !answer.hidden ? (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                !mark.isPending &&
                mark.mutate({ question: questionId, answer: solved ? undefined : answer.id })
              }
            >
              {solved ? t('vragen.unmarkSolved') : t('vragen.markSolved')}
            </button>
          ) : null}
        </div>
        {signedIn ? (
          <PostModeration
            kind="answer"
            postId={answer.id}
            hidden={answer.hidden}
            isAvz={isAvz}
            title={label}
          />
        ) : null}
        {error ? (
          <p role="alert" className="field-error">
            {t(errorMessageKey(error))}
          </p>
        ) : null}
      </article>
    </li>
  );
}
