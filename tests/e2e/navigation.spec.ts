import { answerAll, deleteAllData, expect, start, test, tt, ui } from './fixtures.ts';

const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

// Reload-and-resume and browser Back/Forward run in every engine: journeys.ts.

test('an address off the live path goes to the furthest valid question', async ({ page }) => {
  await start(page);
  await answerAll(page, [['danger', ['none']]]);
  await page.goto('/q/goal');
  await expect(page).toHaveURL(/\/q\/caller$/);
  await page.goto('/checklist');
  await expect(page).toHaveURL(/\/q\/caller$/);
});

test('an empty answer gets a clear message and nothing is lost', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: ui.question.continue }).click();
  // It names the "none of these" answer this question has.
  await expect(page.getByRole('alert')).toContainText(ui.question.errorMultipleNone.replace('{{none}}', tt.nodes.danger.answers.none));
  await expect(heading(page)).toHaveText(tt.nodes.danger.title);
});

test('changing an answer on the review page returns there and updates the checklist', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ['danger', ['none']],
    ['caller', 'agency'],
    ['debtMatches', 'matches'],
    ['payRequests', ['none']],
    ['conduct', ['nightCalls']],
    ['lender', 'bankCard'],
    ['court', 'none'],
    ['canPay', 'part'],
    ['circumstances', ['none']],
    ['goal', 'complain'],
  ]);
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole('link', { name: ui.review.changeLabel.replace('{{question}}', tt.nodes.lender.title) }).click();
  await page.getByLabel(tt.nodes.lender.answers.smallLoan, { exact: true }).check();
  await page.getByRole('button', { name: ui.question.continue }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText(tt.nodes.lender.answers.smallLoan)).toBeVisible();
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.locator('[data-item="complainLocalRegulator"]')).toBeVisible();
  await expect(page.locator('[data-item="complain12378"]')).toHaveCount(0);

  // A scam approach is a warning on the way, not an ending: the later answers still count.
  await page.getByRole('link', { name: ui.checklist.reviewAnswers }).click();
  await page.getByRole('link', { name: ui.review.changeLabel.replace('{{question}}', tt.nodes.payRequests.title) }).click();
  await page.getByLabel(tt.nodes.payRequests.answers.stopFee, { exact: true }).check();
  await page.getByRole('button', { name: ui.question.continue }).click();
  // The one question the scam path adds is asked, then the review again.
  await answerAll(page, [['moneySent', ['none']]]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(heading(page)).toHaveText(tt.nodes.checklist.title);
  await expect(page.getByRole('heading', { name: tt.nodes.scamWarning.title })).toBeVisible();
  await expect(page.locator('[data-item="scamStopPaying"]')).toBeVisible();
  await expect(page.locator('[data-item="complainLocalRegulator"]')).toBeVisible();
});

test('ticks persist across a reload', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ['danger', ['none']],
    ['caller', 'lender'],
    ['debtMatches', 'matches'],
    ['payRequests', ['stopFee']],
    ['scamWarning'],
    ['moneySent', ['none']],
    ['conduct', ['none']],
    ['lender', 'bankLoan'],
    ['court', 'none'],
    ['canPay', 'all'],
    ['circumstances', ['none']],
    ['goal', 'notSure'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await page.getByLabel(tt.checklist.recordCalls.title).check();
  await page.reload();
  await expect(page.getByLabel(tt.checklist.recordCalls.title)).toBeChecked();
});

test('the language can be switched at any time and the choice is kept', async ({ page }) => {
  const en = (await import('../../locales/en/triage.json', { with: { type: 'json' } })).default;
  await start(page);
  await page.getByLabel(ui.language).selectOption('en');
  await expect(heading(page)).toHaveText(en.nodes.danger.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(heading(page)).toHaveText(en.nodes.danger.title);
  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(heading(page)).toContainText('確認你現在');
});

test('English browsers get English, Traditional Chinese browsers get Traditional', async ({ browser }) => {
  for (const [locale, expected] of [
    ['en-US', 'Pressed by debt collectors'],
    ['zh-HK', '被催收了？一步一步來'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(heading(page)).toContainText(expected);
    await context.close();
  }
});

test('delete all my data: one link from any screen, a confirmation, then nothing of ours is left', async ({ page }) => {
  await start(page);
  await answerAll(page, [['danger', ['none']]]);
  await deleteAllData(page);
  await page.getByRole('link', { name: ui.notFound.home }).click();
  await expect(page.getByRole('link', { name: ui.start.begin })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('duice:')));
  expect(keys).toEqual([]);
});

test('quick exit swaps the app for a blank tab at once, Back does not bring it back, and nothing is deleted', async ({ page }) => {
  await start(page);
  await answerAll(page, [['danger', ['none']]]);
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
  await page.getByRole('button', { name: ui.quickExit.label }).click();
  await expect(page).toHaveURL(/\/blank$/);
  await expect(page).toHaveTitle(ui.blank.title);
  await expect(page.locator('body')).not.toContainText(ui.appName);

  // Back reaches the screen before, which hides again; the screen that was showing is gone from the history.
  await page.goBack();
  await expect(page).toHaveURL(/\/blank$/);
  await expect(page).toHaveTitle(ui.blank.title);

  // Shift three times does the same, from any screen; the answers were kept.
  await page.goto('/continue');
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/blank$/);
  await page.goto('/continue');
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
});

test('corrupted saved data is discarded with a notice, never a blank page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('duice:flow:triage', '{"format":1,"answers":'));
  await page.reload();
  await expect(page.getByText(ui.notice.corrupt)).toBeVisible();
  await expect(page.getByRole('link', { name: ui.start.begin })).toBeVisible();
});

test('answers saved by an older version of the flow are kept where they still fit, with a notice', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('duice:flow:triage', JSON.stringify({ format: 1, flowId: 'triage', flowVersion: 0, answers: { danger: ['none'], caller: 'maybe' } })),
  );
  await page.reload();
  await expect(page.getByText(ui.notice.updated)).toBeVisible();
  await page.getByRole('link', { name: ui.start.resume }).click();
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
});

