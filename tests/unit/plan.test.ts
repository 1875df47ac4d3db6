import fc from 'fast-check';
import type { LenderType } from '../../src/case/case.ts';
import type { CourtStatus, Debt, PlanInput, Proposal } from '../../src/case/money/plan.ts';
import { MAX_TERM_MONTHS, planRepayments } from '../../src/case/money/plan.ts';

/** A monthly offer as the plan states it (no payment order, within the longest term). */
const offer = (id: string, reason: Proposal['reason'], proposalPerMonth: number, months: number | null): Proposal => ({
  id,
  reason,
  proposalPerMonth,
  months,
  dueNow: 0,
  beyondTerm: false,
});

const yuan = (value: number) => value * 100;
const debt = (id: string, change: Partial<Debt> = {}): Debt => ({
  id,
  lender: id,
  type: 'smallLoan',
  outstanding: yuan(10_000),
  monthlyDue: yuan(1_000),
  daysOverdue: 30,
  court: 'none',
  ...change,
});

function plan(input: PlanInput) {
  const result = planRepayments(input);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('planRepayments order', () => {
  it('puts a payment order, then other court deadlines, enforcement, credit cards, licensed lenders, then everyone else', () => {
    const result = plan({
      income: yuan(10_000),
      essentials: 0,
      debts: [
        debt('private', { type: 'private', daysOverdue: 400 }),
        debt('consumer', { type: 'consumerFinance' }),
        debt('card', { type: 'bankCard' }),
        debt('judgment', { type: 'platform', court: 'judgment' }),
        debt('enforced', { court: 'enforcement', daysOverdue: 10 }),
        debt('order', { type: 'bankCard', court: 'paymentOrder', daysOverdue: 5 }),
        debt('sued', { type: 'private', court: 'lawsuit', daysOverdue: 6 }),
        debt('bank', { type: 'bankLoan', daysOverdue: 31 }),
        debt('unknown', { type: 'dontKnow', daysOverdue: 500 }),
      ],
    });
    expect(result.debts.map((d) => [d.id, d.reason])).toEqual([
      ['order', 'paymentOrder'],
      ['sued', 'courtDeadline'],
      ['judgment', 'enforcement'],
      ['enforced', 'enforcement'],
      ['card', 'creditCard'],
      ['bank', 'licensed'],
      ['consumer', 'licensed'],
      ['unknown', 'other'],
      ['private', 'other'],
    ]);
  });

  it('breaks ties by days overdue, then by the larger amount, then as entered', () => {
    const result = plan({
      income: yuan(10_000),
      essentials: 0,
      debts: [
        debt('a', { outstanding: yuan(5_000) }),
        debt('b', { outstanding: yuan(8_000) }),
        debt('c', { outstanding: yuan(5_000), daysOverdue: 60 }),
        debt('d', { outstanding: yuan(5_000) }),
      ],
    });
    expect(result.debts.map((d) => d.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('planRepayments split', () => {
  it('pays every monthly due when the money covers them, and says what is left', () => {
    const result = plan({
      income: yuan(8_000),
      essentials: yuan(4_500),
      debts: [debt('card', { type: 'bankCard', outstanding: yuan(12_000), monthlyDue: yuan(1_000) }), debt('loan', { monthlyDue: yuan(1_500) })],
    });
    expect(result).toMatchObject({ affordable: yuan(3_500), totalDue: yuan(2_500), unallocated: yuan(1_000), flags: [] });
    expect(result.debts).toEqual([offer('card', 'creditCard', yuan(1_000), 12), offer('loan', 'other', yuan(1_500), 7)]);
  });

  it('in a shortfall pays the court stage first, then shares by outstanding amount up to each due (worked by hand)', () => {
    // 3,000 a month. The lawsuit takes its 1,000 due. 2,000 is left for 50,000 outstanding:
    // card 30/50 → 1,200; small loan 10/50 → 400; private 10/50 → 400, above its 200 due, so 200.
    // The 1,800 left goes to 40,000 outstanding: card 30/40 → 1,350; small loan 10/40 → 450.
    const result = plan({
      income: yuan(7_000),
      essentials: yuan(4_000),
      debts: [
        debt('private', { type: 'private', outstanding: yuan(10_000), monthlyDue: yuan(200), daysOverdue: 30 }),
        debt('small', { outstanding: yuan(10_000), monthlyDue: yuan(2_000), daysOverdue: 90 }),
        debt('card', { type: 'bankCard', outstanding: yuan(30_000), monthlyDue: yuan(1_500) }),
        debt('sued', { court: 'lawsuit', outstanding: yuan(20_000), monthlyDue: yuan(1_000) }),
      ],
    });
    expect(result.flags).toEqual(['shortfall']);
    expect(result).toMatchObject({ affordable: yuan(3_000), totalDue: yuan(4_700), unallocated: 0 });
    expect(result.debts).toEqual([
      offer('sued', 'courtDeadline', yuan(1_000), 20),
      offer('card', 'creditCard', yuan(1_350), 23),
      offer('small', 'other', yuan(450), 23),
      offer('private', 'other', yuan(200), 50),
    ]);
  });

  it('offers whole yuan that add up to what can be paid: the yuan rounding leaves go to the largest remainders', () => {
    const result = plan({ income: yuan(1_000), essentials: 0, debts: [debt('a'), debt('b'), debt('c')] });
    expect(result.debts.map((d) => d.proposalPerMonth)).toEqual([yuan(334), yuan(333), yuan(333)]);
    expect(result.unallocated).toBe(0);
    // Only the fen below a yuan can be left over.
    const withFen = plan({ income: yuan(1_000) + 55, essentials: 0, debts: [debt('a'), debt('b'), debt('c')] });
    expect(withFen.unallocated).toBe(55);
  });

  it('gives a lawsuit everything when its due is more than can be paid', () => {
    const result = plan({
      income: yuan(3_000),
      essentials: 0,
      debts: [debt('card', { type: 'bankCard' }), debt('sued', { court: 'lawsuit', monthlyDue: yuan(5_000) })],
    });
    expect(result.debts).toEqual([offer('sued', 'courtDeadline', yuan(3_000), 4), offer('card', 'creditCard', 0, null)]);
  });

  it('shows a payment order as due in full now, never in instalments, and plans the rest without it', () => {
    const result = plan({
      income: yuan(3_000),
      essentials: 0,
      debts: [
        debt('card', { type: 'bankCard', monthlyDue: yuan(1_000) }),
        debt('order', { court: 'paymentOrder', outstanding: yuan(15_000), monthlyDue: yuan(1_500) }),
      ],
    });
    expect(result.debts).toEqual([
      { id: 'order', reason: 'paymentOrder', proposalPerMonth: 0, months: null, dueNow: yuan(15_000), beyondTerm: false },
      offer('card', 'creditCard', yuan(1_000), 10),
    ]);
    expect(result).toMatchObject({ totalDue: yuan(1_000), unallocated: yuan(2_000), flags: ['paymentOrderDue'] });
  });

  it('never proposes a term beyond five years: it says so instead of offering 136 months', () => {
    const result = plan({ income: yuan(500), essentials: 0, debts: [debt('card', { type: 'bankCard', outstanding: yuan(68_000), monthlyDue: yuan(3_000) })] });
    expect(result.debts).toEqual([{ id: 'card', reason: 'creditCard', proposalPerMonth: yuan(500), months: null, dueNow: 0, beyondTerm: true }]);
    expect(result.flags).toEqual(['shortfall', 'beyondTerm']);
    expect(MAX_TERM_MONTHS).toBe(60);
  });

  it('treats an unknown monthly due as the whole amount due', () => {
    const result = plan({ income: yuan(20_000), essentials: 0, debts: [debt('a', { monthlyDue: 0, outstanding: yuan(6_000) })] });
    expect(result).toMatchObject({ totalDue: yuan(6_000), unallocated: yuan(14_000) });
    expect(result.debts[0]).toMatchObject({ proposalPerMonth: yuan(6_000), months: 1 });
  });

  it('never proposes more than is outstanding', () => {
    const result = plan({ income: yuan(20_000), essentials: 0, debts: [debt('a', { monthlyDue: yuan(1_000), outstanding: yuan(300) })] });
    expect(result.debts[0]).toMatchObject({ proposalPerMonth: yuan(300), months: 1 });
  });
});

describe('planRepayments flags', () => {
  it('flags nothing affordable when essentials take all the income', () => {
    const result = plan({ income: yuan(3_000), essentials: yuan(3_500), debts: [debt('a')] });
    expect(result).toMatchObject({ affordable: 0, unallocated: 0, flags: ['nothingAffordable', 'shortfall'] });
    expect(result.debts[0]).toMatchObject({ proposalPerMonth: 0, months: null });
  });

  it('passes on the warning about borrowing to repay', () => {
    expect(plan({ income: yuan(3_000), essentials: 0, debts: [], borrowingToRepay: true }).flags).toEqual(['borrowingToRepay']);
    expect(plan({ income: yuan(3_000), essentials: 0, debts: [] })).toMatchObject({ flags: [], debts: [], unallocated: yuan(3_000) });
  });

  it.each<[string, Partial<PlanInput>]>([
    ['negative income', { income: -1 }],
    ['NaN essentials', { essentials: NaN }],
    ['a fraction of a fen', { debts: [debt('a', { outstanding: 0.5 })] }],
    ['negative days overdue', { debts: [debt('a', { daysOverdue: -1 })] }],
  ])('refuses %s', (_, change) => {
    expect(planRepayments({ income: yuan(3_000), essentials: 0, debts: [], ...change })).toEqual({ ok: false, error: 'badAmount' });
  });
});

describe('planRepayments on arbitrary debts (property)', () => {
  const amount = fc.integer({ min: 0, max: 1e12 });
  const debts = fc.array(
    fc.record({
      id: fc.uuid(),
      lender: fc.string(),
      type: fc.constantFrom<LenderType>('bankCard', 'bankLoan', 'consumerFinance', 'smallLoan', 'platform', 'private', 'dontKnow'),
      outstanding: amount,
      monthlyDue: fc.oneof(fc.constant(0), amount),
      daysOverdue: fc.integer({ min: 0, max: 5000 }),
      court: fc.constantFrom<CourtStatus>('none', 'paymentOrder', 'lawsuit', 'judgment', 'enforcement'),
    }),
    { maxLength: 12 },
  );

  it('never spends more than is affordable, never offers more than is due, and serves the court stage first', () => {
    fc.assert(
      fc.property(amount, amount, debts, (income, essentials, list) => {
        const result = plan({ income, essentials, debts: list });
        const byId = new Map(list.map((d) => [d.id, d]));
        const due = (id: string) => {
          const d = byId.get(id)!;
          return d.monthlyDue > 0 ? Math.min(d.monthlyDue, d.outstanding) : d.outstanding;
        };
        const paid = result.debts.reduce((sum, d) => sum + d.proposalPerMonth, 0);
        expect(paid + result.unallocated).toBe(result.affordable);
        expect(result.unallocated).toBeGreaterThanOrEqual(0);
        // In a shortfall every whole yuan is offered: only the fen below a yuan is left.
        if (result.flags.includes('shortfall')) expect(result.unallocated).toBeLessThan(100);
        for (const d of result.debts) {
          const owed = byId.get(d.id)!;
          expect(Number.isSafeInteger(d.proposalPerMonth) && d.proposalPerMonth >= 0).toBe(true);
          if (owed.court === 'paymentOrder') {
            // Due in full now; never an instalment.
            expect(d).toMatchObject({ reason: 'paymentOrder', proposalPerMonth: 0, months: null, dueNow: owed.outstanding });
            continue;
          }
          expect(d.dueNow).toBe(0);
          expect(d.proposalPerMonth).toBeLessThanOrEqual(due(d.id));
          if (!result.flags.includes('shortfall')) expect(d.proposalPerMonth).toBe(due(d.id));
          const months = d.proposalPerMonth > 0 ? Math.ceil(owed.outstanding / d.proposalPerMonth) : null;
          expect(d.beyondTerm).toBe(months !== null && months > MAX_TERM_MONTHS);
          expect(d.months).toBe(d.beyondTerm ? null : months);
          if (d.months !== null) expect(d.months).toBeLessThanOrEqual(MAX_TERM_MONTHS);
        }
        const atCourt = result.debts.filter((d) => d.reason === 'courtDeadline' || d.reason === 'enforcement');
        if (result.debts.some((d) => !atCourt.includes(d) && d.proposalPerMonth > 0)) {
          for (const d of atCourt) expect(d.proposalPerMonth).toBe(due(d.id));
        }
      }),
      { numRuns: 500 },
    );
  });
});
