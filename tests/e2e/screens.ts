import zhCourt from '../../locales/zh-CN/court.json' with { type: 'json' };
import zhHelp from '../../locales/zh-CN/help.json' with { type: 'json' };
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { nodeOf } from '../../src/flow/machine.ts';
import { costForm, type CostDraft } from '../../src/case/money/costCheck.ts';
import { planForm, type PlanDraft } from '../../src/case/money/planStore.ts';
import type { SavedForm } from '../../src/case/money/savedForm.ts';
import type { Answers } from '../../src/flow/schema.ts';
import type { LogEntry } from '../../src/case/log/entry.ts';
import { flow } from '../../src/case/flow.ts';
import { machine } from '../../src/case/triage.ts';
import { shortestPaths } from '../support/paths.ts';
import { privateLoanDraft } from '../unit/fixtures.ts';

/**
 * `storage`: more items to put in localStorage first, such as a tool's saved form;
 * `log`: the contact log holds a few flagged entries (see seededLog);
 * `heading`: for a page outside the triage, its heading in Simplified Chinese. These pages also get
 * a smoke check in every engine (crossEngine.spec.ts), so a new tool page is one line here.
 */
export type Screen = { name: string; path: string; answers: Answers; storage?: Record<string, string>; log?: boolean; heading?: string };

/** A tool's form as the app saves it (format 1, written out here so a change to it shows). */
const savedForm = <T>(form: SavedForm<T>, value: T) => ({ [form.key]: JSON.stringify({ format: 1, value }) });

const privateLoan = privateLoanDraft();
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
/** The plan of three debts, saved and shown: one under a payment order, two shared 4,000 a month. */
export const threeDebtPlan = savedForm(planForm, { draft: threeDebts, shown: true });

/**
 * Every screen the app can show, generated from the machine: each node reached by its
 * shortest path (with the answers that lead there), each result's review and checklist,
 * and the pages outside the flow.
 */
export function everyScreen(): Screen[] {
  const screens: Screen[] = [
    { name: 'start', path: '/', answers: {}, heading: zhUi.start.title },
    { name: 'data', path: '/data', answers: {}, heading: zhUi.data.title },
    { name: 'delete all: confirm, with the log backup offered', path: '/data/delete', answers: { danger: 'no' }, log: true, heading: zhUi.deleteData.title },
    { name: 'start over: confirm', path: '/restart', answers: { danger: 'no' }, heading: zhUi.restart.title },
    { name: 'log (empty)', path: '/log', answers: {}, heading: zhLog.page.title },
    { name: 'log', path: '/log', answers: {}, log: true, heading: zhLog.page.title },
    { name: 'log: add an entry', path: '/log/new', answers: {}, heading: zhLog.form.newTitle },
    { name: 'log: change an entry', path: '/log/seeded-1', answers: {}, log: true, heading: zhLog.form.editTitle },
    { name: 'log: timeline', path: '/log/timeline', answers: {}, log: true, heading: zhLog.timeline.title },
    { name: 'log: evidence pack', path: '/log/evidence', answers: {}, log: true, heading: zhLog.evidence.title },
    { name: 'log: backup', path: '/log/backup', answers: {}, heading: zhLog.backup.title },
    { name: 'true cost', path: '/tools/cost', answers: {}, heading: zhMoney.cost.title },
    {
      name: 'true cost: private lender result',
      path: '/tools/cost',
      answers: {},
      storage: savedForm(costForm, { draft: privateLoan, shown: true }),
      heading: zhMoney.cost.title,
    },
    {
      name: 'true cost: payments, fees, LPR not verified',
      path: '/tools/cost',
      answers: {},
      storage: savedForm(costForm, { draft: unverifiedLoan, shown: true }),
      heading: zhMoney.cost.title,
    },
    { name: 'repayment plan', path: '/tools/plan', answers: {}, heading: zhMoney.plan.title },
    { name: 'repayment plan: three debts', path: '/tools/plan', answers: {}, storage: threeDebtPlan, heading: zhMoney.plan.title },
    { name: 'mediation proposal: three debts', path: '/tools/plan/proposal', answers: {}, storage: threeDebtPlan, heading: zhMoney.mediation.title },
    { name: 'legal aid pre-check', path: '/help/legal-aid', answers: {}, heading: zhHelp.legalAid.title },
    { name: 'is this message really from a court?', path: '/court-check', answers: {}, heading: zhCourt.title },
    { name: 'not found', path: '/no-such-page', answers: {}, heading: zhUi.notFound.title },
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
  // The letters, for a finished triage (so the channels show) with a log of flagged contacts.
  const finished = screens.find((s) => s.name === 'result checklist')!.answers;
  const letters = {
    '/letters': zhLetters.page.title,
    '/letters/details': zhLetters.details.title,
    '/letters/complaint': zhLetters.drafts.complaint.name,
    '/letters/phoneScript': zhLetters.drafts.phoneScript.name,
  };
  for (const [path, heading] of Object.entries(letters)) screens.push({ name: `letters ${path}`, path, answers: finished, log: true, heading });
  // The court papers, for a payment order and for a lawsuit over a debt the user disputes.
  const disputed = { ...finished, debtMatches: 'differs', court: 'paymentOrder' };
  screens.push(
    { name: 'letters: objection to a payment order', path: '/letters/objection', answers: disputed, heading: zhLetters.drafts.objection.name },
    { name: 'letters: defence', path: '/letters/defence', answers: { ...disputed, court: 'lawsuit' }, heading: zhLetters.drafts.defence.name },
  );
  screens.push({ name: 'case summary', path: '/summary', answers: disputed, log: true, heading: zhLetters.summary.title });
  // The complaints record with a bank's complaint whose reply day has passed, so the next steps show.
  const filed = { id: 'c1', channel: 'lender', lenderType: 'bankCard', filedOn: '2026-09-29', reference: 'TS123', asked: '停止联系我的家人' };
  screens.push({
    name: 'letters: complaints',
    path: '/letters/complaints',
    answers: finished,
    log: true,
    storage: { 'duice:complaints': JSON.stringify({ format: 1, complaints: [filed] }) },
    heading: zhLetters.complaints.title,
  });
  return screens;
}

/** Puts answers into the page's storage the way the app saves them. */
export function seed(answers: Answers) {
  return { key: `duice:flow:${flow.id}`, value: JSON.stringify({ format: 1, flowId: flow.id, flowVersion: flow.version, answers }) };
}

/** The contact log of a screen with `log`: a night call, a relative told about the debt and a threatening visit, dated in the last days. */
export function seededLog(): LogEntry[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysAgo = (days: number, time: string) => {
    const d = new Date(Date.now() - days * 86_400_000);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
  };
  const base = { organisation: '某某催收', lender: '某银行', phone: '010-12345678', name: '', note: '' };
  return [
    { ...base, id: 'seeded-1', kind: 'answeredCall', at: daysAgo(1, '23:15'), events: ['threatened'] },
    { ...base, id: 'seeded-2', kind: 'thirdParty', at: daysAgo(2, '10:00'), events: ['toldOthers'], note: '打给了我妈妈' },
    { ...base, id: 'seeded-3', kind: 'visit', at: daysAgo(3, '19:00'), events: ['refusedToLeave'], visitors: 3 },
  ];
}
