import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useIdentity } from '../../../data/queries/identity';
import { formatDay } from '../../../lib/dates';
import { usePanelFocus } from '../../../lib/use-panel-focus';
import { isUuid } from '../../../lib/uuid';
import { useQuestionThread } from '../api/question-queries';
import { AnswerForm } from './answer-form';
import { AnswerItem } from './answer-item';
import { PostModeration } from './post-moderation';

/** A question and its answers: answer it, mark what solved it, upvote, report, moderate. */
export function QuestionThread() {
  const { t, i18n } = useTranslation();
  const { id } = useParams({ from: '/kennis/vragen/$id' });
  const valid = isUuid(id);
  const query = useQuestionThread(id.toLowerCase(), valid);
  const { data: identity } = useIdentity();
  const question = valid ? query.data : null;
  const { heading } = usePanelFocus<HTMLHeadingElement>(question ? question.id : null, !!question);
  const back = (
    <p>
      <Link to="/kennis" search={{}}>
        {t('vragen.back')}
      </Link>
    </p>
  );
  if (question === undefined) return <LoadState queries={[query]} />;
  if (question === null)
    return (
      <>
        <p role="alert">{t('vragen.notFound')}</p>
        {back}
      </>
    );
  const signedIn = !!identity;
  const isAvz = identity?.role === 'avz_coordinator';

  return (
    <article aria-labelledby="question-heading" className="question-thread">
      {back}
      <p className="eyebrow">{t(`vragen.topic_${question.topic}`)}</p>
      <h2 id="question-heading" ref={heading} tabIndex={-1}>
        {question.title}
      </h2>
      <p className="hint">
        {t('vragen.askedBy', {
          name: question.organisation_name,
          day: formatDay(question.created_at, i18n.language),
        })}
        {question.partnership_id && question.partnership_name ? (
          <>
            {' · '}
            <Link to="/verbanden/$id" params={{ id: question.partnership_id }} search={{}}>
              {question.partnership_name}
            </Link>
          </>
        ) : null}
      </p>
      {question.hidden ? (
        <p className="pack-missing">
          {t('vragen.hiddenNotice', { reason: question.hidden_reason ?? '' })}
        </p>
      ) : null}
      <p className="post-body">{question.body}</p>
      {signedIn ? (
        <PostModeration
          kind="question"
          postId={question.id}
          hidden={question.hidden}
          isAvz={isAvz}
          title={question.title}
        />
      ) : null}

      <section aria-labelledby="answers-heading">
        <h3 id="answers-heading">
          {t('vragen.answersHeading', { count: question.answers.length })}
        </h3>
        {question.answers.length ? (
          <ol className="plain-list answers">
            {question.answers.map((a) => (
              <AnswerItem
                key={a.id}
                answer={a}
                questionId={question.id}
                solved={question.solved_answer_id === a.id}
                mayMark={question.may_mark}
                signedIn={signedIn}
                isAvz={isAvz}
              />
            ))}
          </ol>
        ) : (
          <p className="muted">{t('vragen.noAnswers')}</p>
        )}
      </section>
      {identity?.organisation_id ? (
        <AnswerForm questionId={question.id} />
      ) : (
        <p className="muted">{t('vragen.signInToAnswer')}</p>
      )}
    </article>
  );
}
