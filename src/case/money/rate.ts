import { MAX_COUNT, MAX_FEN } from '../../lib/amount.ts';

/**
 * The true cost of a loan: its dated cash flows and the rate they imply.
 *
 * Every amount is in whole fen and seen from the borrower: money that reached them is positive,
 * money they paid (repayments, deductions, fees) is negative.
 */

export const FEE_KINDS = ['service', 'membership', 'guarantee', 'insurance', 'other'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
/** principal: the amount in the contract; deduction: what was kept back from it before it reached the account (砍头息). */
export type FlowKind = 'principal' | 'deduction' | 'repayment' | 'fee';
export type CashFlow = { date: string; fen: number; kind: FlowKind; fee?: FeeKind };

/** A fee paid once when the money arrived, or again with every repayment. */
export const FEE_TIMES = ['atStart', 'eachPayment'] as const;
export type Fee = { kind: FeeKind; fen: number; when: (typeof FEE_TIMES)[number] };

/**
 * How time is counted. 'day': actual days over 365, for payments on any dates.
 * 'month': periods of `every` calendar months counted from the first due date, for a regular
 * schedule, because that is how lenders count when they state a 年化利率: every month is one
 * twelfth of a year whatever its number of days.
 */
export type Timing = { unit: 'day' } | { unit: 'month'; every: number; firstDue: string };

type Loan = {
  /** The day the money reached the account. */
  start: string;
  received: number;
  /** The amount written in the contract, when more than was received. */
  contract?: number;
  fees?: readonly Fee[];
};
export type RegularScheduleInput = Loan & { firstDue: string; payments: { count: number; amount: number; everyMonths?: number } };
export type DatedScheduleInput = Loan & { payments: readonly { date: string; fen: number }[] };
export type ScheduleError =
  'badDate' | 'datesOutOfOrder' | 'badAmount' | 'noMoneyReceived' | 'receivedMoreThanContract' | 'noRepayments' | 'badCount' | 'badInterval';
export type ScheduleResult = { ok: true; flows: CashFlow[]; timing: Timing } | { ok: false; error: ScheduleError };

export type RateError =
  | 'tooManyFlows'
  | 'badDate'
  | 'badTiming'
  | 'badAmount'
  | 'datesOutOfOrder'
  | 'noMoneyReceived'
  | 'noRepayments'
  /** Fees or payments on the day the money arrived took as much as it, or more. */
  | 'nothingReceivedNet'
  /** Money arrived after some was paid: not a loan, and its rates need not be unique. */
  | 'receivedAfterPaying'
  /** The simple rate would be at or below −1 / (years from the first flow to the last): far less paid than received. */
  | 'rateBelowRange'
  /** Nothing paid after the day the money arrived; or no root found, which no loan gives. */
  | 'cannotCompute';
/**
 * Both rates are fractions per year (0.12 = 12%).
 *
 * nominalAnnual is the simple annual rate on the money actually outstanding: interest accrues
 * without compounding, and each payment covers accrued interest before principal (the usual
 * order; which order a contract sets is not checked in legal-cn, so nothing shown to users relies on it). It is the one to compare with 4 × LPR, a simple annual rate that courts
 * apply to the principal actually received (民法典第670条), and with the 24% regulators set for new loans;
 * fees count as part of the cost. For a regular schedule whose payments cover each period's interest it
 * equals the periodic internal rate of return × periods per year, the IRR-method 年化利率 that
 * lenders disclose. Unlike periodic IRR × 12 it stays right for a loan repaid in one go: 10,000
 * repaid with 12,000 after two years is 10% a year, as a court would count it.
 *
 * effectiveAnnual is the compound rate: the r with Σ flow / (1 + r)^years = 0, which on 'day'
 * timing is exactly Excel's XIRR (actual days / 365). It is what the money costs with interest
 * on interest; for instalments it is above the nominal rate (12% nominal monthly is 12.68%).
 *
 * Both are positive when more was paid than received, negative when less (a result, not an
 * error), zero when the same. effectiveAnnual is Infinity when it is beyond what a number holds
 * (about 10^308): a payment of 2,000 a day after receiving 1 is 2000^365 − 1.
 */
export type RateResult = { ok: true; nominalAnnual: number; effectiveAnnual: number } | { ok: false; error: RateError };

export type CashFlowRow = CashFlow & { runningNet: number };
/** Totals in fen, all positive for a normal loan: cost = repaid + fees − received. */
export type CashFlowTable = { rows: CashFlowRow[]; received: number; repaid: number; fees: number; cost: number };

// MAX_COUNT payments each with a handful of fees; bounds the work of one rate computation.
const MAX_FLOWS = 10_000;
const MAX_MONTHS_PER_PERIOD = 12;
const DAY_MS = 86_400_000;

type Ymd = { y: number; m: number; d: number };

// Before 1900 or after 2999 is a typo, and the range keeps every date four digits long.
function readDate(date: string): Ymd | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return null;
  const [y, m, d] = parts.slice(1).map(Number);
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isDate(date: string): boolean {
  return readDate(date) !== null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Calendar months later, on the same day of the month or the month's last day (1-31 + 1 month = 2-28). */
function addMonths({ y, m, d }: Ymd, months: number): Ymd {
  const index = y * 12 + m - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { y: year, m: month, d: Math.min(d, daysInMonth(year, month)) };
}

function formatDate({ y, m, d }: Ymd): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `months` calendar months after an ISO date (see addMonths), or null for a bad date. */
export function monthsAfter(date: string, months: number): string | null {
  const start = readDate(date);
  return start && formatDate(addMonths(start, months));
}

/**
 * Periods of `every` months from `anchor` to `date`: whole periods by the calendar, plus the
 * elapsed share of the period `date` falls in, by days. A first period longer or shorter than
 * the others (money received on the 10th, first payment due on the 15th of next month) thus
 * counts as the matching fraction of a period.
 */
function periodsFrom(anchor: Ymd, date: Ymd, every: number): number {
  const target = dayNumber(date);
  const boundary = (k: number) => dayNumber(addMonths(anchor, k * every));
  let k = Math.floor((date.y * 12 + date.m - (anchor.y * 12 + anchor.m)) / every);
  while (boundary(k) > target) k--;
  while (boundary(k + 1) <= target) k++;
  return k + (target - boundary(k)) / (boundary(k + 1) - boundary(k));
}

const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;

function loanError(loan: Loan): ScheduleError | null {
  if (!isDate(loan.start)) return 'badDate';
  if (loan.received === 0) return 'noMoneyReceived';
  if (!isFen(loan.received) || (loan.contract !== undefined && !isFen(loan.contract))) return 'badAmount';
  if (loan.contract !== undefined && loan.contract < loan.received) return 'receivedMoreThanContract';
  if ((loan.fees ?? []).some((fee) => !isFen(fee.fen))) return 'badAmount';
  return null;
}

function loanFlows(loan: Loan, payments: readonly { date: string; fen: number }[]): CashFlow[] {
  const contract = loan.contract ?? loan.received;
  const fees = (loan.fees ?? []).filter((fee) => fee.fen > 0);
  const flows: CashFlow[] = [{ date: loan.start, fen: contract, kind: 'principal' }];
  if (contract > loan.received) flows.push({ date: loan.start, fen: loan.received - contract, kind: 'deduction' });
  for (const fee of fees) {
    if (fee.when === 'atStart') flows.push({ date: loan.start, fen: -fee.fen, kind: 'fee', fee: fee.kind });
  }
  for (const payment of payments) {
    flows.push({ date: payment.date, fen: -payment.fen, kind: 'repayment' });
    for (const fee of fees) {
      if (fee.when === 'eachPayment') flows.push({ date: payment.date, fen: -fee.fen, kind: 'fee', fee: fee.kind });
    }
  }
  return flows;
}

/** n payments of the same amount every `everyMonths` months (default 1) from `firstDue`. */
export function regularSchedule(input: RegularScheduleInput): ScheduleResult {
  const { count, amount, everyMonths = 1 } = input.payments;
  const error = loanError(input);
  if (error) return { ok: false, error };
  const firstDue = readDate(input.firstDue);
  if (!firstDue) return { ok: false, error: 'badDate' };
  if (input.firstDue <= input.start) return { ok: false, error: 'datesOutOfOrder' };
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return { ok: false, error: 'badCount' };
  if (!Number.isInteger(everyMonths) || everyMonths < 1 || everyMonths > MAX_MONTHS_PER_PERIOD) {
    return { ok: false, error: 'badInterval' };
  }
  if (amount === 0) return { ok: false, error: 'noRepayments' };
  if (!isFen(amount)) return { ok: false, error: 'badAmount' };
  const dates = Array.from({ length: count }, (_, i) => formatDate(addMonths(firstDue, i * everyMonths)));
  if (!dates.every(isDate)) return { ok: false, error: 'badDate' };
  return {
    ok: true,
    flows: loanFlows(
      input,
      dates.map((date) => ({ date, fen: amount })),
    ),
    timing: { unit: 'month', every: everyMonths, firstDue: input.firstDue },
  };
}

/** Payments of any amounts on any dates after the money arrived, in any order. */
export function datedSchedule(input: DatedScheduleInput): ScheduleResult {
  const error = loanError(input);
  if (error) return { ok: false, error };
  const { payments } = input;
  if (payments.length === 0) return { ok: false, error: 'noRepayments' };
  if (payments.length > MAX_COUNT) return { ok: false, error: 'badCount' };
  if (!payments.every((payment) => isDate(payment.date))) return { ok: false, error: 'badDate' };
  if (payments.some((payment) => payment.date <= input.start)) return { ok: false, error: 'datesOutOfOrder' };
  if (!payments.every((payment) => isFen(payment.fen) && payment.fen > 0)) return { ok: false, error: 'badAmount' };
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, flows: loanFlows(input, sorted), timing: { unit: 'day' } };
}

/** One amount per date, in years from the first date. */
type Timed = { years: number; fen: number };

function timeline(flows: readonly CashFlow[], timing: Timing): Timed[] {
  const dates = flows.map((flow) => readDate(flow.date)!);
  // Whole days are subtracted before dividing: at extreme rates the last bit of a time matters.
  const years =
    timing.unit === 'day'
      ? dates.map((date) => (dayNumber(date) - dayNumber(dates[0])) / 365)
      : dates.map((date) => (periodsFrom(readDate(timing.firstDue)!, date, timing.every) * timing.every) / 12);
  // Netting each date first: a fee paid the day the money arrived simply reduces what was received.
  const net: Timed[] = [];
  flows.forEach((flow, i) => {
    if (i > 0 && flow.date === flows[i - 1].date) net[net.length - 1].fen += flow.fen;
    else net.push({ years: years[i] - years[0], fen: flow.fen });
  });
  return net.filter((flow) => flow.fen !== 0);
}

/**
 * Present value at a continuous yearly growth x = ln(1 + effective rate), up to a positive factor:
 * discounting to the first date when x ≥ 0 and to the last when x < 0 keeps every factor ≤ 1,
 * so nothing overflows, and the sign, all the root search needs, is unchanged.
 */
function presentValue(flows: readonly Timed[], x: number): number {
  const to = x >= 0 ? 0 : flows[flows.length - 1].years;
  return flows.reduce((sum, flow) => sum + flow.fen * Math.exp(-x * (flow.years - to)), 0);
}

/**
 * What is still owed after the last flow when interest runs at the simple annual `rate` on the
 * principal outstanding and each payment covers accrued interest first, then principal.
 * Money paid beyond the principal is not outstanding and earns no interest. That makes the
 * balance rise with the rate (see simpleRate), and changes no rate of a loan: at its rate the
 * principal never falls below zero (once below, it would stay there and leave a negative balance).
 */
function balanceAfter(flows: readonly Timed[], rate: number): number {
  let principal = 0;
  let interest = 0;
  let last = 0;
  for (const flow of flows) {
    interest += Math.max(principal, 0) * rate * (flow.years - last);
    last = flow.years;
    if (flow.fen > 0) {
      principal += flow.fen;
    } else {
      const toInterest = Math.min(-flow.fen, Math.max(interest, 0));
      interest -= toInterest;
      principal += flow.fen + toInterest;
    }
  }
  return principal + interest;
}

// Bounds on the work that no loan reaches: doubling 1 a thousand times passes any rate a double
// can hold, and halving a bracket reaches the precision of a double in about 60 steps.
const MAX_DOUBLINGS = 1000;
const MAX_HALVINGS = 200;

/**
 * Where an increasing f crosses zero, searched on the side of 0 that the exact sign of f(0)
 * points to: doubling the reach (1, 2, 4, … or −1, −2, …) until f changes sign, or starting at
 * `lowest` when the root must lie above it, then halving the bracket. null when there is none.
 */
function rootOfIncreasing(f: (x: number) => number, valueAtZero: number, lowest = -Infinity): number | null {
  if (valueAtZero === 0) return 0;
  let lo = 0;
  let hi = 0;
  if (valueAtZero < 0) {
    for (hi = 1; !(f(hi) > 0); hi *= 2) if (hi > 2 ** MAX_DOUBLINGS) return null;
  } else if (lowest > -Infinity) {
    lo = lowest;
    if (!(f(lo) < 0)) return null;
  } else {
    for (lo = -1; !(f(lo) < 0); lo *= 2) if (lo < -(2 ** MAX_DOUBLINGS)) return null;
  }
  for (let i = 0; i < MAX_HALVINGS; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const value = f(mid);
    if (value === 0) return mid;
    if (value < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/*
 * Why each rate has exactly one value. The flows are a loan (see loanShapeError): after netting
 * each date, money was received on the first and everything received comes before anything paid.
 * F is what was received, S what was paid, T the years from the first flow to the last. At rate 0
 * both equations come to F − S exactly (whole fen), so both rates have the sign of S − F.
 *
 * Compound: times e^(x·t₀), t₀ between the last receipt and the first payment, the present value
 * is a sum of terms that each rise with x (receipts carried forward, payments discounted back),
 * so it crosses zero once; and every discount factor (1 + r)^−t is positive whatever x is.
 *
 * Simple: the balance rises with the rate. At a rate ≤ 0 no interest is ever owed, each payment
 * goes to principal, which is then what was received less what was paid so far, and the balance
 * is F − S + rate · ∫ max(principal, 0) dt: linear, with a positive slope. At rates ≥ 0 a higher
 * rate charges more interest on a principal that is no lower (payments cover more interest and
 * less principal) while each payment takes the same amount off the balance, so the balance is
 * higher by at least first receipt × rate difference × first period. But the balance of a simple
 * rate also crosses zero where a discount factor 1 + rate · t is not positive (the old grid
 * search found −571% for 2,000 repaid with 12 × 1,000 there); such a rate, at or below −1/T,
 * would shrink the loan to nothing before its end, and is refused. It never happens when all the
 * money was received on one day: the principal is F until the first payment and never below
 * F − S, so at −1/T the balance F − S − ∫ principal dt / T is below zero.
 */

/**
 * The simple annual rate that leaves nothing owed, or null when it would be at or below −1/T.
 * (Upwards the search cannot fail: the balance of a loan turns positive long before 2^1000.)
 */
function simpleRate(flows: readonly Timed[]): number | null {
  const lowest = -1 / (flows[flows.length - 1].years - flows[0].years);
  return rootOfIncreasing((rate) => balanceAfter(flows, rate), balanceAfter(flows, 0), lowest);
}

/** The compound annual rate as growth x = ln(1 + rate). */
function compoundGrowth(flows: readonly Timed[]): number | null {
  return rootOfIncreasing((x) => presentValue(flows, x), presentValue(flows, 0));
}

/** A loan, after netting each date: money received on the first, something paid later, and nothing received after that. */
function loanShapeError(net: readonly Timed[]): RateError | null {
  if (net.length === 0 || net[0].fen <= 0) return 'nothingReceivedNet';
  const firstPayment = net.findIndex((flow) => flow.fen < 0);
  if (firstPayment === -1) return 'cannotCompute';
  return net.slice(firstPayment).some((flow) => flow.fen > 0) ? 'receivedAfterPaying' : null;
}

function timingError(timing: Timing): RateError | null {
  if (timing.unit === 'day') return null;
  if (!isDate(timing.firstDue)) return 'badDate';
  return Number.isInteger(timing.every) && timing.every >= 1 && timing.every <= MAX_MONTHS_PER_PERIOD ? null : 'badTiming';
}

/** The nominal and effective annual rates of dated cash flows, sorted by date (see RateResult). */
export function annualRate(flows: readonly CashFlow[], timing: Timing = { unit: 'day' }): RateResult {
  if (flows.length > MAX_FLOWS) return { ok: false, error: 'tooManyFlows' };
  if (!flows.every((flow) => isDate(flow.date))) return { ok: false, error: 'badDate' };
  const error = timingError(timing);
  if (error) return { ok: false, error };
  if (!flows.every((flow) => Number.isSafeInteger(flow.fen) && Math.abs(flow.fen) <= MAX_FEN)) {
    return { ok: false, error: 'badAmount' };
  }
  if (flows.some((flow, i) => i > 0 && flow.date < flows[i - 1].date)) return { ok: false, error: 'datesOutOfOrder' };
  if (!flows.some((flow) => flow.fen > 0)) return { ok: false, error: 'noMoneyReceived' };
  if (!flows.some((flow) => flow.fen < 0)) return { ok: false, error: 'noRepayments' };

  const net = timeline(flows, timing);
  const shapeError = loanShapeError(net);
  if (shapeError) return { ok: false, error: shapeError };
  const simple = simpleRate(net);
  if (simple === null) return { ok: false, error: 'rateBelowRange' };
  const growth = compoundGrowth(net);
  if (growth === null) return { ok: false, error: 'cannotCompute' };
  return { ok: true, nominalAnnual: simple, effectiveAnnual: Math.expm1(growth) };
}

/** The flows as table rows, each with the net received so far, and the totals. */
export function cashFlowTable(flows: readonly CashFlow[]): CashFlowTable {
  let runningNet = 0;
  const rows = flows.map((flow) => ({ ...flow, runningNet: (runningNet += flow.fen) }));
  const sum = (kinds: readonly FlowKind[]) => flows.filter((flow) => kinds.includes(flow.kind)).reduce((total, flow) => total + flow.fen, 0);
  return {
    rows,
    received: sum(['principal', 'deduction']),
    repaid: -sum(['repayment']),
    fees: -sum(['fee']),
    cost: -runningNet,
  };
}
