import fc from 'fast-check';
import type { CashFlow, Timing } from '../../src/case/money/rate.ts';
import { annualRate, cashFlowTable, datedSchedule, FEE_TIMES, monthsAfter, regularSchedule } from '../../src/case/money/rate.ts';

// 0.01 percentage points, as a fraction.
const WITHIN = 0.0001;

function rates(flows: CashFlow[], timing?: Timing) {
  const result = annualRate(flows, timing);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function scheduled(result: ReturnType<typeof regularSchedule>) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const flow = (date: string, yuan: number): CashFlow => ({ date, fen: Math.round(yuan * 100), kind: yuan > 0 ? 'principal' : 'repayment' });

/**
 * Every expected value below was worked independently in Python with mpmath at 40 digits:
 * the periodic IRR p from the annuity equation received = Σ payment / (1 + p)^k, then
 * nominal = 12p and effective = (1 + p)^12 − 1; dated cases as noted in each.
 */
describe('annualRate on regular monthly schedules (hand-worked)', () => {
  it('(a) 10,000 at 12% in 12 equal instalments of 888.49, no fees: 12.00% nominal, 12.68% effective', () => {
    // 10,000 × 0.01 / (1 − 1.01^−12) = 888.4879 → 888.49; paying the rounded-up fen makes p = 1.0000376%.
    const { flows, timing } = scheduled(
      regularSchedule({ start: '2025-01-15', received: 1_000_000, firstDue: '2025-02-15', payments: { count: 12, amount: 88_849 } }),
    );
    const { nominalAnnual, effectiveAnnual } = rates(flows, timing);
    expect(nominalAnnual).toBeCloseTo(0.1200045, 6);
    expect(effectiveAnnual).toBeCloseTo(0.1268301, 6);
    expect(Math.abs(nominalAnnual - 0.12)).toBeLessThan(WITHIN);
    expect(Math.abs(effectiveAnnual - 0.1268)).toBeLessThan(WITHIN);
  });

  it('(b) contract 10,000, 8,500 received (1,500 deducted), 12 × 1,000: 69.00% nominal, 95.60% effective', () => {
    // 8,500 = 1,000 × (1 − (1 + p)^−12) / p → p = 5.749905% a month.
    const { flows, timing } = scheduled(
      regularSchedule({
        start: '2025-03-01',
        received: 850_000,
        contract: 1_000_000,
        firstDue: '2025-04-01',
        payments: { count: 12, amount: 100_000 },
      }),
    );
    const { nominalAnnual, effectiveAnnual } = rates(flows, timing);
    expect(Math.abs(nominalAnnual - 0.6899887)).toBeLessThan(WITHIN);
    expect(Math.abs(effectiveAnnual - 0.9559595)).toBeLessThan(WITHIN);
  });

  it('(c) 10,000 received, 12 × 888.49 plus a 100 service fee each month: 32.76% nominal, 38.15% effective', () => {
    // 10,000 = 988.49 × (1 − (1 + p)^−12) / p → p = 2.729874% a month: the "12%" loan costs 32.76%.
    const { flows, timing } = scheduled(
      regularSchedule({
        start: '2025-01-15',
        received: 1_000_000,
        firstDue: '2025-02-15',
        payments: { count: 12, amount: 88_849 },
        fees: [{ kind: 'service', fen: 10_000, when: 'eachPayment' }],
      }),
    );
    const { nominalAnnual, effectiveAnnual } = rates(flows, timing);
    expect(Math.abs(nominalAnnual - 0.3275849)).toBeLessThan(WITHIN);
    expect(Math.abs(effectiveAnnual - 0.3815324)).toBeLessThan(WITHIN);
  });

  it('counts a fee paid when the money arrived like a deduction', () => {
    const feePaid = scheduled(
      regularSchedule({
        start: '2025-03-01',
        received: 1_000_000,
        firstDue: '2025-04-01',
        payments: { count: 12, amount: 100_000 },
        fees: [{ kind: 'membership', fen: 150_000, when: 'atStart' }],
      }),
    );
    const { nominalAnnual } = rates(feePaid.flows, feePaid.timing);
    expect(Math.abs(nominalAnnual - 0.6899887)).toBeLessThan(WITHIN);
  });

  it('counts a longer first period as a fraction of a period', () => {
    // Received 01-10, first due 02-15: the first period runs from 2024-12-15 + 26 of its 31 days, so the
    // money arrived at period −2 + 26/31 = −1.16129 before the first due date (period 0).
    // Compound: 10,000 = Σ_{j=0..11} 888.49 / (1 + p)^(j + 1.16129) → p = 0.9752706%, effective 12.35187%.
    // Simple: 10,000 × (1 + R × 1.16129 / 12) − 888.49, then 11 × (× (1 + R / 12) − 888.49) = 0 → R = 11.70487%.
    const { flows, timing } = scheduled(
      regularSchedule({ start: '2025-01-10', received: 1_000_000, firstDue: '2025-02-15', payments: { count: 12, amount: 88_849 } }),
    );
    const { nominalAnnual, effectiveAnnual } = rates(flows, timing);
    expect(Math.abs(nominalAnnual - 0.1170487)).toBeLessThan(WITHIN);
    expect(Math.abs(effectiveAnnual - 0.1235187)).toBeLessThan(WITHIN);
  });
});

describe('annualRate on dated payments (XIRR, actual days / 365)', () => {
  it('(d) receive 10,000 on 2025-01-01, repay 11,000 on 2026-01-01: exactly 10.00%', () => {
    const { nominalAnnual, effectiveAnnual } = rates([flow('2025-01-01', 10_000), flow('2026-01-01', -11_000)]);
    expect(Math.abs(effectiveAnnual - 0.1)).toBeLessThan(1e-12);
    expect(Math.abs(nominalAnnual - 0.1)).toBeLessThan(1e-12);
  });

  it('(d) three flows: 10,000 in, 5,000 back after 104 days, 6,000 after 364 days', () => {
    // Effective: 10,000 − 5,000 / (1 + r)^(104/365) − 6,000 / (1 + r)^(364/365) = 0 → r = 15.424579% (mpmath);
    // plugged back in below. Simple, with a = 104/365 and b = 260/365: the first payment covers the interest
    // 10,000·a·R, so (5,000 + 10,000·a·R)(1 + b·R) = 6,000, a quadratic: R = 14.895822%.
    const flows = [flow('2025-01-01', 10_000), flow('2025-04-15', -5_000), flow('2025-12-31', -6_000)];
    const { nominalAnnual, effectiveAnnual } = rates(flows);
    expect(Math.abs(effectiveAnnual - 0.1542458)).toBeLessThan(WITHIN);
    expect(Math.abs(nominalAnnual - 0.1489582)).toBeLessThan(WITHIN);
    const npv = 10_000 - 5_000 / (1 + effectiveAnnual) ** (104 / 365) - 6_000 / (1 + effectiveAnnual) ** (364 / 365);
    expect(Math.abs(npv)).toBeLessThan(1e-6);
  });

  it('a two-year loan repaid in one go: 10.00% simple, as a court counts it, 9.54% compound', () => {
    // 2,000 interest on 10,000 over 730 days = 10% a year; effective √1.2 − 1 = 9.544512%.
    const { nominalAnnual, effectiveAnnual } = rates([flow('2025-01-01', 10_000), flow('2027-01-01', -12_000)]);
    expect(Math.abs(nominalAnnual - 0.1)).toBeLessThan(1e-9);
    expect(Math.abs(effectiveAnnual - 0.0954451)).toBeLessThan(WITHIN);
  });

  it('gives a negative rate to a borrower who repaid less than they received', () => {
    const { nominalAnnual, effectiveAnnual } = rates([flow('2025-01-01', 10_000), flow('2026-01-01', -9_000)]);
    expect(Math.abs(nominalAnnual + 0.1)).toBeLessThan(1e-9);
    expect(Math.abs(effectiveAnnual + 0.1)).toBeLessThan(1e-9);
  });

  it('reads a 7-day loan of 2,000 received, 3,000 repaid (a 714 loan) without overflowing', () => {
    const { nominalAnnual, effectiveAnnual } = rates([flow('2025-01-01', 2_000), flow('2025-01-08', -3_000)]);
    expect(nominalAnnual).toBeCloseTo((0.5 * 365) / 7, 6);
    expect(effectiveAnnual / (1.5 ** (365 / 7) - 1)).toBeCloseTo(1, 9);
  });

  it('matches the dated schedule built from the same payments, in any order', () => {
    const result = datedSchedule({
      start: '2025-01-01',
      received: 1_000_000,
      payments: [
        { date: '2025-12-31', fen: 600_000 },
        { date: '2025-04-15', fen: 500_000 },
      ],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.flows.map((f) => f.date)).toEqual(['2025-01-01', '2025-04-15', '2025-12-31']);
    expect(Math.abs(rates(result.flows, result.timing).effectiveAnnual - 0.1542458)).toBeLessThan(WITHIN);
  });
});

describe('annualRate refusals', () => {
  const ok = [flow('2025-01-01', 10_000), flow('2026-01-01', -11_000)];
  it.each<[string, CashFlow[], Timing | undefined, string]>([
    ['nothing received', [flow('2025-01-01', -100)], undefined, 'noMoneyReceived'],
    ['nothing repaid', [flow('2025-01-01', 100)], undefined, 'noRepayments'],
    ['no flows at all', [], undefined, 'noMoneyReceived'],
    ['dates out of order', [...ok].reverse(), undefined, 'datesOutOfOrder'],
    ['a bad date', [flow('2025-02-30', 100), flow('2026-01-01', -100)], undefined, 'badDate'],
    ['a date typed wrong', [flow('2025-1-1', 100), flow('2026-01-01', -100)], undefined, 'badDate'],
    ['a fraction of a fen', [{ ...ok[0], fen: 0.5 }, ok[1]], undefined, 'badAmount'],
    ['NaN', [{ ...ok[0], fen: NaN }, ok[1]], undefined, 'badAmount'],
    ['Infinity', [{ ...ok[0], fen: Infinity }, ok[1]], undefined, 'badAmount'],
    ['a zero-month period', ok, { unit: 'month', every: 0, firstDue: '2025-02-01' }, 'badTiming'],
    ['more paid than received on the first day', [flow('2025-01-01', 100), flow('2025-01-01', -150)], undefined, 'nothingReceivedNet'],
    [
      'fees at the start as large as the money',
      [flow('2025-01-01', 100), flow('2025-01-01', -100), flow('2025-02-01', -100), flow('2025-03-01', -100)],
      undefined,
      'nothingReceivedNet',
    ],
    ['repaid before it was lent', [flow('2025-01-01', -100), flow('2025-01-01', 100), flow('2025-02-01', -100)], undefined, 'nothingReceivedNet'],
    ['everything repaid the day it came', [flow('2025-01-01', 150), flow('2025-01-01', -50)], undefined, 'cannotCompute'],
    [
      'money received after a payment',
      [flow('2025-01-01', 100), flow('2025-02-01', -50), flow('2025-03-01', 100), flow('2025-04-01', -200)],
      undefined,
      'receivedAfterPaying',
    ],
    // 0.01 for a year, then 1,000 a day before 500 is repaid: the simple rate that zeroes this,
    // −(1,000.01 − 500) / (0.01 × 364/365 + 1,000.01 / 365) = −18,184% a year, is below −1 / (1 year).
    [
      'a root where a discount factor is negative',
      [flow('2025-01-01', 0.01), flow('2025-12-31', 1_000), flow('2026-01-01', -500)],
      undefined,
      'rateBelowRange',
    ],
  ])('%s → %s', (_, flows, timing, error) => {
    expect(annualRate(flows, timing)).toEqual({ ok: false, error });
  });

  it('refuses more flows than a schedule can have', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => flow('2025-01-01', i === 0 ? 100 : -1));
    expect(annualRate(many)).toEqual({ ok: false, error: 'tooManyFlows' });
  });
});

