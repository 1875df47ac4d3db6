import { formReader, isRowId, type Read } from './formReading.ts';
import { capRuleFor, exceedsCap, latestConfirmedLpr, lprOn, privateLendingCap, RULES_2015, TRANSITION_DAY } from './lpr.ts';
import { LENDER_TYPES, type LenderType } from '../case.ts';
import {
  annualRate,
  cashFlowTable,
  datedSchedule,
  FEE_KINDS,
  FEE_TIMES,
  monthsAfter,
  regularSchedule,
  type CashFlowTable,
  type DatedScheduleInput,
  type Fee,
  type FeeKind,
  type RateError,
  type RegularScheduleInput,
  type ScheduleError,
} from './rate.ts';
import { isBoolean, isListOf, isOneOf, isOptional, isShape, isText, savedForm, type SavedForm, type SavedTool } from './savedForm.ts';
import { STORAGE_KEYS } from '../../lib/storageKeys.ts';

/** The true-cost check (/tools/cost): its form as typed, how it is read, and what it finds. */

export const SCHEDULES = ['regular', 'dated'] as const;
export type ScheduleKind = (typeof SCHEDULES)[number];
export type PaymentDraft = { id: string; date: string; amount: string };
export type FeeDraft = { id: string; kind?: FeeKind; amount: string; when?: Fee['when'] };

/** Everything as typed. `firstDue` may stay empty: the first payment is then a month after the loan. */
export type CostDraft = {
  lender?: LenderType;
  contract: string;
  received: string;
  date: string;
  schedule?: ScheduleKind;
  count: string;
  amount: string;
  firstDue: string;
  payments: PaymentDraft[];
  fees: FeeDraft[];
  /** Asked only when the contract date is after the last confirmed LPR (see lprOn). */
  lpr: string;
};
export type SavedCost = SavedTool<CostDraft>;

/** Five years of monthly payments; a longer schedule is a regular one. */
export const MAX_PAYMENT_ROWS = 60;
export const MAX_FEE_ROWS = 10;
/**
 * Above any one-year LPR ever published (3.00% to 4.25% from 2019-08 to 2026-09): a larger number is
 * most likely the cap itself (4 × LPR) typed where the LPR belongs.
 */
const MAX_PLAUSIBLE_LPR = 0.1;

export const costForm: SavedForm<SavedCost> = savedForm(
  STORAGE_KEYS.costForm,
  1,
  isShape<SavedCost>({
    shown: isBoolean,
    draft: isShape<CostDraft>({
      lender: isOptional(isOneOf(LENDER_TYPES)),
      contract: isText,
      received: isText,
      date: isText,
      schedule: isOptional(isOneOf(SCHEDULES)),
      count: isText,
      amount: isText,
      firstDue: isText,
      payments: isListOf(isShape<PaymentDraft>({ id: isRowId, date: isText, amount: isText }), MAX_PAYMENT_ROWS),
      fees: isListOf(
        isShape<FeeDraft>({ id: isRowId, kind: isOptional(isOneOf(FEE_KINDS)), amount: isText, when: isOptional(isOneOf(FEE_TIMES)) }),
        MAX_FEE_ROWS,
      ),
      lpr: isText,
    }),
  }),
  () => ({
    shown: false,
    draft: { contract: '', received: '', date: '', count: '', amount: '', firstDue: '', payments: [{ id: '1', date: '', amount: '' }], fees: [], lpr: '' },
  }),
);

/** Whether the form should ask for the LPR: a private lender, on a date the app's table cannot vouch for. */
export function needsLpr({ lender, date }: Pick<CostDraft, 'lender' | 'date'>): boolean {
  if (lender === undefined || capRuleFor(lender) !== 'fourTimesLpr') return false;
  const lookup = lprOn(date.trim());
  return !lookup.ok && lookup.reason === 'notVerified';
}

type Loan = { start: string; received: number; contract: number; fees: Fee[] };
type Schedule = { kind: 'regular'; input: RegularScheduleInput } | { kind: 'dated'; input: DatedScheduleInput };
export type CostInput = { lender: LenderType; schedule: Schedule; lpr?: number };

const isBlank = (...texts: string[]) => texts.every((text) => text.trim() === '');
const isPresent = <T>(value: T | undefined): value is T => value !== undefined;

