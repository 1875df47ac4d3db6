import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { continueLabel } from './journeys.ts';

export { expect };
export const tt = zhTriage;
export const ui = zhUi;
export const log = zhLog;

/** What a watched page did that fails a test: requests to other hosts, and console errors (CSP violations included). */
export type Trouble = { foreign: string[]; errors: string[] };

/**
 * Watches a Playwright page for trouble. The app must work with no network beyond its origin,
 * log no error and break no rule of its Content-Security-Policy.
 */
export async function watch(page: Page, origin: string, trouble: Trouble = { foreign: [], errors: [] }): Promise<Trouble> {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) trouble.foreign.push(request.url());
  });
  page.on('console', (message) => message.type() === 'error' && trouble.errors.push(message.text()));
  page.on('pageerror', (error) => trouble.errors.push(error.message));
  // A Content-Security-Policy violation becomes a console error, which fails the test.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  return trouble;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.0–2.2 A and AA findings on the page as it is, one line each. */
export const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);

export function expectNoTrouble({ foreign, errors }: Trouble) {
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

/** Every test fails if the page asks any host but the app's own, logs an error, or breaks the CSP. */
export const test = base.extend<{ guard: Trouble }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const trouble = await watch(page, new URL(baseURL!).origin);
      await use(trouble);
      expectNoTrouble(trouble);
    },
    { auto: true },
  ],
});

type NodeId = keyof typeof zhTriage.nodes;

/** Answers the screen showing, after checking it is the one expected; an info screen is just continued. */
export async function answer(page: Page, nodeId: NodeId, values: string | readonly string[] = []) {
  const node = zhTriage.nodes[nodeId] as { title: string; answers?: Record<string, string> };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(node.title);
  if (!node.answers) return page.getByRole('link', { name: continueLabel(nodeId), exact: true }).click();
  for (const value of ([] as string[]).concat(values)) await page.getByLabel(node.answers[value], { exact: true }).check();
  await page.getByRole('button', { name: ui.question.continue }).click();
}

export async function answerAll(page: Page, answers: readonly (readonly [NodeId, (string | readonly string[])?])[]) {
  for (const [nodeId, value] of answers) await answer(page, nodeId, value);
}

export async function start(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ui.start.begin }).click();
}

/** Delete all my data, from any screen: the footer's link, the settings page's button, then the confirmation's. */
export async function deleteAllData(page: Page) {
  await page.getByRole('link', { name: ui.data.deleteAll }).click();
  await page.getByRole('link', { name: ui.data.deleteStart }).click();
  await page.getByRole('button', { name: ui.deleteData.confirm }).click();
  await expect(page.getByText(ui.notice.deleted)).toBeVisible();
}

type Kind = keyof typeof zhLog.kinds;
type Event = keyof typeof zhLog.events;
/** A contact log entry as the user fills it in: how they made contact, and what the user knows. */
type EntryDraft = { kind: Kind; at?: string; organisation?: string; phone?: string; events?: Event[]; note?: string };

/** From the log: add → how they made contact → (details) → save. */
export async function addEntry(page: Page, draft: EntryDraft) {
  await page.getByRole('link', { name: zhLog.page.add }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhLog.form.newTitle);
  await page.getByRole('radio', { name: zhLog.kinds[draft.kind], exact: true }).check();
  if (draft.at) await page.getByLabel(zhLog.fields.at).fill(draft.at);
  for (const event of draft.events ?? []) await page.getByRole('checkbox', { name: zhLog.events[event], exact: true }).check();
  if (draft.organisation) await page.getByLabel(zhLog.fields.organisation).fill(draft.organisation);
  if (draft.phone) await page.getByLabel(zhLog.fields.phone).fill(draft.phone);
  if (draft.note) await page.getByLabel(zhLog.fields.note).fill(draft.note);
  await page.getByRole('button', { name: zhLog.form.save }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhLog.page.title);
}
