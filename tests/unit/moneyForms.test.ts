// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { checkCost, costFacts, costForm, needsLpr, readCost, type CostDraft, type SavedCost } from '../../src/case/money/costCheck.ts';
import { emptyDebt, planFacts, planForm, readPlan, savedPlan, type DebtDraft, type PlanDraft, type SavedPlan } from '../../src/case/money/planStore.ts';
import { moneyFacts, planProposalFor } from '../../src/case/money/moneyFacts.ts';
import { monthsAfter } from '../../src/case/money/rate.ts';
import { useSavedForm } from '../../src/case/money/savedForm.ts';
import { loadStored, writeStored } from '../../src/lib/storage.ts';
import { privateLoanDraft } from './fixtures.ts';

/** The fixture's private loan, with the contract amount typed as people write it. */
const costDraft = (change: Partial<CostDraft> = {}): CostDraft => privateLoanDraft({ contract: '10,000', ...change });

const checked = (draft: CostDraft) => {
  const read = readCost(draft);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const result = checkCost(read.value);
  if (!result.ok) throw new Error(result.error);
  return result;
};

const problems = (draft: CostDraft) => {
  const read = readCost(draft);
  return read.ok ? [] : read.problems.map((p) => [p.field, p.code]);
};

describe('the true-cost check', () => {
  it('finds 69.00% nominal and 95.60% effective, against 4 × 3.00% for a private lender in June 2025', () => {
    const result = checked(costDraft());
    expect(result.nominalAnnual).toBeCloseTo(0.69, 4);
    expect(result.effectiveAnnual).toBeCloseTo(0.956, 4);
    expect(result.deducted).toBe(150_000);
    expect(result.comparison).toEqual({ rule: 'fourTimesLpr', lpr: 0.03, announced: '2025-05-20', cap: 0.12, above: true });
    expect(result.table.rows.map((r) => r.kind)).toEqual(['principal', 'deduction', ...Array(12).fill('repayment')]);
    expect(result.table.rows[2].date).toBe('2025-07-15');
  });

  it('asks for the LPR after the last confirmed month, and compares with the one entered', () => {
    expect(needsLpr({ lender: 'private', date: '2026-11-15' })).toBe(true);
    expect(needsLpr({ lender: 'bankCard', date: '2026-11-15' })).toBe(false);
    expect(needsLpr({ lender: 'private', date: '2026-09-30' })).toBe(false);
    expect(checked(costDraft({ date: '2026-11-15' })).comparison).toEqual({ rule: 'fourTimesLpr', missing: 'notVerified' });
    expect(checked(costDraft({ date: '2026-11-15', lpr: '３' })).comparison).toEqual({ rule: 'fourTimesLpr', lpr: 0.03, cap: 0.12, above: true });
    expect(problems(costDraft({ date: '2026-11-15', lpr: '12' }))).toEqual([['lpr', 'implausibleLpr']]);
    // An LPR typed for a date the table covers is not used.
    expect(checked(costDraft({ lpr: '4' })).comparison).toMatchObject({ lpr: 0.03 });
  });

  it('says a licensed lender has no LPR cap, and a platform depends on who lent', () => {
    expect(checked(costDraft({ lender: 'smallLoan' })).comparison).toEqual({ rule: 'noLprCap' });
    expect(checked(costDraft({ lender: 'platform' })).comparison).toEqual({
      rule: 'dependsOnLender',
      privateCap: { lpr: 0.03, announced: '2025-05-20', cap: 0.12 },
    });
    // Before 2020-08-20 the private-lending cap would be the transition rule's, so none is given.
    expect(checked(costDraft({ lender: 'platform', date: '2020-03-10' })).comparison).toEqual({ rule: 'dependsOnLender', transition: true });
  });

  describe('a private loan made before 2020-08-20 (the transition rule, legal-cn §I)', () => {
    const loan = (change: Partial<CostDraft>) => costDraft({ contract: '10000', received: '10000', date: '2020-03-10', ...change });
    const atFiling = (above: boolean) => ({ lpr: 0.03, announced: '2025-05-20', cap: 0.12, above });

    it('compares with the 2015 rules up to 2020-08-19, and with 4 × the LPR at the contract date and at filing after', () => {
      // 12 × 1,000 on 10,000: 35.07% a year.
      const result = checked(loan({}));
      expect(result.nominalAnnual).toBeCloseTo(0.3507, 4);
      expect(result.comparison).toEqual({
        rule: 'transition',
        band2015: 'from24To36',
        atContract: { lpr: 0.0405, announced: '2020-02-20', cap: 0.162, above: true },
        atFiling: atFiling(true),
      });
      expect([...costFacts({ draft: loan({}), shown: true })]).toEqual(['aboveLprCap']);
    });

    it('places the rate in the 2015 bands, and tells the checklist only when above the cap on both readings', () => {
      // 12 × 900: 14.45% a year, above 4 × 3.00% but not above 4 × 4.05%.
      expect(checked(loan({ amount: '900' })).comparison).toMatchObject({ band2015: 'upTo24', atContract: { above: false }, atFiling: atFiling(true) });
      expect([...costFacts({ draft: loan({ amount: '900' }), shown: true })]).toEqual([]);
      expect(checked(loan({ amount: '1100' })).comparison).toMatchObject({ band2015: 'above36' });
    });

    it('has no LPR at the contract date before 2019-08-20, and still the one at filing', () => {
      expect(checked(loan({ date: '2019-08-01' })).comparison).toEqual({ rule: 'transition', band2015: 'from24To36', atFiling: atFiling(true) });
    });

    it('starts on 2020-08-20, and never applies to a licensed lender', () => {
      expect(checked(loan({ date: '2020-08-20' })).comparison).toEqual({ rule: 'fourTimesLpr', lpr: 0.0385, announced: '2020-04-20', cap: 0.154, above: true });
      for (const lender of ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan'] as const) {
        expect(checked(loan({ lender })).comparison).toEqual({ rule: 'noLprCap' });
      }
    });
  });

  it('reports every problem with its field, and nothing else', () => {
    expect(problems({ ...costForm.empty().draft })).toEqual([
      ['lender', 'choice.empty'],
      ['contract', 'amount.empty'],
      ['received', 'amount.empty'],
      ['date', 'date.empty'],
      ['schedule', 'choice.empty'],
    ]);
    expect(problems(costDraft({ contract: '3万', received: 'abc', count: '１２３', amount: '-5' }))).toEqual([
      ['received', 'amount.notANumber'],
      ['amount', 'amount.negative'],
    ]);
    expect(problems(costDraft({ received: '10001', count: '0', firstDue: '2025-06-15' }))).toEqual([
      ['received', 'receivedMoreThanContract'],
      ['count', 'count.zero'],
      ['firstDue', 'firstDueNotAfterLoan'],
    ]);
  });

  it('reads a list of payments, skipping empty rows, and the fees', () => {
    const draft = costDraft({
      schedule: 'dated',
      payments: [
        { id: '1', date: '2025-07-15', amount: '6000' },
        { id: '2', date: '', amount: '' },
        { id: '3', date: '2026-06-15', amount: '6,000' },
      ],
      fees: [
        { id: '1', kind: 'membership', amount: '199', when: 'atStart' },
        { id: '2', amount: '' },
      ],
    });
    const result = checked(draft);
    expect(result.table.fees).toBe(19_900);
    expect(result.table.repaid).toBe(1_200_000);
    expect(problems({ ...draft, payments: [{ id: '1', date: '2025-06-01', amount: '1' }], fees: [{ id: '4', amount: '5' }] })).toEqual([
      ['payment-1-date', 'paymentNotAfterLoan'],
      ['fee-4-kind', 'choice.empty'],
      ['fee-4-when', 'choice.empty'],
    ]);
    expect(problems({ ...draft, payments: [{ id: '7', date: '', amount: '' }] })).toEqual([['payment-7-date', 'noPayments']]);
  });

  // Issue 12: these loans came out at −571% to −1,322% and "not above 12.40%", and the checklist lost its item.
  it('finds 12 × 1,000 against anything received from 0.01 to 2,000 above the private-lending cap, and tells the checklist', () => {
    const received = fc.integer({ min: 1, max: 200_000 }).map((fen) => (fen / 100).toFixed(2));
    const schedules = fc.constantFrom<Partial<CostDraft>>(
      { schedule: 'regular' },
      { schedule: 'dated', payments: Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1), date: monthsAfter('2025-02-10', i)!, amount: '1000' })) },
    );
    fc.assert(
      fc.property(received, schedules, (amount, schedule) => {
        const draft = costDraft({ contract: amount, received: amount, date: '2025-01-10', ...schedule });
        const result = checked(draft);
        // At least what 2,000 received costs: 595.23% simple, 12,467.65% compound.
        expect(result.nominalAnnual).toBeGreaterThan(5.95);
        expect(result.effectiveAnnual).toBeGreaterThan(124.67);
        expect(result.comparison).toEqual({ rule: 'fourTimesLpr', lpr: 0.031, announced: '2024-10-21', cap: 0.124, above: true });
        expect([...costFacts({ draft, shown: true })]).toEqual(['aboveLprCap']);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no rate, and so no verdict and nothing for the checklist, when the fees at the start took all the money', () => {
    const draft = costDraft({ contract: '1000', received: '1000', fees: [{ id: '1', kind: 'service', amount: '1000', when: 'atStart' }] });
    const read = readCost(draft);
    expect(read.ok && checkCost(read.value)).toEqual({ ok: false, error: 'nothingReceivedNet' });
    expect([...costFacts({ draft, shown: true })]).toEqual([]);
  });

  it('tells the checklist about a rate above the cap and money kept back, once the check was asked for', () => {
    const saved = (draft: CostDraft, shown = true): SavedCost => ({ draft, shown });
    expect([...costFacts(saved(costDraft()))].sort()).toEqual(['aboveLprCap', 'deducted']);
    expect([...costFacts(saved(costDraft({ lender: 'bankCard', received: '10000' })))]).toEqual([]);
    expect([...costFacts(saved(costDraft(), false))]).toEqual([]);
    expect([...costFacts(saved(costDraft({ amount: 'abc' })))]).toEqual([]);
    expect([...costFacts(null)]).toEqual([]);
  });
});

