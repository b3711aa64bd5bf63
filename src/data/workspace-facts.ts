import type { PartnershipFacts } from '../domain/schemes/rules';
import type { RowOf } from './schemas';

type Page = RowOf<'partnership_page'>;
type Workspace = RowOf<'partnership_workspace'>;

/** What the scheme rules look at, from a partnership's page and its members' part. */
export function factsOf(page: Page, workspace: Workspace): PartnershipFacts {
  return {
    scheme: page.scheme,
    acceptedMembers: page.members.length,
    students: page.students,
    memberSectors: page.members.map((m) => m.sectors),
    settled: workspace.agreements.filter((a) => a.done).map((a) => a.item),
    regiehouderIsMember: page.members.some(
      (m) => m.organisation_id === page.coordinator_org_id && m.role === 'regiehouder',
    ),
    governanceSignedOn: workspace.governance_signed_on,
    unsignedMembers: workspace.signatures.filter((s) => s.signed_on === null).length,
    sectorsNearby: workspace.sectors_nearby,
  };
}
