import { formReader, isRowId, type Read } from './formReading.ts';
import { LENDER_TYPES, type LenderType } from '../case.ts';
import { COURT_STATUSES, planRepayments, type CourtStatus, type Debt, type Plan, type PlanInput } from './plan.ts';
import { isBoolean, isListOf, isOneOf, isOptional, isShape, isText, savedForm, type SavedForm, type SavedTool } from './savedForm.ts';
import { STORAGE_KEYS } from '../../lib/storageKeys.ts';

/** The repayment plan (/tools/plan): its form as typed, how it is read and kept, and what it tells the checklist. */

/** What the form asks about court papers: the stages, or "I don't know". */
export const COURT_ANSWERS = [...COURT_STATUSES, 'dontKnow'] as const;
export type CourtAnswer = (typeof COURT_ANSWERS)[number];

export type DebtDraft = {
  id: string;
  lender: string;
  type?: LenderType;
  outstanding: string;
  /** Empty: no instalment known, the whole amount is asked for. */
  monthlyDue: string;
  /** Empty: not overdue, or not known. */
  daysOverdue: string;
  court?: CourtAnswer;
};
export type PlanDraft = { income: string; essentials: string; borrowingToRepay: boolean; debts: DebtDraft[] };
export type SavedPlan = SavedTool<PlanDraft>;

/** More debts than this is a case for a lawyer or a debt adviser, not a phone form. */
export const MAX_DEBTS = 20;
/** About 27 years: any "days overdue" beyond it is a typo. */
export const MAX_DAYS_OVERDUE = 10_000;
/** The lender's name is a label for the user and their letters, not something to check. */
export const LENDER_NAME_MAX = 60;

export const emptyDebt = (id: string): DebtDraft => ({ id, lender: '', outstanding: '', monthlyDue: '', daysOverdue: '' });

export const planForm: SavedForm<SavedPlan> = savedForm(
  STORAGE_KEYS.planForm,
  1,
  isShape<SavedPlan>({
    shown: isBoolean,
    draft: isShape<PlanDraft>({
      income: isText,
      essentials: isText,
      borrowingToRepay: isBoolean,
      debts: isListOf(
        isShape<DebtDraft>({
          id: isRowId,
          lender: isText,
          type: isOptional(isOneOf(LENDER_TYPES)),
          outstanding: isText,
          monthlyDue: isText,
          daysOverdue: isText,
          court: isOptional(isOneOf(COURT_ANSWERS)),
        }),
        MAX_DEBTS,
      ),
    }),
  }),
  () => ({ shown: false, draft: { income: '', essentials: '', borrowingToRepay: false, debts: [emptyDebt('1')] } }),
);

/**
 * "I don't know" is planned as a lawsuit: if papers were served, a 15-day deadline may be running,
 * so the debt goes first until the user has checked with the court, and the screen says so.
 */
export const courtStatusFor = (answer: CourtAnswer): CourtStatus => (answer === 'dontKnow' ? 'lawsuit' : answer);

/** The form read into the plan's input, or every problem in it. Debts keep their row ids. */
export function readPlan(draft: PlanDraft): Read<PlanInput> {
  const read = formReader();
  const income = read.amount(draft.income, { field: 'income', name: 'income' }, { zero: true });
  const essentials = read.amount(draft.essentials, { field: 'essentials', name: 'essentials' }, { zero: true });
  if (draft.debts.length === 0) read.fail({ field: 'add-debt', name: 'debtType' }, 'noDebts');
  const debts = draft.debts.map((row, i): Debt | undefined => {
    const at = (part: string, name: 'debtLender' | 'debtType' | 'debtOutstanding' | 'debtMonthlyDue' | 'debtDaysOverdue' | 'debtCourt') => ({
      field: `debt-${row.id}-${part}`,
      name,
      n: i + 1,
    });
    if (row.lender.trim().length > LENDER_NAME_MAX) read.fail(at('lender', 'debtLender'), 'text.tooLong', LENDER_NAME_MAX);
    const type = read.choice(row.type, at('type', 'debtType'));
    const outstanding = read.amount(row.outstanding, at('outstanding', 'debtOutstanding'));
    const monthlyDue = row.monthlyDue.trim() === '' ? 0 : read.amount(row.monthlyDue, at('monthlyDue', 'debtMonthlyDue'), { zero: true });
    const days =
      row.daysOverdue.trim() === '' ? undefined : read.count(row.daysOverdue, at('daysOverdue', 'debtDaysOverdue'), { max: MAX_DAYS_OVERDUE, zero: true });
    const court = read.choice(row.court, at('court', 'debtCourt'));
    if (!type || !outstanding || monthlyDue === undefined || !court) return undefined;
    return { id: row.id, lender: row.lender.trim(), type, outstanding, monthlyDue, daysOverdue: days ?? 0, court: courtStatusFor(court) };
  });
  if (read.problems.length > 0 || income === undefined || essentials === undefined) return { ok: false, problems: read.problems };
  return { ok: true, value: { income, essentials, borrowingToRepay: draft.borrowingToRepay, debts: debts.filter((d) => d !== undefined) } };
}

