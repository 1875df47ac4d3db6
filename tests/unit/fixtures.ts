import type { Answers } from '../../src/flow/schema.ts';

/** A complete path to the checklist with no safety flags: a bank credit card, night calls and relatives told. */
export const fullPath: Answers = {
  danger: 'no',
  selfHarm: 'no',
  caller: 'agency',
  channels: ['calls', 'contacts'],
  named: 'partly',
  debtMatches: 'matches',
  payRequests: ['none'],
  transferred: 'no',
  conduct: ['nightCalls', 'toldOthers'],
  lender: 'bankCard',
  court: 'none',
  canPay: 'part',
  circumstances: ['none'],
  goal: 'complain',
};
