import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { usePartnerships } from '../../../data/queries/network';
import type { InboxRow } from '../../../data/schemas';
import { useDecideMembership } from '../api/inbox';

/** A request to join a partnership: admit it (if a seat is free) or not, with a reason. */
export function RequestAnswers({
  item,
  onAnswered,
}: {
  item: InboxRow;
  onAnswered: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideMembership();
  const { data: partnerships } = usePartnerships();
  const [reason, setReason] = useState('');
  const partnership = partnerships?.find((p) => p.id === item.partnership_id);
  const free = partnership ? partnership.max_members - partnership.member_count : null;
  const full = free !== null && free <= 0;
  const reasonId = `full-${item.id}`;
  const answer = (accept: boolean) => {
    if (decide.isPending || (accept && full)) return;
    decide.mutate(
      { membership: item.id, accept, reason: accept ? null : reason.trim() || null },
      {
        onSuccess: () =>
          onAnswered(
            `${item.organisation_name}: ${t(accept ? 'ambassador.done_accepted' : 'ambassador.done_declined').toLowerCase()}`,
          ),
      },
    );
  };

  return (
    <>
      {free !== null ? (
        <p className="muted">
          {full ? t('ambassador.requestFull') : t('ambassador.seatsFree', { count: free })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`request-reason-${item.id}`}>{t('ambassador.requestReason')}</label>
        <textarea
          id={`request-reason-${item.id}`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          aria-disabled={full || decide.isPending || undefined}
          aria-describedby={full ? reasonId : undefined}
          onClick={() => answer(true)}
        >
          {t('ambassador.acceptRequest')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-disabled={decide.isPending || undefined}
          onClick={() => answer(false)}
        >
          {t('ambassador.declineRequest')}
        </button>
      </div>
      {full ? (
        <p id={reasonId} className="hint">
          {t('ambassador.requestFullReason')}
        </p>
      ) : null}
      {decide.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(decide.error))}
        </p>
      ) : null}
    </>
  );
}
