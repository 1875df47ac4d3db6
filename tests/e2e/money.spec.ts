import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import enMoney from '../../locales/en/money.json' with { type: 'json' };
import enTriage from '../../locales/en/triage.json' with { type: 'json' };
import zhMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import { mapStrings } from '../../plugins/zhTw.ts';
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';

type Money = typeof zhMoney;
type Lenders = typeof tt.nodes.lender.answers;

/** Each language's copy; Traditional Chinese converted from Simplified the way the build does it. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const COPY: Record<string, { money: Money; lenders: Lenders }> = {
  'zh-CN': { money: zhMoney, lenders: tt.nodes.lender.answers },
  'zh-TW': { money: mapStrings(zhMoney, toTraditional) as Money, lenders: mapStrings(tt.nodes.lender.answers, toTraditional) as Lenders },
  en: { money: enMoney, lenders: enTriage.nodes.lender.answers },
};

/** Opens a tool in a language (the app reads it from storage, as the language menu saves it). */
async function open(page: Page, path: string, language: string) {
  await page.addInitScript((lng) => localStorage.setItem('duice:lang', lng), language);
  await page.goto(path);
}

/** Fills the cost form up to its repayments: the e2e case of the issue. */
async function fillCostForm(page: Page, { money, lenders }: (typeof COPY)[string], date: string) {
  const { cost } = money;
  await page.getByLabel(lenders.private, { exact: true }).check();
  await page.getByLabel(cost.contract, { exact: true }).fill('10,000');
  await page.getByLabel(cost.received, { exact: true }).fill('8500');
  await page.getByLabel(cost.date, { exact: true }).fill(date);
  await page.getByLabel(cost.schedules.regular, { exact: true }).check();
  await page.getByLabel(cost.count, { exact: true }).fill('12');
  await page.getByLabel(cost.amount, { exact: true }).fill('1000');
}

const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]);

