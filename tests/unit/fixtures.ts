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
