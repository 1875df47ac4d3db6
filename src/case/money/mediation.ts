import { mayOfferToPay, type Case, type LenderType } from '../case.ts';
import type { Plan, PlanInput } from './plan.ts';

/**
 * The repayment plan as a proposal to put before a mediator (调解方案): each debt with what the
 * user proposes for it. Pure: the same plan and case always give the same proposal.
 *
 * What each debt's line proposes:
 * monthly: so much a month, for about so many months;
 * dueInFull: a payment order (支付令) is due in full now and is never split into instalments;
 * beyondTerm: what the user can pay does not clear it within the plan's longest term;
 * nothingNow: no money for it yet;
 * toVerify: no offer at all, because the user disputes the debt or has not checked it
 *   (mayOfferToPay): a written offer to pay concedes the debt and can restart limitation.
 */
export type ProposalOffer =
  | { kind: 'monthly'; perMonth: number; months: number }
  | { kind: 'dueInFull'; amount: number }
  | { kind: 'beyondTerm'; perMonth: number }
  | { kind: 'nothingNow' }
  | { kind: 'toVerify' };

export type ProposalLine = { id: string; lender: string; type: LenderType; outstanding: number; offer: ProposalOffer };

/** offers: whether the proposal offers any payment; affordable is told only when it does. Amounts in fen. */
export type MediationProposal = {
  offers: boolean;
  income: number;
  essentials: number;
  affordable?: number;
  totalOutstanding: number;
  lines: ProposalLine[];
};

export function mediationProposal(input: PlanInput, plan: Plan, theCase: Case): MediationProposal {
  const offers = mayOfferToPay(theCase);
  const debtById = new Map(input.debts.map((debt) => [debt.id, debt]));
  const lines = plan.debts.map((proposal): ProposalLine => {
    const debt = debtById.get(proposal.id)!;
    const offer = (): ProposalOffer => {
      if (!offers) return { kind: 'toVerify' };
      if (proposal.dueNow > 0) return { kind: 'dueInFull', amount: proposal.dueNow };
      if (proposal.beyondTerm) return { kind: 'beyondTerm', perMonth: proposal.proposalPerMonth };
      if (proposal.months === null) return { kind: 'nothingNow' };
      return { kind: 'monthly', perMonth: proposal.proposalPerMonth, months: proposal.months };
    };
    return { id: debt.id, lender: debt.lender, type: debt.type, outstanding: debt.outstanding, offer: offer() };
  });
  return {
    offers,
    income: input.income,
    essentials: input.essentials,
    ...(offers && { affordable: plan.affordable }),
    totalOutstanding: input.debts.reduce((sum, debt) => sum + debt.outstanding, 0),
    lines,
  };
}
