import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import { useUrlState } from '../../../lib/url-state';
import { useRequestMembership } from '../api/request-membership';
import type { ReachItem, ReachResult } from '../hooks/use-reach';
import { useFindStore } from '../stores/find-params';
import { useResultHover } from '../stores/result-hover';

function JoinButton({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { data: identity } = useIdentity();
  const request = useRequestMembership();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (!identity) return <p className="hint">{t('find.joinSignIn')}</p>;
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={request.isPending}
        onClick={() =>
          request.mutate(partnershipId, {
            onSuccess: (row) =>
              setMessage({
                kind: 'ok',
                text:
                  row.state === 'requested'
                    ? t('find.joinRequested')
                    : t('find.joinAlready', { state: row.state }),
              }),
            onError: (error) =>
              setMessage({
                kind: 'error',
                text: t(errorMessageKey(error)),
              }),
          })
        }
      >
        {t('find.askToJoin')}
      </button>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'field-error' : 'success'}
        >
          {message.text}
        </p>
      ) : null}
    </>
  );
}

function ResultCard({ item }: { item: ReachItem }) {
  const { t } = useTranslation();
  const select = useUrlState((s) => s.select);
  const setHovered = useResultHover((s) => s.setHovered);
  const highlighted = useResultHover(
    (s) =>
      s.hovered?.id === item.id &&
      s.hovered.kind === (item.kind === 'seeker' ? 'site' : 'partnership'),
  );
  const target = {
    kind: item.kind === 'seeker' ? ('site' as const) : ('partnership' as const),
    id: item.id,
  };
  const title = item.kind === 'partnership' ? item.partnership.name : item.site.organisation_name;
  const headingId = `result-${item.id}`;

  return (
    <li
      className="result-card"
      data-highlighted={highlighted || undefined}
      onMouseEnter={() => setHovered(target)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(target)}
      onBlur={() => setHovered(null)}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p className="item-meta">
          <span className="minutes">
            {t('find.minutesAway', { minutes: Math.round(item.minutes) })}
          </span>
          {' · '}
          {item.kind === 'partnership' ? (
            <>
              {t('find.kindPartnership')}: {t(`status.${item.partnership.status}`)} ·{' '}
              {item.partnership.opleidingen.map((o) => t(`opleiding.${o}`)).join(', ')} ·{' '}
              {item.partnership.place}
            </>
          ) : (
            <>
              {t('find.kindSeeker')} · {item.site.place}
            </>
          )}
          {' · '}
          {t('find.studentsFor', { count: item.students })}
        </p>
        <div className="card-actions">
          <button type="button" className="secondary" onClick={() => select(target)}>
            {t('find.details')}
          </button>
          {item.kind === 'partnership' ? <JoinButton partnershipId={item.id} /> : null}
        </div>
      </article>
    </li>
  );
}

/** Partnerships and seekers in reach, nearest (by estimated travel time) first. */
export function ReachResults({ result }: { result: ReachResult }) {
  const { t } = useTranslation();
  const { opleiding, minutes, mode } = useFindStore();
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" className="panel-heading">
        {t('find.resultsHeading')}
      </h2>
      <p className="muted" aria-live="polite">
        {result.items.length
          ? t('find.resultsCount', { count: result.items.length, minutes, mode: t(`mode.${mode}`) })
          : t('find.resultsNone', { opleiding: t(`opleiding.${opleiding}`) })}
      </p>
      <ol className="result-list">
        {result.items.map((item) => (
          <ResultCard key={`${item.kind}-${item.id}`} item={item} />
        ))}
      </ol>
    </section>
  );
}
