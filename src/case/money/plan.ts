import type { LenderType } from '../case.ts';
import { MAX_FEN } from '../../lib/amount.ts';

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
 * paymentOrder: due in full now; within 15 days of service the user pays or objects in writing,
 *   and asking for instalments does not stop it (民诉法解释第436条), so it never gets a monthly offer;
 * courtDeadline: a lawsuit runs on a 15-day legal deadline;
 * enforcement: after a judgment, late payment interest doubles and consumption can be restricted;
 * creditCard: the only debt with a possible criminal route (under strict conditions);
 * licensed: bank loans and consumer finance;
 * other: small-loan companies, platforms, private lenders, unknown.
 */
export type PriorityReason = 'paymentOrder' | 'courtDeadline' | 'enforcement' | 'creditCard' | 'licensed' | 'other';
/**
 * One debt's line in the plan. dueNow: the whole amount is due at once (a payment order), never in
 * instalments. months: how long the monthly offer takes to clear the debt, or null when there is
 * no offer or it would take longer than MAX_TERM_MONTHS (then beyondTerm).
 */
export type Proposal = { id: string; reason: PriorityReason; proposalPerMonth: number; months: number | null; dueNow: number; beyondTerm: boolean };
export type PlanFlag = 'nothingAffordable' | 'shortfall' | 'borrowingToRepay' | 'paymentOrderDue' | 'beyondTerm';

/**
 * The longest repayment the plan proposes: a credit card's individual instalments run at most
 * 5 years (信用卡办法第70条), and for other lenders a plan of more than 5 years is not one to put
 * to them in a letter; the screen says plainly that the money does not stretch and points to the
 * hardship file and free legal advice instead.
 */
export const MAX_TERM_MONTHS = 60;

export type PlanInput = { income: number; essentials: number; debts: readonly Debt[]; borrowingToRepay?: boolean };
/**
 * affordable = income − essentials (never below 0); totalDue = what the lenders ask each month
 * (a payment order asks for everything at once, so it is not in it); unallocated = affordable money
 * no proposal uses: a buffer once every monthly due is met, otherwise only the fen below a yuan.
 * debts are in priority order.
 */
export type Plan = { affordable: number; totalDue: number; unallocated: number; flags: PlanFlag[]; debts: Proposal[] };
export type PlanResult = ({ ok: true } & Plan) | { ok: false; error: 'badAmount' };

const REASONS: readonly PriorityReason[] = ['paymentOrder', 'courtDeadline', 'enforcement', 'creditCard', 'licensed', 'other'];

function reasonFor(debt: Debt): PriorityReason {
  if (debt.court === 'paymentOrder') return 'paymentOrder';
  if (debt.court === 'lawsuit') return 'courtDeadline';
  if (debt.court === 'judgment' || debt.court === 'enforcement') return 'enforcement';
  if (debt.type === 'bankCard') return 'creditCard';
  if (debt.type === 'bankLoan' || debt.type === 'consumerFinance') return 'licensed';
  return 'other';
}

const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;

type Ranked = { debt: Debt; reason: PriorityReason; due: number };

/**
 * Shares `pool` by outstanding amount, no debt getting more than its monthly due: whatever a
 * capped debt does not need goes back to the others. Shares are whole yuan, because a letter
 * offering 333.33 a month reads as a computer's, not a person's; the yuan that rounding down
 * leaves over go one each to the largest remainders, so the shares add up to the pool's yuan.
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
      const exact = open.map((d) => ({ d, fen: (left * BigInt(d.debt.outstanding)) / total, rest: (left * BigInt(d.debt.outstanding)) % total }));
      const yuan = exact.map((e) => ({ ...e, share: (e.fen / 100n) * 100n }));
      let spare = (left / 100n) * 100n - yuan.reduce((sum, e) => sum + e.share, 0n);
      // Largest remainder first (fen below the yuan, then the division's own remainder).
      const byRemainder = [...yuan].sort((a, b) => Number((b.fen % 100n) - (a.fen % 100n)) || (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0));
      for (const e of byRemainder) {
        if (spare < 100n) break;
        if (e.share + 100n > BigInt(e.d.due)) continue;
        e.share += 100n;
        spare -= 100n;
      }
      for (const e of yuan) shares.set(e.d, Number(e.share));
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
 * Split: a payment order is due in full now and takes no monthly share. Debts at another court
 * stage are paid their monthly due first, in that order, while money lasts, because their
 * deadlines and costs are set by law. The rest is shared among the other
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
      (a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) || b.debt.daysOverdue - a.debt.daysOverdue || b.debt.outstanding - a.debt.outstanding,
    );

  const monthly = ranked.filter((d) => d.reason !== 'paymentOrder');
  const atCourt = monthly.filter((d) => d.reason === 'courtDeadline' || d.reason === 'enforcement');
  const shares = new Map<Ranked, number>();
  let pool = affordable;
  for (const d of atCourt) {
    shares.set(d, Math.min(d.due, pool));
    pool -= shares.get(d)!;
  }
  for (const [d, share] of shareByOutstanding(
    pool,
    monthly.filter((d) => !atCourt.includes(d)),
  ))
    shares.set(d, share);

  const proposals = ranked.map((d): Proposal => {
    const perMonth = shares.get(d) ?? 0;
    const months = perMonth > 0 ? Math.ceil(d.debt.outstanding / perMonth) : null;
    const beyondTerm = months !== null && months > MAX_TERM_MONTHS;
    const dueNow = d.reason === 'paymentOrder' ? d.debt.outstanding : 0;
    return { id: d.debt.id, reason: d.reason, proposalPerMonth: perMonth, months: beyondTerm ? null : months, dueNow, beyondTerm };
  });
  const totalDue = monthly.reduce((sum, d) => sum + d.due, 0);
  const flags: PlanFlag[] = [];
  if (affordable === 0) flags.push('nothingAffordable');
  if (totalDue > affordable) flags.push('shortfall');
  if (borrowingToRepay) flags.push('borrowingToRepay');
  if (proposals.some((p) => p.dueNow > 0)) flags.push('paymentOrderDue');
  if (proposals.some((p) => p.beyondTerm)) flags.push('beyondTerm');
  return {
    ok: true,
    affordable,
    totalDue,
    unallocated: affordable - proposals.reduce((sum, p) => sum + p.proposalPerMonth, 0),
    flags,
    debts: proposals,
  };
}
