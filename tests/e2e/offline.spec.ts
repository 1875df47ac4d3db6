import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';

test('after one visit the whole app works with no network: a full journey to the checklist', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await start(page);
  await answerAll(page, [
    ['danger', 'no'], ['selfHarm', 'no'], ['caller', 'agency'], ['channels', ['calls', 'contacts']], ['named', 'no'],
    ['debtMatches', 'differs'], ['payRequests', ['none']], ['transferred', 'dontKnow'], ['conduct', ['toldOthers']],
    ['lender', 'smallLoan'], ['court', 'none'], ['canPay', 'nothing'], ['circumstances', ['stressed']], ['goal', 'both'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  await expect(page.locator('[data-item="complainLocalRegulator"]')).toBeVisible();

  // Another language, never loaded before going offline, comes from the cache too.
  await page.getByLabel(ui.language).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your action checklist');
});
