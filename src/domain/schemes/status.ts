import type { PartnershipStatus } from '../vocabulary';
import type { RuleGate, RuleOutcome } from './rules';

/**
 * The steps a partnership's status may take. Back from forming to seeking when members left;
 * a group that does not start can stop before it ever did (it then leaves the coverage board);
 * ended is final.
 */
export const STATUS_STEPS: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  seeking: ['forming', 'ended'],
  forming: ['seeking', 'active', 'ended'],
  active: ['ended'],
  ended: [],
};

/** The rule gates a status needs passed: forming needs the forming rules, active all of them. */
const GATES_FOR: Record<PartnershipStatus, readonly RuleGate[]> = {
  seeking: [],
  forming: ['forming'],
  active: ['forming', 'active'],
  ended: [],
};

export type StatusCheck =
  | { allowed: true }
  | { allowed: false; reason: 'not_a_step' }
  | { allowed: false; reason: 'rules'; failing: RuleOutcome[] };

/** Whether the status may move from `from` to `to`, and if not, why (the failing rules). */
export function checkStatusChange(
  from: PartnershipStatus,
  to: PartnershipStatus,
  outcomes: readonly RuleOutcome[],
): StatusCheck {
  if (!STATUS_STEPS[from].includes(to)) return { allowed: false, reason: 'not_a_step' };
  const gates = GATES_FOR[to];
  const failing = outcomes.filter((o) => gates.includes(o.rule.gate) && !o.passed);
  return failing.length ? { allowed: false, reason: 'rules', failing } : { allowed: true };
}

/** The rules that stand between the partnership and the next status toward a started group. */
export function rulesFor(to: PartnershipStatus, outcomes: readonly RuleOutcome[]) {
  return outcomes.filter((o) => GATES_FOR[to].includes(o.rule.gate));
}