test('a new screen starts at its top, with focus on its heading, when Continue was tapped far down the last one', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 420 });
  await start(page);
  await answerAll(page, [['danger', ['none']]]);
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
  await page.getByLabel(tt.nodes.caller.answers.agency, { exact: true }).check();
  await page.getByRole('button', { name: ui.question.continue }).scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => window.scrollY), 'the page was scrolled down').toBeGreaterThan(0);
  // Where the page is scrolled in the first frame that shows the new heading.
  const firstFrame = page.evaluate(
    (before) =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(window.scrollY));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    tt.nodes.caller.title,
  );
  await page.getByRole('button', { name: ui.question.continue }).click();
  expect(await firstFrame).toBe(0);
  await expect(heading(page)).toHaveText(tt.nodes.debtMatches.title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole('link', { name: ui.question.back })).toBeInViewport();
});

test('keyboard only: every answer can be reached and chosen, focus is visible and moves to the new question', async ({ page }) => {
  await page.goto('/q/danger');
  await expect(heading(page)).toBeFocused();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { role: el.getAttribute('type') ?? el.tagName.toLowerCase(), outline: getComputedStyle(el).outlineStyle, name: el.id };
    });
  for (let i = 0; i < 10 && (await focused()).role !== 'checkbox'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ role: 'checkbox', name: 'danger-threatened' });
  expect((await focused()).outline).not.toBe('none');
  // Each box of a multi-select is a stop of its own.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ role: 'checkbox', name: 'danger-none' });
  await page.keyboard.press('Space');
  await expect(page.getByLabel(tt.nodes.danger.answers.none, { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  expect((await focused()).role).toBe('submit');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
  await expect(heading(page)).toBeFocused();

  // A single choice: the arrow keys move through the group.
  await page.getByRole('radio', { name: tt.nodes.caller.answers.lender, exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(tt.nodes.caller.answers.agency, { exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(tt.nodes.debtMatches.title);
  await page.getByRole('radio', { name: tt.nodes.debtMatches.answers.matches, exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // Space ticks each box in turn.
  await expect(heading(page)).toHaveText(tt.nodes.payRequests.title);
  for (const value of ['stopFee', 'newLoan'] as const) {
    await page.getByRole('checkbox', { name: tt.nodes.payRequests.answers[value], exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(tt.nodes.scamWarning.title);
});

test('a screen reader hears the error: it is an alert and the answers are described by it', async ({ page }) => {
  await page.goto('/q/danger');
  await page.getByRole('button', { name: ui.question.continue }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  const describedBy = await page.getByRole('group', { name: tt.nodes.danger.title }).getAttribute('aria-describedby');
  expect(describedBy?.split(' ')).toContain(await alert.getAttribute('id'));
});

test('Continue tapped before the app has started still counts: the plain form submission is taken as the answer', async ({ page }) => {
  await page.goto('/q/danger');
  // What the browser opens when the prerendered form is submitted before the scripts have run.
  await page.goto('/q/danger?sent=1&danger=none');
  await expect(heading(page)).toHaveText(tt.nodes.caller.title);
  await expect(page).toHaveURL(/\/q\/caller$/);
  await page.goBack();
  await expect(heading(page)).toHaveText(tt.nodes.danger.title);
  await expect(page.getByLabel(tt.nodes.danger.answers.none, { exact: true })).toBeChecked();
  await page.goto('/q/danger?sent=1&danger=perhaps');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/q\/danger$/);
});

test('a discreet tab title can be switched on in settings and stays on', async ({ page }) => {
  await start(page);
  await expect(page).toHaveTitle(new RegExp(tt.nodes.danger.title.slice(0, 6)));
  await page.getByRole('link', { name: ui.data.deleteAll }).click();
  await page.getByLabel(ui.data.discreetTitle).check();
  await expect(page).toHaveTitle(ui.discreetTitle);
  await page.goto('/q/danger');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.danger.title);
  await expect(page).toHaveTitle(ui.discreetTitle);
});
