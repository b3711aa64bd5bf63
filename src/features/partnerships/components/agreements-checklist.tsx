import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNetworkSites } from '../../../data/queries/network';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { AGREEMENT_ITEMS } from '../../../domain/vocabulary';
import { AgreementForm, type CandidateSite } from './agreement-form';

/**
 * The five agreements every partnership makes (also without subsidy): who is responsible,
 * whether it is settled, a note, and the sites where that applies. The coordinator and the AvZ
 * edit them; other members read them.
 */
export function AgreementsChecklist({
  page,
  workspace,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
}) {
  const { t } = useTranslation();
  const { data: sites } = useNetworkSites();
  const candidates = useMemo<CandidateSite[]>(() => {
    const members = new Set(page.members.map((m) => m.organisation_id));
    return (sites ?? [])
      .filter((s) => members.has(s.organisation_id) || s.province_code === page.province_code)
      .map((s) => ({
        id: s.id,
        label: `${s.organisation_name} — ${s.name}, ${s.place}`,
        member: members.has(s.organisation_id),
        practice: s.is_practice_place,
      }))
      .sort((a, b) => Number(b.member) - Number(a.member) || a.label.localeCompare(b.label, 'nl'));
  }, [sites, page.members, page.province_code]);
  const settled = workspace.agreements.filter((a) => a.done).length;

  return (
    <section aria-labelledby="agreements-heading" className="agreements">
      <h3 id="agreements-heading">{t('verband.agreementsHeading')}</h3>
      <p className="hint">
        {t('verband.agreementsCount', { count: settled, total: AGREEMENT_ITEMS.length })}
      </p>
      {AGREEMENT_ITEMS.map((item) => (
        <AgreementForm
          key={item}
          item={item}
          partnershipId={page.id}
          current={workspace.agreements.find((a) => a.item === item)}
          members={page.members}
          candidates={candidates}
          editable={page.may_manage}
        />
      ))}
    </section>
  );
}