for (const language of Object.keys(COPY)) {
  const copy = COPY[language];
  const { cost, plan } = copy.money;

  test(`${language}: a 10,000 contract with 8,500 received, repaid 12 × 1,000, from a private lender in June 2025`, async ({ page }) => {
    await open(page, '/tools/cost', language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cost.title);
    await fillCostForm(page, copy, '2025-06-15');
    await page.getByRole('button', { name: cost.submit }).click();

    const result = page.getByRole('region', { name: cost.resultHeading });
    await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(result.locator('.figure')).toHaveText(`${cost.rate} 69.00%`);
    await expect(result.getByText(fillIn(cost.effective, { rate: '95.60%' }))).toBeVisible();
    const rows = result.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(1 + 2 + 12);
    await expect(rows.nth(2)).toContainText('-¥1,500.00');
    await expect(rows.nth(3).getByRole('rowheader')).toHaveText(`2025-07-15 ${cost.flows.repayment}`);
    await expect(result.getByText(fillIn(cost.private.cap, { date: '2025-06-15', lpr: '3.00%', announced: '2025-05-20', cap: '12.00%' }))).toBeVisible();
    await expect(result.getByText(fillIn(cost.private.above, { rate: '69.00%', cap: '12.00%' }))).toBeVisible();
    await expect(result.getByText(fillIn(cost.private.deducted, { contract: '¥10,000.00', received: '¥8,500.00', deducted: '¥1,500.00' }))).toBeVisible();
    await expect(result.locator('[data-cite="privateLending25"]')).toBeVisible();
    await expect(result.locator('[data-cite="civilCode670"]')).toBeVisible();
  });

  test(`${language}: three debts ordered with a reason each, and a warning against borrowing to repay`, async ({ page }) => {
    await open(page, '/tools/plan', language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(plan.title);
    await page.getByLabel(plan.income, { exact: true }).fill('8000');
    await page.getByLabel(plan.essentials, { exact: true }).fill('4000');
    const debts = [
      { name: 'A', type: copy.lenders.smallLoan, outstanding: '8000', monthly: '1000', days: '60', court: plan.courts.none },
      { name: 'B', type: copy.lenders.bankCard, outstanding: '60,000', monthly: '3000', days: '90', court: plan.courts.none },
      { name: 'C', type: copy.lenders.consumerFinance, outstanding: '2万', monthly: '2000', days: '30', court: plan.courts.paymentOrder },
    ];
    for (const [i, debt] of debts.entries()) {
      if (i > 0) await page.getByRole('button', { name: plan.addDebt }).click();
      const group = page.getByRole('group', { name: fillIn(plan.debtLegend, { n: String(i + 1) }), exact: true });
      await group.getByLabel(plan.lender, { exact: true }).fill(debt.name);
      await group.getByLabel(debt.type, { exact: true }).check();
      await group.getByLabel(plan.outstanding, { exact: true }).fill(debt.outstanding);
      await group.getByLabel(plan.monthlyDue, { exact: true }).fill(debt.monthly);
      await group.getByLabel(plan.daysOverdue, { exact: true }).fill(debt.days);
      await group.getByLabel(debt.court, { exact: true }).check();
    }
    await page.getByRole('button', { name: plan.submit }).click();

    const result = page.getByRole('region', { name: plan.resultHeading });
    await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
    const order = result.getByRole('list', { name: plan.orderHeading });
    await expect(order.getByRole('heading', { level: 4 })).toHaveText(['C', 'B', 'A']);
    const items = order.locator('[data-debt]');
    // The payment order is due in full, never in instalments; the other two share the month.
    await expect(items.nth(0)).toContainText(plan.reasons.paymentOrder);
    await expect(items.nth(0)).toContainText(fillIn(plan.proposalDueNow, { amount: '¥20,000.00' }));
    await expect(items.nth(1)).toContainText(plan.reasons.creditCard);
    await expect(items.nth(1)).toContainText(fillIn(plan.reasons.creditCardLarge, { amount: '¥60,000.00' }));
    await expect(items.nth(1)).toContainText(fillIn(plan.proposal_other, { amount: '¥3,000.00', count: '20' }));
    await expect(items.nth(2)).toContainText(plan.reasons.other);
    await expect(items.nth(2)).toContainText(fillIn(plan.proposal_other, { amount: '¥1,000.00', count: '8' }));
    await expect(result.getByText(plan.paymentOrderDue)).toBeVisible();
    await expect(result.getByText(plan.enough)).toBeVisible();
    await expect(result.getByRole('heading', { name: plan.borrowingHeading })).toBeVisible();
    await expect(result.getByText(plan.borrowing)).toBeVisible();

    // Kept on the phone: a reload shows the same plan.
    await page.reload();
    await expect(
      page.getByRole('region', { name: plan.resultHeading }).getByRole('list', { name: plan.orderHeading }).getByRole('heading', { level: 4 }),
    ).toHaveText(['C', 'B', 'A']);
  });
}

const { cost, plan, errors, names } = zhMoney;
const named = (template: string, field: string) => template.replace('{{field}}', field);

test('zh-CN: a contract date after the last confirmed LPR asks for the LPR, and 3 gives the comparison', async ({ page }) => {
  await open(page, '/tools/cost', 'zh-CN');
  await fillCostForm(page, COPY['zh-CN'], '2026-11-15');
  await expect(page.getByText(fillIn(cost.lprNotVerified, { month: '2026年9月' }))).toBeVisible();
  await page.getByRole('button', { name: cost.submit }).click();
  const result = page.getByRole('region', { name: cost.resultHeading });
  await expect(result.locator('.figure')).toHaveText(`${cost.rate} 69.00%`);
  await expect(result.getByText(cost.private.notVerified)).toBeVisible();
  await result.getByRole('link', { name: cost.private.enterLpr }).click();
  await expect(page.getByLabel(cost.lpr, { exact: true })).toBeFocused();
  await page.keyboard.type('3');
  await page.getByRole('button', { name: cost.submit }).click();
  await expect(result.getByText(fillIn(cost.private.capEntered, { lpr: '3.00%', cap: '12.00%' }))).toBeVisible();
  await expect(result.getByText(fillIn(cost.private.above, { rate: '69.00%', cap: '12.00%' }))).toBeVisible();
});

test('zh-CN: a private loan from March 2020 shows the transition rule: two periods, both readings of the LPR, and the month it was checked to', async ({
  page,
}) => {
  await open(page, '/tools/cost', 'zh-CN');
  await fillCostForm(page, COPY['zh-CN'], '2020-03-10');
  await page.getByLabel(cost.received, { exact: true }).fill('10000');
  await page.getByRole('button', { name: cost.submit }).click();
  const result = page.getByRole('region', { name: cost.resultHeading });
  const { transition } = cost;
  await expect(result.locator('.figure')).toHaveText(`${cost.rate} 35.07%`);
  await expect(result.getByRole('heading', { name: transition.earlyHeading })).toBeVisible();
  await expect(result.getByText(fillIn(transition.band.from24To36, { rate: '35.07%', supported: '24.00%', void: '36.00%' }))).toBeVisible();
  await expect(result.getByRole('heading', { name: transition.laterHeading })).toBeVisible();
  await expect(result.getByText(transition.whichLpr)).toBeVisible();
  await expect(result.getByText(fillIn(transition.atContract, { date: '2020-03-10', lpr: '4.05%', announced: '2020-02-20', cap: '16.20%' }))).toBeVisible();
  await expect(result.getByText(fillIn(transition.atFiling, { lpr: '3.00%', announced: '2025-05-20', cap: '12.00%' }))).toBeVisible();
  await expect(result.getByText(fillIn(cost.lprCheckedThrough, { month: '2026年9月' }))).toBeVisible();
  await expect(result.getByText(fillIn(cost.private.above, { rate: '35.07%', cap: '12.00%' }))).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});

test('zh-CN: bad amounts say what is wrong next to the field, keep the text, and survive a reload', async ({ page }) => {
  await open(page, '/tools/cost', 'zh-CN');
  await page.getByLabel(COPY['zh-CN'].lenders.bankCard, { exact: true }).check();
  await page.getByLabel(cost.contract, { exact: true }).fill('3万');
  await page.getByLabel(cost.received, { exact: true }).fill('abc');
  await page.getByLabel(cost.date, { exact: true }).fill('2025-06-15');
  await page.getByLabel(cost.schedules.regular, { exact: true }).check();
  await page.getByLabel(cost.count, { exact: true }).fill('１２３');
  await page.getByLabel(cost.amount, { exact: true }).fill('-5');
  await page.getByRole('button', { name: cost.submit }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([named(errors.amount.notANumber, names.received), named(errors.amount.negative, names.amount)]);
  await expect(page.locator('#cost-received-error')).toHaveText(named(errors.amount.notANumber, names.received));
  await expect(page.locator('#cost-amount-error')).toHaveText(named(errors.amount.negative, names.amount));
  await expect(page.getByLabel(cost.received, { exact: true })).toHaveAttribute('aria-describedby', /cost-received-error/);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(page.getByLabel(cost.contract, { exact: true })).toHaveValue('3万');
  await expect(page.getByLabel(cost.received, { exact: true })).toHaveValue('abc');
  await expect(page.getByLabel(cost.count, { exact: true })).toHaveValue('１２３');
  await expect(page.getByLabel(cost.amount, { exact: true })).toHaveValue('-5');

  await page.getByLabel(cost.received, { exact: true }).fill('2.5万');
  await page.getByLabel(cost.amount, { exact: true }).fill('300');
  await page.getByRole('button', { name: cost.submit }).click();
  const result = page.getByRole('region', { name: cost.resultHeading });
  await expect(result.getByRole('table').getByRole('row').nth(1)).toContainText('¥30,000.00');
  await expect(result.getByRole('table').getByRole('row')).toHaveCount(1 + 2 + 123);
  await expect(result.getByText(cost.licensed.notPrivateLending)).toBeVisible();
  await expect(result.getByText(cost.licensed.bankCard)).toBeVisible();
  await expect(result.locator('[data-cite="bankCardDisputes2"]')).toBeVisible();
});

test('zh-CN: the plan form says what is wrong and keeps the text', async ({ page }) => {
  await open(page, '/tools/plan', 'zh-CN');
  await page.getByLabel(plan.income, { exact: true }).fill('abc');
  await page.getByLabel(plan.essentials, { exact: true }).fill('-5');
  await page.getByLabel(plan.outstanding, { exact: true }).fill('3万');
  await page.getByLabel(plan.daysOverdue, { exact: true }).fill('１２３');
  await page.getByRole('button', { name: plan.submit }).click();
  await expect(page.locator('#plan-income-error')).toHaveText(named(errors.amount.notANumber, names.income));
  await expect(page.locator('#plan-essentials-error')).toHaveText(named(errors.amount.negative, names.essentials));
  await expect(page.locator('#plan-debt-1-outstanding-error')).toHaveCount(0);
  await expect(page.locator('#plan-debt-1-daysOverdue-error')).toHaveCount(0);
  await expect(page.getByLabel(plan.outstanding, { exact: true })).toHaveValue('3万');
  await expect(page.getByLabel(plan.daysOverdue, { exact: true })).toHaveValue('１２３');
});

test('zh-CN: saved data that cannot be read is cleared with a notice, not a crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('duice:money:plan', '{"format":99}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await open(page, '/tools/plan', 'zh-CN');
  await expect(page.getByText(zhMoney.discarded)).toBeVisible();
  await expect(page.getByLabel(plan.income, { exact: true })).toHaveValue('');
});

test('zh-CN: a saved plan adds its items to the checklist and its proposal to the negotiation letter', async ({ page }) => {
  await page.goto('/tools/plan');
  await page.getByLabel(plan.income, { exact: true }).fill('5000');
  await page.getByLabel(plan.essentials, { exact: true }).fill('3500');
  const debt = page.getByRole('group', { name: fillIn(plan.debtLegend, { n: '1' }), exact: true });
  await debt.getByLabel(plan.lender, { exact: true }).fill('某某消费金融');
  await debt.getByLabel(tt.nodes.lender.answers.consumerFinance, { exact: true }).check();
  await debt.getByLabel(plan.outstanding, { exact: true }).fill('2万');
  await debt.getByLabel(plan.monthlyDue, { exact: true }).fill('2000');
  await debt.getByLabel(plan.courts.lawsuit, { exact: true }).check();
  await page.getByRole('button', { name: plan.submit }).click();
  await expect(page.getByRole('region', { name: plan.resultHeading })).toBeVisible();

  // The triage says nothing of a court or a lack of money; the plan does, and the case joins them.
  await start(page);
  await answerAll(page, [
    ['danger', ['none']],
    ['caller', 'lender'],
    ['debtMatches', 'matches'],
    ['payRequests', ['none']],
    ['conduct', ['none']],
    ['lender', 'consumerFinance'],
    ['court', 'none'],
    ['canPay', 'all'],
    ['circumstances', ['none']],
    ['goal', 'negotiate'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  await expect(page.locator('[data-item="answerLawsuit"]')).toBeVisible();
  await expect(page.locator('[data-item="findLawyer"]')).toBeVisible();
  await expect(page.locator('[data-item="realisticOffer"]')).toBeVisible();
  const listDebts = page.locator('[data-item="listDebts"]');
  await listDebts.getByRole('link', { name: fillIn(ui.checklist.openTool, { tool: ui.tools.plan.name }) }).click();
  await expect(page).toHaveURL(/\/tools\/plan$/);

  await page.goto('/letters/negotiate');
  await expect(page.locator('.draft-print')).toContainText('每月还款1500');
  await expect(page.locator('.draft-print')).toContainText('分14个月还清');
});
