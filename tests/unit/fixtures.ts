import { costForm, type CostDraft } from '../../src/case/money/costCheck.ts';
import type { DebtDraft } from '../../src/case/money/planStore.ts';
import type { Answers } from '../../src/flow/schema.ts';

/** A complete path to the checklist with no safety flags: a bank credit card, night calls and relatives told. */
export const fullPath: Answers = {
  danger: ['none'],
  caller: 'agency',
  debtMatches: 'matches',
  payRequests: ['none'],
  conduct: ['nightCalls', 'contactedOthers', 'toldOthers', 'noIdentity'],
  lender: 'bankCard',
  court: 'none',
  canPay: 'part',
  circumstances: ['none'],
  goal: 'complain',
};

/** A private loan in the true-cost check: 10,000 on the contract, 8,500 received, 12 × 1,000 from June 2025. */
export const privateLoanDraft = (change: Partial<CostDraft> = {}): CostDraft => ({
  ...costForm.empty().draft,
  lender: 'private',
  contract: '10000',
  received: '8500',
  date: '2025-06-15',
  schedule: 'regular',
  count: '12',
  amount: '1000',
  ...change,
});

/** One debt in the repayment plan's form, with no days overdue. */
export const planDebt = (
  id: string,
  lender: string,
  type: DebtDraft['type'],
  outstanding: string,
  monthlyDue: string,
  court: DebtDraft['court'],
): DebtDraft => ({
  id,
  lender,
  type,
  outstanding,
  monthlyDue,
  daysOverdue: '',
  court,
});