const debt = (id: string, change: Partial<DebtDraft>): DebtDraft => ({ ...emptyDebt(id), court: 'none', ...change });
const threeDebts: PlanDraft = {
  income: '8,000',
  essentials: '4000元',
  borrowingToRepay: false,
  debts: [
    debt('1', { lender: '小贷', type: 'smallLoan', outstanding: '8000', monthlyDue: '1000', daysOverdue: '60' }),
    debt('2', { lender: '信用卡', type: 'bankCard', outstanding: '6万', monthlyDue: '3000', daysOverdue: '90天' }),
    debt('3', { lender: '消费金融', type: 'consumerFinance', outstanding: '20000', monthlyDue: '2000', daysOverdue: '30', court: 'paymentOrder' }),
  ],
};

describe('the repayment plan form', () => {
  it('puts the payment order first, then the credit card, then the small loan', () => {
    const made = savedPlan({ draft: threeDebts, shown: true })!;
    // The payment order is due in full (20,000) and takes no monthly share; the 4,000 a month
    // then covers the other two dues exactly.
    expect(made.plan.debts.map((d) => [d.id, d.reason, d.dueNow, d.proposalPerMonth, d.months])).toEqual([
      ['3', 'paymentOrder', 2_000_000, 0, null],
      ['2', 'creditCard', 0, 300_000, 20],
      ['1', 'other', 0, 100_000, 8],
    ]);
    expect(made.plan.affordable).toBe(400_000);
    expect(made.plan.flags).toEqual(['paymentOrderDue']);
  });

  it('plans "I don\'t know" as a lawsuit, and takes an empty instalment or days overdue as none', () => {
    const read = readPlan({ ...threeDebts, debts: [debt('1', { type: 'platform', outstanding: '500', court: 'dontKnow' })] });
    expect(read.ok && read.value.debts[0]).toEqual({
      id: '1',
      lender: '',
      type: 'platform',
      outstanding: 50_000,
      monthlyDue: 0,
      daysOverdue: 0,
      court: 'lawsuit',
    });
  });

  it('reports bad input per field and keeps zero where it means something', () => {
    const read = readPlan({
      income: 'abc',
      essentials: '-5',
      borrowingToRepay: false,
      debts: [debt('4', { outstanding: '3万', daysOverdue: '１２３', type: undefined, court: undefined, lender: 'x'.repeat(61) })],
    });
    expect(read.ok ? [] : read.problems.map((p) => [p.field, p.code])).toEqual([
      ['income', 'amount.notANumber'],
      ['essentials', 'amount.negative'],
      ['debt-4-lender', 'text.tooLong'],
      ['debt-4-type', 'choice.empty'],
      ['debt-4-court', 'choice.empty'],
    ]);
    const zeros = readPlan({ ...threeDebts, income: '0', debts: [debt('1', { type: 'bankLoan', outstanding: '1', daysOverdue: '0' })] });
    expect(zeros.ok && [zeros.value.income, zeros.value.debts[0].daysOverdue]).toEqual([0, 0]);
  });

  it('tells the checklist what a made plan found, and nothing about an unmade or unreadable one', () => {
    const facts = (saved: SavedPlan) => [...planFacts(saved)].sort();
    expect(facts({ draft: threeDebts, shown: true })).toEqual(['courtDebt', 'creditCardDebt', 'largeCreditCardDebt', 'paymentOrderDue', 'planMade']);
    expect(
      facts({
        draft: { ...threeDebts, income: '1000', borrowingToRepay: true, debts: [debt('1', { type: 'bankCard', outstanding: '49999', court: 'dontKnow' })] },
        shown: true,
      }),
    ).toEqual(['borrowingToRepay', 'courtUnknown', 'creditCardDebt', 'nothingAffordable', 'planMade', 'shortfall']);
    expect(facts({ draft: threeDebts, shown: false })).toEqual([]);
    expect(facts({ draft: { ...threeDebts, income: 'abc' }, shown: true })).toEqual([]);
    expect([...planFacts(null)]).toEqual([]);
  });
});

