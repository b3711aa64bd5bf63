import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useDataContext } from '../../../data/data-context';
import { useIdentity } from '../../../data/queries/identity';
import { DEFAULT_ESCALATION_WORKING_DAYS, waiting } from '../../../domain/waiting';
import { focusAndReveal } from '../../../lib/reveal';
import { useInbox } from '../api/inbox';
import { AmbassadorDirectory } from './ambassador-directory';
import { AmbassadorRegistry } from './ambassador-registry';
import { AuditTrail } from './audit-trail';
import { InboxItem } from './inbox-item';
import { InviteForm } from './invite-form';

/** "Ambassadeurs": the inbox of newcomers and join requests, and invitations by link. */
export function AmbassadorPanel() {
  const { t } = useTranslation();
  const { viewAs } = useDataContext();
  const identityQuery = useIdentity();
  const identity = identityQuery.data;
  const inboxQuery = useInbox(identity !== null && identity !== undefined);
  const inbox = inboxQuery.data;
  const now = new Date();
  const [outcome, setOutcome] = useState<{ text: string; at: number } | null>(null);
  const answered = (text: string) => setOutcome({ text, at: Date.now() });
  // The answered item leaves the list and its button with it: focus goes to what happened, and
  // that is scrolled into view (on a phone the list can be far below it).
  const outcomeMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!outcome) return;
    focusAndReveal(outcomeMessage.current, { smooth: false });
  }, [outcome]);

  if (identity === undefined) return <LoadState queries={[identityQuery]} />;
  if (!identity) {
    return (
      <section aria-labelledby="inbox-heading" className="inbox">
        <h2 id="inbox-heading" className="panel-heading">
          {t('ambassador.inboxHeading')}
        </h2>
        <p>{t('ambassador.signIn')}</p>
        {viewAs ? (
          <button type="button" className="secondary" onClick={() => viewAs?.('ambassadeur')}>
            {t('ambassador.viewAsAmbassador')}
          </button>
        ) : null}
        <AmbassadorDirectory />
      </section>
    );
  }

  const items = inbox ?? [];
  const escalated = items.filter((i) => waiting(new Date(i.waiting_since), now).escalated);
  const fresh = items.filter((i) => !escalated.includes(i));
  const answersInbox =
    identity.role === 'avz_coordinator' ||
    identity.ambassador_provinces.length > 0 ||
    identity.coordinated_partnerships.length > 0;
  if (!answersInbox) return <AmbassadorDirectory />;
  const canInvite =
    identity.role === 'avz_coordinator' ||
    identity.ambassador_provinces.length > 0 ||
    identity.coordinated_partnerships.length > 0;

  return (
    <>
      <section aria-labelledby="inbox-heading" className="inbox">
        <h2 id="inbox-heading" className="panel-heading">
          {t('ambassador.inboxHeading')}
        </h2>
        {inbox ? (
          <p>
            {items.length
              ? t('ambassador.inboxCount', { count: items.length })
              : t('ambassador.inboxEmpty')}
          </p>
        ) : (
          <LoadState queries={[inboxQuery]} />
        )}
        <p
          ref={outcomeMessage}
          role="status"
          tabIndex={-1}
          className={outcome ? 'success' : undefined}
        >
          {outcome?.text}
        </p>
        {escalated.length ? (
          <>
            <h3>{t('ambassador.escalatedHeading')}</h3>
            <p className="hint">
              {t('ambassador.escalatedNote', { days: DEFAULT_ESCALATION_WORKING_DAYS })}
            </p>
            <ol className="inbox-list">
              {escalated.map((item) => (
                <InboxItem
                  key={`${item.kind}-${item.id}`}
                  item={item}
                  now={now}
                  onAnswered={answered}
                />
              ))}
            </ol>
          </>
        ) : null}
        <ol className="inbox-list">
          {fresh.map((item) => (
            <InboxItem
              key={`${item.kind}-${item.id}`}
              item={item}
              now={now}
              onAnswered={answered}
            />
          ))}
        </ol>
      </section>
      {canInvite ? <InviteForm identity={identity} /> : null}
      {identity.role === 'avz_coordinator' ? <AmbassadorRegistry /> : null}
      {identity.role === 'avz_coordinator' || identity.coordinated_partnerships.length ? (
        <AuditTrail />
      ) : null}
    </>
  );
}
