import { execFileSync } from 'node:child_process';
import { answerAll, expect, start, test, tt, ui } from './fixtures.ts';
import { courtCallerWantsPersonalAccount } from './journeys.ts';

// The core journeys (scam warning, 12378 complaint, payment order) run in every engine: journeys.ts.

test('someone at the door who also thinks of self-harm gets 110 first, then the help line, and can then go on', async ({ page }) => {
  await start(page);
  await answerAll(page, [['danger', ['threatened', 'selfHarm']]]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.dangerHelp.title);
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:110');
  await answerAll(page, [['dangerHelp']]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.crisisHelp.title);
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:12356');
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
  expect(text).toContain(tt.nodes.checklist.title);
  expect(text).toContain(tt.checklist.scamStopPaying.title);
  expect(text).toContain(tt.checklist.scamStopPaying.why);
  expect(text).toContain(tt.checklist.objectPaymentOrder.title);
  expect(text).toContain(tt.rules.criminalLaw);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: ui.checklist.print })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByText(tt.checklist.scamStopPaying.why)).toBeVisible();
});

test('the checklist prints to A4: the PDF holds the checklist text and no buttons or navigation', async ({ page }, testInfo) => {
  await start(page);
  await answerAll(page, courtCallerWantsPersonalAccount);
  await page.getByRole('link', { name: ui.review.seeChecklist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt.nodes.checklist.title);
  const pdfPath = testInfo.outputPath('checklist.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  expect(text).toContain(squeeze(tt.nodes.scamWarning.title));
  expect(text).toContain(squeeze(tt.checklist.scamStopPaying.title));
  expect(text).toContain(squeeze(tt.checklist.reportImpersonation.why).slice(0, 20));
  // A label such as 打印 may also appear inside an item's own text ("可以打印、导出"), so count: the PDF may hold each
  // label at most as often as the page's text holds it once buttons, navigation and the header are taken out.
  const contentText = squeeze(
    await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('button, nav, header, footer, select, summary').forEach((element) => element.remove());
      return copy.textContent ?? '';
    }),
  );
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  for (const chrome of [ui.checklist.print, ui.checklist.copy, ui.data.deleteAll, ui.language, ui.checklist.why]) {
    expect(count(text, squeeze(chrome)), chrome).toBeLessThanOrEqual(count(contentText, squeeze(chrome)));
  }
});