describe('saved forms', () => {
  it('round-trip under the duice: prefix', () => {
    const saved: SavedPlan = { draft: threeDebts, shown: true };
    writeStored(localStorage, planForm, saved);
    expect(planForm.key.startsWith('duice:')).toBe(true);
    expect(loadStored(localStorage, planForm)).toEqual({ value: saved, discarded: false });
    expect(loadStored(localStorage, costForm)).toEqual({ value: null, discarded: false });
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 0, value: { draft: threeDebts, shown: true } })],
    ['a wrong shape', JSON.stringify({ format: 1, value: { draft: { ...threeDebts, debts: 'many' }, shown: true } })],
    [
      'an unknown lender type',
      JSON.stringify({ format: 1, value: { draft: { ...threeDebts, debts: [debt('1', { type: 'loanShark' as never })] }, shown: true } }),
    ],
    ['a row id that could break an element id', JSON.stringify({ format: 1, value: { draft: { ...threeDebts, debts: [debt('a b', {})] }, shown: true } })],
    ['an extra property', JSON.stringify({ format: 1, value: { draft: threeDebts, shown: true, extra: 1 } })],
  ])('discard %s, and say so', (_, raw) => {
    localStorage.setItem(planForm.key, raw);
    expect(loadStored(localStorage, planForm)).toEqual({ value: null, discarded: true });
    expect(localStorage.getItem(planForm.key)).toBeNull();
  });
});