/** The form read into a loan, or every problem in it. */
export function readCost(draft: CostDraft): Read<CostInput> {
  const read = formReader();
  const lender = read.choice(draft.lender, { field: 'lender', name: 'lender' });
  const contract = read.amount(draft.contract, { field: 'contract', name: 'contract' });
  let received = read.amount(draft.received, { field: 'received', name: 'received' });
  if (contract !== undefined && received !== undefined && received > contract) {
    received = read.fail({ field: 'received', name: 'received' }, 'receivedMoreThanContract');
  }
  const start = read.date(draft.date, { field: 'date', name: 'date' });

  // The schedule, once the loan it belongs to is known.
  let withSchedule: ((loan: Loan) => Schedule) | undefined;
  const kind = read.choice(draft.schedule, { field: 'schedule', name: 'schedule' });
  if (kind === 'regular') {
    const count = read.count(draft.count, { field: 'count', name: 'count' });
    const amount = read.amount(draft.amount, { field: 'amount', name: 'amount' });
    let firstDue = isBlank(draft.firstDue) ? start && (monthsAfter(start, 1) ?? undefined) : read.date(draft.firstDue, { field: 'firstDue', name: 'firstDue' });
    if (start && firstDue && firstDue <= start) firstDue = read.fail({ field: 'firstDue', name: 'firstDue' }, 'firstDueNotAfterLoan');
    if (count && amount && firstDue) withSchedule = (loan) => ({ kind, input: { ...loan, firstDue, payments: { count, amount } } });
  } else if (kind === 'dated') {
    const rows = draft.payments.map((row, i) => ({ row, n: i + 1 })).filter(({ row }) => !isBlank(row.date, row.amount));
    if (rows.length === 0) read.fail({ field: `payment-${draft.payments[0]?.id ?? '1'}-date`, name: 'paymentDate', n: 1 }, 'noPayments');
    const payments = rows.map(({ row, n }) => {
      const at = { field: `payment-${row.id}-date`, name: 'paymentDate', n } as const;
      let date = read.date(row.date, at);
      if (start && date && date <= start) date = read.fail(at, 'paymentNotAfterLoan');
      const fen = read.amount(row.amount, { field: `payment-${row.id}-amount`, name: 'paymentAmount', n });
      return date && fen ? { date, fen } : undefined;
    });
    if (rows.length > 0 && payments.every(isPresent)) withSchedule = (loan) => ({ kind, input: { ...loan, payments: payments.filter(isPresent) } });
  }

  // A fee row left untouched is no fee.
  const fees = draft.fees
    .map((row, i) => ({ row, n: i + 1 }))
    .filter(({ row }) => !(isBlank(row.amount) && row.kind === undefined && row.when === undefined))
    .map(({ row, n }) => {
      const kind = read.choice(row.kind, { field: `fee-${row.id}-kind`, name: 'feeKind', n });
      const fen = read.amount(row.amount, { field: `fee-${row.id}-amount`, name: 'feeAmount', n });
      const when = read.choice(row.when, { field: `fee-${row.id}-when`, name: 'feeWhen', n });
      return kind && fen && when ? { kind, fen, when } : undefined;
    });

  let lpr: number | undefined;
  if (lender && start && needsLpr({ lender, date: start }) && !isBlank(draft.lpr)) {
    lpr = read.percent(draft.lpr, { field: 'lpr', name: 'lpr' });
    if (lpr !== undefined && lpr > MAX_PLAUSIBLE_LPR) lpr = read.fail({ field: 'lpr', name: 'lpr' }, 'implausibleLpr');
  }

  if (read.problems.length > 0 || !lender || !start || !contract || !received || !withSchedule) return { ok: false, problems: read.problems };
  const schedule = withSchedule({ start, received, contract, fees: fees.filter(isPresent) });
  return { ok: true, value: { lender, schedule, ...(lpr === undefined ? {} : { lpr }) } };
}

/**
 * How the rate compares with what applies to this lender (legal-cn §A6).
 * fourTimesLpr: a private lender; `announced` is when the LPR used was published, absent when
 * the user entered it. missing: the contract date is after the last confirmed month, and no LPR
 * was entered yet.
 * transition: a private lender, contract before 2020-08-20 (legal-cn §I, 第31条): up to 2020-08-19 the
 * rate against the 2015 rules (RULES_2015); from 2020-08-20 against 4 × the LPR, where whether the
 * LPR is the one at filing or at the contract date is unsettled (U), so both: `atContract` (absent
 * before the LPR existed) and `atFiling`, the latest the table confirms, for a case filed now.
 * dependsOnLender carries the private-lending cap, when known, for if the lender turns out private,
 * or says the transition rule would apply instead.
 */
export type CapAtDate = { lpr: number; announced?: string; cap: number };
export type CapCompared = CapAtDate & { above: boolean };
export type Rules2015Band = 'upTo24' | 'from24To36' | 'above36';
export type Comparison =
  | ({ rule: 'fourTimesLpr'; above: boolean } & CapAtDate)
  | { rule: 'fourTimesLpr'; missing: 'notVerified' }
  | { rule: 'transition'; band2015: Rules2015Band; atContract?: CapCompared; atFiling: CapCompared }
  | { rule: 'noLprCap' }
  | { rule: 'dependsOnLender'; privateCap?: CapAtDate; transition?: true };

