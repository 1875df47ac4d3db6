import { execFileSync } from 'node:child_process';
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';
import { paymentOrderPartPay } from './journeys.ts';

/**
 * From the payment-order journey's checklist to the case summary, printed: one A4 sheet that
 * holds the objection's last day and the 12348 line, and none of the screen's buttons. (Chromium
 * only: page.pdf is Chromium's.)
 */
test.use({ timezoneId: 'Asia/Shanghai' });

const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the case summary from the payment-order checklist prints on one A4 page with the last day and 12348', async ({ page }, testInfo) => {
  // The phone's clock: 6 March 2026 (a Friday), morning in China.
  await page.clock.setFixedTime(new Date('2026-03-06T09:30:00+08:00'));
  await start(page);
  await answerAll(page, paymentOrderPartPay);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  await page.locator('[data-today]').first().getByLabel(ui.deadline.servedLabel).fill('2026-03-01');

  await page.getByRole('link', { name: ui.checklist.summaryLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhLetters.summary.title);
  const lastDay = '书面异议的最后一天：2026年3月16日星期一';
  await expect(page.getByText(lastDay)).toBeVisible();
  await page.screenshot({ path: '.reports/screenshots/chromium/summary.png' });

  const pdfPath = testInfo.outputPath('summary.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  const text = squeeze(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  expect(text).toContain(squeeze(lastDay));
  expect(text).toContain(squeeze(zhLetters.summary.footer.help));
  for (const chrome of [zhLetters.summary.share, zhLetters.summary.print, ui.quickExit.label]) expect(text).not.toContain(chrome);
});
