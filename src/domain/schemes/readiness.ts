import { AGREEMENT_ITEMS, type AgreementItem } from '../vocabulary';
import type { RuleOutcome } from './rules';

export interface AgreementState {
  item: AgreementItem;
  done: boolean;
}

/**
 * How ready a partnership is to start its group: agreements settled of all five, and rules
 * passed of its scheme's. Ready when both are complete.
 */
export function readiness(agreements: readonly AgreementState[], outcomes: readonly RuleOutcome[]) {
  const settled = AGREEMENT_ITEMS.filter((item) =>
    agreements.some((a) => a.item === item && a.done),
  ).length;
  const passed = outcomes.filter((o) => o.passed).length;
  const total = AGREEMENT_ITEMS.length + outcomes.length;
  return {
    settled,
    agreements: AGREEMENT_ITEMS.length,
    passed,
    rules: outcomes.length,
    /** Share of everything in order, 0…1. */
    share: total ? (settled + passed) / total : 0,
    ready: settled === AGREEMENT_ITEMS.length && passed === outcomes.length,
  };
}
