import type { PartnershipScheme } from '../vocabulary';

// The dates a partnership works toward. TOP: fixed yearly deadlines counted back from the
// training year Y, kept on the day the scheme names even when that is a weekend (the scheme
// does not move them). Brancheopleiding: the dates the partnership itself records for the
// subsidy's accountability.

export const TOP_MILESTONES = [
  'registration_signed',
  'feedback',
  'definitive_registration',
  'in_en_doorstroom',
  'yearly_procedure',
] as const;
export const BRANCHE_MILESTONES = ['planned_start', 'material_access', 'completed'] as const;
export type MilestoneId = (typeof TOP_MILESTONES)[number] | (typeof BRANCHE_MILESTONES)[number];

export interface Milestone {
  id: MilestoneId;
  /** ISO day. */
  due: string;
  /** "by": due on that day at the latest; "before": the day itself is already late. */
  bound: 'by' | 'before';
}

const day = (year: number, month: number, dayOfMonth: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

/** The TOP scheme's deadlines for a new partnership whose first training year is `year`. */
export function topDeadlines(year: number): Milestone[] {
  const before = year - 1;
  return [
    { id: 'registration_signed', due: day(before, 2, 1), bound: 'by' },
    { id: 'feedback', due: day(before, 2, 15), bound: 'by' },
    { id: 'definitive_registration', due: day(before, 3, 1), bound: 'before' },
    { id: 'in_en_doorstroom', due: day(before, 5, 31), bound: 'by' },
    // From then on the partnership is an existing one: the yearly procedure for year + 1.
    { id: 'yearly_procedure', due: day(year, 2, 1), bound: 'by' },
  ];
}

export interface BrancheDates {
  plannedStart: string | null;
  materialAccess: string | null;
  completed: string | null;
}

/** The brancheopleiding's dates, where recorded: the planned start is the one to work toward. */
export function brancheMilestones(dates: BrancheDates): Milestone[] {
  const list: Milestone[] = [];
  if (dates.plannedStart) list.push({ id: 'planned_start', due: dates.plannedStart, bound: 'by' });
  if (dates.materialAccess)
    list.push({ id: 'material_access', due: dates.materialAccess, bound: 'by' });
  if (dates.completed) list.push({ id: 'completed', due: dates.completed, bound: 'by' });
  return list;
}

export type MilestoneState = 'done' | 'due' | 'late';

export interface TimelineEntry extends Milestone {
  state: MilestoneState;
  /** The day it was done, if recorded. */
  doneOn: string | null;
}

/**
 * Each milestone marked done (recorded), late (its day has passed without it) or due, relative
 * to `today` (ISO day), in date order.
 */
export function timeline(
  milestones: readonly Milestone[],
  doneOn: Partial<Record<MilestoneId, string>>,
  today: string,
): TimelineEntry[] {
  return [...milestones]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((m) => {
      const done = doneOn[m.id] ?? null;
      const passed = m.bound === 'by' ? today > m.due : today >= m.due;
      return { ...m, doneOn: done, state: done ? 'done' : passed ? 'late' : 'due' };
    });
}

/** The milestones of a partnership's scheme. */
export function milestonesFor(
  scheme: PartnershipScheme,
  trainingYear: number | null,
  dates: BrancheDates,
): Milestone[] {
  if (scheme === 'top') return trainingYear ? topDeadlines(trainingYear) : [];
  return brancheMilestones(dates);
}
