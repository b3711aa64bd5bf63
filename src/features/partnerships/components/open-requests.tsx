import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { WorkspaceRow } from '../../../data/schemas';
import { useDecideMembership } from '../api/partnership-queries';
import { useFormatDay } from '../hooks/use-format-day';

/** Requests to join and open invitations; the coordinator (or ambassador, AvZ) decides requests. */
export function OpenRequests({
  workspace,
  partnershipName,
}: {
  workspace: WorkspaceRow;
  partnershipName: string;
}) {
  const { t } = useTranslation();
  const decide = useDecideMembership();
  const day = useFormatDay();
  const [outcome, setOutcome] = useState<string | null>(null);
  if (!workspace.pending.length && !outcome) return null;
  return (
    <section aria-labelledby="requests-heading">
      <h3 id="requests-heading">{t('verband.requestsHeading')}</h3>
      {outcome ? <p role="status">{outcome}</p> : null}
      <ul className="plain-list">
        {workspace.pending.map((m) => (
          <li key={m.membership_id} className="request">
            <p>
              <strong>{m.name}</strong> ·{' '}
              {t(m.state === 'requested' ? 'verband.requestedOn' : 'verband.invitedOn', {
                day: day(m.created_at),
              })}
            </p>
            {m.message ? <blockquote>{m.message}</blockquote> : null}
            {m.state === 'requested' ? (
              <div className="card-actions">
                {[true, false].map((accept) => (
                  <button
                    key={String(accept)}
                    type="button"
                    className={accept ? undefined : 'secondary'}
                    aria-label={t(accept ? 'verband.acceptRequest' : 'verband.declineRequest', {
                      name: m.name,
                    })}
                    aria-disabled={decide.isPending || undefined}
                    onClick={() => {
                      if (decide.isPending) return;
                      decide.mutate(
                        { membership: m.membership_id, accept },
                        {
                          onSuccess: () =>
                            setOutcome(
                              t(accept ? 'verband.accepted' : 'verband.declined', {
                                name: m.name,
                                partnership: partnershipName,
                              }),
                            ),
                        },
                      );
                    }}
                  >
                    {t(accept ? 'verband.accept' : 'verband.decline')}
                  </button>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {decide.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(decide.error))}
        </p>
      ) : null}
    </section>
  );
}
