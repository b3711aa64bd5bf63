import type { PartnershipPageRow, WorkspaceRow } from '../../data/schemas';
import type { AgreementItem, Opleiding } from '../../domain/vocabulary';
import { GROUP_SIZE, groupsPossible } from './directory-filter';

/** What the VWS scheme pays per opleiding for one group of 10 students, in euro cents. */
export const SUBSIDY_PER_GROUP_CENTS = 2_031_110;

export interface SubsidyPack {
  partnership: string;
  applicant: string | null;
  providers: string[];
  groups: { opleiding: Opleiding; students: number; groups: number; cents: number }[];
  totalCents: number;
  materialAccessOn: string | null;
  completedOn: string | null;
  agreements: {
    item: AgreementItem;
    done: boolean;
    responsible: string | null;
    note: string | null;
  }[];
  /** What still keeps the pack from being complete. */
  missing: ('applicant' | 'groups' | 'material_access' | 'completed')[];
}

/**
 * The subsidy application and accountability pack: the applicant, the participating providers,
 * per opleiding the groups of 10 and their amount, the dates and the agreements.
 */
export function subsidyPack(page: PartnershipPageRow, workspace: WorkspaceRow): SubsidyPack {
  const nameOf = (id: string | null) =>
    page.members.find((m) => m.organisation_id === id)?.name ?? null;
  const applicantRow = workspace.agreements.find((a) => a.item === 'subsidieaanvrager');
  const applicant = applicantRow?.done ? nameOf(applicantRow.responsible_org_id) : null;
  const groups = page.opleidingen.map((opleiding) => {
    const students = page.students[opleiding] ?? 0;
    const count = groupsPossible(students);
    return {
      opleiding,
      students: Math.min(students, count * GROUP_SIZE),
      groups: count,
      cents: count * SUBSIDY_PER_GROUP_CENTS,
    };
  });
  const totalCents = groups.reduce((sum, g) => sum + g.cents, 0);
  const missing: SubsidyPack['missing'] = [];
  if (!applicant) missing.push('applicant');
  if (totalCents === 0) missing.push('groups');
  if (!workspace.material_access_on) missing.push('material_access');
  if (!workspace.completed_on) missing.push('completed');
  return {
    partnership: page.name,
    applicant,
    providers: page.members.map((m) => m.name),
    groups,
    totalCents,
    materialAccessOn: workspace.material_access_on,
    completedOn: workspace.completed_on,
    agreements: workspace.agreements.map((a) => ({
      item: a.item,
      done: a.done,
      responsible: nameOf(a.responsible_org_id),
      note: a.note,
    })),
    missing,
  };
}
