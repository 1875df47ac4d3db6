import { COST_FACTS, costFacts, costForm, savedCostResult, type CostFact, type CostResult } from './costCheck.ts';
import { PLAN_FACTS, planFacts, planForm, savedPlan, type PlanFact } from './planStore.ts';
import { readStored } from '../../lib/storage.ts';

/**
 * What the money tools' saved results tell the triage checklist, named like the log's facts:
 * "plan.courtDebt", "cost.aboveLprCap". Read without changing anything: an unreadable saved form
 * tells nothing here, and its own page removes it with a notice.
 */
export const planFact = (fact: PlanFact) => `plan.${fact}`;
export const costFact = (fact: CostFact) => `cost.${fact}`;
export const MONEY_FACTS = [...PLAN_FACTS.map(planFact), ...COST_FACTS.map(costFact)];

const readable = <T>(value: T | null | 'unreadable') => (value === 'unreadable' ? null : value);

/** The money tools' saved results as their pages show them: null for a tool not used (or unreadable). */
export function moneyResults(storage: Storage): { cost: CostResult | null; plan: ReturnType<typeof savedPlan> } {
  const cost = readable(readStored(storage, costForm));
  const plan = readable(readStored(storage, planForm));
  return { cost: cost && savedCostResult(cost), plan: plan && savedPlan(plan) };
}

export function moneyFacts(storage: Storage): Set<string> {
  return new Set([
    ...[...planFacts(readable(readStored(storage, planForm)))].map(planFact),
    ...[...costFacts(readable(readStored(storage, costForm)))].map(costFact),
  ]);
}

/** The plan the user last made, as saved on this phone; null if there is none or it cannot be read. */
export function madePlan(storage: Storage): ReturnType<typeof savedPlan> {
  const saved = readable(readStored(storage, planForm));
  return saved && savedPlan(saved);
}

/** A repayment proposal as a letter states it: whole yuan a month, and for how many months. */
export type LetterProposal = { perMonth: string; months: string };

/**
 * The saved plan's proposal for the lender a letter is addressed to (its name as typed in the
 * plan), or for the only debt when the plan has one; none when the plan cannot say which debt, or
 * has no monthly offer for it (a payment order is due in full; an offer beyond the longest term).
 */
export function planProposalFor(storage: Storage, lenderName: string): LetterProposal | undefined {
  const made = madePlan(storage);
  if (!made) return undefined;
  const wanted = lenderName.trim().toLowerCase();
  const debts = made.input.debts;
  const debt = (wanted && debts.find((d) => d.lender.toLowerCase() === wanted)) || (debts.length === 1 ? debts[0] : undefined);
  const proposal = debt && made.plan.debts.find((p) => p.id === debt.id);
  if (!proposal || proposal.months === null) return undefined;
  return { perMonth: String(proposal.proposalPerMonth / 100), months: String(proposal.months) };
}
