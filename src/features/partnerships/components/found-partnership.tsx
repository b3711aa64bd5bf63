import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useIdentity } from '../../../data/queries/identity';
import { useWriteLabel } from '../../../data/queries/mutation';
import { useNetworkSites } from '../../../data/queries/network';
import { characterCount, hasHiddenCharacters, trimmed } from '../../../domain/text';
import {
  OPLEIDINGEN,
  PARTNERSHIP_SCHEMES,
  type Opleiding,
  type PartnershipScheme,
} from '../../../domain/vocabulary';
import { useFoundPartnership } from '../api/partnership-queries';

type Problem = 'name' | 'opleidingen' | 'site';

/**
 * "Richt een samenwerkingsverband op": a member organisation founds one at one of its own sites
 * and lands on its page as coordinator; the ambassador and the AvZ hear of it.
 */
export function FoundPartnership() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { data: identity } = useIdentity();
  const { data: sites } = useNetworkSites();
  const found = useFoundPartnership();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [scheme, setScheme] = useState<PartnershipScheme>('brancheopleiding');
  const [opleidingen, setOpleidingen] = useState<Opleiding[]>([]);
  const [site, setSite] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const label = useWriteLabel(
    found.isPending,
    t('verband.founding'),
    t('verband.foundSubmit'),
    t('verband.dbStarting'),
  );
  const organisation = identity?.organisation_id;
  if (!organisation) return null;
  const ownSites = (sites ?? []).filter((s) => s.organisation_id === organisation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = trimmed(name);
    const next: Problem[] = [];
    if (characterCount(text) < 3 || characterCount(text) > 120 || hasHiddenCharacters(text))
      next.push('name');
    if (!opleidingen.length) next.push('opleidingen');
    if (!site) next.push('site');
    setProblems(next);
    if (next.length || found.isPending) return;
    found.mutate(
      { name: text, opleidingen, meeting_site: site, scheme, status: 'seeking' },
      {
        onSuccess: (row) => {
          const created = (row as { partnership_id: string }).partnership_id;
          void navigate({ to: '/verbanden/$id', params: { id: created }, search: {} });
        },
      },
    );
  };
  const error = (problem: Problem) =>
    problems.includes(problem) ? (
      <p id={`${id}-${problem}-error`} className="field-error" role="alert">
        {t(`verband.foundError_${problem}`)}
      </p>
    ) : null;
  const describedBy = (problem: Problem) =>
    problems.includes(problem) ? `${id}-${problem}-error` : undefined;

  return (
    <section aria-labelledby={`${id}-heading`} className="found-partnership">
      <h2 id={`${id}-heading`} className="panel-heading">
        {t('verband.foundHeading')}
      </h2>
      {!open ? (
        <>
          <p className="muted">{t('verband.foundIntro')}</p>
          <button type="button" className="secondary" onClick={() => setOpen(true)}>
            {t('verband.foundOpen')}
          </button>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('verband.foundName')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={120}
              aria-invalid={problems.includes('name')}
              aria-describedby={describedBy('name')}
              onChange={(e) => setName(e.target.value)}
            />
            {error('name')}
          </div>
          <fieldset>
            <legend>{t('verband.foundScheme')}</legend>
            {PARTNERSHIP_SCHEMES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`${id}-scheme`}
                  checked={scheme === s}
                  onChange={() => setScheme(s)}
                />
                {t(`network.scheme_${s}`)}
              </label>
            ))}
          </fieldset>
          <fieldset aria-describedby={describedBy('opleidingen')}>
            <legend>{t('verband.foundOpleidingen')}</legend>
            {OPLEIDINGEN.map((o) => (
              <label key={o}>
                <input
                  type="checkbox"
                  checked={opleidingen.includes(o)}
                  onChange={() =>
                    setOpleidingen((list) =>
                      list.includes(o) ? list.filter((x) => x !== o) : [...list, o],
                    )
                  }
                />
                {t(`opleiding.${o}`)}
              </label>
            ))}
            {error('opleidingen')}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-site`}>{t('verband.foundSite')}</label>
            <select
              id={`${id}-site`}
              value={site}
              aria-invalid={problems.includes('site')}
              aria-describedby={describedBy('site')}
              onChange={(e) => setSite(e.target.value)}
            >
              <option value="">{t('verband.chooseSite')}</option>
              {ownSites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}, {s.place}
                </option>
              ))}
            </select>
            {error('site')}
          </div>
          <div className="card-actions">
            <button type="submit" aria-disabled={found.isPending || undefined}>
              {label}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('verband.cancel')}
            </button>
          </div>
          {found.error ? (
            <p role="alert" className="field-error">
              {t(errorMessageKey(found.error))}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
