import court from '../../locales/zh-CN/court.json' with { type: 'json' };
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';

/**
 * A message asking for money into a personal account: from the scam warning to the page that
 * checks a court message, where a 案号 typed in full-width reads back with its type code's meaning,
 * and the first screen of a 360×740 phone says what to do now. (Chromium only: the page's reading
 * is what is tested, not the engines' layout.)
 */
test('from the scam warning to checking a court message: the 案号 typed reads back with its meaning', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ['danger', 'none'],
    ['caller', 'authority'],
    ['debtMatches', 'dontKnow'],
    ['payRequests', ['personalAccount']],
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.scamWarning.title);
  await page.getByRole('link', { name: ui.tools.courtCheck.link }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(court.title);
  // Today first: don't pay, and 12368 to call, in the first screen.
  const call = page.getByRole('link', { name: ui.calls['12368'] });
  await expect(call).toHaveAttribute('href', 'tel:12368');
  await expect(page.getByText(court.now.dontPay)).toBeInViewport();
  const box = (await call.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  expect(box.height).toBeGreaterThanOrEqual(44);

  await page.getByLabel(court.caseNumber.label).fill('（２０２６）京0105民督45号');
  const answer = page.locator('.case-number-answer');
  await expect(answer).toContainText(`类型代字“民督”：${court.caseNumber.meanings.paymentOrder}。`);
  await expect(answer).toContainText('2026 年收案');
  await expect(answer).toContainText(court.caseNumber.notProof);
  await page.screenshot({ path: '.reports/screenshots/chromium/court-check.png', fullPage: true });
});
