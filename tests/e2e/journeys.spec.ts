import { execFileSync } from 'node:child_process';
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';

const noSafetyFlags = [
  ['danger', 'no'],
  ['selfHarm', 'no'],
] as const;

/** Someone claiming to be from a court wants the money in a personal account. */
const courtCallerWantsPersonalAccount = [
  ...noSafetyFlags,
  ['caller', 'authority'],
  ['channels', ['calls']],
  ['named', 'no'],
  ['debtMatches', 'dontKnow'],
  ['payRequests', ['personalAccount']],
] as const;

test('a caller claiming to be a court who wants money in a personal account gets a scam warning', async ({ page }) => {
  await start(page);
  await answerAll(page, courtCallerWantsPersonalAccount);
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.scam.title);
  const items = page.locator('[data-item]');
  await expect(items.filter({ hasText: tt.checklist.scamStopPaying.title })).toBeVisible();
  await expect(items.filter({ hasText: tt.checklist.reportImpersonation.title })).toBeVisible();
  await expect(items.filter({ hasText: tt.checklist.courtPapersAreServed.title })).toBeVisible();
});

test('night calls and relatives told about a credit card debt: complain to the bank and 12378, with the right kinds of rule', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ...noSafetyFlags,
    ['caller', 'agency'],
    ['channels', ['calls', 'contacts']],
    ['named', 'partly'],
    ['debtMatches', 'matches'],
    ['payRequests', ['none']],
    ['transferred', 'no'],
    ['conduct', ['nightCalls', 'toldOthers']],
    ['lender', 'bankCard'],
    ['court', 'none'],
    ['canPay', 'part'],
    ['circumstances', ['none']],
    ['goal', 'complain'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);

  const ids = await page.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
  expect(ids).toEqual(expect.arrayContaining(['recordCalls', 'keepScreenshots', 'nightCalls', 'thirdParties', 'complainToLender', 'complain12378']));
  expect(ids.indexOf('complainToLender')).toBeLessThan(ids.indexOf('complain12378'));
  expect(ids).not.toContain('complainLocalRegulator');

  // The night-call limit is a national standard and self-regulation, never shown as law.
  const night = page.locator('[data-item="nightCalls"]');
  await night.getByText(ui.checklist.why).click();
  await expect(night.locator('[data-cite="gbt45251"] .kind')).toHaveText(ui.kind.standard);
  await expect(night.locator('[data-cite="bankAssocGuide"] .kind')).toHaveText(ui.kind.selfRegulation);
  await expect(night.locator('.kind', { hasText: new RegExp(`^${ui.kind.law}$`) })).toHaveCount(0);
  // Telling relatives about the debt does rest on law.
  const third = page.locator('[data-item="thirdParties"]');
  await third.getByText(ui.checklist.why).click();
  await expect(third.locator('[data-cite="civilCode1033"] .kind')).toHaveText(ui.kind.law);
});

test('a payment order received yesterday comes first, with a written objection within 15 days, then negotiation', async ({ page }) => {
  await start(page);
  await answerAll(page, [
    ...noSafetyFlags,
    ['caller', 'lender'],
    ['channels', ['calls', 'letters']],
    ['named', 'yes'],
    ['debtMatches', 'matches'],
    ['payRequests', ['none']],
    ['transferred', 'no'],
    ['conduct', ['none']],
    ['lender', 'consumerFinance'],
    ['court', 'paymentOrder'],
    ['canPay', 'part'],
    ['circumstances', ['none']],
    ['goal', 'negotiate'],
  ]);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  const ids = await page.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
  expect(ids.filter((id) => id !== 'stayCalm')[0]).toBe('objectPaymentOrder');
  expect(ids).toEqual(expect.arrayContaining(['contactLenderDirectly', 'prepareHardshipFile', 'realisticOffer', 'getItInWriting']));
  const first = page.locator('[data-item="objectPaymentOrder"]');
  await expect(first).toContainText(tt.checklist.objectPaymentOrder.title);
  await first.getByText(ui.checklist.why).click();
  await expect(first.locator('[data-cite="civProc225"]')).toBeVisible();
});

test('someone at the door gets 110 before anything else, and can then go on', async ({ page }) => {
  await start(page);
  await answerAll(page, [['danger', 'yes']]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.dangerHelp.title);
  await expect(page.getByText(/110/).first()).toBeVisible();
  await answerAll(page, [['dangerHelp'], ['selfHarm', 'sometimes']]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.crisisHelp.title);
  await expect(page.locator('[data-channel="hotline12356"]')).toBeVisible();
  await answerAll(page, [['crisisHelp']]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.caller.title);
});

test('the checklist copies as plain text with its rules, and prints without the app chrome', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page);
  await answerAll(page, courtCallerWantsPersonalAccount);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await page.getByRole('button', { name: ui.checklist.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: ui.checklist.copied })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(tt.nodes.scam.title);
  expect(text).toContain(tt.checklist.scamStopPaying.title);
  expect(text).toContain(tt.checklist.scamStopPaying.why);
  expect(text).toContain(tt.rules.bankAssocGuide);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: ui.checklist.print })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByText(tt.checklist.scamStopPaying.why)).toBeVisible();
});

test('the checklist prints to A4: the PDF holds the checklist text and no buttons or navigation', async ({ page }, testInfo) => {
  await start(page);
  await answerAll(page, courtCallerWantsPersonalAccount);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.scam.title);
  const pdfPath = testInfo.outputPath('checklist.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  expect(text).toContain(squeeze(tt.nodes.scam.title));
  expect(text).toContain(squeeze(tt.checklist.scamStopPaying.title));
  expect(text).toContain(squeeze(tt.checklist.reportImpersonation.why).slice(0, 20));
  // A label such as 打印 may also appear inside an item's own text ("可以打印、导出"), so count: the PDF may hold each
  // label at most as often as the page's text holds it once buttons, navigation and the header are taken out.
  const contentText = squeeze(await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('button, nav, header, footer, select, summary').forEach((element) => element.remove());
    return copy.textContent ?? '';
  }));
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  for (const chrome of [ui.checklist.print, ui.checklist.copy, ui.data.deleteAll, ui.language, ui.checklist.why]) {
    expect(count(text, squeeze(chrome)), chrome).toBeLessThanOrEqual(count(contentText, squeeze(chrome)));
  }
});
