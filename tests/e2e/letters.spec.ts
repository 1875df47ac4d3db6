import type { Page } from '@playwright/test';
import letters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import { addEntry, answerAll, expect, start, test, tt } from './fixtures.ts';
import { agencyBankCardComplaint } from './journeys.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Three calls after 22:00 on three days, and a relative told about the debt, in the contact log. */
async function logNightCallsAndARelative(page: Page) {
  await page.goto('/log');
  for (const at of ['2026-11-18T22:40', '2026-11-19T23:05', '2026-11-20T23:10']) {
    await addEntry(page, { kind: 'answeredCall', at, organisation: '某某资产管理公司', phone: '010-12345678' });
  }
  await addEntry(page, { kind: 'thirdParty', at: '2026-11-21T10:00', organisation: '某某资产管理公司', events: ['toldOthers'] });
}

/** The triage for a bank credit card, wanting to complain; the log holds what was done. */
async function answerForACreditCard(page: Page) {
  await start(page);
  await answerAll(page, agencyBankCardComplaint);
}

async function fillDetails(page: Page, values: Partial<Record<keyof typeof letters.fields, string>>) {
  await page.goto('/letters');
  await page.getByRole('link', { name: letters.page.editDetails }).click();
  for (const [field, value] of Object.entries(values)) await page.getByLabel(letters.fields[field as keyof typeof letters.fields], { exact: true }).fill(value);
  await page.getByRole('checkbox', { name: letters.evidence.recordings }).check();
  await page.getByRole('button', { name: letters.details.save }).click();
  await expect(page.getByRole('status').filter({ hasText: letters.page.detailsSaved })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T12:00:00'));
});

test('credit card, three night calls and a relative contacted: the bank then 12378, and a complaint listing those contacts with dates', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await logNightCallsAndARelative(page);
  await answerForACreditCard(page);
  await fillDetails(page, { yourName: '李明', yourContact: '13800138000', lenderName: '某某银行信用卡中心' });

  const routes = await page.locator('.item[data-channel]').evaluateAll((items) => items.map((i) => i.getAttribute('data-channel')));
  expect(routes).toEqual(['lender', 'nfra12378', 'report12321']);
  await expect(page.locator('[data-channel="nfra12378"]')).toContainText(tt.channels.nfra12378.name);

  await page.getByRole('link', { name: letters.drafts.complaint.name }).click();
  await expect(heading(page)).toHaveText(letters.drafts.complaint.name);
  await expect(page.getByLabel(letters.draft.to)).toHaveValue('nfra12378');
  const draft = page.getByLabel(letters.draft.textLabel);
  for (const line of ['2026年11月18日 22:40', '2026年11月19日 23:05', '2026年11月20日 23:10', '2026年11月21日 10:00']) await expect(draft).toContainText(line);
  await expect(draft).toContainText('夜间联系（22:00–次日 8:00） 3 次');
  await expect(draft).toContainText('国家标准（推荐性）');
  await expect(draft).toContainText('投诉人：李明');
  await expect(page.locator('[data-cite="creditCardRules68"]')).toBeVisible();

  await page.getByRole('button', { name: letters.draft.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: letters.draft.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('2026年11月20日 23:10，接通的电话，某某资产管理公司 010-12345678：夜间联系（22:00–次日 8:00）');
  expect(copied).toContain('致：12378 国家金融监督管理总局热线');
});

test('every draft is written from the case; missing details are prompted; edits are kept and can be undone; a draft prints as text', async ({ page }) => {
  await logNightCallsAndARelative(page);
  await answerForACreditCard(page);
  await page.goto('/letters');
  for (const kind of ['basis', 'negotiate', 'stopThirdParty', 'complaint', 'relatives', 'phoneScript'] as const) {
    await page.getByRole('link', { name: letters.drafts[kind].name }).click();
    await expect(heading(page)).toHaveText(letters.drafts[kind].name);
    await expect(page.getByLabel(letters.draft.textLabel)).not.toHaveValue('');
    await page.getByRole('link', { name: letters.draft.back }).click();
  }

  // Nothing typed yet: the name is prompted in the text and above it.
  await page.getByRole('link', { name: letters.drafts.negotiate.name }).click();
  const draft = page.getByLabel(letters.draft.textLabel);
  await expect(draft).toContainText('【请填写：你的姓名】');
  await expect(page.getByRole('status').filter({ hasText: letters.fields.yourName })).toBeVisible();
  await expect(draft).toContainText('第70条'); // a credit card: Article 70, as what the bank may agree to
  await expect(draft).toContainText('这需要贵行同意');

  await draft.fill('我自己改写的信 <b>不是标记</b> 😊');
  await page.reload();
  await expect(page.getByLabel(letters.draft.textLabel)).toHaveValue('我自己改写的信 <b>不是标记</b> 😊');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.draft-print')).toHaveText('我自己改写的信 <b>不是标记</b> 😊');
  await expect(page.getByRole('button', { name: letters.draft.copy })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: letters.draft.reset }).click();
  await expect(page.getByLabel(letters.draft.textLabel)).toContainText('关于协商还款的申请');
});

