import { nodeOf } from '../../src/flow/machine.ts';
import { costForm, type CostDraft } from '../../src/money/costCheck.ts';
import { planForm, type PlanDraft } from '../../src/money/planStore.ts';
import type { SavedForm } from '../../src/money/savedForm.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/triage/flow.ts';
import { machine } from '../../src/triage/triage.ts';
import { shortestPaths } from '../support/paths.ts';

/** storage: more items to put in localStorage first, such as a tool's saved form. */
export type Screen = { name: string; path: string; answers: Answers; storage?: Record<string, string> };

/** A tool's form as the app saves it. */
const savedForm = <T,>(form: SavedForm<T>, value: T) => ({ [form.key]: JSON.stringify({ format: form.format, value }) });

const privateLoan: CostDraft = {
  ...costForm.empty().draft,
  lender: 'private',
  contract: '10000',
  received: '8500',
  date: '2025-06-15',
  schedule: 'regular',
  count: '12',
  amount: '1000',
};
/** Every part of the form showing: a list of payments, a fee, and the LPR asked for. */
const unverifiedLoan: CostDraft = {
  ...privateLoan,
  date: '2026-05-15',
  schedule: 'dated',
  payments: [
    { id: '1', date: '2026-06-15', amount: '5000' },
    { id: '2', date: '2026-07-15', amount: '5000' },
  ],
  fees: [{ id: '1', kind: 'membership', amount: '199', when: 'atStart' }],
};
const threeDebts: PlanDraft = {
  income: '8000',
  essentials: '4000',
  borrowingToRepay: true,
  debts: [
    { id: '1', lender: '某小贷', type: 'smallLoan', outstanding: '8000', monthlyDue: '1000', daysOverdue: '60', court: 'none' },
    { id: '2', lender: '某银行信用卡', type: 'bankCard', outstanding: '60000', monthlyDue: '3000', daysOverdue: '90', court: 'none' },
    { id: '3', lender: '某消费金融', type: 'consumerFinance', outstanding: '20000', monthlyDue: '2000', daysOverdue: '30', court: 'paymentOrder' },
  ],
};

/**
 * Every screen the app can show, generated from the machine: each node reached by its
 * shortest path (with the answers that lead there), each result's review and checklist,
 * and the pages outside the flow.
 */
export function everyScreen(): Screen[] {
  const screens: Screen[] = [
    { name: 'start', path: '/', answers: {} },
    { name: 'data', path: '/data', answers: {} },
    { name: 'true cost', path: '/tools/cost', answers: {} },
    { name: 'true cost: private lender result', path: '/tools/cost', answers: {}, storage: savedForm(costForm, { draft: privateLoan, shown: true }) },
    { name: 'true cost: payments, fees, LPR not verified', path: '/tools/cost', answers: {}, storage: savedForm(costForm, { draft: unverifiedLoan, shown: true }) },
    { name: 'repayment plan', path: '/tools/plan', answers: {} },
    { name: 'repayment plan: three debts', path: '/tools/plan', answers: {}, storage: savedForm(planForm, { draft: threeDebts, shown: true }) },
  ];
  for (const path of shortestPaths(flow, machine)) {
    const nodeId = nodeOf(path.state);
    const answers = path.state.context.answers;
    if (flow.nodes[nodeId].type === 'result') {
      screens.push({ name: `review (${nodeId})`, path: '/review', answers }, { name: `result ${nodeId}`, path: '/checklist', answers });
    } else {
      screens.push({ name: nodeId, path: `/q/${nodeId}`, answers });
    }
  }
  return screens;
}

/** Puts answers into the page's storage the way the app saves them. */
export function seed(answers: Answers) {
  return { key: `duice:flow:${flow.id}`, value: JSON.stringify({ format: 1, flowId: flow.id, flowVersion: flow.version, answers }) };
}
