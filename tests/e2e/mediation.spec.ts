import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zhMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import { fullPath } from '../unit/fixtures.ts';
import { expect, test, ui } from './fixtures.ts';
import { seed, threeDebtPlan } from './screens.ts';

const { mediation } = zhMoney;
const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]);

/**
 * The text of a PDF, as poppler's pdftotext reads it (installed with the test tools), without
 * spaces, line breaks or curly quotes (it may move a quote away from its words).
 */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'duice-proposal-')), 'proposal.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s“”]+/g, '');
}
const squeezed = (text: string) => text.replace(/[\s“”]+/g, '');

test('zh-CN: a recognised debt, a saved plan, and its mediation proposal printed to PDF', async ({ page }) => {
  // The triage says the amount matches; the plan is the three debts the screens use.
  const answers = seed({ ...fullPath, lender: 'consumerFinance' });
  await page.addInitScript(
    (items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    },
    { [answers.key]: answers.value, ...threeDebtPlan },
  );
  await page.goto('/tools/plan');
  await page.getByRole('link', { name: mediation.open }).click();

  await expect(page).toHaveURL(/\/tools\/plan\/proposal$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mediation.title);
  const card = fillIn(mediation.offers.monthly, { amount: '¥3,000.00', months: '20' });
  const smallLoan = fillIn(mediation.offers.monthly, { amount: '¥1,000.00', months: '8' });
  const dueInFull = fillIn(mediation.offers.dueInFull, { amount: '¥20,000.00' });
  for (const offer of [card, smallLoan, dueInFull]) await expect(page.getByText(offer)).toBeVisible();
  await expect(page.getByRole('heading', { name: mediation.what.heading })).toBeVisible();
  await expect(page.getByRole('button', { name: mediation.print })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // On paper: the proposal, its signature line, not the explainer or the print button.
  await expect(page.getByRole('heading', { name: mediation.what.heading })).toBeHidden();
  await expect(page.getByRole('button', { name: mediation.print })).toBeHidden();
  const text = pdfText(await page.pdf({ format: 'A4' }));
  const circumstances = fillIn(mediation.circumstances, {
    income: '¥8,000.00',
    essentials: '¥4,000.00',
    affordable: '¥4,000.00',
    debts: '3',
    total: '¥88,000.00',
  });
  for (const line of [
    mediation.title,
    circumstances,
    '某消费金融',
    dueInFull,
    '某银行信用卡',
    card,
    '某小贷',
    smallLoan,
    mediation.signature,
    mediation.caveat,
  ])
    expect(text).toContain(squeezed(line));
  expect(text).not.toContain(squeezed(mediation.what.heading));
  expect(text).not.toContain(squeezed(mediation.print));
  expect(text).not.toContain(squeezed(ui.status.P));
});