test('the relatives message and the phone script are there from the log alone, and the log links back', async ({ page }) => {
  await page.goto('/log');
  await addEntry(page, { kind: 'thirdParty', at: '2026-11-21T10:00', organisation: '某某催收', events: ['toldOthers'] });
  await page.goto('/letters');
  await expect(page.locator('.item[data-channel="lender"]')).toHaveCount(0); // no lender known yet
  await expect(page.getByText(letters.page.findLender)).toBeVisible();
  await page.getByRole('link', { name: letters.drafts.relatives.name }).click();
  await expect(page.getByLabel(letters.draft.textLabel)).toContainText('除非你为这笔借款签过担保');
  await page.goto('/letters/phoneScript');
  await expect(page.getByLabel(letters.draft.textLabel)).toContainText('受哪家借款机构委托');
  await expect(page.locator('[data-cite="nifaConvention15"] .kind')).toBeVisible();
  await page.goto('/letters/nonsense');
  await expect(heading(page)).toHaveText(letters.draft.notFound);
});

test('a payment order for an amount the user disputes: the objection is listed first, asks for the court details, and prints alone on A4', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ['danger', ['none']],
    ['caller', 'agency'],
    ['debtMatches', 'differs'],
    ['payRequests', ['none']],
    ['conduct', ['none']],
    ['lender', 'bankCard'],
    ['court', 'paymentOrder'],
    ['canPay', 'nothing'],
    ['circumstances', ['none']],
    ['goal', 'notSure'],
  ]);
  await page.goto('/letters');
  await expect(page.locator('ul.tools > li').first()).toContainText(letters.drafts.objection.name);

  await page.getByRole('link', { name: letters.page.editDetails }).click();
  await expect(page.getByRole('heading', { name: letters.court.heading })).toBeVisible();
  await page.getByLabel(letters.fields.courtName).fill('北京市朝阳区人民法院');
  await page.getByLabel(letters.fields.caseNumber).fill('（2026）京0105民督123号');
  await page.getByLabel(letters.fields.servedOn).fill('2026-11-20');
  await page.getByRole('checkbox', { name: letters.disputes.amount }).check();
  await page.getByLabel(letters.fields.amountReason).fill('我已经还了 12000 元，对方没有扣除。');
  for (const [field, value] of [
    ['yourName', '李明'],
    ['yourContact', '13800138000'],
    ['lenderName', '某某银行信用卡中心'],
  ] as const)
    await page.getByLabel(letters.fields[field], { exact: true }).fill(value);
  await page.getByRole('button', { name: letters.details.save }).click();
  await expect(page.getByRole('status').filter({ hasText: letters.page.detailsSaved })).toBeVisible();

  await page.getByRole('link', { name: letters.drafts.objection.name }).click();
  await expect(heading(page)).toHaveText(letters.drafts.objection.name);
  await expect(page.getByText(letters.drafts.objection.rules)).toBeVisible();
  const draft = page.getByLabel(letters.draft.textLabel);
  await expect(draft).toContainText('异议人于2026年11月20日收到北京市朝阳区人民法院发出的支付令。');
  await expect(draft).toContainText('一、异议人对债务金额有异议。理由：我已经还了 12000 元，对方没有扣除。');
  await expect(draft).toContainText('异议人（签名）：\n李明');
  await expect(page.locator('[data-cite="civProcInterp436"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: letters.draft.fillIn })).toHaveCount(0); // nothing left to fill in

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.draft-print')).toContainText('支付令异议书');
  await expect(heading(page)).toBeHidden();
  await expect(page.getByText(letters.drafts.objection.rules)).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
});
