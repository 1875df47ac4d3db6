// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import money from '../../locales/en/money.json' with { type: 'json' };
import triage from '../../locales/en/triage.json' with { type: 'json' };
import zhMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import i18n from 'i18next';
import { costForm } from '../../src/case/money/costCheck.ts';
import { planForm } from '../../src/case/money/planStore.ts';
import { renderApp } from '../support/renderApp.tsx';
import { planDebt } from '../unit/fixtures.ts';

const { cost, plan, errors, names } = money;
const lenders = triage.nodes.lender.answers;
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const message = (template: string, field: string) => template.replace('{{field}}', field);

/** The alert's links and the field's own message must say the same, and the field must point at it. */
function expectFieldError(label: string, text: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  const error = document.getElementById(
    input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!,
  );
  expect(error).toHaveTextContent(text);
  expect(within(screen.getByRole('alert')).getByRole('link', { name: text })).toBeInTheDocument();
}

/** The issue's case up to its repayments: a private lender, 10,000 in the contract, 8,500 received, 12 × 1,000. */
async function fillPrivateLoan(user: ReturnType<typeof userEvent.setup>, date: string) {
  await user.click(await screen.findByRole('radio', { name: lenders.private }));
  fill(cost.contract, '10,000');
  fill(cost.received, '8500');
  fill(cost.date, date);
  await user.click(screen.getByRole('radio', { name: cost.schedules.regular }));
  fill(cost.count, '12');
  fill(cost.amount, '1000');
}

describe('the true-cost form', () => {
  it('lists every missing answer in the error summary, each linked to its field', async () => {
    const user = userEvent.setup();
    await renderApp('/tools/cost');
    await user.click(await screen.findByRole('button', { name: cost.submit }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      message(errors.choice.empty, names.lender),
      message(errors.amount.empty, names.contract),
      message(errors.amount.empty, names.received),
      message(errors.date.empty, names.date),
      message(errors.choice.empty, names.schedule),
    ]);
    expect(screen.getByRole('group', { name: cost.lenderLegend })).toHaveAttribute('aria-describedby', 'cost-lender-hint cost-lender-error');
    await user.click(within(alert).getByRole('link', { name: message(errors.amount.empty, names.received) }));
    expect(screen.getByLabelText(cost.received)).toHaveFocus();
  });

  it('says what is wrong next to the field and keeps what was typed; full-width digits and 万 are fine', async () => {
    const user = userEvent.setup();
    await renderApp('/tools/cost');
    await user.click(await screen.findByRole('radio', { name: lenders.private }));
    fill(cost.contract, '3万');
    fill(cost.received, 'abc');
    fill(cost.date, '2025-06-15');
    await user.click(screen.getByRole('radio', { name: cost.schedules.regular }));
    fill(cost.count, '１２３');
    fill(cost.amount, '-5');
    await user.click(screen.getByRole('button', { name: cost.submit }));
    expectFieldError(cost.received, message(errors.amount.notANumber, names.received));
    expectFieldError(cost.amount, message(errors.amount.negative, names.amount));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByLabelText(cost.contract)).toHaveValue('3万');
    expect(screen.getByLabelText(cost.contract)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(cost.count)).toHaveValue('１２３');
    expect(screen.getByLabelText(cost.received)).toHaveValue('abc');
    expect(screen.getByLabelText(cost.amount)).toHaveValue('-5');
    expect(screen.queryByRole('heading', { name: cost.resultHeading })).toBeNull();
  });

  it('shows the rate, the cash flows and the private-lending cap, and keeps the form after a reload', async () => {
    const user = userEvent.setup();
    const first = await renderApp('/tools/cost');
    await fillPrivateLoan(user, '2025-06-15');
    await user.click(screen.getByRole('button', { name: cost.submit }));
    expect(screen.getByRole('heading', { level: 2, name: cost.resultHeading })).toHaveFocus();
    expect(screen.getByText('69.00%')).toBeInTheDocument();
    expect(screen.getByText(cost.effective.replace('{{rate}}', '95.60%'))).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 14);
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('2025-06-15');
    expect(rows[2]).toHaveTextContent('-¥1,500.00');
    expect(screen.getByText(/3\.00%.*2025-05-20.*12\.00%/)).toBeInTheDocument();
    expect(screen.getByText(/69\.00%.*12\.00%/)).toBeInTheDocument();

    first.unmount();
    await renderApp('/tools/cost');
    expect(await screen.findByLabelText(cost.received)).toHaveValue('8500');
    expect(screen.getByText('69.00%')).toBeInTheDocument();
  });

  it('asks for the LPR after the last confirmed month, and compares once it is entered', async () => {
    const user = userEvent.setup();
    await renderApp('/tools/cost');
    await fillPrivateLoan(user, '2026-11-15');
    await user.click(screen.getByRole('button', { name: cost.submit }));
    expect(screen.getByText(cost.private.notVerified, { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: cost.private.enterLpr }));
    expect(screen.getByLabelText(cost.lpr)).toHaveFocus();
    await user.type(screen.getByLabelText(cost.lpr), '3');
    await user.click(screen.getByRole('button', { name: cost.submit }));
    expect(screen.getByText(/3\.00%.*12\.00%/)).toBeInTheDocument();
  });

  it('discards saved data it cannot read, and says so', async () => {
    localStorage.setItem(costForm.key, '{"format":1,"value":{"draft":null}}');
    await renderApp('/tools/cost');
    expect(await screen.findByText(money.discarded)).toBeInTheDocument();
    expect(screen.getByLabelText(cost.contract)).toHaveValue('');
  });
});

