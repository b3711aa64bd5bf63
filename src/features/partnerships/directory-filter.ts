import type { DirectoryRow } from '../../data/schemas';
import type { Opleiding, PartnershipScheme, PartnershipStatus } from '../../domain/vocabulary';

export interface DirectoryFilters {
  opleiding: Opleiding | null;
  status: PartnershipStatus | null;
  scheme: PartnershipScheme | null;
  province: string | null;
  name: string;
}

/** Lower case without accents, so "fryslan" finds "Fryslân". */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The partnerships that fit every filter that is set, in the directory's order (by name), with
 * the ended ones after the current ones: people look for a group that is there.
 */
export function filterDirectory(rows: readonly DirectoryRow[], filters: DirectoryFilters) {
  const name = folded(filters.name);
  const fitting = rows.filter(
    (p) =>
      (!filters.opleiding || p.opleidingen.includes(filters.opleiding)) &&
      (!filters.status || p.status === filters.status) &&
      (!filters.scheme || p.scheme === filters.scheme) &&
      (!filters.province || p.province_code === filters.province) &&
      (!name || folded(`${p.name} ${p.place}`).includes(name)),
  );
  return [
    ...fitting.filter((p) => p.status !== 'ended'),
    ...fitting.filter((p) => p.status === 'ended'),
  ];
}

/** Groups of 10 that can start per opleiding, from the students counted toward the partnership. */
export const GROUP_SIZE = 10;
export const groupsPossible = (students: number) => Math.floor(students / GROUP_SIZE);