/** The plan the user last asked for, worked out again from what is saved; null if there is none. */
export function savedPlan(saved: SavedPlan): { input: PlanInput; plan: Plan } | null {
  if (!saved.shown) return null;
  const input = readPlan(saved.draft);
  if (!input.ok) return null;
  const plan = planRepayments(input.value);
  return plan.ok ? { input: input.value, plan } : null;
}

/**
 * What a made plan tells the checklist, from a fixed list (an unmade or unreadable plan tells nothing):
 * planMade: the user has made a plan with at least one debt;
 * shortfall: the lenders ask for more each month than the user can afford;
 * nothingAffordable: income minus essential costs leaves nothing for debts;
 * borrowingToRepay: the user says they are borrowing to repay other debts (以贷养贷);
 * paymentOrderDue: a debt is due in full now under a payment order (支付令);
 * beyondTerm: at what the user can afford, a debt would take longer than MAX_TERM_MONTHS;
 * courtDebt: a debt has reached a court (支付令, 起诉, 判决 or 执行);
 * lawsuit: a debt's lender has sued; judgment: a debt has a judgment; enforcement: a debt is being enforced;
 * courtUnknown: the user does not know whether a debt has reached a court;
 * creditCardDebt: one of the debts is a credit card;
 * largeCreditCardDebt: a credit card debt of 50,000 yuan or more, the amount at which the criminal
 *   rules on malicious overdraft start (only unpaid principal counts, so this is an upper bound).
 */
export const PLAN_FACTS = [
  'planMade',
  'shortfall',
  'nothingAffordable',
  'borrowingToRepay',
  'paymentOrderDue',
  'beyondTerm',
  'courtDebt',
  'lawsuit',
  'judgment',
  'enforcement',
  'courtUnknown',
  'creditCardDebt',
  'largeCreditCardDebt',
] as const;
export type PlanFact = (typeof PLAN_FACTS)[number];

/** 50,000 yuan in fen: 数额较大 for malicious credit card overdraft (creditCardCrimeInterp). */
export const CREDIT_CARD_CRIME_THRESHOLD = 5_000_000;

export function planFacts(saved: SavedPlan | null): Set<PlanFact> {
  const made = saved && savedPlan(saved);
  if (!made) return new Set();
  const { input, plan } = made;
  const facts = new Set<PlanFact>(['planMade', ...plan.flags]);
  const answers = saved.draft.debts;
  if (answers.some((d) => d.court !== undefined && d.court !== 'none' && d.court !== 'dontKnow')) facts.add('courtDebt');
  if (answers.some((d) => d.court === 'lawsuit')) facts.add('lawsuit');
  if (answers.some((d) => d.court === 'judgment')) facts.add('judgment');
  if (answers.some((d) => d.court === 'enforcement')) facts.add('enforcement');
  if (answers.some((d) => d.court === 'dontKnow')) facts.add('courtUnknown');
  const cards = input.debts.filter((d) => d.type === 'bankCard');
  if (cards.length > 0) facts.add('creditCardDebt');
  if (cards.some((d) => d.outstanding >= CREDIT_CARD_CRIME_THRESHOLD)) facts.add('largeCreditCardDebt');
  return facts;
}
