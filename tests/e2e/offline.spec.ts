import enUi from '../../locales/en/ui.json' with { type: 'json' };
import { answerAll, axeViolations, expect, start, test, tt, ui } from './fixtures.ts';

test('after one visit the whole app works with no network: a full journey to the checklist', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await start(page);
  await answerAll(page, [
    ['danger', ['none']],
    ['caller', 'agency'],
    ['debtMatches', 'differs'],
    ['payRequests', ['none']],
    ['conduct', ['toldOthers']],
    ['lender', 'smallLoan'],
    ['court', 'none'],
    ['canPay', 'nothing'],
    ['circumstances', ['stressed']],
    ['goal', 'both'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  await expect(page.locator('[data-item="complainLocalRegulator"]')).toBeVisible();

  // Another language, never loaded before going offline, comes from the cache too.
  await page.getByLabel(ui.language).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your action checklist');

  // Quick exit's blank page, never opened before going offline, comes from the cache too.
  await page.getByRole('button', { name: enUi.quickExit.label }).click();
  await expect(page).toHaveURL(/\/blank$/);
  await expect(page).toHaveTitle(enUi.blank.title);
});

test.describe('a screen that cannot download', () => {
  // No service worker, as on a first visit: the screen's file comes from the network, which drops.
  test.use({ serviceWorkers: 'block' });

  test('shows a way to try again instead of a blank app, and the answers are kept', async ({ page, guard }) => {
    const dataScreen = '**/assets/DataPage-*.js';
    await page.route(dataScreen, (route) => route.abort('internetdisconnected'));
    await start(page);
    await answerAll(page, [['danger', ['none']]]);
    await page.getByRole('link', { name: ui.data.deleteAll }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.screenError.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    // The rest of the app still works: Back leaves the failed screen.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.caller.title);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.screenError.title);

    await page.unroute(dataScreen);
    await page.getByRole('button', { name: ui.screenError.retry }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.data.title);
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.danger.title);
    await expect(page.getByLabel(tt.nodes.danger.answers.none, { exact: true })).toBeChecked();

    // The only errors are the failed download and React reporting it; they must not fail the test.
    expect(
      guard.errors.every((e) => /DataPage|Failed to load resource|dynamically imported module/.test(e)),
      guard.errors.join('\n'),
    ).toBe(true);
    guard.errors.length = 0;
  });
});