describe('a form open in two tabs', () => {
  const openPlan = () => renderHook(() => useSavedForm(planForm)).result;
  const type = (tab: ReturnType<typeof openPlan>, change: Partial<PlanDraft>) =>
    act(() => tab.current.update((s) => ({ ...s, draft: { ...s.draft, ...change } })));
  const savedDraft = () => (loadStored(localStorage, planForm).value as SavedPlan).draft;

  it("a tab that has not heard of the other's fields cannot drop them: it shows them instead, and its own next change keeps them", () => {
    const a = openPlan();
    const b = openPlan();
    type(a, { income: '8000', essentials: '3000' });
    type(b, { borrowingToRepay: true });
    expect(savedDraft()).toMatchObject({ income: '8000', essentials: '3000', borrowingToRepay: false });
    expect(b.current.value.draft).toMatchObject({ income: '8000', essentials: '3000' });
    type(b, { borrowingToRepay: true });
    expect(savedDraft()).toMatchObject({ income: '8000', essentials: '3000', borrowingToRepay: true });
  });

  it("shows the other tab's change as soon as the browser tells it", () => {
    const a = openPlan();
    const b = openPlan();
    type(a, { income: '8000' });
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: planForm.key, storageArea: localStorage })));
    expect(b.current.value.draft.income).toBe('8000');
  });
});

