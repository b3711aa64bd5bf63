import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupCount, WithYou } from '../../../components/group-count';
import { errorMessageKey } from '../../../data/errors';
import type { InboxRow } from '../../../data/schemas';
import { useAnswerWithPartnership } from '../api/inbox';
import { useRegistrationMatch } from '../hooks/use-registration-match';
import { DeclineForm } from './decline-form';
import { ProposeForm } from './propose-form';

type Panel = 'none' | 'propose' | 'decline';

/**
 * A newcomer's registration: its options from the matching model, and the answers that follow
 * from them — take it into a partnership in reach, suggest one, propose a new partnership when
 * ten can meet, or decline with a reason. A disabled answer says why.
 */
export function RegistrationAnswers({
  item,
  onAnswered,
}: {
  item: InboxRow;
  onAnswered: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const match = useRegistrationMatch(item);
  const answer = useAnswerWithPartnership();
  const [chosen, setChosen] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  if (!match) return null;

  const { result, joinable, proposable } = match;
  const target = joinable.find((o) => o.partnership.id === chosen) ?? joinable[0] ?? null;
  const noJoinId = `no-join-${item.id}`;
  const noProposalId = `no-proposal-${item.id}`;
  const bestNew = result.options.find((o) => o.kind === 'new' && o.withinLimit);
  const send = (accept: boolean) => {
    if (!target || answer.isPending) return;
    answer.mutate(
      { registration: item.id, partnership: target.partnership.id, accept },
      {
        onSuccess: () =>
          onAnswered(
            `${item.organisation_name}: ${t(accept ? 'ambassador.done_accepted' : 'ambassador.done_invited').toLowerCase()} (${target.partnership.name})`,
          ),
      },
    );
  };

  return (
    <>
      <p className="muted">
        {t('ambassador.best')} <GroupCount total={result.gauge.count} />
      </p>
      {result.options.length ? (
        <ul className="option-summary">
          {result.options.slice(0, 3).map((o) => (
            <li
              key={o.kind === 'join' ? o.partnership.id : `new-${o.meetingPoint.siteId ?? 'here'}`}
            >
              {o.kind === 'join'
                ? o.partnership.name
                : t('find.newGroupAt', { place: o.meetingPoint.place })}
              {' — '}
              {o.withinLimit
                ? t('find.minutesWithin', { minutes: Math.round(o.minutes) })
                : t('find.minutesBeyond', {
                    minutes: Math.round(o.minutes),
                    count: o.extraMinutes,
                  })}
              {' · '}
              <WithYou total={o.total} />
              {o.kind === 'join' && o.full ? ` · ${t('ambassador.fullShort')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('ambassador.noOptions')}</p>
      )}
      {joinable.length > 1 ? (
        <div className="field">
          <label htmlFor={`partnership-${item.id}`}>{t('ambassador.partnership')}</label>
          <select
            id={`partnership-${item.id}`}
            value={target?.partnership.id ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {joinable.map((o) => (
              <option key={o.partnership.id} value={o.partnership.id}>
                {o.partnership.name} ({t(`status.${o.partnership.status}`)},{' '}
                {t('find.minutesWithin', { minutes: Math.round(o.minutes) })})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          aria-disabled={!target || answer.isPending || undefined}
          aria-describedby={target ? undefined : noJoinId}
          onClick={() => send(true)}
        >
          {target
            ? t('ambassador.acceptInto', { name: target.partnership.name })
            : t('ambassador.accept')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-disabled={!target || answer.isPending || undefined}
          aria-describedby={target ? undefined : noJoinId}
          onClick={() => send(false)}
        >
          {t('ambassador.suggest')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'propose'}
          aria-disabled={!proposable || undefined}
          aria-describedby={proposable ? undefined : noProposalId}
          onClick={() => proposable && setPanel(panel === 'propose' ? 'none' : 'propose')}
        >
          {t('ambassador.propose')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'decline'}
          onClick={() => setPanel(panel === 'decline' ? 'none' : 'decline')}
        >
          {t('ambassador.decline')}
        </button>
      </div>
      {target ? null : (
        <p id={noJoinId} className="hint">
          {t('ambassador.noJoinReason', { opleiding: t(`opleiding.${match.opleiding}`) })}
        </p>
      )}
      {proposable ? null : (
        <p id={noProposalId} className="hint">
          {t('ambassador.noProposalReason', { count: bestNew?.total ?? item.student_count ?? 0 })}
        </p>
      )}
      {panel === 'propose' && proposable ? (
        <ProposeForm
          item={item}
          opleiding={match.opleiding}
          group={proposable}
          onCancel={() => setPanel('none')}
          onProposed={onAnswered}
        />
      ) : null}
      {panel === 'decline' ? <DeclineForm item={item} onDeclined={onAnswered} /> : null}
      {answer.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(answer.error))}
        </p>
      ) : null}
    </>
  );
}