describe('regularSchedule', () => {
  const base = { start: '2025-01-10', received: 850_000, firstDue: '2025-01-31', payments: { count: 3, amount: 100_000 } };

  it('adds calendar months, keeping the day or the last day of a shorter month', () => {
    const dates = (firstDue: string, everyMonths?: number) => {
      const result = scheduled(regularSchedule({ ...base, start: '2023-12-01', firstDue, payments: { count: 4, amount: 1, everyMonths } }));
      return result.flows.filter((f) => f.kind === 'repayment').map((f) => f.date);
    };
    expect(dates('2025-01-31')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
    expect(dates('2024-01-31')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(dates('2024-11-30', 3)).toEqual(['2024-11-30', '2025-02-28', '2025-05-30', '2025-08-30']);
  });

  it('lists the contract, the deduction, fees at the start and with every payment', () => {
    const result = scheduled(
      regularSchedule({
        ...base,
        contract: 1_000_000,
        fees: [
          { kind: 'guarantee', fen: 20_000, when: 'atStart' },
          { kind: 'insurance', fen: 3_000, when: 'eachPayment' },
          { kind: 'other', fen: 0, when: 'eachPayment' },
        ],
      }),
    );
    expect(result.flows).toEqual([
      { date: '2025-01-10', fen: 1_000_000, kind: 'principal' },
      { date: '2025-01-10', fen: -150_000, kind: 'deduction' },
      { date: '2025-01-10', fen: -20_000, kind: 'fee', fee: 'guarantee' },
      { date: '2025-01-31', fen: -100_000, kind: 'repayment' },
      { date: '2025-01-31', fen: -3_000, kind: 'fee', fee: 'insurance' },
      { date: '2025-02-28', fen: -100_000, kind: 'repayment' },
      { date: '2025-02-28', fen: -3_000, kind: 'fee', fee: 'insurance' },
      { date: '2025-03-31', fen: -100_000, kind: 'repayment' },
      { date: '2025-03-31', fen: -3_000, kind: 'fee', fee: 'insurance' },
    ]);
    expect(result.timing).toEqual({ unit: 'month', every: 1, firstDue: '2025-01-31' });
  });

  it.each<[string, Partial<Parameters<typeof regularSchedule>[0]>, string]>([
    ['a bad start date', { start: '2025-13-01' }, 'badDate'],
    ['a bad first due date', { firstDue: '31/01/2025' }, 'badDate'],
    ['a first payment before the money', { firstDue: '2025-01-01' }, 'datesOutOfOrder'],
    ['a first payment the same day', { firstDue: '2025-01-10' }, 'datesOutOfOrder'],
    ['nothing received', { received: 0 }, 'noMoneyReceived'],
    ['a negative amount received', { received: -5 }, 'badAmount'],
    ['more received than the contract says', { contract: 800_000 }, 'receivedMoreThanContract'],
    ['a negative fee', { fees: [{ kind: 'service', fen: -1, when: 'atStart' }] }, 'badAmount'],
    ['zero payments', { payments: { count: 0, amount: 100_000 } }, 'badCount'],
    ['half a payment', { payments: { count: 1.5, amount: 100_000 } }, 'badCount'],
    ['601 payments', { payments: { count: 601, amount: 100_000 } }, 'badCount'],
    ['payments every 0 months', { payments: { count: 3, amount: 100_000, everyMonths: 0 } }, 'badInterval'],
    ['payments every 13 months', { payments: { count: 3, amount: 100_000, everyMonths: 13 } }, 'badInterval'],
    ['payments of nothing', { payments: { count: 3, amount: 0 } }, 'noRepayments'],
    ['payments of NaN', { payments: { count: 3, amount: NaN } }, 'badAmount'],
    ['payments past the year 2999', { start: '2990-01-01', firstDue: '2990-02-01', payments: { count: 600, amount: 1 } }, 'badDate'],
  ])('refuses %s', (_, change, error) => {
    expect(regularSchedule({ ...base, ...change })).toEqual({ ok: false, error });
  });
});

describe('datedSchedule', () => {
  const base = { start: '2025-01-01', received: 1_000_000, payments: [{ date: '2025-06-01', fen: 1_100_000 }] };

  it('adds per-payment fees on each payment date', () => {
    const result = datedSchedule({ ...base, fees: [{ kind: 'service', fen: 500, when: 'eachPayment' }] });
    expect(result.ok && result.flows.map((f) => [f.date, f.fen])).toEqual([
      ['2025-01-01', 1_000_000],
      ['2025-06-01', -1_100_000],
      ['2025-06-01', -500],
    ]);
  });

  it.each<[string, Partial<Parameters<typeof datedSchedule>[0]>, string]>([
    ['no payments', { payments: [] }, 'noRepayments'],
    ['a payment on the day the money came', { payments: [{ date: '2025-01-01', fen: 1 }] }, 'datesOutOfOrder'],
    ['a payment before it', { payments: [{ date: '2024-12-31', fen: 1 }] }, 'datesOutOfOrder'],
    ['a payment of nothing', { payments: [{ date: '2025-02-01', fen: 0 }] }, 'badAmount'],
    ['a payment on no date', { payments: [{ date: '', fen: 1 }] }, 'badDate'],
    ['too many payments', { payments: Array.from({ length: 601 }, () => ({ date: '2025-02-01', fen: 1 })) }, 'badCount'],
  ])('refuses %s', (_, change, error) => {
    expect(datedSchedule({ ...base, ...change })).toEqual({ ok: false, error });
  });
});

describe('cashFlowTable', () => {
  it('keeps a running net and totals what was received, repaid and paid in fees', () => {
    const result = scheduled(
      regularSchedule({
        start: '2025-03-01',
        received: 850_000,
        contract: 1_000_000,
        firstDue: '2025-04-01',
        payments: { count: 2, amount: 500_000 },
        fees: [{ kind: 'service', fen: 10_000, when: 'eachPayment' }],
      }),
    );
    const table = cashFlowTable(result.flows);
    expect(table.rows.map((r) => r.runningNet)).toEqual([1_000_000, 850_000, 350_000, 340_000, -160_000, -170_000]);
    expect(table.rows[1]).toEqual({ date: '2025-03-01', fen: -150_000, kind: 'deduction', runningNet: 850_000 });
    expect({ ...table, rows: undefined }).toEqual({ rows: undefined, received: 850_000, repaid: 1_000_000, fees: 20_000, cost: 170_000 });
  });
});

// An independent check of a result: plug the rates back in.
function presentValue(flows: readonly { days: number; fen: number }[], effective: number) {
  const discounted = flows.map((f) => f.fen * (1 + effective) ** (-f.days / 365));
  return { value: discounted.reduce((a, b) => a + b, 0), scale: discounted.reduce((a, b) => a + Math.abs(b), 0) };
}

// Simple interest on the principal, each payment covering interest first; flows of one day are netted.
// This is the definition from before overpaid money stopped earning interest in rate.ts: at the
// rate of a loan nothing is overpaid, so the two must agree.
function simpleBalance(flows: readonly { days: number; fen: number }[], rate: number) {
  const netted = new Map<number, number>();
  for (const f of flows) netted.set(f.days, (netted.get(f.days) ?? 0) + f.fen);
  let [principal, interest, scale, last] = [0, 0, 0, 0];
  for (const [days, fen] of netted) {
    if (fen === 0) continue;
    interest += principal * rate * ((days - last) / 365);
    last = days;
    scale += Math.abs(fen) + Math.abs(interest);
    const paid = Math.min(Math.max(-fen, 0), Math.max(interest, 0));
    interest -= paid;
    principal += fen + paid;
  }
  return { value: principal + interest, scale };
}

type Check = (rate: number) => { value: number; scale: number };
// A root up to rounding: tiny beside the amounts involved, or a sign change within a billionth of the rate
// (at extreme rates one step of a double moves the balance by more than any fixed tolerance).
function zeroesAt(check: Check, rate: number) {
  const { value, scale } = check(rate);
  const step = 1e-9 * Math.max(1, Math.abs(rate));
  return Math.abs(value) <= 1e-6 * scale || Math.sign(check(rate - step).value) * Math.sign(check(rate + step).value) <= 0;
}

/** Flows of one day netted, days counted from the first flow, days with nothing left out. */
function netByDay(list: readonly { days: number; fen: number }[]) {
  const netted = new Map<number, number>();
  for (const f of list) netted.set(f.days - list[0].days, (netted.get(f.days - list[0].days) ?? 0) + f.fen);
  return [...netted].map(([days, fen]) => ({ days, fen })).filter((f) => f.fen !== 0);
}

/**
 * Both rates zero the flows (days from the first flow). At the ends of a double a compound rate can
 * only be checked for being beyond: Infinity past the largest double, and within 10^−6 of −100%,
 * where 1 + rate keeps too few digits to discount with.
 */
function expectRatesOf(list: readonly { days: number; fen: number }[], rates: { nominalAnnual: number; effectiveAnnual: number }) {
  const since = list.map((f) => ({ days: f.days - list[0].days, fen: f.fen }));
  expect(Number.isFinite(rates.nominalAnnual)).toBe(true);
  expect(zeroesAt((rate) => simpleBalance(since, rate), rates.nominalAnnual)).toBe(true);
  const nearlyMinus100 = 1e-6 - 1;
  if (rates.effectiveAnnual === Infinity) expect(presentValue(since, Number.MAX_VALUE).value).toBeLessThan(0);
  else if (rates.effectiveAnnual < nearlyMinus100) expect(presentValue(since, nearlyMinus100).value).toBeGreaterThanOrEqual(0);
  else expect(zeroesAt((rate) => presentValue(since, rate), rates.effectiveAnnual)).toBe(true);
}

describe('annualRate on arbitrary flows (property)', () => {
  const day = (days: number) => new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
  const flowsArbitrary = fc
    .array(fc.record({ days: fc.integer({ min: 0, max: 20 * 365 }), fen: fc.integer({ min: -1e10, max: 1e10 }) }), {
      minLength: 0,
      maxLength: 40,
    })
    .map((list) => list.sort((a, b) => a.days - b.days));

  it('never throws, and returns rates that zero the cash flows of a loan, or a reason', () => {
    fc.assert(
      fc.property(flowsArbitrary, (list) => {
        const flows = list.map((f): CashFlow => ({ date: day(f.days), fen: f.fen, kind: f.fen > 0 ? 'principal' : 'repayment' }));
        const result = annualRate(flows);
        const net = netByDay(list);
        const firstPaid = net.findIndex((f) => f.fen < 0);
        const isLoan = net.length > 0 && net[0].fen > 0 && firstPaid > 0 && net.slice(firstPaid).every((f) => f.fen < 0);
        if (!result.ok) {
          expect(['noMoneyReceived', 'noRepayments', 'nothingReceivedNet', 'receivedAfterPaying', 'rateBelowRange', 'cannotCompute']).toContain(result.error);
          // Money received on one day and paid back later always has its rates.
          expect(isLoan && net.filter((f) => f.fen > 0).length === 1).toBe(false);
          return true;
        }
        expect(isLoan).toBe(true);
        expectRatesOf(list, result);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('answers unsorted, empty and nonsense input with a reason, never a throw', () => {
    const anyFlow = fc.record({
      date: fc.oneof(fc.constantFrom('2025-01-01', '2025-06-30', '2026-02-29', '', 'x'), fc.string()),
      fen: fc.oneof(fc.integer(), fc.double()),
      kind: fc.constantFrom('principal' as const, 'repayment' as const),
    });
    fc.assert(
      fc.property(fc.array(anyFlow, { maxLength: 20 }), (flows) => {
        const result = annualRate(flows);
        return result.ok ? Number.isFinite(result.nominalAnnual) && Number.isFinite(result.effectiveAnnual) : typeof result.error === 'string';
      }),
      { numRuns: 1000 },
    );
  });
});

describe('annualRate on loans (property)', () => {
  const day = (days: number) => new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
  // A loan as the form takes it: money on one day (some of it perhaps kept back), up to 60 payments
  // on later days, fees at the start or with each payment.
  const loanArbitrary = fc.record({
    received: fc.integer({ min: 1, max: 1e10 }),
    deducted: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e9 })),
    payments: fc.array(fc.record({ days: fc.integer({ min: 1, max: 10 * 365 }), fen: fc.integer({ min: 1, max: 1e9 }) }), { minLength: 1, maxLength: 60 }),
    fees: fc.array(fc.record({ fen: fc.integer({ min: 0, max: 1e7 }), when: fc.constantFrom(...FEE_TIMES) }), { maxLength: 3 }),
  });
  type Loan = typeof loanArbitrary extends fc.Arbitrary<infer T> ? T : never;

  const built = (loan: Loan) => {
    const result = datedSchedule({
      start: day(0),
      received: loan.received,
      contract: loan.received + loan.deducted,
      payments: loan.payments.map((p) => ({ date: day(p.days), fen: p.fen })),
      fees: loan.fees.map((fee) => ({ ...fee, kind: 'service' as const })),
    });
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  const feesAtStart = (loan: Loan) => loan.fees.filter((fee) => fee.when === 'atStart').reduce((sum, fee) => sum + fee.fen, 0);
  const rateOf = (loan: Loan) => annualRate(built(loan).flows, built(loan).timing);

  it('gives every loan both rates, and they zero its cash flows, unless the fees at the start took all the money', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const result = rateOf(loan);
        if (feesAtStart(loan) >= loan.received) {
          expect(result).toEqual({ ok: false, error: 'nothingReceivedNet' });
          return;
        }
        if (!result.ok) throw new Error(result.error);
        const days = (date: string) => (Date.parse(date) - Date.parse(day(0))) / 86_400_000;
        expectRatesOf(
          built(loan).flows.map((f) => ({ days: days(f.date), fen: f.fen })),
          result,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('makes both rates positive when more was paid than received, negative when less, zero when the same', () => {
    const sameOrNot = fc.tuple(loanArbitrary, fc.boolean()).map(([loan, same]) => {
      if (!same) return loan;
      // Received exactly what is paid in repayments and fees after the start.
      const perPayment = loan.fees.filter((fee) => fee.when === 'eachPayment').reduce((sum, fee) => sum + fee.fen, 0);
      const paid = loan.payments.reduce((sum, p) => sum + p.fen + perPayment, 0);
      return { ...loan, received: paid + feesAtStart(loan) };
    });
    fc.assert(
      fc.property(sameOrNot, (loan) => {
        const result = rateOf(loan);
        fc.pre(result.ok);
        if (!result.ok) return;
        const { received, cost } = cashFlowTable(built(loan).flows);
        expect(received).toBe(loan.received);
        const sign = (x: number) => (x > 0 ? 'positive' : x < 0 ? 'negative' : 'zero');
        expect([sign(result.nominalAnnual), sign(result.effectiveAnnual)]).toEqual([sign(cost), sign(cost)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('raises both rates when any payment is raised', () => {
    const raised = fc.tuple(loanArbitrary, fc.nat(), fc.integer({ min: 1, max: 1e9 }));
    fc.assert(
      fc.property(raised, ([loan, which, by]) => {
        const i = which % loan.payments.length;
        const more = { ...loan, payments: loan.payments.map((p, j) => (j === i ? { ...p, fen: p.fen + by } : p)) };
        const [before, after] = [rateOf(loan), rateOf(more)];
        fc.pre(before.ok);
        if (!before.ok || !after.ok) throw new Error('no rate');
        // Strictly where a double can show the rise. Not always: at 10,000% a year a payment ten years
        // on weighs 10^−20 of one at the start, and 1 fen on 1,000,000 paid moves a rate of 10^10 by
        // less than its last digit. A raise of the first payment by 0.1% of all paid always shows,
        // as long as the compound rate is not −1 or Infinity in a double.
        const { repaid, fees } = cashFlowTable(built(loan).flows);
        const visible = by >= (repaid + fees) / 1000 && loan.payments[i].days === Math.min(...loan.payments.map((p) => p.days));
        for (const rate of ['nominalAnnual', 'effectiveAnnual'] as const) {
          if (visible && before[rate] > -1 && before[rate] < Infinity) expect(after[rate]).toBeGreaterThan(before[rate]);
          else expect(after[rate]).toBeGreaterThanOrEqual(before[rate]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('does the same on monthly schedules: the sign of what it cost, and more for a higher instalment', () => {
    const monthlyLoan = fc.record({
      received: fc.integer({ min: 1, max: 1e10 }),
      firstDueAfter: fc.integer({ min: 1, max: 90 }),
      count: fc.integer({ min: 1, max: 600 }),
      amount: fc.integer({ min: 1, max: 1e9 }),
      everyMonths: fc.integer({ min: 1, max: 12 }),
      raise: fc.integer({ min: 1, max: 1e9 }),
    });
    fc.assert(
      fc.property(monthlyLoan, ({ received, firstDueAfter, count, amount, everyMonths, raise }) => {
        const rateFor = (instalment: number) => {
          const { flows, timing } = scheduled(
            regularSchedule({ start: day(0), received, firstDue: day(firstDueAfter), payments: { count, amount: instalment, everyMonths } }),
          );
          const result = annualRate(flows, timing);
          if (!result.ok) throw new Error(result.error);
          return result;
        };
        const [before, after] = [rateFor(amount), rateFor(amount + raise)];
        const sign = (x: number) => Math.sign(x) + 0;
        expect([sign(before.nominalAnnual), sign(before.effectiveAnnual)]).toEqual([sign(count * amount - received), sign(count * amount - received)]);
        for (const rate of ['nominalAnnual', 'effectiveAnnual'] as const) {
          if (before[rate] > -1 && before[rate] < Infinity && raise >= (count * amount) / 1000) expect(after[rate]).toBeGreaterThan(before[rate]);
          else expect(after[rate]).toBeGreaterThanOrEqual(before[rate]);
        }
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('with one payment t years on, agrees exactly: 1 + simple × t = (1 + compound)^t', () => {
    const onePayment = fc.record({
      received: fc.integer({ min: 1, max: 1e10 }),
      days: fc.integer({ min: 1, max: 30 * 365 }),
      fen: fc.integer({ min: 1, max: 1e10 }),
    });
    fc.assert(
      fc.property(onePayment, ({ received, days, fen }) => {
        const result = annualRate([
          { date: day(0), fen: received, kind: 'principal' },
          { date: day(days), fen: -fen, kind: 'repayment' },
        ]);
        if (!result.ok) throw new Error(result.error);
        const t = days / 365;
        // Worked out directly: 1 + simple × t and (1 + compound)^t are both fen / received. Near −100%
        // a compound rate differs from −1 by less than a double holds, hence the absolute floor.
        const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        near(result.nominalAnnual, (fen / received - 1) / t);
        const compound = Math.expm1(Math.log(fen / received) / t);
        if (compound === Infinity) expect(result.effectiveAnnual).toBe(Infinity);
        else near(result.effectiveAnnual, compound);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Extreme loans, each worked independently in Python with mpmath at 40 digits (bisection on the
 * same definitions, no code shared): monthly schedules as in (a) above, dated ones by the
 * interest-first simple balance on actual days / 365, which these payments do not always cover,
 * and by XIRR on growth ln(1 + r).
 */
describe('annualRate at the extremes (checked against mpmath)', () => {
  const closeTo = (actual: number, expected: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(1e-9);
  const monthly = (received: number, count: number, amount: number, fees?: Parameters<typeof regularSchedule>[0]['fees']) =>
    scheduled(regularSchedule({ start: '2025-01-10', received, firstDue: '2025-02-10', payments: { count, amount }, fees }));
  const twelveMonths = Array.from({ length: 12 }, (_, i) => ({ date: monthsAfter('2025-02-10', i)!, fen: 100_000 }));
  const dated = (received: number, payments: { date: string; fen: number }[]) => scheduled(datedSchedule({ start: '2025-01-10', received, payments }));

  it.each<[string, ReturnType<typeof monthly>, number, number]>([
    // The issue: 2,000 received, 12 × 1,000. The grid search said −571.43%.
    ['2,000 received, 12 × 1,000 a month', monthly(200_000, 12, 100_000), 5.95225838361, 124.676515665],
    ['the same on dated payments', dated(200_000, twelveMonths), 6.02007329768, 130.04561683],
    ['1 received, 12 × 1,000 a month', monthly(100, 12, 100_000), 12000, 1.0120662205e36],
    ['1 received, the same on dated payments', dated(100, twelveMonths), 12372.6786199, 2.15050881195e35],
    ['0.01 received, 12 × 1,000 a month', monthly(1, 12, 100_000), 1200000, 1.0001200066e60],
    ['2,000 received, 60 × 1,000 a month', monthly(200_000, 60, 100_000), 5.99999999984, 128.746337877],
    ['10,000 received, 60 × 250 a month', monthly(1_000_000, 60, 25_000), 0.172737372011, 0.18709116709],
    // Repayments exactly the money received: the whole cost is the fees.
    [
      'fees only: 12,000, 12 × 1,000 and 100 a month',
      monthly(1_200_000, 12, 100_000, [{ kind: 'service', fen: 10_000, when: 'eachPayment' }]),
      0.17971997498,
      0.195288357994,
    ],
    [
      'fees only: 12,000, 1,200 at the start, 12 × 1,000',
      monthly(1_200_000, 12, 100_000, [{ kind: 'membership', fen: 120_000, when: 'atStart' }]),
      0.199124141057,
      0.218340993452,
    ],
    ['1 received, 2,000 repaid the next day', dated(100, [{ date: '2025-01-11', fen: 200_000 }]), 729635, Infinity],
  ])('%s', (_, { flows, timing }, nominal, effective) => {
    const result = rates(flows, timing);
    closeTo(result.nominalAnnual, nominal);
    if (effective === Infinity) expect(result.effectiveAnnual).toBe(Infinity);
    else closeTo(result.effectiveAnnual, effective);
  });
});

describe('monthsAfter', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(monthsAfter('2025-06-15', 1)).toBe('2025-07-15');
    expect(monthsAfter('2025-01-31', 1)).toBe('2025-02-28');
    expect(monthsAfter('2025-12-10', 1)).toBe('2026-01-10');
    expect(monthsAfter('2025-02-30', 1)).toBeNull();
  });
});