describe('what the money tools tell the rest of the app', () => {
  beforeEach(() => localStorage.clear());

  it('names the saved results as checklist facts, and reads an unreadable form as nothing without removing it', () => {
    expect([...moneyFacts(localStorage)]).toEqual([]);
    writeStored(localStorage, planForm, { draft: threeDebts, shown: true });
    writeStored(localStorage, costForm, { draft: costDraft(), shown: true });
    expect([...moneyFacts(localStorage)].sort()).toEqual([
      'cost.aboveLprCap',
      'cost.deducted',
      'plan.courtDebt',
      'plan.creditCardDebt',
      'plan.largeCreditCardDebt',
      'plan.paymentOrderDue',
      'plan.planMade',
    ]);
    localStorage.setItem(planForm.key, '{');
    expect([...moneyFacts(localStorage)].sort()).toEqual(['cost.aboveLprCap', 'cost.deducted']);
    expect(localStorage.getItem(planForm.key)).toBe('{');
  });

  it('gives a letter the proposal for its lender, by name as typed in the plan, or the only debt', () => {
    writeStored(localStorage, planForm, { draft: threeDebts, shown: true });
    expect(planProposalFor(localStorage, ' 信用卡 ')).toEqual({ perMonth: '3000', months: '20' });
    expect(planProposalFor(localStorage, '某银行')).toBeUndefined();
    expect(planProposalFor(localStorage, '')).toBeUndefined();
    // A payment order is due in full: a letter never gets an instalment offer for it.
    expect(planProposalFor(localStorage, '消费金融')).toBeUndefined();
    writeStored(localStorage, planForm, { draft: { ...threeDebts, debts: [threeDebts.debts[2]] }, shown: true });
    expect(planProposalFor(localStorage, '某银行')).toBeUndefined();
    writeStored(localStorage, planForm, { draft: { ...threeDebts, debts: [threeDebts.debts[0]] }, shown: true });
    expect(planProposalFor(localStorage, '某银行')).toEqual({ perMonth: '1000', months: '8' });
    writeStored(localStorage, planForm, { draft: threeDebts, shown: false });
    expect(planProposalFor(localStorage, '信用卡')).toBeUndefined();
  });
});
