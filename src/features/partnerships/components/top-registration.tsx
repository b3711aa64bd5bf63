import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { todayIso } from '../../../lib/dates';
import { useRecordGovernance, useSignRegistration } from '../api/partnership-queries';
import { useFormatDay } from '../hooks/use-format-day';

/**
 * TOP: the registration form every member signs for itself, and the governance agreement
 * (bestuurlijke overeenkomst) the regiehouder records.
 */
export function TopRegistration({
  page,
  workspace,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
}) {
  const { t } = useTranslation();
  const id = useId();
  const day = useFormatDay();
  const { data: identity } = useIdentity();
  const sign = useSignRegistration();
  const governance = useRecordGovernance();
  const [signedOn, setSignedOn] = useState(workspace.governance_signed_on ?? todayIso());
  const mine = workspace.signatures.find((s) => s.organisation_id === identity?.organisation_id);
  const nameOf = (org: string) => page.members.find((m) => m.organisation_id === org)?.name ?? '';
  const error = sign.error ?? governance.error;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('verband.registrationHeading')}</h3>
      <ul className="plain-list">
        {workspace.signatures.map((s) => (
          <li key={s.organisation_id}>
            {nameOf(s.organisation_id)}:{' '}
            {s.signed_on ? t('verband.signedOn', { day: day(s.signed_on) }) : t('verband.unsigned')}
          </li>
        ))}
      </ul>
      {mine ? (
        <button
          type="button"
          className="secondary"
          aria-disabled={sign.isPending || undefined}
          onClick={() =>
            !sign.isPending && sign.mutate({ partnership: page.id, signed: !mine.signed_on })
          }
        >
          {mine.signed_on ? t('verband.unsign') : t('verband.sign')}
        </button>
      ) : null}
      <h4>{t('verband.governanceHeading')}</h4>
      <p>
        {workspace.governance_signed_on
          ? t('verband.governanceOn', { day: day(workspace.governance_signed_on) })
          : t('verband.governanceMissing')}
      </p>
      {page.may_manage ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!governance.isPending)
              governance.mutate({ partnership: page.id, signed_on: signedOn || todayIso() });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-governance`}>{t('verband.governanceDay')}</label>
            <input
              id={`${id}-governance`}
              type="date"
              value={signedOn}
              max={todayIso()}
              onChange={(e) => setSignedOn(e.target.value)}
            />
          </div>
          <button type="submit" className="secondary">
            {t('verband.governanceSave')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </section>
  );
}
