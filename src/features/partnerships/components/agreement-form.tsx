import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { characterCount, hasHiddenCharacters, trimmed } from '../../../domain/text';
import type { AgreementItem } from '../../../domain/vocabulary';
import { useSaveAgreement } from '../api/partnership-queries';

export interface CandidateSite {
  id: string;
  label: string;
  member: boolean;
  practice: boolean;
}

type Agreement = WorkspaceRow['agreements'][number];
type Problem = 'responsible' | 'sites' | 'note';
const SITE_ITEMS: readonly AgreementItem[] = ['groepslocatie', 'praktijkplaatsen'];

/** One agreement: responsible member, settled or not, a note and (location, practice) sites. */
export function AgreementForm({
  item,
  partnershipId,
  current,
  members,
  candidates,
  editable,
}: {
  item: AgreementItem;
  partnershipId: string;
  current: Agreement | undefined;
  members: PartnershipPageRow['members'];
  candidates: CandidateSite[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveAgreement();
  const [responsible, setResponsible] = useState(current?.responsible_org_id ?? '');
  const [done, setDone] = useState(current?.done ?? false);
  const [note, setNote] = useState(current?.note ?? '');
  const [sites, setSites] = useState<string[]>(current?.sites.map((s) => s.site_id) ?? []);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const label = useWriteLabel(
    save.isPending,
    t('verband.saving'),
    t('verband.save'),
    t('verband.dbStarting'),
  );
  const title = t(`verband.agreement.${item}`);
  const headingId = `${id}-heading`;
  const responsibleName = members.find(
    (m) => m.organisation_id === current?.responsible_org_id,
  )?.name;

  if (!editable) {
    return (
      <div className="agreement" aria-labelledby={headingId} role="group">
        <h4 id={headingId}>
          <span aria-hidden="true">{current?.done ? '✓ ' : '○ '}</span>
          {title}
        </h4>
        <p>
          {current?.done ? t('verband.settled') : t('verband.notSettled')}
          {responsibleName ? ` · ${t('verband.responsibleIs', { name: responsibleName })}` : ''}
        </p>
        {current?.sites.length ? (
          <ul className="plain-list">
            {current.sites.map((s) => (
              <li key={s.site_id}>
                {s.organisation_name} — {s.name}, {s.place}
              </li>
            ))}
          </ul>
        ) : null}
        {current?.note ? <p className="hint">{current.note}</p> : null}
      </div>
    );
  }

  const needsSites = SITE_ITEMS.includes(item);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = trimmed(note);
    const next: Problem[] = [];
    if (done && !responsible) next.push('responsible');
    if (done && needsSites && !sites.length) next.push('sites');
    if (characterCount(text) > 1000 || hasHiddenCharacters(text, true)) next.push('note');
    setProblems(next);
    setSaved(false);
    if (next.length || save.isPending) return;
    save.mutate(
      {
        partnership: partnershipId,
        item,
        responsible: responsible || undefined,
        done,
        note: text || undefined,
        sites,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const error = (problem: Problem) =>
    problems.includes(problem) ? (
      <p id={`${id}-${problem}-error`} className="field-error" role="alert">
        {t(`verband.agreementError_${problem}`)}
      </p>
    ) : null;
  const describedBy = (problem: Problem) =>
    problems.includes(problem) ? `${id}-${problem}-error` : undefined;

  return (
    <form className="agreement" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h4 id={headingId}>
        <span aria-hidden="true">{current?.done ? '✓ ' : '○ '}</span>
        {title}
      </h4>
      <p className="hint">{t(`verband.agreementHint.${item}`)}</p>
      <div className="field">
        <label htmlFor={`${id}-responsible`}>{t('verband.responsible')}</label>
        <select
          id={`${id}-responsible`}
          value={responsible}
          aria-invalid={problems.includes('responsible')}
          aria-describedby={describedBy('responsible')}
          onChange={(e) => setResponsible(e.target.value)}
        >
          <option value="">{t('verband.nobodyYet')}</option>
          {members.map((m) => (
            <option key={m.organisation_id} value={m.organisation_id}>
              {m.name}
            </option>
          ))}
        </select>
        {error('responsible')}
      </div>
      {item === 'groepslocatie' ? (
        <div className="field">
          <label htmlFor={`${id}-site`}>{t('verband.groupSite')}</label>
          <select
            id={`${id}-site`}
            value={sites[0] ?? ''}
            aria-invalid={problems.includes('sites')}
            aria-describedby={describedBy('sites')}
            onChange={(e) => setSites(e.target.value ? [e.target.value] : [])}
          >
            <option value="">{t('verband.chooseSite')}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
                {s.member ? '' : ` (${t('verband.notMember')})`}
              </option>
            ))}
          </select>
          {error('sites')}
        </div>
      ) : null}
      {item === 'praktijkplaatsen' ? (
        <fieldset
          className="site-choices"
          aria-invalid={problems.includes('sites')}
          aria-describedby={describedBy('sites')}
        >
          <legend>{t('verband.practiceSites')}</legend>
          <div className="site-choice-list">
            {candidates.map((s) => (
              <label key={s.id}>
                <input
                  type="checkbox"
                  checked={sites.includes(s.id)}
                  onChange={() =>
                    setSites((list) =>
                      list.includes(s.id) ? list.filter((x) => x !== s.id) : [...list, s.id],
                    )
                  }
                />
                {s.label}
                {s.member ? '' : ` (${t('verband.notMember')})`}
                {s.practice ? ` · ${t('verband.practicePlace')}` : ''}
              </label>
            ))}
          </div>
          {error('sites')}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('verband.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          aria-invalid={problems.includes('note')}
          aria-describedby={describedBy('note')}
          onChange={(e) => setNote(e.target.value)}
        />
        {error('note')}
      </div>
      <label className="check">
        <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
        {t('verband.settledCheck')}
      </label>
      <div className="card-actions">
        <button type="submit" className="primary" aria-disabled={save.isPending || undefined}>
          {label}
        </button>
        {saved ? <span role="status">{t('verband.saved')}</span> : null}
      </div>
      {save.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(save.error))}
        </p>
      ) : null}
    </form>
  );
}
