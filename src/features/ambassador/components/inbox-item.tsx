import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../../../components/contact-details';
import { waiting } from '../../../domain/waiting';
import type { Opleiding } from '../../../domain/vocabulary';
import type { InboxRow } from '../../../data/schemas';
import { RegistrationAnswers } from './registration-answers';
import { RequestAnswers } from './request-answers';

/** One newcomer or join request: who, how long they wait, and the answers that fit. */
export function InboxItem({
  item,
  now,
  onAnswered,
}: {
  item: InboxRow;
  now: Date;
  /** Told what happened; the item itself leaves the inbox once answered. */
  onAnswered: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const [showContact, setShowContact] = useState(false);
  const wait = waiting(new Date(item.waiting_since), now);
  const headingId = `inbox-${item.id}`;

  return (
    <li className="inbox-item" data-escalated={wait.escalated || undefined}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{item.organisation_name}</h3>
        <p className="item-meta">
          <span className="waiting">{t('ambassador.waiting', { count: wait.days })}</span>
          {wait.escalated ? (
            <span className="escalated-badge"> · {t('ambassador.escalated')}</span>
          ) : null}
          {' · '}
          {item.kind === 'registration'
            ? t('ambassador.kind_registration')
            : t('ambassador.kind_membership', { partnership: item.partnership_name })}
        </p>
        <p>
          {item.kind === 'registration'
            ? t('ambassador.itemDetail', {
                opleiding: t(`opleiding.${item.opleiding as Opleiding}`),
                count: item.student_count ?? 0,
                place: item.place,
              })
            : t('ambassador.itemDetailRequest', { place: item.place ?? '' })}
        </p>
        {item.message ? (
          <p className="muted">{t('ambassador.message', { message: item.message })}</p>
        ) : null}
        <div className="inbox-actions">
          <button
            type="button"
            className="secondary"
            aria-expanded={showContact}
            onClick={() => setShowContact((v) => !v)}
          >
            {showContact ? t('ambassador.hideContact') : t('ambassador.contact')}
          </button>
          {showContact ? <ContactDetails organisationId={item.organisation_id} /> : null}
          {item.kind === 'registration' ? (
            <RegistrationAnswers item={item} onAnswered={onAnswered} />
          ) : (
            <RequestAnswers item={item} onAnswered={onAnswered} />
          )}
        </div>
      </article>
    </li>
  );
}
