import { readFile } from 'node:fs/promises';
import letters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';
import { agencyBankCardComplaint } from './journeys.ts';

/**
 * A complaint to a bank, recorded from the letters page: its reply day (15 calendar days, the day
 * filed not counted, legal-cn Q2), the days left, and a calendar file for that day. Then, a few
 * weeks on, the day has passed and the regulator's complaint draft is one tap away.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

const c = letters.complaints;

test('a complaint to a bank: its reply day, a calendar file, and once passed the regulator’s draft', async ({ page }) => {
  // The phone's clock: Friday 2 October 2026, in the 国庆 holiday.
  await page.clock.setFixedTime(new Date('2026-10-02T09:30:00+08:00'));
  await start(page);
  await answerAll(page, agencyBankCardComplaint);
  await page.goto('/letters');
  await page.getByRole('link', { name: letters.page.openComplaints }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);

  await page.getByRole('button', { name: c.add }).click();
  // The lender's kind comes from the answers: a bank credit card.
  await expect(page.getByRole('radio', { name: tt.nodes.lender.answers.bankCard })).toBeChecked();
  await page.getByLabel(c.fields.filedOn).fill('2026-09-29');
  await page.getByLabel(c.fields.reference).fill('TS2026092900123');
  await page.getByLabel(c.fields.asked).fill('停止联系我的家人');
  await page.getByRole('button', { name: c.save }).click();

  const complaint = page.locator('[data-complaint="lender"]');
  await expect(complaint.getByText('应当答复的最后一天：2026年10月14日星期三')).toBeVisible();
  await expect(complaint.getByText('还有 12 天')).toBeVisible();
  await expect(complaint.getByText('编号：TS2026092900123')).toBeVisible();
  await page.screenshot({ path: '.reports/screenshots/chromium/complaints.png', fullPage: true });

  const download = page.waitForEvent('download');
  await complaint.getByRole('button', { name: ui.deadline.addToCalendar }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('complaint-reply.ics');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain('DTSTART;VALUE=DATE:20261014\r\n');
  expect(text).toContain('TRIGGER:-P3D\r\n');

  // Three weeks later, still no reply: the day has passed, and the regulator's draft is ready.
  await page.clock.setFixedTime(new Date('2026-10-23T09:30:00+08:00'));
  await page.reload();
  await expect(complaint.getByText('已经过了 9 天')).toBeVisible();
  await expect(complaint.getByRole('button', { name: ui.deadline.addToCalendar })).toHaveCount(0);
  await complaint.getByRole('link', { name: c.next.draft }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(letters.drafts.complaint.name);
  await expect(page.getByLabel(letters.draft.to)).toHaveValue('nfra12378');
});