export type CostResult =
  | { ok: true; table: CashFlowTable; nominalAnnual: number; effectiveAnnual: number; deducted: number; comparison: Comparison }
  | { ok: false; error: ScheduleError | RateError };

function capAt(date: string, entered?: number): CapAtDate | 'notVerified' | 'beforeTable' | 'badDate' {
  const lookup = lprOn(date);
  if (lookup.ok) return { lpr: lookup.rate, announced: lookup.announced, cap: privateLendingCap(lookup.rate) };
  if (lookup.reason === 'notVerified' && entered !== undefined) return { lpr: entered, cap: privateLendingCap(entered) };
  return lookup.reason;
}

function band2015(rate: number): Rules2015Band {
  if (!exceedsCap(rate, RULES_2015.supportedUpTo)) return 'upTo24';
  return exceedsCap(rate, RULES_2015.voidAbove) ? 'above36' : 'from24To36';
}

/** Only ever for a private lender: licensed lenders are outside the private-lending rules (legal-cn §I, last point; §A6). */
function transition(date: string, rate: number): Comparison {
  const compared = (cap: CapAtDate): CapCompared => ({ ...cap, above: exceedsCap(rate, cap.cap) });
  const atContract = capAt(date);
  const latest = latestConfirmedLpr();
  return {
    rule: 'transition',
    band2015: band2015(rate),
    ...(typeof atContract === 'object' ? { atContract: compared(atContract) } : {}),
    atFiling: compared({ lpr: latest.rate, announced: latest.announced, cap: privateLendingCap(latest.rate) }),
  };
}

function compare(lender: LenderType, date: string, nominalAnnual: number, enteredLpr?: number): Comparison {
  const rule = capRuleFor(lender);
  if (rule === 'noLprCap') return { rule };
  // A case filed from now on is one accepted after 2020-08-20, so an older contract is under the transition rule.
  const beforeTransition = date < TRANSITION_DAY;
  if (rule === 'fourTimesLpr' && beforeTransition) return transition(date, nominalAnnual);
  const cap = capAt(date, enteredLpr);
  if (rule === 'dependsOnLender') {
    if (beforeTransition) return { rule, transition: true };
    return typeof cap === 'object' ? { rule, privateCap: cap } : { rule };
  }
  if (typeof cap === 'object') return { rule, ...cap, above: exceedsCap(nominalAnnual, cap.cap) };
  // Dates before the LPR existed go to the transition rule, and readCost accepts only valid dates,
  // so only 'notVerified' reaches here; anything else would be reported as unverifiable too.
  return { rule, missing: 'notVerified' };
}

export function checkCost({ lender, schedule, lpr }: CostInput): CostResult {
  const built = schedule.kind === 'regular' ? regularSchedule(schedule.input) : datedSchedule(schedule.input);
  if (!built.ok) return built;
  const rate = annualRate(built.flows, built.timing);
  if (!rate.ok) return rate;
  const { start, contract = schedule.input.received, received } = schedule.input;
  return {
    ok: true,
    table: cashFlowTable(built.flows),
    nominalAnnual: rate.nominalAnnual,
    effectiveAnnual: rate.effectiveAnnual,
    deducted: contract - received,
    comparison: compare(lender, start, rate.nominalAnnual, lpr),
  };
}

/** The result of a saved check, or null when it was never asked for or the form no longer reads. */
export function savedCostResult(saved: SavedCost): CostResult | null {
  if (!saved.shown) return null;
  const input = readCost(saved.draft);
  return input.ok ? checkCost(input.value) : null;
}

/**
 * What a finished check tells the checklist, from a fixed list:
 * aboveLprCap: a private lender, and the true annual rate is above 4 × the LPR at the contract date
 * (under the transition rule: above it on either reading of which LPR applies);
 * deducted: less reached the account than the contract says (预扣 / 砍头息, 民法典第670条).
 */
export const COST_FACTS = ['aboveLprCap', 'deducted'] as const;
export type CostFact = (typeof COST_FACTS)[number];

function aboveLprCap(comparison: Comparison): boolean {
  if (comparison.rule === 'transition') return comparison.atFiling.above && (comparison.atContract?.above ?? true);
  return comparison.rule === 'fourTimesLpr' && 'above' in comparison && comparison.above;
}

export function costFacts(saved: SavedCost | null): Set<CostFact> {
  const facts = new Set<CostFact>();
  const result = saved && savedCostResult(saved);
  if (!result?.ok) return facts;
  if (aboveLprCap(result.comparison)) facts.add('aboveLprCap');
  if (result.deducted > 0) facts.add('deducted');
  return facts;
}
