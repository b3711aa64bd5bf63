import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { MyMembership } from '../../../data/schemas';
import { dayOrToday, formatDay } from '../../../lib/dates';
import { useRespondToHandover, useRespondToInvitation, useWithdrawRequest } from '../api/mine';

/**
 * One membership of the organisation: a request it can take back, an invitation or a
 * coordination offer it answers itself, or where it stands.
 */
export function MembershipItem({ membership: m }: { membership: MyMembership }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawRequest();
  const respond = useRespondToInvitation();
  const handover = useRespondToHandover();
  const busy = withdraw.isPending || respond.isPending || handover.isPending;
  const error = withdraw.error ?? respond.error ?? handover.error;
  const headingId = `membership-${m.membership_id}`;
  const since = dayOrToday(m.decided_at ?? m.created_at);
  const sinceText = since.today
    ? t('mine.today')
    : t('mine.since', { date: formatDay(since.date, i18n.language) });
  const act = (run: () => void) => () => {
    if (!busy) run();
  };
  // A partnership that ended answers no request and takes no invitation or coordination offer.
  const ended = m.partnership_status === 'ended';
  const open = m.state === 'requested' || m.state === 'invited';
  const where =
    m.coordination_offered && !ended
      ? t('mine.coordinationOffered')
      : ended && open
        ? t('mine.partnershipEnded')
        : t(`mine.state_${m.state}`);

  return (
    <li className="mine-item">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>{m.partnership_name}</h4>
        <p className="item-meta">
          {where}
          {m.state === 'accepted' && m.role === 'regiehouder'
            ? ` · ${t('mine.coordinator')}`
            : ''}{' '}
          · {sinceText}
        </p>
        {ended && m.state === 'accepted' ? <p>{t('mine.partnershipEnded')}</p> : null}
        {m.message && m.state === 'invited' ? (
          <p className="muted">{t('mine.inviteMessage', { message: m.message })}</p>
        ) : null}
        {m.decision_reason && (m.state === 'declined' || m.state === 'left') ? (
          <p className="muted">{t('mine.reason', { reason: m.decision_reason })}</p>
        ) : null}
        <div className="card-actions">
          {m.state === 'requested' ? (
            <button
              type="button"
              className="secondary"
              aria-disabled={busy || undefined}
              onClick={act(() => withdraw.mutate({ membership: m.membership_id }))}
            >
              {t('mine.withdrawRequest')}
            </button>
          ) : null}
          {m.state === 'invited' && !ended ? (
            <>
              <button
                type="button"
                className="primary"
                aria-disabled={busy || undefined}
                onClick={act(() => respond.mutate({ membership: m.membership_id, accept: true }))}
              >
                {t('mine.acceptInvitation')}
              </button>
              <button
                type="button"
                className="secondary"
                aria-disabled={busy || undefined}
                onClick={act(() => respond.mutate({ membership: m.membership_id, accept: false }))}
              >
                {t('mine.declineInvitation')}
              </button>
            </>
          ) : null}
          {m.coordination_offered && !ended ? (
            <>
              <button
                type="button"
                className="primary"
                aria-disabled={busy || undefined}
                onClick={act(() =>
                  handover.mutate({ partnership: m.partnership_id, accept: true }),
                )}
              >
                {t('mine.acceptCoordination')}
              </button>
              <button
                type="button"
                className="secondary"
                aria-disabled={busy || undefined}
                onClick={act(() =>
                  handover.mutate({ partnership: m.partnership_id, accept: false }),
                )}
              >
                {t('mine.declineCoordination')}
              </button>
            </>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="field-error">
            {t(errorMessageKey(error))}
          </p>
        ) : null}
      </article>
    </li>
  );
}
