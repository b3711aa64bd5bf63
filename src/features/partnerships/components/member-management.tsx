import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import { useNetworkSites } from '../../../data/queries/network';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import {
  useHandOver,
  useInviteOrganisation,
  useLeavePartnership,
  useRemoveMember,
  useRespondToHandover,
} from '../api/partnership-queries';
import { ReasonForm } from '../../../components/reason-form';

/**
 * Who belongs: the coordinator (or the AvZ) invites, removes and hands over the coordination
 * (the receiver accepts); a member leaves; the organisation offered the coordination answers.
 * Every change is written to the audit trail by the database.
 */
export function MemberManagement({
  page,
  workspace,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { data: identity } = useIdentity();
  const { data: sites } = useNetworkSites();
  const invite = useInviteOrganisation();
  const remove = useRemoveMember();
  const leave = useLeavePartnership();
  const handOver = useHandOver();
  const respond = useRespondToHandover();
  const [removing, setRemoving] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [invitee, setInvitee] = useState('');
  const [successor, setSuccessor] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const mine = identity?.organisation_id ?? null;
  const isMember = page.members.some((m) => m.organisation_id === mine);
  const offeredToMe = !!mine && page.pending_coordinator_org_id === mine;
  const others = page.members.filter((m) => m.organisation_id !== page.coordinator_org_id);
  const nameOf = (org: string | null) => page.members.find((m) => m.organisation_id === org)?.name;

  // Organisations with a site in the province that are not in the partnership or asked already.
  const candidates = useMemo(() => {
    const taken = new Set([
      ...page.members.map((m) => m.organisation_id),
      ...workspace.pending.map((p) => p.organisation_id),
    ]);
    const seen = new Map<string, string>();
    for (const s of sites ?? [])
      if (s.province_code === page.province_code && !taken.has(s.organisation_id))
        seen.set(s.organisation_id, s.organisation_name);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  }, [sites, page.members, page.province_code, workspace.pending]);

  const done = (text: string) => () => setOutcome(text);
  const error = invite.error ?? remove.error ?? leave.error ?? handOver.error ?? respond.error;
  if (!page.may_manage && !isMember && !offeredToMe) return null;

  return (
    <section aria-labelledby={`${id}-heading`} className="member-management">
      <h3 id={`${id}-heading`}>{t('verband.manageHeading')}</h3>
      {outcome ? <p role="status">{outcome}</p> : null}

      {offeredToMe ? (
        <div className="offer">
          <p>{t('verband.offeredToYou')}</p>
          <div className="card-actions">
            {[true, false].map((accept) => (
              <button
                key={String(accept)}
                type="button"
                className={accept ? undefined : 'secondary'}
                onClick={() =>
                  !respond.isPending &&
                  respond.mutate(
                    { partnership: page.id, accept },
                    {
                      onSuccess: done(
                        t(accept ? 'verband.handoverAccepted' : 'verband.handoverDeclined'),
                      ),
                    },
                  )
                }
              >
                {t(accept ? 'verband.acceptCoordination' : 'verband.declineCoordination')}
              </button>
            ))}
          </div>
        </div>
      ) : null}

      {page.may_manage ? (
        <>
          <ul className="plain-list">
            {others.map((m) => (
              <li key={m.membership_id}>
                {m.name}{' '}
                {removing === m.membership_id ? (
                  <ReasonForm
                    label={t('verband.removeReason', { name: m.name })}
                    submit={t('verband.removeConfirm')}
                    busy={remove.isPending}
                    onCancel={() => setRemoving(null)}
                    onSubmit={(reason) =>
                      remove.mutate(
                        { membership: m.membership_id, reason },
                        {
                          onSuccess: () => {
                            setRemoving(null);
                            setOutcome(t('verband.removed', { name: m.name }));
                          },
                        },
                      )
                    }
                  />
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setRemoving(m.membership_id)}
                  >
                    {t('verband.remove', { name: m.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>

          <form
            noValidate
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!invitee || invite.isPending) return;
              invite.mutate(
                { partnership: page.id, organisation: invitee },
                {
                  onSuccess: () => {
                    setOutcome(
                      t('verband.invited', {
                        name: candidates.find(([orgId]) => orgId === invitee)?.[1] ?? '',
                      }),
                    );
                    setInvitee('');
                  },
                },
              );
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-invitee`}>{t('verband.inviteLabel')}</label>
              <select
                id={`${id}-invitee`}
                value={invitee}
                onChange={(e) => setInvitee(e.target.value)}
              >
                <option value="">{t('verband.chooseOrganisation')}</option>
                {candidates.map(([orgId, name]) => (
                  <option key={orgId} value={orgId}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="secondary">
              {t('verband.inviteSubmit')}
            </button>
          </form>

          {page.pending_coordinator_org_id ? (
            <p>{t('verband.handoverPending', { name: nameOf(page.pending_coordinator_org_id) })}</p>
          ) : others.length ? (
            <form
              noValidate
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (!successor || handOver.isPending) return;
                handOver.mutate(
                  { partnership: page.id, organisation: successor },
                  {
                    onSuccess: done(t('verband.handoverPending', { name: nameOf(successor) })),
                  },
                );
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-successor`}>{t('verband.handoverLabel')}</label>
                <select
                  id={`${id}-successor`}
                  value={successor}
                  onChange={(e) => setSuccessor(e.target.value)}
                >
                  <option value="">{t('verband.chooseMember')}</option>
                  {others.map((m) => (
                    <option key={m.organisation_id} value={m.organisation_id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="secondary">
                {t('verband.handoverSubmit')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}

      {isMember && mine !== page.coordinator_org_id ? (
        leaving ? (
          <ReasonForm
            label={t('verband.leaveReason')}
            submit={t('verband.leaveConfirm')}
            busy={leave.isPending}
            onCancel={() => setLeaving(false)}
            onSubmit={(reason) =>
              leave.mutate(
                { partnership: page.id, reason },
                {
                  onSuccess: () => {
                    setLeaving(false);
                    setOutcome(t('verband.left'));
                  },
                },
              )
            }
          />
        ) : (
          <button type="button" className="secondary" onClick={() => setLeaving(true)}>
            {t('verband.leave')}
          </button>
        )
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </section>
  );
}
