import type { BrowserContext, Page } from '@playwright/test';
import zhMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import { addEntry, answer, answerAll, deleteAllData, expect, log, start, test, tt, ui, watch, type Trouble } from './fixtures.ts';

/** Several tabs of the app in one browser, sharing its storage, as on a phone. */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const savedAnswers = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('duice:flow:triage') ?? '{"answers":{}}').answers as Record<string, unknown>);

/** Another tab at `path`, held to the same rules as the first: no other host, no console error. */
async function openTab(context: BrowserContext, guard: Trouble, baseURL: string, path: string, beforeLoad?: () => void) {
  const page = await context.newPage();
  await watch(page, new URL(baseURL).origin, guard);
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(path);
  return page;
}

const fiveAnswers = [
  ['danger', ['none']],
  ['caller', 'agency'],
  ['debtMatches', 'matches'],
  ['payRequests', ['none']],
  ['conduct', ['nightCalls']],
] as const;

test('delete all in one tab empties the others, and nothing deleted comes back when they are used', async ({ page: a, context, guard, baseURL }) => {
  await start(a);
  await answerAll(a, fiveAnswers.slice(0, 3));
  const b = await openTab(context, guard, baseURL!, '/continue');
  await expect(heading(b)).toHaveText(tt.nodes.payRequests.title);
  const c = await openTab(context, guard, baseURL!, '/log');
  await addEntry(c, { kind: 'answeredCall', organisation: '某某资产管理公司' });
  await addEntry(c, { kind: 'sms', organisation: '某某资产管理公司' });
  await expect(c.locator('.log-entry')).toHaveCount(2);
  const d = await openTab(context, guard, baseURL!, '/tools/cost');
  await d.getByLabel(zhMoney.cost.contract).fill('10000');

  await deleteAllData(a);
  await expect(a.getByText(ui.notice.deleted)).toBeVisible();

  for (const tab of [b, c, d]) await expect(tab.getByText(ui.storage.deletedElsewhere)).toBeVisible();
  // The triage starts again; the answer given now is the only one saved.
  await expect(heading(b)).toHaveText(tt.nodes.danger.title);
  await answer(b, 'danger', ['none']);
  await expect(heading(b)).toHaveText(tt.nodes.caller.title);
  expect(await savedAnswers(b)).toEqual({ danger: ['none'] });
  // The log is empty, and an entry added now is the only one it keeps.
  await expect(c.getByText(log.page.empty)).toBeVisible();
  await addEntry(c, { kind: 'visit', organisation: '上门的人' });
  await expect(c.locator('.log-entry')).toHaveCount(1);
  // The form is empty, and what is typed now is all it keeps.
  await expect(d.getByLabel(zhMoney.cost.contract)).toHaveValue('');
  await d.getByLabel(zhMoney.cost.received).fill('8500');

  // Every tab, opened again, sees the same: only what was done after the deletion.
  await a.goto('/log');
  await expect(a.locator('.log-entry')).toHaveCount(1);
  await a.goto('/tools/cost');
  await expect(a.getByLabel(zhMoney.cost.contract)).toHaveValue('');
  await expect(a.getByLabel(zhMoney.cost.received)).toHaveValue('8500');
  expect(await savedAnswers(a)).toEqual({ danger: ['none'] });
});

test('a tab that has not heard of newer answers cannot overwrite them; a tab that has adds to them', async ({ page: a, context, guard, baseURL }) => {
  // Frozen: a phone may hold back a background tab's events. This one hears nothing from the others.
  const frozen = await openTab(context, guard, baseURL!, '/q/danger', () => addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  const listening = await openTab(context, guard, baseURL!, '/q/danger');
  await start(a);
  await answerAll(a, fiveAnswers);
  const five = await savedAnswers(a);
  expect(Object.keys(five)).toHaveLength(5);

  await answer(frozen, 'danger', ['none']);
  await expect(frozen.getByText(ui.storage.changedElsewhere)).toBeVisible();
  expect(await savedAnswers(a)).toEqual(five);
  // It now holds the newest answers: going on from the start page takes it past all five.
  await frozen.getByRole('link', { name: ui.appName }).click();
  await frozen.getByRole('link', { name: ui.start.resume }).click();
  await expect(heading(frozen)).toHaveText(tt.nodes.lender.title);

  await answer(listening, 'danger', ['none']);
  await expect(heading(listening)).toHaveText(tt.nodes.caller.title);
  await expect(listening.getByText(ui.storage.changedElsewhere)).toBeHidden();
  expect(await savedAnswers(a)).toEqual(five);
});

test('/index.html opens the start page', async ({ page }) => {
  await page.goto('/index.html');
  await expect(page.getByRole('link', { name: ui.start.begin })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