describe('the repayment plan form', () => {
  it('says what is wrong in each field and keeps the text', async () => {
    const user = userEvent.setup();
    await renderApp('/tools/plan');
    await screen.findByLabelText(plan.income);
    fill(plan.income, 'abc');
    fill(plan.essentials, '-5');
    fill(plan.outstanding, '3万');
    fill(plan.daysOverdue, '１２３');
    await user.click(screen.getByRole('button', { name: plan.submit }));
    expectFieldError(plan.income, message(errors.amount.notANumber, names.income));
    expectFieldError(plan.essentials, message(errors.amount.negative, names.essentials));
    const debt = names.debtType.replace('{{n}}', '1');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      message(errors.amount.notANumber, names.income),
      message(errors.amount.negative, names.essentials),
      message(errors.choice.empty, debt),
      message(errors.choice.empty, names.debtCourt.replace('{{n}}', '1')),
    ]);
    expect(screen.getByLabelText(plan.outstanding)).toHaveValue('3万');
    expect(screen.getByLabelText(plan.daysOverdue)).toHaveValue('１２３');
  });

  it('adds and removes debts, moving the cursor to the new debt and back to Add', async () => {
    const user = userEvent.setup();
    await renderApp('/tools/plan');
    expect(await screen.findByRole('group', { name: plan.debtLegend.replace('{{n}}', '1') })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: plan.removeDebt.replace('{{n}}', '1') })).toBeNull();
    await user.click(screen.getByRole('button', { name: plan.addDebt }));
    const second = screen.getByRole('group', { name: plan.debtLegend.replace('{{n}}', '2') });
    expect(within(second).getByLabelText(plan.lender)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: plan.removeDebt.replace('{{n}}', '2') }));
    expect(screen.queryByRole('group', { name: plan.debtLegend.replace('{{n}}', '2') })).toBeNull();
    expect(screen.getByRole('button', { name: plan.addDebt })).toHaveFocus();
  });

  it('orders a saved plan with a reason for each debt, and warns against borrowing to repay', async () => {
    const draft = {
      income: '8000',
      essentials: '4000',
      borrowingToRepay: true,
      debts: [
        planDebt('1', 'Small loan', 'smallLoan', '8000', '1000', 'none'),
        planDebt('2', 'Card', 'bankCard', '60000', '3000', 'none'),
        planDebt('3', 'Consumer', 'consumerFinance', '20000', '2000', 'paymentOrder'),
      ],
    };
    localStorage.setItem(planForm.key, JSON.stringify({ format: 1, value: { draft, shown: true } }));
    await renderApp('/tools/plan');
    const headings = within(await screen.findByRole('list', { name: plan.orderHeading })).getAllByRole('heading', { level: 4 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['Consumer', 'Card', 'Small loan']);
    const items = headings.map((heading) => heading.closest('li')!);
    expect(items[0]).toHaveTextContent(plan.reasons.paymentOrder);
    expect(items[1]).toHaveTextContent(plan.reasons.creditCard);
    expect(items[1]).toHaveTextContent(plan.reasons.creditCardLarge.replace('{{amount}}', '¥60,000.00'));
    expect(items[2]).toHaveTextContent(plan.reasons.other);
    expect(screen.getByText(plan.borrowingNow)).toBeInTheDocument();
  });
});

