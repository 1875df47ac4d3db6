// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import money from '../../locales/en/money.json' with { type: 'json' };
import type { Answers } from '../../src/flow/schema.ts';
import { saveAnswers } from '../../src/flow/persistence.ts';
import { planForm } from '../../src/case/money/planStore.ts';
import { flow } from '../../src/case/flow.ts';
import { renderApp } from '../support/renderApp.tsx';
import { fullPath, planDebt } from '../unit/fixtures.ts';

const { mediation } = money;
const fillIn = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const answer = (answers: Answers) => saveAnswers(localStorage, flow, { ...fullPath, ...answers });

/** 5,000 in, 3,500 out; a consumer finance loan of 20,000 and a small loan of 10,000 under a payment order. */
function savePlan() {
  const draft = {
    income: '5000',
    essentials: '3500',
    borrowingToRepay: false,
    debts: [planDebt('1', 'Consumer', 'consumerFinance', '20000', '2000', 'none'), planDebt('2', 'Small loan', 'smallLoan', '10000', '', 'paymentOrder')],
  };
  localStorage.setItem(planForm.key, JSON.stringify({ format: 1, value: { draft, shown: true } }));
}
const proposalOf = async (lender: string) => (await screen.findByRole('heading', { name: lender, level: 3 })).closest('li')!;

describe('the mediation proposal', () => {
  it('is reached from the plan, and for a recognised debt proposes the plan: monthly, and a payment order due in full', async () => {
    answer({ debtMatches: 'matches', court: 'none' });
    savePlan();
    const user = userEvent.setup();
    await renderApp('/tools/plan');
    await user.click(await screen.findByRole('link', { name: mediation.open }));
    expect(await screen.findByRole('heading', { level: 1, name: mediation.title })).toBeInTheDocument();
    expect(
      screen.getByText(
        fillIn(mediation.circumstances, { income: '¥5,000.00', essentials: '¥3,500.00', affordable: '¥1,500.00', debts: 2, total: '¥30,000.00' }),
      ),
    ).toBeInTheDocument();
    expect(await proposalOf('Small loan')).toHaveTextContent(fillIn(mediation.offers.dueInFull, { amount: '¥10,000.00' }));
    expect(await proposalOf('Consumer')).toHaveTextContent(fillIn(mediation.offers.monthly, { amount: '¥1,500.00', months: 14 }));
    expect(screen.getByText(mediation.signature)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: mediation.print })).toBeInTheDocument();
    // The explainer: free people's mediation, and judicial confirmation within 30 days, with their articles.
    const what = screen.getByRole('region', { name: mediation.what.heading });
    expect(within(what).getByText(mediation.what.confirmation)).toBeInTheDocument();
    expect(what.querySelector('[data-cite="civProc205"]')).not.toBeNull();
    expect(what.querySelector('[data-cite="peopleMediation4"]')).not.toBeNull();
    // A consumer finance lender: the rule that banks must take part applies.
    expect(within(what).getByText(mediation.what.banks)).toBeInTheDocument();
  });

  it('offers no payment for a disputed debt, and says why', async () => {
    answer({ debtMatches: 'differs', court: 'none', lender: 'private' });
    savePlan();
    await renderApp('/tools/plan/proposal');
    expect(await screen.findByText(mediation.disputed)).toBeInTheDocument();
    for (const lender of ['Small loan', 'Consumer']) expect(await proposalOf(lender)).toHaveTextContent(mediation.offers.toVerify);
    expect(screen.queryByText(/Proposal:/)).toBeNull();
    expect(
      screen.getByText(fillIn(mediation.circumstancesNoOffer, { income: '¥5,000.00', essentials: '¥3,500.00', debts: 2, total: '¥30,000.00' })),
    ).toBeInTheDocument();
    // Owed to a private lender: nothing about banks having to take part.
    expect(screen.queryByText(mediation.what.banks)).toBeNull();
  });

  it('without a plan, asks for one and still explains mediation', async () => {
    await renderApp('/tools/plan/proposal');
    expect(await screen.findByText(mediation.noPlan)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: mediation.makePlan })).toHaveAttribute('href', '/tools/plan');
    expect(screen.getByRole('region', { name: mediation.what.heading })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: mediation.print })).toBeNull();
  });
});
