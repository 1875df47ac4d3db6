import { MAX_FEN } from './amount.ts';

/** The same ids, in the same order, as the triage question "who lent you the money". */
export const LENDER_TYPES = ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform', 'private', 'dontKnow'] as const;
export type LenderType = (typeof LENDER_TYPES)[number];
export const COURT_STATUSES = ['none', 'paymentOrder', 'lawsuit', 'judgment', 'enforcement'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

/** Amounts in fen. monthlyDue 0 means no instalment is known: the whole outstanding amount is due. */
export type Debt = {
  id: string;
  lender: string;
  type: LenderType;
  outstanding: number;
  monthlyDue: number;
  daysOverdue: number;
  court: CourtStatus;
};

/**
 * Why a debt comes where it does, most urgent first:
 * courtDeadline: a payment order or lawsuit runs on 15-day legal deadlines;
 * enforcement: after a judgment, late payment interest doubles and consumption can be restricted;
 * creditCard: the only debt with a possible criminal route (under strict conditions);
 * licensed: bank loans and consumer finance;
 * other: small-loan companies, platforms, private lenders, unknown.
 */
export type PriorityReason = 'courtDeadline' | 'enforcement' | 'creditCard' | 'licensed' | 'other';
export type Proposal = { id: string; reason: PriorityReason; proposalPerMonth: number; months: number | null };
export type PlanFlag = 'nothingAffordable' | 'shortfall' | 'borrowingToRepay';

export type PlanInput = { income: number; essentials: number; debts: readonly Debt[]; borrowingToRepay?: boolean };
/**
 * affordable = income − essentials (never below 0); totalDue = what the lenders ask each month;
 * unallocated = affordable money no proposal uses (a buffer, or the yuan rounding left over).
 * debts are in priority order.
 */
export type Plan = { affordable: number; totalDue: number; unallocated: number; flags: PlanFlag[]; debts: Proposal[] };
export type PlanResult = ({ ok: true } & Plan) | { ok: false; error: 'badAmount' };

const REASONS: readonly PriorityReason[] = ['courtDeadline', 'enforcement', 'creditCard', 'licensed', 'other'];

function reasonFor(debt: Debt): PriorityReason {
  if (debt.court === 'paymentOrder' || debt.court === 'lawsuit') return 'courtDeadline';
  if (debt.court === 'judgment' || debt.court === 'enforcement') return 'enforcement';
  if (debt.type === 'bankCard') return 'creditCard';
  if (debt.type === 'bankLoan' || debt.type === 'consumerFinance') return 'licensed';
  return 'other';
}

const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;

type Ranked = { debt: Debt; reason: PriorityReason; due: number };

/**
 * Shares `pool` by outstanding amount, no debt getting more than its monthly due: whatever a
 * capped debt does not need goes back to the others. Shares are rounded down to whole yuan,
 * because a letter offering 333.33 a month reads as a computer's, not a person's.
 */
function shareByOutstanding(pool: number, debts: readonly Ranked[]): Map<Ranked, number> {
  const shares = new Map<Ranked, number>();
  let left = BigInt(pool);
  let open = debts.filter((d) => d.due > 0);
  while (open.length > 0) {
    const total = open.reduce((sum, d) => sum + BigInt(d.debt.outstanding), 0n);
    // Exact integers: a share reaches its due when pool × outstanding ≥ due × total.
    const capped = open.filter((d) => left * BigInt(d.debt.outstanding) >= BigInt(d.due) * total);
    if (capped.length === 0) {
      for (const d of open) shares.set(d, Number(((left * BigInt(d.debt.outstanding)) / total / 100n) * 100n));
      break;
    }
    for (const d of capped) {
      shares.set(d, d.due);
      left -= BigInt(d.due);
    }
    open = open.filter((d) => !capped.includes(d));
  }
  return shares;
}

/**
 * What the user can pay each month and how to split it.
 *
 * Order: by reason, then more days overdue first, then larger outstanding amount first.
 * Split: debts at a court stage are paid their monthly due first, in that order, while money
 * lasts, because their deadlines and costs are set by law. The rest is shared among the other
 * debts in proportion to what is outstanding, never above a debt's monthly due: every lender
 * gets a regular offer, which is what negotiation needs, and none gets all the money.
 * months: how long the proposal takes to clear the debt if nothing more is added to it.
 */
export function planRepayments({ income, essentials, debts, borrowingToRepay = false }: PlanInput): PlanResult {
  const amounts = [income, essentials, ...debts.flatMap((d) => [d.outstanding, d.monthlyDue])];
  if (!amounts.every(isFen) || !debts.every((d) => Number.isSafeInteger(d.daysOverdue) && d.daysOverdue >= 0)) {
    return { ok: false, error: 'badAmount' };
  }
  const affordable = Math.max(0, income - essentials);
  const ranked = debts
    .map((debt): Ranked => ({
      debt,
      reason: reasonFor(debt),
      due: debt.monthlyDue > 0 ? Math.min(debt.monthlyDue, debt.outstanding) : debt.outstanding,
    }))
    .sort(
      (a, b) =>
        REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) ||
        b.debt.daysOverdue - a.debt.daysOverdue ||
        b.debt.outstanding - a.debt.outstanding,
    );

  const atCourt = ranked.filter((d) => d.reason === 'courtDeadline' || d.reason === 'enforcement');
  const shares = new Map<Ranked, number>();
  let pool = affordable;
  for (const d of atCourt) {
    shares.set(d, Math.min(d.due, pool));
    pool -= shares.get(d)!;
  }
  for (const [d, share] of shareByOutstanding(pool, ranked.filter((d) => !atCourt.includes(d)))) shares.set(d, share);

  const proposals = ranked.map((d): Proposal => {
    const perMonth = shares.get(d) ?? 0;
    return { id: d.debt.id, reason: d.reason, proposalPerMonth: perMonth, months: perMonth > 0 ? Math.ceil(d.debt.outstanding / perMonth) : null };
  });
  const totalDue = ranked.reduce((sum, d) => sum + d.due, 0);
  const flags: PlanFlag[] = [];
  if (affordable === 0) flags.push('nothingAffordable');
  if (totalDue > affordable) flags.push('shortfall');
  if (borrowingToRepay) flags.push('borrowingToRepay');
  return {
    ok: true,
    affordable,
    totalDue,
    unallocated: affordable - proposals.reduce((sum, p) => sum + p.proposalPerMonth, 0),
    flags,
    debts: proposals,
  };
}
