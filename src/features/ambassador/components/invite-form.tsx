import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { usePartnerships } from '../../../data/queries/network';
import { useProvinces } from '../../../data/queries/provinces';
import { sortProvincesByName } from '../../../domain/provinces';
import type { Identity } from '../../../data/schemas';
import { OPLEIDINGEN, type Opleiding } from '../../../domain/vocabulary';
import { useCreateInvitation } from '../api/inbox';

/** An ambassador or coordinator creates a single-use invitation link for a newcomer. */
export function InviteForm({ identity }: { identity: Identity }) {
  const { t, i18n } = useTranslation();
  const { data: partnerships } = usePartnerships();
  const { data: provinces } = useProvinces();
  const create = useCreateInvitation();
  const [partnership, setPartnership] = useState('');
  // The AvZ invites into any province, an ambassador into its own.
  const invitable =
    identity.role === 'avz_coordinator'
      ? sortProvincesByName(provinces?.features ?? []).map((f) => f.id as string)
      : identity.ambassador_provinces;
  const [chosenProvince, setProvince] = useState<string | null>(null);
  const province = chosenProvince ?? invitable[0] ?? '';
  const provinceName = (code: string) =>
    provinces?.features.find((f) => f.id === code)?.properties.name ?? code;
  const [opleiding, setOpleiding] = useState<Opleiding | ''>('');
  const [days, setDays] = useState('14');
  const [copied, setCopied] = useState(false);
  const daysValid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 60;
  const steerable = (partnerships ?? []).filter(
    (p) =>
      p.status !== 'ended' &&
      (identity.role === 'avz_coordinator' ||
        identity.coordinated_partnerships.includes(p.id) ||
        identity.ambassador_provinces.includes(p.province_code)),
  );
  const link = create.data
    ? `${window.location.origin}${import.meta.env.BASE_URL}uitnodiging?token=${create.data.token}`
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!daysValid) return;
    setCopied(false);
    create.mutate({
      partnership: partnership || null,
      opleiding: opleiding || null,
      province: partnership ? null : province || null,
      valid_days: Number(days),
    });
  };

  return (
    <section aria-labelledby="invite-heading" className="invite">
      <h2 id="invite-heading" className="panel-heading">
        {t('ambassador.inviteHeading')}
      </h2>
      <p className="muted">{t('ambassador.inviteIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="invite-partnership">{t('ambassador.invitePartnership')}</label>
          <select
            id="invite-partnership"
            value={partnership}
            onChange={(e) => setPartnership(e.target.value)}
          >
            <option value="">{t('ambassador.inviteNoPartnership')}</option>
            {steerable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {!partnership && invitable.length > 1 ? (
          <div className="field">
            <label htmlFor="invite-province">{t('ambassador.inviteProvince')}</label>
            <select
              id="invite-province"
              value={province}
              onChange={(e) => setProvince(e.target.value)}
            >
              {invitable.map((code) => (
                <option key={code} value={code}>
                  {provinceName(code)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field-grid">
          <div className="field">
            <label htmlFor="invite-opleiding">{t('ambassador.inviteOpleiding')}</label>
            <select
              id="invite-opleiding"
              value={opleiding}
              onChange={(e) => setOpleiding(e.target.value as Opleiding | '')}
            >
              <option value="">{t('ambassador.inviteAnyOpleiding')}</option>
              {OPLEIDINGEN.map((o) => (
                <option key={o} value={o}>
                  {t(`opleiding.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="invite-days">{t('ambassador.inviteDays')}</label>
            <input
              id="invite-days"
              type="number"
              min={1}
              max={60}
              value={days}
              aria-invalid={!daysValid}
              aria-describedby={daysValid ? undefined : 'invite-days-error'}
              onChange={(e) => setDays(e.target.value)}
            />
            {daysValid ? null : (
              <p id="invite-days-error" className="field-error" role="alert">
                {t('ambassador.inviteDaysError')}
              </p>
            )}
          </div>
        </div>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('ambassador.createInvite')}
        </button>
      </form>
      {create.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(create.error))}
        </p>
      ) : null}
      {link && create.data ? (
        <div role="status" className="success invite-link">
          <p>
            {t('ambassador.inviteCreated', {
              date: new Date(create.data.expires_at).toLocaleDateString(
                i18n.language === 'en' ? 'en-GB' : 'nl-NL',
              ),
            })}
          </p>
          <input
            type="text"
            readOnly
            value={link}
            aria-label={t('ambassador.inviteHeading')}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
          >
            {copied ? t('ambassador.copied') : t('ambassador.copy')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
