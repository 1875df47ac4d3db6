import { caseOf } from '../../src/case/case.ts';
import { mediationProposal } from '../../src/case/money/mediation.ts';
import { planRepayments, type Debt, type PlanInput } from '../../src/case/money/plan.ts';

const debt = (over: Partial<Debt>): Debt => ({
  id: '1',
  lender: '',
  type: 'consumerFinance',
  outstanding: 2_000_000,
  monthlyDue: 200_000,
  daysOverdue: 30,
  court: 'none',
  ...over,
});
/** 5,000 a month in, 3,500 out: 1,500 to share; a 20,000 debt, and a 10,000 one under a payment order. */
const input: PlanInput = {
  income: 500_000,
  essentials: 350_000,
  debts: [debt({ id: 'a', lender: '某某消费金融' }), debt({ id: 'b', lender: '某某小贷', type: 'smallLoan', outstanding: 1_000_000, court: 'paymentOrder' })],
};
const plan = planRepayments(input);
if (!plan.ok) throw new Error('the fixture plan must work out');
const recognised = caseOf({ debtMatches: 'matches' });

describe('the mediation proposal', () => {
  it('offers the plan for a recognised debt: monthly where the plan is monthly, a payment order due in full', () => {
    const proposal = mediationProposal(input, plan, recognised);
    expect(proposal.offers).toBe(true);
    expect(proposal.affordable).toBe(150_000);
    expect(proposal.totalOutstanding).toBe(3_000_000);
    expect(proposal.lines).toEqual([
      { id: 'b', lender: '某某小贷', type: 'smallLoan', outstanding: 1_000_000, offer: { kind: 'dueInFull', amount: 1_000_000 } },
      { id: 'a', lender: '某某消费金融', type: 'consumerFinance', outstanding: 2_000_000, offer: { kind: 'monthly', perMonth: 150_000, months: 14 } },
    ]);
  });

  it.each([
    ['disputed', { debtMatches: 'differs' }],
    ['not owed', { debtMatches: 'noDebt' }],
    ['unverified', { debtMatches: 'dontKnow' }],
    ['not asked', {}],
  ])('offers nothing for a debt %s, not even what the user can afford', (_, answers) => {
    const proposal = mediationProposal(input, plan, caseOf(answers));
    expect(proposal.offers).toBe(false);
    expect(proposal.affordable).toBeUndefined();
    expect(proposal.lines.map((line) => line.offer)).toEqual([{ kind: 'toVerify' }, { kind: 'toVerify' }]);
  });

  it('tells a debt the money does not reach, and one beyond the longest term, apart', () => {
    const nothing = planRepayments({ ...input, income: 300_000 });
    if (!nothing.ok) throw new Error('plan');
    expect(mediationProposal(input, nothing, recognised).lines[1].offer).toEqual({ kind: 'nothingNow' });
    const thin = { ...input, income: 352_000, debts: [debt({ id: 'a', outstanding: 5_000_000 })] };
    const long = planRepayments(thin);
    if (!long.ok) throw new Error('plan');
    expect(mediationProposal(thin, long, recognised).lines[0].offer).toEqual({ kind: 'beyondTerm', perMonth: 2_000 });
  });
});
