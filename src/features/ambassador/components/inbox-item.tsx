import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../../../components/contact-details';
import { cohortGauge, type StudentSite } from '../../../domain/cohort';
import { ReachIndex } from '../../../domain/reach';
import { waiting } from '../../../domain/waiting';
import type { Opleiding } from '../../../domain/vocabulary';
import { errorMessageKey } from '../../../data/errors';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import type { InboxRow } from '../../../data/schemas';
import {
  useAnswerWithPartnership,
  useDecideMembership,
  useDeclineRegistration,
} from '../api/inbox';

/** One newcomer or join request: who, how long they wait, how close a group is, and the answers. */
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
  const [partnership, setPartnership] = useState('');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const answer = useAnswerWithPartnership();
  const decline = useDeclineRegistration();
  const decide = useDecideMembership();
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  const wait = waiting(new Date(item.created_at), now);
  const opleiding = item.kind === 'registration' ? (item.opleiding as Opleiding) : null;
  const headingId = `inbox-${item.id}`;

  const candidates = (partnerships ?? []).filter(
    (p) =>
      p.province_code === item.province_code &&
      p.status !== 'ended' &&
      (!opleiding || p.opleidingen.includes(opleiding)),
  );

  const reach = useMemo(() => {
    if (!opleiding || !sites || item.lat === null || item.lng === null) return null;
    const withStudents: StudentSite[] = sites.flatMap((s) => {
      const d = s.demand.find((x) => x.opleiding === opleiding);
      return d
        ? [
            {
              siteId: s.id,
              organisationId: s.organisation_id,
              organisationName: s.organisation_name,
              students: d.student_count,
              mode: d.travel_mode,
              maxMinutes: d.max_minutes,
              lat: s.lat,
              lng: s.lng,
            },
          ]
        : [];
    });
    return cohortGauge(
      {
        lat: item.lat,
        lng: item.lng,
        students: item.student_count ?? 0,
        mode: item.travel_mode ?? 'ov',
        maxMinutes: item.max_minutes ?? 30,
        organisationId: item.organisation_id,
      },
      new ReachIndex(withStudents),
    );
  }, [opleiding, sites, item]);

  const setDone = (key: 'done_accepted' | 'done_invited' | 'done_declined') =>
    onAnswered(`${item.organisation_name}: ${t(`ambassador.${key}`).toLowerCase()}`);
  const error = answer.error ?? decline.error ?? decide.error;
  const errorText = error ? t(errorMessageKey(error)) : null;

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
                students: item.student_count,
                place: item.place,
              })
            : t('ambassador.itemDetailRequest', { place: item.place ?? '' })}
        </p>
        {reach ? (
          <p className="muted">{t('ambassador.reach', { count: reach.reachable })}</p>
        ) : null}
        {item.message ? (
          <p className="muted">{t('ambassador.message', { message: item.message })}</p>
        ) : null}
        {
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
              <>
                {candidates.length ? (
                  <div className="field">
                    <label htmlFor={`partnership-${item.id}`}>{t('ambassador.partnership')}</label>
                    <select
                      id={`partnership-${item.id}`}
                      value={partnership}
                      onChange={(e) => setPartnership(e.target.value)}
                    >
                      <option value="">{t('ambassador.choosePartnership')}</option>
                      {candidates.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name} ({t(`status.${p.status}`)})
                        </option>
                      ))}
                    </select>
                  </div>
                ) : (
                  <p className="hint">{t('ambassador.noPartnerships')}</p>
                )}
                <div className="card-actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={!partnership || answer.isPending}
                    onClick={() =>
                      answer.mutate(
                        { registration: item.id, partnership, accept: true },
                        { onSuccess: () => setDone('done_accepted') },
                      )
                    }
                  >
                    {t('ambassador.accept')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={!partnership || answer.isPending}
                    onClick={() =>
                      answer.mutate(
                        { registration: item.id, partnership, accept: false },
                        { onSuccess: () => setDone('done_invited') },
                      )
                    }
                  >
                    {t('ambassador.suggest')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={declining}
                    onClick={() => setDeclining((v) => !v)}
                  >
                    {t('ambassador.decline')}
                  </button>
                </div>
                {declining ? (
                  <form
                    className="decline-form"
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (reason.trim().length < 3) return setReasonError(true);
                      setReasonError(false);
                      decline.mutate(
                        { registration: item.id, reason: reason.trim() },
                        { onSuccess: () => setDone('done_declined') },
                      );
                    }}
                  >
                    <div className="field">
                      <label htmlFor={`reason-${item.id}`}>{t('ambassador.declineReason')}</label>
                      <textarea
                        id={`reason-${item.id}`}
                        value={reason}
                        rows={2}
                        aria-invalid={reasonError}
                        aria-describedby={`reason-${item.id}-hint${reasonError ? ` reason-${item.id}-error` : ''}`}
                        onChange={(e) => setReason(e.target.value)}
                      />
                      <p id={`reason-${item.id}-hint`} className="hint">
                        {t('ambassador.declineReasonHint')}
                      </p>
                      {reasonError ? (
                        <p id={`reason-${item.id}-error`} className="field-error" role="alert">
                          {t('ambassador.declineReasonError')}
                        </p>
                      ) : null}
                    </div>
                    <button type="submit" className="secondary" disabled={decline.isPending}>
                      {t('ambassador.confirmDecline')}
                    </button>
                  </form>
                ) : null}
              </>
            ) : (
              <div className="card-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      { membership: item.id, accept: true },
                      { onSuccess: () => setDone('done_accepted') },
                    )
                  }
                >
                  {t('ambassador.acceptRequest')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      { membership: item.id, accept: false },
                      { onSuccess: () => setDone('done_declined') },
                    )
                  }
                >
                  {t('ambassador.declineRequest')}
                </button>
              </div>
            )}
            {errorText ? (
              <p role="alert" className="field-error">
                {errorText}
              </p>
            ) : null}
          </div>
        }
      </article>
    </li>
  );
}
