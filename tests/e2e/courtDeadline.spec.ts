import { readFile } from 'node:fs/promises';
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';
import { paymentOrderPartPay } from './journeys.ts';

/**
 * A payment order served on a known day: the checklist's first action asks for that day and
 * shows the last one, with its weekday and the days left, and a calendar file to download, all
 * in the first screen of a 360×740 phone. (Chromium only: the date input and the download are
 * what is tested, not the engines' layout.)
 */
test.use({ timezoneId: 'Asia/Shanghai' });

test('a payment order: the date of service gives the last day and a calendar reminder in the first screen, and the copied and printed checklist carry it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The phone's clock: 6 March 2026 (a Friday), morning in China.
  await page.clock.setFixedTime(new Date('2026-03-06T09:30:00+08:00'));
  await start(page);
  await answerAll(page, paymentOrderPartPay);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);

  const first = page.locator('[data-today]').first();
  await expect(first).toHaveAttribute('data-today', 'objectPaymentOrder');
  // legal-cn H: signed for on 1 March, 2 March is day 1, 16 March (a Monday) day 15.
  await first.getByLabel(ui.deadline.servedLabel).fill('2026-03-01');
  const lastDay = first.getByText('最后一天：2026年3月16日星期一');
  await expect(lastDay).toBeVisible();
  await expect(first.getByText('还有 10 天')).toBeVisible();
  const calendar = first.getByRole('button', { name: ui.deadline.addToCalendar });
  for (const shown of [lastDay, calendar]) expect((await shown.boundingBox())!.y + (await shown.boundingBox())!.height).toBeLessThanOrEqual(740);
  await page.screenshot({ path: '.reports/screenshots/chromium/court-deadline.png' });

  const download = page.waitForEvent('download');
  await calendar.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('deadline.ics');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain('DTSTART;VALUE=DATE:20260316\r\n');
  expect(text).toContain('TRIGGER:-P3D\r\n');
  expect(text).toContain('TRIGGER:-P1D\r\n');

  // Opened again, the saved date gives the same day.
  await page.reload();
  await expect(page.locator('[data-today]').first().getByText('最后一天：2026年3月16日星期一')).toBeVisible();

  // The copied text has the same dates, at its top.
  await page.getByRole('button', { name: ui.checklist.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: ui.checklist.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(
    `【今天先做】\n${tt.checklist.objectPaymentOrder.title}\n  送达日期：2026年3月1日星期日\n  最后一天：2026年3月16日星期一 还有 10 天\n`,
  );

  // On paper: the panel with its last day, without its button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-today]').first().getByText('最后一天：2026年3月16日星期一')).toBeVisible();
  await expect(page.getByRole('button', { name: ui.deadline.addToCalendar })).toBeHidden();
});