// Issue 12: 2,000 received for 12 × 1,000 was "−571.43%, not above 12.40%".
describe('the most expensive loans', () => {
  const saved = (draft: Partial<ReturnType<typeof costForm.empty>['draft']>) =>
    localStorage.setItem(costForm.key, JSON.stringify({ format: 1, value: { shown: true, draft: { ...costForm.empty().draft, ...draft } } }));
  const issueLoan = { lender: 'private', contract: '2000', received: '2000', date: '2025-01-10', schedule: 'regular', count: '12', amount: '1000' } as const;

  it('are above the private-lending cap, in English and in Chinese', async () => {
    saved(issueLoan);
    await renderApp('/tools/cost');
    const result = await screen.findByRole('region', { name: cost.resultHeading });
    expect(within(result).getByText('595.23%')).toBeInTheDocument();
    expect(within(result).getByText(cost.effective.replace('{{rate}}', money.rateAbove.replace('{{rate}}', '10,000.00%')))).toBeInTheDocument();
    expect(within(result).getByText(cost.private.above.replace('{{rate}}', '595.23%').replace('{{cap}}', '12.40%'))).toBeInTheDocument();
    expect(within(result).queryByText(cost.negative)).toBeNull();
    expect(within(result).queryByText(/not above/)).toBeNull();

    await act(() => i18n.changeLanguage('zh-CN'));
    const zhResult = await screen.findByRole('region', { name: zhMoney.cost.resultHeading });
    expect(within(zhResult).getByText(zhMoney.cost.private.above.replace('{{rate}}', '595.23%').replace('{{cap}}', '12.40%'))).toBeInTheDocument();
    expect(within(zhResult).getByText(zhMoney.cost.effective.replace('{{rate}}', zhMoney.rateAbove.replace('{{rate}}', '10,000.00%')))).toBeInTheDocument();
    expect(within(zhResult).queryByText(zhMoney.cost.negative)).toBeNull();
  });

  it('say why there is no rate, and compare nothing, when the fees at the start took all the money', async () => {
    saved({ ...issueLoan, fees: [{ id: '1', kind: 'service', amount: '2000', when: 'atStart' }] });
    await renderApp('/tools/cost');
    const result = await screen.findByRole('region', { name: cost.resultHeading });
    expect(within(result).getByText(cost.nothingReceivedNet)).toBeInTheDocument();
    expect(within(result).getByText(cost.noComparison)).toBeInTheDocument();
    expect(within(result).queryByRole('heading', { name: cost.compareHeading })).toBeNull();
    expect(within(result).queryByText(/12\.40%/)).toBeNull();
  });
});

// Issue 15: a private loan made before 2020-08-20 is under the transition rule (legal-cn §I).
describe('a private loan made before 2020-08-20', () => {
  const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name]);

  it('shows the two periods, both readings of the LPR for the second, and the month the LPR was checked to', async () => {
    const draft = {
      ...costForm.empty().draft,
      lender: 'private',
      contract: '10000',
      received: '10000',
      date: '2020-03-10',
      schedule: 'regular',
      count: '12',
      amount: '1000',
    };
    localStorage.setItem(costForm.key, JSON.stringify({ format: 1, value: { draft, shown: true } }));
    await renderApp('/tools/cost');
    const result = await screen.findByRole('region', { name: cost.resultHeading });
    const { transition } = cost;
    const rules2015 = { supported: '24.00%', void: '36.00%' };
    expect(within(result).getByRole('heading', { name: transition.earlyHeading })).toBeInTheDocument();
    expect(within(result).getByText(fillIn(transition.early, rules2015))).toBeInTheDocument();
    expect(within(result).getByText(fillIn(transition.band.from24To36, { rate: '35.07%', ...rules2015 }))).toBeInTheDocument();
    expect(within(result).getByRole('heading', { name: transition.laterHeading })).toBeInTheDocument();
    // The list right after the sentence saying which LPR applies is unsettled.
    const readingList = within(result).getByText(transition.whichLpr).nextElementSibling as HTMLElement;
    const readings = within(readingList)
      .getAllByRole('listitem')
      .map((item) => [...item.querySelectorAll('p')].map((p) => p.textContent));
    expect(readings).toEqual([
      [
        fillIn(transition.atContract, { date: '2020-03-10', lpr: '4.05%', announced: '2020-02-20', cap: '16.20%' }),
        fillIn(transition.above, { rate: '35.07%', cap: '16.20%' }),
      ],
      [fillIn(transition.atFiling, { lpr: '3.00%', announced: '2025-05-20', cap: '12.00%' }), fillIn(transition.above, { rate: '35.07%', cap: '12.00%' })],
    ]);
    expect(within(result).getByText(fillIn(cost.lprCheckedThrough, { month: 'September 2026' }))).toBeInTheDocument();
    expect(within(result).getByText(transition.privateOnly)).toBeInTheDocument();
    // No single 4 × LPR verdict.
    expect(within(result).queryByText(/^The true annual rate of your loan is 35\.07%, (not )?above 1/)).toBeNull();

    await act(() => i18n.changeLanguage('zh-CN'));
    const zhResult = await screen.findByRole('region', { name: zhMoney.cost.resultHeading });
    expect(within(zhResult).getByText(fillIn(zhMoney.cost.lprCheckedThrough, { month: '2026年9月' }))).toBeInTheDocument();
  });
});

describe('rates no one could mean', () => {
  it('are shown as beyond 10,000%, not as a hundred digits', async () => {
    const draft = {
      ...costForm.empty().draft,
      lender: 'bankLoan',
      contract: '1000',
      received: '1000',
      date: '2025-06-15',
      schedule: 'dated',
      payments: [{ id: '1', date: '2025-06-16', amount: '2000' }],
    };
    localStorage.setItem(costForm.key, JSON.stringify({ format: 1, value: { draft, shown: true } }));
    await renderApp('/tools/cost');
    expect(await screen.findByText(money.rateAbove.replace('{{rate}}', '10,000.00%'))).toBeInTheDocument();
  });
});
