import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useIdentity } from '../../../data/queries/identity';
import { useMyMemberships, useMyRegistrations } from '../api/mine';
import { MembershipItem } from './membership-item';
import { RegistrationItem } from './registration-item';

/**
 * "Mijn aanmeldingen": what the signed-in organisation has going — registrations to change or
 * withdraw, requests to follow, invitations and coordination offers to answer.
 */
export function MyRegistrations() {
  const { t } = useTranslation();
  const { data: identity } = useIdentity();
  const enabled = !!identity?.organisation_id;
  const registrationsQuery = useMyRegistrations(enabled);
  const membershipsQuery = useMyMemberships(enabled);
  const registrations = registrationsQuery.data;
  const memberships = membershipsQuery.data;
  if (!enabled) return null;

  const toAnswer = (memberships ?? []).filter(
    (m) => m.state === 'invited' || m.coordination_offered,
  );
  const others = (memberships ?? []).filter((m) => !toAnswer.includes(m));
  return (
    <section aria-labelledby="mine-heading" className="mine">
      <h2 id="mine-heading" className="panel-heading">
        {t('mine.heading')}
      </h2>
      <LoadState queries={[registrationsQuery, membershipsQuery]} />
      {toAnswer.length ? (
        <>
          <h3>{t('mine.toAnswerHeading')}</h3>
          <ul className="plain-list">
            {toAnswer.map((m) => (
              <MembershipItem key={m.membership_id} membership={m} />
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('mine.registrationsHeading')}</h3>
      {registrations?.length ? (
        <ul className="plain-list">
          {registrations.map((r) => (
            <RegistrationItem key={r.registration_id} registration={r} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('mine.noRegistrations')}</p>
      )}
      <h3>{t('mine.membershipsHeading')}</h3>
      {others.length ? (
        <ul className="plain-list">
          {others.map((m) => (
            <MembershipItem key={m.membership_id} membership={m} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('mine.noMemberships')}</p>
      )}
    </section>
  );
}
